use crate::{field, regs, ArgumentError};

/// Parameters of the controller instance, read from its `params` and `id` registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Params {
    /// Register layout version (`id.version`).
    pub version: u8,
    /// Contexts C (processes / address spaces), one register region each.
    pub contexts: usize,
    /// Priority levels P per context; 0 is the highest.
    pub priorities: usize,
    /// Task pool capacity N.
    pub capacity: usize,
    /// Harts H, each with its own dequeue register per context.
    pub harts: usize,
    /// Task word (and bus data) width in bits: 32 or 64.
    pub task_width: u32,
    /// Size in bytes of one register region (4, 8, 16 or 32 KiB).
    pub region_size: usize,
    /// Interrupt sources I. The `params` register does not carry it: this is the value of the
    /// register map the driver was built with ([`regs::SOURCES`]).
    pub sources: usize,
    /// The IPC mailbox's sizes. Not in `params` either: the values of the register map the driver
    /// was built with ([`IpcLayout::BUILT`]), or given to [`crate::TaskIntc::probe_with`].
    pub ipc: IpcLayout,
}

/// Sizes of the IPC mailbox (generator parameters `--ipc-channels`, `--mailbox-depth`,
/// `--ipc-arg-bytes`, `--ipc-result-bytes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IpcLayout {
    /// Channels K per receiving context (0: the controller has no IPC unit). Channel K itself is
    /// the system-call channel, so handler registers exist for channels 0..=K.
    pub channels: usize,
    /// Messages an inbox (and a reply box) holds, the current one included.
    pub mailbox_depth: usize,
    /// Words of a message: info pointer, reply task, type, then the arguments.
    pub message_words: usize,
    /// Words of a reply's result.
    pub result_words: usize,
}

impl IpcLayout {
    /// The layout of the register map the driver was built with (`regs.rs`).
    pub const BUILT: IpcLayout = IpcLayout {
        channels: regs::IPC_CHANNELS as usize,
        mailbox_depth: regs::MAILBOX_DEPTH as usize,
        message_words: regs::IPC_MESSAGE_WORDS as usize,
        result_words: regs::IPC_RESULT_WORDS as usize,
    };

    /// A controller without IPC unit (`--ipc-channels 0`).
    pub const NONE: IpcLayout = IpcLayout { channels: 0, mailbox_depth: 0, message_words: 0, result_words: 0 };

    /// The system-call channel K (the last handler register).
    pub const fn syscall_channel(&self) -> usize {
        self.channels
    }

    /// Argument words of a message (after the info, reply-task and type words).
    pub const fn arg_words(&self) -> usize {
        self.message_words.saturating_sub(3)
    }
}

/// Why [`crate::TaskIntc::probe`] found no usable controller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProbeError {
    /// `id` does not carry the "TIC" magic: no TaskIntc at this window.
    NoController { id: u64 },
    /// A TaskIntc whose register layout (`id.version`) is not the one this driver was built for
    /// ([`crate::LAYOUT_VERSION`]): regenerate the driver's `regs.rs` with that controller's generator.
    LayoutVersion { found: u8 },
    /// `params` describes a configuration this driver cannot address.
    Unsupported(ArgumentError),
}

impl From<ArgumentError> for ProbeError {
    fn from(e: ArgumentError) -> Self {
        ProbeError::Unsupported(e)
    }
}

impl Params {
    pub(crate) fn decode(raw: u64, version: u8) -> Result<Params, ArgumentError> {
        use regs::control::*;
        let log2_region = field(raw, PARAMS_LOG2_REGION_LSB, PARAMS_LOG2_REGION_WIDTH);
        let params = Params {
            version,
            contexts: field(raw, PARAMS_CONTEXTS_LSB, PARAMS_CONTEXTS_WIDTH) as usize,
            priorities: field(raw, PARAMS_PRIORITIES_LSB, PARAMS_PRIORITIES_WIDTH) as usize,
            capacity: 1usize << field(raw, PARAMS_LOG2_CAPACITY_LSB, PARAMS_LOG2_CAPACITY_WIDTH),
            harts: field(raw, PARAMS_HARTS_LSB, PARAMS_HARTS_WIDTH) as usize,
            task_width: if field(raw, PARAMS_TASK_WIDTH_64_LSB, PARAMS_TASK_WIDTH_64_WIDTH) == 1 { 64 } else { 32 },
            // params.log2_region is "log2 of the region size minus 12".
            region_size: 1usize << (12 + log2_region),
            sources: regs::SOURCES as usize,
            ipc: IpcLayout::BUILT,
        };
        ArgumentError::check("params.priorities", params.priorities as u64, 33)?;
        ArgumentError::check("params.log2_region", log2_region, 4)?;
        if params.contexts == 0 || params.harts == 0 || params.priorities == 0 {
            return Err(ArgumentError { what: "params (contexts, harts, priorities)", value: raw, limit: 0 });
        }
        Ok(params)
    }

    /// Byte offset of context `c`'s region from the window's base.
    pub fn context_page(&self, c: usize) -> usize {
        self.region_size * (c + 1)
    }
}
