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

/// Runs the executor to completion, stepping `idle_step` cycles whenever it idles; a task that is
/// never woken fails the test instead of hanging it.
fn run(exec: &mut Executor<Sim>, sim: &Sim, idle_step: u64) {
    let deadline = sim.cycle() + 1_000_000;
    exec.run(|| {
        assert!(sim.cycle() < deadline, "tasks still not done at cycle {}", sim.cycle());
        sim.step(idle_step)
    })
    .unwrap();
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
    run(&mut exec, &sim, 1);
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
    run(&mut exec, &sim, 1);
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
    let deadline = start + 1_000_000;
    exec.run(|| {
        assert!(sim.cycle() < deadline, "tasks still parked at cycle {}", sim.cycle());
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
    run(&mut exec, &sim, 1);
    control.grant(s, CONTEXT, true).unwrap();
    let (r, sp) = (results.clone(), spawner.clone());
    spawner
        .spawn(2, false, async move {
            let result = sp.wait_source(s).await;
            r.lock().unwrap().push(result);
        })
        .unwrap();
    // No line moves from here on: only the pending event can complete the wait.
    run(&mut exec, &sim, 1);
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
    run(&mut exec, &sim, 5);
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
    run(&mut exec, &sim, 1);
    assert_eq!(names(&done), vec!["woken"]);
}

#[test]
fn a_preempt_task_woken_by_an_interrupt_runs_before_its_level() {
    let (sim, mut exec, mut control) = setup();
    let spawner = exec.spawner();
    let order: Log = Arc::default();
    let irq = Sim::sources() - 1;
    control.grant(irq, CONTEXT, true).unwrap();
    {
        let (sim, order, sp) = (sim.clone(), order.clone(), spawner.clone());
        exec.spawn(3, true, async move {
            sp.wait_source(irq).await.unwrap();
            log(&sim, &order, "urgent");
        })
        .unwrap();
    }
    for name in ["w1", "w2", "w3"] {
        let (sim, order) = (sim.clone(), order.clone());
        exec.spawn(3, false, async move {
            for _ in 0..3 {
                log(&sim, &order, name);
                yield_now().await;
            }
        })
        .unwrap();
    }
    // Park the urgent task and run one round of the workers (all at level 3).
    for _ in 0..4 {
        assert!(exec.run_once().unwrap());
    }
    control.inject(irq).unwrap();
    sim.step(4);
    while exec.run_once().unwrap() {}
    let names = names(&order);
    // The wakeup went to the head of level 3, ahead of the workers queued before it.
    assert_eq!(&names[..4], &["w1", "w2", "w3", "urgent"], "{:?}", names);
    assert_eq!(names.len(), 10);
}

/// Many tasks on many sources, interrupt pulses at pseudo-random cycles while the executor runs:
/// every event wakes its task exactly once, never before the line rose, and nothing is lost.
#[test]
fn no_wakeup_is_lost_under_random_interrupt_traffic() {
    let (sim, mut exec, mut control) = setup();
    let spawner = exec.spawner();
    let nic_lines = 2 * Sim::nic_queues();
    let sources: Vec<usize> = (nic_lines..Sim::sources()).take(16).collect();
    const PULSES: usize = 40;
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |bound: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % bound
    };
    let start = sim.cycle() + 200;
    let mut rises: Vec<Vec<u64>> = Vec::new();
    let wakes: Arc<Mutex<Vec<Vec<u64>>>> = Arc::new(Mutex::new(vec![Vec::new(); sources.len()]));
    for (i, &s) in sources.iter().enumerate() {
        control.grant(s, CONTEXT, true).unwrap();
        // Level lines: one event per high period; keep each low long enough to be seen low.
        let mut at = start + next(300);
        let mut times = Vec::new();
        for _ in 0..PULSES {
            let width = 1 + next(4);
            sim.schedule_source(at, s, true);
            sim.schedule_source(at + width, s, false);
            times.push(at);
            at += width + 2 + next(400);
        }
        rises.push(times);
        let (sim, wakes, sp) = (sim.clone(), wakes.clone(), spawner.clone());
        let priority = (next(8)) as u8;
        exec.spawn(priority, false, async move {
            for _ in 0..PULSES {
                sp.wait_source(s).await.unwrap();
                wakes.lock().unwrap()[i].push(sim.cycle());
            }
        })
        .unwrap();
    }
    let deadline = start + 100_000;
    exec.run(|| {
        assert!(sim.cycle() < deadline, "tasks still parked at cycle {}: a wakeup was lost", sim.cycle());
        sim.step(3)
    })
    .unwrap();
    let wakes = wakes.lock().unwrap();
    for (i, &s) in sources.iter().enumerate() {
        assert_eq!(wakes[i].len(), PULSES, "source {}", s);
        for k in 0..PULSES {
            assert!(wakes[i][k] > rises[i][k], "source {} wake {} at {} before its rise at {}", s, k, wakes[i][k], rises[i][k]);
        }
        let status = control.control().source_status(s).unwrap();
        assert!(status.pending == 0 && !status.lost && !status.waiting, "source {}: {:?}", s, status);
    }
}

/// Polls `first` until it completes, and `second` once, in the same poll as `first`'s first poll.
struct FirstAndOnce<A: Future, B: Future> {
    first: A,
    second: B,
    second_result: Option<Poll<B::Output>>,
}

impl<A, B> Future for FirstAndOnce<A, B>
where
    A: Future + Unpin,
    B: Future + Unpin,
    B::Output: Unpin,
{
    type Output = (A::Output, Poll<B::Output>);
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let first = Pin::new(&mut self.first).poll(cx);
        if self.second_result.is_none() {
            let second = Pin::new(&mut self.second).poll(cx);
            self.second_result = Some(second);
        }
        match first {
            Poll::Ready(a) => Poll::Ready((a, self.second_result.take().unwrap())),
            Poll::Pending => Poll::Pending,
        }
    }
}

/// A task has WAIT_SLOTS slot words: that many waits are parked at once; one more is refused
/// and not posted.
#[test]
fn a_task_parks_one_word_per_wait_slot() {
    assert_eq!(taskintc_executor::WAIT_SLOTS, 2);
    let (sim, mut exec, mut control) = setup();
    let spawner = exec.spawner();
    let (a, b, c) = (Sim::sources() - 1, Sim::sources() - 2, Sim::sources() - 3);
    for s in [a, b, c] {
        control.grant(s, CONTEXT, true).unwrap();
    }
    let results = Arc::new(Mutex::new(Vec::new()));
    {
        let results = results.clone();
        exec.spawn(1, false, async move {
            // a and b parked together; c refused (no free slot) in the same poll.
            let both = FirstAndOnce { first: spawner.wait_source(a), second: spawner.wait_source(b), second_result: None };
            let third = FirstAndOnce { first: both, second: spawner.wait_source(c), second_result: None };
            let ((first, second), third) = third.await;
            results.lock().unwrap().push((first, second, third));
        })
        .unwrap();
    }
    assert!(exec.run_once().unwrap());
    let status = |s| control.control().source_status(s).unwrap();
    assert!(status(a).waiting && status(b).waiting, "two slot words parked");
    assert!(!status(c).waiting, "the third wait was not posted");
    sim.pulse_source_in(300, a, 2);
    run(&mut exec, &sim, 5);
    assert_eq!(*results.lock().unwrap(), vec![(Ok(()), Poll::Pending, Poll::Ready(Err(WaitError::TooManyWaits)))]);
    // The task finished with b's word still parked: dropping its wait cancelled it in the
    // controller, and b's next event stays pending there for the next wait on b.
    assert!(!status(b).waiting, "the dropped wait was cancelled");
    sim.pulse_source_in(10, b, 2);
    sim.step(20);
    assert!(!exec.run_once().unwrap(), "no word was left parked to come back");
    assert_eq!(status(b).pending, 1);
    let got = Arc::new(Mutex::new(None));
    let out = got.clone();
    exec.spawn(1, false, async move {
        *out.lock().unwrap() = Some(spawner.wait_source(b).await);
    })
    .unwrap();
    assert!(exec.run_once().unwrap(), "the task posts its wait, which takes the pending event at once");
    assert!(exec.run_once().unwrap(), "its slot word comes back");
    assert_eq!(*got.lock().unwrap(), Some(Ok(())), "b's event was kept for the next wait, with no new pulse");
    assert!(!status(b).waiting && status(b).pending == 0);
    assert_eq!(exec.live(), 0);
}

/// Bus cycles the executor spends per task switch (host time is free in simulation, so this is
/// what the controller costs): a yield is a posted enqueue and the next dequeue, plus an
/// error-register read every CHECK_INTERVAL polls.
#[test]
fn a_task_switch_costs_two_bus_accesses() {
    let (sim, mut exec, _) = setup();
    const TASKS: usize = 4;
    const YIELDS: usize = 50;
    for _ in 0..TASKS {
        exec.spawn(2, false, async {
            for _ in 0..YIELDS {
                yield_now().await;
            }
        })
        .unwrap();
    }
    let start = sim.cycle();
    let mut polls = 0u64;
    while exec.run_once().unwrap() {
        polls += 1;
    }
    let per_switch = (sim.cycle() - start) as f64 / polls as f64;
    println!("executor: {} polls, {:.2} bus cycles per task switch", polls, per_switch);
    assert_eq!(polls as usize, TASKS * (YIELDS + 1));
    assert!(per_switch <= 5.0 + 3.0 / taskintc_executor::CHECK_INTERVAL as f64 + 0.1, "{:.2} cycles per switch", per_switch);
}

static STORAGE: taskintc_executor::TaskStorage<1024> = taskintc_executor::TaskStorage::new();
static TINY: taskintc_executor::TaskStorage<64> = taskintc_executor::TaskStorage::new();

/// Static task storage: a task spawned into it allocates nothing; the storage takes one task at
/// a time and is free again once its task finished; too small a storage is refused.
#[test]
fn tasks_spawn_into_static_storage_and_heap_blocks_are_reused() {
    use taskintc_executor::{task_block_size, StorageError};
    let (sim, mut exec, _) = setup();
    let order: Log = Arc::default();
    let make = |name: &'static str| {
        let (sim, order) = (sim.clone(), order.clone());
        async move {
            yield_now().await;
            log(&sim, &order, name);
        }
    };
    let first = make("static 1");
    let needed = task_block_size(&first);
    assert!(needed <= 1024 && needed > 64 * (1 + 2 * taskintc_executor::WAIT_SLOTS), "{} bytes", needed);
    exec.spawn_in(&STORAGE, 3, false, first).unwrap();
    assert!(STORAGE.in_use());
    assert_eq!(exec.spawn_in(&STORAGE, 3, false, make("refused")), Err(SpawnError::Storage(StorageError::InUse)));
    assert_eq!(exec.spawn_in(&TINY, 3, false, make("refused")), Err(SpawnError::Storage(StorageError::TooSmall { needed })));
    assert!(!TINY.in_use());
    run(&mut exec, &sim, 1);
    assert!(!STORAGE.in_use(), "free again once its task finished");
    exec.spawn_in(&STORAGE, 3, false, make("static 2")).unwrap();
    run(&mut exec, &sim, 1);
    // Heap blocks: a finished task's block goes to the free list and the next spawn of the same
    // size takes it.
    assert_eq!(exec.free_blocks(), 0);
    exec.spawn(3, false, make("heap 1")).unwrap();
    run(&mut exec, &sim, 1);
    assert_eq!(exec.free_blocks(), 1);
    exec.spawn(3, false, make("heap 2")).unwrap();
    assert_eq!(exec.free_blocks(), 0, "reused");
    run(&mut exec, &sim, 1);
    assert_eq!(exec.free_blocks(), 1);
    assert_eq!(names(&order), vec!["static 1", "static 2", "heap 1", "heap 2"]);
}

/// The two halves of run_once (dequeue, then run what it returned) leave room for a run loop of
/// one's own; the word returned is the task's.
#[test]
fn a_run_loop_of_ones_own_dequeues_then_runs() {
    let (sim, mut exec, _) = setup();
    let order: Log = Arc::default();
    let word = {
        let (sim, order) = (sim.clone(), order.clone());
        exec.spawn(5, false, async move { log(&sim, &order, "ran") }).unwrap()
    };
    let ready = exec.dequeue().expect("the spawned task is ready");
    assert_eq!(ready.word(), word);
    assert!(names(&order).is_empty(), "a dequeue runs nothing");
    exec.run_dequeued(ready).unwrap();
    assert_eq!(names(&order), vec!["ran"]);
    assert!(exec.dequeue().is_none());
    assert_eq!(exec.live(), 0);
}
