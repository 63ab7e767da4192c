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
use crate::word_move::move_into;
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

/// What a handler slot of a service holds.
enum Phase<R> {
    Free,
    /// Its future (in `HandlerSlot::future`) runs.
    Running { token: Token, seq: u64 },
    /// Its future completed; the reply is retried while refused.
    Replying { result: R, token: Token, seq: u64 },
}

/// One handler of a service. The future is written straight into its slot and dropped in place:
/// a handler's future (a system-call dispatcher's is ten words) is never moved, which was a
/// quarter of the service's own cost per call.
struct HandlerSlot<Fut, R> {
    phase: Phase<R>,
    /// Initialised exactly while `phase` is `Running`.
    future: MaybeUninit<Fut>,
}

impl<Fut: Future<Output = R>, R: AsRef<[u64]>> HandlerSlot<Fut, R> {
    fn free() -> Self {
        HandlerSlot { phase: Phase::Free, future: MaybeUninit::uninit() }
    }

    fn is_free(&self) -> bool {
        matches!(self.phase, Phase::Free)
    }

    /// Runs `handler` for `request` in this (free) slot: its future is built in place.
    fn start<M: Controller>(&mut self, handler: &mut impl FnMut(Request<M>) -> Fut, request: Request<M>) {
        let (token, seq) = (request.token, request.seq);
        move_into(handler(request), &mut self.future);
        self.phase = Phase::Running { token, seq };
    }

    /// Polls a running handler, then replies (retried while refused); true when the slot changed
    /// state. Once replied the slot is free, and messages whose doorbell rang meanwhile are passed
    /// on. `holds_current`: the service kept its message current until now (a sequential service),
    /// so the reply also lets the run loop take the next one.
    fn advance<M: Controller>(&mut self, shared: &'static Shared<M>, channel: usize, holds_current: bool, cx: &mut Context<'_>) -> bool {
        let mut changed = false;
        if let Phase::Running { token, seq } = self.phase {
            // Safety: `Running` means the future is initialised; it stays in place (the services
            // are pinned and never move a slot).
            match unsafe { Pin::new_unchecked(self.future.assume_init_mut()) }.poll(cx) {
                Poll::Ready(result) => {
                    probes::mark(probes::HANDLER_READY);
                    // Safety: initialised (above); `phase` stops saying so on the next line.
                    unsafe { self.future.assume_init_drop() };
                    self.phase = Phase::Replying { result, token, seq };
                    changed = true;
                }
                Poll::Pending => return false,
            }
        }
        let next = match &self.phase {
            Phase::Replying { result, token, seq } => {
                probes::mark(probes::SEND_REPLY);
                let ipc = unsafe { shared.ipc() }.expect("services exist only with a mailbox");
                if try_reply(ipc, *token, *seq, result.as_ref(), cx).is_pending() {
                    return changed;
                }
                if holds_current {
                    assert!(matches!(ipc.current, Some(c) if c.seq == *seq && c.taken), "a service replied to a message that is not current");
                    ipc.current = None;
                }
                ipc.pass_on(channel)
            }
            _ => return changed,
        };
        self.phase = Phase::Free;
        if let Some(task) = next {
            unsafe { waker::wake_task(task) };
        }
        true
    }
}

impl<Fut, R> Drop for HandlerSlot<Fut, R> {
    /// Drops a handler still running (its service task was discarded).
    fn drop(&mut self) {
        if let Phase::Running { .. } = self.phase {
            // Safety: `Running` means the future is initialised.
            unsafe { self.future.assume_init_drop() };
        }
    }
}

/// The service task of [`Executor::serve`]: one message at a time, held current until its
/// handler's reply; the handler's future inline. Written out rather than as an async loop: a
/// message whose handler completes in its first poll is received, served and answered in one poll,
/// and the poll that finds no next message returns at once.
struct SequentialService<M: Controller, F, Fut, R> {
    shared: &'static Shared<M>,
    channel: usize,
    handler: F,
    slot: HandlerSlot<Fut, R>,
}

impl<M, F, Fut, R> Future for SequentialService<M, F, Fut, R>
where
    M: Controller,
    F: FnMut(Request<M>) -> Fut,
    Fut: Future<Output = R>,
    R: AsRef<[u64]>,
{
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // Safety: structural pinning: the running handler's future is never moved.
        let this = unsafe { self.get_unchecked_mut() };
        loop {
            if this.slot.is_free() {
                probes::mark(probes::NEXT_REQUEST);
                // The run loop (or the reply just sent) took the next message and runs us for it.
                match claim(this.shared, this.channel) {
                    Some(request) => this.slot.start(&mut this.handler, request),
                    None => return Poll::Pending,
                }
            }
            this.slot.advance(this.shared, this.channel, true, cx);
            if !this.slot.is_free() {
                return Poll::Pending;
            }
        }
    }
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
                    if slot.advance(shared, channel, false, cx) {
                        progress = true;
                        this.running -= slot.is_free() as usize;
                    }
                }
            }
            // Start the handler of a waiting message for this channel, in a free slot.
            if this.running < N {
                if let Some(request) = claim(shared, channel) {
                    probes::mark(probes::SERVICE_CLAIMED);
                    let slot = this.slots.iter_mut().find(|s| s.is_free()).expect("fewer than N running: a slot is free");
                    slot.start(&mut this.handler, request);
                    probes::mark(probes::HANDLER_STARTED);
                    // Its first poll reads the words it needs while the message is current (no
                    // select needed); then the message is released and the next one may be taken.
                    slot.advance(shared, channel, false, cx);
                    this.running += !slot.is_free() as usize;
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
    pub fn serve<F, Fut, R>(&mut self, channel: usize, priority: u8, preempt: bool, handler: F) -> Result<TaskWord, ServeError>
    where
        F: FnMut(Request<M>) -> Fut + 'static,
        Fut: Future<Output = R> + 'static,
        R: AsRef<[u64]> + 'static,
    {
        let shared = self.shared();
        self.check_service(channel)?;
        let service = SequentialService { shared, channel, handler, slot: HandlerSlot::free() };
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
        let service = ConcurrentService::<M, F, Fut, R, N> { shared, channel, handler, slots: core::array::from_fn(|_| HandlerSlot::free()), running: 0 };
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
