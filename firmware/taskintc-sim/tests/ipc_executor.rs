//! The executor's IPC calls and services against the generated RTL: an async task calls another
//! context's service and is woken by the hardware with the reply.
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use taskintc_driver::{IpcErrorBits, TaskIntc};
use taskintc_executor::{yield_now, CallError, Executor, MAX_RESULT_WORDS};
use taskintc_sim::Sim;

const CLIENT: usize = 1;
const SERVER: usize = 2;

fn executors(sim: &Sim, grant_channels: &[usize]) -> (TaskIntc<Sim>, Executor<Sim>, Executor<Sim>) {
    let mut intc = TaskIntc::probe(sim.clone()).unwrap();
    let mut control = intc.control_owner().unwrap();
    for &ch in grant_channels {
        control.ipc_grant(CLIENT, SERVER, ch, true).unwrap();
    }
    let mut client = Executor::new(intc.context_owner(CLIENT).unwrap().unwrap(), 0).unwrap();
    client.attach_mailbox(intc.mailbox(CLIENT).unwrap().unwrap());
    let mut server = Executor::new(intc.context_owner(SERVER).unwrap().unwrap(), 1).unwrap();
    server.attach_mailbox(intc.mailbox(SERVER).unwrap().unwrap());
    (intc, client, server)
}

/// Runs both executors in turn (two harts, simulated on one thread) until the client's tasks
/// are done.
fn run_both(client: &mut Executor<Sim>, server: &mut Executor<Sim>) {
    for _ in 0..10_000 {
        if client.live() == 0 {
            return;
        }
        client.run_once().unwrap();
        server.run_once().unwrap();
    }
    panic!("the client's tasks did not finish");
}

#[test]
fn a_task_awaits_another_contexts_service_and_the_reply_wakes_it() {
    let sim = Sim::new();
    let (intc, mut client, mut server) = executors(&sim, &[0]);
    server
        .serve(0, 1, false, |req| async move {
            let (a, b) = (req.arg(0).unwrap(), req.arg(1).unwrap());
            [a + b, req.sender() as u64, req.kind().unwrap()]
        })
        .unwrap();
    let got = Arc::new(Mutex::new(None));
    let spawner = client.spawner();
    let out = got.clone();
    client
        .spawn(2, false, async move {
            let result = spawner.call(SERVER, 0, 0, 7, &[40, 2]).await;
            *out.lock().unwrap() = Some(result.map(|r| r.to_vec()));
        })
        .unwrap();
    // The caller runs, sends, and parks: its context has nothing ready.
    assert!(client.run_once().unwrap());
    let control = intc.control();
    assert_eq!(control.context_count(CLIENT).unwrap(), 0);
    assert!(!client.run_once().unwrap(), "nothing to run until the reply");
    // The server's doorbell is ready in the server's context; its run loop serves and replies.
    assert_eq!(control.context_count(SERVER).unwrap(), 1, "the doorbell (the service idles until its first message)");
    while server.run_once().unwrap() {}
    // The hardware made the caller ready with the reply.
    assert_eq!(control.context_count(CLIENT).unwrap(), 1);
    assert!(client.run_once().unwrap());
    assert_eq!(client.live(), 0);
    // All result words come back; the service padded its three with zeros.
    let mut expected = vec![42, CLIENT as u64, 7];
    expected.resize(MAX_RESULT_WORDS, 0);
    assert_eq!(got.lock().unwrap().take(), Some(Ok(expected)));
}

#[test]
fn replies_reach_their_callers_whatever_order_they_run_in() {
    let sim = Sim::new();
    let (_intc, mut client, mut server) = executors(&sim, &[0, 1]);
    // Two services in one context: messages of both channels share the inbox.
    server.serve(0, 3, false, |req| async move { [req.arg(0).unwrap() * 10] }).unwrap();
    server.serve(1, 0, false, |req| async move { [req.arg(0).unwrap() * 100] }).unwrap();
    let results = Arc::new(Mutex::new(Vec::new()));
    for n in 0..6u64 {
        let spawner = client.spawner();
        let out = results.clone();
        // Callers at different levels: replies arrive in the server's order, callers run in
        // priority order, so a caller often pops another's reply first.
        client
            .spawn((5 - n) as u8 % 4, false, async move {
                let channel = (n % 2) as usize;
                let r = spawner.call(SERVER, channel, 0, 0, &[n + 1]).await.unwrap();
                out.lock().unwrap().push((n, r[0]));
            })
            .unwrap();
    }
    run_both(&mut client, &mut server);
    let mut got = results.lock().unwrap().clone();
    got.sort();
    let expected: Vec<(u64, u64)> = (0..6).map(|n| (n, (n + 1) * if n % 2 == 0 { 10 } else { 100 })).collect();
    assert_eq!(got, expected);
}

#[test]
fn a_full_inbox_fails_a_call_or_is_retried() {
    let sim = Sim::new();
    let (intc, mut client, mut server) = executors(&sim, &[0]);
    let depth = intc.params().ipc.mailbox_depth;
    // A Vec result works too (any AsRef<[u64]>); an array allocates nothing.
    server.serve(0, 0, false, |req| async move { vec![req.arg(0).unwrap() + 1] }).unwrap();
    let results = Arc::new(Mutex::new(Vec::new()));
    for n in 0..depth as u64 + 2 {
        let spawner = client.spawner();
        let out = results.clone();
        client
            .spawn(0, false, async move {
                let args = [n];
                let call = spawner.call(SERVER, 0, 0, 0, &args);
                // The last caller does not retry: it sees the full inbox.
                let r = if n == depth as u64 + 1 { call.await } else { call.retry_when_full().await };
                out.lock().unwrap().push((n, r.map(|r| r.to_vec())));
            })
            .unwrap();
    }
    // Only the client runs: the server's inbox fills.
    for _ in 0..3 * depth + 6 {
        client.run_once().unwrap();
    }
    assert_eq!(
        results.lock().unwrap().clone(),
        vec![(depth as u64 + 1, Err(CallError::Refused(IpcErrorBits::MAILBOX_FULL)))]
    );
    run_both(&mut client, &mut server);
    let mut got = results.lock().unwrap().clone();
    got.sort_by_key(|(n, _)| *n);
    for (n, r) in got.iter().take(depth + 1) {
        let mut expected = vec![n + 1];
        expected.resize(MAX_RESULT_WORDS, 0);
        assert_eq!(r, &Ok(expected), "caller {}", n);
    }
}

/// Counts the polls of the future it wraps.
struct CountPolls<F> {
    inner: Pin<Box<F>>,
    polls: Arc<AtomicUsize>,
}

impl<F: Future> Future for CountPolls<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.polls.fetch_add(1, Ordering::Relaxed);
        self.inner.as_mut().poll(cx)
    }
}

#[test]
fn a_caller_refused_by_a_full_inbox_waits_for_a_reply_instead_of_trying_each_turn() {
    let sim = Sim::new();
    let (intc, mut client, mut server) = executors(&sim, &[0]);
    let depth = intc.params().ipc.mailbox_depth;
    server.serve(0, 0, false, |req| async move { [req.arg(0).unwrap() + 1] }).unwrap();
    let callers = 8 * depth as u64;
    let (polls, done) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    for n in 0..callers {
        let (spawner, done) = (client.spawner(), done.clone());
        let call = async move {
            let r = spawner.call(SERVER, 0, 0, 0, &[n]).retry_when_full().reply::<1>().await;
            assert_eq!(r, Ok([n + 1]), "caller {}", n);
            done.fetch_add(1, Ordering::Relaxed);
        };
        client.spawn(0, false, CountPolls { inner: Box::pin(call), polls: polls.clone() }).unwrap();
    }
    // A worker at the callers' level keeps the client's hart busy, as a process's own work does.
    let (worker_done, turns) = (done.clone(), Arc::new(AtomicUsize::new(0)));
    let worker_turns = turns.clone();
    client
        .spawn(0, false, async move {
            while worker_done.load(Ordering::Relaxed) < callers as usize {
                worker_turns.fetch_add(1, Ordering::Relaxed);
                yield_now().await;
            }
        })
        .unwrap();
    // The client's hart takes four turns for each message the server answers.
    for _ in 0..10_000 {
        if client.live() == 0 {
            break;
        }
        for _ in 0..4 {
            client.run_once().unwrap();
        }
        server.run_once().unwrap();
    }
    assert_eq!(client.live(), 0, "every call was answered");
    // A refused caller waits for a reply to free a slot: it is polled to send, maybe once more when
    // the slot it was woken for went to another caller first, then with its reply (92 polls for 32
    // callers here), and the worker gets the turns. Trying again at every turn of the ready queue
    // took 211 polls and left the worker 23 turns.
    let (polls, turns) = (polls.load(Ordering::Relaxed) as u64, turns.load(Ordering::Relaxed) as u64);
    assert!(polls < 4 * callers, "{} polls for {} callers", polls, callers);
    assert!(turns >= callers, "the worker had {} turns meanwhile", turns);
}

#[test]
fn calls_without_grant_or_mailbox_fail() {
    let sim = Sim::new();
    let (_intc, mut client, _server) = executors(&sim, &[]);
    let spawner = client.spawner();
    let got = Arc::new(Mutex::new(Vec::new()));
    let out = got.clone();
    client
        .spawn(0, false, async move {
            let refused = spawner.call(SERVER, 0, 0, 0, &[]).await;
            out.lock().unwrap().push(refused.map(|r| r.to_vec()));
            let bad = spawner.call(SERVER, 99, 0, 0, &[]).await;
            out.lock().unwrap().push(bad.map(|r| r.to_vec()));
        })
        .unwrap();
    client.run(|| {}).unwrap();
    let got = got.lock().unwrap().clone();
    assert_eq!(got[0], Err(CallError::Refused(IpcErrorBits::NO_CAPABILITY)));
    assert!(matches!(got[1], Err(CallError::Argument(_))));

    let sim = Sim::new();
    let mut intc = TaskIntc::probe(sim.clone()).unwrap();
    let mut bare = Executor::new(intc.context_owner(0).unwrap().unwrap(), 0).unwrap();
    let spawner = bare.spawner();
    let got = Arc::new(Mutex::new(None));
    let out = got.clone();
    bare.spawn(0, false, async move {
        let r = spawner.call(1, 0, 0, 0, &[]).await;
        *out.lock().unwrap() = Some(r.map(|r| r.to_vec()));
    })
    .unwrap();
    bare.run(|| {}).unwrap();
    assert_eq!(got.lock().unwrap().take(), Some(Err(CallError::NoMailbox)));
}

#[test]
fn a_shorter_message_or_result_does_not_carry_earlier_words_and_a_longer_result_is_cut() {
    let sim = Sim::new();
    let (intc, mut client, mut server) = executors(&sim, &[0]);
    let words = intc.params().ipc.result_words;
    server
        .serve(0, 0, false, move |req| async move {
            if req.arg(0) == Some(1) {
                vec![9; words + 2] // two words too many: dropped
            } else {
                // What the second, shorter message holds beyond its one argument.
                vec![req.arg(1).unwrap(), req.arg(2).unwrap()]
            }
        })
        .unwrap();
    let spawner = client.spawner();
    let got = Arc::new(Mutex::new(Vec::new()));
    let out = got.clone();
    client
        .spawn(0, false, async move {
            let long = spawner.call(SERVER, 0, 0, 0, &[1, 2, 3]).await.unwrap();
            let short = spawner.call(SERVER, 0, 0, 0, &[7]).await.unwrap();
            out.lock().unwrap().push(long.to_vec());
            out.lock().unwrap().push(short.to_vec());
        })
        .unwrap();
    run_both(&mut client, &mut server);
    // The staging areas were padded with zeros: neither the arguments 2, 3 nor the result 9s of
    // the first call show through in the second.
    let mut nines = vec![9; words];
    nines.resize(MAX_RESULT_WORDS, 0);
    assert_eq!(got.lock().unwrap().clone(), vec![nines, vec![0; MAX_RESULT_WORDS]]);
}

/// Bus cycles of an executor-level round trip: the caller's poll (stage, send), the server's
/// run loop (doorbell dequeue, service poll: receive, read the arguments, reply), the caller's
/// run loop (dequeue, pop the reply, read the result, poll to completion).
#[test]
fn executor_round_trip_bus_cycles() {
    let sim = Sim::new();
    let (_intc, mut client, mut server) = executors(&sim, &[0]);
    server.serve(0, 0, false, |req| async move { [req.arg(0).unwrap() + 1] }).unwrap();
    let spawner = client.spawner();
    let rounds = 8u64;
    client
        .spawn(0, false, async move {
            for n in 0..rounds {
                assert_eq!(spawner.call(SERVER, 0, 0, 0, &[n]).reply::<1>().await, Ok([n + 1]));
            }
        })
        .unwrap();
    let start = sim.cycle();
    let mut steps = 0;
    while client.live() > 0 {
        client.run_once().unwrap();
        server.run_once().unwrap();
        steps += 1;
        assert!(steps < 100);
    }
    let per_call = (sim.cycle() - start) as f64 / rounds as f64;
    println!("executor IPC round trip (1 argument, 1 result word read): {:.1} bus cycles per call, {} run-loop steps for {} calls", per_call, steps, rounds);
    // The driver's round trip of the same message is 56 bus cycles (ipc.rs): the executor adds
    // only its loops' periodic error-register reads and the final empty dequeue.
    assert!(per_call < 64.0, "{} cycles per call", per_call);
}

/// A call that loses a race against a timeout is abandoned: the server still answers it, and the
/// caller's executor discards that reply whether it pops it on the way to another call's reply or
/// when the abandoned slot's word comes back; the replies of the other calls (one popped early,
/// copied into its slot) reach their callers.
#[test]
fn an_abandoned_call_is_answered_and_its_reply_discarded() {
    use taskintc_executor::Timeout;
    let sim = Sim::new();
    let (intc, mut client, mut server) = executors(&sim, &[0]);
    let timer = Sim::sources() - 1;
    let control = intc.control();
    control.post_grant(timer, CLIENT, true).unwrap();
    assert!(control.take_errors().is_empty());
    server.serve(0, 0, false, |req| async move { [req.arg(0).unwrap() + 1] }).unwrap();
    let got = Arc::new(Mutex::new(Vec::new()));
    let spawner = client.spawner();
    let out = got.clone();
    client
        .spawn(2, false, async move {
            let first = spawner.with_timeout(timer, spawner.call(SERVER, 0, 0, 0, &[1]).reply::<1>()).await;
            out.lock().unwrap().push(("a1", first.map(|r| r.map(|[w]| w).unwrap_or(0))));
            let second = spawner.call(SERVER, 0, 0, 0, &[2]).reply::<1>().await.unwrap();
            out.lock().unwrap().push(("a2", Ok(second[0])));
        })
        .unwrap();
    // Only the client runs: the server does not answer before the timer fires.
    sim.pulse_source_in(300, timer, 2);
    for _ in 0..200 {
        client.run_once().unwrap();
        sim.step(5);
    }
    assert_eq!(got.lock().unwrap().clone(), vec![("a1", Err(Timeout::Elapsed))]);
    // A higher-priority caller sends last, so its reply comes last but its word is dequeued first.
    let out = got.clone();
    client
        .spawn(0, false, async move {
            let r = spawner.call(SERVER, 0, 0, 0, &[100]).reply::<1>().await.unwrap();
            out.lock().unwrap().push(("b", Ok(r[0])));
        })
        .unwrap();
    while client.run_once().unwrap() {}
    // The server answers all three: 1 (abandoned), 2, 100.
    for _ in 0..50 {
        server.run_once().unwrap();
    }
    run_both(&mut client, &mut server);
    assert_eq!(got.lock().unwrap().clone(), vec![("a1", Err(Timeout::Elapsed)), ("b", Ok(101)), ("a2", Ok(3))]);
    while client.run_once().unwrap() {} // the abandoned slot's word, if still queued
    assert_eq!(control.context_count(CLIENT).unwrap(), 0);
    assert_eq!(intc.ipc(SERVER).unwrap().status().inbox, 0);
}

#[test]
fn a_concurrent_service_answers_a_later_call_while_an_earlier_one_awaits() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let sim = Sim::new();
    let (_intc, mut client, mut server) = executors(&sim, &[0]);
    let release = Arc::new(AtomicBool::new(false));
    let gate = release.clone();
    server
        .serve_concurrent::<4, _, _, _>(0, 1, false, move |req| {
            let gate = gate.clone();
            async move {
                let a = req.arg(0).unwrap();
                while a == 0 && !gate.load(Ordering::SeqCst) {
                    taskintc_executor::yield_now().await;
                }
                // Read again after awaiting, when other calls were taken since: the executor
                // selects this one again by its token.
                [req.arg(0).unwrap() * 10 + 1]
            }
        })
        .unwrap();
    let order = Arc::new(Mutex::new(Vec::new()));
    for (priority, arg) in [(1u8, 0u64), (2, 1), (3, 2)] {
        let spawner = client.spawner();
        let out = order.clone();
        client
            .spawn(priority, false, async move {
                let r = spawner.call(SERVER, 0, 0, 7, &[arg]).await.unwrap();
                out.lock().unwrap().push((arg, r[0]));
            })
            .unwrap();
    }
    for _ in 0..200 {
        client.run_once().unwrap();
        server.run_once().unwrap();
    }
    assert_eq!(*order.lock().unwrap(), vec![(1, 11), (2, 21)], "the later calls are answered while the first one awaits");
    assert_eq!(client.live(), 1);
    release.store(true, Ordering::SeqCst);
    run_both(&mut client, &mut server);
    assert_eq!(*order.lock().unwrap(), vec![(1, 11), (2, 21), (0, 1)], "the first call is answered last, by its token");
}

#[test]
fn a_sequential_service_still_answers_one_call_at_a_time() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let sim = Sim::new();
    let (_intc, mut client, mut server) = executors(&sim, &[0]);
    let release = Arc::new(AtomicBool::new(false));
    let gate = release.clone();
    server
        .serve(0, 1, false, move |req| {
            let gate = gate.clone();
            async move {
                let a = req.arg(0).unwrap();
                while a == 0 && !gate.load(Ordering::SeqCst) {
                    taskintc_executor::yield_now().await;
                }
                // A sequential handler may read its words after awaiting: its message stays current.
                [req.arg(0).unwrap() * 10 + 1]
            }
        })
        .unwrap();
    let order = Arc::new(Mutex::new(Vec::new()));
    for (priority, arg) in [(1u8, 0u64), (2, 1)] {
        let spawner = client.spawner();
        let out = order.clone();
        client
            .spawn(priority, false, async move {
                let r = spawner.call(SERVER, 0, 0, 7, &[arg]).await.unwrap();
                out.lock().unwrap().push((arg, r[0]));
            })
            .unwrap();
    }
    for _ in 0..200 {
        client.run_once().unwrap();
        server.run_once().unwrap();
    }
    assert!(order.lock().unwrap().is_empty(), "the second call waits behind the first");
    release.store(true, Ordering::SeqCst);
    run_both(&mut client, &mut server);
    assert_eq!(*order.lock().unwrap(), vec![(0, 1), (1, 11)]);
}
