//! `no_std` async executor whose ready queues are the TaskIntc controller's.
//!
//! * **Tasks** ([`task`](TaskStorage)): a task is spawned with a priority (0 is the highest) and
//!   optionally the preempt bit. It lives in one *task block*: a 64-byte-aligned header whose
//!   address is the task word `block | priority << 1 | preempt` the controller queues, its wait
//!   slots, and the future inline. Blocks come from a [`TaskStorage`] static or from the heap at
//!   spawn; a finished task's heap block is reused by the next spawn of the same size.
//! * **Wakers are task words**: waking is a compare-and-swap on the task's state and one posted
//!   write of its word to the controller's `enqueue` register, from any hart or interrupt handler;
//!   cloning and dropping a waker cost nothing. No software ready queue and no lock exist.
//! * **The run loop** ([`Executor::run_once`]) dequeues the highest-priority word from the
//!   controller (one read) and polls the task its block belongs to.
//! * **Waiting in hardware** ([`Spawner::wait_source`]): a wait parks one of the task's *wait
//!   slot* words on an interrupt source (one write, one error-register read); the controller
//!   moves the word into the ready queue when the source fires, without the CPU. A task has
//!   [`WAIT_SLOTS`] of them, so it can wait on a source and a timeout ([`Spawner::with_timeout`])
//!   or race two waits ([`select()`](fn@select)) and still be woken by ordinary wakers. A wait
//!   dropped while parked (the loser of a race) is taken back with the controller's `cancel_wait`;
//!   no event is lost (see [`WaitSource`]).
//! * **IPC** ([`Executor::attach_mailbox`]): [`Spawner::call`] / [`Spawner::syscall`] send a
//!   message whose reply task is a wait slot word of the caller, so the controller makes the
//!   caller ready with the reply (a call refused by a full inbox, with
//!   [`IpcCall::retry_when_full`], waits for a reply to its context before sending again);
//!   [`Executor::serve`] answers a channel's messages with an async
//!   handler whose future lives inside the service task, one message at a time;
//!   [`Executor::serve_concurrent`] keeps up to `N` handlers in flight and answers each message
//!   by its reply token when its handler finishes.
//!
//! # What allocates
//!
//! | path | heap |
//! |---|---|
//! | wake, poll, run loop, `wait_source`, `yield_now`, `select`, `with_timeout` | never |
//! | `call` / `syscall` (arguments borrowed, the result an array by value), serving a message | never |
//! | `spawn` / `spawn_in` into a [`TaskStorage`] | never |
//! | `spawn` without storage | the task block, unless a finished task of the same block size left one |
//! | `Executor::new`, `attach_mailbox`, `serve`, `serve_concurrent` | once: executor state, doorbells, the service task |
//!
//! No path touches a reference count. Task blocks, the executor's state and the doorbells are
//! never returned to the allocator (wakers and the controller may hold their addresses at any
//! time); a waker that outlives its task wakes whatever task the block holds next (a spurious
//! poll) or nothing.
//!
//! # Threads
//!
//! One executor serves one context page on one hart: it owns the page (`ContextOwner`) and is
//! the only reader of its dequeue and error registers. [`Executor`] and [`Spawner`] are not
//! `Send` (like Embassy's): create the executor on the hart that runs it. Wakers are `Send` and
//! may wake from any hart. The executor's futures work only inside its tasks (they find their
//! task through the waker and panic otherwise).
#![cfg_attr(not(test), no_std)]

extern crate alloc;

mod error;
mod executor;
mod inline;
mod ipc;
pub mod probes;
mod select;
mod task;
mod wait;
mod waker;
mod word_move;

pub use error::{CallError, RunError, ServeError, SpawnError, WaitError};
pub use executor::{Dequeued, Executor, Spawner, CHECK_INTERVAL};
pub use inline::InlineFuture;
pub use ipc::client::IpcCall;
pub use ipc::service::Request;
pub use select::{select, Either, Select, Timeout, WithTimeout};
pub use task::{task_block_size, StorageError, TaskStorage, MAX_RESULT_WORDS, WAIT_SLOTS};
pub use wait::{yield_now, WaitSource, YieldNow};

use taskintc_driver::Mmio;

/// What a handle to the controller must be for the executor: wakers may be sent to other harts.
pub trait Controller: Mmio + Clone + Send + Sync + 'static {}
impl<T: Mmio + Clone + Send + Sync + 'static> Controller for T {}
