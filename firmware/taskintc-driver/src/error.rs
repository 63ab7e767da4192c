use core::fmt;

use crate::regs;

/// What the two error-bit types ([`ErrorBits`], [`crate::IpcErrorBits`]) share: the bits and their names come from
/// the generated register map (`regs::error::FIELDS`, `regs::ipc_error::FIELDS`), declared once with the RTL.
macro_rules! error_bits {
    ($bits:ident, $fields:path, $error:ident) => {
        impl $bits {
            pub fn is_empty(self) -> bool {
                self.0 == 0
            }

            pub fn contains(self, other: $bits) -> bool {
                other.0 != 0 && self.0 & other.0 == other.0
            }

            /// `Ok` when no bit is set, else the bits as a refusal.
            pub fn into_result(self) -> Result<(), $error> {
                if self.is_empty() {
                    Ok(())
                } else {
                    Err($error::Refused(self))
                }
            }
        }

        impl core::fmt::Debug for $bits {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                $crate::error::write_bits(f, self.0, &$fields)
            }
        }
    };
}
pub(crate) use error_bits;

/// Writes the names of the set bits (upper case, `A | B`), then any bits without a name in hex.
pub(crate) fn write_bits(f: &mut fmt::Formatter<'_>, bits: u64, fields: &[(&str, u32, u32)]) -> fmt::Result {
    use fmt::Write;
    let mut rest = bits;
    let mut first = true;
    for &(name, lsb, _) in fields {
        let bit = 1u64 << lsb;
        if rest & bit != 0 {
            if !first {
                f.write_str(" | ")?;
            }
            for c in name.chars() {
                f.write_char(c.to_ascii_uppercase())?;
            }
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
}

error_bits!(ErrorBits, regs::error::FIELDS, Error);

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

#[cfg(test)]
mod tests {
    use super::ErrorBits;
    use crate::{regs, IpcErrorBits};

    #[test]
    fn debug_names_bits_from_the_generated_map() {
        let e = ErrorBits(regs::ERR_POOL_FULL | regs::ERR_NOT_FOUND | 1 << 40);
        assert_eq!(format!("{:?}", e), "POOL_FULL | NOT_FOUND | 0x10000000000");
        assert_eq!(format!("{:?}", ErrorBits(0)), "0x0");
        assert_eq!(format!("{:?}", IpcErrorBits::MAILBOX_FULL), "MAILBOX_FULL");
        // Every generated field has a constant of the same bit.
        assert_eq!(regs::error::FIELDS.len(), 6);
        for (name, lsb, width) in regs::error::FIELDS {
            assert_eq!(width, 1, "{}", name);
            assert_eq!(format!("{:?}", ErrorBits(1 << lsb)), name.to_ascii_uppercase());
        }
        assert!(IpcErrorBits(regs::IPC_ERR_BUSY | regs::IPC_ERR_MAILBOX_FULL).is_transient());
        assert!(!IpcErrorBits(regs::IPC_ERR_BUSY | regs::IPC_ERR_NO_HANDLER).is_transient());
    }
}
