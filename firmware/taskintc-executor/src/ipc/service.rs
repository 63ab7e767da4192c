//! Services: [`Executor::serve`] answers a channel's messages with an async handler.
//!
//! A service is a task (spawned once, idle until its first message) whose loop takes the next
//! request of its channel, awaits the handler, and replies. The handler's future lives inline in
//! the service task, the result comes back by value (`AsRef<[u64]>`, an array will do): serving
//! a message allocates nothing.
//!
//! The run loop takes one message at a time into service (`ipc_take`) when none waits for its
//! service, and runs that service at once. A sequential service ([`Executor::serve`]) holds the
//! message until it replies, so the services of one context take turns, as with one current
//! message. A concurrent service ([`Executor::serve_concurrent`]) runs up to `N` handlers at once:
//! it releases each message as soon as its handler has started, so the run loop takes the next
//! one while earlier ones are still being served; a handler reading its words later selects its
//! message again (one write), and each reply names its message by token (`ipc_reply`), in
//! whatever order the handlers finish.
use core::future::Future;
use core::marker::PhantomData;
use core::mem::MaybeUninit;
use core::pin::Pin;
use core::task::{Context, Poll};

use taskintc_driver::{ArgumentError, Envelope, IpcError, Mailbox, TaskWord, Token};

use crate::error::ServeError;
use crate::executor::{Executor, Shared};
use crate::ipc::client::pad;
use crate::ipc::{IpcState, MAX_INBOX_SLOTS};
use crate::probes;
use crate::task::MAX_RESULT_WORDS;
use crate::waker;
use crate::Controller;

/// A message a service received: its sender and channel, and its words, read from the
/// controller on demand until it is answered. While it is the controller's current message a
/// word costs one read; after the executor took another message (a concurrent service), the
/// first read selects it again (one more write, `ipc_take` with its token).
pub struct Request<M: Controller> {
    shared: &'static Shared<M>,
    envelope: Envelope,
    token: Token,
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

    /// The token its reply names.
    pub fn token(&self) -> Token {
        self.token
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
        if ipc.in_service[self.token.slot() % MAX_INBOX_SLOTS] != self.seq {
            return false; // answered
        }
        if ipc.readable != self.seq {
            ipc.mailbox.post_select(self.token);
            ipc.readable = self.seq;
        }
        ipc.mailbox.read_received(first, out).is_ok()
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
        match claim(self.shared, self.channel) {
            Some(request) => Poll::Ready(request),
            None => Poll::Pending,
        }
    }
}

/// The message taken last, when it is for `channel` and no service took it yet.
fn claim<M: Controller>(shared: &'static Shared<M>, channel: usize) -> Option<Request<M>> {
    let ipc = unsafe { shared.ipc() }.expect("services exist only with a mailbox");
    match ipc.current.as_mut() {
        Some(c) if !c.taken && c.envelope.channel == channel => {
            c.taken = true;
            Some(Request { shared, envelope: c.envelope, token: c.token, seq: c.seq, _local: PhantomData })
        }
        _ => None,
    }
}

/// Replies to message `seq` by its token with `result` (padded, see [`IpcState::result_dirty`]);
/// `Pending` (woken to retry) while the caller's reply box is full or deliveries are busy.
fn try_reply<M: Controller>(ipc: &mut IpcState<M>, token: Token, seq: u64, result: &[u64], cx: &mut Context<'_>) -> Poll<()> {
    // Words beyond the controller's result size do not fit: they are dropped rather than
    // leaving the caller without a reply.
    let fits = result.len().min(ipc.result_words);
    let mut padded = [MaybeUninit::<u64>::uninit(); MAX_RESULT_WORDS];
    let result = if fits >= ipc.result_dirty { &result[..fits] } else { pad(&mut padded, &result[..fits], ipc.result_dirty) };
    probes::mark(probes::REPLY_STAGE);
    let replied = ipc.mailbox.reply_to(token, result);
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
        // The message is in service and the result fits, so nothing else can be refused.
        Err(e) => panic!("the controller refused the reply to a message in service: {:?}", e),
    }
    if ipc.readable == seq {
        ipc.readable = 0; // answering the current message leaves none current
    }
    if ipc.in_service[token.slot() % MAX_INBOX_SLOTS] == seq {
        ipc.in_service[token.slot() % MAX_INBOX_SLOTS] = 0;
    }
    Poll::Ready(())
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
            let token = match ipc.current {
                Some(c) if c.seq == self.seq && c.taken => c.token,
                _ => panic!("a service replied to a message that is not current"),
            };
            if try_reply(ipc, token, self.seq, self.result, cx).is_pending() {
                return Poll::Pending;
            }
            ipc.current = None;
            // Messages whose doorbell rang while this one was held wait for us to pass them on.
            ipc.pass_on(self.channel)
        };
        // The next message is another channel's: wake its service (ours takes it in this poll).
        if let Some(task) = next {
            unsafe { waker::wake_task(task) };
        }
        Poll::Ready(())
    }
}

/// What a handler slot of a concurrent service holds.
enum Phase<R> {
    Free,
    /// Its future (in `HandlerSlot::future`) runs.
    Running { token: Token, seq: u64 },
    /// Its future completed; the reply is retried while refused.
    Replying { result: R, token: Token, seq: u64 },
}

/// One handler of a concurrent service. The future is written straight into its slot and
/// dropped in place: a handler's future (a system-call dispatcher's is ten words) is never
/// moved, which was a quarter of the service's own cost per call.
struct HandlerSlot<Fut, R> {
    phase: Phase<R>,
    /// Initialised exactly while `phase` is `Running`.
    future: MaybeUninit<Fut>,
}

/// The service task of [`Executor::serve_concurrent`]: up to `N` handlers in flight, inline.
struct ConcurrentService<M: Controller, F, Fut, R, const N: usize> {
    shared: &'static Shared<M>,
    channel: usize,
    handler: F,
    slots: [HandlerSlot<Fut, R>; N],
    /// Slots not `Free`. With none, a poll goes straight to the next message: the scan of all N
    /// slots was most of what a single call cost beyond `serve` (the probe build shows it).
    running: usize,
}

impl<M, F, Fut, R, const N: usize> Future for ConcurrentService<M, F, Fut, R, N>
where
    M: Controller,
    F: FnMut(Request<M>) -> Fut,
    Fut: Future<Output = R>,
    R: AsRef<[u64]>,
{
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // Safety: structural pinning: a running handler's future is never moved; it is dropped
        // in place once it has completed.
        let this = unsafe { self.get_unchecked_mut() };
        let (shared, channel) = (this.shared, this.channel);
        loop {
            let mut progress = false;
            if this.running > 0 {
                for slot in this.slots.iter_mut() {
                    progress |= Self::advance(shared, channel, slot, &mut this.running, cx);
                }
            }
            // Start the handler of a waiting message for this channel, in a free slot.
            if this.running < N {
                if let Some(request) = claim(shared, channel) {
                    probes::mark(probes::SERVICE_CLAIMED);
                    let slot = this.slots.iter_mut().find(|s| matches!(s.phase, Phase::Free)).expect("fewer than N running: a slot is free");
                    let (token, seq) = (request.token, request.seq);
                    slot.future.write((this.handler)(request));
                    slot.phase = Phase::Running { token, seq };
                    this.running += 1;
                    probes::mark(probes::HANDLER_STARTED);
                    // Its first poll reads the words it needs while the message is current (no
                    // select needed); then the message is released and the next one may be taken.
                    Self::advance(shared, channel, slot, &mut this.running, cx);
                    let next = {
                        let ipc = unsafe { shared.ipc() }.expect("services exist only with a mailbox");
                        ipc.current = None;
                        ipc.pass_on(channel)
                    };
                    if let Some(task) = next {
                        unsafe { waker::wake_task(task) };
                    }
                    progress = true;
                }
            }
            if !progress {
                return Poll::Pending;
            }
        }
    }
}

impl<M, F, Fut, R, const N: usize> ConcurrentService<M, F, Fut, R, N>
where
    M: Controller,
    Fut: Future<Output = R>,
    R: AsRef<[u64]>,
{
    /// Polls a running handler, or retries a refused reply; true when the slot changed state.
    /// `running` (the slots not free) drops by one when the slot becomes free.
    fn advance(shared: &'static Shared<M>, channel: usize, slot: &mut HandlerSlot<Fut, R>, running: &mut usize, cx: &mut Context<'_>) -> bool {
        let mut changed = false;
        if let Phase::Running { token, seq } = slot.phase {
            // Safety: `Running` means the future is initialised; it stays in place (see `poll`).
            match unsafe { Pin::new_unchecked(slot.future.assume_init_mut()) }.poll(cx) {
                Poll::Ready(result) => {
                    probes::mark(probes::HANDLER_READY);
                    // Safety: initialised (above); `phase` stops saying so on the next line.
                    unsafe { slot.future.assume_init_drop() };
                    slot.phase = Phase::Replying { result, token, seq };
                    changed = true;
                }
                Poll::Pending => return false,
            }
        }
        let next = match &slot.phase {
            Phase::Replying { result, token, seq } => {
                probes::mark(probes::SEND_REPLY);
                let ipc = unsafe { shared.ipc() }.expect("services exist only with a mailbox");
                if try_reply(ipc, *token, *seq, result.as_ref(), cx).is_pending() {
                    return changed;
                }
                ipc.pass_on(channel)
            }
            _ => return changed,
        };
        slot.phase = Phase::Free;
        *running -= 1;
        if let Some(task) = next {
            unsafe { waker::wake_task(task) };
        }
        true
    }
}

impl<M: Controller, F, Fut, R, const N: usize> Drop for ConcurrentService<M, F, Fut, R, N> {
    /// Drops the futures of handlers still running (the service task was discarded).
    fn drop(&mut self) {
        for slot in self.slots.iter_mut() {
            if let Phase::Running { .. } = slot.phase {
                // Safety: `Running` means the future is initialised.
                unsafe { slot.future.assume_init_drop() };
            }
        }
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
        self.check_service(channel)?;
        let service = async move {
            loop {
                let request = NextRequest { shared, channel }.await;
                let seq = request.seq;
                let result = handler(request).await;
                SendReply { shared, channel, seq, result: result.as_ref() }.await;
            }
        };
        self.install_service(channel, priority, preempt, service)
    }

    /// Registers a concurrent service for `channel`: like [`Executor::serve`], but up to `N`
    /// messages are served at once. The run loop takes the next message as soon as a handler
    /// has started (after its first poll; words read later cost a select: [`Request`]); each
    /// handler replies when its future completes, by its message's token, in any order. So a
    /// handler that awaits (an interrupt, another call) holds up neither the other messages of
    /// its channel nor those of other channels, up to `N` and the mailbox depth. With `N`
    /// handlers in flight, the next message of the channel waits for one to finish.
    ///
    /// Allocates the service task's block (with room for `N` handler futures) once; serving a
    /// message allocates nothing.
    pub fn serve_concurrent<const N: usize, F, Fut, R>(
        &mut self,
        channel: usize,
        priority: u8,
        preempt: bool,
        handler: F,
    ) -> Result<TaskWord, ServeError>
    where
        F: FnMut(Request<M>) -> Fut + 'static,
        Fut: Future<Output = R> + 'static,
        R: AsRef<[u64]> + 'static,
    {
        let shared = self.shared();
        self.check_service(channel)?;
        let service = ConcurrentService::<M, F, Fut, R, N> { shared, channel, handler, slots: core::array::from_fn(|_| HandlerSlot { phase: Phase::Free, future: MaybeUninit::uninit() }), running: 0 };
        self.install_service(channel, priority, preempt, service)
    }

    fn check_service(&mut self, channel: usize) -> Result<(), ServeError> {
        let ipc = unsafe { self.shared().ipc() }.ok_or(ServeError::NoMailbox)?;
        ArgumentError::check("channel", channel as u64, ipc.services.len() as u64).map_err(|e| ServeError::Ipc(IpcError::Argument(e)))?;
        if !ipc.services[channel].task.is_null() {
            return Err(ServeError::AlreadyServed);
        }
        Ok(())
    }

    fn install_service<S: Future<Output = ()> + 'static>(&mut self, channel: usize, priority: u8, preempt: bool, service: S) -> Result<TaskWord, ServeError> {
        let shared = self.shared();
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
