//! IPC over the controller's mailbox: the state an executor keeps for its context's mailbox, and
//! what the run loop does with the two kinds of words IPC puts in its ready queue.
//!
//! * A *reply slot word* (a wait slot of a calling task, sent as the message's reply task) comes
//!   back when the reply is in the context's reply box: the run loop pops the box up to that
//!   reply ([`reply_arrived`]) and polls the caller, which reads the result words it wants
//!   straight from the controller ([`client`]).
//! * A *doorbell word* (registered as the handler of a served channel) comes back once per message:
//!   the run loop receives the message and runs the channel's service ([`service`]).
pub(crate) mod client;
pub(crate) mod service;

use core::mem::MaybeUninit;
use core::ptr;

use alloc::boxed::Box;
use alloc::vec::Vec;

use taskintc_driver::{Envelope, Mailbox, Token};

use crate::executor::{Shared, Via};
use crate::probes;
use crate::waker;
use crate::task::{
    self, Header, WaitSlot, KIND_DOORBELL, KIND_SLOT, MAX_RESULT_WORDS, S_ABANDONED_REPLY, S_ABANDONED_REPLY_POPPED, S_REPLY, S_REPLY_CURRENT,
    S_REPLY_POPPED, S_REPLY_READY,
};
use crate::Controller;

/// Inbox slots of the largest mailbox (`--mailbox-depth` is at most 64).
pub(crate) const MAX_INBOX_SLOTS: usize = 64;

/// Tasks that can wait for room in a full inbox at once ([`IpcState::park_sender`]); beyond them a
/// refused sender yields and tries again at once.
pub(crate) const PARKED_SENDERS: usize = 64;

/// The block whose address is registered as a channel's handler word: the controller makes a
/// copy of it ready per message. One per channel, allocated with the mailbox's state and never
/// freed (copies of its word may be queued at any time).
#[repr(C, align(64))]
pub(crate) struct Doorbell {
    kind: u8,
    pub(crate) channel: u16,
}

/// The message the run loop took last and has not handed over yet (a sequential service keeps it
/// here until it replies; a concurrent service releases it once its handler started).
#[derive(Clone, Copy)]
pub(crate) struct Current {
    pub(crate) envelope: Envelope,
    /// Names it in `ipc_reply`, whatever is current in the controller by then.
    pub(crate) token: Token,
    /// Numbers the received messages, so that a stale request cannot read a later one.
    pub(crate) seq: u64,
    /// Its service took it (and will reply).
    pub(crate) taken: bool,
}

pub(crate) struct ServiceEntry {
    /// The service task (null: no service on the channel).
    pub(crate) task: *const Header,
    pub(crate) bell: &'static Doorbell,
}

pub(crate) struct IpcState<M: Controller> {
    pub(crate) mailbox: Mailbox<M>,
    pub(crate) result_words: usize,
    /// Argument words (result words) of the staging area that may hold earlier data: a shorter
    /// message (result) is padded with zeros up to it, so that no receiver (caller) reads what
    /// this context sent (answered) to another. Unknown after reset: all of them.
    pub(crate) args_dirty: usize,
    pub(crate) result_dirty: usize,
    /// The slot whose reply is the controller's current reply and has not been read: its words
    /// are copied into the slot before the next pop.
    pub(crate) unread_reply: *const WaitSlot,
    pub(crate) current: Option<Current>,
    pub(crate) seq: u64,
    /// The `seq` of the controller's current message (its words are readable in `ipc_rx`); 0:
    /// none (answered, or nothing taken yet).
    pub(crate) readable: u64,
    /// Per inbox slot, the `seq` of the message in service there (0: none), so that a request
    /// re-selects its message only while it is in service.
    pub(crate) in_service: [u64; MAX_INBOX_SLOTS],
    /// Doorbells dequeued minus messages received: > 0 means messages wait in the inbox whose
    /// doorbell already rang (another message was current).
    pub(crate) announced: u32,
    /// Per channel 0..=K.
    pub(crate) services: Box<[ServiceEntry]>,
    /// Tasks whose call found the receiver's inbox full, oldest first (a ring from `parked_head`).
    parked: [*const Header; PARKED_SENDERS],
    parked_head: usize,
    parked_len: usize,
}

impl<M: Controller> IpcState<M> {
    pub(crate) fn new(mailbox: Mailbox<M>) -> Self {
        let layout = mailbox.params().ipc;
        let services: Vec<ServiceEntry> = (0..=layout.channels)
            .map(|channel| ServiceEntry { task: ptr::null(), bell: Box::leak(Box::new(Doorbell { kind: KIND_DOORBELL, channel: channel as u16 })) })
            .collect();
        IpcState {
            mailbox,
            result_words: layout.result_words.min(MAX_RESULT_WORDS),
            args_dirty: layout.arg_words(),
            result_dirty: layout.result_words,
            unread_reply: ptr::null(),
            current: None,
            seq: 0,
            readable: 0,
            in_service: [0; MAX_INBOX_SLOTS],
            announced: 0,
            services: services.into_boxed_slice(),
            parked: [ptr::null(); PARKED_SENDERS],
            parked_head: 0,
            parked_len: 0,
        }
    }

    /// Parks `task`, whose call the controller refused with MAILBOX_FULL, until an inbox may have
    /// room: [`IpcState::wake_oldest_parked`] wakes one parked task per reply this context receives
    /// (its receiver answered a message, which freed a slot of that receiver's inbox) and one whenever the
    /// run loop finds nothing ready (a receiver may also have answered another context). Trying again
    /// at once instead, each refused caller took a turn of its hart per round of the ready queue,
    /// whether or not a slot had been freed: with 32 system calls outstanding on the SoC that made
    /// 247.8 calls per Mcycle, parked 352.0 (docs/soc.md). False (not parked) when
    /// [`PARKED_SENDERS`] are parked.
    pub(crate) fn park_sender(&mut self, task: *const Header) -> bool {
        if self.parked_len == PARKED_SENDERS {
            return false;
        }
        self.parked[(self.parked_head + self.parked_len) % PARKED_SENDERS] = task;
        self.parked_len += 1;
        true
    }

    pub(crate) fn has_parked_senders(&self) -> bool {
        self.parked_len != 0
    }

    /// Wakes the task parked longest on a full inbox (out of line: callers test
    /// [`IpcState::has_parked_senders`] first, so that their common case stays short).
    #[cold]
    #[inline(never)]
    pub(crate) fn wake_oldest_parked(&mut self) {
        if self.parked_len == 0 {
            return;
        }
        let task = self.parked[self.parked_head];
        self.parked_head = (self.parked_head + 1) % PARKED_SENDERS;
        self.parked_len -= 1;
        // Safety: a parked task's block is never freed (task blocks are reused, not returned), so
        // a task that finished meanwhile gets at most a spurious wake.
        unsafe { waker::wake_task(task) };
    }

    /// Copies the current reply into its slot if its task has not read it: the next pop ends it.
    fn save_unread_reply(&mut self) {
        if self.unread_reply.is_null() {
            return;
        }
        let slot = unsafe { &*self.unread_reply };
        self.unread_reply = ptr::null();
        self.copy_current_reply(slot);
        slot.state.set(S_REPLY_READY);
    }

    fn copy_current_reply(&self, slot: &WaitSlot) {
        let mut words = [0u64; MAX_RESULT_WORDS];
        self.mailbox.read_reply(&mut words[..self.result_words]).expect("result_words fits");
        for (cell, &w) in slot.reply.iter().zip(words.iter()) {
            cell.set(MaybeUninit::new(w));
        }
    }

    /// Takes the next message into service (`ipc_take`: messages taken earlier stay in service):
    /// it becomes current, and the channel's service task (if any) is returned, to be run or
    /// woken.
    pub(crate) fn receive_next(&mut self) -> Option<*const Header> {
        let (envelope, token) = {
            let received = self.mailbox.take()?;
            (received.envelope(), received.token())
        };
        self.announced = self.announced.saturating_sub(1);
        self.seq += 1;
        self.readable = self.seq;
        self.in_service[token.slot() % MAX_INBOX_SLOTS] = self.seq;
        self.current = Some(Current { envelope, token, seq: self.seq, taken: false });
        self.services.get(envelope.channel).map(|s| s.task).filter(|t| !t.is_null())
    }

    /// With no message waiting for its service, takes the next one whose doorbell rang: its
    /// service task is returned to be woken, unless it is `channel`'s (the caller's own service
    /// takes it in the poll it is in).
    pub(crate) fn pass_on(&mut self, channel: usize) -> Option<*const Header> {
        if self.current.is_some() || self.announced == 0 {
            return None;
        }
        let next = self.receive_next();
        if matches!(self.current, Some(c) if c.envelope.channel == channel) {
            None
        } else {
            next
        }
    }

    /// Unregisters every service's handler (the executor is dropped).
    pub(crate) fn unregister_all(&mut self) {
        for channel in 0..self.services.len() {
            if !self.services[channel].task.is_null() {
                let _ = self.mailbox.set_handler(channel, None);
                self.services[channel].task = ptr::null();
            }
        }
    }
}

/// A reply slot's word came back: its reply is in the reply box. Pops the box up to it, copying
/// the replies of other slots (whose words are still queued: tasks run in priority order, replies
/// arrive in the servers' order) into those slots. The slot ends `S_REPLY_CURRENT` (its reply is
/// the controller's current one) or `S_REPLY_READY` (copied earlier); an abandoned slot's reply
/// is discarded.
///
/// # Safety
/// Run loop only, outside any poll; `slot` is a slot of this executor.
#[inline(never)]
pub(crate) unsafe fn reply_arrived<M: Controller>(shared: &'static Shared<M>, slot: &WaitSlot) {
    match slot.state.get() {
        S_REPLY_POPPED => {
            slot.state.set(S_REPLY_READY);
            return;
        }
        S_ABANDONED_REPLY_POPPED => return,
        _ => {}
    }
    probes::mark(probes::REPLY_ARRIVED);
    let ipc = shared.ipc().expect("an IPC reply came back to an executor without a mailbox");
    loop {
        ipc.save_unread_reply();
        let answered = match ipc.mailbox.pop_reply() {
            Some(word) => word,
            None => panic!("the controller returned the reply task {:?} with an empty reply box", slot.word()),
        };
        if task::block_kind(answered.tcb()) != KIND_SLOT {
            panic!("a reply answers {:?}, which is no wait slot of this executor", answered);
        }
        let other = &*(answered.tcb() as *const WaitSlot);
        probes::mark(probes::REPLY_POPPED);
        // A message was answered: its receiver's inbox has a free slot.
        if ipc.has_parked_senders() {
            ipc.wake_oldest_parked();
        }
        if ptr::eq(other, slot) {
            if slot.state.get() == S_REPLY {
                slot.state.set(S_REPLY_CURRENT);
                ipc.unread_reply = slot;
            }
            return;
        }
        match other.state.get() {
            S_REPLY => {
                ipc.copy_current_reply(other);
                other.state.set(S_REPLY_POPPED);
            }
            S_ABANDONED_REPLY => other.state.set(S_ABANDONED_REPLY_POPPED),
            state => panic!("popped a reply for a wait slot in state {}", state),
        }
    }
}

/// A doorbell word came back: one more message is in the inbox. When no message is current, the
/// run loop receives it and runs its service now (or wakes it, when it is not idle).
///
/// # Safety
/// Run loop only, outside any poll.
pub(crate) unsafe fn ring<M: Controller>(shared: &'static Shared<M>, _bell: &Doorbell) {
    probes::mark(probes::RING);
    let service = {
        let ipc = match shared.ipc() {
            Some(ipc) => ipc,
            None => return,
        };
        ipc.announced += 1;
        if ipc.current.is_some() {
            return; // its service passes the next one on after replying
        }
        let r = ipc.receive_next();
        probes::mark(probes::RECEIVED);
        r
    };
    if let Some(task) = service {
        shared.poll_task(task, Via::Direct);
    }
}
