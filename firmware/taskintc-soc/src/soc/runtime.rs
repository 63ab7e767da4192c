//! The async runtime (taskintc-executor, taskintc-starry) per operation, next to the driver-call
//! paths that `ipc.rs` measures:
//!
//! * `wake_poll_overhead`: a task waits on a source (a generic source of context 7, level); the
//!   loop injects an event and spins on the executor's `dequeue`; sample = mcycle at the task's
//!   first instruction after its `wait_source(..).await` returned, minus mcycle right after the
//!   dequeue returned its word. `wake_poll_dequeue`: that dequeue access itself (mcycle before
//!   and after it). The loop is `Executor::dequeue` + `Executor::run_dequeued`, the two halves
//!   of `run_once`, with an mcycle read between.
//! * `spawn` / `spawn_static`: one `Executor::spawn` (a finished task's heap block reused) or
//!   `Executor::spawn_in` (a `TaskStorage` static), each a checked enqueue; the task runs to its
//!   end between two samples.
//!
//! The IPC round trip and the system call through the runtime (`ipc_taskintc_executor`,
//! `syscall_taskintc`) are measured in `ipc.rs` beside their driver-call paths; with the `probes`
//! feature they print their breakdown through [`call_start`] and [`call_end`]. Samples are taken
//! by the measuring code.

use alloc::vec::Vec;
use core::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use taskintc_driver::{ControlOwner, Mmio64, SourceConfig, TaskIntc};
use taskintc_executor::{probes, Executor, TaskStorage};
use taskintc_soc::map::records::*;
use taskintc_soc::plan::PLAN;
use taskintc_soc::records::Writer;

use super::dev::mcycle;
use super::ipc::{report, HART};
use super::{exit_code, fail};

/// The context of the wake and spawn measurements (its mailbox serves `ipc.rs`'s access timings).
const RUNTIME: usize = 7;
/// A generic source (after the NIC's lines) nothing drives: only injected events reach it.
const WAKE_SOURCE: usize = 20;

macro_rules! check {
    ($cond:expr, $($arg:tt)*) => {
        if !$cond {
            fail(exit_code::CHECK, format_args!($($arg)*));
        }
    };
}

/// mcycle at the woken task's first instruction after its wait returned.
static RESUMED: AtomicU64 = AtomicU64::new(0);
static ROUNDS: AtomicUsize = AtomicUsize::new(0);

// The benchmark's own probe points (feature `probes`).
const CALL_START: usize = probes::USER;
const CALL_END: usize = probes::USER + 1;
const DEQUEUED: usize = probes::USER + 2;
const RESUMED_AT: usize = probes::USER + 3;

/// Marks the start of a measured call (feature `probes`; nothing without it).
#[inline(always)]
pub(super) fn call_start() {
    probes::mark(CALL_START);
}

/// Marks the end of call `i` of `n`; the middle one's breakdown is printed (feature `probes`),
/// after its sample was taken.
#[inline(always)]
pub(super) fn call_end(i: usize, n: usize, what: &str) {
    probes::mark(CALL_END);
    if probes::ENABLED && i == n / 2 {
        timeline(what, &probes::snapshot(), CALL_START, CALL_END);
    }
}

/// With the `probes` feature: one operation's timeline, the executor's points between the
/// benchmark's marks `from` and `to` in time order, each with the cycles and instructions since
/// the one before (the marks' own cost included).
fn timeline(what: &str, marks: &probes::Marks, from: usize, to: usize) {
    if !probes::ENABLED {
        return;
    }
    let (start, end) = (marks[from].0, marks[to].0);
    let mut points: Vec<usize> = (0..probes::POINTS).filter(|&i| i != from && marks[i].0 > start && marks[i].0 <= end).collect();
    points.sort_by_key(|&i| marks[i].0);
    print!("  probes {}: start", what);
    let mut last = marks[from];
    for i in points {
        print!(" | {} +{}c/{}i", probes::name(i), marks[i].0 - last.0, marks[i].1 - last.1);
        last = marks[i];
    }
    println!(" | total {}c/{}i", end - start, marks[to].1 - marks[from].1);
}

/// mcycle once `value` (a load's result) is in: the dependent `add` waits for the load.
#[inline(always)]
fn mcycle_after(value: u64) -> u64 {
    let t: u64;
    unsafe { core::arch::asm!("add {t}, {v}, zero", "csrr {t}, mcycle", t = out(reg) t, v = in(reg) value, options(nomem, nostack)) };
    t
}

/// Wake + poll: (overhead after the dequeue, the dequeue access) per round.
fn wake_poll(exec: &mut Executor<Mmio64>, control: &mut ControlOwner<Mmio64>, n: usize) -> (Vec<u64>, Vec<u64>) {
    check!(control.grant(WAKE_SOURCE, RUNTIME, true).is_ok(), "grant the wake source");
    check!(control.configure_source(WAKE_SOURCE, SourceConfig::default()).is_ok(), "configure the wake source");
    let spawner = exec.spawner();
    ROUNDS.store(0, Ordering::Relaxed);
    let task = async move {
        for _ in 0..n {
            if let Err(e) = spawner.wait_source(WAKE_SOURCE).await {
                fail(exit_code::CHECK, format_args!("wait on source {}: {:?}", WAKE_SOURCE, e));
            }
            RESUMED.store(mcycle(), Ordering::Relaxed);
            probes::mark(RESUMED_AT);
            ROUNDS.fetch_add(1, Ordering::Relaxed);
        }
    };
    check!(exec.spawn(0, false, task).is_ok(), "spawn the waiting task");
    // Its first poll parks the wait.
    check!(matches!(exec.run_once(), Ok(true)), "first poll");
    let inject = control.control();
    let (mut overhead, mut dequeue) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for round in 0..n {
        check!(inject.inject(WAKE_SOURCE).is_ok(), "inject");
        let deadline = mcycle() + 100_000;
        let (t0, t1, ready) = loop {
            let t0 = mcycle();
            let ready = exec.dequeue();
            // Read mcycle once the dequeue's data is in (the load does not block the hart).
            let t1 = mcycle_after(ready.as_ref().map_or(0, |r| r.word().raw()));
            if let Some(ready) = ready {
                probes::mark(DEQUEUED);
                break (t0, t1, ready);
            }
            check!(t1 < deadline, "round {}: the woken task never came", round);
        };
        if let Err(e) = exec.run_dequeued(ready) {
            fail(exit_code::CHECK, format_args!("round {}: {:?}", round, e));
        }
        check!(ROUNDS.load(Ordering::Relaxed) == round + 1, "round {}: the task did not run", round);
        overhead.push(RESUMED.load(Ordering::Relaxed) - t1);
        dequeue.push(t1 - t0);
        if round == n / 2 {
            timeline("wake + poll", &probes::snapshot(), DEQUEUED, RESUMED_AT);
        }
    }
    check!(exec.live() == 0 && exec.dequeue().is_none(), "wake/poll: the task finished and nothing is left queued");
    (overhead, dequeue)
}

static STORAGE: TaskStorage<512> = TaskStorage::new();

/// Spawn: cycles of `Executor::spawn` into a reused heap block, and of `spawn_in` static storage.
fn spawn(exec: &mut Executor<Mmio64>, n: usize) -> (Vec<u64>, Vec<u64>) {
    let job = || async {
        ROUNDS.fetch_add(1, Ordering::Relaxed);
    };
    ROUNDS.store(0, Ordering::Relaxed);
    // The first heap spawn allocates the block; the measured ones reuse it.
    check!(exec.spawn(0, false, job()).is_ok(), "spawn");
    while let Ok(true) = exec.run_once() {}
    let (mut heap, mut fixed) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for round in 0..n {
        let f = job();
        let t0 = mcycle();
        let spawned = exec.spawn(0, false, f);
        let t1 = mcycle();
        check!(spawned.is_ok(), "spawn {}: {:?}", round, spawned);
        while let Ok(true) = exec.run_once() {}
        heap.push(t1 - t0);
        let f = job();
        let t0 = mcycle();
        let spawned = exec.spawn_in(&STORAGE, 0, false, f);
        let t1 = mcycle();
        check!(spawned.is_ok(), "spawn_in {}: {:?}", round, spawned);
        while let Ok(true) = exec.run_once() {}
        fixed.push(t1 - t0);
    }
    check!(ROUNDS.load(Ordering::Relaxed) == 2 * n + 1 && exec.live() == 0, "spawn: every task ran");
    check!(exec.free_blocks() == 1, "spawn: one heap block, reused ({} free)", exec.free_blocks());
    (heap, fixed)
}

pub fn bench(intc: &mut TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, records: &mut Writer<impl FnMut(u64)>) {
    let n = PLAN.ipc_iterations;
    println!("taskintc-soc: the async runtime per operation (mcycle around each)");
    let mut exec = Executor::new(intc.context_owner(RUNTIME).expect("context").expect("first claim"), HART).expect("hart");
    let (overhead, dequeue) = wake_poll(&mut exec, control, n);
    report(IPC_WAKE_POLL_OVERHEAD, &overhead, records);
    report(IPC_WAKE_POLL_DEQUEUE, &dequeue, records);
    let (heap, fixed) = spawn(&mut exec, n);
    report(IPC_SPAWN, &heap, records);
    report(IPC_SPAWN_STATIC, &fixed, records);
}
