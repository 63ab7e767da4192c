//! Services: [`Executor::serve`] answers a channel's messages with an async handler.
//!
//! A service is a task (spawned once, idle until its first message) whose loop takes the next
//! request of its channel, awaits the handler, and replies. The handler's future lives inline in
//! the service task, the result comes back by value (`AsRef<[u64]>`, an array will do): serving
//! a message allocates nothing.
//!
//! The controller has one current received message per context (only it can be answered), so the
//! services of one context take turns: the run loop receives a message when none is current and
//! runs its service at once; a service passes the next message on when it replies.
use core::future::Future;
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::pin::Pin;
use core::task::{Context, Poll};

use taskintc_driver::{ArgumentError, Envelope, IpcError, Mailbox, TaskWord};

use crate::error::ServeError;
use crate::executor::{Executor, Shared};
use crate::ipc::client::pad;
use crate::ipc::IpcState;
use crate::probes;
use crate::task::MAX_RESULT_WORDS;
use crate::waker;
use crate::Controller;

/// A message a service received: its sender and channel, and its words, read from the
/// controller on demand while the service works on it (until it replies).
pub struct Request<M: Controller> {
    shared: &'static Shared<M>,
    envelope: Envelope,
    seq: u64,
    _local: PhantomData<*const ()>,
}

impl<M: Controller> Request<M> {
    pub fn sender(&self) -> usize {
        self.envelope.sender
    }

    pub fn channel(&self) -> usize {
        self.envelope.channel
    }

    /// Word `i` of the message (0 info, 1 reply task, 2 type, 3.. arguments); `None` out of
    /// range, or once the request was answered.
    pub fn word(&self, i: usize) -> Option<u64> {
        let mut w = [0];
        self.read(i, &mut w).then(|| w[0])
    }

    /// Reads `out.len()` words of the message from word `first` on (one bus read each); false
    /// (nothing read) when out of range or once the request was answered.
    pub fn read(&self, first: usize, out: &mut [u64]) -> bool {
        let ipc = match unsafe { self.shared.ipc() } {
            Some(ipc) => ipc,
            None => return false,
        };
        matches!(ipc.current, Some(c) if c.seq == self.seq) && ipc.mailbox.read_received(first, out).is_ok()
    }

    pub fn info(&self) -> Option<u64> {
        self.word(0)
    }

    /// The IPC type (the call number of a system call).
    pub fn kind(&self) -> Option<u64> {
        self.word(2)
    }

    /// Argument `i` (message word 3 + i).
    pub fn arg(&self, i: usize) -> Option<u64> {
        self.word(3 + i)
    }
}

/// Takes the current message when it is for `channel` and no service took it yet.
struct NextRequest<M: Controller> {
    shared: &'static Shared<M>,
    channel: usize,
}

impl<M: Controller> Future for NextRequest<M> {
    type Output = Request<M>;

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Request<M>> {
        // The run loop (or the service that replied last) receives messages and runs or wakes the
        // service of each: no waker needs registering here.
        probes::mark(probes::NEXT_REQUEST);
        let ipc = unsafe { self.shared.ipc() }.expect("services exist only with a mailbox");
        match ipc.current.as_mut() {
            Some(c) if !c.taken && c.envelope.channel == self.channel => {
                c.taken = true;
                Poll::Ready(Request { shared: self.shared, envelope: c.envelope, seq: c.seq, _local: PhantomData })
            }
            _ => Poll::Pending,
        }
    }
}

/// Replies to the service's request; retries (yielding) while the caller's reply box is full.
struct SendReply<'r, M: Controller> {
    shared: &'static Shared<M>,
    channel: usize,
    seq: u64,
    result: &'r [u64],
}

impl<'r, M: Controller> Future for SendReply<'r, M> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let next = {
            probes::mark(probes::SEND_REPLY);
            let ipc: &mut IpcState<M> = unsafe { self.shared.ipc() }.expect("services exist only with a mailbox");
            match ipc.current {
                Some(c) if c.seq == self.seq && c.taken => {}
                _ => panic!("a service replied to a message that is not current"),
            }
            // Words beyond the controller's result size do not fit: they are dropped rather than
            // leaving the caller without a reply.
            let fits = self.result.len().min(ipc.result_words);
            let mut padded = [MaybeUninit::<u64>::uninit(); MAX_RESULT_WORDS];
            let result = if fits >= ipc.result_dirty { &self.result[..fits] } else { pad(&mut padded, &self.result[..fits], ipc.result_dirty) };
            probes::mark(probes::REPLY_STAGE);
            let replied = ipc.mailbox.reply(result);
            probes::mark(probes::REPLIED);
            if !matches!(replied, Err(IpcError::Argument(_))) {
                ipc.result_dirty = fits; // staged: the words beyond are zeros now
            }
            match replied {
                Ok(()) => {}
                Err(IpcError::Refused(bits)) if bits.is_transient() => {
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
                // The message is current and the result fits, so nothing else can be refused.
                Err(e) => panic!("the controller refused the reply to the current message: {:?}", e),
            }
            ipc.current = None;
            // Messages whose doorbell rang while this one was current wait for us to pass them on.
            let next = if ipc.announced > 0 { ipc.receive_next() } else { None };
            let ours = matches!(ipc.current, Some(c) if c.envelope.channel == self.channel);
            if ours {
                None
            } else {
                next
            }
        };
        // The next message is another channel's: wake its service (ours takes it in this poll).
        if let Some(task) = next {
            unsafe { waker::wake_task(task) };
        }
        Poll::Ready(())
    }
}

impl<M: Controller> Executor<M> {
    /// Gives the executor its context's mailbox (the same context region as its
    /// `ContextOwner`): IPC calls and services use it, the run loop pops its replies.
    pub fn attach_mailbox(&mut self, mailbox: Mailbox<M>) {
        self.set_ipc(IpcState::new(mailbox));
    }

    /// Registers a service for `channel` (0..=K, K the system-call channel): a task at
    /// `priority` (`preempt`: its messages preempt like interrupt wakeups) that runs `handler`
    /// for each message received on the channel and replies with the result words its future
    /// returns (padded with zeros; words beyond the controller's result size are dropped).
    /// Services do not count as live tasks: `run` returns when the other tasks are done.
    ///
    /// Allocates the service task's block once; serving a message allocates nothing.
    pub fn serve<F, Fut, R>(&mut self, channel: usize, priority: u8, preempt: bool, mut handler: F) -> Result<TaskWord, ServeError>
    where
        F: FnMut(Request<M>) -> Fut + 'static,
        Fut: Future<Output = R> + 'static,
        R: AsRef<[u64]> + 'static,
    {
        let shared = self.shared();
        {
            let ipc = unsafe { shared.ipc() }.ok_or(ServeError::NoMailbox)?;
            ArgumentError::check("channel", channel as u64, ipc.services.len() as u64).map_err(|e| ServeError::Ipc(IpcError::Argument(e)))?;
            if !ipc.services[channel].task.is_null() {
                return Err(ServeError::AlreadyServed);
            }
        }
        let service = async move {
            loop {
                let request = NextRequest { shared, channel }.await;
                let seq = request.seq;
                let result = handler(request).await;
                SendReply { shared, channel, seq, result: result.as_ref() }.await;
            }
        };
        let task = self.spawn_service(priority, preempt, service).map_err(ServeError::Spawn)?;
        let ipc = unsafe { shared.ipc() }.expect("checked above");
        let bell_word =
            TaskWord::new(ipc.services[channel].bell as *const _ as usize, priority, preempt).expect("aligned doorbell, priority checked at spawn");
        ipc.services[channel].task = task;
        if let Err(e) = ipc.mailbox.set_handler(channel, Some(bell_word)) {
            ipc.services[channel].task = core::ptr::null();
            unsafe { shared.discard_task(task) };
            return Err(ServeError::Ipc(e));
        }
        Ok(TaskWord::from_raw(unsafe { (*task).word() }).expect("non-null"))
    }
}
