//! Task storage: the task control block, its wait slots, and where blocks come from.
//!
//! A task lives in one *task block*: a 64-byte [`Header`] (its address is the task word the
//! controller holds when the task is ready), [`WAIT_SLOTS`] 128-byte [`WaitSlot`]s (their
//! addresses are the words parked on sources or sent as the reply task of an IPC call), then the
//! future itself, inline. Nothing else is allocated for a task.
//!
//! Blocks come from a [`TaskStorage`] static (never allocates), or from the heap at spawn. A block
//! is never given back to the allocator: when its task has finished and no word of it is left in
//! the controller it goes to its executor's free list, and the next spawn of a task of the same
//! size takes it. That is what keeps wakers plain copies of the task word (no reference count):
//! a late waker can only reach a block that still exists, and wakes whatever task lives there now
//! (a spurious poll, which every future tolerates), or nothing when the block is free.
use core::alloc::Layout;
use core::cell::{Cell, UnsafeCell};
use core::future::Future;
use core::mem::{align_of, size_of, MaybeUninit};
use core::pin::Pin;
use core::ptr::{self, addr_of, addr_of_mut};
use core::sync::atomic::{AtomicPtr, AtomicU32, AtomicU64, Ordering};
use core::task::{Context, Poll};

use taskintc_driver::TaskWord;

use crate::waker::WakeTarget;

/// Wait slots per task: how many source waits and IPC calls one task may have outstanding at
/// once (a wait and its timeout, or the two arms of a `select`).
pub const WAIT_SLOTS: usize = 2;

/// Result words a wait slot holds for a reply that arrives out of order (the controller's
/// largest result is 64 bytes).
pub const MAX_RESULT_WORDS: usize = 8;

/// The first byte of every block whose address the controller holds as a task word.
pub(crate) const KIND_TASK: u8 = 1;
pub(crate) const KIND_SLOT: u8 = 2;
pub(crate) const KIND_DOORBELL: u8 = 3;

// Header states. The waker moves IDLE -> QUEUED (and enqueues the header word) or RUNNING ->
// RUNNING_WOKEN; everything else is the run loop's.
/// The block holds no task.
pub(crate) const FREE: u32 = 0;
/// Not queued, not running: waits for a waker or one of its slot words.
pub(crate) const IDLE: u32 = 1;
/// Its header word is in the controller's ready queue.
pub(crate) const QUEUED: u32 = 2;
pub(crate) const RUNNING: u32 = 3;
/// Woken while it ran: queued again after the poll.
pub(crate) const RUNNING_WOKEN: u32 = 4;
/// Finished; words of abandoned wait slots may still be out.
pub(crate) const DONE: u32 = 5;
/// Finished while its header word was still queued (it ran on a slot word meanwhile).
pub(crate) const DONE_QUEUED: u32 = 6;

// Wait-slot states (run loop and the task's own futures only).
pub(crate) const S_FREE: u8 = 0;
/// The slot word waits on `source` in the controller.
pub(crate) const S_SOURCE: u8 = 1;
/// The source fired: the word came back; its future has not seen it yet.
pub(crate) const S_FIRED: u8 = 2;
/// The slot word went out as the reply task of an IPC call; the reply has not been popped.
pub(crate) const S_REPLY: u8 = 3;
/// The reply was popped (its words are in `reply`) before the word came back.
pub(crate) const S_REPLY_POPPED: u8 = 4;
/// The word came back and the reply is the controller's current reply: read it from there.
pub(crate) const S_REPLY_CURRENT: u8 = 5;
/// The word came back and the reply's words are in `reply`.
pub(crate) const S_REPLY_READY: u8 = 6;
/// The future was dropped while the word waited on `source`: discard the word when it comes
/// back (the event is kept for the next wait on the source).
pub(crate) const S_ABANDONED_SOURCE: u8 = 7;
/// The future was dropped while its call was out: discard the reply and the word.
pub(crate) const S_ABANDONED_REPLY: u8 = 8;
pub(crate) const S_ABANDONED_REPLY_POPPED: u8 = 9;

/// How the run loop polls and drops a task's future without knowing its type.
pub(crate) type PollFn = unsafe fn(*const Header, &mut Context<'_>) -> Poll<()>;
pub(crate) type DropFn = unsafe fn(*const Header);

/// The task control block proper: the block the header word points at.
///
/// Fields that wakers on other harts read are atomic; the rest belong to the run loop's thread.
#[repr(C, align(64))]
pub(crate) struct Header {
    pub(crate) kind: u8,
    /// A service: not counted as live.
    pub(crate) daemon: Cell<bool>,
    /// A word-sized state: compare-and-swap is one LR/SC pair on RISC-V (a byte needs a loop).
    pub(crate) state: AtomicU32,
    /// The task word: block address | priority << 1 | preempt.
    pub(crate) word: AtomicU64,
    /// Where a waker enqueues the word (the executor's queue).
    pub(crate) target: AtomicPtr<WakeTarget>,
    /// The future's poll and drop, in the header itself: the run loop's call to poll is one
    /// load away from the dequeued word.
    pub(crate) poll: Cell<PollFn>,
    pub(crate) drop_future: Cell<DropFn>,
    /// The claim flag of the `TaskStorage` the block lives in; null for a heap block.
    pub(crate) home: Cell<*const AtomicU32>,
    /// The block's allocation (heap blocks go back to the free list of this size class).
    pub(crate) size: Cell<u32>,
    pub(crate) align: Cell<u32>,
    /// Free-list link.
    pub(crate) next_free: Cell<*mut Header>,
}

/// A place the controller can hold a word of the task for: a source wait or an IPC call.
#[repr(C, align(64))]
pub(crate) struct WaitSlot {
    pub(crate) kind: u8,
    pub(crate) state: Cell<u8>,
    pub(crate) source: Cell<u32>,
    pub(crate) header: Cell<*const Header>,
    /// A reply popped before its task ran. Not initialized when the task is spawned (two cache
    /// lines fewer to write per spawn): a popped reply writes every word before its state says
    /// that it is there, and only that state lets a call read them.
    pub(crate) reply: [Cell<MaybeUninit<u64>>; MAX_RESULT_WORDS],
}

/// One task: header, wait slots, then the future.
#[repr(C)]
pub(crate) struct TaskBlock<F> {
    header: Header,
    slots: [WaitSlot; WAIT_SLOTS],
    future: UnsafeCell<MaybeUninit<F>>,
}

const _: () = assert!(size_of::<Header>() == 64);
const _: () = assert!(size_of::<WaitSlot>() == 128);

impl Header {
    pub(crate) fn word(&self) -> u64 {
        self.word.load(Ordering::Relaxed)
    }

    /// Wait slot `i` (the slots follow the header in the block).
    pub(crate) fn slot(&self, i: usize) -> &WaitSlot {
        debug_assert!(i < WAIT_SLOTS);
        unsafe { &*((self as *const Header as *const u8).add(size_of::<Header>() + i * size_of::<WaitSlot>()) as *const WaitSlot) }
    }

    /// A free wait slot, now claimed by the caller (state still `S_FREE`: the caller sets it).
    pub(crate) fn free_slot(&self) -> Option<&WaitSlot> {
        (0..WAIT_SLOTS).map(|i| self.slot(i)).find(|s| s.state.get() == S_FREE)
    }

    /// A slot abandoned while parked on `source` (its word is still there).
    pub(crate) fn abandoned_slot(&self, source: usize) -> Option<&WaitSlot> {
        (0..WAIT_SLOTS).map(|i| self.slot(i)).find(|s| s.state.get() == S_ABANDONED_SOURCE && s.source.get() as usize == source)
    }

    /// True when no word of a wait slot is with the controller (or waiting for its future).
    pub(crate) fn slots_idle(&self) -> bool {
        (0..WAIT_SLOTS).all(|i| self.slot(i).state.get() == S_FREE)
    }
}

impl WaitSlot {
    /// The word of this slot: its address with the task's priority and preempt bits.
    pub(crate) fn word(&self) -> TaskWord {
        let header = unsafe { &*self.header.get() };
        TaskWord::from_raw(self as *const WaitSlot as u64 | (header.word() & WORD_LOW_BITS)).expect("non-null slot")
    }

    pub(crate) fn header(&self) -> &Header {
        unsafe { &*self.header.get() }
    }
}

/// Priority and preempt bits of a task word (below the 64-byte-aligned pointer).
pub(crate) const WORD_LOW_BITS: u64 = (taskintc_driver::TCB_ALIGN - 1) as u64;

unsafe fn poll_future<F: Future<Output = ()>>(header: *const Header, cx: &mut Context<'_>) -> Poll<()> {
    let block = header as *const TaskBlock<F>;
    // Safety: the run loop polls a task only while it holds a future (states IDLE..RUNNING_WOKEN),
    // never re-entrantly, and the block does not move.
    let future = &mut *(*(*block).future.get()).as_mut_ptr();
    Pin::new_unchecked(future).poll(cx)
}

unsafe fn drop_future<F>(header: *const Header) {
    let block = header as *const TaskBlock<F>;
    ptr::drop_in_place((*(*block).future.get()).as_mut_ptr());
}

/// The layout of the block of a task whose future is `F`.
pub(crate) fn block_layout<F>() -> Layout {
    Layout::new::<TaskBlock<F>>()
}

/// Everything a new task needs besides its block.
pub(crate) struct TaskInit {
    pub(crate) target: *const WakeTarget,
    pub(crate) priority: u8,
    pub(crate) preempt: bool,
    pub(crate) daemon: bool,
    pub(crate) state: u32,
    pub(crate) home: *const AtomicU32,
    /// The layout the block was allocated with (heap blocks: its size class).
    pub(crate) layout: Layout,
}

/// Writes a task into the block at `memory` (fresh, from a free list or from a static storage;
/// its header, if it held a task before, is `FREE`) and returns its header.
///
/// # Safety
/// `memory` must be valid for `block_layout::<F>()`, aligned to it, and hold no live task.
pub(crate) unsafe fn init_block<F: Future<Output = ()>>(memory: *mut u8, init: &TaskInit, future: F) -> *const Header {
    let block = memory as *mut TaskBlock<F>;
    let header = addr_of_mut!((*block).header);
    let layout = init.layout;
    let word = TaskWord::new(header as usize, init.priority, init.preempt).expect("aligned block, priority checked by the caller");
    // Plain fields first; the atomics are stored, because a late waker of an earlier task in the
    // same block may read them meanwhile (it finds FREE and leaves).
    ptr::write(addr_of_mut!((*header).kind), KIND_TASK);
    ptr::write(addr_of_mut!((*header).daemon), Cell::new(init.daemon));
    ptr::write(addr_of_mut!((*header).poll), Cell::new(poll_future::<F> as PollFn));
    ptr::write(addr_of_mut!((*header).drop_future), Cell::new(drop_future::<F> as DropFn));
    ptr::write(addr_of_mut!((*header).home), Cell::new(init.home));
    ptr::write(addr_of_mut!((*header).size), Cell::new(u32::try_from(layout.size()).expect("a task block under 4 GiB")));
    ptr::write(addr_of_mut!((*header).align), Cell::new(layout.align() as u32));
    ptr::write(addr_of_mut!((*header).next_free), Cell::new(ptr::null_mut()));
    (*addr_of!((*header).word)).store(word.raw(), Ordering::Relaxed);
    (*addr_of!((*header).target)).store(init.target as *mut WakeTarget, Ordering::Relaxed);
    for i in 0..WAIT_SLOTS {
        let slot = addr_of_mut!((*block).slots[i]);
        ptr::write(addr_of_mut!((*slot).kind), KIND_SLOT);
        ptr::write(addr_of_mut!((*slot).state), Cell::new(S_FREE));
        ptr::write(addr_of_mut!((*slot).source), Cell::new(0));
        ptr::write(addr_of_mut!((*slot).header), Cell::new(header));
    }
    (*(*block).future.get()).as_mut_ptr().write(future);
    (*addr_of!((*header).state)).store(init.state, Ordering::Release);
    header
}

/// The block of a task whose header word was dequeued.
///
/// # Safety
/// `address` must be the address of a block of this executor (the controller returns only words
/// the executor gave it).
pub(crate) unsafe fn block_kind(address: usize) -> u8 {
    *(address as *const u8)
}

/// Static storage for one task, so that spawning it allocates nothing: `BYTES` must hold the task
/// block (64-byte header, [`WAIT_SLOTS`] slots of 128 bytes, then the future);
/// [`task_block_size`] tells the size of a given future type, and `spawn_in` refuses a future that
/// does not fit. The storage takes one task at a time; it is free again when its task has
/// finished and the controller holds no word of it.
///
/// ```
/// use taskintc_executor::{yield_now, Controller, Executor, SpawnError, TaskStorage};
///
/// static WORKER: TaskStorage<1024> = TaskStorage::new();
///
/// fn start<M: Controller>(executor: &mut Executor<M>) -> Result<(), SpawnError> {
///     executor.spawn_in(&WORKER, 3, false, async {
///         loop {
///             yield_now().await;
///         }
///     })?;
///     Ok(())
/// }
/// ```
#[repr(C, align(64))]
pub struct TaskStorage<const BYTES: usize> {
    memory: UnsafeCell<MaybeUninit<[u8; BYTES]>>,
    /// 1 while claimed (a word: one AMO on RISC-V, where a byte needs a loop).
    claimed: AtomicU32,
}

// Safety: the memory is written only by the spawn that claimed it (atomic flag) and then by the
// run loop of the executor that owns the task.
unsafe impl<const BYTES: usize> Sync for TaskStorage<BYTES> {}

impl<const BYTES: usize> TaskStorage<BYTES> {
    pub const fn new() -> Self {
        TaskStorage { memory: UnsafeCell::new(MaybeUninit::uninit()), claimed: AtomicU32::new(0) }
    }

    /// True while a task lives in it (or the controller still holds a word of a finished one).
    pub fn in_use(&self) -> bool {
        self.claimed.load(Ordering::Acquire) != 0
    }

    /// Claims the storage for a task of future type `F`: the memory and the claim flag.
    pub(crate) fn claim<F>(&'static self) -> Result<(*mut u8, *const AtomicU32), StorageError> {
        let layout = block_layout::<F>();
        if layout.size() > BYTES || layout.align() > align_of::<Self>() {
            return Err(StorageError::TooSmall { needed: layout.size() });
        }
        if self.claimed.swap(1, Ordering::AcqRel) != 0 {
            return Err(StorageError::InUse);
        }
        Ok((self.memory.get() as *mut u8, &self.claimed as *const AtomicU32))
    }
}

impl<const BYTES: usize> Default for TaskStorage<BYTES> {
    fn default() -> Self {
        Self::new()
    }
}

/// Bytes of the task block of a task whose future is `F` (for sizing a [`TaskStorage`]).
pub fn task_block_size<F: Future<Output = ()>>(_future: &F) -> usize {
    block_layout::<F>().size()
}

/// Why a [`TaskStorage`] was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The task block needs this many bytes.
    TooSmall { needed: usize },
    /// A task (or a word of a finished one) still occupies it.
    InUse,
}

/// Finished tasks' heap blocks for the next spawns. Heap blocks are allocated in power-of-two
/// sizes (at least 512 bytes, 64-byte aligned), so a block serves any later task whose block fits
/// its size class; giving a block back never allocates.
pub(crate) struct FreeList {
    heads: [*mut Header; CLASSES],
}

const MIN_CLASS: u32 = 9;
const CLASSES: usize = 24;

impl Default for FreeList {
    fn default() -> Self {
        FreeList { heads: [ptr::null_mut(); CLASSES] }
    }
}

impl FreeList {
    /// The size class and heap layout of a block of `layout`; `None` for a block that is not
    /// pooled (alignment above 64 bytes, or beyond the largest class).
    pub(crate) fn class_of(layout: Layout) -> Option<(usize, Layout)> {
        if layout.align() > taskintc_driver::TCB_ALIGN {
            return None;
        }
        let bits = usize::BITS - (layout.size().max(1) - 1).leading_zeros();
        let class = bits.max(MIN_CLASS);
        let index = (class - MIN_CLASS) as usize;
        if index >= CLASSES {
            return None;
        }
        Some((index, Layout::from_size_align(1 << class, taskintc_driver::TCB_ALIGN).ok()?))
    }

    pub(crate) fn take(&mut self, class: usize) -> Option<*mut u8> {
        let head = self.heads[class];
        if head.is_null() {
            return None;
        }
        self.heads[class] = unsafe { (*head).next_free.get() };
        Some(head as *mut u8)
    }

    /// Keeps a finished task's heap block for reuse (a block that is not pooled stays allocated
    /// and unused: wakers may still reach it).
    ///
    /// # Safety
    /// `header` is a heap block whose task finished, with no word in the controller.
    pub(crate) unsafe fn give(&mut self, header: *mut Header) {
        let layout = Layout::from_size_align_unchecked((*header).size.get() as usize, (*header).align.get() as usize);
        if let Some((class, pooled)) = Self::class_of(layout) {
            if pooled.size() == layout.size() {
                (*header).next_free.set(self.heads[class]);
                self.heads[class] = header;
            }
        }
    }

    /// Blocks waiting for reuse.
    pub(crate) fn len(&self) -> usize {
        let mut n = 0;
        for &head in &self.heads {
            let mut p = head;
            while !p.is_null() {
                n += 1;
                p = unsafe { (*p).next_free.get() };
            }
        }
        n
    }
}
