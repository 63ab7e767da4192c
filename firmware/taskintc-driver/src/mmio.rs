//! Register access: one trait, a volatile-pointer implementation for hardware, and the simulator's
//! implementation in the `taskintc-sim` crate.

/// One bus access to the controller's window. `offset` is the byte offset from the window's base.
///
/// An implementation must perform exactly one bus access per call, of the controller's data
/// width, in program order with the implementation's other accesses: the driver relies on that
/// for the atomicity of every single-access operation.
pub trait Mmio {
    fn read(&self, offset: usize) -> u64;
    fn write(&self, offset: usize, value: u64);
}

impl<T: Mmio + ?Sized> Mmio for &T {
    fn read(&self, offset: usize) -> u64 {
        (**self).read(offset)
    }
    fn write(&self, offset: usize, value: u64) {
        (**self).write(offset, value)
    }
}

/// The window of a controller generated with 64-bit task words (`--task-width 64`).
#[derive(Clone, Copy, Debug)]
pub struct Mmio64 {
    base: *mut u64,
}

impl Mmio64 {
    /// # Safety
    /// `base` must be the address of a TaskIntc window with 64-bit data, mapped as device memory
    /// for as long as this value (and its copies) is used.
    pub const unsafe fn new(base: usize) -> Self {
        Mmio64 { base: base as *mut u64 }
    }
}

// Safety: each call is one naturally aligned volatile access, which the bus delivers as one
// transaction and the controller executes atomically; there is no state on the CPU side.
unsafe impl Send for Mmio64 {}
unsafe impl Sync for Mmio64 {}

impl Mmio for Mmio64 {
    #[inline]
    fn read(&self, offset: usize) -> u64 {
        unsafe { core::ptr::read_volatile(self.base.add(offset / 8)) }
    }
    #[inline]
    fn write(&self, offset: usize, value: u64) {
        unsafe { core::ptr::write_volatile(self.base.add(offset / 8), value) }
    }
}

/// The window of a controller generated with 32-bit task words (`--task-width 32`): registers sit
/// at the same 8-byte-spaced offsets, accessed 32 bits wide.
#[derive(Clone, Copy, Debug)]
pub struct Mmio32 {
    base: *mut u32,
}

impl Mmio32 {
    /// # Safety
    /// As [`Mmio64::new`], for a window with 32-bit data.
    pub const unsafe fn new(base: usize) -> Self {
        Mmio32 { base: base as *mut u32 }
    }
}

// Safety: as for Mmio64.
unsafe impl Send for Mmio32 {}
unsafe impl Sync for Mmio32 {}

impl Mmio for Mmio32 {
    #[inline]
    fn read(&self, offset: usize) -> u64 {
        unsafe { core::ptr::read_volatile(self.base.add(offset / 4)) as u64 }
    }
    #[inline]
    fn write(&self, offset: usize, value: u64) {
        unsafe { core::ptr::write_volatile(self.base.add(offset / 4), value as u32) }
    }
}

/// A window that starts `base` bytes into another one: how a process that has only its own
/// context region mapped (at some virtual address) is given the same driver, or how a test
/// addresses one region of a whole-controller window.
#[derive(Clone, Copy, Debug)]
pub struct Offset<M: Mmio> {
    pub mmio: M,
    pub base: usize,
}

impl<M: Mmio> Mmio for Offset<M> {
    fn read(&self, offset: usize) -> u64 {
        self.mmio.read(self.base + offset)
    }
    fn write(&self, offset: usize, value: u64) {
        self.mmio.write(self.base + offset, value)
    }
}
