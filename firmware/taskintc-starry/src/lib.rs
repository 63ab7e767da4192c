//! Asynchronous system calls for Starry (ArceOS's Linux-compatible kernel) over the TaskIntc
//! IPC system-call path.
//!
//! * **User side** ([`Syscalls`]): `syscalls.call(nr, &args).await` stages the call (word 0 the
//!   process-info pointer, word 1 the calling task's word, word 2 the number, then the
//!   arguments) and writes `ipc_syscall`: one message to the kernel context, no grant needed. The
//!   calling coroutine is parked in the controller; the process's other coroutines keep running
//!   on its hart, and the hardware makes the caller ready when the kernel replies. Result word 0
//!   is the return value (negative: `-errno`, Linux convention).
//! * **Kernel side** ([`SyscallTable`], [`install`]): a service on the kernel context's
//!   system-call channel K. For each call the controller makes the service's doorbell ready in
//!   the kernel context (preempting the kernel's hart when installed with `preempt`); the service
//!   looks the number up, runs the (async) handler with the caller's context and arguments, and
//!   replies. A handler may await (an interrupt, another call) before it returns; the kernel
//!   context answers one call at a time (the controller's current message), others wait in its
//!   inbox.
#![cfg_attr(not(test), no_std)]

extern crate alloc;

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::sync::Arc;
use alloc::vec;
use core::future::Future;
use core::pin::Pin;

use taskintc_driver::{ControlOwner, IpcError, Mmio, TaskWord};
use taskintc_executor::{CallError, Controller, Executor, ServeError, Spawner};

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
pub struct Syscalls<M: Controller> {
    spawner: Spawner<M>,
    info: u64,
}

impl<M: Controller> Clone for Syscalls<M> {
    fn clone(&self) -> Self {
        Syscalls { spawner: self.spawner.clone(), info: self.info }
    }
}

impl<M: Controller> Syscalls<M> {
    /// `spawner`: the process's executor (it owns the process's mailbox); `info`: the
    /// process-info pointer the kernel receives with every call (word 0).
    pub fn new(spawner: Spawner<M>, info: u64) -> Self {
        Syscalls { spawner, info }
    }

    /// System call `nr` with up to [`ARGS`] arguments; the kernel's return value. While the
    /// kernel's inbox is full the call yields and is sent again.
    pub async fn call(&self, nr: u64, args: &[u64]) -> Result<i64, CallError> {
        if args.len() > ARGS {
            return Err(CallError::Argument(taskintc_driver::ArgumentError { what: "system-call arguments", value: args.len() as u64, limit: ARGS as u64 + 1 }));
        }
        let result = self.spawner.syscall(self.info, nr, args).retry_when_full().await?;
        Ok(result[0] as i64)
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

/// A handler's future: the return value.
pub type SyscallFuture = Pin<Box<dyn Future<Output = i64> + Send + 'static>>;

type Handler = Arc<dyn Fn(Caller, [u64; ARGS]) -> SyscallFuture + Send + Sync>;

/// The kernel's system-call handlers by number.
#[derive(Clone, Default)]
pub struct SyscallTable {
    handlers: BTreeMap<u64, Handler>,
}

impl SyscallTable {
    pub fn new() -> Self {
        SyscallTable::default()
    }

    /// Registers an async handler for `nr`.
    pub fn register<F, Fut>(&mut self, nr: u64, handler: F) -> &mut Self
    where
        F: Fn(Caller, [u64; ARGS]) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = i64> + Send + 'static,
    {
        self.handlers.insert(nr, Arc::new(move |caller, args| Box::pin(handler(caller, args)) as SyscallFuture));
        self
    }

    /// Runs the handler of `nr`; `-ENOSYS` without one.
    pub fn dispatch(&self, nr: u64, caller: Caller, args: [u64; ARGS]) -> SyscallFuture {
        match self.handlers.get(&nr) {
            Some(handler) => handler(caller, args),
            None => Box::pin(async { -ENOSYS }),
        }
    }
}

/// Makes `kernel_context` the receiver of every context's system calls (privileged).
pub fn set_kernel_context<M: Mmio + Clone>(control: &mut ControlOwner<M>, kernel_context: usize) -> Result<(), IpcError> {
    control.set_syscall_context(kernel_context)
}

/// Installs the dispatcher on the kernel context's executor (which must have its mailbox
/// attached): a service on the system-call channel K at `priority`; with `preempt`, a call
/// interrupts the kernel's hart like an interrupt wakeup. Returns the service's task word.
pub fn install<M: Controller>(kernel: &mut Executor<M>, syscall_channel: usize, priority: u8, preempt: bool, table: SyscallTable) -> Result<TaskWord, ServeError> {
    let table = Arc::new(table);
    kernel.serve(syscall_channel, priority, preempt, move |request| {
        let table = table.clone();
        // Read the call out of the controller before the handler runs (it may await).
        let caller = Caller { context: request.sender(), info: request.info().unwrap_or(0) };
        let nr = request.kind().unwrap_or(u64::MAX);
        let mut args = [0u64; ARGS];
        for (i, a) in args.iter_mut().enumerate() {
            *a = request.arg(i).unwrap_or(0);
        }
        async move { vec![table.dispatch(nr, caller, args).await as u64] }
    })
}
