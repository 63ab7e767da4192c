//! The echo workload on every hart, in five builds (plan::BUILDS), measured one after the other.
//!
//! NIC queue q is served by hart q % H, which runs controller context h = its hart number
//! (`hart_context[h] = h`). Per queue one coroutine loops: wait for a packet, read the SIM cycle
//! counter first thing after resuming (latency = that - RX_STAMP), read the packet (RX_DATA), echo
//! it (TX_DATA, TX_SEND), RX_POP, record. The same executor loop and coroutine run every build;
//! only how a coroutine waits, how the loop finds the next ready one and what an idle hart does
//! differ:
//!
//! * taskintc: the wait is one `wait[q]` write of the coroutine's task word (preempt bit set, so
//!   that a wakeup raises the hart's usip while the hart is idle); the loop dequeues from the
//!   controller. Idle: `wfi` with mie = usip and interrupts masked (the dequeue that found nothing
//!   made the hart idle in the controller, so the next wakeup raises usip: nothing is lost), or spin.
//! * plic: the wait re-enables the NIC queue's interrupt when its ring is empty (else the coroutine
//!   queues itself again, NAPI-style); the trap handler claims on this hart's PLIC context, masks
//!   the queue, puts the coroutine in this hart's software priority queue, completes. Idle: `wfi`
//!   with interrupts masked around the check (the trap is taken right after it), or spin.
//! * poll: the loop reads RX_COUNT of each of its queues in priority order. Never sleeps.
//!
//! A hart's awake time is its mcycle delta over the run (mcycle stops in WFI); its span the SIM
//! cycles over the same interval: busy fraction = awake / span.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use taskintc_driver::{Control, Mmio64, Queue, SourceConfig, TaskIntc, TaskWord};
use taskintc_soc::map::{nic as nic_map, records::*, region};
use taskintc_soc::plan::{traffic_seed, Build, Run, PLAN};
use taskintc_soc::records::{self, HartTime, RunHeader, Writer};
use taskintc_soc::stats;
use taskintc_soc::swqueue::SwQueue;

use super::dev::{self, clint, cycle, mcycle, plic, Nic};
use super::{exit_code, fail, smp};

const MAX_HARTS: usize = region::MAX_HARTS;
const QUEUES: usize = region::NIC_QUEUES;
/// Bytes of the largest packet the NIC generates.
const MAX_WORDS: usize = nic_map::MAX_SIZE as usize / 8;
/// Cycles between two end-of-run checks once the nominal generation time has passed (before
/// it, and without drops, a hart's run ends on its packet count alone).
const CHECK_EVERY: u64 = 20_000;

/// The blocks whose addresses are the coroutines' task words (64-byte aligned).
#[repr(C, align(64))]
struct Tcb {
    queue: usize,
}

static TCBS: [Tcb; QUEUES] = [Tcb { queue: 0 }, Tcb { queue: 1 }, Tcb { queue: 2 }, Tcb { queue: 3 }];

/// Hart serving queue q, and coroutine q's level on it.
pub fn hart_of(q: usize, harts: usize) -> usize {
    q % harts
}

fn level_of(q: usize, harts: usize) -> u8 {
    (q / harts) as u8
}

fn task_word(q: usize) -> TaskWord {
    let harts = unsafe { HARTS };
    TaskWord::new(&TCBS[q] as *const Tcb as usize, level_of(q, harts), true).expect("aligned TCB, level below 8")
}

type Coroutine = Pin<Box<dyn Future<Output = ()>>>;

/// One hart's state in a run; touched by that hart only (the PLIC trap handler included, with
/// interrupts masked around the thread side), and read by hart 0 after the hart reported done.
struct HartEcho {
    queues: Vec<usize>,
    coroutines: Vec<Option<Coroutine>>,
    swq: SwQueue,
    samples: Vec<u64>,
    expected: u64,
    echoed: u64,
    /// SIM cycle at the end of each queue's previous packet (the run's start at first).
    last_done: [u64; QUEUES],
    last_echo: u64,
    idle_loop: u64,
    trap_cycles: u64,
    /// mcycle when the loop had the coroutine to run in hand.
    found_at: u64,
    dropped_before: u64,
    time: HartTime,
    packet: [u64; MAX_WORDS],
}

static mut HARTS: usize = 1;
static mut BUILD: Build = Build { build: BUILD_POLL, idle: IDLE_SPIN };
static mut HART_STATE: [Option<HartEcho>; MAX_HARTS] = [None, None, None, None, None, None, None, None];
static mut HW_QUEUES: [Option<Queue<Mmio64>>; MAX_HARTS] = [None, None, None, None, None, None, None, None];
/// SIM cycle when the generators stop (nominal), for the end-of-run watchdog.
static mut NOMINAL_END: u64 = 0;

fn me(hart: usize) -> &'static mut HartEcho {
    unsafe { HART_STATE[hart].as_mut().expect("echo state set up by bench") }
}

fn hw_queue(hart: usize) -> &'static Queue<Mmio64> {
    unsafe { HW_QUEUES[hart].as_ref().expect("controller queue") }
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
        let harts = unsafe { HARTS };
        match unsafe { BUILD.build } {
            BUILD_TASKINTC => {
                // One posted write; refusals are sticky in the context's error register, which is
                // checked after every run.
                if let Err(e) = hw_queue(hart_of(q, harts)).post_wait(q, task_word(q)) {
                    fail(exit_code::CHECK, format_args!("wait on source {}: {:?}", q, e));
                }
            }
            BUILD_PLIC => {
                if Nic(q).rx_count() > 0 {
                    swq_push(hart_of(q, harts), q);
                } else {
                    // The line is a level: a packet that arrived since the count was read raises
                    // the interrupt as soon as it is enabled.
                    Nic(q).set_irq_enable(true);
                }
            }
            _ => {}
        }
        Poll::Pending
    }
}

fn swq_push(hart: usize, q: usize) {
    let was_on = dev::irq_off();
    let r = me(hart).swq.push(q as u16, q);
    dev::irq_restore(was_on);
    if let Err(e) = r {
        fail(exit_code::CHECK, format_args!("software queue refused coroutine {}: {:?}", q, e));
    }
}

/// Cycles spent in external-interrupt traps, so that a trap taken in an idle iteration of a
/// spinning loop counts as work.
pub fn add_trap_cycles(hart: usize, cycles: u64) {
    if let Some(st) = unsafe { HART_STATE[hart].as_mut() } {
        st.trap_cycles += cycles;
    }
}

/// PLIC build's trap handler on `hart`: claim, mask the NIC queue, queue its coroutine, complete.
pub fn on_external_interrupt(hart: usize) {
    loop {
        let source = plic::claim(hart);
        if source == 0 {
            return;
        }
        let q = source as usize - 1;
        if q >= PLAN.queues || unsafe { BUILD.build } != BUILD_PLIC || hart_of(q, unsafe { HARTS }) != hart {
            fail(exit_code::CHECK, format_args!("hart {}: unexpected PLIC source {}", hart, source));
        }
        let nic = Nic(q);
        nic.set_irq_enable(false);
        // The NIC and the PLIC are different devices: read the NIC back so that its line is low
        // before the PLIC's gateway sees the completion.
        let _ = nic.irq_enable();
        dev::fence_io();
        if let Err(e) = me(hart).swq.push(q as u16, q) {
            fail(exit_code::CHECK, format_args!("software queue refused coroutine {}: {:?}", q, e));
        }
        plic::complete(hart, source);
    }
}

async fn echo_coroutine(q: usize, hart: usize) {
    loop {
        PacketWait { q, armed: false }.await;
        let resumed_m = mcycle();
        let resumed = cycle();
        echo_one(q, hart, resumed, resumed_m);
    }
}

#[inline(always)]
fn echo_one(q: usize, hart: usize, resumed: u64, resumed_m: u64) {
    let nic = Nic(q);
    let stamp = nic.rx_stamp();
    let len = nic.rx_len();
    if len == 0 || len % 8 != 0 || len as usize > MAX_WORDS * 8 {
        fail(exit_code::CHECK, format_args!("queue {} resumed with RX_LEN {} (empty ring or bad length)", q, len));
    }
    let st = me(hart);
    let words = len as usize / 8;
    for w in st.packet[..words].iter_mut() {
        *w = nic.rx_data();
    }
    for &w in st.packet[..words].iter() {
        nic.tx_data(w);
    }
    nic.tx_send(len);
    nic.rx_pop();
    if resumed < stamp {
        fail(exit_code::CHECK, format_args!("queue {}: cycle {} at resume is before RX_STAMP {}", q, resumed, stamp));
    }
    let latency = resumed - stamp;
    let first_after_idle = stamp >= st.last_done[q];
    let dispatch = (resumed_m - st.found_at).min(latency);
    let sample = match records::sample(latency, q, first_after_idle, dispatch) {
        Some(s) => s,
        None => fail(exit_code::CHECK, format_args!("latency {} does not fit a sample", latency)),
    };
    if st.samples.len() == st.samples.capacity() {
        fail(exit_code::CHECK, format_args!("more packets echoed than generated ({})", st.samples.len()));
    }
    st.samples.push(sample);
    st.echoed += 1;
    let now = cycle();
    st.last_done[q] = now;
    st.last_echo = now;
}

pub fn noop_waker() -> Waker {
    fn clone(_: *const ()) -> RawWaker {
        RawWaker::new(core::ptr::null(), &VTABLE)
    }
    fn noop(_: *const ()) {}
    static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, noop, noop, noop);
    // Safety: the vtable's functions do nothing with the null data pointer.
    unsafe { Waker::from_raw(RawWaker::new(core::ptr::null(), &VTABLE)) }
}

/// The coroutine index (queue) behind a dequeued word, checked.
#[inline(always)]
fn queue_of(word: TaskWord) -> usize {
    let base = &TCBS[0] as *const Tcb as usize;
    let tcb = word.tcb();
    if tcb < base || tcb >= base + QUEUES * 64 || (tcb - base) % 64 != 0 {
        fail(exit_code::CHECK, format_args!("dequeued a word that is no echo coroutine: {:?}", word));
    }
    unsafe { (*(tcb as *const Tcb)).queue }
}

#[inline(always)]
fn pick(hart: usize, build: u64) -> Option<usize> {
    match build {
        BUILD_TASKINTC => match hw_queue(hart).dequeue(hart) {
            Ok(Some(word)) => Some(queue_of(word)),
            Ok(None) => None,
            Err(e) => fail(exit_code::CHECK, format_args!("dequeue: {:?}", e)),
        },
        BUILD_PLIC => {
            let was_on = dev::irq_off();
            let t = me(hart).swq.pop();
            dev::irq_restore(was_on);
            t.map(|t| t as usize)
        }
        _ => me(hart).queues.iter().copied().find(|&q| Nic(q).rx_count() > 0),
    }
}

/// Every generator of this hart's queues finished and every packet was echoed or dropped.
fn finished(hart: usize) -> bool {
    let st = me(hart);
    if st.echoed == st.expected {
        return true;
    }
    if st.queues.iter().any(|&q| Nic(q).gen_count() != 0) {
        return false;
    }
    let dropped: u64 = st.queues.iter().map(|&q| Nic(q).rx_dropped()).sum::<u64>() - st.dropped_before;
    st.echoed + dropped == st.expected
}

/// Sleeps until an interrupt is pending. The interrupts of the build are enabled in mie; with
/// mstatus.MIE off, a pending one ends the WFI without a trap (taken right after, for the PLIC).
#[inline(always)]
fn sleep(hart: usize, build: u64) {
    let was_on = dev::irq_off();
    let empty = build != BUILD_PLIC || me(hart).swq.is_empty();
    if empty {
        dev::wfi();
    }
    dev::irq_restore(was_on);
}

/// One hart's executor loop for the current run (the job of every hart).
fn echo_loop(hart: usize) {
    let Build { build, idle } = unsafe { BUILD };
    let waker = noop_waker();
    let mut cx = Context::from_waker(&waker);
    let mut mie = if build == BUILD_TASKINTC { dev::MIE_USIP } else if build == BUILD_PLIC { dev::MIE_MEIE } else { 0 };
    dev::set_mie(mie);
    if build == BUILD_PLIC {
        dev::irq_on();
    }
    let c0 = cycle();
    let m0 = mcycle();
    let nominal_end = unsafe { NOMINAL_END };
    let m_check = m0 + nominal_end.saturating_sub(c0);
    let mut next_check = m_check;
    let mut last = m0;
    let mut traps_at_last = me(hart).trap_cycles;
    let mut watchdog = false;
    loop {
        match pick(hart, build) {
            Some(q) => {
                let st = me(hart);
                st.found_at = mcycle();
                if let Some(c) = st.coroutines[q].as_mut() {
                    let _ = c.as_mut().poll(&mut cx);
                }
                last = mcycle();
                traps_at_last = me(hart).trap_cycles;
            }
            None => {
                let st = me(hart);
                if st.echoed == st.expected {
                    break;
                }
                if idle == IDLE_WFI {
                    if cycle() >= nominal_end {
                        if finished(hart) {
                            break;
                        }
                        // Past the nominal end with packets missing: wake every CHECK_EVERY cycles to
                        // look at the NIC's drop counters (mtime ticks every 100 cycles).
                        clint::set_mtimecmp(hart, clint::mtime() + CHECK_EVERY / 100);
                        if !watchdog {
                            watchdog = true;
                            mie |= dev::MIE_MTIE;
                            dev::set_mie(mie);
                        }
                    }
                    sleep(hart, build);
                    if watchdog && build != BUILD_PLIC {
                        clint::set_mtimecmp(hart, u64::MAX);
                    }
                } else {
                    let now = mcycle();
                    if now >= next_check {
                        if finished(hart) {
                            break;
                        }
                        next_check = now + CHECK_EVERY;
                    }
                    // A trap taken in this iteration is work, not idle time.
                    let traps = st.trap_cycles;
                    st.idle_loop += (now - last).saturating_sub(traps - traps_at_last);
                    traps_at_last = traps;
                    last = now;
                }
            }
        }
    }
    let m1 = mcycle();
    let c1 = cycle();
    dev::irq_off();
    dev::set_mie(0);
    clint::set_mtimecmp(hart, u64::MAX);
    let st = me(hart);
    st.time = HartTime { awake: m1 - m0, span: c1 - c0, idle_loop: st.idle_loop };
}

fn echo_job(hart: usize) {
    echo_loop(hart);
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

fn measure(seed: u64, point: usize, run: &Run, harts: usize) -> (RunHeader, Vec<HartTime>, Vec<u64>) {
    let queues = PLAN.queues;
    let generated = PLAN.packets_per_run();
    let before = counters();
    for q in 0..queues {
        Nic(q).set_generator(run.interval, run.size, nic_map::GEN_POISSON);
        Nic(q).set_seed(traffic_seed(seed, point as u64, q as u64));
    }
    for h in 0..harts {
        let st = me(h);
        st.samples = Vec::with_capacity(generated as usize);
        st.echoed = 0;
        st.idle_loop = 0;
        st.trap_cycles = 0;
        st.expected = PLAN.packets_per_queue * st.queues.len() as u64;
        st.dropped_before = st.queues.iter().map(|&q| Nic(q).rx_dropped()).sum();
    }
    let t_start = cycle();
    unsafe { NOMINAL_END = t_start + PLAN.packets_per_queue * run.interval };
    for h in 0..harts {
        let st = me(h);
        st.last_done = [t_start; QUEUES];
        st.last_echo = t_start;
    }
    for h in 1..harts {
        smp::start(h, echo_job, h);
    }
    for q in 0..queues {
        Nic(q).start(PLAN.packets_per_queue);
    }
    echo_job(0);
    let timeout = 3 * PLAN.packets_per_queue * run.interval + 5_000_000;
    for h in 1..harts {
        if !smp::wait_for(h, timeout) {
            let st = me(h);
            fail(exit_code::TIMEOUT, format_args!("hart {}: echo run at interval {} not finished: {} of {} echoed", h, run.interval, st.echoed, st.expected));
        }
    }
    let after = counters();
    let mut samples = Vec::with_capacity(generated as usize);
    let mut times = Vec::with_capacity(harts);
    let mut echoed = 0;
    let mut last_echo = t_start;
    for h in 0..harts {
        let st = me(h);
        samples.extend_from_slice(&st.samples);
        times.push(st.time);
        echoed += st.echoed;
        last_echo = last_echo.max(st.last_echo);
    }
    let Build { build, idle } = unsafe { BUILD };
    let h = RunHeader {
        build,
        idle,
        interval: run.interval,
        size: run.size,
        gen_mode: nic_map::GEN_POISSON,
        queues: queues as u64,
        generated,
        echoed,
        dropped: after.dropped - before.dropped,
        tx_ok: after.tx_ok - before.tx_ok,
        tx_bad: after.tx_bad - before.tx_bad,
        elapsed: last_echo - t_start,
    };
    (h, times, samples)
}

/// The consistency checks of one run; a failure ends the simulation with a nonzero code.
fn check(h: &RunHeader, samples: usize) {
    let ok = h.tx_bad == 0 && h.echoed + h.dropped == h.generated && h.tx_ok == h.echoed && samples as u64 == h.echoed && h.echoed > 0;
    if !ok {
        fail(exit_code::CHECK, format_args!("{}/{} interval {}: generated {} echoed {} dropped {} tx_ok {} tx_bad {} samples {}", BUILDS[h.build as usize], IDLE_KINDS[h.idle as usize], h.interval, h.generated, h.echoed, h.dropped, h.tx_ok, h.tx_bad, samples));
    }
}

fn summarize(h: &RunHeader, times: &[HartTime], samples: &[u64]) {
    let mut latencies: Vec<u64> = samples.iter().map(|&s| records::sample_latency(s)).collect();
    let all = stats::summarize(&mut latencies).expect("checked: samples exist");
    let awake: u64 = times.iter().map(|t| t.awake).sum();
    let span: u64 = times.iter().map(|t| t.span).sum::<u64>().max(1);
    println!("  {:8} {:4} interval {:6}: {:4} echoed {:3} dropped | latency median {:6} p99 {:7} | busy {:3}% of {} harts", BUILDS[h.build as usize], IDLE_KINDS[h.idle as usize], h.interval, h.echoed, h.dropped, all.median, all.p99, awake * 100 / span, times.len());
}

fn setup(build: Build, control: &Control<Mmio64>, harts: usize) {
    unsafe { BUILD = build };
    for q in 0..PLAN.queues {
        Nic(q).set_irq_enable(false);
    }
    // The controller's NIC sources count events only in the TaskIntc build.
    let config = SourceConfig { edge: true, masked: build.build != BUILD_TASKINTC, ..SourceConfig::default() };
    for q in 0..PLAN.queues {
        let h = hart_of(q, harts);
        let ok = control.post_source_config(q, config).is_ok() && control.post_nic_coalesce(q, 0, 0).is_ok() && control.post_grant(q, h, true).is_ok();
        if !ok {
            fail(exit_code::CHECK, format_args!("source {} setup", q));
        }
        plic::set_priority(q + 1, 1);
        for other in 0..harts {
            plic::set_enabled(other, q + 1, build.build == BUILD_PLIC && other == h);
        }
    }
    for h in 0..harts {
        plic::set_threshold(h, 0);
        if control.set_hart_context(h, Some(h)).is_err() {
            fail(exit_code::CHECK, format_args!("hart context {}", h));
        }
    }
    let errors = control.take_errors();
    if errors.0 != 0 {
        fail(exit_code::CHECK, format_args!("the controller refused the echo setup: {:?}", errors));
    }
    let waker = noop_waker();
    let mut cx = Context::from_waker(&waker);
    for h in 0..harts {
        let st = me(h);
        st.swq = SwQueue::new();
        st.coroutines = (0..QUEUES).map(|_| None).collect();
        for &q in st.queues.clone().iter() {
            let mut c: Coroutine = Box::pin(echo_coroutine(q, h));
            // Polled once to post its first wait.
            let _ = c.as_mut().poll(&mut cx);
            me(h).coroutines[q] = Some(c);
        }
    }
}

fn teardown(build: Build, control: &Control<Mmio64>, harts: usize) {
    for q in 0..PLAN.queues {
        Nic(q).set_irq_enable(false);
        for h in 0..harts {
            plic::set_enabled(h, q + 1, false);
        }
    }
    if build.build == BUILD_TASKINTC {
        // The coroutines' last waits are parked on their sources: an injected event wakes each,
        // and the word is dequeued and dropped, so nothing of this build is left in the controller.
        for q in 0..PLAN.queues {
            if control.inject(q).is_err() {
                fail(exit_code::CHECK, format_args!("inject {}", q));
            }
        }
        for h in 0..harts {
            let queue = hw_queue(h);
            let mut drained = 0;
            while let Ok(Some(word)) = queue.dequeue(h) {
                let _ = queue_of(word);
                drained += 1;
            }
            let expected = me(h).queues.len();
            let errors = queue.take_errors();
            if drained != expected || errors.0 != 0 {
                fail(exit_code::CHECK, format_args!("hart {}: {} parked words drained, {} expected; errors {:?}", h, drained, expected, errors));
            }
        }
        for q in 0..PLAN.queues {
            let status = control.source_status(q).expect("source in range");
            if status.pending != 0 || status.waiting {
                fail(exit_code::CHECK, format_args!("source {} not clean after the TaskIntc build: {:?}", q, status));
            }
        }
    }
    for h in 0..harts {
        me(h).coroutines.clear();
    }
}

/// The echo measurements of one seed: every build at every point.
pub fn bench(intc: &TaskIntc<Mmio64>, seed: u64, harts: usize, records: &mut Writer<impl FnMut(u64)>) {
    unsafe {
        HARTS = harts;
        for h in 0..harts {
            if HW_QUEUES[h].is_none() {
                HW_QUEUES[h] = Some(intc.queue(h).expect("a context per hart"));
            }
            if HART_STATE[h].is_none() {
                HART_STATE[h] = Some(HartEcho {
                    queues: (0..PLAN.queues).filter(|&q| hart_of(q, harts) == h).collect(),
                    coroutines: Vec::new(),
                    swq: SwQueue::new(),
                    samples: Vec::new(),
                    expected: 0,
                    echoed: 0,
                    last_done: [0; QUEUES],
                    last_echo: 0,
                    idle_loop: 0,
                    trap_cycles: 0,
                    found_at: 0,
                    dropped_before: 0,
                    time: HartTime::default(),
                    packet: [0; MAX_WORDS],
                });
            }
        }
    }
    let control = intc.control();
    for build in PLAN.builds {
        setup(*build, &control, harts);
        for (point, run) in PLAN.runs.iter().enumerate() {
            let (h, times, samples) = measure(seed, point, run, harts);
            records.run(&h, &times, &samples);
            check(&h, samples.len());
            summarize(&h, &times, &samples);
        }
        teardown(*build, &control, harts);
    }
}
