//! Run time: the heap, panics and out-of-memory as a failing EXIT, the trap dispatcher.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::panic::PanicInfo;

use taskintc_soc::heap::SizeClassHeap;

use super::boot::TrapFrame;
use super::{dev, exit_code, fail};

struct Heap(UnsafeCell<SizeClassHeap>);

// Safety: one hart; every access masks interrupts (the ecall handler allocates).
unsafe impl Sync for Heap {}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let was_on = dev::irq_off();
        let p = (*self.0.get()).alloc(layout.size(), layout.align());
        dev::irq_restore(was_on);
        p as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let was_on = dev::irq_off();
        (*self.0.get()).dealloc(ptr as usize, layout.size(), layout.align());
        dev::irq_restore(was_on);
    }
}

#[global_allocator]
static HEAP: Heap = Heap(UnsafeCell::new(SizeClassHeap::empty()));

extern "C" {
    static __heap_start: u8;
    static __heap_end: u8;
}

pub fn init_heap() {
    unsafe {
        let start = &__heap_start as *const u8 as usize;
        let end = &__heap_end as *const u8 as usize;
        (*HEAP.0.get()).init(start, end);
    }
}

#[alloc_error_handler]
fn out_of_memory(layout: Layout) -> ! {
    fail(exit_code::OOM, format_args!("out of heap memory ({} bytes, align {})", layout.size(), layout.align()))
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    fail(exit_code::PANIC, format_args!("panic: {}", info))
}

const INTERRUPT: u64 = 1 << 63;
const MACHINE_EXTERNAL: u64 = 11;
const ECALL_FROM_M: u64 = 11;

#[no_mangle]
extern "C" fn trap_rust(frame: &mut TrapFrame) {
    let cause = dev::mcause();
    if cause == INTERRUPT | MACHINE_EXTERNAL {
        super::echo::on_external_interrupt();
        super::echo::add_trap_cycles(dev::mcycle() - frame.entry_cycle);
    } else if cause == ECALL_FROM_M {
        super::ipc::on_ecall(frame);
        frame.mepc += 4;
    } else {
        fail(exit_code::TRAP, format_args!("unexpected trap: mcause {:#x} mepc {:#x} mtval {:#x}", cause, frame.mepc, dev::mtval()));
    }
}
