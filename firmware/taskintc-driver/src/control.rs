use core::cell::Cell;
use core::marker::PhantomData;

use crate::regs::control as reg;
use crate::ipc::check_present;
use crate::{field, ArgumentError, Error, ErrorBits, IpcError, IpcErrorBits, Mmio, Params, TaskWord};

/// Per-source modes written to `source_config`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceConfig {
    /// Every rising edge is an event (else level: one event per high period).
    pub edge: bool,
    /// An event wakes the waiters until none is left, a wait joining meanwhile too (else the oldest).
    pub wake_all: bool,
    /// A wait registers a handler that stays armed; each event enqueues a copy of it (waiters
    /// queued before stay queued, unwoken, until it is cleared).
    pub persistent: bool,
    /// New events are ignored; a line that rose while masked brings none when unmasked.
    pub masked: bool,
}

/// A source's `source_status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceStatus {
    /// Events not yet delivered (saturating).
    pub pending: u32,
    pub waiting: bool,
    pub handler: bool,
    pub edge: bool,
    pub wake_all: bool,
    pub persistent: bool,
    pub masked: bool,
    /// An event was lost (the pending count was saturated, or with `--line-buffer 1` its line's bit
    /// was still set); sticky until the source's next `source_config` write.
    pub lost: bool,
}

impl SourceStatus {
    fn decode(raw: u64) -> Self {
        let bit = |lsb: u32| field(raw, lsb, 1) == 1;
        SourceStatus {
            pending: field(raw, reg::SOURCE_STATUS_PENDING_LSB, reg::SOURCE_STATUS_WAITING_LSB - reg::SOURCE_STATUS_PENDING_LSB) as u32,
            waiting: bit(reg::SOURCE_STATUS_WAITING_LSB),
            handler: bit(reg::SOURCE_STATUS_HANDLER_LSB),
            edge: bit(reg::SOURCE_STATUS_EDGE_LSB),
            wake_all: bit(reg::SOURCE_STATUS_WAKE_ALL_LSB),
            persistent: bit(reg::SOURCE_STATUS_PERSISTENT_LSB),
            masked: bit(reg::SOURCE_STATUS_MASKED_LSB),
            lost: bit(reg::SOURCE_STATUS_LOST_LSB),
        }
    }
}

/// `Sync` handle of the privileged control page (map it to the kernel only). Every method is one
/// bus access; writes are posted and report refusals through [`Control::take_errors`].
#[derive(Clone)]
pub struct Control<M: Mmio> {
    mmio: M,
    params: Params,
}

fn put(value: u64, lsb: u32) -> u64 {
    value << lsb
}

impl<M: Mmio> Control<M> {
    pub(crate) fn new(mmio: M, params: Params) -> Self {
        Control { mmio, params }
    }

    pub fn params(&self) -> &Params {
        &self.params
    }

    fn source(&self, source: usize) -> Result<u64, ArgumentError> {
        ArgumentError::check("source", source as u64, self.params.sources as u64)?;
        Ok(source as u64)
    }

    fn context(&self, context: usize) -> Result<u64, ArgumentError> {
        ArgumentError::check("context", context as u64, self.params.contexts as u64)?;
        Ok(context as u64)
    }

    fn hart(&self, hart: usize) -> Result<u64, ArgumentError> {
        ArgumentError::check("hart", hart as u64, self.params.harts as u64)?;
        Ok(hart as u64)
    }

    /// Allows (or, with `allow = false`, forbids) `context` to wait on `source`.
    pub fn post_grant(&self, source: usize, context: usize, allow: bool) -> Result<(), ArgumentError> {
        let word = put(self.source(source)?, reg::GRANT_SOURCE_LSB)
            | put(self.context(context)?, reg::GRANT_CONTEXT_LSB)
            | put(allow as u64, reg::GRANT_ALLOW_LSB);
        self.mmio.write(reg::GRANT as usize, word);
        Ok(())
    }

    pub fn post_source_config(&self, source: usize, config: SourceConfig) -> Result<(), ArgumentError> {
        let word = put(self.source(source)?, reg::SOURCE_CONFIG_SOURCE_LSB)
            | put(config.edge as u64, reg::SOURCE_CONFIG_EDGE_LSB)
            | put(config.wake_all as u64, reg::SOURCE_CONFIG_WAKE_ALL_LSB)
            | put(config.persistent as u64, reg::SOURCE_CONFIG_PERSISTENT_LSB)
            | put(config.masked as u64, reg::SOURCE_CONFIG_MASKED_LSB);
        self.mmio.write(reg::SOURCE_CONFIG as usize, word);
        Ok(())
    }

    /// NIC coalescing of `source`: one event per `count` NIC events or `time` cycles after the
    /// first; `count <= 1` and `time = 0` turn it off.
    pub fn post_nic_coalesce(&self, source: usize, count: u32, time: u32) -> Result<(), ArgumentError> {
        ArgumentError::check("count", count as u64, 1 << reg::NIC_COALESCE_COUNT_WIDTH)?;
        ArgumentError::check("time", time as u64, 1 << reg::NIC_COALESCE_TIME_WIDTH)?;
        let word = put(self.source(source)?, reg::NIC_COALESCE_SOURCE_LSB)
            | put(count as u64, reg::NIC_COALESCE_COUNT_LSB)
            | put(time as u64, reg::NIC_COALESCE_TIME_LSB);
        self.mmio.write(reg::NIC_COALESCE as usize, word);
        Ok(())
    }

    /// A simulated event on `source` (bring-up and tests).
    pub fn inject(&self, source: usize) -> Result<(), ArgumentError> {
        let word = put(self.source(source)?, reg::INJECT_SOURCE_LSB);
        self.mmio.write(reg::INJECT as usize, word);
        Ok(())
    }

    /// Tells the controller which context hart `hart` runs (`None`: none), at each context switch.
    pub fn set_hart_context(&self, hart: usize, context: Option<usize>) -> Result<(), ArgumentError> {
        let offset = reg::hart_context(self.hart(hart)?) as usize;
        let word = match context {
            Some(c) => put(self.context(c)?, reg::HART_CONTEXT_CONTEXT_LSB) | put(1, reg::HART_CONTEXT_VALID_LSB),
            None => 0,
        };
        self.mmio.write(offset, word);
        Ok(())
    }

    /// Hart whose supervisor software interrupt carries kernel notifications.
    pub fn set_notify_hart(&self, hart: usize) -> Result<(), ArgumentError> {
        let word = put(self.hart(hart)?, reg::NOTIFY_HART_HART_LSB);
        self.mmio.write(reg::NOTIFY_HART as usize, word);
        Ok(())
    }

    /// Pops the lowest context that had a task woken while no hart ran it.
    pub fn notify(&self) -> Option<usize> {
        let raw = self.mmio.read(reg::NOTIFY as usize);
        if field(raw, reg::NOTIFY_VALID_LSB, reg::NOTIFY_VALID_WIDTH) == 1 {
            Some(field(raw, reg::NOTIFY_CONTEXT_LSB, reg::NOTIFY_CONTEXT_WIDTH) as usize)
        } else {
            None
        }
    }

    /// Harts with a user software (preemption) interrupt pending, bit h for hart h.
    pub fn usip(&self) -> u64 {
        self.mmio.read(reg::USIP as usize)
    }

    /// Free entries in the task pool (ready and waiting tasks of all contexts share it).
    pub fn pool_free(&self) -> usize {
        self.mmio.read(reg::POOL_FREE as usize) as usize
    }

    /// The task hart `hart` last dequeued (`None` when that dequeue found nothing).
    pub fn current_task(&self, hart: usize) -> Result<Option<TaskWord>, ArgumentError> {
        Ok(TaskWord::from_raw(self.mmio.read(reg::current_task(self.hart(hart)?) as usize)))
    }

    /// The context of hart `hart`'s last dequeue that returned a task.
    pub fn current_context(&self, hart: usize) -> Result<Option<usize>, ArgumentError> {
        let raw = self.mmio.read(reg::current_context(self.hart(hart)?) as usize);
        Ok(if field(raw, reg::CURRENT_CONTEXT_VALID_LSB, reg::CURRENT_CONTEXT_VALID_WIDTH) == 1 {
            Some(field(raw, reg::CURRENT_CONTEXT_CONTEXT_LSB, reg::CURRENT_CONTEXT_CONTEXT_WIDTH) as usize)
        } else {
            None
        })
    }

    /// Tasks in context `context`'s ready queues.
    pub fn context_count(&self, context: usize) -> Result<usize, ArgumentError> {
        Ok(self.mmio.read(reg::context_count(self.context(context)?) as usize) as usize)
    }

    /// Non-empty priority levels of context `context`.
    pub fn context_levels(&self, context: usize) -> Result<u64, ArgumentError> {
        Ok(self.mmio.read(reg::context_levels(self.context(context)?) as usize))
    }

    pub fn source_status(&self, source: usize) -> Result<SourceStatus, ArgumentError> {
        Ok(SourceStatus::decode(self.mmio.read(reg::source_status(self.source(source)?) as usize)))
    }

    /// Reads and clears the control page's sticky error bits.
    pub fn take_errors(&self) -> ErrorBits {
        ErrorBits(self.mmio.read(reg::ERROR as usize))
    }

    /// Grants (or, with `allow = false`, revokes) the capability for context `sender` to send to
    /// context `receiver` on `channel` (below K: the system-call channel needs no grant).
    pub fn post_ipc_grant(&self, sender: usize, receiver: usize, channel: usize, allow: bool) -> Result<(), ArgumentError> {
        check_present(&self.params)?;
        ArgumentError::check("channel", channel as u64, self.params.ipc.channels as u64)?;
        let word = put(self.context(sender)?, reg::IPC_GRANT_SENDER_LSB)
            | put(self.context(receiver)?, reg::IPC_GRANT_RECEIVER_LSB)
            | put(channel as u64, reg::IPC_GRANT_CHANNEL_LSB)
            | put(allow as u64, reg::IPC_GRANT_ALLOW_LSB);
        self.mmio.write(reg::IPC_GRANT as usize, word);
        Ok(())
    }

    /// Makes `context` the kernel context: the receiver of every context's system calls.
    pub fn post_syscall_context(&self, context: usize) -> Result<(), ArgumentError> {
        check_present(&self.params)?;
        let word = put(self.context(context)?, reg::IPC_SYSCALL_CONTEXT_CONTEXT_LSB);
        self.mmio.write(reg::IPC_SYSCALL_CONTEXT as usize, word);
        Ok(())
    }

    /// Reads and clears the IPC error bits of control-region writes (BAD_TARGET).
    pub fn take_ipc_errors(&self) -> IpcErrorBits {
        IpcErrorBits(self.mmio.read(reg::IPC_ERROR as usize))
    }
}

/// The owner of the control page: configuration writes checked against the control error
/// register (`&mut self`, not `Sync`, for the same reason as [`crate::ContextOwner`]).
pub struct ControlOwner<M: Mmio> {
    control: Control<M>,
    _not_sync: PhantomData<Cell<()>>,
}

impl<M: Mmio + Clone> ControlOwner<M> {
    pub(crate) fn new(control: Control<M>) -> Self {
        ControlOwner { control, _not_sync: PhantomData }
    }

    pub fn control(&self) -> Control<M> {
        self.control.clone()
    }

    pub fn check(&mut self) -> Result<(), Error> {
        self.control.take_errors().into_result()
    }

    /// Allows (or, `allow` false, forbids) `context` to wait on `source`. Revoking refuses later
    /// waits and cancel_waits only: the context's waiters already queued on the source stay and
    /// are woken by its events, so cancel them first to take them off.
    pub fn grant(&mut self, source: usize, context: usize, allow: bool) -> Result<(), Error> {
        self.control.post_grant(source, context, allow)?;
        self.check()
    }

    pub fn configure_source(&mut self, source: usize, config: SourceConfig) -> Result<(), Error> {
        self.control.post_source_config(source, config)?;
        self.check()
    }

    pub fn nic_coalesce(&mut self, source: usize, count: u32, time: u32) -> Result<(), Error> {
        self.control.post_nic_coalesce(source, count, time)?;
        self.check()
    }

    pub fn inject(&mut self, source: usize) -> Result<(), Error> {
        self.control.inject(source)?;
        self.check()
    }

    pub fn set_hart_context(&mut self, hart: usize, context: Option<usize>) -> Result<(), Error> {
        self.control.set_hart_context(hart, context)?;
        self.check()
    }

    /// IPC refusals of earlier control writes as a `Result`.
    pub fn check_ipc(&mut self) -> Result<(), IpcError> {
        self.control.take_ipc_errors().into_result()
    }

    /// Grants (`allow`) or revokes the capability (sender, receiver, channel).
    pub fn ipc_grant(&mut self, sender: usize, receiver: usize, channel: usize, allow: bool) -> Result<(), IpcError> {
        self.control.post_ipc_grant(sender, receiver, channel, allow)?;
        self.check_ipc()
    }

    /// Sets the kernel context that receives system calls.
    pub fn set_syscall_context(&mut self, context: usize) -> Result<(), IpcError> {
        self.control.post_syscall_context(context)?;
        self.check_ipc()
    }
}
