//! [`InlineFuture`]: a type-erased future stored inline when it is small, for tables of async
//! handlers (system calls) that must not allocate per call.
use core::fmt;
use core::future::Future;
use core::marker::{PhantomData, PhantomPinned};
use core::mem::{align_of, size_of, MaybeUninit};
use core::pin::Pin;
use core::ptr;
use core::task::{Context, Poll};

use alloc::boxed::Box;

/// A future of output `T` held in `WORDS` machine words of its own storage when it fits (size
/// at most `WORDS` words, alignment at most a word's): then creating, polling and dropping it
/// allocate nothing. A larger future is boxed ([`InlineFuture::is_boxed`]).
pub struct InlineFuture<T, const WORDS: usize = 8> {
    storage: MaybeUninit<[usize; WORDS]>,
    poll: unsafe fn(*mut u8, &mut Context<'_>) -> Poll<T>,
    drop: unsafe fn(*mut u8),
    boxed: bool,
    /// The future inside may be neither `Send` nor `Unpin`.
    _marker: PhantomData<(*const (), PhantomPinned)>,
}

type Boxed<T> = Pin<Box<dyn Future<Output = T>>>;

unsafe fn poll_as<F: Future>(p: *mut u8, cx: &mut Context<'_>) -> Poll<F::Output> {
    Pin::new_unchecked(&mut *(p as *mut F)).poll(cx)
}

unsafe fn drop_as<F>(p: *mut u8) {
    ptr::drop_in_place(p as *mut F)
}

impl<T, const WORDS: usize> InlineFuture<T, WORDS> {
    /// Stores `future` inline if it fits, else boxes it.
    pub fn new<F: Future<Output = T> + 'static>(future: F) -> Self {
        if size_of::<F>() <= WORDS * size_of::<usize>() && align_of::<F>() <= align_of::<usize>() {
            Self::inline(future, false)
        } else {
            let boxed: Boxed<T> = Box::pin(future);
            Self::inline(boxed, true)
        }
    }

    fn inline<F: Future<Output = T>>(future: F, boxed: bool) -> Self {
        assert!(size_of::<F>() <= WORDS * size_of::<usize>() && align_of::<F>() <= align_of::<usize>(), "an InlineFuture needs at least 2 words");
        let mut storage = MaybeUninit::<[usize; WORDS]>::uninit();
        unsafe { (storage.as_mut_ptr() as *mut F).write(future) };
        InlineFuture { storage, poll: poll_as::<F>, drop: drop_as::<F>, boxed, _marker: PhantomData }
    }

    /// True when the future did not fit and was boxed.
    pub fn is_boxed(&self) -> bool {
        self.boxed
    }
}

impl<T, const WORDS: usize> Future for InlineFuture<T, WORDS> {
    type Output = T;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        // Safety: the future is pinned with us (`InlineFuture` is `!Unpin`) and initialised.
        unsafe {
            let this = self.get_unchecked_mut();
            (this.poll)(this.storage.as_mut_ptr() as *mut u8, cx)
        }
    }
}

impl<T, const WORDS: usize> Drop for InlineFuture<T, WORDS> {
    fn drop(&mut self) {
        unsafe { (self.drop)(self.storage.as_mut_ptr() as *mut u8) }
    }
}

impl<T, const WORDS: usize> fmt::Debug for InlineFuture<T, WORDS> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InlineFuture").field("boxed", &self.boxed).finish()
    }
}
