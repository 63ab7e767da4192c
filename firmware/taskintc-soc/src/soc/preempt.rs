//! Preemption: a low-priority task computes for `PLAN.preempt_compute` cycles without yielding on
//! hart 0 while a NIC packet wakes a high-priority task of the same context (context 0) through the
//! controller. Measured: packet (RX_STAMP) -> the high-priority task's first instruction.
//!
//! * taskintc: the high task's word has the preempt bit; the controller sees hart 0 running a lower
//!   priority and raises hart 0's usip (mip bit 16, enabled with interrupts on during the compute).
//!   The trap handler switches to a stack of its own and dequeues: the high task (which clears usip),
//!   runs it there to its end, puts the interrupted task back at the head of its level and dequeues
//!   it again (so the controller knows what runs and compares the next wakeup with it), and returns
//!   into the computation: the priority-preemptive executor of RTIC and Embassy's InterruptExecutor,
//!   with the controller as the ready queue.
//! * cooperative: the same tasks and words with interrupts off: the high task runs when the low one
//!   ends and the loop dequeues again.
//!
//! Both variants see the same arrival offsets (from the seed).

use alloc::vec::Vec;

use taskintc_driver::{Control, Mmio64, Queue, SourceConfig, TaskIntc, TaskWord};
use taskintc_soc::map::{nic as nic_map, records::*};
use taskintc_soc::plan::{traffic_seed, PLAN};
use taskintc_soc::records::Writer;
use taskintc_soc::stats;

use super::boot;
use super::dev::{self, cycle, mcycle, Nic};
use super::{exit_code, fail};

const CONTEXT: usize = 0;
const HART: usize = 0;
const SOURCE: usize = 0;
const LOW_LEVEL: u8 = 7;
const HIGH_LEVEL: u8 = 0;

#[repr(C, align(64))]
struct Tcb {
    _tag: u64,
}

static LOW: Tcb = Tcb { _tag: 1 };
static HIGH: Tcb = Tcb { _tag: 2 };

fn low_word() -> TaskWord {
    TaskWord::new(&LOW as *const Tcb as usize, LOW_LEVEL, false).expect("aligned")
}

fn high_word() -> TaskWord {
    TaskWord::new(&HIGH as *const Tcb as usize, HIGH_LEVEL, true).expect("aligned")
}

#[repr(C, align(16))]
struct Stack([u8; 16 * 1024]);

static mut STACK: Stack = Stack([0; 16 * 1024]);
static mut QUEUE: Option<Queue<Mmio64>> = None;
/// The high task's latency of the current sample (0: not run yet).
static mut LATENCY: u64 = 0;
static mut PREEMPTED: u64 = 0;
static mut SINK: u64 = 0;

fn queue() -> &'static Queue<Mmio64> {
    unsafe { QUEUE.as_ref().expect("preempt queue") }
}

/// The high-priority task: its first instruction reads the time; then it echoes the packet.
#[inline(never)]
fn high_task() {
    let now = cycle();
    let nic = Nic(SOURCE);
    let stamp = nic.rx_stamp();
    let len = nic.rx_len();
    if len == 0 || now < stamp {
        fail(exit_code::CHECK, format_args!("preempt: the high task found no packet (len {}, stamp {}, now {})", len, stamp, now));
    }
    for _ in 0..len / 8 {
        nic.tx_data(nic.rx_data());
    }
    nic.tx_send(len);
    nic.rx_pop();
    unsafe { LATENCY = now - stamp };
}

/// The low-priority task: computes without yielding.
#[inline(never)]
fn low_task(cycles: u64) {
    let end = mcycle() + cycles;
    let mut x: u64 = 1;
    while mcycle() < end {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        unsafe { core::ptr::write_volatile(&mut SINK, x) };
    }
}

/// The usip trap on hart 0: run the preempting task on its own stack.
pub fn on_usip(hart: usize) {
    if hart != HART || unsafe { QUEUE.is_none() } {
        fail(exit_code::TRAP, format_args!("hart {}: usip trap outside the preemption measurement", hart));
    }
    let top = unsafe { STACK.0.as_ptr() as usize + STACK.0.len() };
    boot::run_on_stack(hart, preempt_dispatch, top & !15);
}

extern "C" fn preempt_dispatch(hart: usize) {
    let q = queue();
    match q.dequeue(hart) {
        Ok(Some(w)) if w == high_word() => high_task(),
        other => fail(exit_code::CHECK, format_args!("preempt: usip, but the dequeue returned {:?}", other)),
    }
    unsafe { PREEMPTED += 1 };
    // The interrupted task is current again: back to the head of its level, dequeued at once.
    q.post_enqueue_head(low_word());
    match q.dequeue(hart) {
        Ok(Some(w)) if w == low_word() => {}
        other => fail(exit_code::CHECK, format_args!("preempt: the interrupted task did not come back: {:?}", other)),
    }
}

fn offset(seed: u64, i: usize) -> u64 {
    // Arrival 2,000 .. 47,000 cycles into the 55,000-cycle computation.
    2_000 + traffic_seed(seed, 1_000 + i as u64, 0) % 45_000
}

fn measure(preemptive: bool, seed: u64) -> Vec<u64> {
    let q = queue();
    let nic = Nic(SOURCE);
    let mut latencies = Vec::with_capacity(PLAN.preempt_samples);
    dev::set_mie(if preemptive { dev::MIE_USIP } else { 0 });
    for i in 0..PLAN.preempt_samples {
        unsafe { LATENCY = 0 };
        if q.post_wait(SOURCE, high_word()).is_err() {
            fail(exit_code::CHECK, format_args!("preempt: wait"));
        }
        nic.set_generator(offset(seed, i), 64, nic_map::GEN_FIXED);
        nic.start(1);
        q.post_enqueue(low_word());
        // The executor loop: run whatever the controller hands out until both tasks ran.
        let mut low_done = false;
        while !(low_done && unsafe { LATENCY } != 0) {
            match q.dequeue(HART) {
                Ok(Some(w)) if w == low_word() => {
                    if preemptive {
                        dev::irq_on();
                    }
                    low_task(PLAN.preempt_compute);
                    dev::irq_off();
                    low_done = true;
                }
                Ok(Some(w)) if w == high_word() => high_task(),
                Ok(Some(w)) => fail(exit_code::CHECK, format_args!("preempt: unexpected word {:?}", w)),
                Ok(None) => {}
                Err(e) => fail(exit_code::CHECK, format_args!("preempt: dequeue {:?}", e)),
            }
        }
        latencies.push(unsafe { LATENCY });
    }
    dev::set_mie(0);
    let errors = q.take_errors();
    if errors.0 != 0 {
        fail(exit_code::CHECK, format_args!("preempt: the controller refused an operation: {:?}", errors));
    }
    latencies
}

pub fn bench(intc: &TaskIntc<Mmio64>, control: &Control<Mmio64>, seed: u64, records: &mut Writer<impl FnMut(u64)>) {
    unsafe { QUEUE = Some(intc.queue(CONTEXT).expect("context 0")) };
    let ok = control.post_source_config(SOURCE, SourceConfig { edge: true, ..SourceConfig::default() }).is_ok()
        && control.post_nic_coalesce(SOURCE, 0, 0).is_ok()
        && control.post_grant(SOURCE, CONTEXT, true).is_ok()
        && control.set_hart_context(HART, Some(CONTEXT)).is_ok();
    if !ok || control.take_errors().0 != 0 {
        fail(exit_code::CHECK, format_args!("preempt: setup refused"));
    }
    Nic(SOURCE).set_irq_enable(false);
    for (kind, preemptive) in [(LATENCY_PREEMPT_TASKINTC, true), (LATENCY_PREEMPT_COOPERATIVE, false)] {
        unsafe { PREEMPTED = 0 };
        let latencies = measure(preemptive, seed);
        let preempted = unsafe { PREEMPTED };
        if preemptive && preempted != PLAN.preempt_samples as u64 || !preemptive && preempted != 0 {
            fail(exit_code::CHECK, format_args!("preempt: {} preemptions in the {} variant", preempted, LATENCY_KINDS[kind as usize]));
        }
        records.latency(kind, &latencies);
        let mut sorted = latencies.clone();
        let s = stats::summarize(&mut sorted).expect("samples");
        println!("  {:28} median {:6} min {:6} max {:6} cycles ({} samples)", LATENCY_KINDS[kind as usize], s.median, s.min, s.max, s.count);
    }
    unsafe { QUEUE = None };
}
