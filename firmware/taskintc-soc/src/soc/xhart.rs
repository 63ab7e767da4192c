//! Cross-hart IPC: the sender context on hart 0, the receiver context on hart 1, asleep in WFI
//! until its handler is ready. Measured with the SIM cycle counter:
//!
//! * one-way: just before the doorbell (the `ipc_send` write / the CLINT `msip` write) -> the first
//!   instruction of the receiver's handler on hart 1;
//! * round trip: the same doorbell -> the caller's first instruction after the reply woke it on hart
//!   0 (which sleeps in WFI meanwhile).
//!
//! Paths, both with the message in hand before the doorbell:
//!
//! * taskintc: the message is staged in the controller; `ipc_send` makes the receiver's handler
//!   (preempt bit) ready in context 2, which hart 1 runs, so hart 1's usip rises and ends its WFI;
//!   hart 1 dequeues the handler, which receives the message (and replies: the caller's word,
//!   preempt bit, becomes ready in context 1 and hart 0's usip rises).
//! * software IPI, what an OS does without the controller: the message goes into a shared-memory
//!   ring; the sender writes the receiver's CLINT msip; the receiver wakes from WFI, clears msip,
//!   puts its handler task in its software ready queue and its loop pops and runs it (the reply
//!   goes back the same way).
//!
//! The flood sends `PLAN.flood_messages` one-way messages as fast as the path takes them (retrying
//! a full mailbox / ring); the receiver checks every sequence number: none may be lost.

use alloc::vec::Vec;
use core::cell::UnsafeCell;
use core::sync::atomic::{fence, AtomicBool, AtomicU64, Ordering};

use taskintc_driver::{ControlOwner, IpcError, Mailbox, Message, Mmio64, Queue, TaskIntc, TaskWord};
use taskintc_soc::map::records::*;
use taskintc_soc::plan::PLAN;
use taskintc_soc::records::Writer;
use taskintc_soc::stats;
use taskintc_soc::swqueue::SwQueue;

use super::dev::{self, clint, cycle};
use super::ipc::Contexts;
use super::{exit_code, fail, smp};

pub const SENDER: usize = 1;
pub const RECEIVER: usize = 2;
const SENDER_HART: usize = 0;
const RECEIVER_HART: usize = 1;
const CHANNEL: usize = 0;
const KIND_ONE_WAY: u64 = 1;
const KIND_CALL: u64 = 2;
const KIND_STOP: u64 = 3;

#[repr(C, align(64))]
struct Tcb {
    _tag: u64,
}

static CALLER_TASK: Tcb = Tcb { _tag: 1 };
static HANDLER_TASK: Tcb = Tcb { _tag: 2 };

fn caller_word() -> TaskWord {
    TaskWord::new(&CALLER_TASK as *const Tcb as usize, 0, true).expect("aligned")
}

fn handler_word() -> TaskWord {
    TaskWord::new(&HANDLER_TASK as *const Tcb as usize, 0, true).expect("aligned")
}

/// What hart 1's handler saw, for hart 0: the SIM cycle at its first instruction per message, the
/// messages received, the sequence numbers out of order.
static T1: AtomicU64 = AtomicU64::new(0);
static SEEN: AtomicU64 = AtomicU64::new(0);
static RECEIVED: AtomicU64 = AtomicU64::new(0);
static OUT_OF_ORDER: AtomicU64 = AtomicU64::new(0);

/// Raw pointers to the receiver's mailbox and queue for hart 1's job (hart 0 does not touch them
/// while the job runs).
static mut RX_MAILBOX: *mut Mailbox<Mmio64> = core::ptr::null_mut();
static mut RX_QUEUE: Option<Queue<Mmio64>> = None;

// ---- taskintc path ------------------------------------------------------------------------------

/// Hart 1: run the receiver's handler whenever the controller hands it out; sleep otherwise.
fn taskintc_receiver(_: usize) {
    let queue = unsafe { RX_QUEUE.as_ref().expect("receiver queue") };
    let mailbox = unsafe { &mut *RX_MAILBOX };
    dev::set_mie(dev::MIE_USIP);
    let mut expected = 0u64;
    loop {
        match queue.dequeue(RECEIVER_HART) {
            Ok(Some(w)) if w == handler_word() => {
                // The handler's first instruction.
                let t1 = cycle();
                T1.store(t1, Ordering::Relaxed);
                // Every message waiting (a handler copy per message; later copies may find none).
                while let Some(mut m) = mailbox.receive() {
                    let kind = m.kind();
                    let seq = m.arg(0).unwrap_or(u64::MAX);
                    if kind == KIND_STOP {
                        return;
                    }
                    if seq != expected {
                        OUT_OF_ORDER.fetch_add(1, Ordering::Relaxed);
                    }
                    expected = seq + 1;
                    RECEIVED.fetch_add(1, Ordering::Relaxed);
                    if kind == KIND_CALL {
                        if let Err(e) = m.reply(&[seq + 1]) {
                            fail(exit_code::CHECK, format_args!("xhart: reply {}: {:?}", seq, e));
                        }
                    }
                    SEEN.store(seq + 1, Ordering::Release);
                }
            }
            Ok(Some(w)) => fail(exit_code::CHECK, format_args!("xhart: hart 1 dequeued {:?}", w)),
            Ok(None) => dev::wfi(),
            Err(e) => fail(exit_code::CHECK, format_args!("xhart: dequeue {:?}", e)),
        }
    }
}

fn send(sender: &mut Mailbox<Mmio64>, kind: u64, seq: u64, reply: bool) -> u64 {
    let message = Message { info: 0, reply_task: if reply { Some(caller_word()) } else { None }, kind, args: &[seq] };
    if let Err(e) = sender.stage(&message) {
        fail(exit_code::CHECK, format_args!("xhart: stage {:?}", e));
    }
    loop {
        let t0 = cycle();
        match sender.resend(RECEIVER, CHANNEL) {
            Ok(()) => return t0,
            Err(IpcError::Refused(bits)) if bits.is_transient() => {}
            Err(e) => fail(exit_code::CHECK, format_args!("xhart: send {}: {:?}", seq, e)),
        }
    }
}

/// Spins on cached memory and mcycle (no bus traffic that would slow hart 1's accesses down).
fn wait_seen(seq: u64) {
    let end = dev::mcycle() + 2_000_000;
    while SEEN.load(Ordering::Acquire) < seq + 1 {
        if dev::mcycle() > end {
            fail(exit_code::TIMEOUT, format_args!("xhart: message {} not handled on hart 1", seq));
        }
    }
}

fn taskintc_latencies(sender: &mut Mailbox<Mmio64>, sender_queue: &Queue<Mmio64>, n: usize, base: u64) -> (Vec<u64>, Vec<u64>) {
    let mut one_way = Vec::with_capacity(n);
    let mut round_trip = Vec::with_capacity(n);
    for i in 0..n as u64 {
        let seq = base + i;
        let t0 = send(sender, KIND_ONE_WAY, seq, false);
        wait_seen(seq);
        one_way.push(T1.load(Ordering::Relaxed) - t0);
    }
    dev::set_mie(dev::MIE_USIP);
    for i in 0..n as u64 {
        let seq = base + n as u64 + i;
        let t0 = send(sender, KIND_CALL, seq, true);
        // Hart 0 sleeps until the reply makes the caller ready (its usip rises: it is idle).
        let t2 = loop {
            match sender_queue.dequeue(SENDER_HART) {
                Ok(Some(w)) if w == caller_word() => break cycle(),
                Ok(Some(w)) => fail(exit_code::CHECK, format_args!("xhart: hart 0 dequeued {:?}", w)),
                Ok(None) => dev::wfi(),
                Err(e) => fail(exit_code::CHECK, format_args!("xhart: dequeue {:?}", e)),
            }
        };
        let answered = sender.pop_reply();
        let result = sender.reply_word(0);
        if answered != Some(caller_word()) || result != Ok(seq + 1) {
            fail(exit_code::CHECK, format_args!("xhart: call {}: reply {:?} {:?}", seq, answered, result));
        }
        round_trip.push(t2 - t0);
    }
    dev::set_mie(0);
    (one_way, round_trip)
}

// ---- software path ------------------------------------------------------------------------------

const RING: usize = 64;

/// A single-producer single-consumer ring in shared (cached, coherent) RAM.
struct Ring {
    head: AtomicU64,
    tail: AtomicU64,
    slots: UnsafeCell<[u64; RING]>,
    /// The consumer sleeps (or is about to): the producer must ring its msip.
    sleeping: AtomicBool,
}

unsafe impl Sync for Ring {}

impl Ring {
    const fn new() -> Self {
        Ring { head: AtomicU64::new(0), tail: AtomicU64::new(0), slots: UnsafeCell::new([0; RING]), sleeping: AtomicBool::new(false) }
    }

    fn push(&self, v: u64) -> bool {
        let tail = self.tail.load(Ordering::Relaxed);
        if tail - self.head.load(Ordering::Acquire) == RING as u64 {
            return false;
        }
        unsafe { (*self.slots.get())[tail as usize % RING] = v };
        self.tail.store(tail + 1, Ordering::Release);
        true
    }

    fn pop(&self) -> Option<u64> {
        let head = self.head.load(Ordering::Relaxed);
        if head == self.tail.load(Ordering::Acquire) {
            return None;
        }
        let v = unsafe { (*self.slots.get())[head as usize % RING] };
        self.head.store(head + 1, Ordering::Release);
        Some(v)
    }

    fn is_empty(&self) -> bool {
        self.head.load(Ordering::Acquire) == self.tail.load(Ordering::Acquire)
    }

    fn reset(&self) {
        self.head.store(0, Ordering::Relaxed);
        self.tail.store(0, Ordering::Relaxed);
        self.sleeping.store(false, Ordering::Relaxed);
    }
}

/// To hart 1: (kind << 56 | seq); back to hart 0: seq + 1.
static TO_RECEIVER: Ring = Ring::new();
static TO_SENDER: Ring = Ring::new();
const HANDLER_ID: u16 = 1;
const CALLER_ID: u16 = 2;

/// Sleeps until `ring` has something (the producer rings msip when it sees `sleeping`).
fn sleep_on(ring: &Ring, hart: usize) {
    ring.sleeping.store(true, Ordering::SeqCst);
    fence(Ordering::SeqCst);
    if ring.is_empty() {
        dev::wfi();
    }
    ring.sleeping.store(false, Ordering::SeqCst);
    clint::set_msip(hart, false);
}

fn ring_push(ring: &Ring, v: u64, hart: usize) -> u64 {
    while !ring.push(v) {
        core::hint::spin_loop();
    }
    fence(Ordering::SeqCst);
    let t0 = cycle();
    if ring.sleeping.load(Ordering::SeqCst) {
        clint::set_msip(hart, true);
    }
    t0
}

/// Hart 1: wake on msip, move the handler to the software ready queue, run it from the loop.
fn software_receiver(_: usize) {
    let mut ready = SwQueue::new();
    dev::set_mie(dev::MIE_MSIE);
    let mut expected = 0u64;
    loop {
        match ready.pop() {
            Some(HANDLER_ID) => {
                let t1 = cycle();
                T1.store(t1, Ordering::Relaxed);
                while let Some(v) = TO_RECEIVER.pop() {
                    let (kind, seq) = (v >> 56, v & ((1 << 56) - 1));
                    if kind == KIND_STOP {
                        return;
                    }
                    if seq != expected {
                        OUT_OF_ORDER.fetch_add(1, Ordering::Relaxed);
                    }
                    expected = seq + 1;
                    RECEIVED.fetch_add(1, Ordering::Relaxed);
                    if kind == KIND_CALL {
                        ring_push(&TO_SENDER, seq + 1, SENDER_HART);
                    }
                    SEEN.store(seq + 1, Ordering::Release);
                }
            }
            Some(other) => fail(exit_code::CHECK, format_args!("xhart: software queue gave {}", other)),
            None => {
                if TO_RECEIVER.is_empty() {
                    sleep_on(&TO_RECEIVER, RECEIVER_HART);
                }
                // The software wakeup: the handler becomes ready.
                if !TO_RECEIVER.is_empty() && ready.push(HANDLER_ID, 0).is_err() {
                    fail(exit_code::CHECK, format_args!("xhart: software queue full"));
                }
            }
        }
    }
}

fn software_latencies(n: usize, base: u64) -> (Vec<u64>, Vec<u64>) {
    let mut one_way = Vec::with_capacity(n);
    let mut round_trip = Vec::with_capacity(n);
    for i in 0..n as u64 {
        let seq = base + i;
        let t0 = ring_push(&TO_RECEIVER, KIND_ONE_WAY << 56 | seq, RECEIVER_HART);
        wait_seen(seq);
        one_way.push(T1.load(Ordering::Relaxed) - t0);
    }
    dev::set_mie(dev::MIE_MSIE);
    let mut ready = SwQueue::new();
    for i in 0..n as u64 {
        let seq = base + n as u64 + i;
        let t0 = ring_push(&TO_RECEIVER, KIND_CALL << 56 | seq, RECEIVER_HART);
        let t2 = loop {
            match ready.pop() {
                Some(CALLER_ID) => break cycle(),
                Some(other) => fail(exit_code::CHECK, format_args!("xhart: hart 0's software queue gave {}", other)),
                None => {
                    if TO_SENDER.is_empty() {
                        sleep_on(&TO_SENDER, SENDER_HART);
                    }
                    if !TO_SENDER.is_empty() && ready.push(CALLER_ID, 0).is_err() {
                        fail(exit_code::CHECK, format_args!("xhart: software queue full"));
                    }
                }
            }
        };
        let result = TO_SENDER.pop();
        if result != Some(seq + 1) {
            fail(exit_code::CHECK, format_args!("xhart: software call {}: reply {:?}", seq, result));
        }
        round_trip.push(t2 - t0);
    }
    dev::set_mie(0);
    (one_way, round_trip)
}

// ---- setup and the measurements -------------------------------------------------------------------

fn reset_counters() {
    T1.store(0, Ordering::Relaxed);
    SEEN.store(0, Ordering::Relaxed);
    RECEIVED.store(0, Ordering::Relaxed);
    OUT_OF_ORDER.store(0, Ordering::Relaxed);
    TO_RECEIVER.reset();
    TO_SENDER.reset();
}

fn setup(intc: &TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, contexts: &mut Contexts) {
    let ok = control.ipc_grant(SENDER, RECEIVER, CHANNEL, true).is_ok()
        && control.set_hart_context(SENDER_HART, Some(SENDER)).is_ok()
        && control.set_hart_context(RECEIVER_HART, Some(RECEIVER)).is_ok()
        && contexts.server.set_handler(CHANNEL, Some(handler_word())).is_ok();
    if !ok {
        fail(exit_code::CHECK, format_args!("xhart: setup refused"));
    }
    unsafe {
        RX_MAILBOX = &mut contexts.server as *mut Mailbox<Mmio64>;
        RX_QUEUE = Some(intc.queue(RECEIVER).expect("context"));
    }
}

fn stop_taskintc(sender: &mut Mailbox<Mmio64>) {
    send(sender, KIND_STOP, 0, false);
    if !smp::wait_for(RECEIVER_HART, 2_000_000) {
        fail(exit_code::TIMEOUT, format_args!("xhart: hart 1 did not stop"));
    }
}

fn stop_software() {
    ring_push(&TO_RECEIVER, KIND_STOP << 56, RECEIVER_HART);
    if !smp::wait_for(RECEIVER_HART, 2_000_000) {
        fail(exit_code::TIMEOUT, format_args!("xhart: hart 1 did not stop"));
    }
}

fn report(kind: u64, cycles: &[u64], records: &mut Writer<impl FnMut(u64)>) {
    records.latency(kind, cycles);
    let mut sorted = cycles.to_vec();
    let s = stats::summarize(&mut sorted).expect("samples");
    println!("  {:28} median {:6} p99 {:6} min {:6} cycles ({} samples)", LATENCY_KINDS[kind as usize], s.median, s.p99, s.min, s.count);
}

/// One-way and round-trip latencies of both paths, one seed.
pub fn bench(intc: &TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, contexts: &mut Contexts, _seed: u64, records: &mut Writer<impl FnMut(u64)>) {
    setup(intc, control, contexts);
    let n = PLAN.xhart_iterations;
    let sender_queue = intc.queue(SENDER).expect("context");
    reset_counters();
    smp::start(RECEIVER_HART, taskintc_receiver, 0);
    let (one_way, round_trip) = taskintc_latencies(&mut contexts.caller, &sender_queue, n, 0);
    stop_taskintc(&mut contexts.caller);
    check_clean(intc, contexts);
    report(LATENCY_XHART_ONEWAY_TASKINTC, &one_way, records);
    report(LATENCY_XHART_ROUNDTRIP_TASKINTC, &round_trip, records);
    reset_counters();
    smp::start(RECEIVER_HART, software_receiver, 0);
    let (one_way, round_trip) = software_latencies(n, 0);
    stop_software();
    report(LATENCY_XHART_ONEWAY_SOFTWARE_IPI, &one_way, records);
    report(LATENCY_XHART_ROUNDTRIP_SOFTWARE_IPI, &round_trip, records);
}

/// Nothing left behind in the controller: no error, no message, no ready word in either context.
fn check_clean(intc: &TaskIntc<Mmio64>, contexts: &mut Contexts) {
    let sender_errors = contexts.caller.check();
    let receiver_errors = contexts.server.check();
    let rx = intc.queue(RECEIVER).expect("context");
    let mut leftover = 0;
    while let Ok(Some(_)) = rx.dequeue(RECEIVER_HART) {
        leftover += 1;
    }
    let tx = intc.queue(SENDER).expect("context");
    let stale = tx.dequeue(SENDER_HART);
    if sender_errors.is_err() || receiver_errors.is_err() || contexts.server.receive().is_some() || stale != Ok(None) {
        fail(exit_code::CHECK, format_args!("xhart: left behind: {:?} {:?} stale {:?} ({} handler copies)", sender_errors, receiver_errors, stale, leftover));
    }
}

/// The floods (once): `PLAN.flood_messages` one-way messages hart 0 -> hart 1 on each path.
pub fn flood(intc: &TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, contexts: &mut Contexts, records: &mut Writer<impl FnMut(u64)>) {
    setup(intc, control, contexts);
    let n = PLAN.flood_messages;
    for kind in [FLOOD_TASKINTC, FLOOD_SOFTWARE_IPI] {
        reset_counters();
        let t0 = cycle();
        if kind == FLOOD_TASKINTC {
            smp::start(RECEIVER_HART, taskintc_receiver, 0);
            for seq in 0..n {
                send(&mut contexts.caller, KIND_ONE_WAY, seq, false);
            }
            stop_taskintc(&mut contexts.caller);
            check_clean(intc, contexts);
        } else {
            smp::start(RECEIVER_HART, software_receiver, 0);
            for seq in 0..n {
                ring_push(&TO_RECEIVER, KIND_ONE_WAY << 56 | seq, RECEIVER_HART);
            }
            stop_software();
        }
        let elapsed = cycle() - t0;
        let received = RECEIVED.load(Ordering::Acquire);
        let out_of_order = OUT_OF_ORDER.load(Ordering::Acquire);
        let lost = n - received.min(n);
        records.flood(kind, n, received, lost, out_of_order, elapsed);
        println!("  flood {:12} {} sent, {} received, {} lost, {} out of order, {} cycles ({} per message)", FLOOD_KINDS[kind as usize], n, received, lost, out_of_order, elapsed, elapsed / n);
        if lost != 0 || out_of_order != 0 || received != n {
            fail(exit_code::CHECK, format_args!("flood {}: {} of {} messages received, {} out of order", FLOOD_KINDS[kind as usize], received, n, out_of_order));
        }
    }
}
