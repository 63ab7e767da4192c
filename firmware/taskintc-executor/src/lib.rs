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

use taskintc_driver::{ArgumentError, ContextOwner, Error, ErrorBits, Mmio, Queue, TaskWord};

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

type BoxedFuture = Pin<Box<dyn Future<Output = ()> + Send + 'static>>;

/// A task control block: 64-byte aligned, so that its address is the pointer field of a task word.
/// The controller holds one reference (an `Arc` strong count) while the word is queued or parked.
#[repr(C, align(64))]
pub struct TaskControlBlock<M: Controller> {
    state: AtomicU8,
    word: TaskWord,
    /// The source this task is parked on, while parked.
    parked_on: AtomicUsize,
    /// The source whose event made the controller return this task, for its `WaitSource`.
    fired: AtomicUsize,
    shared: Arc<Shared<M>>,
    future: UnsafeCell<Option<BoxedFuture>>,
}

// Safety: `future` is touched only by the run loop of the executor that owns the task (one
// thread); every other field is atomic or immutable.
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
    if priority as usize >= shared.priorities {
        return Err(ArgumentError { what: "priority", value: priority as u64, limit: shared.priorities as u64 });
    }
    // The word needs the block's address, so the block is allocated first, with a placeholder.
    let mut task = Arc::new(TaskControlBlock {
        state: AtomicU8::new(QUEUED),
        word: TaskWord::from_raw(1).unwrap(),
        parked_on: AtomicUsize::new(NO_SOURCE),
        fired: AtomicUsize::new(NO_SOURCE),
        shared: shared.clone(),
        future: UnsafeCell::new(Some(Box::pin(future))),
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
                // Safety: every word in this context's queues is a TCB of this executor whose
                // reference the controller holds; we take that reference back here.
                let task = unsafe { Arc::from_raw(word.tcb() as *const TaskControlBlock<M>) };
                self.poll_task(task);
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

    fn poll_task(&mut self, task: Arc<TaskControlBlock<M>>) {
        let previous = task.state.swap(RUNNING, Ordering::AcqRel);
        match previous {
            PARKED | PARKED_WOKEN => {
                // The controller returned a parked task: its source fired.
                let source = task.parked_on.swap(NO_SOURCE, Ordering::AcqRel);
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
            self.shared.live.fetch_sub(1, Ordering::AcqRel);
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
