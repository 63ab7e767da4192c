//! The run loop: dequeue the next word from the controller, find its block, poll its task.
//!
//! [`Executor`] owns one context page on one hart; [`Spawner`] is its cheap local handle. Both
//! stay on the thread (hart) that runs the loop, like Embassy's executor: the run loop's own
//! state needs no lock. Wakers, which are task words, may be sent anywhere.
use core::cell::{Cell, UnsafeCell};
use core::future::Future;
use core::marker::PhantomData;
use core::ptr::{self, addr_of};
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use core::task::Context;

use alloc::boxed::Box;
use alloc::vec::Vec;

use taskintc_driver::{ArgumentError, ContextOwner, Dequeuer, ErrorBits, Queue, TaskWord};

use crate::error::{RunError, SpawnError};
use crate::ipc::{self, Doorbell, IpcState};
use crate::probes;
use crate::task::{
    self, block_kind, block_layout, FreeList, Header, TaskInit, TaskStorage, WaitSlot, DONE, DONE_QUEUED, FREE, IDLE, KIND_DOORBELL, KIND_SLOT,
    KIND_TASK, QUEUED, RUNNING, S_ABANDONED_REPLY, S_ABANDONED_REPLY_POPPED, S_ABANDONED_SOURCE, S_FIRED, S_FREE, S_REPLY, S_REPLY_POPPED, S_SOURCE,
};
use crate::waker::{self, WakeTarget};
use crate::Controller;

/// Polls between two reads of the error register while tasks keep running.
pub const CHECK_INTERVAL: u32 = 16;

/// The executor's state. Leaked at creation: wakers (task words) and task blocks point into it
/// for as long as the program runs.
#[repr(C)]
pub(crate) struct Shared<M: Controller> {
    /// First field: a waker reaches `enqueue_word::<M>` through it.
    target: WakeTarget,
    pub(crate) queue: Queue<M>,
    /// A posted write since the run loop last read the error register.
    pub(crate) posted: AtomicBool,
    /// Tasks spawned and not finished (services excluded).
    pub(crate) live: AtomicUsize,
    priorities: usize,
    /// The rest belongs to the run loop's thread.
    pub(crate) local: Local<M>,
}

pub(crate) struct Local<M: Controller> {
    /// The task being polled.
    pub(crate) current: Cell<*const Header>,
    /// Error bits read by a checked step on behalf of the run loop.
    pub(crate) deferred: Cell<u64>,
    free: UnsafeCell<FreeList>,
    /// Per source: events that an abandoned wait took (its word came back after its future was
    /// dropped); the next wait on the source completes at once with one.
    late: Box<[Cell<u32>]>,
    ipc: UnsafeCell<Option<IpcState<M>>>,
}

unsafe fn enqueue_word<M: Controller>(target: *const WakeTarget, word: u64) {
    // Only the `Sync` fields: a waker may run on another hart.
    let shared = target as *const Shared<M>;
    (*addr_of!((*shared).queue)).post_enqueue(TaskWord::from_raw(word).expect("a task word is never 0"));
    (*addr_of!((*shared).posted)).store(true, Ordering::Relaxed);
}

/// A word the controller returned from this executor's dequeue register: run it with
/// [`Executor::run_dequeued`].
#[derive(Debug)]
pub struct Dequeued(TaskWord);

impl Dequeued {
    pub fn word(&self) -> TaskWord {
        self.0
    }
}

/// The executor of one context page on one hart: owns the page ([`ContextOwner`]) and is the
/// only reader of its dequeue and error registers. Not `Send`: create it on the hart that runs it.
pub struct Executor<M: Controller> {
    shared: &'static Shared<M>,
    owner: ContextOwner<M>,
    dequeuer: Dequeuer<M>,
    polls_since_check: u32,
    _local: PhantomData<*const ()>,
}

/// A cheap, copyable handle for spawning tasks and creating wait and IPC futures, used from
/// tasks of the executor (not `Send`: it stays on the executor's hart).
pub struct Spawner<M: Controller> {
    pub(crate) shared: &'static Shared<M>,
    _local: PhantomData<*const ()>,
}

impl<M: Controller> Clone for Spawner<M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M: Controller> Copy for Spawner<M> {}

/// Where a task's block comes from.
enum Place {
    Heap,
    Static(*mut u8, *const core::sync::atomic::AtomicU32),
}

impl<M: Controller> Shared<M> {
    /// The IPC state, if a mailbox is attached. The borrow must end before any task is polled.
    #[allow(clippy::mut_from_ref)]
    pub(crate) unsafe fn ipc(&self) -> Option<&mut IpcState<M>> {
        (*self.local.ipc.get()).as_mut()
    }

    pub(crate) fn post_enqueue(&self, word: u64) {
        unsafe { enqueue_word::<M>(&self.target, word) }
    }

    /// Errors of earlier posted writes, read now so that a checked step that follows sees only
    /// its own; handed to the run loop.
    pub(crate) fn flush_posted_errors(&self) {
        if self.posted.load(Ordering::Relaxed) {
            self.posted.store(false, Ordering::Relaxed);
            self.defer(self.queue.take_errors());
        }
    }

    /// Wakes the task parked longest on a full inbox (`IpcState::park_sender`); false when none is.
    #[inline(always)]
    pub(crate) fn wake_parked_sender(&self) -> bool {
        // Safety: the run loop, outside any poll.
        match unsafe { self.ipc() } {
            Some(ipc) if ipc.has_parked_senders() => {
                ipc.wake_oldest_parked();
                true
            }
            _ => false,
        }
    }

    pub(crate) fn defer(&self, bits: ErrorBits) {
        self.local.deferred.set(self.local.deferred.get() | bits.0);
    }

    /// The task being polled: futures of this executor work only inside its tasks (they are not
    /// `Send`, so only on its hart; debug builds also check the waker they were given).
    pub(crate) fn current_task(&self, cx: &Context<'_>) -> &'static Header {
        let header = self.local.current.get();
        assert!(!header.is_null(), "a TaskIntc executor future was polled outside a task of its executor");
        debug_assert!(
            waker::is_waker_of(cx.waker(), unsafe { (*header).word() }),
            "a TaskIntc executor future was polled by another task or executor"
        );
        let _ = cx;
        unsafe { &*header }
    }

    /// Consumes an event an abandoned wait took from `source`, if any.
    pub(crate) fn take_late_event(&self, source: usize) -> bool {
        match self.local.late.get(source) {
            Some(n) if n.get() > 0 => {
                n.set(n.get() - 1);
                true
            }
            _ => false,
        }
    }

    pub(crate) fn add_late_event(&self, source: usize) {
        if let Some(n) = self.local.late.get(source) {
            n.set(n.get().saturating_add(1));
        }
    }

    fn check_priority(&self, priority: u8) -> Result<(), ArgumentError> {
        ArgumentError::check("priority", priority as u64, self.priorities as u64)
    }

    /// Writes a new task into a block: from `place`, or a finished task's heap block of the same
    /// size, or a fresh heap allocation.
    fn place<F: Future<Output = ()> + 'static>(
        &'static self,
        priority: u8,
        preempt: bool,
        daemon: bool,
        state: u32,
        place: Place,
        future: F,
    ) -> Result<*const Header, SpawnError> {
        self.check_priority(priority)?;
        let needed = block_layout::<F>();
        let (memory, home, layout) = match place {
            Place::Static(memory, home) => (memory, home, needed),
            Place::Heap => {
                let class = FreeList::class_of(needed);
                let reused = class.and_then(|(class, _)| unsafe { (*self.local.free.get()).take(class) });
                let layout = class.map_or(needed, |(_, layout)| layout);
                let memory = match reused {
                    Some(memory) => memory,
                    None => {
                        let memory = unsafe { alloc::alloc::alloc(layout) };
                        if memory.is_null() {
                            alloc::alloc::handle_alloc_error(layout);
                        }
                        memory
                    }
                };
                (memory, ptr::null(), layout)
            }
        };
        let init = TaskInit { target: &self.target, priority, preempt, daemon, state, home, layout };
        Ok(unsafe { task::init_block(memory, &init, future) })
    }

    /// Gives a finished task's block back (to its storage or the free list).
    unsafe fn release(&self, header: *const Header) {
        (*header).state.store(FREE, Ordering::Release);
        let home = (*header).home.get();
        if home.is_null() {
            (*self.local.free.get()).give(header as *mut Header);
        } else {
            (*home).store(0, Ordering::Release);
        }
    }

    /// Releases a finished task's block once no word of it is left in the controller.
    pub(crate) unsafe fn release_if_done(&self, header: &Header) {
        if header.state.load(Ordering::Acquire) == DONE && header.slots_idle() {
            self.release(header);
        }
    }

    /// Drops a task that never ran and gives its block back.
    pub(crate) unsafe fn discard_task(&self, header: *const Header) {
        ((*header).drop_future.get())(header);
        (*header).state.store(DONE, Ordering::Release);
        self.release_if_done(&*header);
    }

    /// Spawns a task whose word is posted (refusals reach the run loop).
    fn spawn_posted<F: Future<Output = ()> + 'static>(
        &'static self,
        priority: u8,
        preempt: bool,
        place: Place,
        future: F,
    ) -> Result<TaskWord, SpawnError> {
        let header = self.place(priority, preempt, false, QUEUED, place, future)?;
        self.live.fetch_add(1, Ordering::AcqRel);
        let word = unsafe { (*header).word() };
        self.post_enqueue(word);
        Ok(TaskWord::from_raw(word).expect("non-null"))
    }

    /// A word of the run loop's hart came back: poll its task, or handle its slot or doorbell.
    ///
    /// The common cases stay inline and reach the poll without a call: a parked wait's event, a
    /// call's reply, a woken task's header word. Everything else is out of line, so that the
    /// run loop's hot path stays short and saves few registers.
    ///
    /// # Safety
    /// `word` was dequeued from this executor's context: every word there is a block of it.
    #[inline(always)]
    pub(crate) unsafe fn dispatch(&'static self, word: TaskWord) {
        let address = word.tcb();
        let kind = block_kind(address);
        probes::mark(probes::KIND_READ);
        let h = if kind == KIND_SLOT {
            let slot = &*(address as *const WaitSlot);
            probes::mark(probes::SLOT_RETURNED);
            let state = slot.state.get();
            if state == S_SOURCE {
                slot.state.set(S_FIRED);
            } else if state == S_REPLY {
                ipc::reply_arrived(self, slot);
            } else {
                return self.slot_returned(slot);
            }
            let h = &*slot.header();
            let prior = h.state.swap(RUNNING, Ordering::Acquire);
            if prior != IDLE {
                return self.slot_woke_busy(h, prior);
            }
            h
        } else if kind == KIND_TASK {
            let h = &*(address as *const Header);
            let prior = h.state.swap(RUNNING, Ordering::Acquire);
            if prior != QUEUED {
                return self.header_not_queued(h, prior);
            }
            h
        } else {
            return self.dispatch_other(word, kind);
        };
        self.poll_running(h, false);
    }

    /// A doorbell (a message for a service), or a word that is no block of this executor.
    #[inline(never)]
    unsafe fn dispatch_other(&'static self, word: TaskWord, kind: u8) {
        match kind {
            KIND_DOORBELL => ipc::ring(self, &*(word.tcb() as *const Doorbell)),
            kind => panic!("dequeued {:?}, which is no block of this executor (kind byte {})", word, kind),
        }
    }

    /// A call's reply came back (the slot word sent as its reply task): pop the reply box up to
    /// it and poll the caller.
    #[inline(never)]
    unsafe fn reply_returned(&'static self, slot: &WaitSlot) {
        ipc::reply_arrived(self, slot);
        self.poll_task(slot.header(), Via::Slot);
    }

    /// A slot word came back in a state other than the two `dispatch` handles: a reply popped
    /// earlier (out of order), or the word of an abandoned wait.
    #[cold]
    #[inline(never)]
    unsafe fn slot_returned(&'static self, slot: &WaitSlot) {
        match slot.state.get() {
            S_REPLY_POPPED => return self.reply_returned(slot),
            S_ABANDONED_SOURCE => {
                // Its future is gone: the event stays with the source for the next wait.
                self.add_late_event(slot.source.get() as usize);
            }
            // The reply is discarded.
            S_ABANDONED_REPLY | S_ABANDONED_REPLY_POPPED => ipc::reply_arrived(self, slot),
            state => panic!("a word of a wait slot in state {} came back", state),
        }
        slot.state.set(S_FREE);
        self.release_if_done(slot.header());
    }

    /// A slot word came back for a task that was not idle (`prior`, now RUNNING): its header
    /// word is queued too (poll it now, and again, spuriously, when that word comes), or it
    /// finished (nothing to poll; wakers leave DONE states alone).
    #[cold]
    #[inline(never)]
    unsafe fn slot_woke_busy(&'static self, h: &'static Header, prior: u32) {
        if prior == QUEUED {
            self.poll_running(h, true);
        } else {
            h.state.store(prior, Ordering::Release);
        }
    }

    /// A header word was dequeued for a task that was not QUEUED (`prior`, now RUNNING): it
    /// finished while the word was queued.
    #[cold]
    #[inline(never)]
    unsafe fn header_not_queued(&'static self, h: &'static Header, prior: u32) {
        match prior {
            DONE_QUEUED => {
                h.state.store(DONE, Ordering::Release);
                self.release_if_done(h);
            }
            other => panic!("task {:#x} dequeued in state {}", h.word(), other),
        }
    }

    /// Polls a task: one of its slot words came back (the run loop's uncommon cases), or the run
    /// loop runs it directly.
    #[inline]
    pub(crate) unsafe fn poll_task(&'static self, header: *const Header, via: Via) {
        let h = &*header;
        match via {
            Via::Slot => {
                let prior = h.state.swap(RUNNING, Ordering::Acquire);
                if prior != IDLE {
                    return self.slot_woke_busy(h, prior);
                }
            }
            Via::Direct => {
                if h.state.compare_exchange(IDLE, RUNNING, Ordering::AcqRel, Ordering::Acquire).is_err() {
                    waker::wake_task(header);
                    return;
                }
            }
        }
        self.poll_running(h, false);
    }

    /// Polls a task the run loop has just moved to RUNNING. `also_queued`: its header word is
    /// still in the ready queue (a slot word brought it here first).
    #[inline(always)]
    unsafe fn poll_running(&'static self, h: &'static Header, also_queued: bool) {
        let header = h as *const Header;
        let word = h.word();
        // The waker is the word: nothing to drop.
        let waker = core::mem::ManuallyDrop::new(waker::waker(word));
        let mut cx = Context::from_waker(&waker);
        self.local.current.set(header);
        probes::mark(probes::POLL);
        let ready = (h.poll.get())(header, &mut cx).is_ready();
        self.local.current.set(ptr::null());
        if ready {
            self.finish_task(h, also_queued);
        } else if also_queued {
            // Its header word is still queued: a wake during the poll is served by it.
            h.state.store(QUEUED, Ordering::Release);
        } else if h.state.compare_exchange(RUNNING, IDLE, Ordering::AcqRel, Ordering::Acquire).is_err() {
            // Woken while it ran: queue it again, behind the tasks of its level.
            h.state.store(QUEUED, Ordering::Release);
            self.post_enqueue(word);
        }
    }
}

impl<M: Controller> Shared<M> {
    /// A task's future completed: drop it, and give its block back once no word of it is
    /// queued (out of line: the poll path stays short).
    #[inline(never)]
    unsafe fn finish_task(&self, h: &Header, also_queued: bool) {
        (h.drop_future.get())(h);
        if !h.daemon.get() {
            self.live.fetch_sub(1, Ordering::AcqRel);
        }
        if also_queued {
            h.state.store(DONE_QUEUED, Ordering::Release);
        } else {
            h.state.store(DONE, Ordering::Release);
            self.release_if_done(h);
        }
    }
}

/// Why the run loop polls a task.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// A word of one of its wait slots was dequeued.
    Slot,
    /// The run loop runs an idle task now instead of waking it (a service, for the message it
    /// just received): saves an enqueue and a dequeue.
    Direct,
}

impl<M: Controller> Executor<M> {
    /// An executor on the context page `owner`, dequeuing for hart `hart`. Allocates its state
    /// (never freed: task blocks and wakers point into it).
    pub fn new(owner: ContextOwner<M>, hart: usize) -> Result<Self, ArgumentError> {
        let queue = owner.queue();
        let dequeuer = queue.dequeuer(hart)?;
        let priorities = queue.params().priorities;
        let sources = queue.params().sources;
        let late: Vec<Cell<u32>> = (0..sources).map(|_| Cell::new(0)).collect();
        let shared: &'static Shared<M> = Box::leak(Box::new(Shared {
            target: WakeTarget { enqueue: enqueue_word::<M> },
            queue,
            posted: AtomicBool::new(false),
            live: AtomicUsize::new(0),
            priorities,
            local: Local {
                current: Cell::new(ptr::null()),
                deferred: Cell::new(0),
                free: UnsafeCell::new(FreeList::default()),
                late: late.into_boxed_slice(),
                ipc: UnsafeCell::new(None),
            },
        }));
        Ok(Executor { shared, owner, dequeuer, polls_since_check: 0, _local: PhantomData })
    }

    pub(crate) fn shared(&self) -> &'static Shared<M> {
        self.shared
    }

    pub(crate) fn set_ipc(&mut self, state: IpcState<M>) {
        unsafe { *self.shared.local.ipc.get() = Some(state) };
    }

    /// A service task: idle until the run loop hands it its first message; not counted as live.
    pub(crate) fn spawn_service<F: Future<Output = ()> + 'static>(
        &mut self,
        priority: u8,
        preempt: bool,
        future: F,
    ) -> Result<*const Header, SpawnError> {
        self.shared.place(priority, preempt, true, IDLE, Place::Heap, future)
    }

    pub fn spawner(&self) -> Spawner<M> {
        Spawner { shared: self.shared, _local: PhantomData }
    }

    /// Spawns a task and checks that the controller took its word (an enqueue and an error-register
    /// read). Its block comes from the heap, or is a finished task's block of the same size.
    pub fn spawn<F: Future<Output = ()> + 'static>(&mut self, priority: u8, preempt: bool, future: F) -> Result<TaskWord, SpawnError> {
        self.spawn_checked(priority, preempt, Place::Heap, future)
    }

    /// As [`Executor::spawn`], into static storage: allocates nothing.
    pub fn spawn_in<F: Future<Output = ()> + 'static, const BYTES: usize>(
        &mut self,
        storage: &'static TaskStorage<BYTES>,
        priority: u8,
        preempt: bool,
        future: F,
    ) -> Result<TaskWord, SpawnError> {
        let (memory, home) = storage.claim::<F>()?;
        self.spawn_checked(priority, preempt, Place::Static(memory, home), future).map_err(|e| {
            unsafe { (*home).store(0, Ordering::Release) };
            e
        })
    }

    fn spawn_checked<F: Future<Output = ()> + 'static>(
        &mut self,
        priority: u8,
        preempt: bool,
        place: Place,
        future: F,
    ) -> Result<TaskWord, SpawnError> {
        // Refusals of earlier posted writes are the run loop's to report, not this spawn's.
        self.shared.flush_posted_errors();
        let header = self.shared.place(priority, preempt, false, QUEUED, place, future)?;
        let word = TaskWord::from_raw(unsafe { (*header).word() }).expect("non-null");
        match self.owner.enqueue(word) {
            Ok(()) => {
                self.shared.live.fetch_add(1, Ordering::AcqRel);
                Ok(word)
            }
            Err(e) => {
                // The controller did not take it: drop the future and give the block back.
                unsafe { self.shared.discard_task(header) };
                Err(e.into())
            }
        }
    }

    /// Tasks spawned and not finished (services excluded).
    pub fn live(&self) -> usize {
        self.shared.live.load(Ordering::Acquire)
    }

    /// Finished tasks' heap blocks kept for reuse by later spawns.
    pub fn free_blocks(&self) -> usize {
        unsafe { (*self.shared.local.free.get()).len() }
    }

    fn check(&mut self) -> Result<(), RunError> {
        self.shared.flush_posted_errors();
        let bits = self.shared.local.deferred.replace(0);
        if bits == 0 {
            Ok(())
        } else {
            Err(RunError::Controller(ErrorBits(bits)))
        }
    }

    /// One read of this hart's dequeue register: the highest-priority ready word, if any. With
    /// [`Executor::run_dequeued`], the two halves of [`Executor::run_once`], for a run loop of
    /// one's own (tracing, an idle policy between them).
    #[inline]
    pub fn dequeue(&self) -> Option<Dequeued> {
        self.dequeuer.dequeue().map(Dequeued)
    }

    /// Runs what a dequeue returned: polls its task (a task word, or a wait slot's word whose
    /// source fired or whose reply came), or starts the service of a message (a doorbell word).
    /// Reads the error register every [`CHECK_INTERVAL`] polls.
    #[inline]
    pub fn run_dequeued(&mut self, ready: Dequeued) -> Result<(), RunError> {
        probes::mark(probes::RUN_DEQUEUED);
        unsafe { self.shared.dispatch(ready.0) };
        probes::mark(probes::RUN_DEQUEUED_END);
        self.polls_since_check += 1;
        if self.polls_since_check >= CHECK_INTERVAL {
            self.polls_since_check = 0;
            self.check()?;
        }
        Ok(())
    }

    /// Dequeues and runs one word. Returns `Ok(false)` when the ready queues were empty (then it
    /// also reports refusals of posted writes, if any were made), unless a task waited for room in
    /// a full inbox: that task is woken to try again instead (`Ok(true)`).
    pub fn run_once(&mut self) -> Result<bool, RunError> {
        match self.dequeue() {
            Some(ready) => {
                self.run_dequeued(ready)?;
                Ok(true)
            }
            None => {
                self.polls_since_check = 0;
                self.check()?;
                // Nothing ready: a task waiting for room in a full inbox tries again (its receiver
                // may have answered another context's message); its word is the next dequeue.
                Ok(self.shared.wake_parked_sender())
            }
        }
    }

    /// Runs until every spawned task finished. `idle` runs whenever the ready queues are empty
    /// and no call waits for room in a full inbox (on hardware: `wfi`, so that the next interrupt
    /// resumes the loop); a waiting call is woken to try again instead ([`Executor::run_once`]).
    pub fn run(&mut self, mut idle: impl FnMut()) -> Result<(), RunError> {
        while self.live() > 0 {
            if !self.run_once()? {
                idle();
            }
        }
        Ok(())
    }
}

impl<M: Controller> Drop for Executor<M> {
    /// Unregisters the services' handlers. Tasks still alive are not dropped: the controller may
    /// hold their words, and their blocks stay allocated.
    fn drop(&mut self) {
        if let Some(state) = unsafe { self.shared.ipc() } {
            state.unregister_all();
        }
    }
}

impl<M: Controller> Spawner<M> {
    /// Spawns a task (one posted enqueue; a refusal by the controller, POOL_FULL, is reported by
    /// the run loop as [`RunError`]; [`Executor::spawn`] reports it here instead). Its block comes
    /// from the heap, or is a finished task's block of the same size.
    pub fn spawn<F: Future<Output = ()> + 'static>(&self, priority: u8, preempt: bool, future: F) -> Result<TaskWord, SpawnError> {
        self.shared.spawn_posted(priority, preempt, Place::Heap, future)
    }

    /// As [`Spawner::spawn`], into static storage: allocates nothing.
    pub fn spawn_in<F: Future<Output = ()> + 'static, const BYTES: usize>(
        &self,
        storage: &'static TaskStorage<BYTES>,
        priority: u8,
        preempt: bool,
        future: F,
    ) -> Result<TaskWord, SpawnError> {
        let (memory, home) = storage.claim::<F>()?;
        self.shared.spawn_posted(priority, preempt, Place::Static(memory, home), future).map_err(|e| {
            unsafe { (*home).store(0, Ordering::Release) };
            e
        })
    }

    /// Tasks spawned and not finished.
    pub fn live(&self) -> usize {
        self.shared.live.load(Ordering::Acquire)
    }
}
