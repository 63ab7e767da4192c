//! Racing waits against the generated RTL: `with_timeout` and `select` over waits parked in the
//! controller, a software wake while a wait is parked, and no event lost when a parked wait loses
//! the race: the loser is cancelled in the controller (`cancel_wait`), whose events then stay
//! pending there for the next wait; a loser whose source fired just before comes back through the
//! ready queue and the executor keeps its event.
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use taskintc_driver::{ControlOwner, TaskIntc};
use taskintc_executor::{select, Either, Executor, Timeout};
use taskintc_sim::Sim;

const CONTEXT: usize = 3;
const HART: usize = 0;

fn setup(sources: &[usize]) -> (Sim, Executor<Sim>, ControlOwner<Sim>) {
    let sim = Sim::new();
    let mut intc = TaskIntc::probe(sim.clone()).unwrap();
    let owner = intc.context_owner(CONTEXT).unwrap().unwrap();
    let mut control = intc.control_owner().unwrap();
    for &s in sources {
        control.grant(s, CONTEXT, true).unwrap();
    }
    (sim, Executor::new(owner, HART).unwrap(), control)
}

/// Runs until every task is done, stepping the model while idle.
fn run(exec: &mut Executor<Sim>, sim: &Sim) {
    let deadline = sim.cycle() + 200_000;
    exec.run(|| {
        assert!(sim.cycle() < deadline, "tasks still waiting at cycle {}", sim.cycle());
        sim.step(5)
    })
    .unwrap();
}

/// Runs until the ready queues are empty.
fn drain(exec: &mut Executor<Sim>) -> usize {
    let mut n = 0;
    while exec.run_once().unwrap() {
        n += 1;
    }
    n
}

type Record<T> = Arc<Mutex<Vec<(T, u64)>>>;

#[test]
fn a_timeout_fires_first_and_the_devices_late_event_is_kept() {
    let (device, timer) = (Sim::sources() - 1, Sim::sources() - 2);
    let (sim, mut exec, control) = setup(&[device, timer]);
    let spawner = exec.spawner();
    let got: Record<Result<Result<(), taskintc_executor::WaitError>, Timeout>> = Arc::default();
    let out = got.clone();
    let s = sim.clone();
    exec.spawn(2, false, async move {
        let r = spawner.with_timeout(timer, spawner.wait_source(device)).await;
        out.lock().unwrap().push((r, s.cycle()));
    })
    .unwrap();
    let start = sim.cycle();
    sim.pulse_source_in(1_000, timer, 2);
    run(&mut exec, &sim);
    let (result, at) = got.lock().unwrap()[0];
    assert_eq!(result, Err(Timeout::Elapsed));
    assert!((1_000..1_100).contains(&(at - start)), "timed out at +{}", at - start);
    // The device wait lost: it was cancelled, so nothing is parked and every pool entry is free.
    let status = |s| control.control().source_status(s).unwrap();
    assert!(!status(device).waiting && !status(timer).waiting);
    assert_eq!(control.control().pool_free(), 1024);
    sim.pulse_source_in(10, device, 2);
    sim.step(30);
    assert_eq!(drain(&mut exec), 0, "no word parked, nothing comes back");
    assert!(!status(device).waiting && status(device).pending == 1, "the event waits in the controller");
    // That event is not lost: the next wait on the device completes without a new pulse.
    let got2: Record<Result<(), taskintc_executor::WaitError>> = Arc::default();
    let out = got2.clone();
    exec.spawn(2, false, async move {
        let r = spawner.wait_source(device).await;
        out.lock().unwrap().push((r, 0));
    })
    .unwrap();
    // The task runs, its wait takes the pending event in the controller, which makes the slot word
    // ready at once: two dequeues, no event needed from the line.
    assert_eq!(drain(&mut exec), 2);
    assert_eq!(got2.lock().unwrap()[0].0, Ok(()));
    assert_eq!(status(device).pending, 0);
    assert_eq!(exec.live(), 0);
}

#[test]
fn the_device_fires_first_and_the_timer_is_left_behind() {
    let (device, timer) = (Sim::sources() - 1, Sim::sources() - 2);
    let (sim, mut exec, control) = setup(&[device, timer]);
    let spawner = exec.spawner();
    let got: Record<bool> = Arc::default();
    let out = got.clone();
    let s = sim.clone();
    exec.spawn(2, false, async move {
        for _ in 0..3 {
            // The device answers within the timeout three times in a row. Each round cancels
            // its timer wait in the controller, so two slots suffice however many rounds run.
            let r = spawner.with_timeout(timer, spawner.wait_source(device)).await;
            out.lock().unwrap().push((r == Ok(Ok(())), s.cycle()));
        }
    })
    .unwrap();
    // Pulses of the device at +500, +1500, +2500; the timer never fires during the loop.
    for k in 0..3 {
        sim.pulse_source_in(500 + 1_000 * k, device, 2);
    }
    run(&mut exec, &sim);
    let got = got.lock().unwrap().clone();
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|&(ok, _)| ok), "{:?}", got);
    // No timer word left parked, and the pool is whole again.
    let status = control.control().source_status(timer).unwrap();
    assert!(!status.waiting, "every losing timer wait was cancelled");
    let capacity = 1024;
    assert_eq!(control.control().pool_free(), capacity);
}

#[test]
fn both_sources_fire_together_and_neither_event_is_lost() {
    let (a, b) = (Sim::sources() - 1, Sim::sources() - 2);
    let (sim, mut exec, control) = setup(&[a, b]);
    let spawner = exec.spawner();
    let got: Record<&'static str> = Arc::default();
    let out = got.clone();
    exec.spawn(1, false, async move {
        for _ in 0..2 {
            let winner = match select(spawner.wait_source(a), spawner.wait_source(b)).await {
                Either::First(Ok(())) => "a",
                Either::Second(Ok(())) => "b",
                other => panic!("{:?}", other),
            };
            out.lock().unwrap().push((winner, 0));
        }
    })
    .unwrap();
    assert_eq!(drain(&mut exec), 1, "both waits parked");
    // Both fire in the same cycle: both words are woken before the task runs, so the loser's
    // cancel finds it gone (not waiting); its word comes back and the executor keeps the event.
    sim.pulse_source_in(50, a, 2);
    sim.pulse_source_in(50, b, 2);
    sim.step(80);
    run(&mut exec, &sim);
    let mut winners = got.lock().unwrap().iter().map(|e| e.0).collect::<Vec<_>>();
    winners.sort();
    assert_eq!(winners, vec!["a", "b"], "the second select took the event the first one's loser had");
    assert_eq!(control.control().pool_free(), 1024);
    assert_eq!(exec.live(), 0);
}

/// A future a test completes from outside (a software event), through the executor's waker.
#[derive(Default)]
struct Flag {
    state: Mutex<(bool, Option<Waker>)>,
}

struct FlagWait(Arc<Flag>);

impl Future for FlagWait {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut s = self.0.state.lock().unwrap();
        if s.0 {
            Poll::Ready(())
        } else {
            s.1 = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

impl Flag {
    fn set(&self) {
        let mut s = self.state.lock().unwrap();
        s.0 = true;
        if let Some(w) = s.1.take() {
            w.wake();
        }
    }
}

#[test]
fn a_software_wake_reaches_a_task_whose_wait_is_parked() {
    let device = Sim::sources() - 1;
    let (sim, mut exec, _control) = setup(&[device]);
    let spawner = exec.spawner();
    let flag = Arc::new(Flag::default());
    let got: Record<&'static str> = Arc::default();
    let (out, f) = (got.clone(), flag.clone());
    exec.spawn(4, false, async move {
        let winner = match select(spawner.wait_source(device), FlagWait(f)).await {
            Either::First(_) => "device",
            Either::Second(()) => "flag",
        };
        out.lock().unwrap().push((winner, 0));
    })
    .unwrap();
    assert_eq!(drain(&mut exec), 1, "the task parked its wait");
    flag.set(); // from outside the executor: the header word is enqueued
    assert_eq!(drain(&mut exec), 1);
    assert_eq!(got.lock().unwrap().clone(), vec![("flag", 0)]);
    assert_eq!(exec.live(), 0);
    let _ = sim;
}

#[test]
fn select_over_two_parked_waits_returns_the_first_and_keeps_the_second_event() {
    let (a, b) = (Sim::sources() - 1, Sim::sources() - 2);
    let (sim, mut exec, _control) = setup(&[a, b]);
    let spawner = exec.spawner();
    let got: Record<&'static str> = Arc::default();
    let out = got.clone();
    exec.spawn(1, false, async move {
        for _ in 0..2 {
            let winner = match select(spawner.wait_source(a), spawner.wait_source(b)).await {
                Either::First(Ok(())) => "a",
                Either::Second(Ok(())) => "b",
                other => panic!("{:?}", other),
            };
            out.lock().unwrap().push((winner, 0));
        }
    })
    .unwrap();
    assert_eq!(drain(&mut exec), 1);
    // b fires first; a later. The first select cancels its wait on a, so a's event stays pending
    // in the controller and the second select's wait on a takes it at once.
    sim.pulse_source_in(100, b, 2);
    sim.pulse_source_in(400, a, 2);
    run(&mut exec, &sim);
    assert_eq!(got.lock().unwrap().iter().map(|e| e.0).collect::<Vec<_>>(), vec!["b", "a"]);
}
