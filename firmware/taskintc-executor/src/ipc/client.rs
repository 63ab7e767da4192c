//! IPC calls: [`Spawner::call`] and [`Spawner::syscall`].
//!
//! The message's reply task is a wait slot word of the calling task, so the controller makes the
//! caller ready when the reply arrives; meanwhile the task is free to run on other wakes. The
//! arguments are borrowed and the result comes back as an array by value: a call allocates
//! nothing.
use core::future::Future;
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::pin::Pin;
use core::ptr;
use core::task::{Context, Poll};

use taskintc_driver::{IpcError, IpcErrorBits, Message};

use crate::error::CallError;
use crate::executor::{Shared, Spawner};
use crate::probes;
use crate::task::{
    WaitSlot, MAX_RESULT_WORDS, S_ABANDONED_REPLY, S_ABANDONED_REPLY_POPPED, S_FREE, S_REPLY, S_REPLY_CURRENT, S_REPLY_POPPED, S_REPLY_READY,
};
use crate::Controller;

/// Argument words of the largest message (128 bytes).
const MAX_ARG_WORDS: usize = 16;

#[derive(Clone, Copy)]
enum Target {
    Send { receiver: usize, channel: usize },
    Syscall,
}

impl<M: Controller> Spawner<M> {
    /// A future that sends `kind` and `args` (and the process-info word `info`) to `receiver`'s
    /// `channel` with a slot word of the calling task as the reply task, and completes with the
    /// reply's result words when the controller makes the task ready with it: an array of
    /// [`MAX_RESULT_WORDS`] (the controller's result words, then zeros; the protocol carries no
    /// length, services pad with zeros), or of `N` with [`IpcCall::reply`], which reads only those.
    pub fn call<'a>(&self, receiver: usize, channel: usize, info: u64, kind: u64, args: &'a [u64]) -> IpcCall<'a, M> {
        self.ipc_call(Target::Send { receiver, channel }, info, kind, args)
    }

    /// As [`Spawner::call`], to the kernel context's system-call channel (no grant needed).
    pub fn syscall<'a>(&self, info: u64, kind: u64, args: &'a [u64]) -> IpcCall<'a, M> {
        self.ipc_call(Target::Syscall, info, kind, args)
    }

    fn ipc_call<'a>(&self, target: Target, info: u64, kind: u64, args: &'a [u64]) -> IpcCall<'a, M> {
        IpcCall { shared: self.shared, target, info, kind, args, retry: false, slot: ptr::null(), _local: PhantomData }
    }
}

/// Future of [`Spawner::call`] and [`Spawner::syscall`].
///
/// Dropped while the call is out (a `select` or timeout around it), the call is abandoned: the
/// server still answers it, and the executor discards the reply when it arrives.
pub struct IpcCall<'a, M: Controller, const N: usize = MAX_RESULT_WORDS> {
    shared: &'static Shared<M>,
    target: Target,
    info: u64,
    kind: u64,
    args: &'a [u64],
    retry: bool,
    /// The slot whose word went out as the reply task (null until sent, and after completion).
    slot: *const WaitSlot,
    _local: PhantomData<*const ()>,
}

impl<'a, M: Controller, const N: usize> IpcCall<'a, M, N> {
    /// On a transient refusal send again instead of failing: after MAILBOX_FULL once the executor
    /// receives a reply (an answered message frees a slot of its receiver's inbox) or finds nothing
    /// ready, the task waiting meanwhile; after BUSY at the task's next turn.
    pub fn retry_when_full(mut self) -> Self {
        self.retry = true;
        self
    }

    /// Completes with the first `K` result words (each is a bus read; words beyond the
    /// controller's result size are 0): `let [sum] = call.reply::<1>().await?`.
    pub fn reply<const K: usize>(self) -> IpcCall<'a, M, K> {
        let this = core::mem::ManuallyDrop::new(self);
        IpcCall {
            shared: this.shared,
            target: this.target,
            info: this.info,
            kind: this.kind,
            args: this.args,
            retry: this.retry,
            slot: this.slot,
            _local: PhantomData,
        }
    }

    fn finish(&mut self, slot: &WaitSlot) -> Poll<Result<[u64; N], CallError>> {
        probes::mark(probes::CALL_FINISH);
        let ipc = unsafe { self.shared.ipc() }.expect("a call was sent, so a mailbox is attached");
        let len = N.min(ipc.result_words);
        let mut words = [0u64; N];
        match slot.state.get() {
            S_REPLY_CURRENT => {
                ipc.mailbox.read_reply(&mut words[..len]).expect("len <= result_words");
                ipc.unread_reply = ptr::null();
            }
            S_REPLY_READY => {
                for (w, cell) in words[..len].iter_mut().zip(slot.reply.iter()) {
                    // Safety: S_REPLY_READY follows `copy_current_reply`, which wrote every word.
                    *w = unsafe { cell.get().assume_init() };
                }
            }
            _ => return Poll::Pending, // polled for another reason; the reply has not come
        }
        slot.state.set(S_FREE);
        self.slot = ptr::null();
        probes::mark(probes::CALL_DONE);
        Poll::Ready(Ok(words))
    }
}

impl<'a, M: Controller, const N: usize> Future for IpcCall<'a, M, N> {
    type Output = Result<[u64; N], CallError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if !self.slot.is_null() {
            // Safety: the slot stays claimed by this call until `finish` frees it.
            let slot = unsafe { &*self.slot };
            return self.finish(slot);
        }
        probes::mark(probes::CALL_POLL);
        let shared = self.shared;
        let task = shared.current_task(cx);
        // Safety: the borrow ends before this poll returns; the run loop is not running.
        let ipc = match unsafe { shared.ipc() } {
            Some(ipc) => ipc,
            None => return Poll::Ready(Err(CallError::NoMailbox)),
        };
        let slot = match task.free_slot() {
            Some(slot) => slot,
            None => return Poll::Ready(Err(CallError::TooManyWaits)),
        };
        // Pad a shorter message with zeros over what the staging area held before.
        let mut padded = [MaybeUninit::<u64>::uninit(); MAX_ARG_WORDS];
        let args = if self.args.len() >= ipc.args_dirty { self.args } else { pad(&mut padded, self.args, ipc.args_dirty) };
        let message = Message { info: self.info, reply_task: Some(slot.word()), kind: self.kind, args };
        probes::mark(probes::CALL_SEND);
        let sent = match self.target {
            Target::Send { receiver, channel } => ipc.mailbox.send(receiver, channel, &message),
            Target::Syscall => ipc.mailbox.syscall(&message),
        };
        probes::mark(probes::CALL_SENT);
        if !matches!(sent, Err(IpcError::Argument(_))) {
            ipc.args_dirty = self.args.len(); // staged: the words beyond are zeros now
        }
        match sent {
            Ok(()) => {
                slot.state.set(S_REPLY);
                self.slot = slot;
                Poll::Pending
            }
            Err(IpcError::Refused(bits)) if self.retry && bits.is_transient() => {
                // A full inbox has room once its receiver answers: wait for that (a reply to this
                // context, or a turn of the run loop with nothing ready) rather than try at once.
                if bits.0 & IpcErrorBits::MAILBOX_FULL.0 == 0 || !ipc.park_sender(task) {
                    cx.waker().wake_by_ref();
                }
                Poll::Pending
            }
            Err(e) => Poll::Ready(Err(e.into())),
        }
    }
}

impl<'a, M: Controller, const N: usize> Drop for IpcCall<'a, M, N> {
    fn drop(&mut self) {
        if self.slot.is_null() {
            return;
        }
        let slot = unsafe { &*self.slot };
        match slot.state.get() {
            S_REPLY => slot.state.set(S_ABANDONED_REPLY),
            S_REPLY_POPPED => slot.state.set(S_ABANDONED_REPLY_POPPED),
            S_REPLY_CURRENT => {
                if let Some(ipc) = unsafe { self.shared.ipc() } {
                    ipc.unread_reply = ptr::null();
                }
                slot.state.set(S_FREE);
            }
            S_REPLY_READY => slot.state.set(S_FREE),
            _ => {}
        }
    }
}

/// `words` followed by zeros up to `len` words, in `buffer` (only the words used are written).
pub(crate) fn pad<'b>(buffer: &'b mut [MaybeUninit<u64>], words: &[u64], len: usize) -> &'b [u64] {
    for (i, slot) in buffer[..len].iter_mut().enumerate() {
        *slot = MaybeUninit::new(words.get(i).copied().unwrap_or(0));
    }
    // Safety: the first `len` words were just written.
    unsafe { core::slice::from_raw_parts(buffer.as_ptr() as *const u64, len) }
}
