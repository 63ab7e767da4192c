//! IPC calls: [`Spawner::call`] and [`Spawner::syscall`].
//!
//! The message's reply task is a wait slot word of the calling task, so the controller makes the
//! caller ready when the reply arrives; meanwhile the task is free to run on other wakes. The
//! arguments are borrowed and the result comes back in a [`Reply`] by value: a call allocates
//! nothing.
use core::fmt;
use core::future::Future;
use core::marker::PhantomData;
use core::ops::Deref;
use core::pin::Pin;
use core::ptr;
use core::task::{Context, Poll};

use taskintc_driver::{IpcError, Message};

use crate::error::CallError;
use crate::executor::{Shared, Spawner};
use crate::task::{
    WaitSlot, MAX_RESULT_WORDS, S_ABANDONED_REPLY, S_ABANDONED_REPLY_POPPED, S_FREE, S_REPLY, S_REPLY_CURRENT, S_REPLY_POPPED,
    S_REPLY_READY,
};
use crate::Controller;

/// Argument words of the largest message (128 bytes).
const MAX_ARG_WORDS: usize = 16;

/// The result words of a reply (up to [`MAX_RESULT_WORDS`]), by value.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Reply {
    words: [u64; MAX_RESULT_WORDS],
    len: usize,
}

impl Reply {
    pub fn as_slice(&self) -> &[u64] {
        &self.words[..self.len]
    }
}

impl Deref for Reply {
    type Target = [u64];
    fn deref(&self) -> &[u64] {
        self.as_slice()
    }
}

impl fmt::Debug for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_slice().fmt(f)
    }
}

#[derive(Clone, Copy)]
enum Target {
    Send { receiver: usize, channel: usize },
    Syscall,
}

impl<M: Controller> Spawner<M> {
    /// A future that sends `kind` and `args` (and the process-info word `info`) to `receiver`'s
    /// `channel` with a slot word of the calling task as the reply task, and completes with the
    /// reply's result words when the controller makes the task ready with it: all of them (the
    /// protocol carries no length; services pad with zeros), or the first `n` with
    /// [`IpcCall::result_words`].
    pub fn call<'a>(&self, receiver: usize, channel: usize, info: u64, kind: u64, args: &'a [u64]) -> IpcCall<'a, M> {
        self.ipc_call(Target::Send { receiver, channel }, info, kind, args)
    }

    /// As [`Spawner::call`], to the kernel context's system-call channel (no grant needed).
    pub fn syscall<'a>(&self, info: u64, kind: u64, args: &'a [u64]) -> IpcCall<'a, M> {
        self.ipc_call(Target::Syscall, info, kind, args)
    }

    fn ipc_call<'a>(&self, target: Target, info: u64, kind: u64, args: &'a [u64]) -> IpcCall<'a, M> {
        IpcCall { shared: self.shared, target, info, kind, args, want: usize::MAX, retry: false, slot: ptr::null(), _local: PhantomData }
    }
}

/// Future of [`Spawner::call`] and [`Spawner::syscall`].
///
/// Dropped while the call is out (a `select` or timeout around it), the call is abandoned: the
/// server still answers it, and the executor discards the reply when it arrives.
pub struct IpcCall<'a, M: Controller> {
    shared: &'static Shared<M>,
    target: Target,
    info: u64,
    kind: u64,
    args: &'a [u64],
    want: usize,
    retry: bool,
    /// The slot whose word went out as the reply task (null until sent, and after completion).
    slot: *const WaitSlot,
    _local: PhantomData<*const ()>,
}

impl<'a, M: Controller> IpcCall<'a, M> {
    /// On a transient refusal (MAILBOX_FULL, BUSY) yield and send again instead of failing.
    pub fn retry_when_full(mut self) -> Self {
        self.retry = true;
        self
    }

    /// Read only the first `n` result words (each is a bus read): the rest of the [`Reply`] is 0.
    pub fn result_words(mut self, n: usize) -> Self {
        self.want = n;
        self
    }

    fn finish(&mut self, slot: &WaitSlot) -> Poll<Result<Reply, CallError>> {
        let ipc = unsafe { self.shared.ipc() }.expect("a call was sent, so a mailbox is attached");
        let len = self.want.min(ipc.result_words);
        let mut reply = Reply { words: [0; MAX_RESULT_WORDS], len: ipc.result_words };
        match slot.state.get() {
            S_REPLY_CURRENT => {
                ipc.mailbox.read_reply(&mut reply.words[..len]).expect("len <= result_words");
                ipc.unread_reply = ptr::null();
            }
            S_REPLY_READY => {
                for (w, cell) in reply.words[..len].iter_mut().zip(slot.reply.iter()) {
                    *w = cell.get();
                }
            }
            _ => return Poll::Pending, // polled for another reason; the reply has not come
        }
        slot.state.set(S_FREE);
        self.slot = ptr::null();
        Poll::Ready(Ok(reply))
    }
}

impl<'a, M: Controller> Future for IpcCall<'a, M> {
    type Output = Result<Reply, CallError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if !self.slot.is_null() {
            // Safety: the slot stays claimed by this call until `finish` frees it.
            let slot = unsafe { &*self.slot };
            return self.finish(slot);
        }
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
        let mut padded = [0u64; MAX_ARG_WORDS];
        let args = if self.args.len() >= ipc.args_dirty {
            self.args
        } else {
            padded[..self.args.len()].copy_from_slice(self.args);
            &padded[..ipc.args_dirty]
        };
        let message = Message { info: self.info, reply_task: Some(slot.word()), kind: self.kind, args };
        let sent = match self.target {
            Target::Send { receiver, channel } => ipc.mailbox.send(receiver, channel, &message),
            Target::Syscall => ipc.mailbox.syscall(&message),
        };
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
                cx.waker().wake_by_ref();
                Poll::Pending
            }
            Err(e) => Poll::Ready(Err(e.into())),
        }
    }
}

impl<'a, M: Controller> Drop for IpcCall<'a, M> {
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
