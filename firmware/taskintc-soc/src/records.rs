//! The records the firmware writes through the SIM device's RECORD register: one 64-bit value
//! per write, one decimal line per value in the records file. `scripts/soc-bench.py` reads them.
//! The format (tags, field order, kinds, the packet sample's layout) is declared once in
//! `taskintc.soc.RecordFormat` and comes here as [`crate::map::records`]; this module only writes it.

pub use crate::map::records as format;
use format::*;

/// `dispatch` saturates at this value in a sample.
pub const DISPATCH_MAX: u64 = (1 << SAMPLE_DISPATCH_BITS) - 1;

pub const fn header(tag: u64, payload_words: usize) -> u64 {
    tag << TAG_SHIFT | payload_words as u64
}

/// Encodes a packet sample; `None` when the latency or the queue does not fit, or the dispatch part
/// exceeds the latency. The dispatch part saturates at [`DISPATCH_MAX`].
pub const fn sample(latency: u64, queue: usize, first_after_idle: bool, dispatch: u64) -> Option<u64> {
    if latency >> SAMPLE_LATENCY_BITS != 0 || (queue as u64) >> SAMPLE_QUEUE_BITS != 0 || dispatch > latency {
        return None;
    }
    let dispatch = if dispatch > DISPATCH_MAX { DISPATCH_MAX } else { dispatch };
    Some(latency << SAMPLE_LATENCY_SHIFT | (queue as u64) << SAMPLE_QUEUE_SHIFT | (first_after_idle as u64) << SAMPLE_FIRST_AFTER_IDLE_SHIFT | dispatch << SAMPLE_DISPATCH_SHIFT)
}

pub const fn sample_dispatch(s: u64) -> u64 {
    s >> SAMPLE_DISPATCH_SHIFT & ((1 << SAMPLE_DISPATCH_BITS) - 1)
}

pub const fn sample_latency(s: u64) -> u64 {
    s >> SAMPLE_LATENCY_SHIFT & ((1 << SAMPLE_LATENCY_BITS) - 1)
}

pub const fn sample_queue(s: u64) -> usize {
    (s >> SAMPLE_QUEUE_SHIFT & ((1 << SAMPLE_QUEUE_BITS) - 1)) as usize
}

pub const fn sample_first_after_idle(s: u64) -> bool {
    s >> SAMPLE_FIRST_AFTER_IDLE_SHIFT & 1 == 1
}

/// The fixed fields of a RUN block, in the declared order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RunHeader {
    pub build: u64,
    pub idle: u64,
    pub interval: u64,
    pub size: u64,
    pub gen_mode: u64,
    pub queues: u64,
    pub generated: u64,
    pub echoed: u64,
    pub dropped: u64,
    pub tx_ok: u64,
    pub tx_bad: u64,
    pub elapsed: u64,
}

impl RunHeader {
    pub fn words(&self) -> [u64; RUN_FIXED] {
        let mut w = [0; RUN_FIXED];
        w[RUN_BUILD] = self.build;
        w[RUN_IDLE] = self.idle;
        w[RUN_INTERVAL] = self.interval;
        w[RUN_SIZE] = self.size;
        w[RUN_GEN_MODE] = self.gen_mode;
        w[RUN_QUEUES] = self.queues;
        w[RUN_GENERATED] = self.generated;
        w[RUN_ECHOED] = self.echoed;
        w[RUN_DROPPED] = self.dropped;
        w[RUN_TX_OK] = self.tx_ok;
        w[RUN_TX_BAD] = self.tx_bad;
        w[RUN_ELAPSED] = self.elapsed;
        w
    }
}

/// One hart's part of a run: awake cycles (mcycle), span (SIM cycles), idle-loop cycles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HartTime {
    pub awake: u64,
    pub span: u64,
    pub idle_loop: u64,
}

/// The plan written to the BEGIN block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Begin {
    pub set: u64,
    pub harts: u64,
    pub queues: u64,
    pub packets_per_queue: u64,
    pub echo_points: u64,
    pub seeds: u64,
    pub ipc_iterations: u64,
}

/// Where records go (the SIM device's RECORD register on the SoC); counts the words for END.
pub struct Writer<F: FnMut(u64)> {
    put: F,
    words: u64,
}

impl<F: FnMut(u64)> Writer<F> {
    pub fn new(put: F) -> Self {
        Writer { put, words: 0 }
    }

    fn word(&mut self, w: u64) {
        (self.put)(w);
        self.words += 1;
    }

    fn block(&mut self, tag: u64, fixed: &[u64], rest: &[u64]) {
        self.word(header(tag, fixed.len() + rest.len()));
        for &w in fixed.iter().chain(rest) {
            self.word(w);
        }
    }

    pub fn begin(&mut self, b: &Begin) {
        let mut w = [0; BEGIN_FIXED];
        w[BEGIN_MAGIC] = MAGIC;
        w[BEGIN_VERSION] = VERSION;
        w[BEGIN_SET] = b.set;
        w[BEGIN_HARTS] = b.harts;
        w[BEGIN_QUEUES] = b.queues;
        w[BEGIN_PACKETS_PER_QUEUE] = b.packets_per_queue;
        w[BEGIN_ECHO_POINTS] = b.echo_points;
        w[BEGIN_SEEDS] = b.seeds;
        w[BEGIN_IPC_ITERATIONS] = b.ipc_iterations;
        self.block(TAG_BEGIN, &w, &[]);
    }

    pub fn seed(&mut self, index: u64, value: u64) {
        let mut w = [0; SEED_FIXED];
        w[SEED_INDEX] = index;
        w[SEED_VALUE] = value;
        self.block(TAG_SEED, &w, &[]);
    }

    pub fn run(&mut self, run: &RunHeader, harts: &[HartTime], samples: &[u64]) {
        self.word(header(TAG_RUN, RUN_FIXED + HART_WORDS * harts.len() + samples.len()));
        for w in run.words() {
            self.word(w);
        }
        for h in harts {
            for w in [h.awake, h.span, h.idle_loop] {
                self.word(w);
            }
        }
        for &s in samples {
            self.word(s);
        }
    }

    pub fn ipc(&mut self, kind: u64, cycles: &[u64]) {
        self.block(TAG_IPC, &[kind], cycles);
    }

    pub fn access(&mut self, kind: u64, cycles: &[u64]) {
        self.block(TAG_ACCESS, &[kind], cycles);
    }

    pub fn latency(&mut self, kind: u64, cycles: &[u64]) {
        self.block(TAG_LATENCY, &[kind], cycles);
    }

    pub fn flood(&mut self, kind: u64, sent: u64, received: u64, lost: u64, out_of_order: u64, elapsed: u64) {
        let mut w = [0; FLOOD_FIXED];
        w[FLOOD_KIND] = kind;
        w[FLOOD_SENT] = sent;
        w[FLOOD_RECEIVED] = received;
        w[FLOOD_LOST] = lost;
        w[FLOOD_OUT_OF_ORDER] = out_of_order;
        w[FLOOD_ELAPSED] = elapsed;
        self.block(TAG_FLOOD, &w, &[]);
    }

    #[allow(clippy::too_many_arguments)]
    pub fn syscall(&mut self, kind: u64, outstanding: u64, calls: u64, elapsed: u64, work_units: u64, work_unit_cycles: u64, latencies: &[u64]) {
        let mut w = [0; SYSCALL_FIXED];
        w[SYSCALL_KIND] = kind;
        w[SYSCALL_OUTSTANDING] = outstanding;
        w[SYSCALL_CALLS] = calls;
        w[SYSCALL_ELAPSED] = elapsed;
        w[SYSCALL_WORK_UNITS] = work_units;
        w[SYSCALL_WORK_UNIT_CYCLES] = work_unit_cycles;
        self.block(TAG_SYSCALL, &w, latencies);
    }

    pub fn end(&mut self) {
        let before = self.words;
        self.block(TAG_END, &[before], &[]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_round_trip_and_limits() {
        let s = sample(1234, 3, true, 60).unwrap();
        assert_eq!((sample_latency(s), sample_queue(s), sample_first_after_idle(s), sample_dispatch(s)), (1234, 3, true, 60));
        let s = sample((1 << 40) - 1, 0, false, 1 << 20).unwrap();
        assert_eq!((sample_latency(s), sample_queue(s), sample_first_after_idle(s), sample_dispatch(s)), ((1 << 40) - 1, 0, false, DISPATCH_MAX));
        assert_eq!(sample(1 << 40, 0, false, 0), None);
        assert_eq!(sample(5, 256, false, 0), None);
        assert_eq!(sample(5, 0, false, 6), None, "dispatch is part of the latency");
    }

    #[test]
    fn blocks_have_the_declared_layout() {
        let mut out = Vec::new();
        let mut w = Writer::new(|v| out.push(v));
        w.begin(&Begin { set: 0, harts: 2, queues: 2, packets_per_queue: 50, echo_points: 3, seeds: 1, ipc_iterations: 50 });
        w.seed(0, 77);
        let run = RunHeader { build: BUILD_PLIC, idle: IDLE_WFI, interval: 2000, size: 64, gen_mode: 1, queues: 2, generated: 100, echoed: 99, dropped: 1, tx_ok: 99, tx_bad: 0, elapsed: 1_000_000 };
        w.run(&run, &[HartTime { awake: 5, span: 6, idle_loop: 1 }], &[sample(100, 0, true, 0).unwrap()]);
        w.flood(FLOOD_TASKINTC, 10, 10, 0, 0, 5000);
        w.end();
        drop(w);
        assert_eq!(out[0], TAG_BEGIN << TAG_SHIFT | BEGIN_FIXED as u64);
        assert_eq!(&out[1..10], &[MAGIC, VERSION, 0, 2, 2, 50, 3, 1, 50]);
        assert_eq!(&out[10..13], &[TAG_SEED << TAG_SHIFT | 2, 0, 77]);
        assert_eq!(out[13], TAG_RUN << TAG_SHIFT | (RUN_FIXED + 3 + 1) as u64);
        assert_eq!(out[14 + RUN_BUILD], BUILD_PLIC);
        assert_eq!(out[14 + RUN_ELAPSED], 1_000_000);
        assert_eq!(&out[14 + RUN_FIXED..14 + RUN_FIXED + 4], &[5, 6, 1, 100 | 1 << 48]);
        let f = 14 + RUN_FIXED + 4;
        assert_eq!(out[f], TAG_FLOOD << TAG_SHIFT | FLOOD_FIXED as u64);
        assert_eq!(out[f + 1 + FLOOD_SENT], 10);
        let e = f + 1 + FLOOD_FIXED;
        assert_eq!(&out[e..], &[TAG_END << TAG_SHIFT | 1, e as u64]);
    }
}
