//! A scheduler with the method set of ArceOS's `axsched::BaseScheduler` whose ready queue is the
//! TaskIntc controller: a priority queue in hardware with FIFO order within a level, one bus write
//! to add a task and one read to pick the next.
//!
//! Unlike TAIC's ArceOS scheduler, `remove_task` really removes (the controller's `remove`
//! register cancels the queued word) and priorities are real: the controller orders by them,
//! `set_priority` moves a queued task to its new level, and `task_tick` asks for a reschedule as
//! soon as a higher level holds a task.
//!
//! `axsched` cannot be fetched here, so [`BaseScheduler`] replicates its trait's signatures; an
//! ArceOS build replaces it with `axsched::BaseScheduler` (same methods, same types).
#![cfg_attr(not(test), no_std)]

extern crate alloc;

use alloc::sync::Arc;
use core::marker::PhantomData;
use core::sync::atomic::{AtomicIsize, AtomicU8, Ordering};

use taskintc_driver::{ContextOwner, ErrorBits, Mmio, TaskWord};

/// The method set of ArceOS `axsched::BaseScheduler` (signatures as in axsched).
pub trait BaseScheduler {
    /// Type of scheduled entities. Often a task struct.
    type SchedItem;
    fn init(&mut self);
    fn add_task(&mut self, task: Self::SchedItem);
    fn remove_task(&mut self, task: &Self::SchedItem) -> Option<Self::SchedItem>;
    fn pick_next_task(&mut self) -> Option<Self::SchedItem>;
    fn put_prev_task(&mut self, prev: Self::SchedItem, preempt: bool);
    fn task_tick(&mut self, current: &Self::SchedItem) -> bool;
    fn set_priority(&mut self, task: &Self::SchedItem, prio: isize) -> bool;
}

/// A task as the controller sees it: 64-byte aligned, so that the `Arc`'s data address is the
/// pointer field of its task word. The controller holds one `Arc` reference while the task is
/// queued.
#[repr(C, align(64))]
pub struct TaskIntcTask<T> {
    priority: AtomicU8,
    time_slice: AtomicIsize,
    inner: T,
}

impl<T> TaskIntcTask<T> {
    /// A task at `priority` (0 is the highest; the scheduler refuses levels the controller does
    /// not have when the task is added).
    pub const fn new(inner: T, priority: u8) -> Self {
        TaskIntcTask { priority: AtomicU8::new(priority), time_slice: AtomicIsize::new(0), inner }
    }

    pub fn inner(&self) -> &T {
        &self.inner
    }

    pub fn priority(&self) -> u8 {
        self.priority.load(Ordering::Acquire)
    }

    pub fn time_slice(&self) -> isize {
        self.time_slice.load(Ordering::Acquire)
    }

    fn word(self: &Arc<Self>) -> TaskWord {
        TaskWord::new(Arc::as_ptr(self) as usize, self.priority(), false).expect("an Arc of a 64-byte-aligned task")
    }
}

/// The scheduler of one context page on one hart (ArceOS keeps one per CPU).
pub struct TaskIntcScheduler<T, M: Mmio + Clone> {
    owner: ContextOwner<M>,
    hart: usize,
    slice: isize,
    _tasks: PhantomData<T>,
}

impl<T, M: Mmio + Clone> TaskIntcScheduler<T, M> {
    /// Round robin within a level with `time_slice` ticks per turn.
    pub fn new(owner: ContextOwner<M>, hart: usize, time_slice: isize) -> Self {
        assert!(hart < owner.queue().params().harts, "hart {} out of range 0..{}", hart, owner.queue().params().harts);
        assert!(time_slice > 0, "time_slice must be at least 1");
        TaskIntcScheduler { owner, hart, slice: time_slice, _tasks: PhantomData }
    }

    pub fn scheduler_name() -> &'static str {
        "TaskIntc"
    }

    /// Tasks in the ready queue.
    pub fn len(&self) -> usize {
        self.owner.count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn priorities(&self) -> usize {
        self.owner.queue().params().priorities
    }

    fn enqueue(&mut self, task: Arc<TaskIntcTask<T>>, head: bool) {
        let word = task.word();
        let raw = Arc::into_raw(task);
        let result = if head { self.owner.enqueue_head(word) } else { self.owner.enqueue(word) };
        if let Err(e) = result {
            drop(unsafe { Arc::from_raw(raw) });
            // axsched's add_task cannot fail: a full pool or a level the controller does not have
            // is a configuration error of the kernel.
            panic!("TaskIntc refused a task: {:?} (pool capacity or priority levels too small)", e);
        }
    }
}

impl<T, M: Mmio + Clone> BaseScheduler for TaskIntcScheduler<T, M> {
    type SchedItem = Arc<TaskIntcTask<T>>;

    fn init(&mut self) {}

    fn add_task(&mut self, task: Self::SchedItem) {
        task.time_slice.store(self.slice, Ordering::Release);
        self.enqueue(task, false);
    }

    fn remove_task(&mut self, task: &Self::SchedItem) -> Option<Self::SchedItem> {
        match self.owner.remove(task.word()) {
            // The controller gave up its word: take back the reference it held.
            Ok(()) => Some(unsafe { Arc::from_raw(Arc::as_ptr(task)) }),
            Err(e) if e.is(ErrorBits::NOT_FOUND) => None,
            Err(e) => panic!("TaskIntc remove failed: {:?}", e),
        }
    }

    fn pick_next_task(&mut self) -> Option<Self::SchedItem> {
        let word = self.owner.dequeue(self.hart).expect("hart checked in new")?;
        // Safety: every word in this context's queues was put there by `enqueue` with a reference.
        Some(unsafe { Arc::from_raw(word.tcb() as *const TaskIntcTask<T>) })
    }

    fn put_prev_task(&mut self, prev: Self::SchedItem, preempt: bool) {
        // Preempted with time left: back to the head of its level (as axsched's round robin).
        if preempt && prev.time_slice() > 0 {
            self.enqueue(prev, true);
        } else {
            prev.time_slice.store(self.slice, Ordering::Release);
            self.enqueue(prev, false);
        }
    }

    fn task_tick(&mut self, current: &Self::SchedItem) -> bool {
        let expired = current.time_slice.fetch_sub(1, Ordering::AcqRel) <= 1;
        // A task of a higher level (lower number) is ready: one register read tells.
        let higher = (1u64 << current.priority()) - 1;
        expired || self.owner.levels() & higher != 0
    }

    fn set_priority(&mut self, task: &Self::SchedItem, prio: isize) -> bool {
        if prio < 0 || prio as usize >= self.priorities() {
            return false;
        }
        let old = task.word();
        match self.owner.remove(old) {
            Ok(()) => {
                // It was queued: requeue the same reference at its new level.
                let queued = unsafe { Arc::from_raw(Arc::as_ptr(task)) };
                queued.priority.store(prio as u8, Ordering::Release);
                self.enqueue(queued, false);
            }
            // Not queued (running or blocked): it takes the new level when it is added again.
            Err(e) if e.is(ErrorBits::NOT_FOUND) => task.priority.store(prio as u8, Ordering::Release),
            Err(e) => panic!("TaskIntc remove failed: {:?}", e),
        }
        true
    }
}
