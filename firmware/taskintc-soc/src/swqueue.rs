//! The software ready queue of the PLIC build and of the software IPC path: `LEVELS` priority
//! levels (0 is the highest), FIFO within a level, a bitmap of non-empty levels so that a pop is
//! a count-trailing-zeros and one ring-buffer read. Fixed capacity, no allocation: the trap
//! handler pushes into it.

/// Priority levels of [`SwQueue`] (the controller's default configuration has 8 too).
pub const LEVELS: usize = 8;
/// Entries per level.
pub const DEPTH: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PushError {
    /// Priority at or above [`LEVELS`].
    BadPriority(usize),
    /// The level already holds [`DEPTH`] entries.
    Full(usize),
}

pub struct SwQueue {
    nonempty: u32,
    head: [u8; LEVELS],
    len: [u8; LEVELS],
    slots: [[u16; DEPTH]; LEVELS],
}

impl SwQueue {
    pub const fn new() -> Self {
        SwQueue { nonempty: 0, head: [0; LEVELS], len: [0; LEVELS], slots: [[0; DEPTH]; LEVELS] }
    }

    /// Appends task `task` at the tail of level `priority`.
    #[inline]
    pub fn push(&mut self, task: u16, priority: usize) -> Result<(), PushError> {
        if priority >= LEVELS {
            return Err(PushError::BadPriority(priority));
        }
        let len = self.len[priority] as usize;
        if len == DEPTH {
            return Err(PushError::Full(priority));
        }
        let at = (self.head[priority] as usize + len) % DEPTH;
        self.slots[priority][at] = task;
        self.len[priority] = (len + 1) as u8;
        self.nonempty |= 1 << priority;
        Ok(())
    }

    /// Removes the oldest task of the highest non-empty level.
    #[inline]
    pub fn pop(&mut self) -> Option<u16> {
        if self.nonempty == 0 {
            return None;
        }
        let level = self.nonempty.trailing_zeros() as usize;
        let head = self.head[level] as usize;
        let task = self.slots[level][head];
        self.head[level] = ((head + 1) % DEPTH) as u8;
        self.len[level] -= 1;
        if self.len[level] == 0 {
            self.nonempty &= !(1 << level);
        }
        Some(task)
    }

    pub fn len(&self) -> usize {
        self.len.iter().map(|&l| l as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.nonempty == 0
    }
}

impl Default for SwQueue {
    fn default() -> Self {
        SwQueue::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn priority_then_fifo() {
        let mut q = SwQueue::new();
        q.push(10, 3).unwrap();
        q.push(11, 1).unwrap();
        q.push(12, 3).unwrap();
        q.push(13, 0).unwrap();
        q.push(14, 1).unwrap();
        assert_eq!(q.len(), 5);
        let order: Vec<u16> = core::iter::from_fn(|| q.pop()).collect();
        assert_eq!(order, vec![13, 11, 14, 10, 12]);
        assert!(q.is_empty());
        assert_eq!(q.pop(), None);
    }

    #[test]
    fn full_level_and_bad_priority_are_refused_without_change() {
        let mut q = SwQueue::new();
        for i in 0..DEPTH as u16 {
            q.push(i, 2).unwrap();
        }
        assert_eq!(q.push(99, 2), Err(PushError::Full(2)));
        assert_eq!(q.push(99, LEVELS), Err(PushError::BadPriority(LEVELS)));
        q.push(50, 7).unwrap();
        for i in 0..DEPTH as u16 {
            assert_eq!(q.pop(), Some(i));
        }
        assert_eq!(q.pop(), Some(50));
        assert_eq!(q.pop(), None);
    }

    #[test]
    fn ring_wraps_around_many_times_against_a_model() {
        // A deterministic pseudo-random mix of pushes and pops compared with a Vec-of-VecDeque model.
        let mut q = SwQueue::new();
        let mut model: Vec<std::collections::VecDeque<u16>> = vec![Default::default(); LEVELS];
        let mut x: u32 = 12345;
        for step in 0..20_000u32 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            if x % 3 != 0 {
                let level = (x >> 8) as usize % LEVELS;
                let r = q.push(step as u16, level);
                if model[level].len() == DEPTH {
                    assert_eq!(r, Err(PushError::Full(level)));
                } else {
                    assert_eq!(r, Ok(()));
                    model[level].push_back(step as u16);
                }
            } else {
                let expected = model.iter_mut().find(|l| !l.is_empty()).and_then(|l| l.pop_front());
                assert_eq!(q.pop(), expected);
            }
            assert_eq!(q.len(), model.iter().map(|l| l.len()).sum::<usize>());
        }
    }
}
