//! Example firmware for a RISC-V hart next to a TaskIntc: an async executor whose ready queues
//! are the controller's. One task is woken by the NIC's RX queue 0 interrupt, entirely in
//! hardware; a second task yields around it at a lower priority. Both live in static task
//! storage: after the executor's own state, nothing is allocated.
//!
//! Built by `make firmware` for riscv64gc-unknown-none-elf (no OS, M-mode, one hart).
#![no_std]
#![no_main]
// Rust 1.63 (Debian 12) needs an explicit handler for allocation failures in `no_std` binaries.
#![feature(alloc_error_handler)]

extern crate alloc;

use core::alloc::{GlobalAlloc, Layout};
use core::arch::global_asm;
use core::cell::UnsafeCell;
use core::panic::PanicInfo;
use core::sync::atomic::{AtomicUsize, Ordering};

use taskintc_driver::{Mmio64, TaskIntc};
use taskintc_executor::{yield_now, Executor, TaskStorage};

/// Bus address of the controller's window on the example SoC (change for yours).
const TASKINTC_BASE: usize = 0x1100_0000;
/// The context this firmware's tasks live in, and the hart it runs on.
const CONTEXT: usize = 0;
const HART: usize = 0;
/// NIC RX queue 0 is interrupt source 0.
const NIC_RX0: usize = 0;

global_asm!(
    r#"
    .section .text.entry
    .globl _start
_start:
    .option push
    .option norelax
    la gp, __global_pointer$
    .option pop
    la sp, __stack_top
    la t0, __bss_start
    la t1, __bss_end
1:
    bgeu t0, t1, 2f
    sd zero, 0(t0)
    addi t0, t0, 8
    j 1b
2:
    # wfi resumes on an interrupt that is pending and enabled in mie, even with mstatus.MIE
    # clear (no trap is taken): enable the machine software and external interrupts, to which the
    # SoC wires the controller's usip (a woken preempt task when the hart idles) and its lines.
    li t0, (1 << 3) | (1 << 11)
    csrs mie, t0
    mv a0, zero
    call firmware_main
3:
    wfi
    j 3b
"#
);

/// The tasks' blocks (header, wait slots, future): no heap allocation per task.
static RX_TASK: TaskStorage<512> = TaskStorage::new();
static BACKGROUND_TASK: TaskStorage<512> = TaskStorage::new();

/// Packets seen by the RX task (read it with a debugger).
static PACKETS: AtomicUsize = AtomicUsize::new(0);
static ROUNDS: AtomicUsize = AtomicUsize::new(0);

#[no_mangle]
extern "C" fn firmware_main() -> ! {
    // Safety: TASKINTC_BASE is the controller's window on this SoC, mapped as device memory.
    let mmio = unsafe { Mmio64::new(TASKINTC_BASE) };
    let mut intc = match TaskIntc::probe(mmio) {
        Ok(intc) => intc,
        Err(_) => halt(),
    };
    let mut control = intc.control_owner().expect("first claim");
    let owner = intc.context_owner(CONTEXT).expect("context in range").expect("first claim");
    if control.grant(NIC_RX0, CONTEXT, true).is_err() || control.set_hart_context(HART, Some(CONTEXT)).is_err() {
        halt();
    }
    let mut executor = Executor::new(owner, HART).expect("hart in range");
    let rx = executor.spawner();
    let rx_task = async move {
        loop {
            if rx.wait_source(NIC_RX0).await.is_err() {
                return;
            }
            PACKETS.fetch_add(1, Ordering::Relaxed);
        }
    };
    let background = async {
        loop {
            ROUNDS.fetch_add(1, Ordering::Relaxed);
            yield_now().await;
        }
    };
    if executor.spawn_in(&RX_TASK, 1, true, rx_task).is_err() || executor.spawn_in(&BACKGROUND_TASK, 6, false, background).is_err() {
        halt();
    }
    let _ = executor.run(wait_for_interrupt);
    halt()
}

fn wait_for_interrupt() {
    unsafe { core::arch::asm!("wfi") };
}

fn halt() -> ! {
    loop {
        wait_for_interrupt();
    }
}

#[panic_handler]
fn panic(_: &PanicInfo) -> ! {
    halt()
}

/// A bump allocator over a static heap: tasks are long-lived in firmware, so freed memory is not
/// reused.
struct BumpHeap {
    next: AtomicUsize,
    memory: UnsafeCell<[u8; HEAP_SIZE]>,
}

const HEAP_SIZE: usize = 64 * 1024;

unsafe impl Sync for BumpHeap {}

unsafe impl GlobalAlloc for BumpHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let base = self.memory.get() as usize;
        let mut next = self.next.load(Ordering::Relaxed);
        loop {
            let start = (base + next + layout.align() - 1) & !(layout.align() - 1);
            let end = start - base + layout.size();
            if end > HEAP_SIZE {
                return core::ptr::null_mut();
            }
            match self.next.compare_exchange_weak(next, end, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) => return start as *mut u8,
                Err(actual) => next = actual,
            }
        }
    }

    unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
}

#[global_allocator]
static HEAP: BumpHeap = BumpHeap { next: AtomicUsize::new(0), memory: UnsafeCell::new([0; HEAP_SIZE]) };

#[alloc_error_handler]
fn out_of_memory(_: Layout) -> ! {
    halt()
}
