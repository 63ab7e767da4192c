//! `no_std` + `alloc` async executor whose ready queues are the TaskIntc controller's.
//!
//! * A task is spawned with a priority (0 is the highest) and optionally the preempt bit.
//! * Its task control block ([`TaskControlBlock`]) is 64-byte aligned; the controller holds the
//!   task word `TCB address | priority << 1 | preempt` (the task-word layout of the register map).
//! * The waker enqueues the task word through the controller (one posted write, safe from any
//!   hart or interrupt handler); the run loop dequeues the highest-priority word and polls that
//!   task. No software ready queue and no lock exist.
//! * [`Spawner::wait_source`] is a future that parks the task in the controller on an interrupt
//!   source (one write); the hardware moves the task word into the ready queue when the source
//!   fires, without the CPU.
//!
//! One executor serves one context page on one hart: it owns the page ([`ContextOwner`]) and is
//! the only reader of its dequeue register and error register. Wakers may run on any hart.
//!
//! IPC ([`Executor::attach_mailbox`]): [`Spawner::call`] / [`Spawner::syscall`] send a message
//! whose reply task is the calling task's own word, so the controller makes the caller ready when
//! the reply arrives; the run loop pops the context's reply box and hands each result to the task
//! it answers. [`Executor::serve`] registers a service for a channel: the handler word the
//! controller makes ready per message is a small *doorbell* block (not a task), which wakes the
//! service task; the service receives, runs an async handler and replies. A context has one
//! current message at a time (only it can be replied to), so its services take turns.
//!
//! A task parked on a source cannot be woken by anything else (the controller cannot cancel a
//! waiting task yet): a software wake while it is parked is remembered and the task is polled
//! once, when the source fires.
#![cfg_attr(not(test), no_std)]

extern crate alloc;

use alloc::boxed::Box;
use alloc::sync::Arc;
use core::cell::UnsafeCell;
use core::fmt;
use core::future::Future;
use core::mem::ManuallyDrop;
use core::pin::Pin;
use core::ptr;
use core::sync::atomic::{AtomicPtr, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use core::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

use alloc::vec::Vec;
use core::sync::atomic::AtomicBool;

use taskintc_driver::{ArgumentError, ContextOwner, Envelope, Error, ErrorBits, IpcError, IpcErrorBits, Mailbox, Message, Mmio, Queue, TaskWord};

/// What a handle to the controller must be for the executor: wakers may be sent to other harts.
pub trait Controller: Mmio + Clone + Send + Sync + 'static {}
impl<T: Mmio + Clone + Send + Sync + 'static> Controller for T {}

// Task states. QUEUED: its word is in the controller's ready queue. PARKED: its word waits on a
// source in the controller. *_WOKEN: a wake arrived meanwhile.
const IDLE: u8 = 0;
const QUEUED: u8 = 1;
const RUNNING: u8 = 2;
const RUNNING_WOKEN: u8 = 3;
const PARKED: u8 = 4;
const PARKED_WOKEN: u8 = 5;
const DONE: u8 = 6;

const NO_SOURCE: usize = usize::MAX;
/// `parked_on` of a task whose word waits in the controller for an IPC reply.
const IPC_REPLY: usize = usize::MAX - 1;

// The first byte of every block whose address the controller holds as a task word.
const KIND_TASK: u8 = 1;
const KIND_DOORBELL: u8 = 2;

type BoxedFuture = Pin<Box<dyn Future<Output = ()> + Send + 'static>>;

/// A task control block: 64-byte aligned, so that its address is the pointer field of a task word.
/// The controller holds one reference (an `Arc` strong count) while the word is queued or parked.
#[repr(C, align(64))]
pub struct TaskControlBlock<M: Controller> {
    /// KIND_TASK: tells a task word from a doorbell word in the run loop.
    kind: u8,
    /// A service: not counted in `live` (it runs for as long as the executor).
    daemon: bool,
    state: AtomicU8,
    word: TaskWord,
    /// The source this task is parked on, while parked.
    parked_on: AtomicUsize,
    /// The source whose event made the controller return this task, for its `WaitSource`.
    fired: AtomicUsize,
    shared: Arc<Shared<M>>,
    future: UnsafeCell<Option<BoxedFuture>>,
    /// The result of this task's IPC call, filled by the run loop when it pops the reply.
    reply: UnsafeCell<Option<Vec<u64>>>,
}

// Safety: `future` and `reply` are touched only by the run loop of the executor that owns the
// task (one thread); every other field is atomic or immutable.
unsafe impl<M: Controller> Sync for TaskControlBlock<M> {}
unsafe impl<M: Controller> Send for TaskControlBlock<M> {}

impl<M: Controller> TaskControlBlock<M> {
    pub fn word(&self) -> TaskWord {
        self.word
    }

    /// Hands one reference to the controller and enqueues the word (posted).
    fn enqueue(self: &Arc<Self>) {
        let raw = Arc::into_raw(self.clone());
        debug_assert_eq!(raw as usize, self.word.tcb());
        self.shared.queue.post_enqueue(self.word);
        self.shared.posted.fetch_add(1, Ordering::Release);
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let mut state = self.state.load(Ordering::Acquire);
        loop {
            let next = match state {
                IDLE => QUEUED,
                RUNNING => RUNNING_WOKEN,
                PARKED => PARKED_WOKEN,
                _ => return, // already queued, already woken, or done
            };
            match self.state.compare_exchange_weak(state, next, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => {
                    if next == QUEUED {
                        self.enqueue();
                    }
                    return;
                }
                Err(actual) => state = actual,
            }
        }
    }

    const VTABLE: RawWakerVTable = RawWakerVTable::new(Self::waker_clone, Self::waker_wake, Self::waker_wake_by_ref, Self::waker_drop);

    unsafe fn waker_clone(data: *const ()) -> RawWaker {
        Arc::increment_strong_count(data as *const Self);
        RawWaker::new(data, &Self::VTABLE)
    }

    unsafe fn waker_wake(data: *const ()) {
        let task = Arc::from_raw(data as *const Self);
        task.wake_by_ref();
    }

    unsafe fn waker_wake_by_ref(data: *const ()) {
        let task = ManuallyDrop::new(Arc::from_raw(data as *const Self));
        task.wake_by_ref();
    }

    unsafe fn waker_drop(data: *const ()) {
        drop(Arc::from_raw(data as *const Self));
    }
}

struct Shared<M: Controller> {
    queue: Queue<M>,
    priorities: usize,
    /// The task being polled (only the run loop writes it).
    current: AtomicPtr<TaskControlBlock<M>>,
    /// Tasks spawned and not finished.
    live: AtomicUsize,
    /// Posted writes since the run loop last read the error register.
    posted: AtomicUsize,
    /// Error bits read by a checked step on behalf of other operations.
    deferred: AtomicU64,
    /// The context's mailbox and the services' state, once attached.
    ipc: SpinLock<Option<IpcState<M>>>,
}

/// A lock for the IPC state. Only the run loop's thread takes it (during polls and between
/// them), so it is never contended in correct use; it makes misuse (polling an IPC future on
/// another thread) wait instead of racing on the mailbox's staging area.
struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// Safety: the value is reached only through the guard, which the atomic flag makes exclusive.
unsafe impl<T: Send> Sync for SpinLock<T> {}
unsafe impl<T: Send> Send for SpinLock<T> {}

struct SpinGuard<'a, T> {
    lock: &'a SpinLock<T>,
}

impl<T> SpinLock<T> {
    const fn new(value: T) -> Self {
        SpinLock { locked: AtomicBool::new(false), value: UnsafeCell::new(value) }
    }

    fn lock(&self) -> SpinGuard<'_, T> {
        while self.locked.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            core::hint::spin_loop();
        }
        SpinGuard { lock: self }
    }
}

impl<T> core::ops::Deref for SpinGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.lock.value.get() }
    }
}

impl<T> core::ops::DerefMut for SpinGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.lock.value.get() }
    }
}

impl<T> Drop for SpinGuard<'_, T> {
    fn drop(&mut self) {
        self.lock.locked.store(false, Ordering::Release);
    }
}

/// The received message a service is working on (the context's current message).
#[derive(Clone, Copy)]
struct Current {
    envelope: Envelope,
    /// Numbers the received messages, so a stale [`Request`] cannot read a later one.
    seq: u64,
    /// A service took it (and will reply).
    taken: bool,
}

struct IpcState<M: Controller> {
    mailbox: Mailbox<M>,
    current: Option<Current>,
    seq: u64,
    /// Doorbells dequeued minus messages received: > 0 means messages wait in the inbox whose
    /// doorbell already rang (their service found another message current).
    rung_unreceived: i64,
    /// Per channel 0..=K: the doorbell of its service.
    services: Vec<Option<&'static Doorbell<M>>>,
    /// Argument words (result words) of the staging area that may hold earlier data: a shorter
    /// message (result) is padded with zeros up to it, so that no receiver (caller) reads what
    /// this context sent (answered) to another. Unknown after reset: all of them.
    args_dirty: usize,
    result_dirty: usize,
}

/// `words` padded with zeros up to `dirty` words; `dirty` becomes `words.len()`.
fn padded(words: &[u64], dirty: &mut usize) -> Vec<u64> {
    let mut out = words.to_vec();
    if *dirty > out.len() {
        out.resize(*dirty, 0);
    }
    *dirty = words.len();
    out
}

impl<M: Controller> IpcState<M> {
    /// Receives the next message and wakes the service of its channel (unless that is `me`).
    fn receive_next(&mut self, me: Option<usize>) -> Option<Current> {
        let envelope = self.mailbox.receive().map(|m| m.envelope())?;
        self.rung_unreceived -= 1;
        self.seq += 1;
        let current = Current { envelope, seq: self.seq, taken: false };
        self.current = Some(current);
        if me != Some(envelope.channel) {
            if let Some(task) = self.services.get(envelope.channel).copied().flatten().and_then(Doorbell::task) {
                task.wake_by_ref();
            }
        }
        Some(current)
    }
}

/// The block whose address is registered as a channel's handler word: the controller makes a
/// copy of it ready per message; the run loop wakes the service task for it. Leaked on purpose
/// (one per `serve`, 64 bytes): the controller may hold copies of its word at any time. It keeps
/// its service task alive until the executor is dropped.
#[repr(C, align(64))]
struct Doorbell<M: Controller> {
    kind: u8,
    task: SpinLock<Option<Arc<TaskControlBlock<M>>>>,
}

impl<M: Controller> Doorbell<M> {
    fn task(&self) -> Option<Arc<TaskControlBlock<M>>> {
        self.task.lock().clone()
    }
}

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
}

impl From<Error> for SpawnError {
    fn from(e: Error) -> Self {
        match e {
            Error::Argument(a) => SpawnError::Argument(a),
            Error::Refused(bits) => SpawnError::Refused(bits),
        }
    }
}

/// Why a [`WaitSource`] failed; the task was not parked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitError {
    /// The kernel has not granted this context the source.
    NotGranted,
    /// No pool entry was free for the waiting task.
    PoolFull,
    /// The task already waits on a source (in this poll): the controller holds one word per task,
    /// so a task waits on one source at a time.
    AlreadyWaiting,
    Argument(ArgumentError),
}

/// The executor of one context page on one hart.
pub struct Executor<M: Controller> {
    shared: Arc<Shared<M>>,
    owner: ContextOwner<M>,
    hart: usize,
    polls_since_check: u32,
}

/// Polls between two reads of the error register while tasks keep running.
pub const CHECK_INTERVAL: u32 = 16;

/// A cheap, cloneable, `Send + Sync` handle for spawning tasks and creating wait futures.
pub struct Spawner<M: Controller> {
    shared: Arc<Shared<M>>,
}

impl<M: Controller> Clone for Spawner<M> {
    fn clone(&self) -> Self {
        Spawner { shared: self.shared.clone() }
    }
}

fn new_task<M: Controller, F>(shared: &Arc<Shared<M>>, priority: u8, preempt: bool, future: F) -> Result<Arc<TaskControlBlock<M>>, ArgumentError>
where
    F: Future<Output = ()> + Send + 'static,
{
    new_block(shared, priority, preempt, false, future)
}

fn new_block<M: Controller, F>(shared: &Arc<Shared<M>>, priority: u8, preempt: bool, daemon: bool, future: F) -> Result<Arc<TaskControlBlock<M>>, ArgumentError>
where
    F: Future<Output = ()> + Send + 'static,
{
    if priority as usize >= shared.priorities {
        return Err(ArgumentError { what: "priority", value: priority as u64, limit: shared.priorities as u64 });
    }
    // The word needs the block's address, so the block is allocated first, with a placeholder.
    let mut task = Arc::new(TaskControlBlock {
        kind: KIND_TASK,
        daemon,
        state: AtomicU8::new(QUEUED),
        word: TaskWord::from_raw(1).unwrap(),
        parked_on: AtomicUsize::new(NO_SOURCE),
        fired: AtomicUsize::new(NO_SOURCE),
        shared: shared.clone(),
        future: UnsafeCell::new(Some(Box::pin(future))),
        reply: UnsafeCell::new(None),
    });
    let address = Arc::as_ptr(&task) as usize;
    Arc::get_mut(&mut task).expect("fresh task").word = TaskWord::new(address, priority, preempt)?;
    Ok(task)
}

impl<M: Controller> Spawner<M> {
    /// Spawns a task (one posted enqueue). A refusal by the controller (POOL_FULL) is reported by
    /// the run loop as [`RunError`]; [`Executor::spawn`] reports it here instead.
    pub fn spawn<F>(&self, priority: u8, preempt: bool, future: F) -> Result<TaskWord, ArgumentError>
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let task = new_task(&self.shared, priority, preempt, future)?;
        self.shared.live.fetch_add(1, Ordering::AcqRel);
        task.enqueue();
        Ok(task.word)
    }

    /// A future that parks the current task in the controller until interrupt source `source`
    /// fires (an event already pending completes it at once).
    pub fn wait_source(&self, source: usize) -> WaitSource<M> {
        WaitSource { shared: self.shared.clone(), source, parked: false }
    }

    /// Tasks spawned and not finished.
    pub fn live(&self) -> usize {
        self.shared.live.load(Ordering::Acquire)
    }
}

impl<M: Controller> Executor<M> {
    /// An executor on the context page `owner`, dequeuing for hart `hart`.
    pub fn new(owner: ContextOwner<M>, hart: usize) -> Result<Self, ArgumentError> {
        let queue = owner.queue();
        ArgumentError::check("hart", hart as u64, queue.params().harts as u64)?;
        let priorities = queue.params().priorities;
        let shared = Arc::new(Shared {
            queue,
            priorities,
            current: AtomicPtr::new(ptr::null_mut()),
            live: AtomicUsize::new(0),
            posted: AtomicUsize::new(0),
            deferred: AtomicU64::new(0),
            ipc: SpinLock::new(None),
        });
        Ok(Executor { shared, owner, hart, polls_since_check: 0 })
    }

    pub fn spawner(&self) -> Spawner<M> {
        Spawner { shared: self.shared.clone() }
    }

    /// Spawns a task and checks that the controller took its word.
    pub fn spawn<F>(&mut self, priority: u8, preempt: bool, future: F) -> Result<TaskWord, SpawnError>
    where
        F: Future<Output = ()> + Send + 'static,
    {
        // Refusals of earlier posted writes are the run loop's to report, not this spawn's.
        if self.shared.posted.swap(0, Ordering::AcqRel) != 0 {
            self.shared.deferred.fetch_or(self.shared.queue.take_errors().0, Ordering::AcqRel);
        }
        let task = new_task(&self.shared, priority, preempt, future).map_err(SpawnError::Argument)?;
        let word = task.word;
        let raw = Arc::into_raw(task);
        match self.owner.enqueue(word) {
            Ok(()) => {
                self.shared.live.fetch_add(1, Ordering::AcqRel);
                Ok(word)
            }
            Err(e) => {
                // The controller did not take the reference: take it back.
                drop(unsafe { Arc::from_raw(raw) });
                Err(e.into())
            }
        }
    }

    /// Tasks spawned and not finished.
    pub fn live(&self) -> usize {
        self.shared.live.load(Ordering::Acquire)
    }

    fn check(&mut self) -> Result<(), RunError> {
        let mut bits = self.shared.deferred.swap(0, Ordering::AcqRel);
        if self.shared.posted.swap(0, Ordering::AcqRel) != 0 {
            bits |= self.shared.queue.take_errors().0;
        }
        if bits == 0 {
            Ok(())
        } else {
            Err(RunError::Controller(ErrorBits(bits)))
        }
    }

    /// Dequeues and polls one task. Returns `Ok(false)` when the ready queues were empty.
    pub fn run_once(&mut self) -> Result<bool, RunError> {
        let word = self.shared.queue.dequeue(self.hart).expect("hart checked in new");
        let polled = match word {
            Some(word) => {
                // Safety: every word in this context's queues is a TCB or a doorbell of this
                // executor (both start with their kind byte) and stays alive while queued.
                let kind = unsafe { ptr::read(word.tcb() as *const u8) };
                if kind == KIND_DOORBELL {
                    let bell = unsafe { &*(word.tcb() as *const Doorbell<M>) };
                    self.ring(bell);
                } else {
                    // Safety: the controller holds a reference of the task with its word; we
                    // take it back here.
                    let task = unsafe { Arc::from_raw(word.tcb() as *const TaskControlBlock<M>) };
                    self.poll_task(task);
                }
                true
            }
            None => false,
        };
        // The error bits are sticky: reading them every CHECK_INTERVAL polls (and whenever the
        // queues run empty) loses none and saves a bus read per task switch.
        self.polls_since_check += 1;
        if !polled || self.polls_since_check >= CHECK_INTERVAL {
            self.polls_since_check = 0;
            self.check()?;
        }
        Ok(polled)
    }

    /// Runs until every spawned task finished. `idle` runs whenever the ready queues are empty
    /// (on hardware: `wfi`, so that the next interrupt resumes the loop).
    pub fn run(&mut self, mut idle: impl FnMut()) -> Result<(), RunError> {
        while self.live() > 0 {
            if !self.run_once()? {
                idle();
            }
        }
        Ok(())
    }

    /// A message arrived for the doorbell's channel: run its service now when it is idle (saves
    /// an enqueue and a dequeue), else wake it.
    fn ring(&mut self, bell: &Doorbell<M>) {
        if let Some(state) = self.shared.ipc.lock().as_mut() {
            state.rung_unreceived += 1;
        }
        let task = match bell.task() {
            Some(task) => task,
            None => return,
        };
        if task.state.compare_exchange(IDLE, QUEUED, Ordering::AcqRel, Ordering::Acquire).is_ok() {
            self.poll_task(task);
        } else {
            task.wake_by_ref();
        }
    }

    /// The controller returned a task parked for an IPC reply: pop the reply box until its reply
    /// is found, handing each result to the task it answers (replies reach the box in the order
    /// the servers answered, tasks run in priority order).
    fn collect_replies(&mut self, task: &TaskControlBlock<M>) {
        // Safety: only the run loop touches `reply`.
        if unsafe { (*task.reply.get()).is_some() } {
            return;
        }
        let mut guard = self.shared.ipc.lock();
        let state = match guard.as_mut() {
            Some(state) => state,
            None => return,
        };
        let words = state.mailbox.params().ipc.result_words;
        while let Some(answered) = state.mailbox.pop_reply() {
            let mut result = alloc::vec![0; words];
            state.mailbox.read_reply(&mut result).expect("result_words words");
            // Safety: every reply in this context's box answers a call this executor sent (it
            // owns the mailbox) with its task's word, and that task is alive: the controller
            // holds the reference taken at the send until the word is dequeued, which happens
            // after its reply reached the box.
            let target = unsafe { &*(answered.tcb() as *const TaskControlBlock<M>) };
            unsafe { *target.reply.get() = Some(result) };
            if answered == task.word {
                break;
            }
        }
    }

    fn poll_task(&mut self, task: Arc<TaskControlBlock<M>>) {
        let previous = task.state.swap(RUNNING, Ordering::AcqRel);
        match previous {
            PARKED | PARKED_WOKEN => {
                // The controller returned a parked task: its source fired, or its reply came.
                let source = task.parked_on.swap(NO_SOURCE, Ordering::AcqRel);
                if source == IPC_REPLY {
                    self.collect_replies(&task);
                }
                task.fired.store(source, Ordering::Release);
            }
            QUEUED => {}
            DONE => {
                // A finished task's word came back from a wait it left behind: drop the reference.
                task.state.store(DONE, Ordering::Release);
                return;
            }
            other => unreachable!("task dequeued in state {}", other),
        }
        let data = Arc::as_ptr(&task) as *const ();
        // Borrowed waker: the reference is `task`'s own; clones take their own.
        let waker = ManuallyDrop::new(unsafe { Waker::from_raw(RawWaker::new(data, &TaskControlBlock::<M>::VTABLE)) });
        let mut cx = Context::from_waker(&waker);
        self.shared.current.store(Arc::as_ptr(&task) as *mut _, Ordering::Release);
        // Safety: only this run loop touches `future`, and never re-entrantly.
        let slot = unsafe { &mut *task.future.get() };
        let ready = match slot.as_mut() {
            Some(future) => future.as_mut().poll(&mut cx).is_ready(),
            None => true,
        };
        self.shared.current.store(ptr::null_mut(), Ordering::Release);
        if ready {
            *slot = None;
            task.state.store(DONE, Ordering::Release);
            if !task.daemon {
                self.shared.live.fetch_sub(1, Ordering::AcqRel);
            }
            return;
        }
        let parked = task.parked_on.load(Ordering::Acquire) != NO_SOURCE;
        if parked {
            // The controller holds the word; it comes back when the source fires.
            let _ = task.state.compare_exchange(RUNNING, PARKED, Ordering::AcqRel, Ordering::Acquire);
            let _ = task.state.compare_exchange(RUNNING_WOKEN, PARKED_WOKEN, Ordering::AcqRel, Ordering::Acquire);
        } else if task.state.compare_exchange(RUNNING, IDLE, Ordering::AcqRel, Ordering::Acquire).is_err() {
            // Woken while it ran: queue it again, behind the tasks of its level.
            task.state.store(QUEUED, Ordering::Release);
            task.enqueue();
        }
    }
}

/// Future of [`Spawner::wait_source`].
pub struct WaitSource<M: Controller> {
    shared: Arc<Shared<M>>,
    source: usize,
    parked: bool,
}

impl<M: Controller> Future for WaitSource<M> {
    type Output = Result<(), WaitError>;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Self::Output> {
        let current = self.shared.current.load(Ordering::Acquire);
        assert!(!current.is_null(), "WaitSource polled outside a task of its executor");
        // Safety: `current` is the task being polled by this executor's run loop; it stays alive
        // for the poll.
        let task = unsafe { &*current };
        if self.parked {
            if task.fired.load(Ordering::Acquire) == self.source {
                task.fired.store(NO_SOURCE, Ordering::Release);
                self.parked = false;
                return Poll::Ready(Ok(()));
            }
            return Poll::Pending; // polled for another reason; the word is still parked
        }
        if task.parked_on.load(Ordering::Acquire) != NO_SOURCE {
            return Poll::Ready(Err(WaitError::AlreadyWaiting));
        }
        let shared = &self.shared;
        // Errors of this executor's earlier posted writes must not be taken for the wait's: read
        // them first (only when there are any) and hand them to the run loop.
        if shared.posted.swap(0, Ordering::AcqRel) != 0 {
            shared.deferred.fetch_or(shared.queue.take_errors().0, Ordering::AcqRel);
        }
        // The controller takes a reference to the task along with its word.
        unsafe { Arc::increment_strong_count(current as *const TaskControlBlock<M>) };
        task.parked_on.store(self.source, Ordering::Release);
        if let Err(e) = shared.queue.post_wait(self.source, task.word) {
            task.parked_on.store(NO_SOURCE, Ordering::Release);
            unsafe { Arc::decrement_strong_count(current as *const TaskControlBlock<M>) };
            return Poll::Ready(Err(WaitError::Argument(e)));
        }
        // Did the controller take it? The page's error register says; bits that are not about a
        // wait belong to other posted operations and go to the run loop.
        let bits = shared.queue.take_errors();
        let refusal = ErrorBits::NOT_GRANTED.0 | ErrorBits::POOL_FULL.0 | ErrorBits::BAD_PRIORITY.0 | ErrorBits::NULL_TASK.0;
        if bits.0 & !refusal != 0 {
            shared.deferred.fetch_or(bits.0 & !refusal, Ordering::AcqRel);
        }
        if bits.0 & refusal != 0 {
            task.parked_on.store(NO_SOURCE, Ordering::Release);
            unsafe { Arc::decrement_strong_count(current as *const TaskControlBlock<M>) };
            return Poll::Ready(Err(if bits.contains(ErrorBits::NOT_GRANTED) { WaitError::NotGranted } else { WaitError::PoolFull }));
        }
        self.parked = true;
        Poll::Pending
    }
}

/// Yields once: the task goes back to the tail of its level.
pub fn yield_now() -> YieldNow {
    YieldNow { yielded: false }
}

pub struct YieldNow {
    yielded: bool,
}

impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// Why an IPC call ([`Spawner::call`], [`Spawner::syscall`]) failed; nothing is outstanding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallError {
    /// The controller refused the send (NO_CAPABILITY, NO_HANDLER, MAILBOX_FULL, BUSY, ...).
    Refused(IpcErrorBits),
    Argument(ArgumentError),
    /// No mailbox is attached to the executor ([`Executor::attach_mailbox`]).
    NoMailbox,
    /// The task already waits (for a source or another reply): the controller holds one word
    /// per task.
    AlreadyWaiting,
}

impl From<IpcError> for CallError {
    fn from(e: IpcError) -> Self {
        match e {
            IpcError::Refused(bits) => CallError::Refused(bits),
            IpcError::Argument(a) => CallError::Argument(a),
        }
    }
}

/// Why [`Executor::serve`] failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServeError {
    Spawn(SpawnError),
    Ipc(IpcError),
    NoMailbox,
    /// The channel already has a service on this executor.
    AlreadyServed,
}

#[derive(Clone, Copy)]
enum Target {
    Send { receiver: usize, channel: usize },
    Syscall,
}

impl<M: Controller> Spawner<M> {
    /// A future that sends `kind` and `args` (and `info`) to `receiver`'s `channel` with the
    /// calling task's word as the reply task, parks the task until the controller makes it
    /// ready with the reply, and returns the reply's result words (all of them: the protocol
    /// carries no length; services pad their results with zeros).
    pub fn call(&self, receiver: usize, channel: usize, info: u64, kind: u64, args: &[u64]) -> IpcCall<M> {
        self.ipc_call(Target::Send { receiver, channel }, info, kind, args)
    }

    /// As [`Spawner::call`], to the kernel context's system-call channel (no grant needed).
    pub fn syscall(&self, info: u64, kind: u64, args: &[u64]) -> IpcCall<M> {
        self.ipc_call(Target::Syscall, info, kind, args)
    }

    fn ipc_call(&self, target: Target, info: u64, kind: u64, args: &[u64]) -> IpcCall<M> {
        IpcCall { shared: self.shared.clone(), target, info, kind, args: args.to_vec(), sent: false, retry: false }
    }
}

/// Future of [`Spawner::call`] and [`Spawner::syscall`]: the result words of the reply.
pub struct IpcCall<M: Controller> {
    shared: Arc<Shared<M>>,
    target: Target,
    info: u64,
    kind: u64,
    args: Vec<u64>,
    sent: bool,
    retry: bool,
}

impl<M: Controller> IpcCall<M> {
    /// On a transient refusal (MAILBOX_FULL, BUSY) yield and send again instead of failing.
    pub fn retry_when_full(mut self) -> Self {
        self.retry = true;
        self
    }
}

impl<M: Controller> Future for IpcCall<M> {
    type Output = Result<Vec<u64>, CallError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let current = self.shared.current.load(Ordering::Acquire);
        assert!(!current.is_null(), "IpcCall polled outside a task of its executor");
        // Safety: `current` is the task being polled by this executor's run loop.
        let task = unsafe { &*current };
        if self.sent {
            // Safety: only the run loop (which is polling us) touches `reply`.
            return match unsafe { (*task.reply.get()).take() } {
                Some(result) => {
                    self.sent = false;
                    Poll::Ready(Ok(result))
                }
                None => Poll::Pending, // polled for another reason; the word is still out
            };
        }
        if task.parked_on.load(Ordering::Acquire) != NO_SOURCE {
            return Poll::Ready(Err(CallError::AlreadyWaiting));
        }
        let shared = self.shared.clone();
        let mut guard = shared.ipc.lock();
        let state = match guard.as_mut() {
            Some(state) => state,
            None => return Poll::Ready(Err(CallError::NoMailbox)),
        };
        unsafe { *task.reply.get() = None };
        // The controller takes a reference to the task along with its word in the message.
        unsafe { Arc::increment_strong_count(current as *const TaskControlBlock<M>) };
        task.parked_on.store(IPC_REPLY, Ordering::Release);
        let args = padded(&self.args, &mut state.args_dirty);
        let message = Message { info: self.info, reply_task: Some(task.word), kind: self.kind, args: &args };
        let sent = match self.target {
            Target::Send { receiver, channel } => state.mailbox.send(receiver, channel, &message),
            Target::Syscall => state.mailbox.syscall(&message),
        };
        match sent {
            Ok(()) => {
                self.sent = true;
                Poll::Pending
            }
            Err(e) => {
                task.parked_on.store(NO_SOURCE, Ordering::Release);
                unsafe { Arc::decrement_strong_count(current as *const TaskControlBlock<M>) };
                match e {
                    IpcError::Refused(bits) if self.retry && bits.is_transient() => {
                        cx.waker().wake_by_ref();
                        Poll::Pending
                    }
                    e => Poll::Ready(Err(e.into())),
                }
            }
        }
    }
}

/// A message a service received: its sender and channel, and its words, read from the
/// controller on demand while the service works on it (until it replies).
pub struct Request<M: Controller> {
    shared: Arc<Shared<M>>,
    envelope: Envelope,
    seq: u64,
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
        let guard = self.shared.ipc.lock();
        let state = guard.as_ref()?;
        match state.current {
            Some(c) if c.seq == self.seq && c.taken => state.mailbox.received_word(i).ok(),
            _ => None,
        }
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

/// Takes the current message for `channel`, or receives the next one.
struct NextRequest<M: Controller> {
    shared: Arc<Shared<M>>,
    channel: usize,
}

impl<M: Controller> Future for NextRequest<M> {
    type Output = Request<M>;

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Request<M>> {
        let mut guard = self.shared.ipc.lock();
        let state = guard.as_mut().expect("services exist only with a mailbox");
        let current = match state.current {
            // Another service's message is current: it replies, then passes the next on.
            Some(c) if c.taken || c.envelope.channel != self.channel => return Poll::Pending,
            Some(c) => c,
            None => {
                if state.rung_unreceived <= 0 {
                    return Poll::Pending; // every message whose doorbell rang was received
                }
                match state.receive_next(Some(self.channel)) {
                    Some(c) if c.envelope.channel == self.channel => c,
                    _ => return Poll::Pending,
                }
            }
        };
        state.current = Some(Current { taken: true, ..current });
        Poll::Ready(Request { shared: self.shared.clone(), envelope: current.envelope, seq: current.seq })
    }
}

/// Replies to the service's request; retries (yielding) while the caller's reply box is full.
struct SendReply<M: Controller> {
    shared: Arc<Shared<M>>,
    channel: usize,
    seq: u64,
    result: Vec<u64>,
}

impl<M: Controller> Future for SendReply<M> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut guard = self.shared.ipc.lock();
        let state = guard.as_mut().expect("services exist only with a mailbox");
        match state.current {
            Some(c) if c.seq == self.seq && c.taken => {}
            _ => panic!("a service replied to a message that is not current"),
        }
        // Words beyond the controller's result size do not fit: they are dropped rather than
        // leaving the caller without a reply.
        let fits = self.result.len().min(state.mailbox.params().ipc.result_words);
        let result = padded(&self.result[..fits], &mut state.result_dirty);
        match state.mailbox.reply(&result) {
            Ok(()) => {}
            Err(IpcError::Refused(bits)) if bits.is_transient() => {
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            // The message is current and the result fits, so nothing else can be refused.
            Err(e) => panic!("the controller refused the reply to the current message: {:?}", e),
        }
        state.current = None;
        // Messages whose doorbell rang while this one was current wait for us to pass them on.
        if state.rung_unreceived > 0 {
            state.receive_next(Some(self.channel));
        }
        Poll::Ready(())
    }
}

impl<M: Controller> Executor<M> {
    /// Gives the executor its context's mailbox (the same context region as its
    /// `ContextOwner`): IPC calls and services use it, the run loop pops its replies.
    pub fn attach_mailbox(&mut self, mailbox: Mailbox<M>) {
        let channels = mailbox.params().ipc.channels + 1;
        let mut services = Vec::new();
        services.resize_with(channels, || None);
        let layout = mailbox.params().ipc;
        *self.shared.ipc.lock() = Some(IpcState {
            mailbox,
            current: None,
            seq: 0,
            rung_unreceived: 0,
            services,
            args_dirty: layout.arg_words(),
            result_dirty: layout.result_words,
        });
    }

    /// Registers a service for `channel` (0..=K, K the system-call channel): a task at
    /// `priority` (`preempt`: its messages preempt like interrupt wakeups) that runs `handler`
    /// for each message received on the channel and replies with the result words it returns
    /// (padded with zeros; words beyond the controller's result size are dropped).
    /// Services do not count as live tasks: `run` returns when the other tasks are done.
    pub fn serve<F, Fut>(&mut self, channel: usize, priority: u8, preempt: bool, mut handler: F) -> Result<TaskWord, ServeError>
    where
        F: FnMut(Request<M>) -> Fut + Send + 'static,
        Fut: Future<Output = Vec<u64>> + Send + 'static,
    {
        {
            let guard = self.shared.ipc.lock();
            let state = guard.as_ref().ok_or(ServeError::NoMailbox)?;
            ArgumentError::check("channel", channel as u64, state.services.len() as u64)
                .map_err(|e| ServeError::Ipc(IpcError::Argument(e)))?;
            if state.services[channel].is_some() {
                return Err(ServeError::AlreadyServed);
            }
        }
        let shared = self.shared.clone();
        let service = async move {
            loop {
                let request = NextRequest { shared: shared.clone(), channel }.await;
                let seq = request.seq;
                let result = handler(request).await;
                SendReply { shared: shared.clone(), channel, seq, result }.await;
            }
        };
        let task = new_block(&self.shared, priority, preempt, true, service).map_err(|e| ServeError::Spawn(SpawnError::Argument(e)))?;
        let word = task.word;
        let bell: &'static Doorbell<M> = Box::leak(Box::new(Doorbell { kind: KIND_DOORBELL, task: SpinLock::new(Some(task.clone())) }));
        let bell_word = TaskWord::new(bell as *const Doorbell<M> as usize, priority, preempt)
            .map_err(|e| ServeError::Ipc(IpcError::Argument(e)))?;
        // The service's first poll (it finds nothing and waits for its doorbell).
        let raw = Arc::into_raw(task);
        if let Err(e) = self.owner.enqueue(word) {
            drop(unsafe { Arc::from_raw(raw) });
            return Err(ServeError::Spawn(e.into()));
        }
        let mut guard = self.shared.ipc.lock();
        let state = guard.as_mut().expect("checked above");
        state.services[channel] = Some(bell);
        state.mailbox.set_handler(channel, Some(bell_word)).map_err(ServeError::Ipc)?;
        Ok(word)
    }
}

impl<M: Controller> Drop for Executor<M> {
    /// Unregisters the services' handlers and lets their tasks go (the doorbells stay, empty:
    /// copies of their words may still be queued).
    fn drop(&mut self) {
        if let Some(state) = self.shared.ipc.lock().as_mut() {
            for (channel, bell) in state.services.iter().enumerate() {
                if let Some(bell) = bell {
                    let _ = state.mailbox.set_handler(channel, None);
                    bell.task.lock().take();
                }
            }
        }
    }
}
