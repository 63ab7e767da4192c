use core::fmt;

use crate::regs;

/// Bits of a page's `error` register (sticky; a read returns and clears them).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct ErrorBits(pub u64);

impl ErrorBits {
    pub const POOL_FULL: ErrorBits = ErrorBits(regs::ERR_POOL_FULL);
    pub const BAD_PRIORITY: ErrorBits = ErrorBits(regs::ERR_BAD_PRIORITY);
    pub const NULL_TASK: ErrorBits = ErrorBits(regs::ERR_NULL_TASK);
    pub const NOT_FOUND: ErrorBits = ErrorBits(regs::ERR_NOT_FOUND);
    pub const BAD_ACCESS: ErrorBits = ErrorBits(regs::ERR_BAD_ACCESS);
    pub const NOT_GRANTED: ErrorBits = ErrorBits(regs::ERR_NOT_GRANTED);

    const NAMES: [(u64, &'static str); 6] = [
        (regs::ERR_POOL_FULL, "POOL_FULL"),
        (regs::ERR_BAD_PRIORITY, "BAD_PRIORITY"),
        (regs::ERR_NULL_TASK, "NULL_TASK"),
        (regs::ERR_NOT_FOUND, "NOT_FOUND"),
        (regs::ERR_BAD_ACCESS, "BAD_ACCESS"),
        (regs::ERR_NOT_GRANTED, "NOT_GRANTED"),
    ];

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, other: ErrorBits) -> bool {
        other.0 != 0 && self.0 & other.0 == other.0
    }

    /// `Ok` when no bit is set, else the bits as [`Error::Refused`].
    pub fn into_result(self) -> Result<(), Error> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(Error::Refused(self))
        }
    }
}

impl fmt::Debug for ErrorBits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        let mut first = true;
        for (bit, name) in Self::NAMES {
            if rest & bit != 0 {
                if !first {
                    f.write_str(" | ")?;
                }
                f.write_str(name)?;
                first = false;
                rest &= !bit;
            }
        }
        if rest != 0 || first {
            if !first {
                f.write_str(" | ")?;
            }
            write!(f, "{:#x}", rest)?;
        }
        Ok(())
    }
}

/// An argument outside the range the controller accepts; nothing was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArgumentError {
    /// The parameter's name.
    pub what: &'static str,
    pub value: u64,
    /// The exclusive upper bound (0 for a value that is wrong for another reason).
    pub limit: u64,
}

impl ArgumentError {
    /// `Ok` when `value < limit`, else the error naming `what`.
    pub fn check(what: &'static str, value: u64, limit: u64) -> Result<(), ArgumentError> {
        if value < limit {
            Ok(())
        } else {
            Err(ArgumentError { what, value, limit })
        }
    }
}

impl fmt::Display for ArgumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.limit == 0 {
            write!(f, "{} = {:#x} is not valid", self.what, self.value)
        } else {
            write!(f, "{} = {} is out of range 0..{}", self.what, self.value, self.limit)
        }
    }
}

/// Why a checked operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// The controller refused the operation (it changed nothing) and set these error bits.
    Refused(ErrorBits),
    /// The driver refused an argument before any access.
    Argument(ArgumentError),
}

impl From<ArgumentError> for Error {
    fn from(e: ArgumentError) -> Self {
        Error::Argument(e)
    }
}

impl Error {
    /// True when the controller refused with (at least) these bits.
    pub fn is(&self, bits: ErrorBits) -> bool {
        matches!(self, Error::Refused(b) if b.contains(bits))
    }
}
