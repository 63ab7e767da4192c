//! The echo workload in three builds, selected at run time, measured one after the other.
//!
//! Per NIC queue q one coroutine loops: wait for a packet, read `mcycle` first thing after
//! resuming (latency = that - RX_STAMP), read the packet (RX_DATA), echo it (TX_DATA, TX_SEND),
//! RX_POP, record. The same executor loop and the same coroutine run all three builds; only how a
//! coroutine waits and how the loop finds the next ready one differ:
//!
//! * TaskIntc: the wait is one `wait[q]` write of the coroutine's task word to the controller
//!   (NIC RX queue q is source q, edge, not persistent); the loop dequeues the next ready word
//!   from the controller; idle = the dequeue returned nothing.
//! * PLIC: the wait re-enables the NIC queue's interrupt when its ring is empty (else the coroutine
//!   queues itself again, NAPI-style); the trap handler claims, masks the queue (IRQ_ENABLE = 0),
//!   puts the coroutine in the software priority queue, completes; the loop pops that queue with
//!   interrupts masked; idle = it was empty (interrupts stay enabled while spinning).
//! * Poll: the loop reads RX_COUNT of each queue in priority order and runs the coroutine of the
//!   first one with packets; idle = all were empty.
//!
//! In all three a coroutine is resumed only when its packet is there, and the latency is taken at
//! the same point: the coroutine's first instruction after its wait future returns. Coroutine q
//! has priority q in all three (controller level, software-queue level, polling order). No `wfi`.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use taskintc_driver::{ControlOwner, Mmio64, Queue, SourceConfig, TaskIntc, TaskWord};
use taskintc_soc::plan::{Run, PLAN};
use taskintc_soc::records::{self, Mode, RunHeader, Writer, MODES};
use taskintc_soc::stats;
use taskintc_soc::swqueue::SwQueue;

use super::dev::{self, mcycle, plic, Nic};
use super::{exit_code, fail};

/// The controller context of the echo coroutines, and the hart.
pub const ECHO_CONTEXT: usize = 0;
pub const HART: usize = 0;
/// Bytes of the largest packet the NIC generates.
const MAX_WORDS: usize = 1536 / 8;
/// Cycles between two end-of-run checks of the NIC counters once the nominal generation time
/// has passed (before it, and without drops, the run ends on the packet count alone).
const CHECK_EVERY: u64 = 20_000;

/// The blocks whose addresses are the coroutines' task words (64-byte aligned).
#[repr(C, align(64))]
struct Tcb {
    queue: usize,
}

static TCBS: [Tcb; 4] = [Tcb { queue: 0 }, Tcb { queue: 1 }, Tcb { queue: 2 }, Tcb { queue: 3 }];

fn task_word(q: usize) -> TaskWord {
    TaskWord::new(&TCBS[q] as *const Tcb as usize, q as u8, false).expect("aligned TCB, level below 8")
}

/// Per-run measurements, written by the coroutines.
struct RunState {
    samples: Vec<u64>,
    echoed: u64,
    /// mcycle at the end of each queue's previous packet (the run's start at first).
    last_done: [u64; 4],
    t_last_echo: u64,
    idle: u64,
    idle_at_last_echo: u64,
}

// Single hart. MODE, HW_QUEUE and STATE are touched by thread code only; SWQ also by the trap
// handler, so thread code masks interrupts around it.
static mut MODE: Mode = Mode::Poll;
static mut SWQ: SwQueue = SwQueue::new();
static mut HW_QUEUE: Option<Queue<Mmio64>> = None;
static mut STATE: Option<RunState> = None;
static mut PACKET: [u64; MAX_WORDS] = [0; MAX_WORDS];
/// mcycle when the loop had the coroutine to run in hand (dequeue, pop or RX_COUNT read returned).
static mut FOUND_AT: u64 = 0;

fn state() -> &'static mut RunState {
    unsafe { STATE.as_mut().expect("state set up by bench") }
}

/// The coroutine's wait for its next packet.
struct PacketWait {
    q: usize,
    armed: bool,
}

impl Future for PacketWait {
    type Output = ();

    #[inline(always)]
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.armed {
            // Only a wakeup makes the loop poll a waiting coroutine.
            return Poll::Ready(());
        }
        self.armed = true;
        let q = self.q;
        match unsafe { MODE } {
            Mode::TaskIntc => {
                // One posted write; refusals are sticky in the context's error register, which
                // is checked after every run.
                let queue = unsafe { HW_QUEUE.as_ref().expect("controller queue") };
                if let Err(e) = queue.post_wait(q, task_word(q)) {
                    fail(exit_code::CHECK, format_args!("wait on source {}: {:?}", q, e));
                }
            }
            Mode::Plic => {
                if Nic(q).rx_count() > 0 {
                    swq_push(q);
                } else {
                    // The line is a level: a packet that arrived since the count was read raises
                    // the interrupt as soon as it is enabled.
                    Nic(q).set_irq_enable(true);
                }
            }
            Mode::Poll => {}
        }
        Poll::Pending
    }
}

fn swq_push(q: usize) {
    let was_on = dev::irq_off();
    let r = unsafe { SWQ.push(q as u16, q) };
    dev::irq_restore(was_on);
    if let Err(e) = r {
        fail(exit_code::CHECK, format_args!("software queue refused coroutine {}: {:?}", q, e));
    }
}

/// Cycles spent in external-interrupt traps (from the vector to the handler's return), so that a
/// trap taken during an idle iteration of the loop counts as busy, not idle.
static mut TRAP_CYCLES: u64 = 0;

pub fn add_trap_cycles(cycles: u64) {
    unsafe { TRAP_CYCLES += cycles };
}

#[inline(always)]
fn trap_cycles() -> u64 {
    let was_on = dev::irq_off();
    let c = unsafe { TRAP_CYCLES };
    dev::irq_restore(was_on);
    c
}

/// PLIC build's trap handler: claim, mask the NIC queue, queue its coroutine, complete.
pub fn on_external_interrupt() {
    loop {
        let source = plic::claim();
        if source == 0 {
            return;
        }
        let q = source as usize - 1;
        if q >= PLAN.queues || unsafe { MODE } != Mode::Plic {
            fail(exit_code::CHECK, format_args!("unexpected PLIC source {}", source));
        }
        let nic = Nic(q);
        nic.set_irq_enable(false);
        // The NIC and the PLIC are different devices: read the NIC back so that its line is low
        // before the PLIC's gateway sees the completion.
        let _ = nic.irq_enable();
        dev::fence_io();
        if let Err(e) = unsafe { SWQ.push(q as u16, q) } {
            fail(exit_code::CHECK, format_args!("software queue refused coroutine {}: {:?}", q, e));
        }
        plic::complete(source);
    }
}

async fn echo_coroutine(q: usize) {
    loop {
        PacketWait { q, armed: false }.await;
        let resumed = mcycle();
        echo_one(q, resumed);
    }
}

#[inline(always)]
fn echo_one(q: usize, resumed: u64) {
    let nic = Nic(q);
    let stamp = nic.rx_stamp();
    let len = nic.rx_len();
    if len == 0 || len % 8 != 0 || len as usize > MAX_WORDS * 8 {
        fail(exit_code::CHECK, format_args!("queue {} resumed with RX_LEN {} (empty ring or bad length)", q, len));
    }
    let words = len as usize / 8;
    let packet = unsafe { &mut PACKET[..words] };
    for w in packet.iter_mut() {
        *w = nic.rx_data();
    }
    for &w in packet.iter() {
        nic.tx_data(w);
    }
    nic.tx_send(len);
    nic.rx_pop();
    let st = state();
    if resumed < stamp {
        fail(exit_code::CHECK, format_args!("queue {}: mcycle {} at resume is before RX_STAMP {}", q, resumed, stamp));
    }
    let first_after_idle = stamp >= st.last_done[q];
    let dispatch = resumed - unsafe { FOUND_AT };
    let sample = match records::sample(resumed - stamp, q, first_after_idle, dispatch) {
        Some(s) => s,
        None => fail(exit_code::CHECK, format_args!("latency {} does not fit a sample", resumed - stamp)),
    };
    if st.samples.len() == st.samples.capacity() {
        fail(exit_code::CHECK, format_args!("more packets echoed than generated ({})", st.samples.len()));
    }
    st.samples.push(sample);
    st.echoed += 1;
    let now = mcycle();
    st.last_done[q] = now;
    st.t_last_echo = now;
    st.idle_at_last_echo = st.idle;
}

fn noop_waker() -> Waker {
    fn clone(_: *const ()) -> RawWaker {
        RawWaker::new(core::ptr::null(), &VTABLE)
    }
    fn noop(_: *const ()) {}
    static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, noop, noop, noop);
    // Safety: the vtable's functions do nothing with the null data pointer.
    unsafe { Waker::from_raw(RawWaker::new(core::ptr::null(), &VTABLE)) }
}

type Coroutine = Pin<Box<dyn Future<Output = ()>>>;

/// The TaskIntc build's pick: the controller's next ready word for this hart.
#[inline(always)]
fn pick_taskintc(queue: &Queue<Mmio64>) -> Option<usize> {
    match queue.dequeue(HART) {
        Ok(Some(word)) => {
            let base = &TCBS[0] as *const Tcb as usize;
            let tcb = word.tcb();
            if tcb < base || tcb >= base + 4 * 64 || (tcb - base) % 64 != 0 {
                fail(exit_code::CHECK, format_args!("dequeued a word that is no echo coroutine: {:?}", word));
            }
            Some(unsafe { (*(tcb as *const Tcb)).queue })
        }
        Ok(None) => None,
        Err(e) => fail(exit_code::CHECK, format_args!("dequeue: {:?}", e)),
    }
}

/// The PLIC build's pick: the software priority queue, interrupts masked around the pop.
#[inline(always)]
fn pick_plic() -> Option<usize> {
    let was_on = dev::irq_off();
    let t = unsafe { SWQ.pop() };
    dev::irq_restore(was_on);
    t.map(|t| t as usize)
}

/// The polling build's pick: the first queue (in priority order) with packets.
#[inline(always)]
fn pick_poll() -> Option<usize> {
    (0..PLAN.queues).find(|&q| Nic(q).rx_count() > 0)
}

/// What a run's loop needs besides its pick.
struct Bounds<'a> {
    mode: Mode,
    interval: u64,
    t_start: u64,
    generated: u64,
    next_check: u64,
    deadline: u64,
    before: &'a Counters,
}

/// The executor loop, one instance per build (`pick` and `PLIC` are compile-time per instance, so
/// an idle iteration is the pick plus a few instructions of accounting).
#[inline(always)]
fn run_loop<P: FnMut() -> Option<usize>, const PLIC: bool>(mut pick: P, coroutines: &mut [Coroutine], b: Bounds<'_>) {
    let st: *mut RunState = state();
    let waker = noop_waker();
    let mut cx = Context::from_waker(&waker);
    let mut next_check = b.next_check;
    let mut last = mcycle();
    let mut traps_at_last = if PLIC { trap_cycles() } else { 0 };
    loop {
        match pick() {
            Some(q) => {
                unsafe { FOUND_AT = mcycle() };
                let _ = coroutines[q].as_mut().poll(&mut cx);
                last = mcycle();
                if PLIC {
                    traps_at_last = trap_cycles();
                }
            }
            None => {
                let now = mcycle();
                let echoed = unsafe { (*st).echoed };
                if echoed == b.generated {
                    break;
                }
                if now >= next_check {
                    if run_finished(b.generated, b.before) {
                        break;
                    }
                    if now > b.deadline {
                        fail(exit_code::TIMEOUT, format_args!("{} run at interval {} not finished after {} cycles: {} of {} echoed", b.mode.name(), b.interval, now - b.t_start, echoed, b.generated));
                    }
                    next_check = now + CHECK_EVERY;
                }
                let mut idle = now - last;
                if PLIC {
                    // A trap taken in this iteration is work, not idle time.
                    let traps = trap_cycles();
                    idle = idle.saturating_sub(traps - traps_at_last);
                    traps_at_last = traps;
                }
                unsafe { (*st).idle += idle };
                last = now;
            }
        }
    }
}

/// NIC counters at a run's start, to take differences at its end.
#[derive(Clone, Copy, Default)]
struct Counters {
    dropped: u64,
    tx_ok: u64,
    tx_bad: u64,
}

fn counters() -> Counters {
    let mut c = Counters::default();
    for q in 0..PLAN.queues {
        c.dropped += Nic(q).rx_dropped();
        c.tx_ok += Nic(q).tx_ok();
        c.tx_bad += Nic(q).tx_bad();
    }
    c
}

/// Every generator finished and every packet was echoed or dropped.
fn run_finished(generated: u64, before: &Counters) -> bool {
    if (0..PLAN.queues).any(|q| Nic(q).gen_count() != 0) {
        return false;
    }
    let dropped: u64 = (0..PLAN.queues).map(|q| Nic(q).rx_dropped()).sum::<u64>() - before.dropped;
    state().echoed + dropped == generated
}

fn measure(mode: Mode, run: &Run, coroutines: &mut [Coroutine]) -> RunHeader {
    let queues = PLAN.queues;
    let generated = PLAN.packets_per_run();
    let before = counters();
    for q in 0..queues {
        Nic(q).set_generator(run.interval, run.size, true);
    }
    {
        let st = state();
        st.samples.clear();
        st.echoed = 0;
        st.idle = 0;
        st.idle_at_last_echo = 0;
    }
    let nominal = PLAN.packets_per_queue * run.interval;
    let t_start = mcycle();
    {
        let st = state();
        st.last_done = [t_start; 4];
        st.t_last_echo = t_start;
    }
    for q in 0..queues {
        Nic(q).start(PLAN.packets_per_queue);
    }
    let bounds = Bounds { mode, interval: run.interval, t_start, generated, next_check: t_start + nominal, deadline: t_start + 3 * nominal + 2_000_000, before: &before };
    match mode {
        Mode::TaskIntc => {
            let queue = unsafe { HW_QUEUE.as_ref().expect("controller queue") };
            run_loop::<_, false>(|| pick_taskintc(queue), coroutines, bounds)
        }
        Mode::Plic => run_loop::<_, true>(pick_plic, coroutines, bounds),
        Mode::Poll => run_loop::<_, false>(pick_poll, coroutines, bounds),
    }
    let after = counters();
    let st = state();
    RunHeader {
        mode,
        interval: run.interval,
        size: run.size,
        gen_mode: 1,
        queues: queues as u64,
        generated,
        echoed: st.echoed,
        dropped: after.dropped - before.dropped,
        tx_ok: after.tx_ok - before.tx_ok,
        tx_bad: after.tx_bad - before.tx_bad,
        elapsed: st.t_last_echo - t_start,
        idle: st.idle_at_last_echo,
    }
}

/// The consistency checks of one run; a failure ends the simulation with a nonzero code.
fn check(h: &RunHeader, samples: usize) {
    let ok = h.tx_bad == 0 && h.echoed + h.dropped == h.generated && h.tx_ok == h.echoed && samples as u64 == h.echoed && h.echoed > 0;
    if !ok {
        fail(exit_code::CHECK, format_args!("{} interval {}: generated {} echoed {} dropped {} tx_ok {} tx_bad {} samples {}", h.mode.name(), h.interval, h.generated, h.echoed, h.dropped, h.tx_ok, h.tx_bad, samples));
    }
}

fn summarize(h: &RunHeader, samples: &[u64]) {
    let mut latencies: Vec<u64> = samples.iter().map(|&s| records::sample_latency(s)).collect();
    let all = stats::summarize(&mut latencies).expect("checked: samples exist");
    let mut first: Vec<u64> = samples.iter().filter(|&&s| records::sample_first_after_idle(s)).map(|&s| records::sample_latency(s)).collect();
    let busy_per_packet = (h.elapsed - h.idle) / h.echoed;
    let per_mcycle_x1000 = h.echoed * 1_000_000_000 / h.elapsed.max(1);
    print!("  {:8} interval {:6} size {:4}: {:4} echoed {:3} dropped | latency median {:6} p99 {:7} mean {:6}", h.mode.name(), h.interval, h.size, h.echoed, h.dropped, all.median, all.p99, all.mean);
    let mut dispatch: Vec<u64> = samples.iter().filter(|&&s| records::sample_first_after_idle(s)).map(|&s| records::sample_dispatch(s)).collect();
    let dispatch_median = stats::summarize(&mut dispatch).map_or(0, |d| d.median);
    match stats::summarize(&mut first) {
        Some(f) => print!(" | first-after-idle {:4}: median {:6} (dispatch {:4}) p99 {:7}", f.count, f.median, dispatch_median, f.p99),
        None => print!(" | first-after-idle    0"),
    }
    println!(" | busy/packet {:6} | packets/Mcycle {}.{:03}", busy_per_packet, per_mcycle_x1000 / 1000, per_mcycle_x1000 % 1000);
}

fn setup_mode(mode: Mode, control: &mut ControlOwner<Mmio64>) {
    let queues = PLAN.queues;
    unsafe { MODE = mode };
    for q in 0..queues {
        Nic(q).set_irq_enable(false);
    }
    // The controller's NIC sources count events only in the TaskIntc build.
    let config = SourceConfig { edge: true, masked: mode != Mode::TaskIntc, ..SourceConfig::default() };
    for q in 0..queues {
        if let Err(e) = control.configure_source(q, config) {
            fail(exit_code::CHECK, format_args!("source {} configuration: {:?}", q, e));
        }
    }
    match mode {
        Mode::TaskIntc => {
            for q in 0..queues {
                // One event per packet: NIC coalescing off.
                if let Err(e) = control.nic_coalesce(q, 0, 0) {
                    fail(exit_code::CHECK, format_args!("source {} coalescing: {:?}", q, e));
                }
                if let Err(e) = control.grant(q, ECHO_CONTEXT, true) {
                    fail(exit_code::CHECK, format_args!("grant source {}: {:?}", q, e));
                }
                let status = control.control().source_status(q).expect("source in range");
                if status.pending != 0 || status.waiting {
                    fail(exit_code::CHECK, format_args!("source {} not clean before the TaskIntc build: {:?}", q, status));
                }
            }
            if let Err(e) = control.set_hart_context(HART, Some(ECHO_CONTEXT)) {
                fail(exit_code::CHECK, format_args!("hart context: {:?}", e));
            }
            dev::set_external_interrupts(false);
        }
        Mode::Plic => {
            plic::set_threshold(0);
            for q in 0..queues {
                plic::set_priority(q + 1, 1);
                plic::set_enabled(q + 1, true);
            }
            dev::set_external_interrupts(true);
            dev::irq_on();
        }
        Mode::Poll => {
            for q in 0..queues {
                plic::set_enabled(q + 1, false);
            }
            dev::irq_off();
            dev::set_external_interrupts(false);
        }
    }
}

fn teardown_mode(mode: Mode) {
    dev::irq_off();
    dev::set_external_interrupts(false);
    for q in 0..PLAN.queues {
        Nic(q).set_irq_enable(false);
        plic::set_enabled(q + 1, false);
    }
    if mode == Mode::TaskIntc {
        let queue = unsafe { HW_QUEUE.as_ref().expect("controller queue") };
        let errors = queue.take_errors();
        if errors.0 != 0 {
            fail(exit_code::CHECK, format_args!("the controller refused an operation of the echo context: {:?}", errors));
        }
    }
    // Leftover software-queue entries would belong to the next build's coroutines.
    unsafe { SWQ = SwQueue::new() };
}

pub fn bench(intc: &mut TaskIntc<Mmio64>, control: &mut ControlOwner<Mmio64>, records: &mut Writer<impl FnMut(u64)>) {
    unsafe {
        HW_QUEUE = Some(intc.queue(ECHO_CONTEXT).expect("context 0 exists"));
        STATE = Some(RunState {
            samples: Vec::with_capacity(PLAN.packets_per_run() as usize),
            echoed: 0,
            last_done: [0; 4],
            t_last_echo: 0,
            idle: 0,
            idle_at_last_echo: 0,
        });
    }
    println!("taskintc-soc: echo, Poisson arrivals, interval = mean cycles between packets per queue");
    for mode in MODES {
        setup_mode(mode, control);
        // Fresh coroutines per build, polled once to post their first wait. (The TaskIntc build's
        // words stay parked on the masked sources afterwards; they never come back.)
        let mut coroutines: Vec<Coroutine> = (0..PLAN.queues).map(|q| Box::pin(echo_coroutine(q)) as Coroutine).collect();
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        for c in coroutines.iter_mut() {
            let _ = c.as_mut().poll(&mut cx);
        }
        for run in PLAN.runs {
            let h = measure(mode, run, &mut coroutines);
            let samples = &state().samples;
            records.run(&h, samples);
            check(&h, samples.len());
            summarize(&h, samples);
        }
        teardown_mode(mode);
    }
}
