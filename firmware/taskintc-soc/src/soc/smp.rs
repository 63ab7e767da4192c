//! Work for the other harts: hart 0 posts a job (a function and its argument) to hart h and rings
//! h's CLINT software interrupt; hart h, asleep in WFI with only that interrupt enabled, wakes, runs
//! the job and reports it done. Between jobs a hart sleeps.

use core::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

use taskintc_soc::map::region::MAX_HARTS;

use super::dev::{self, clint};

const IDLE: u32 = 0;
const POSTED: u32 = 1;
const RUNNING: u32 = 2;
const DONE: u32 = 3;

struct Slot {
    state: AtomicU32,
    job: AtomicUsize,
    arg: AtomicUsize,
}

const EMPTY: Slot = Slot { state: AtomicU32::new(IDLE), job: AtomicUsize::new(0), arg: AtomicUsize::new(0) };
static SLOTS: [Slot; MAX_HARTS] = [EMPTY; MAX_HARTS];

/// Starts `job(arg)` on hart `hart` (which must be idle).
pub fn start(hart: usize, job: fn(usize), arg: usize) {
    let slot = &SLOTS[hart];
    assert_eq!(slot.state.load(Ordering::Acquire), IDLE, "hart busy");
    slot.job.store(job as usize, Ordering::Relaxed);
    slot.arg.store(arg, Ordering::Relaxed);
    slot.state.store(POSTED, Ordering::Release);
    clint::set_msip(hart, true);
}

/// Whether hart `hart`'s job finished.
pub fn done(hart: usize) -> bool {
    SLOTS[hart].state.load(Ordering::Acquire) == DONE
}

/// Waits until hart `hart` finished its job (false when `timeout` cycles passed first); then the
/// hart is idle again. Spins on cached memory and this hart's mcycle: no bus traffic that would
/// slow the other harts' device accesses down.
pub fn wait_for(hart: usize, timeout: u64) -> bool {
    let end = dev::mcycle() + timeout;
    while !done(hart) {
        if dev::mcycle() > end {
            return false;
        }
    }
    SLOTS[hart].state.store(IDLE, Ordering::Release);
    true
}

/// Every hart but 0, forever: sleep until a job is posted, run it.
pub fn serve(hart: usize) -> ! {
    let slot = &SLOTS[hart];
    loop {
        dev::irq_off();
        dev::set_mie(dev::MIE_MSIE);
        if slot.state.load(Ordering::Acquire) == POSTED {
            clint::set_msip(hart, false);
            slot.state.store(RUNNING, Ordering::Relaxed);
            let job: fn(usize) = unsafe { core::mem::transmute(slot.job.load(Ordering::Relaxed)) };
            job(slot.arg.load(Ordering::Relaxed));
            dev::irq_off();
            slot.state.store(DONE, Ordering::Release);
        } else {
            dev::wfi();
        }
    }
}
