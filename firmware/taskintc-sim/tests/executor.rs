//! The async executor against the generated RTL: the controller's ready queues order the tasks,
//! and interrupt lines driven by the harness wake tasks parked in the controller.
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

use taskintc_driver::{ControlOwner, ErrorBits, TaskIntc};
use taskintc_executor::{yield_now, Executor, RunError, SpawnError, WaitError};
use taskintc_sim::Sim;

const CONTEXT: usize = 2;
const HART: usize = 1;

fn setup() -> (Sim, Executor<Sim>, ControlOwner<Sim>) {
    let sim = Sim::new();
    let mut intc = TaskIntc::probe(sim.clone()).unwrap();
    let owner = intc.context_owner(CONTEXT).unwrap().unwrap();
    let control = intc.control_owner().unwrap();
    (sim.clone(), Executor::new(owner, HART).unwrap(), control)
}

type Log = Arc<Mutex<Vec<(&'static str, u64)>>>;

fn log(sim: &Sim, log: &Log, what: &'static str) {
    log.lock().unwrap().push((what, sim.cycle()));
}

fn names(log: &Log) -> Vec<&'static str> {
    log.lock().unwrap().iter().map(|e| e.0).collect()
}

#[test]
fn tasks_run_in_priority_order_then_fifo() {
    let (sim, mut exec, _) = setup();
    let order: Log = Arc::default();
    for &(name, priority) in &[("a5", 5u8), ("b1", 1), ("c5", 5), ("d0", 0), ("e1", 1), ("f7", 7)] {
        let (sim, order) = (sim.clone(), order.clone());
        exec.spawn(priority, false, async move { log(&sim, &order, name) }).unwrap();
    }
    exec.run(|| sim.step(1)).unwrap();
    assert_eq!(names(&order), vec!["d0", "b1", "e1", "a5", "c5", "f7"]);
    assert_eq!(exec.live(), 0);
}

#[test]
fn yield_goes_behind_the_tasks_of_the_same_level() {
    let (sim, mut exec, _) = setup();
    let order: Log = Arc::default();
    for name in ["x", "y", "z"] {
        let (sim, order) = (sim.clone(), order.clone());
        exec.spawn(3, false, async move {
            for _ in 0..2 {
                log(&sim, &order, name);
                yield_now().await;
            }
        })
        .unwrap();
    }
    exec.run(|| sim.step(1)).unwrap();
    assert_eq!(names(&order), vec!["x", "y", "z", "x", "y", "z"]);
}

#[test]
fn interrupts_wake_tasks_parked_in_the_controller() {
    let (sim, mut exec, mut control) = setup();
    let spawner = exec.spawner();
    let order: Log = Arc::default();
    let (s_late, s_early) = (Sim::sources() - 1, Sim::sources() - 2);
    control.grant(s_late, CONTEXT, true).unwrap();
    control.grant(s_early, CONTEXT, true).unwrap();
    for &(name, source, priority) in &[("late", s_late, 0u8), ("early", s_early, 4)] {
        let (sim, order, spawner2) = (sim.clone(), order.clone(), spawner.clone());
        spawner
            .spawn(priority, false, async move {
                log(&sim, &order, "parked");
                spawner2.wait_source(source).await.unwrap();
                log(&sim, &order, name);
            })
            .unwrap();
    }
    let start = sim.cycle();
    sim.pulse_source_in(2_000, s_early, 3);
    sim.pulse_source_in(5_000, s_late, 3);
    let mut idle_polls = 0u64;
    exec.run(|| {
        idle_polls += 1;
        sim.step(10)
    })
    .unwrap();
    let events = order.lock().unwrap().clone();
    assert_eq!(names(&order), vec!["parked", "parked", "early", "late"], "{:?}", events);
    // Each task ran after its line rose, not before, and soon after (the loop polls every few
    // tens of cycles while idle).
    let early = events[2].1 - start;
    let late = events[3].1 - start;
    assert!((2_000..2_100).contains(&early), "early woke at +{}", early);
    assert!((5_000..5_100).contains(&late), "late woke at +{}", late);
    assert!(idle_polls > 100, "the loop idled while both tasks were parked");
}

#[test]
fn a_pending_event_completes_the_wait_at_once_and_waits_need_grants() {
    let (sim, mut exec, mut control) = setup();
    let spawner = exec.spawner();
    let s = 0; // NIC RX 0, edge counted
    sim.set_source(s, true);
    sim.step(3);
    sim.set_source(s, false);
    let results = Arc::new(Mutex::new(Vec::new()));
    let (r, sp) = (results.clone(), spawner.clone());
    let ungranted = Sim::sources() - 1;
    spawner
        .spawn(2, false, async move {
            let result = sp.wait_source(ungranted).await;
            r.lock().unwrap().push(result);
        })
        .unwrap();
    exec.run(|| sim.step(1)).unwrap();
    control.grant(s, CONTEXT, true).unwrap();
    let (r, sp) = (results.clone(), spawner.clone());
    spawner
        .spawn(2, false, async move {
            let result = sp.wait_source(s).await;
            r.lock().unwrap().push(result);
        })
        .unwrap();
    // No line moves from here on: only the pending event can complete the wait.
    exec.run(|| sim.step(1)).unwrap();
    assert_eq!(*results.lock().unwrap(), vec![Err(WaitError::NotGranted), Ok(())]);
}

/// A one-shot signal between tasks: wakes through the executor's waker (a posted enqueue).
#[derive(Default)]
struct Signal {
    state: Mutex<(bool, Option<Waker>)>,
}

impl Signal {
    fn set(&self) {
        let mut s = self.state.lock().unwrap();
        s.0 = true;
        if let Some(w) = s.1.take() {
            w.wake();
        }
    }
    fn wait(self: &Arc<Self>) -> SignalWait {
        SignalWait(self.clone())
    }
}

struct SignalWait(Arc<Signal>);

impl Future for SignalWait {
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

#[test]
fn software_wakers_enqueue_through_the_controller_and_spawn_works_from_tasks() {
    let (sim, mut exec, mut control) = setup();
    let spawner = exec.spawner();
    let order: Log = Arc::default();
    let signal = Arc::new(Signal::default());
    let irq = Sim::sources() - 3;
    control.grant(irq, CONTEXT, true).unwrap();
    // consumer (priority 1) waits for the signal; producer (priority 6) waits for an interrupt,
    // then spawns a helper and sets the signal.
    {
        let (sim, order, signal) = (sim.clone(), order.clone(), signal.clone());
        exec.spawn(1, false, async move {
            signal.wait().await;
            log(&sim, &order, "consumer");
        })
        .unwrap();
    }
    {
        let (sim, order, signal, sp) = (sim.clone(), order.clone(), signal.clone(), spawner.clone());
        exec.spawn(6, false, async move {
            sp.wait_source(irq).await.unwrap();
            let (sim2, order2) = (sim.clone(), order.clone());
            sp.spawn(0, false, async move { log(&sim2, &order2, "helper") }).unwrap();
            signal.set();
            log(&sim, &order, "producer");
        })
        .unwrap();
    }
    sim.pulse_source_in(500, irq, 2);
    exec.run(|| sim.step(5)).unwrap();
    // The producer finishes its poll first; then the helper (level 0) beats the consumer (1).
    assert_eq!(names(&order), vec!["producer", "helper", "consumer"]);
}

#[test]
fn pool_exhaustion_is_an_error_not_a_lost_task() {
    let (sim, mut exec, mut control) = setup();
    let capacity = 1024;
    let irq = Sim::sources() - 1;
    control.grant(irq, CONTEXT, true).unwrap();
    let spawner = exec.spawner();
    // Fill the pool with parked tasks, then one more spawn must be refused.
    for _ in 0..capacity {
        let sp = spawner.clone();
        exec.spawn(7, false, async move {
            let _ = sp.wait_source(irq).await;
        })
        .unwrap();
    }
    for _ in 0..capacity {
        assert!(exec.run_once().unwrap());
    }
    assert_eq!(control.control().pool_free(), 0);
    assert_eq!(exec.spawn(0, false, async {}), Err(SpawnError::Refused(ErrorBits::POOL_FULL)));
    // A posted spawn that the controller refuses stops the run loop with the error.
    spawner.spawn(0, false, async {}).unwrap();
    assert_eq!(exec.run_once(), Err(RunError::Controller(ErrorBits::POOL_FULL)));
    // Wake-all frees everyone; the refused task's reference stays with the executor (lost task,
    // reported above), so the live count keeps it.
    control.configure_source(irq, taskintc_driver::SourceConfig { wake_all: true, ..Default::default() }).unwrap();
    control.inject(irq).unwrap();
    sim.step(capacity as u64 + 10);
    for _ in 0..capacity {
        assert!(exec.run_once().unwrap());
    }
    assert_eq!(exec.live(), 1);
    assert_eq!(control.control().pool_free(), capacity);
}

#[test]
fn a_waker_on_another_thread_enqueues_through_the_shared_bus() {
    let (sim, mut exec, _) = setup();
    let signal = Arc::new(Signal::default());
    let done: Log = Arc::default();
    {
        let (sim, signal, done) = (sim.clone(), signal.clone(), done.clone());
        exec.spawn(2, false, async move {
            signal.wait().await;
            log(&sim, &done, "woken");
        })
        .unwrap();
    }
    // The task registers its waker and the queues run empty; then another thread wakes it.
    assert!(exec.run_once().unwrap());
    assert!(!exec.run_once().unwrap());
    let waker_thread = {
        let signal = signal.clone();
        std::thread::spawn(move || signal.set())
    };
    waker_thread.join().unwrap();
    exec.run(|| sim.step(1)).unwrap();
    assert_eq!(names(&done), vec!["woken"]);
}
