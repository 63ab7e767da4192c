//! Racing futures: [`select`] and [`Spawner::with_timeout`].
//!
//! Both work over any futures, the executor's waits and calls included: each wait or call holds
//! its own wait slot, so one task can have a wait and its timeout (or two waits) parked at once.
//! The loser is dropped: a parked wait is cancelled in the controller (`cancel_wait`; the source's
//! events stay there for the next wait, and a wait whose source fired just before keeps its event
//! in the executor, see [`crate::WaitSource`]) and a call's reply is discarded when it arrives.
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use crate::error::WaitError;
use crate::executor::Spawner;
use crate::wait::WaitSource;
use crate::Controller;

/// Which of two futures completed first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Either<A, B> {
    First(A),
    Second(B),
}

/// Completes with the output of whichever of `a` and `b` completes first (`a` when both are ready
/// in the same poll); the other is dropped.
pub fn select<A: Future, B: Future>(a: A, b: B) -> Select<A, B> {
    Select { a, b }
}

/// Future of [`select`].
pub struct Select<A, B> {
    a: A,
    b: B,
}

impl<A: Future, B: Future> Future for Select<A, B> {
    type Output = Either<A::Output, B::Output>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Safety: structural pinning; `a` and `b` are never moved out of `self`.
        let this = unsafe { self.get_unchecked_mut() };
        if let Poll::Ready(a) = unsafe { Pin::new_unchecked(&mut this.a) }.poll(cx) {
            return Poll::Ready(Either::First(a));
        }
        if let Poll::Ready(b) = unsafe { Pin::new_unchecked(&mut this.b) }.poll(cx) {
            return Poll::Ready(Either::Second(b));
        }
        Poll::Pending
    }
}

/// Why [`Spawner::with_timeout`] gave up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timeout {
    /// The timer source fired first.
    Elapsed,
    /// The wait on the timer source was refused (not granted, pool full, too many waits).
    Wait(WaitError),
}

/// Future of [`Spawner::with_timeout`].
pub struct WithTimeout<F, M: Controller> {
    inner: Select<F, WaitSource<M>>,
}

impl<F: Future, M: Controller> Future for WithTimeout<F, M> {
    type Output = Result<F::Output, Timeout>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Safety: structural pinning of the only field.
        let inner = unsafe { self.map_unchecked_mut(|s| &mut s.inner) };
        inner.poll(cx).map(|either| match either {
            Either::First(output) => Ok(output),
            Either::Second(Ok(())) => Err(Timeout::Elapsed),
            Either::Second(Err(e)) => Err(Timeout::Wait(e)),
        })
    }
}

impl<M: Controller> Spawner<M> {
    /// Runs `future` until interrupt source `timer` fires, whichever comes first. The timer is any
    /// source the caller has armed to fire at the deadline (a board timer, the SoC's cycle
    /// counter device): the executor waits on it with a wait slot of the task, beside whatever
    /// `future` waits on.
    pub fn with_timeout<F: Future>(&self, timer: usize, future: F) -> WithTimeout<F, M> {
        WithTimeout { inner: select(future, self.wait_source(timer)) }
    }
}
