//! Run time: the heap (shared by the harts, under a lock), panics and out-of-memory as a failing
//! EXIT, the trap dispatcher.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::panic::PanicInfo;
use core::sync::atomic::{AtomicBool, Ordering};

use taskintc_soc::heap::SizeClassHeap;

use super::boot::TrapFrame;
use super::{dev, exit_code, fail};

struct Heap {
    lock: AtomicBool,
    heap: UnsafeCell<SizeClassHeap>,
}

// Safety: every access holds the lock with interrupts masked (trap handlers allocate too).
unsafe impl Sync for Heap {}

impl Heap {
    fn with<R>(&self, f: impl FnOnce(&mut SizeClassHeap) -> R) -> R {
        let was_on = dev::irq_off();
        while self.lock.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            core::hint::spin_loop();
        }
        let r = f(unsafe { &mut *self.heap.get() });
        self.lock.store(false, Ordering::Release);
        dev::irq_restore(was_on);
        r
    }
}

unsafe impl GlobalAlloc for Heap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.with(|h| h.alloc(layout.size(), layout.align())) as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        self.with(|h| h.dealloc(ptr as usize, layout.size(), layout.align()))
    }
}

#[global_allocator]
static HEAP: Heap = Heap { lock: AtomicBool::new(false), heap: UnsafeCell::new(SizeClassHeap::empty()) };

extern "C" {
    static __heap_start: u8;
    static __heap_end: u8;
}

pub fn init_heap() {
    unsafe {
        let start = &__heap_start as *const u8 as usize;
        let end = &__heap_end as *const u8 as usize;
        HEAP.with(|h| h.init(start, end));
    }
}

#[alloc_error_handler]
fn out_of_memory(layout: Layout) -> ! {
    fail(exit_code::OOM, format_args!("out of heap memory ({} bytes, align {})", layout.size(), layout.align()))
}

#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    fail(exit_code::PANIC, format_args!("hart {}: panic: {}", dev::hartid(), info))
}

const INTERRUPT: u64 = 1 << 63;
const MACHINE_SOFTWARE: u64 = 3;
const MACHINE_TIMER: u64 = 7;
const MACHINE_EXTERNAL: u64 = 11;
/// Local interrupt 0: the controller's usip of this hart.
const LOCAL_USIP: u64 = 16;
const ECALL_FROM_M: u64 = 11;

#[no_mangle]
extern "C" fn trap_rust(frame: &mut TrapFrame) {
    let cause = dev::mcause();
    let hart = dev::hartid();
    if cause == INTERRUPT | MACHINE_EXTERNAL {
        super::echo::on_external_interrupt(hart);
        super::echo::add_trap_cycles(hart, dev::mcycle() - frame.entry_cycle);
    } else if cause == INTERRUPT | LOCAL_USIP {
        super::preempt::on_usip(hart);
    } else if cause == INTERRUPT | MACHINE_TIMER {
        // The echo loop's end-of-run watchdog: it only has to end a WFI.
        dev::clint::set_mtimecmp(hart, u64::MAX);
    } else if cause == INTERRUPT | MACHINE_SOFTWARE {
        dev::clint::set_msip(hart, false);
    } else if cause == ECALL_FROM_M {
        super::ipc::on_ecall(frame);
        frame.mepc += 4;
    } else {
        fail(exit_code::TRAP, format_args!("hart {}: unexpected trap: mcause {:#x} mepc {:#x} mtval {:#x}", hart, cause, frame.mepc, dev::mtval()));
    }
}
