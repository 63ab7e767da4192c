//! Asynchronous system calls served by a kernel hart. The user process (context 3) runs on hart 0:
//! `outstanding` caller tasks each issue `getpid` through `ipc_syscall` (taskintc-starry's
//! `Syscalls`, awaiting the reply) while one worker task computes work units of `WORK_UNIT`
//! cycles, yielding between them; all at the same priority, scheduled by the controller. The
//! kernel (context 6) runs on hart 1: its executor runs taskintc-starry's dispatcher whenever the
//! controller hands it a call and sleeps in WFI otherwise (the dispatcher's handler has the preempt
//! bit, so a call raises hart 1's usip while it is idle).
//!
//! The baseline is the same process on hart 0 alone: the callers make the same call with `ecall`
//! into the machine-mode trap handler (the same `SyscallTable`), synchronously, yielding between
//! calls. Measured: latency per call (issue to the caller's resumption, hart 0's mcycle), calls
//! and work units completed per million cycles (SIM cycles from the first spawn to the last call).

use alloc::vec::Vec;
use core::sync::atomic::{AtomicU64, Ordering};

use taskintc_driver::{ControlOwner, Mmio64, TaskIntc};
use taskintc_executor::yield_now;
use taskintc_soc::map::records::*;
use taskintc_soc::plan::{OUTSTANDING, PLAN};
use taskintc_soc::records::Writer;
use taskintc_soc::stats;
use taskintc_starry::nr;

use super::dev::{self, cycle, mcycle};
use super::ipc::{Contexts, KERNEL, KERNEL_STOP, NR_STOP_KERNEL, USER};
use super::{exit_code, fail, smp};

pub const KERNEL_HART: usize = 1;
const USER_HART: usize = 0;
/// Cycles of one unit of the user's own work.
pub const WORK_UNIT: u64 = 500;

static ISSUED: AtomicU64 = AtomicU64::new(0);
static DONE: AtomicU64 = AtomicU64::new(0);
static WORK: AtomicU64 = AtomicU64::new(0);
static mut LATENCIES: Vec<u64> = Vec::new();
static mut KERNEL_EXECUTOR: *mut taskintc_executor::Executor<Mmio64> = core::ptr::null_mut();

fn work_unit() {
    let end = mcycle() + WORK_UNIT;
    while mcycle() < end {}
}

/// Hart 1: the kernel's executor; sleeps when the controller has nothing for it.
fn kernel_job(_: usize) {
    let kernel = unsafe { &mut *KERNEL_EXECUTOR };
    dev::set_mie(dev::MIE_USIP);
    loop {
        match kernel.run_once() {
            Ok(true) => {}
            Ok(false) => {
                if KERNEL_STOP.load(Ordering::Acquire) {
                    return;
                }
                dev::wfi();
            }
            Err(e) => fail(exit_code::CHECK, format_args!("kernel executor: {:?}", e)),
        }
    }
}

#[inline(always)]
fn ecall(number: u64) -> u64 {
    let ret: u64;
    unsafe { core::arch::asm!("ecall", inlateout("a0") 0u64 => ret, in("a7") number, options(nostack)) };
    ret
}

/// One point: `outstanding` callers making `PLAN.syscall_calls` calls in all, one worker.
fn measure(contexts: &mut Contexts, kind: u64, outstanding: u64) -> (u64, Vec<u64>) {
    let total = PLAN.syscall_calls as u64;
    ISSUED.store(0, Ordering::Relaxed);
    DONE.store(0, Ordering::Relaxed);
    WORK.store(0, Ordering::Relaxed);
    unsafe { LATENCIES = Vec::with_capacity(total as usize) };
    let t_start = cycle();
    for _ in 0..outstanding {
        let syscalls = contexts.syscalls.clone();
        let caller = async move {
            while ISSUED.fetch_add(1, Ordering::AcqRel) < total {
                let t0 = mcycle();
                let pid = if kind == SYSCALL_ECALL { Ok(ecall(nr::GETPID) as i64) } else { syscalls.call(nr::GETPID, &[]).await };
                let t1 = mcycle();
                if pid != Ok(USER as i64) {
                    fail(exit_code::CHECK, format_args!("syscall: getpid returned {:?}", pid));
                }
                unsafe { LATENCIES.push(t1 - t0) };
                DONE.fetch_add(1, Ordering::AcqRel);
                if kind == SYSCALL_ECALL {
                    yield_now().await;
                }
            }
        };
        if contexts.user.spawn(0, false, caller).is_err() {
            fail(exit_code::CHECK, format_args!("syscall: spawn a caller"));
        }
    }
    let worker = async move {
        while DONE.load(Ordering::Acquire) < total {
            work_unit();
            WORK.fetch_add(1, Ordering::Relaxed);
            yield_now().await;
        }
    };
    if contexts.user.spawn(0, false, worker).is_err() {
        fail(exit_code::CHECK, format_args!("syscall: spawn the worker"));
    }
    // Hart 0 never sleeps here: its mcycle keeps the deadline without bus traffic.
    let deadline = mcycle() + 100_000 * total + 2_000_000;
    while contexts.user.live() > 0 {
        if let Err(e) = contexts.user.run_once() {
            fail(exit_code::CHECK, format_args!("user executor: {:?}", e));
        }
        if mcycle() > deadline {
            fail(exit_code::TIMEOUT, format_args!("syscall: {} of {} calls done", DONE.load(Ordering::Relaxed), total));
        }
    }
    let elapsed = cycle() - t_start;
    (elapsed, core::mem::take(unsafe { &mut LATENCIES }))
}

/// Stops the kernel hart: a call that sets KERNEL_STOP, then its loop sees no work and ends.
fn stop_kernel(contexts: &mut Contexts) {
    let syscalls = contexts.syscalls.clone();
    let stop = async move {
        let _ = syscalls.call(NR_STOP_KERNEL, &[]).await;
    };
    if contexts.user.spawn(0, false, stop).is_err() {
        fail(exit_code::CHECK, format_args!("syscall: spawn the stop call"));
    }
    while contexts.user.live() > 0 {
        if let Err(e) = contexts.user.run_once() {
            fail(exit_code::CHECK, format_args!("user executor: {:?}", e));
        }
    }
    if !smp::wait_for(KERNEL_HART, 2_000_000) {
        fail(exit_code::TIMEOUT, format_args!("syscall: the kernel hart did not stop"));
    }
}

pub fn bench(_intc: &mut TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, contexts: &mut Contexts, records: &mut Writer<impl FnMut(u64)>) {
    let ok = taskintc_starry::set_kernel_context(control, KERNEL).is_ok()
        && control.set_hart_context(USER_HART, Some(USER)).is_ok()
        && control.set_hart_context(KERNEL_HART, Some(KERNEL)).is_ok();
    if !ok {
        fail(exit_code::CHECK, format_args!("syscall: setup refused"));
    }
    super::ipc::install_ecall_table();
    dev::set_mie(0);
    for kind in [SYSCALL_TASKINTC_KERNEL_HART, SYSCALL_ECALL] {
        for outstanding in OUTSTANDING {
            if kind == SYSCALL_TASKINTC_KERNEL_HART {
                KERNEL_STOP.store(false, Ordering::Release);
                unsafe { KERNEL_EXECUTOR = &mut contexts.kernel as *mut _ };
                smp::start(KERNEL_HART, kernel_job, 0);
            }
            let (elapsed, latencies) = measure(contexts, kind, outstanding);
            if kind == SYSCALL_TASKINTC_KERNEL_HART {
                stop_kernel(contexts);
            }
            let calls = latencies.len() as u64;
            let work = WORK.load(Ordering::Relaxed);
            if calls != PLAN.syscall_calls as u64 {
                fail(exit_code::CHECK, format_args!("syscall: {} calls completed of {}", calls, PLAN.syscall_calls));
            }
            records.syscall(kind, outstanding, calls, elapsed, work, WORK_UNIT, &latencies);
            let mut sorted = latencies.clone();
            let s = stats::summarize(&mut sorted).expect("calls");
            println!("  syscall {:22} {:2} outstanding: latency median {:6} p99 {:6} | {} calls/Mcycle, {} work units/Mcycle", SYSCALL_KINDS[kind as usize], outstanding, s.median, s.p99, calls * 1_000_000 / elapsed, work * 1_000_000 / elapsed);
        }
    }
}
