//! A move of a large value without the generic `memcpy`: see [`move_into`].
use core::mem::MaybeUninit;

/// Moves `value` into `slot`. A value of more than 64 bytes in whole aligned words is copied a word
/// at a time, inline: for such a move LLVM calls `memcpy`, whose generic loop took about 70
/// instructions for a system-call handler's future (88 bytes), a twentieth of a call through the
/// runtime. The word accesses are volatile only so that LLVM does not turn them back into that
/// call. A smaller value is moved as usual: LLVM copies it inline, or builds it in place.
#[inline(always)]
pub(crate) fn move_into<T>(value: T, slot: &mut MaybeUninit<T>) {
    const WORD: usize = core::mem::size_of::<u64>();
    let size = core::mem::size_of::<T>();
    if size <= 8 * WORD || size % WORD != 0 || core::mem::align_of::<T>() < core::mem::align_of::<u64>() {
        slot.write(value);
        return;
    }
    let value = core::mem::ManuallyDrop::new(value);
    let from = &*value as *const T as *const MaybeUninit<u64>;
    let to = slot.as_mut_ptr() as *mut MaybeUninit<u64>;
    for i in 0..size / WORD {
        // Safety: both are valid, aligned and `size_of::<T>()` bytes long, and do not overlap;
        // `MaybeUninit` words carry padding bytes too. `value` is not dropped: `slot` owns it now.
        unsafe { to.add(i).write_volatile(from.add(i).read_volatile()) };
    }
}

#[cfg(test)]
mod tests {
    use super::move_into;
    use core::cell::Cell;
    use core::mem::MaybeUninit;

    /// Counts its drops, so a move that also dropped (or copied and dropped) its source shows.
    struct Counted<'a, const N: usize> {
        words: [u64; N],
        tag: u8,
        drops: &'a Cell<u32>,
    }

    impl<const N: usize> Drop for Counted<'_, N> {
        fn drop(&mut self) {
            self.drops.set(self.drops.get() + 1);
        }
    }

    fn moved_intact<const N: usize>() {
        let drops = Cell::new(0);
        let words: [u64; N] = core::array::from_fn(|i| 0x0123_4567_89ab_cdef ^ (i as u64) << 56);
        let mut slot = MaybeUninit::uninit();
        move_into(Counted { words, tag: 0xa5, drops: &drops }, &mut slot);
        assert_eq!(drops.get(), 0, "the moved value was dropped");
        let value = unsafe { slot.assume_init() };
        assert_eq!((value.words, value.tag), (words, 0xa5));
        drop(value);
        assert_eq!(drops.get(), 1);
    }

    #[test]
    fn a_value_over_64_bytes_moves_by_words_intact_and_is_dropped_once() {
        // 12 words, a tag and a reference: 112 bytes on a 64-bit target, copied word by word.
        assert!(core::mem::size_of::<Counted<12>>() > 64);
        moved_intact::<12>();
    }

    #[test]
    fn a_small_value_moves_as_usual() {
        assert!(core::mem::size_of::<Counted<2>>() <= 64);
        moved_intact::<2>();
    }

    #[test]
    fn a_value_of_no_whole_words_moves_as_usual() {
        let mut slot = MaybeUninit::<[u8; 71]>::uninit();
        let bytes: [u8; 71] = core::array::from_fn(|i| i as u8);
        move_into(bytes, &mut slot);
        assert_eq!(unsafe { slot.assume_init() }, bytes);
    }
}
