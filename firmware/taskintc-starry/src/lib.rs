//! Asynchronous system calls for Starry (ArceOS's Linux-compatible kernel) over the TaskIntc
//! IPC system-call path.
//!
//! * **User side** ([`Syscalls`]): `syscalls.call(nr, &args).await` stages the call (word 0 the
//!   process-info pointer, word 1 a wait-slot word of the calling task, word 2 the number, then
//!   the arguments) and writes `ipc_syscall`: one message to the kernel context, no grant needed.
//!   The calling coroutine waits in the controller; the process's other coroutines keep running
//!   on its hart, and the hardware makes the caller ready when the kernel replies. Result word 0
//!   is the return value (negative: `-errno`, Linux convention).
//! * **Kernel side** ([`SyscallTable`], [`install`]): a service on the kernel context's
//!   system-call channel K. For each call the controller makes the service's doorbell ready in
//!   the kernel context (preempting the kernel's hart when installed with `preempt`); the service
//!   looks the number up, reads the arguments its handler takes (each word is a bus read: a
//!   handler declares how many, as `SYSCALL_DEFINEn` does in Linux), runs the (async) handler
//!   with the caller's context and arguments, and replies. A handler may await (an interrupt,
//!   another call) before it returns: the kernel context serves up to [`CONCURRENT_CALLS`] calls
//!   at once (bounded by its inbox, the mailbox depth) and answers each by its token when its
//!   handler finishes, in any order, so a call that blocks in the kernel holds up no other.
//!
//! Neither side allocates per call: the user's call borrows its arguments and gets its result by
//! value, and a handler's future is held inline in a [`SyscallFuture`] when it fits
//! [`HANDLER_FUTURE_WORDS`] words (a larger one is boxed: [`SyscallTable::boxes`] tells).
#![cfg_attr(not(test), no_std)]

extern crate alloc;

use alloc::sync::Arc;
use alloc::vec::Vec;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use taskintc_driver::{ControlOwner, IpcError, Mmio, TaskWord};
use taskintc_executor::{CallError, Controller, Executor, InlineFuture, IpcCall, ServeError, Spawner};

/// Linux (riscv64) system-call numbers used by the examples and tests.
pub mod nr {
    pub const WRITE: u64 = 64;
    pub const SCHED_YIELD: u64 = 124;
    pub const GETPID: u64 = 172;
}

/// `-ENOSYS`: no handler for the number.
pub const ENOSYS: i64 = 38;

/// Arguments of a system call (a0..a5).
pub const ARGS: usize = 6;

/// The user side of one process: its executor's spawner and its process-info pointer.
#[derive(Clone, Copy)]
pub struct Syscalls<M: Controller> {
    spawner: Spawner<M>,
    info: u64,
}

impl<M: Controller> Syscalls<M> {
    /// `spawner`: the process's executor (it owns the process's mailbox); `info`: the
    /// process-info pointer the kernel receives with every call (word 0).
    pub fn new(spawner: Spawner<M>, info: u64) -> Self {
        Syscalls { spawner, info }
    }

    /// System call `nr` with up to [`ARGS`] arguments; the kernel's return value. While the
    /// kernel's inbox is full the call yields and is sent again.
    pub fn call<'a>(&self, nr: u64, args: &'a [u64]) -> SyscallCall<'a, M> {
        if args.len() > ARGS {
            let e = taskintc_driver::ArgumentError { what: "system-call arguments", value: args.len() as u64, limit: ARGS as u64 + 1 };
            return SyscallCall::Refused(Some(CallError::Argument(e)));
        }
        SyscallCall::Sent(self.spawner.syscall(self.info, nr, args).retry_when_full().reply::<1>())
    }
}

/// Future of [`Syscalls::call`]: the return value.
pub enum SyscallCall<'a, M: Controller> {
    Sent(IpcCall<'a, M, 1>),
    Refused(Option<CallError>),
}

impl<'a, M: Controller> Future for SyscallCall<'a, M> {
    type Output = Result<i64, CallError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Safety: structural pinning; the call is never moved out.
        match unsafe { self.get_unchecked_mut() } {
            SyscallCall::Sent(call) => unsafe { Pin::new_unchecked(call) }.poll(cx).map(|r| r.map(|[value]| value as i64)),
            SyscallCall::Refused(e) => Poll::Ready(Err(e.take().expect("polled after completion"))),
        }
    }
}

/// Who made a system call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caller {
    /// The caller's context (its region is its identity: the controller fills it in).
    pub context: usize,
    /// The process-info pointer the caller staged (word 0).
    pub info: u64,
}

/// System calls the kernel context serves at once ([`install`]); the controller's mailbox depth
/// bounds them too (calls beyond wait in the kernel's inbox, or their callers retry).
pub const CONCURRENT_CALLS: usize = 8;

/// Words of a handler's future held inline by a [`SyscallFuture`].
pub const HANDLER_FUTURE_WORDS: usize = 8;

/// A handler's future (the return value), inline when it fits [`HANDLER_FUTURE_WORDS`] words.
pub type SyscallFuture = InlineFuture<i64, HANDLER_FUTURE_WORDS>;

/// A registered handler, called with exactly its arguments.
type Handler = Arc<dyn Fn(Caller, &[u64]) -> SyscallFuture>;

#[derive(Clone)]
struct Entry {
    /// The arguments the handler takes (a0..a{args-1}); the dispatcher reads no others.
    args: usize,
    handler: Handler,
}

/// System-call numbers a [`SyscallTable`] holds: `0..MAX_NR` (Linux's riscv64 numbers are below
/// 500).
pub const MAX_NR: u64 = 1024;

/// The kernel's system-call handlers by number.
#[derive(Clone, Default)]
pub struct SyscallTable {
    /// Indexed by number, as Linux's `sys_call_table`: a look-up is a bounds check and a load,
    /// whatever the number of handlers (a search tree took a few tens of instructions per call
    /// with two). Grows to the highest number registered.
    handlers: Vec<Option<Entry>>,
}

impl SyscallTable {
    pub fn new() -> Self {
        SyscallTable::default()
    }

    /// Registers an async handler for `nr` that takes `N` arguments (its array's length: `|caller,
    /// [fd, buf, len]: [u64; 3]| ...`, `_: [u64; 0]` for none): the dispatcher reads only those
    /// from the message, each a bus read. Panics when `N` is over [`ARGS`] or `nr` is not below
    /// [`MAX_NR`].
    pub fn register<F, Fut, const N: usize>(&mut self, nr: u64, handler: F) -> &mut Self
    where
        F: Fn(Caller, [u64; N]) -> Fut + 'static,
        Fut: Future<Output = i64> + 'static,
    {
        assert!(N <= ARGS, "system call {}: a handler takes at most {} arguments, not {}", nr, ARGS, N);
        assert!(nr < MAX_NR, "system call {}: the numbers are 0..{}", nr, MAX_NR);
        let handler: Handler = Arc::new(move |caller, args: &[u64]| {
            let mut taken = [0u64; N];
            taken.copy_from_slice(args);
            SyscallFuture::new(handler(caller, taken))
        });
        let index = nr as usize;
        if self.handlers.len() <= index {
            self.handlers.resize(index + 1, None);
        }
        self.handlers[index] = Some(Entry { args: N, handler });
        self
    }

    fn entry(&self, nr: u64) -> Option<&Entry> {
        // A number beyond the table (any u64 a caller sends) finds no handler.
        usize::try_from(nr).ok().and_then(|i| self.handlers.get(i)).and_then(Option::as_ref)
    }

    /// The arguments the handler of `nr` takes (0 without one: the call fails with `-ENOSYS`).
    pub fn arguments(&self, nr: u64) -> usize {
        self.entry(nr).map_or(0, |e| e.args)
    }

    /// Runs the handler of `nr` (`-ENOSYS` without one) with the arguments `read` fills in: it
    /// gets a slice as long as the handler's arguments ([`SyscallTable::arguments`]), so that a
    /// dispatcher reads no others, with one look-up of `nr` in all. [`from`] reads them from an
    /// array (a trap frame's registers).
    pub fn dispatch(&self, nr: u64, caller: Caller, read: impl FnOnce(&mut [u64])) -> SyscallFuture {
        match self.entry(nr) {
            Some(entry) => {
                let mut args = [0u64; ARGS];
                let args = &mut args[..entry.args];
                read(args);
                (entry.handler)(caller, args)
            }
            None => SyscallFuture::new(core::future::ready(-ENOSYS)),
        }
    }

    /// Runs the handler of `nr` once, for paths that cannot wait (a trap handler): its return
    /// value, or `Pending` when the handler waits (its future is dropped).
    pub fn call_now(&self, nr: u64, caller: Caller, read: impl FnOnce(&mut [u64])) -> Poll<i64> {
        let mut future = self.dispatch(nr, caller, read);
        let waker = noop_waker();
        // Safety: `future` stays on this frame and is not moved after being pinned.
        unsafe { Pin::new_unchecked(&mut future) }.poll(&mut Context::from_waker(&waker))
    }

    /// True when the handler of `nr` (with these arguments) does not fit inline: each call of it
    /// allocates its future.
    pub fn boxes(&self, nr: u64, caller: Caller, args: [u64; ARGS]) -> bool {
        self.dispatch(nr, caller, from(&args)).is_boxed()
    }
}

/// The arguments reader of [`SyscallTable::dispatch`] for arguments already in memory (an array, a
/// trap frame's registers): the first words of `args`, which must hold the handler's arguments.
pub fn from(args: &[u64]) -> impl FnOnce(&mut [u64]) + '_ {
    move |taken| taken.copy_from_slice(&args[..taken.len()])
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

/// Makes `kernel_context` the receiver of every context's system calls (privileged).
pub fn set_kernel_context<M: Mmio + Clone>(control: &mut ControlOwner<M>, kernel_context: usize) -> Result<(), IpcError> {
    control.set_syscall_context(kernel_context)
}

/// Installs the dispatcher on the kernel context's executor (which must have its mailbox
/// attached): a service on the system-call channel K at `priority`; with `preempt`, a call
/// interrupts the kernel's hart like an interrupt wakeup. Up to [`CONCURRENT_CALLS`] calls are
/// served at once and answered by token in the order their handlers finish. Returns the
/// service's task word.
pub fn install<M: Controller>(
    kernel: &mut Executor<M>,
    syscall_channel: usize,
    priority: u8,
    preempt: bool,
    table: SyscallTable,
) -> Result<TaskWord, ServeError> {
    kernel.serve_concurrent::<CONCURRENT_CALLS, _, _, _>(syscall_channel, priority, preempt, move |request| {
        // Read the call out of the controller before the handler runs (it may await, and the
        // next call becomes the current message): word 0 (info), word 2 (number) and the
        // arguments the number's handler takes, after it.
        let (mut info, mut nr) = ([0u64; 1], [0u64; 1]);
        request.read(0, &mut info);
        request.read(2, &mut nr);
        let caller = Caller { context: request.sender(), info: info[0] };
        let future = DispatchReply(table.dispatch(nr[0], caller, |args| {
            request.read(3, args);
        }));
        taskintc_executor::probes::mark(taskintc_executor::probes::DISPATCHED);
        future
    })
}

/// A handler's future, its return value as the reply's one result word.
struct DispatchReply(SyscallFuture);

impl Future for DispatchReply {
    type Output = [u64; 1];

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<[u64; 1]> {
        // Safety: structural pinning of the only field.
        unsafe { self.map_unchecked_mut(|s| &mut s.0) }.poll(cx).map(|value| [value as u64])
    }
}
