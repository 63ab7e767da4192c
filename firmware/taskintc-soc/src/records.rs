//! The records the firmware writes through the SIM device's RECORD register: one 64-bit value
//! per write, one decimal line per value in the records file. `scripts/soc-bench.py` reads them.
//!
//! The file is a sequence of blocks. A block is a header word `tag << 56 | n` followed by `n`
//! payload words:
//!
//! | tag | block | payload |
//! |---|---|---|
//! | 1 | BEGIN | `MAGIC`, `VERSION`, set (0 SHORT, 1 FULL), queues, packets per queue, runs, IPC iterations |
//! | 2 | RUN | mode (0 taskintc, 1 plic, 2 poll), interval, size, gen_mode, queues, generated, echoed, dropped, tx_ok, tx_bad, elapsed, idle, then one word per echoed packet (`sample`) |
//! | 3 | IPC | kind (see [`IpcKind`]: round trips, and the runtime's operations), then the cycles of one per word |
//! | 4 | END | the number of words written before this block |
//! | 5 | ACCESS | kind (see [`AccessKind`]), then the cycles of one access per word (mcycle before and after) |
//!
//! A packet sample is `latency | queue << 40 | first_after_idle << 48 | dispatch << 49`: latency in
//! cycles (mcycle at the coroutine's first instruction after its wakeup minus the NIC's RX_STAMP),
//! the NIC queue, whether the packet arrived after its coroutine had finished the previous packet
//! (else it waited in the ring behind another), and the dispatch part of the latency (from the
//! executor loop having the coroutine in hand, i.e. the dequeue, pop or RX_COUNT read returned, to
//! its first instruction; saturating at 32767). `elapsed` runs from the mcycle just before the generators
//! are started to the end of the last packet's echo; `idle` is the sum of the executor loop's
//! iterations that found no work, up to that point.

pub const TAG_BEGIN: u64 = 1;
pub const TAG_RUN: u64 = 2;
pub const TAG_IPC: u64 = 3;
pub const TAG_END: u64 = 4;
pub const TAG_ACCESS: u64 = 5;
/// "SOCBENCH" in ASCII.
pub const MAGIC: u64 = 0x534F_4342_454E_4348;
pub const VERSION: u64 = 1;
/// Fixed payload words of a RUN block before its samples.
pub const RUN_FIXED: usize = 12;

pub const LATENCY_BITS: u32 = 40;
pub const QUEUE_SHIFT: u32 = 40;
pub const FIRST_SHIFT: u32 = 48;
pub const DISPATCH_SHIFT: u32 = 49;
pub const DISPATCH_MAX: u64 = (1 << 15) - 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Mode {
    /// The controller wakes the coroutine (wait on the NIC source, dequeue).
    TaskIntc = 0,
    /// NIC interrupt through Rocket's PLIC, trap handler, software priority queue.
    Plic = 1,
    /// The executor polls the NIC's RX_COUNT.
    Poll = 2,
}

pub const MODES: [Mode; 3] = [Mode::TaskIntc, Mode::Plic, Mode::Poll];

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::TaskIntc => "taskintc",
            Mode::Plic => "plic",
            Mode::Poll => "poll",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum IpcKind {
    /// Round trip between two controller contexts through the IPC mailbox (driver calls).
    IpcTaskIntc = 0,
    /// The same steps in software on a shared-memory mailbox and software ready queues, without
    /// isolation (both sides write the shared memory directly).
    IpcSoftware = 1,
    /// Asynchronous system call through the kernel context (executor + taskintc-starry).
    SyscallTaskIntc = 2,
    /// The same system call through `ecall` into an M-mode trap handler.
    SyscallEcall = 3,
    /// Round trip between two contexts with the executor's `call` and `serve`.
    IpcTaskIntcExecutor = 4,
    /// The system call through the kernel context with driver calls (no executor): `ipc_syscall`,
    /// the kernel dequeues its handler, receives, dispatches with starry's `SyscallTable`, replies;
    /// the caller is dequeued and pops the reply.
    SyscallTaskIntcDriver = 5,
    /// The IPC round trip mediated by an M-mode kernel in software (the isolation TaskIntc's
    /// grants give): send, receive, reply and reply-pop are `ecall`s; the kernel checks the grant,
    /// copies the message and the result, and wakes the receiver and the caller through the
    /// software ready queues.
    IpcSoftwareKernel = 6,
    /// The executor's part of a wake: from the dequeue returning a woken task's word to the
    /// task's first instruction after its `wait_source` returned (`soc/runtime.rs`).
    WakePollOverhead = 7,
    /// The dequeue access of that wake (mcycle before and after it).
    WakePollDequeue = 8,
    /// `Executor::spawn` into a finished task's reused heap block (a checked enqueue included).
    Spawn = 9,
    /// `Executor::spawn_in` a `TaskStorage` static.
    SpawnStatic = 10,
}

pub const IPC_KINDS: [IpcKind; 11] = [
    IpcKind::IpcTaskIntc,
    IpcKind::IpcSoftware,
    IpcKind::SyscallTaskIntc,
    IpcKind::SyscallEcall,
    IpcKind::IpcTaskIntcExecutor,
    IpcKind::SyscallTaskIntcDriver,
    IpcKind::IpcSoftwareKernel,
    IpcKind::WakePollOverhead,
    IpcKind::WakePollDequeue,
    IpcKind::Spawn,
    IpcKind::SpawnStatic,
];

impl IpcKind {
    pub fn name(self) -> &'static str {
        match self {
            IpcKind::IpcTaskIntc => "ipc_taskintc",
            IpcKind::IpcSoftware => "ipc_software",
            IpcKind::SyscallTaskIntc => "syscall_taskintc",
            IpcKind::SyscallEcall => "syscall_ecall",
            IpcKind::IpcTaskIntcExecutor => "ipc_taskintc_executor",
            IpcKind::SyscallTaskIntcDriver => "syscall_taskintc_driver",
            IpcKind::IpcSoftwareKernel => "ipc_software_kernel",
            IpcKind::WakePollOverhead => "wake_poll_overhead",
            IpcKind::WakePollDequeue => "wake_poll_dequeue",
            IpcKind::Spawn => "spawn",
            IpcKind::SpawnStatic => "spawn_static",
        }
    }
}

/// Single accesses timed with two mcycle reads, to read the other numbers by: what one device
/// access costs on this SoC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum AccessKind {
    /// Two back-to-back mcycle reads (the timing's own overhead).
    Mcycle = 0,
    /// A load from cached RAM.
    RamRead = 1,
    /// A TaskIntc register read (a context's `count`).
    TaskIntcRead = 2,
    /// A TaskIntc register write on the control region (a grant revoked that was never given).
    TaskIntcWrite = 3,
    /// A NIC register read (RX_COUNT of an idle queue).
    NicRead = 4,
    /// A NIC register write (IRQ_ENABLE = 0 of an idle queue).
    NicWrite = 5,
    /// A PLIC register read (a source's priority).
    PlicRead = 6,
    /// A TaskIntc write on a context region (word 0 of context 7's IPC staging area).
    TaskIntcContextWrite = 7,
}

pub const ACCESS_KINDS: [AccessKind; 8] = [
    AccessKind::Mcycle,
    AccessKind::RamRead,
    AccessKind::TaskIntcRead,
    AccessKind::TaskIntcWrite,
    AccessKind::NicRead,
    AccessKind::NicWrite,
    AccessKind::PlicRead,
    AccessKind::TaskIntcContextWrite,
];

impl AccessKind {
    pub fn name(self) -> &'static str {
        match self {
            AccessKind::Mcycle => "mcycle_pair",
            AccessKind::RamRead => "ram_read",
            AccessKind::TaskIntcRead => "taskintc_read",
            AccessKind::TaskIntcWrite => "taskintc_write",
            AccessKind::NicRead => "nic_read",
            AccessKind::NicWrite => "nic_write",
            AccessKind::PlicRead => "plic_read",
            AccessKind::TaskIntcContextWrite => "taskintc_context_write",
        }
    }
}

pub const fn header(tag: u64, payload_words: usize) -> u64 {
    tag << 56 | payload_words as u64
}

/// Encodes a packet sample; `None` when the latency does not fit in 40 bits, the queue in 8, or
/// the dispatch part exceeds the latency. The dispatch part saturates at [`DISPATCH_MAX`].
pub const fn sample(latency: u64, queue: usize, first_after_idle: bool, dispatch: u64) -> Option<u64> {
    if latency >> LATENCY_BITS != 0 || queue > 0xFF || dispatch > latency {
        return None;
    }
    let dispatch = if dispatch > DISPATCH_MAX { DISPATCH_MAX } else { dispatch };
    Some(latency | (queue as u64) << QUEUE_SHIFT | (first_after_idle as u64) << FIRST_SHIFT | dispatch << DISPATCH_SHIFT)
}

pub const fn sample_dispatch(s: u64) -> u64 {
    s >> DISPATCH_SHIFT
}

pub const fn sample_latency(s: u64) -> u64 {
    s & ((1 << LATENCY_BITS) - 1)
}

pub const fn sample_queue(s: u64) -> usize {
    ((s >> QUEUE_SHIFT) & 0xFF) as usize
}

pub const fn sample_first_after_idle(s: u64) -> bool {
    (s >> FIRST_SHIFT) & 1 == 1
}

/// The fixed fields of a RUN block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RunHeader {
    pub mode: Mode,
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
    pub idle: u64,
}

impl RunHeader {
    pub fn words(&self) -> [u64; RUN_FIXED] {
        [
            self.mode as u64,
            self.interval,
            self.size,
            self.gen_mode,
            self.queues,
            self.generated,
            self.echoed,
            self.dropped,
            self.tx_ok,
            self.tx_bad,
            self.elapsed,
            self.idle,
        ]
    }
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

    pub fn begin(&mut self, set: u64, queues: u64, packets_per_queue: u64, runs: u64, ipc_iterations: u64) {
        self.word(header(TAG_BEGIN, 7));
        for w in [MAGIC, VERSION, set, queues, packets_per_queue, runs, ipc_iterations] {
            self.word(w);
        }
    }

    pub fn run(&mut self, run: &RunHeader, samples: &[u64]) {
        self.word(header(TAG_RUN, RUN_FIXED + samples.len()));
        for w in run.words() {
            self.word(w);
        }
        for &s in samples {
            self.word(s);
        }
    }

    pub fn ipc(&mut self, kind: IpcKind, cycles: &[u64]) {
        self.word(header(TAG_IPC, 1 + cycles.len()));
        self.word(kind as u64);
        for &c in cycles {
            self.word(c);
        }
    }

    pub fn access(&mut self, kind: AccessKind, cycles: &[u64]) {
        self.word(header(TAG_ACCESS, 1 + cycles.len()));
        self.word(kind as u64);
        for &c in cycles {
            self.word(c);
        }
    }

    pub fn end(&mut self) {
        let before = self.words;
        self.word(header(TAG_END, 1));
        self.word(before);
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
    fn blocks_have_the_documented_layout() {
        let mut out = Vec::new();
        let mut w = Writer::new(|v| out.push(v));
        w.begin(0, 2, 50, 3, 50);
        let run = RunHeader { mode: Mode::Plic, interval: 2000, size: 64, gen_mode: 1, queues: 2, generated: 100, echoed: 99, dropped: 1, tx_ok: 99, tx_bad: 0, elapsed: 1_000_000, idle: 400_000 };
        w.run(&run, &[sample(100, 0, true, 0).unwrap(), sample(250, 1, false, 3).unwrap()]);
        w.ipc(IpcKind::SyscallEcall, &[300, 310, 305]);
        w.access(AccessKind::NicRead, &[40]);
        w.end();
        drop(w);
        assert_eq!(out[0], 1 << 56 | 7);
        assert_eq!(&out[1..8], &[MAGIC, VERSION, 0, 2, 50, 3, 50]);
        assert_eq!(out[8], 2 << 56 | 14);
        assert_eq!(&out[9..21], &[1, 2000, 64, 1, 2, 100, 99, 1, 99, 0, 1_000_000, 400_000]);
        assert_eq!(out[21], 100 | 1 << 48);
        assert_eq!(out[22], 250 | 1 << 40 | 3 << 49);
        assert_eq!(out[23], 3 << 56 | 4);
        assert_eq!(&out[24..28], &[3, 300, 310, 305]);
        assert_eq!(&out[28..31], &[5 << 56 | 2, 4, 40]);
        assert_eq!(out[31], 4 << 56 | 1);
        assert_eq!(out[32], 31);
        assert_eq!(out.len(), 33);
    }
}
