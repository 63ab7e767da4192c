//! Timestamps at fixed points of the executor's hot paths, for cycle breakdowns on hardware.
//!
//! With the `probes` feature on a RISC-V target, [`mark`] records `mcycle` and `minstret` (cycles
//! and instructions retired) at the point; [`snapshot`] copies the last mark of every point. Each
//! mark costs a few instructions of its own. Without the feature (the default, and the measured
//! builds) `mark` is empty and compiles to nothing. A point records its last pass only: a
//! timeline of one operation is the points between two of the caller's own marks
//! ([`USER`]..), sorted by time.

/// `Executor::run_dequeued` entered (the dequeue returned a word).
pub const RUN_DEQUEUED: usize = 0;
/// The kind byte of the word's block was read.
pub const KIND_READ: usize = 1;
/// A wait slot's word came back.
pub const SLOT_RETURNED: usize = 2;
/// Just before the task's future is polled.
pub const POLL: usize = 3;
/// `Executor::run_dequeued` about to return.
pub const RUN_DEQUEUED_END: usize = 5;
/// A reply slot's word came back: popping the reply box starts.
pub const REPLY_ARRIVED: usize = 6;
/// A reply was popped.
pub const REPLY_POPPED: usize = 7;
/// A doorbell word came back (a message for a service).
pub const RING: usize = 8;
/// The message was received (`ipc_receive` returned).
pub const RECEIVED: usize = 9;
/// An `IpcCall` is polled to send.
pub const CALL_POLL: usize = 10;
/// The call's message is staged and sent (the driver's `send` starts).
pub const CALL_SEND: usize = 11;
/// The driver's `send` returned.
pub const CALL_SENT: usize = 12;
/// An `IpcCall` is polled with its reply in.
pub const CALL_FINISH: usize = 13;
/// The call has its result words.
pub const CALL_DONE: usize = 14;
/// A service looks for its next request.
pub const NEXT_REQUEST: usize = 15;
/// A service's reply is polled.
pub const SEND_REPLY: usize = 16;
/// The driver's `reply` starts.
pub const REPLY_STAGE: usize = 17;
/// The driver's `reply` returned.
pub const REPLIED: usize = 18;
/// A `WaitSource` is polled.
pub const WAIT_POLL: usize = 19;
/// A concurrent service claimed a request (its handler starts).
pub const SERVICE_CLAIMED: usize = 20;
/// A concurrent service's handler future was created (placed in its slot).
pub const HANDLER_STARTED: usize = 21;
/// A concurrent service's handler completed.
pub const HANDLER_READY: usize = 22;
/// A handler's future was built by the crate above the executor (taskintc-starry's dispatcher
/// marks it).
pub const DISPATCHED: usize = 23;
/// Points 24..32 are the caller's (`mark(USER + i)`).
pub const USER: usize = 24;
pub const POINTS: usize = 32;

/// The name of point `i` (for printing a timeline).
pub fn name(i: usize) -> &'static str {
    match i {
        RUN_DEQUEUED => "run_dequeued",
        KIND_READ => "kind_read",
        SLOT_RETURNED => "slot_returned",
        POLL => "poll",
        RUN_DEQUEUED_END => "run_dequeued_end",
        REPLY_ARRIVED => "reply_arrived",
        REPLY_POPPED => "reply_popped",
        RING => "ring",
        RECEIVED => "received",
        CALL_POLL => "call_poll",
        CALL_SEND => "call_send",
        CALL_SENT => "call_sent",
        CALL_FINISH => "call_finish",
        CALL_DONE => "call_done",
        NEXT_REQUEST => "next_request",
        SEND_REPLY => "send_reply",
        REPLY_STAGE => "reply_stage",
        REPLIED => "replied",
        WAIT_POLL => "wait_poll",
        SERVICE_CLAIMED => "service_claimed",
        HANDLER_STARTED => "handler_started",
        HANDLER_READY => "handler_ready",
        DISPATCHED => "dispatched",
        i if (USER..POINTS).contains(&i) => "user",
        _ => "-",
    }
}

/// The last mark of every point: (mcycle, minstret), zeros for points never marked.
pub type Marks = [(u64, u64); POINTS];

#[cfg(all(feature = "probes", target_arch = "riscv64"))]
static mut MARKS: Marks = [(0, 0); POINTS];

/// Records `mcycle` and `minstret` at `point` (nothing without the `probes` feature).
#[inline(always)]
pub fn mark(point: usize) {
    #[cfg(all(feature = "probes", target_arch = "riscv64"))]
    unsafe {
        let (cycle, instret): (u64, u64);
        core::arch::asm!("csrr {0}, mcycle", "csrr {1}, minstret", out(reg) cycle, out(reg) instret, options(nomem, nostack));
        MARKS[point % POINTS] = (cycle, instret);
    }
    let _ = point;
}

/// A copy of the marks (all zero without the `probes` feature).
pub fn snapshot() -> Marks {
    #[cfg(all(feature = "probes", target_arch = "riscv64"))]
    unsafe {
        return MARKS;
    }
    #[allow(unreachable_code)]
    [(0, 0); POINTS]
}

/// True when marks are recorded (the `probes` feature on a RISC-V target).
pub const ENABLED: bool = cfg!(all(feature = "probes", target_arch = "riscv64"));
