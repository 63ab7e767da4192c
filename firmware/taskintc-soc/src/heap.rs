//! The firmware's heap bookkeeping: segregated free lists of power-of-two size classes (16 bytes
//! to 4 KiB) carved from a bump region, so that the executor's per-call allocations (IPC argument
//! and result vectors, boxed system-call futures) are reused and a loop of calls runs in constant
//! memory. Larger blocks come from the bump region and are given back only when they are the
//! last one carved. The caller provides the memory and any locking (the firmware masks
//! interrupts around each call).

pub const MIN_CLASS_SHIFT: u32 = 4;
pub const CLASSES: usize = 9; // 16 .. 4096 bytes

pub struct SizeClassHeap {
    next: usize,
    end: usize,
    free: [usize; CLASSES],
}

fn class_of(size: usize, align: usize) -> Option<usize> {
    let need = size.max(align).max(1 << MIN_CLASS_SHIFT);
    let shift = usize::BITS - (need - 1).leading_zeros();
    let class = (shift - MIN_CLASS_SHIFT) as usize;
    if class < CLASSES {
        Some(class)
    } else {
        None
    }
}

impl SizeClassHeap {
    pub const fn empty() -> Self {
        SizeClassHeap { next: 0, end: 0, free: [0; CLASSES] }
    }

    /// # Safety
    /// `[start, end)` is memory owned by the heap from now on.
    pub unsafe fn init(&mut self, start: usize, end: usize) {
        self.next = start;
        self.end = end;
        self.free = [0; CLASSES];
    }

    fn carve(&mut self, size: usize, align: usize) -> usize {
        let start = match self.next.checked_add(align - 1) {
            Some(v) => v & !(align - 1),
            None => return 0,
        };
        match start.checked_add(size) {
            Some(end) if end <= self.end => {
                self.next = end;
                start
            }
            _ => 0,
        }
    }

    /// A block of at least `size` bytes aligned to `align` (a power of two); 0 when out of memory.
    ///
    /// # Safety
    /// After `init`.
    pub unsafe fn alloc(&mut self, size: usize, align: usize) -> usize {
        match class_of(size, align) {
            Some(c) => {
                let head = self.free[c];
                if head != 0 {
                    self.free[c] = *(head as *const usize);
                    head
                } else {
                    let bytes = 1usize << (c as u32 + MIN_CLASS_SHIFT);
                    self.carve(bytes, bytes)
                }
            }
            None => self.carve(size, align),
        }
    }

    /// # Safety
    /// `addr` came from `alloc(size, align)` of this heap and is not used any more.
    pub unsafe fn dealloc(&mut self, addr: usize, size: usize, align: usize) {
        match class_of(size, align) {
            Some(c) => {
                *(addr as *mut usize) = self.free[c];
                self.free[c] = addr;
            }
            None => {
                if addr + size == self.next {
                    self.next = addr;
                }
            }
        }
    }

    /// Bytes not yet carved.
    pub fn untouched(&self) -> usize {
        self.end - self.next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heap(bytes: usize) -> (Vec<u64>, SizeClassHeap) {
        let memory = vec![0u64; bytes / 8];
        let mut heap = SizeClassHeap::empty();
        let start = memory.as_ptr() as usize;
        unsafe { heap.init(start, start + bytes) };
        (memory, heap)
    }

    #[test]
    fn classes() {
        assert_eq!(class_of(1, 1), Some(0));
        assert_eq!(class_of(16, 8), Some(0));
        assert_eq!(class_of(17, 8), Some(1));
        assert_eq!(class_of(24, 64), Some(2));
        assert_eq!(class_of(4096, 8), Some(8));
        assert_eq!(class_of(4097, 8), None);
    }

    #[test]
    fn blocks_are_aligned_disjoint_and_reused() {
        let (_memory, mut h) = heap(1 << 20);
        unsafe {
            let a = h.alloc(40, 8);
            let b = h.alloc(40, 8);
            let c = h.alloc(100, 64);
            assert!(a != 0 && b != 0 && c != 0);
            assert_eq!(a % 64, 0);
            assert_eq!(c % 128, 0);
            assert!(a + 64 <= b || b + 64 <= a);
            h.dealloc(a, 40, 8);
            assert_eq!(h.alloc(33, 8), a, "a freed block of the class is reused first");
            // A loop of allocate/free of the same sizes runs in constant memory.
            let before = h.untouched();
            for _ in 0..10_000 {
                let x = h.alloc(48, 8);
                let y = h.alloc(200, 8);
                h.dealloc(x, 48, 8);
                h.dealloc(y, 200, 8);
            }
            // One block of each class, plus at most one alignment gap.
            assert!(before - h.untouched() <= 64 + 256 + 255);
        }
    }

    #[test]
    fn large_blocks_and_exhaustion() {
        let (_memory, mut h) = heap(64 * 1024);
        unsafe {
            let big = h.alloc(10_000, 8);
            assert_ne!(big, 0);
            h.dealloc(big, 10_000, 8);
            assert_eq!(h.alloc(10_000, 8), big, "the last large block is given back");
            assert_eq!(h.alloc(1 << 20, 8), 0, "out of memory is 0, not a wrap");
            let mut n = 0;
            while h.alloc(4096, 8) != 0 {
                n += 1;
            }
            assert!(n >= 10 && n <= 16);
        }
    }
}
