//! `no_std` driver for the TaskIntc task-aware interrupt controller.
//!
//! Register offsets and field positions come from [`regs`], a copy of the generator's
//! `rtl-out/TaskIntc_regs.rs` (a test fails when the copy drifts). Sizes that differ between
//! configurations (contexts, levels, harts, region size) are read from the controller's `params`
//! register at [`TaskIntc::probe`], so one driver serves every generated configuration.
//!
//! # Concurrency: which handles are `Sync`
//!
//! The controller executes every bus access as one indivisible operation, so an operation that is
//! one access is safe from any hart at any time: those live on the `Sync` handles [`Queue`] and
//! [`Control`] (enqueue, enqueue at head, remove, wait, dequeue, counts, grants, source
//! configuration, injection, notifications, status), and they need no lock at all.
//!
//! Learning whether an operation was refused takes a second access: a read of the page's sticky
//! `error` register, which also holds (and clears) the errors of every other operation on that page.
//! The checked operations, which return `Result`, therefore live on the owner handles
//! [`ContextOwner`] and [`ControlOwner`], take `&mut self`, and are `Send` but not `Sync`: at most
//! one owner per page exists (see [`TaskIntc::context_owner`]), so the error read is attributed to
//! the operation that preceded it without a lock, as long as the owner is the only writer of its
//! page that checks errors. Posted operations on the `Sync` handles report refusals to whoever
//! reads the page's error register next ([`Queue::take_errors`]).
//!
//! The split is checked at compile time:
//!
//! ```
//! fn sync<T: Sync + Send>() {}
//! sync::<taskintc_driver::Queue<taskintc_driver::Mmio64>>();
//! sync::<taskintc_driver::Control<taskintc_driver::Mmio64>>();
//! ```
//!
//! ```compile_fail
//! fn sync<T: Sync>() {}
//! sync::<taskintc_driver::ContextOwner<taskintc_driver::Mmio64>>();
//! ```
//!
//! ```compile_fail
//! fn sync<T: Sync>() {}
//! sync::<taskintc_driver::ControlOwner<taskintc_driver::Mmio64>>();
//! ```
//!
//! ```
//! fn send<T: Send>() {}
//! send::<taskintc_driver::ContextOwner<taskintc_driver::Mmio64>>();
//! ```
//!
//! The IPC mailbox follows the same split: [`Mailbox`] (one per context region, `&mut self`,
//! `Send` not `Sync`) stages and sends messages, receives and replies, pops replies, each checked
//! against the region's `ipc_error`, because staging and sending is a sequence of accesses on the
//! region's one staging area; [`Ipc`] (`Sync`) registers handlers and reads the status.
//!
//! ```
//! fn sync<T: Sync + Send>() {}
//! sync::<taskintc_driver::Ipc<taskintc_driver::Mmio64>>();
//! fn send<T: Send>() {}
//! send::<taskintc_driver::Mailbox<taskintc_driver::Mmio64>>();
//! ```
//!
//! ```compile_fail
//! fn sync<T: Sync>() {}
//! sync::<taskintc_driver::Mailbox<taskintc_driver::Mmio64>>();
//! ```
#![cfg_attr(not(test), no_std)]

pub mod regs;

mod control;
mod context;
mod error;
mod ipc;
mod mmio;
mod params;
mod task_word;

pub use control::{Control, ControlOwner, SourceConfig, SourceStatus};
pub use context::{cancel_wait_offset, CancelWait, ContextOwner, Dequeuer, Queue};
pub use error::{ArgumentError, Error, ErrorBits};
pub use ipc::{Envelope, Ipc, IpcError, IpcErrorBits, IpcStatus, Mailbox, Message, Received};
pub use mmio::{Mmio, Mmio32, Mmio64, Offset};
pub use params::{IpcLayout, Params, ProbeError};
pub use task_word::{TaskWord, TCB_ALIGN};

/// The controller: its bus window and its parameters.
pub struct TaskIntc<M: Mmio + Clone> {
    mmio: M,
    params: Params,
    claimed_contexts: [u64; 2],
    claimed_mailboxes: [u64; 2],
    control_claimed: bool,
}

/// Value of `control.id`'s magic field ("TIC"), from the generated register map.
pub const MAGIC: u64 = regs::MAGIC;
/// The register layout this driver was built for (`control.id`'s version field), from the generated map.
pub const LAYOUT_VERSION: u64 = regs::LAYOUT_VERSION;

impl<M: Mmio + Clone> TaskIntc<M> {
    /// Reads `id` and `params` and checks that a TaskIntc with this driver's register layout answers
    /// at this window.
    pub fn probe(mmio: M) -> Result<Self, ProbeError> {
        let id = mmio.read(regs::control::ID as usize);
        let magic = field(id, regs::control::ID_MAGIC_LSB, regs::control::ID_MAGIC_WIDTH);
        if magic != MAGIC {
            return Err(ProbeError::NoController { id });
        }
        let version = field(id, regs::control::ID_VERSION_LSB, regs::control::ID_VERSION_WIDTH) as u8;
        if u64::from(version) != LAYOUT_VERSION {
            return Err(ProbeError::LayoutVersion { found: version });
        }
        let params = Params::decode(mmio.read(regs::control::PARAMS as usize), version)?;
        Ok(TaskIntc { mmio, params, claimed_contexts: [0; 2], claimed_mailboxes: [0; 2], control_claimed: false })
    }

    /// As [`TaskIntc::probe`], for a controller generated with `sources` interrupt sources where
    /// that differs from the register map the driver was built with (the `params` register does
    /// not carry the number of sources).
    pub fn probe_with_sources(mmio: M, sources: usize) -> Result<Self, ProbeError> {
        let mut intc = Self::probe(mmio)?;
        intc.params.sources = sources;
        Ok(intc)
    }

    /// As [`TaskIntc::probe`], for a controller whose number of sources and IPC sizes differ
    /// from the register map the driver was built with (`params` carries neither).
    pub fn probe_with(mmio: M, sources: usize, ipc: IpcLayout) -> Result<Self, ProbeError> {
        let mut intc = Self::probe(mmio)?;
        intc.params.sources = sources;
        intc.params.ipc = ipc;
        Ok(intc)
    }

    pub fn params(&self) -> &Params {
        &self.params
    }

    /// The `Sync` IPC handle of context `c`'s region (handlers, status).
    pub fn ipc(&self, c: usize) -> Result<Ipc<M>, ArgumentError> {
        ArgumentError::check("context", c as u64, self.params.contexts as u64)?;
        ipc::check_present(&self.params)?;
        Ok(Ipc::new(self.mmio.clone(), self.params, self.params.context_page(c)))
    }

    /// The owner of context `c`'s mailbox (send, receive, reply). `None` if already handed out.
    pub fn mailbox(&mut self, c: usize) -> Result<Option<Mailbox<M>>, ArgumentError> {
        let ipc = self.ipc(c)?;
        let (word, bit) = (c / 64, c % 64);
        if self.claimed_mailboxes[word] & (1 << bit) != 0 {
            return Ok(None);
        }
        self.claimed_mailboxes[word] |= 1 << bit;
        Ok(Some(Mailbox::new(ipc)))
    }

    /// The `Sync` handle of context `c`'s page: single-access operations only.
    pub fn queue(&self, c: usize) -> Result<Queue<M>, ArgumentError> {
        ArgumentError::check("context", c as u64, self.params.contexts as u64)?;
        Ok(Queue::new(self.mmio.clone(), self.params, self.params.context_page(c)))
    }

    /// The owner of context `c`'s page (checked operations). Returns `None` if it was already
    /// handed out by this `TaskIntc`.
    pub fn context_owner(&mut self, c: usize) -> Result<Option<ContextOwner<M>>, ArgumentError> {
        let queue = self.queue(c)?;
        let (word, bit) = (c / 64, c % 64);
        if self.claimed_contexts[word] & (1 << bit) != 0 {
            return Ok(None);
        }
        self.claimed_contexts[word] |= 1 << bit;
        Ok(Some(ContextOwner::new(queue)))
    }

    /// The `Sync` handle of the privileged control page.
    pub fn control(&self) -> Control<M> {
        Control::new(self.mmio.clone(), self.params)
    }

    /// The owner of the control page (checked operations); `None` if already handed out.
    pub fn control_owner(&mut self) -> Option<ControlOwner<M>> {
        if self.control_claimed {
            return None;
        }
        self.control_claimed = true;
        Some(ControlOwner::new(self.control()))
    }
}

#[inline]
pub(crate) fn field(value: u64, lsb: u32, width: u32) -> u64 {
    if width >= 64 {
        value >> lsb
    } else {
        (value >> lsb) & ((1u64 << width) - 1)
    }
}
