//! The IPC mailbox of one context region: staged message and send, system calls, handlers,
//! receive and reply, reply box.
//!
//! A received message stays in service (holding its inbox slot) until it is answered. `receive`
//! finishes the current message first (one message at a time, as before tokens); `take` keeps it,
//! so a server can hold up to the mailbox depth in service and answer them in any order with
//! [`Mailbox::reply_to`] and the [`Token`] each take returned.
//!
//! Every IPC register acts on the context of the region accessed, so the region is the identity.
//! A send or reply is several accesses on one context's staging area (stage the words, then one
//! write that sends them), and learning whether it was refused is one more (the region's sticky
//! `ipc_error`). Those sequences live on [`Mailbox`], which takes `&mut self`, is `Send` but not
//! `Sync`, and exists once per region ([`crate::TaskIntc::mailbox`]). The single-access
//! operations (handler registration, status) are on the `Sync` handle [`Ipc`].
use core::cell::Cell;
use core::marker::PhantomData;

use crate::regs::context as reg;
use crate::error::error_bits;
use crate::{field, regs, ArgumentError, Mmio, Params, TaskWord};

/// Bits of an `ipc_error` register (sticky; a read returns and clears them).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct IpcErrorBits(pub u64);

impl IpcErrorBits {
    /// Send refused: the kernel has not granted (sender, receiver, channel).
    pub const NO_CAPABILITY: IpcErrorBits = IpcErrorBits(regs::IPC_ERR_NO_CAPABILITY);
    /// Send or reply refused: the receiver's inbox (or the sender's reply box) is full.
    pub const MAILBOX_FULL: IpcErrorBits = IpcErrorBits(regs::IPC_ERR_MAILBOX_FULL);
    /// Send refused: the receiver has no handler on that channel.
    pub const NO_HANDLER: IpcErrorBits = IpcErrorBits(regs::IPC_ERR_NO_HANDLER);
    /// Receiver context or channel out of range (or a grant naming one).
    pub const BAD_TARGET: IpcErrorBits = IpcErrorBits(regs::IPC_ERR_BAD_TARGET);
    /// Reply refused: no current received message.
    pub const NO_MESSAGE: IpcErrorBits = IpcErrorBits(regs::IPC_ERR_NO_MESSAGE);
    /// A handler word or a message's task word has a priority beyond the levels.
    pub const BAD_TASK: IpcErrorBits = IpcErrorBits(regs::IPC_ERR_BAD_TASK);
    /// The task pool is full and earlier deliveries still wait for an entry.
    pub const BUSY: IpcErrorBits = IpcErrorBits(regs::IPC_ERR_BUSY);
    /// Reply refused: the token names no message this context has in service (answered
    /// already, another context's, never taken).
    pub const BAD_TOKEN: IpcErrorBits = IpcErrorBits(regs::IPC_ERR_BAD_TOKEN);

    /// True for refusals that clear up by themselves (MAILBOX_FULL, BUSY): the message or result
    /// is still staged and sending it again may succeed.
    pub fn is_transient(self) -> bool {
        !self.is_empty() && self.0 & !(Self::MAILBOX_FULL.0 | Self::BUSY.0) == 0
    }
}

error_bits!(IpcErrorBits, regs::ipc_error::FIELDS, IpcError);

/// Why an IPC operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IpcError {
    /// The controller refused the operation (it changed nothing; a message or result stays
    /// staged) and set these bits in `ipc_error`.
    Refused(IpcErrorBits),
    /// The driver refused an argument before any access.
    Argument(ArgumentError),
}

impl From<ArgumentError> for IpcError {
    fn from(e: ArgumentError) -> Self {
        IpcError::Argument(e)
    }
}

impl IpcError {
    /// True when the controller refused with (at least) these bits.
    pub fn is(&self, bits: IpcErrorBits) -> bool {
        matches!(self, IpcError::Refused(b) if b.contains(bits))
    }
}

/// A message to stage: the layout of `ipc_message`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message<'a> {
    /// Word 0: the process-info pointer (whatever the receiver's protocol makes of it).
    pub info: u64,
    /// Word 1: the task made ready in the sender's context when the reply arrives; `None` for a
    /// one-way message.
    pub reply_task: Option<TaskWord>,
    /// Word 2: the IPC type (for system calls: the call number).
    pub kind: u64,
    /// Words 3..: the arguments. Argument words beyond `args.len()` are not written: the receiver
    /// sees what this context staged there before (its own data, or undefined after reset).
    pub args: &'a [u64],
}

/// This context's inbox and reply box (`ipc_status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpcStatus {
    /// Messages in the inbox, the current one included.
    pub inbox: usize,
    /// A received message is current (not yet replied or finished).
    pub inbox_current: bool,
    /// Replies in the reply box, the current one included.
    pub replies: usize,
    /// A popped reply is current.
    pub reply_current: bool,
}

/// Sender and channel of a received message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub sender: usize,
    /// The channel (the system-call channel K for system calls).
    pub channel: usize,
}

/// Names one message in service for [`Mailbox::reply_to`]: the header word `ipc_take` or
/// `ipc_receive` returned (owner context, inbox slot, tag). Valid until the message is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token(u64);

impl Token {
    /// The word as the controller returned it (written back to `ipc_reply`).
    pub fn raw(self) -> u64 {
        self.0
    }

    /// A token from a raw header word (valid bit set), e.g. one kept by other software; the
    /// controller refuses one that names no message in service (BAD_TOKEN).
    pub fn from_raw(raw: u64) -> Option<Token> {
        (field(raw, reg::IPC_RECEIVE_VALID_LSB, reg::IPC_RECEIVE_VALID_WIDTH) == 1).then(|| Token(raw))
    }

    /// The inbox slot it names (below the mailbox depth).
    pub fn slot(self) -> usize {
        field(self.0, reg::IPC_RECEIVE_SLOT_LSB, reg::IPC_RECEIVE_SLOT_WIDTH) as usize
    }

    /// The context whose inbox holds the message.
    pub fn owner(self) -> usize {
        field(self.0, reg::IPC_RECEIVE_OWNER_LSB, reg::IPC_RECEIVE_OWNER_WIDTH) as usize
    }
}

impl Envelope {
    /// Decodes an `ipc_receive` value; `None` for 0 (empty inbox).
    pub fn decode(raw: u64) -> Option<Envelope> {
        if field(raw, reg::IPC_RECEIVE_VALID_LSB, reg::IPC_RECEIVE_VALID_WIDTH) == 0 {
            return None;
        }
        Some(Envelope {
            sender: field(raw, reg::IPC_RECEIVE_SENDER_LSB, reg::IPC_RECEIVE_SENDER_WIDTH) as usize,
            channel: field(raw, reg::IPC_RECEIVE_CHANNEL_LSB, reg::IPC_RECEIVE_CHANNEL_WIDTH) as usize,
        })
    }
}

/// `Sync` handle of one context region's IPC registers: single-access operations only.
#[derive(Clone)]
pub struct Ipc<M: Mmio> {
    mmio: M,
    params: Params,
    page: usize,
}

impl<M: Mmio> Ipc<M> {
    pub(crate) fn new(mmio: M, params: Params, page: usize) -> Self {
        Ipc { mmio, params, page }
    }

    /// The handle of a context region mapped on its own (see [`crate::Queue::for_region`]).
    pub fn for_region(mmio: M, params: Params) -> Result<Self, ArgumentError> {
        check_present(&params)?;
        Ok(Ipc { mmio, params, page: 0 })
    }

    pub fn params(&self) -> &Params {
        &self.params
    }

    fn reg(&self, offset: u64) -> usize {
        self.page + offset as usize
    }

    fn handler_channel(&self, channel: usize) -> Result<u64, ArgumentError> {
        // Handler registers exist for channels 0..=K (K: the system-call channel).
        ArgumentError::check("channel", channel as u64, self.params.ipc.channels as u64 + 1)?;
        Ok(channel as u64)
    }

    /// Registers `task` as this context's handler for `channel` (`None` unregisters): one copy
    /// of the word is made ready here for every message received on the channel. Posted: a
    /// priority beyond the levels sets BAD_TASK ([`Mailbox::set_handler`] checks it).
    pub fn post_handler(&self, channel: usize, task: Option<TaskWord>) -> Result<(), ArgumentError> {
        let offset = reg::ipc_handler(self.handler_channel(channel)?);
        self.mmio.write(self.reg(offset), task.map_or(0, TaskWord::raw));
        Ok(())
    }

    /// Makes the message in service that `token` names current again (`ipc_take` written), so
    /// that `ipc_rx` reads its words. Posted: a token naming no message in service sets
    /// BAD_TOKEN ([`Mailbox::select`] checks it).
    pub fn post_select(&self, token: Token) {
        self.mmio.write(self.reg(reg::IPC_TAKE), token.0);
    }

    /// The handler registered for `channel`.
    pub fn handler(&self, channel: usize) -> Result<Option<TaskWord>, ArgumentError> {
        let offset = reg::ipc_handler(self.handler_channel(channel)?);
        Ok(TaskWord::from_raw(self.mmio.read(self.reg(offset))))
    }

    pub fn status(&self) -> IpcStatus {
        let raw = self.mmio.read(self.reg(reg::IPC_STATUS));
        IpcStatus {
            inbox: field(raw, reg::IPC_STATUS_INBOX_LSB, reg::IPC_STATUS_INBOX_WIDTH) as usize,
            inbox_current: field(raw, reg::IPC_STATUS_INBOX_CURRENT_LSB, 1) == 1,
            replies: field(raw, reg::IPC_STATUS_REPLIES_LSB, reg::IPC_STATUS_REPLIES_WIDTH) as usize,
            reply_current: field(raw, reg::IPC_STATUS_REPLY_CURRENT_LSB, 1) == 1,
        }
    }

    /// Reads and clears the region's sticky IPC error bits.
    pub fn take_errors(&self) -> IpcErrorBits {
        IpcErrorBits(self.mmio.read(self.reg(reg::IPC_ERROR)))
    }
}

pub(crate) fn check_present(params: &Params) -> Result<(), ArgumentError> {
    if params.ipc.channels == 0 {
        return Err(ArgumentError { what: "ipc channels (the controller was generated without an IPC unit)", value: 0, limit: 0 });
    }
    Ok(())
}

/// The owner of one context region's mailbox: staging and sending, receiving and replying,
/// popping replies, each checked against the region's `ipc_error`. `Send`, not `Sync`, one per
/// region (see the module documentation).
pub struct Mailbox<M: Mmio> {
    ipc: Ipc<M>,
    _not_sync: PhantomData<Cell<()>>,
}

impl<M: Mmio + Clone> Mailbox<M> {
    pub(crate) fn new(ipc: Ipc<M>) -> Self {
        Mailbox { ipc, _not_sync: PhantomData }
    }

    /// The mailbox of a context region mapped on its own (a process's view).
    ///
    /// # Safety
    /// No other `Mailbox` of the same region may exist: staging and the error register are the
    /// region's, and the checked operations attribute them to themselves.
    pub unsafe fn for_region(mmio: M, params: Params) -> Result<Self, ArgumentError> {
        Ok(Mailbox::new(Ipc::for_region(mmio, params)?))
    }

    /// The `Sync` handle of the same region.
    pub fn ipc(&self) -> Ipc<M> {
        self.ipc.clone()
    }

    pub fn params(&self) -> &Params {
        &self.ipc.params
    }

    /// Refusals of earlier operations (also posted ones through [`Ipc`]) as a `Result`.
    pub fn check(&mut self) -> Result<(), IpcError> {
        self.ipc.take_errors().into_result()
    }

    fn check_word(&self, what: &'static str, value: u64) -> Result<(), ArgumentError> {
        if self.ipc.params.task_width < 64 && value >> self.ipc.params.task_width != 0 {
            return Err(ArgumentError { what, value, limit: 1 << self.ipc.params.task_width });
        }
        Ok(())
    }

    fn check_task(&self, task: TaskWord) -> Result<(), ArgumentError> {
        ArgumentError::check("priority", task.priority() as u64, self.ipc.params.priorities as u64)?;
        self.check_word("task word", task.raw())
    }

    /// Registers (or, with `None`, unregisters) the handler task of `channel` (0..=K). Err
    /// BAD_TASK is not reachable through this method: the priority is checked first.
    pub fn set_handler(&mut self, channel: usize, task: Option<TaskWord>) -> Result<(), IpcError> {
        if let Some(task) = task {
            self.check_task(task)?;
        }
        self.ipc.post_handler(channel, task)?;
        self.check()
    }

    /// Writes the message into this context's staging area (`ipc_message`). Nothing is sent.
    pub fn stage(&mut self, message: &Message<'_>) -> Result<(), ArgumentError> {
        let layout = self.ipc.params.ipc;
        ArgumentError::check("message arguments (words)", message.args.len() as u64, layout.arg_words() as u64 + 1)?;
        if let Some(task) = message.reply_task {
            self.check_task(task)?;
        }
        self.check_word("message info", message.info)?;
        self.check_word("message type", message.kind)?;
        for &a in message.args {
            self.check_word("message argument", a)?;
        }
        let header = [message.info, message.reply_task.map_or(0, TaskWord::raw), message.kind];
        for (i, &w) in header.iter().chain(message.args.iter()).enumerate() {
            self.ipc.mmio.write(self.ipc.reg(reg::ipc_message(i as u64)), w);
        }
        Ok(())
    }

    /// Word `i` of the staged message (to check what a refused send left staged).
    pub fn staged_word(&self, i: usize) -> Result<u64, ArgumentError> {
        ArgumentError::check("message word", i as u64, self.ipc.params.ipc.message_words as u64)?;
        Ok(self.ipc.mmio.read(self.ipc.reg(reg::ipc_message(i as u64))))
    }

    fn target(&self, receiver: usize, channel: usize) -> Result<u64, ArgumentError> {
        ArgumentError::check("receiver context", receiver as u64, self.ipc.params.contexts as u64)?;
        // The system-call channel K is reached through `syscall`, not `send`.
        ArgumentError::check("channel", channel as u64, self.ipc.params.ipc.channels as u64)?;
        Ok((receiver as u64) << reg::IPC_SEND_RECEIVER_LSB | (channel as u64) << reg::IPC_SEND_CHANNEL_LSB)
    }

    /// Sends what is staged to `receiver`'s `channel`: the receiver's handler for it is made
    /// ready. Refusals (NO_CAPABILITY, BAD_TASK, NO_HANDLER, MAILBOX_FULL, BUSY) leave the message
    /// staged, so after a transient one ([`IpcErrorBits::is_transient`]) `resend` tries again
    /// without staging.
    pub fn resend(&mut self, receiver: usize, channel: usize) -> Result<(), IpcError> {
        let target = self.target(receiver, channel)?;
        self.ipc.mmio.write(self.ipc.reg(reg::IPC_SEND), target);
        self.check()
    }

    /// Stages `message` and sends it to `receiver`'s `channel` (needs the kernel's grant).
    pub fn send(&mut self, receiver: usize, channel: usize, message: &Message<'_>) -> Result<(), IpcError> {
        self.target(receiver, channel)?;
        self.stage(message)?;
        self.resend(receiver, channel)
    }

    /// Sends what is staged to the kernel context's system-call channel (no grant needed).
    pub fn resend_syscall(&mut self) -> Result<(), IpcError> {
        self.ipc.mmio.write(self.ipc.reg(reg::IPC_SYSCALL), 0);
        self.check()
    }

    /// Stages `message` and sends it as a system call.
    pub fn syscall(&mut self, message: &Message<'_>) -> Result<(), IpcError> {
        self.stage(message)?;
        self.resend_syscall()
    }

    /// Finishes the current received message (without replying) and takes the oldest waiting
    /// one into service, current; `None` when none is waiting. The borrow gives access to its
    /// words.
    pub fn receive(&mut self) -> Option<Received<'_, M>> {
        let raw = self.ipc.mmio.read(self.ipc.reg(reg::IPC_RECEIVE));
        self.received(raw)
    }

    /// Takes the oldest waiting message into service and makes it current, keeping the
    /// messages taken before in service (answer each with [`Mailbox::reply_to`] and its
    /// [`Received::token`], in any order); `None` when none is waiting (the current message
    /// stays current). At most the mailbox depth are waiting or in service at once.
    pub fn take(&mut self) -> Option<Received<'_, M>> {
        let raw = self.ipc.mmio.read(self.ipc.reg(reg::IPC_TAKE));
        self.received(raw)
    }

    /// Makes the message in service that `token` names current again, so that
    /// [`Mailbox::received_word`] reads its words (after other messages were taken). Err
    /// BAD_TOKEN when it names no message in service (answered already, another context's).
    pub fn select(&mut self, token: Token) -> Result<(), IpcError> {
        self.ipc.post_select(token);
        self.check()
    }

    /// As [`Mailbox::select`], unchecked (one write), for software that knows `token` is in
    /// service.
    pub fn post_select(&mut self, token: Token) {
        self.ipc.post_select(token);
    }

    fn received(&mut self, raw: u64) -> Option<Received<'_, M>> {
        let envelope = Envelope::decode(raw)?;
        Some(Received { mailbox: self, envelope, token: Token(raw) })
    }

    /// Word `i` of the current received message (`ipc_rx[i]`; 0 when none is current).
    pub fn received_word(&self, i: usize) -> Result<u64, ArgumentError> {
        ArgumentError::check("message word", i as u64, self.ipc.params.ipc.message_words as u64)?;
        Ok(self.ipc.mmio.read(self.ipc.reg(reg::ipc_rx(i as u64))))
    }

    /// Reads `out.len()` words of the current received message, from word `first` on (0 info,
    /// 1 reply task, 2 type, 3.. arguments).
    pub fn read_received(&self, first: usize, out: &mut [u64]) -> Result<(), ArgumentError> {
        let words = self.ipc.params.ipc.message_words;
        ArgumentError::check("message word", (first + out.len()) as u64, words as u64 + 1)?;
        for (i, w) in out.iter_mut().enumerate() {
            *w = self.ipc.mmio.read(self.ipc.reg(reg::ipc_rx((first + i) as u64)));
        }
        Ok(())
    }

    /// Writes the result words (`ipc_result`) of the next reply. Nothing is sent.
    pub fn stage_result(&mut self, result: &[u64]) -> Result<(), ArgumentError> {
        ArgumentError::check("result words", result.len() as u64, self.ipc.params.ipc.result_words as u64 + 1)?;
        for &w in result {
            self.check_word("result word", w)?;
        }
        for (i, &w) in result.iter().enumerate() {
            self.ipc.mmio.write(self.ipc.reg(reg::ipc_result(i as u64)), w);
        }
        Ok(())
    }

    /// Answers the current received message with the staged result and finishes it; when the
    /// message wants a reply, the result goes to the sender's reply box and its task is made
    /// ready in the sender's context. Refusals: NO_MESSAGE, MAILBOX_FULL (the sender's reply box
    /// is full), BUSY; the result stays staged and the message current, so `resend_reply` may
    /// try again.
    pub fn resend_reply(&mut self) -> Result<(), IpcError> {
        self.ipc.mmio.write(self.ipc.reg(reg::IPC_REPLY), 0);
        self.check()
    }

    /// Stages `result` and replies to the current message.
    pub fn reply(&mut self, result: &[u64]) -> Result<(), IpcError> {
        self.stage_result(result)?;
        self.resend_reply()
    }

    /// Answers the message in service that `token` names with the staged result and finishes
    /// it (any order; the current message stays current unless it is the one answered).
    /// Refusals: BAD_TOKEN (answered already, another context's, never taken), MAILBOX_FULL,
    /// BUSY; a refusal changes nothing, so `resend_reply_to` may try again.
    pub fn resend_reply_to(&mut self, token: Token) -> Result<(), IpcError> {
        self.ipc.mmio.write(self.ipc.reg(reg::IPC_REPLY), token.0);
        self.check()
    }

    /// Stages `result` and replies to the message `token` names.
    pub fn reply_to(&mut self, token: Token, result: &[u64]) -> Result<(), IpcError> {
        self.stage_result(result)?;
        self.resend_reply_to(token)
    }

    /// Finishes the current reply and makes the oldest waiting one current: returns the task
    /// word of the message it answers, `None` when the reply box is empty. The result's words
    /// are then [`Mailbox::reply_word`].
    pub fn pop_reply(&mut self) -> Option<TaskWord> {
        TaskWord::from_raw(self.ipc.mmio.read(self.ipc.reg(reg::IPC_REPLY_POP)))
    }

    /// Word `i` of the current reply's result (0 when none is current).
    pub fn reply_word(&self, i: usize) -> Result<u64, ArgumentError> {
        ArgumentError::check("result word", i as u64, self.ipc.params.ipc.result_words as u64)?;
        Ok(self.ipc.mmio.read(self.ipc.reg(reg::ipc_reply_data(i as u64))))
    }

    /// Reads the current reply's first `out.len()` result words.
    pub fn read_reply(&self, out: &mut [u64]) -> Result<(), ArgumentError> {
        ArgumentError::check("result words", out.len() as u64, self.ipc.params.ipc.result_words as u64 + 1)?;
        for (i, w) in out.iter_mut().enumerate() {
            *w = self.ipc.mmio.read(self.ipc.reg(reg::ipc_reply_data(i as u64)));
        }
        Ok(())
    }

    pub fn status(&self) -> IpcStatus {
        self.ipc.status()
    }
}

/// The current received message, borrowed from its [`Mailbox`]: it stays current (and its words
/// readable) until it is replied to, the next `receive` finishes it or the next `take` makes
/// another current. Its [`Received::token`] answers it later, after the borrow ends.
pub struct Received<'a, M: Mmio + Clone> {
    mailbox: &'a mut Mailbox<M>,
    envelope: Envelope,
    token: Token,
}

impl<'a, M: Mmio + Clone> Received<'a, M> {
    pub fn envelope(&self) -> Envelope {
        self.envelope
    }

    /// Names this message for [`Mailbox::reply_to`] while it is in service.
    pub fn token(&self) -> Token {
        self.token
    }

    pub fn sender(&self) -> usize {
        self.envelope.sender
    }

    pub fn channel(&self) -> usize {
        self.envelope.channel
    }

    /// Word `i` of the message (0: info, 1: reply task, 2: type, 3..: arguments).
    pub fn word(&self, i: usize) -> Result<u64, ArgumentError> {
        self.mailbox.received_word(i)
    }

    pub fn info(&self) -> u64 {
        self.mailbox.received_word(0).expect("word 0 exists")
    }

    /// The task the reply will wake in the sender's context; `None` for a one-way message.
    pub fn reply_task(&self) -> Option<TaskWord> {
        TaskWord::from_raw(self.mailbox.received_word(1).expect("word 1 exists"))
    }

    pub fn kind(&self) -> u64 {
        self.mailbox.received_word(2).expect("word 2 exists")
    }

    /// Argument `i` (message word 3 + i).
    pub fn arg(&self, i: usize) -> Result<u64, ArgumentError> {
        ArgumentError::check("argument", i as u64, self.mailbox.params().ipc.arg_words() as u64)?;
        self.mailbox.received_word(3 + i)
    }

    /// `out.len()` words from word `first` on (see [`Mailbox::read_received`]).
    pub fn read(&self, first: usize, out: &mut [u64]) -> Result<(), ArgumentError> {
        self.mailbox.read_received(first, out)
    }

    /// Replies with `result` to this message, by its token (see [`Mailbox::reply_to`]). On a
    /// refusal the message stays in service and the result staged: call `reply` (or the
    /// mailbox's `resend_reply_to`) again.
    pub fn reply(&mut self, result: &[u64]) -> Result<(), IpcError> {
        self.mailbox.reply_to(self.token, result)
    }
}
