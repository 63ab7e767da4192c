//! Wakers are task words.
//!
//! A [`Waker`] of a task carries its task word as its data pointer, nothing else: cloning and
//! dropping cost nothing, and waking is one compare-and-swap on the task's state plus, when the
//! task was idle, one posted write of the word to the controller's `enqueue` register. Safe from
//! any hart and from interrupt handlers. No software ready queue and no lock exist.
use core::ptr::addr_of;
use core::sync::atomic::Ordering;
use core::task::{RawWaker, RawWakerVTable, Waker};

use crate::task::{Header, IDLE, QUEUED, RUNNING, RUNNING_WOKEN};

/// What a waker needs of its executor: how to enqueue a word. The first field of the executor's
/// shared state, so that the function (generic over the controller handle) finds the rest.
#[repr(C)]
pub(crate) struct WakeTarget {
    pub(crate) enqueue: unsafe fn(*const WakeTarget, u64),
}

static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, wake, wake, drop);

unsafe fn clone(data: *const ()) -> RawWaker {
    RawWaker::new(data, &VTABLE)
}

unsafe fn wake(data: *const ()) {
    wake_task((data as usize & !(taskintc_driver::TCB_ALIGN - 1)) as *const Header);
}

unsafe fn drop(_: *const ()) {}

/// The waker of the task whose header word is `word`.
pub(crate) fn waker(word: u64) -> Waker {
    // Safety: the vtable's functions only read the header the word points at, which is never
    // deallocated (see the `task` module).
    unsafe { Waker::from_raw(RawWaker::new(word as usize as *const (), &VTABLE)) }
}

/// Makes the task ready: IDLE -> QUEUED with one posted enqueue of its word; RUNNING ->
/// RUNNING_WOKEN (the run loop queues it after the poll). Queued, already woken, finished or
/// free: nothing to do.
///
/// # Safety
/// `header` is the header of a task block (whatever it holds now).
pub(crate) unsafe fn wake_task(header: *const Header) {
    // Only the atomic fields are touched: this may run on another hart than the run loop.
    let state = &*addr_of!((*header).state);
    let mut current = state.load(Ordering::Acquire);
    loop {
        let next = match current {
            IDLE => QUEUED,
            RUNNING => RUNNING_WOKEN,
            _ => return,
        };
        match state.compare_exchange_weak(current, next, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => break,
            Err(actual) => current = actual,
        }
    }
    if current == IDLE {
        let word = (*addr_of!((*header).word)).load(Ordering::Relaxed);
        let target = (*addr_of!((*header).target)).load(Ordering::Relaxed);
        ((*target).enqueue)(target, word);
    }
}

/// True when `waker` is the waker of the task whose word is `word` (a future checks with it that
/// it runs inside a task of its executor).
pub(crate) fn is_waker_of(waker: &Waker, word: u64) -> bool {
    waker.will_wake(&self::waker(word))
}
