//! The executor's error types.
use core::fmt;

use taskintc_driver::{ArgumentError, Error, ErrorBits, IpcError, IpcErrorBits};

use crate::task::StorageError;

/// Why the run loop stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunError {
    /// The controller refused a posted enqueue or wait of this executor (POOL_FULL: a task's word
    /// could not be queued, so that task is lost).
    Controller(ErrorBits),
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Controller(bits) => write!(f, "the controller refused an operation: {:?}", bits),
        }
    }
}

/// Why a task could not be spawned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpawnError {
    Argument(ArgumentError),
    /// The controller refused the task's word (POOL_FULL).
    Refused(ErrorBits),
    /// The [`crate::TaskStorage`] is too small for the task or still in use.
    Storage(StorageError),
}

impl From<Error> for SpawnError {
    fn from(e: Error) -> Self {
        match e {
            Error::Argument(a) => SpawnError::Argument(a),
            Error::Refused(bits) => SpawnError::Refused(bits),
        }
    }
}

impl From<ArgumentError> for SpawnError {
    fn from(e: ArgumentError) -> Self {
        SpawnError::Argument(e)
    }
}

impl From<StorageError> for SpawnError {
    fn from(e: StorageError) -> Self {
        SpawnError::Storage(e)
    }
}

/// Why a [`crate::WaitSource`] failed; the task was not parked. (One byte: a wait's result fits a
/// register.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitError {
    /// The kernel has not granted this context the source.
    NotGranted,
    /// No pool entry was free for the waiting task.
    PoolFull,
    /// The task already has [`crate::WAIT_SLOTS`] waits or calls outstanding.
    TooManyWaits,
    /// The source is beyond the controller's sources (nothing was written).
    BadSource,
}

/// Why an IPC call ([`crate::Spawner::call`], [`crate::Spawner::syscall`]) failed; nothing is
/// outstanding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallError {
    /// The controller refused the send (NO_CAPABILITY, NO_HANDLER, MAILBOX_FULL, BUSY, ...).
    Refused(IpcErrorBits),
    Argument(ArgumentError),
    /// No mailbox is attached to the executor ([`crate::Executor::attach_mailbox`]).
    NoMailbox,
    /// The task already has [`crate::WAIT_SLOTS`] waits or calls outstanding.
    TooManyWaits,
}

impl From<IpcError> for CallError {
    fn from(e: IpcError) -> Self {
        match e {
            IpcError::Refused(bits) => CallError::Refused(bits),
            IpcError::Argument(a) => CallError::Argument(a),
        }
    }
}

/// Why [`crate::Executor::serve`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServeError {
    Spawn(SpawnError),
    Ipc(IpcError),
    NoMailbox,
    /// The channel already has a service on this executor.
    AlreadyServed,
}
