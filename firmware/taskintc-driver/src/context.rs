use core::cell::Cell;
use core::marker::PhantomData;

use crate::regs::context as reg;
use crate::{ArgumentError, Error, ErrorBits, Mmio, Params, TaskWord};

/// `Sync` handle of one context's register page: every method is one bus access, which the
/// controller executes atomically, so any number of harts may share it without a lock.
///
/// The `post_*` writes are posted: a refusal changes nothing and sets a bit in the page's error
/// register, which [`Queue::take_errors`] (or the page's [`ContextOwner`]) reads.
#[derive(Clone)]
pub struct Queue<M: Mmio> {
    mmio: M,
    params: Params,
    page: usize,
}

impl<M: Mmio> Queue<M> {
    pub(crate) fn new(mmio: M, params: Params, page: usize) -> Self {
        Queue { mmio, params, page }
    }

    /// The handle of a context region mapped on its own (a user process's view: `mmio` starts at
    /// the region). `params` come from the kernel, which probed the controller.
    pub fn for_region(mmio: M, params: Params) -> Self {
        Queue { mmio, params, page: 0 }
    }

    pub fn params(&self) -> &Params {
        &self.params
    }

    fn reg(&self, offset: u64) -> usize {
        self.page + offset as usize
    }

    /// The word joins the tail of its priority level.
    pub fn post_enqueue(&self, task: TaskWord) {
        self.mmio.write(self.reg(reg::ENQUEUE), task.raw());
    }

    /// The word joins the head of its priority level (a preempting wakeup).
    pub fn post_enqueue_head(&self, task: TaskWord) {
        self.mmio.write(self.reg(reg::ENQUEUE_HEAD), task.raw());
    }

    /// Cancels the oldest queued task equal to the word.
    pub fn post_remove(&self, task: TaskWord) {
        self.mmio.write(self.reg(reg::REMOVE), task.raw());
    }

    /// Parks the task in the controller until `source` fires; then the hardware moves it to its
    /// ready queue (at the head of its level when its preempt bit is set).
    pub fn post_wait(&self, source: usize, task: TaskWord) -> Result<(), ArgumentError> {
        ArgumentError::check("source", source as u64, self.params.sources as u64)?;
        self.mmio.write(self.reg(reg::wait(source as u64)), task.raw());
        Ok(())
    }

    /// Takes the task off `source`'s wait list if it is parked there (the oldest waiter of this
    /// context equal to the word); its pool entry is freed and the source's events are not touched.
    /// The outcome goes to the page's error register: nothing when it was cancelled, NOT_FOUND when
    /// it was not waiting (already woken, or never parked), NOT_GRANTED without the grant
    /// ([`ContextOwner::cancel_wait`] reads it).
    pub fn post_cancel_wait(&self, source: usize, task: TaskWord) -> Result<(), ArgumentError> {
        ArgumentError::check("source", source as u64, self.params.sources as u64)?;
        self.mmio.write(self.reg(cancel_wait_offset(self.params.sources, source) as u64), task.raw());
        Ok(())
    }

    /// Pops the highest-priority task (FIFO within a level) for hart `hart`; `None` when empty.
    /// The word becomes the hart's `current_task`.
    pub fn dequeue(&self, hart: usize) -> Result<Option<TaskWord>, ArgumentError> {
        ArgumentError::check("hart", hart as u64, self.params.harts as u64)?;
        Ok(TaskWord::from_raw(self.mmio.read(self.reg(reg::dequeue(hart as u64)))))
    }

    /// Hart `hart`'s dequeue register of this page as a handle of its own: a run loop's dequeue
    /// is then one read and nothing else (the hart is checked once, here).
    pub fn dequeuer(&self, hart: usize) -> Result<Dequeuer<M>, ArgumentError>
    where
        M: Clone,
    {
        ArgumentError::check("hart", hart as u64, self.params.harts as u64)?;
        Ok(Dequeuer { mmio: self.mmio.clone(), register: self.reg(reg::dequeue(hart as u64)) })
    }

    /// Tasks in this context's ready queues.
    pub fn count(&self) -> usize {
        self.mmio.read(self.reg(reg::COUNT)) as usize
    }

    /// Bitmap of non-empty priority levels (bit p for level p).
    pub fn levels(&self) -> u64 {
        self.mmio.read(self.reg(reg::LEVELS))
    }

    /// Reads and clears the page's sticky error bits (the refusals of every operation on this page
    /// since the last read, whoever issued them).
    pub fn take_errors(&self) -> ErrorBits {
        ErrorBits(self.mmio.read(self.reg(reg::ERROR)))
    }
}

/// Byte offset of `cancel_wait[source]` in a context region of a controller with `sources` sources:
/// the register map places the cancel window right after the wait window, whose size is the power
/// of two of bytes holding 8 per source, at least 16 (so a driver built for one number of sources
/// serves another).
pub fn cancel_wait_offset(sources: usize, source: usize) -> usize {
    reg::wait(0) as usize + (8 * sources.max(2)).next_power_of_two() + 8 * source
}

/// What [`ContextOwner::cancel_wait`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CancelWait {
    /// The task was parked on the source and is not any more; it will not be woken by it.
    Cancelled,
    /// The task was not parked there: already woken by an event (it is, or was, ready), or never
    /// parked. Nothing changed.
    NotWaiting,
}

/// One hart's dequeue register of one context page ([`Queue::dequeuer`]).
#[derive(Clone)]
pub struct Dequeuer<M: Mmio> {
    mmio: M,
    register: usize,
}

impl<M: Mmio> Dequeuer<M> {
    /// Pops the highest-priority task (FIFO within a level); `None` when empty. The word becomes
    /// the hart's `current_task`.
    #[inline]
    pub fn dequeue(&self) -> Option<TaskWord> {
        TaskWord::from_raw(self.mmio.read(self.register))
    }
}

/// The owner of one context's page: checked operations that write and then read the page's error
/// register. `Send`, not `Sync`: the two accesses are not atomic together, so a checked operation
/// needs exclusive use of the page's error register (`&mut self`); exactly one owner per page is
/// handed out by [`crate::TaskIntc::context_owner`]. A refusal of a posted operation issued through
/// a [`Queue`] of the same page is reported by the owner's next checked operation.
pub struct ContextOwner<M: Mmio> {
    queue: Queue<M>,
    _not_sync: PhantomData<Cell<()>>,
}

impl<M: Mmio + Clone> ContextOwner<M> {
    pub(crate) fn new(queue: Queue<M>) -> Self {
        ContextOwner { queue, _not_sync: PhantomData }
    }

    /// The owner of a context region mapped on its own (see [`Queue::for_region`]).
    ///
    /// # Safety
    /// No other `ContextOwner` of the same region may exist: the checked operations attribute the
    /// region's error register to themselves.
    pub unsafe fn for_region(mmio: M, params: Params) -> Self {
        ContextOwner::new(Queue::for_region(mmio, params))
    }

    /// A `Sync` handle of the same page, for other harts and for wakers.
    pub fn queue(&self) -> Queue<M> {
        self.queue.clone()
    }

    fn check_priority(&self, task: TaskWord) -> Result<(), Error> {
        ArgumentError::check("priority", task.priority() as u64, self.queue.params.priorities as u64)?;
        Ok(())
    }

    /// Errors raised by posted operations since the last check, as a `Result`.
    pub fn check(&mut self) -> Result<(), Error> {
        self.queue.take_errors().into_result()
    }

    /// Enqueues at the tail of the task's level. Errors: POOL_FULL (no free entry), or an
    /// argument error for a priority at or above the number of levels.
    pub fn enqueue(&mut self, task: TaskWord) -> Result<(), Error> {
        self.check_priority(task)?;
        self.queue.post_enqueue(task);
        self.check()
    }

    /// Enqueues at the head of the task's level.
    pub fn enqueue_head(&mut self, task: TaskWord) -> Result<(), Error> {
        self.check_priority(task)?;
        self.queue.post_enqueue_head(task);
        self.check()
    }

    /// Cancels the oldest queued task equal to `task`. Err(NOT_FOUND) when none is queued.
    pub fn remove(&mut self, task: TaskWord) -> Result<(), Error> {
        self.check_priority(task)?;
        self.queue.post_remove(task);
        self.check()
    }

    /// Parks the task until `source` fires. Err(NOT_GRANTED) until the kernel grants this
    /// context the source; POOL_FULL when the pool has no entry for it.
    pub fn wait(&mut self, source: usize, task: TaskWord) -> Result<(), Error> {
        self.check_priority(task)?;
        self.queue.post_wait(source, task)?;
        self.check()
    }

    /// Takes the task off `source`'s wait list: `Cancelled` when it was parked there,
    /// `NotWaiting` when it was already woken or never parked; Err(NOT_GRANTED) without the
    /// kernel's grant of the source. Two accesses (the write, then the error register); the
    /// controller answers the write after walking the source's wait list, one cycle per waiter
    /// ahead of the task. A NOT_FOUND left by a posted remove of this page since the last check
    /// reads as `NotWaiting`.
    pub fn cancel_wait(&mut self, source: usize, task: TaskWord) -> Result<CancelWait, Error> {
        self.queue.post_cancel_wait(source, task)?;
        let bits = self.queue.take_errors();
        if bits.is_empty() {
            Ok(CancelWait::Cancelled)
        } else if bits == ErrorBits::NOT_FOUND {
            Ok(CancelWait::NotWaiting)
        } else {
            Err(Error::Refused(bits))
        }
    }

    pub fn dequeue(&self, hart: usize) -> Result<Option<TaskWord>, ArgumentError> {
        self.queue.dequeue(hart)
    }

    pub fn count(&self) -> usize {
        self.queue.count()
    }

    pub fn levels(&self) -> u64 {
        self.queue.levels()
    }
}
