use crate::regs::task_word::*;
use crate::ArgumentError;

/// A task word: \[W-1:6\] pointer to a 64-byte-aligned task control block, \[5:1\] priority (0 is the
/// highest), \[0\] preempt. The controller stores and compares whole words; it never dereferences
/// the pointer.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskWord(u64);

const PRIORITY_MASK: u64 = ((1 << PRIORITY_WIDTH) - 1) << PRIORITY_LSB;
const PREEMPT_MASK: u64 = ((1 << PREEMPT_WIDTH) - 1) << PREEMPT_LSB;
/// Bits below the pointer field: the TCB alignment.
pub const TCB_ALIGN: usize = 1 << POINTER_LSB;

impl TaskWord {
    /// Builds a word. `tcb` must be non-null and 64-byte aligned, `priority` below 32 (the
    /// controller further refuses priorities at or above its number of levels).
    pub fn new(tcb: usize, priority: u8, preempt: bool) -> Result<TaskWord, ArgumentError> {
        if tcb == 0 || tcb % TCB_ALIGN != 0 {
            return Err(ArgumentError { what: "task control block address (non-null, 64-byte aligned)", value: tcb as u64, limit: 0 });
        }
        ArgumentError::check("priority", priority as u64, 1 << PRIORITY_WIDTH)?;
        Ok(TaskWord(tcb as u64 | (priority as u64) << PRIORITY_LSB | (preempt as u64) << PREEMPT_LSB))
    }

    /// The word as read from a dequeue register; `None` for 0 (empty queue).
    pub const fn from_raw(raw: u64) -> Option<TaskWord> {
        if raw == 0 {
            None
        } else {
            Some(TaskWord(raw))
        }
    }

    pub const fn raw(self) -> u64 {
        self.0
    }

    /// The task control block's address.
    pub const fn tcb(self) -> usize {
        (self.0 & !(PRIORITY_MASK | PREEMPT_MASK)) as usize
    }

    pub const fn priority(self) -> u8 {
        ((self.0 & PRIORITY_MASK) >> PRIORITY_LSB) as u8
    }

    pub const fn preempt(self) -> bool {
        self.0 & PREEMPT_MASK != 0
    }

    /// The same task at another priority.
    pub fn with_priority(self, priority: u8) -> Result<TaskWord, ArgumentError> {
        TaskWord::new(self.tcb(), priority, self.preempt())
    }
}

impl core::fmt::Debug for TaskWord {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "TaskWord({:#x}, prio {}{})", self.tcb(), self.priority(), if self.preempt() { ", preempt" } else { "" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_round_trip() {
        let w = TaskWord::new(0x8000_1240, 5, true).unwrap();
        assert_eq!(w.raw(), 0x8000_1240 | 5 << 1 | 1);
        assert_eq!((w.tcb(), w.priority(), w.preempt()), (0x8000_1240, 5, true));
        assert_eq!(w.with_priority(2).unwrap().raw(), 0x8000_1240 | 2 << 1 | 1);
    }

    #[test]
    fn refuses_misaligned_null_and_wide_priority() {
        assert_eq!(TaskWord::new(0x1010, 0, false).unwrap_err().value, 0x1010);
        assert!(TaskWord::new(0, 0, false).is_err());
        assert_eq!(TaskWord::new(0x1000, 32, false).unwrap_err().what, "priority");
        assert_eq!(TaskWord::from_raw(0), None);
    }
}
