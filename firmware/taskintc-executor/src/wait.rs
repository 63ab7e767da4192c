//! Waiting in the controller: [`WaitSource`] parks a wait slot's word on an interrupt source;
//! [`yield_now`].
//!
//! A wait parks a *slot word* of the task (not its header word), so a task can wait on a source
//! and still be woken by anything else (a timeout, a signal, the other arm of a `select`): the
//! future checks its own slot when the task is polled. Dropping a wait future that is still
//! parked takes its word back with the controller's `cancel_wait` (the loser of a `select` or a
//! timeout): when the word was still parked the slot is free at once and the source's events stay
//! in the controller for the next wait; when the source fired just before (the word is on its way
//! back through the ready queue), the slot is abandoned: the executor discards the word when it
//! comes back and keeps its event for the next wait on that source in this executor, so that no
//! event is lost either way. An abandoned slot is busy until then, except for a new wait of the
//! same task on the same source, which takes it over.
use core::future::Future;
use core::marker::PhantomData;
use core::pin::Pin;
use core::ptr;
use core::task::{Context, Poll};

use taskintc_driver::ErrorBits;

use crate::error::WaitError;
use crate::executor::{Shared, Spawner};
use crate::probes;
use crate::task::{WaitSlot, S_ABANDONED_SOURCE, S_FIRED, S_FREE, S_SOURCE};
use crate::Controller;

impl<M: Controller> Spawner<M> {
    /// A future that parks the current task in the controller until interrupt source `source`
    /// fires (an event already pending completes it at once). Its output is `Err` when the
    /// controller refused the wait (nothing is parked then).
    pub fn wait_source(&self, source: usize) -> WaitSource<M> {
        WaitSource { shared: self.shared, source, slot: ptr::null(), _local: PhantomData }
    }
}

/// Future of [`Spawner::wait_source`].
pub struct WaitSource<M: Controller> {
    shared: &'static Shared<M>,
    source: usize,
    /// The slot whose word is parked (null before the first poll and after completion).
    slot: *const WaitSlot,
    _local: PhantomData<*const ()>,
}

impl<M: Controller> WaitSource<M> {
    /// The source this future waits on.
    pub fn source(&self) -> usize {
        self.source
    }
}

impl<M: Controller> Future for WaitSource<M> {
    type Output = Result<(), WaitError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        probes::mark(probes::WAIT_POLL);
        if !self.slot.is_null() {
            // Safety: the slot belongs to the task that polled us first; it stays claimed (not
            // S_FREE) until we release it.
            let slot = unsafe { &*self.slot };
            if slot.state.get() != S_FIRED {
                return Poll::Pending; // polled for another reason; the word is still parked
            }
            slot.state.set(S_FREE);
            self.slot = ptr::null();
            return Poll::Ready(Ok(()));
        }
        let shared = self.shared;
        let task = shared.current_task(cx);
        if shared.take_late_event(self.source) {
            return Poll::Ready(Ok(()));
        }
        // A wait of this task abandoned on the same source is still parked there: take it over
        // (no bus access). A timeout in a loop reuses its parked timer word this way.
        if let Some(slot) = task.abandoned_slot(self.source) {
            slot.state.set(S_SOURCE);
            self.slot = slot;
            return Poll::Pending;
        }
        let slot = match task.free_slot() {
            Some(slot) => slot,
            None => return Poll::Ready(Err(WaitError::TooManyWaits)),
        };
        // Errors of earlier posted writes must not be taken for the wait's.
        shared.flush_posted_errors();
        if shared.queue.post_wait(self.source, slot.word()).is_err() {
            return Poll::Ready(Err(WaitError::BadSource));
        }
        // Did the controller take it? Bits that are not about a wait belong to other posted
        // operations and go to the run loop.
        let bits = shared.queue.take_errors();
        let refusal = ErrorBits::NOT_GRANTED.0 | ErrorBits::POOL_FULL.0 | ErrorBits::BAD_PRIORITY.0 | ErrorBits::NULL_TASK.0;
        shared.defer(ErrorBits(bits.0 & !refusal));
        if bits.0 & refusal != 0 {
            return Poll::Ready(Err(if bits.contains(ErrorBits::NOT_GRANTED) { WaitError::NotGranted } else { WaitError::PoolFull }));
        }
        slot.source.set(self.source as u32);
        slot.state.set(S_SOURCE);
        self.slot = slot;
        Poll::Pending
    }
}

impl<M: Controller> Drop for WaitSource<M> {
    fn drop(&mut self) {
        // A completed wait has released its slot: the common case stays a test inlined into the
        // task's poll; a wait dropped early (a select's loser, a timeout) takes the cold path.
        if !self.slot.is_null() {
            self.release();
        }
    }
}

impl<M: Controller> WaitSource<M> {
    #[cold]
    #[inline(never)]
    fn release(&mut self) {
        let slot = unsafe { &*self.slot };
        match slot.state.get() {
            // Parked: take the word back. Two accesses: the cancel, then the error register.
            S_SOURCE => {
                let shared = self.shared;
                shared.flush_posted_errors();
                let cancelled = shared.queue.post_cancel_wait(self.source, slot.word()).is_ok() && {
                    let bits = shared.queue.take_errors();
                    let outcome = ErrorBits::NOT_FOUND.0 | ErrorBits::NOT_GRANTED.0;
                    shared.defer(ErrorBits(bits.0 & !outcome));
                    bits.0 & outcome == 0
                };
                // Not found: the source fired and the word comes back through the ready queue,
                // where the run loop keeps its event. Not granted (revoked since): the word stays
                // parked until the source fires, and the same happens then.
                slot.state.set(if cancelled { S_FREE } else { S_ABANDONED_SOURCE });
            }
            // Fired, but the result was never taken (the other arm of a select won): the event
            // goes to the next wait on the source.
            S_FIRED => {
                self.shared.add_late_event(self.source);
                slot.state.set(S_FREE);
            }
            _ => {}
        }
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
