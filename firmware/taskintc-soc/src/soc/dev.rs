//! The SoC's devices (soc-interface.md): SIM device, NIC model, Rocket PLIC, CSRs.

use core::arch::asm;
use core::ptr::{read_volatile, write_volatile};

pub const TASKINTC_BASE: usize = 0x6000_0000;
pub const SIM_BASE: usize = 0x6100_0000;
pub const NIC_BASE: usize = 0x6100_1000;
pub const PLIC_BASE: usize = 0x0C00_0000;

#[inline(always)]
fn read64(address: usize) -> u64 {
    unsafe { read_volatile(address as *const u64) }
}

#[inline(always)]
fn write64(address: usize, value: u64) {
    unsafe { write_volatile(address as *mut u64, value) }
}

#[inline(always)]
fn read32(address: usize) -> u32 {
    unsafe { read_volatile(address as *const u32) }
}

#[inline(always)]
fn write32(address: usize, value: u32) {
    unsafe { write_volatile(address as *mut u32, value) }
}

// ---- SIM device -------------------------------------------------------------------------------

pub fn console_byte(b: u8) {
    write64(SIM_BASE, b as u64);
}

/// Ends the simulation: 0 pass, anything else fail.
pub fn exit(code: u64) -> ! {
    write64(SIM_BASE + 0x08, code);
    loop {
        core::hint::spin_loop();
    }
}

/// Appends one value to the records file.
pub fn record(value: u64) {
    write64(SIM_BASE + 0x10, value);
}

pub struct Console;

impl core::fmt::Write for Console {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for b in s.bytes() {
            console_byte(b);
        }
        Ok(())
    }
}

// ---- NIC model --------------------------------------------------------------------------------

/// NIC queue pair `q`'s registers.
#[derive(Clone, Copy)]
pub struct Nic(pub usize);

impl Nic {
    #[inline(always)]
    fn reg(self, offset: usize) -> usize {
        NIC_BASE + 0x100 * self.0 + offset
    }
    #[inline(always)]
    pub fn rx_count(self) -> u64 {
        read64(self.reg(0x00))
    }
    #[inline(always)]
    pub fn rx_stamp(self) -> u64 {
        read64(self.reg(0x08))
    }
    #[inline(always)]
    pub fn rx_len(self) -> u64 {
        read64(self.reg(0x10))
    }
    #[inline(always)]
    pub fn rx_data(self) -> u64 {
        read64(self.reg(0x18))
    }
    #[inline(always)]
    pub fn rx_pop(self) {
        write64(self.reg(0x20), 0)
    }
    #[inline(always)]
    pub fn tx_data(self, w: u64) {
        write64(self.reg(0x28), w)
    }
    #[inline(always)]
    pub fn tx_send(self, len: u64) {
        write64(self.reg(0x30), len)
    }
    #[inline(always)]
    pub fn set_irq_enable(self, on: bool) {
        write64(self.reg(0x38), on as u64)
    }
    pub fn irq_enable(self) -> u64 {
        read64(self.reg(0x38))
    }
    pub fn set_generator(self, interval: u64, size: u64, poisson: bool) {
        write64(self.reg(0x40), interval);
        write64(self.reg(0x48), size);
        write64(self.reg(0x58), poisson as u64);
    }
    /// Writing GEN_COUNT starts the generator.
    pub fn start(self, count: u64) {
        write64(self.reg(0x50), count)
    }
    pub fn gen_count(self) -> u64 {
        read64(self.reg(0x50))
    }
    pub fn rx_dropped(self) -> u64 {
        read64(self.reg(0x60))
    }
    pub fn tx_ok(self) -> u64 {
        read64(self.reg(0x68))
    }
    pub fn tx_bad(self) -> u64 {
        read64(self.reg(0x70))
    }
}

// ---- Rocket PLIC (32-bit registers) -----------------------------------------------------------

/// Context 0: hart 0, machine mode.
pub mod plic {
    use super::*;

    pub fn set_priority(source: usize, priority: u32) {
        write32(PLIC_BASE + 4 * source, priority);
    }

    pub fn priority(source: usize) -> u32 {
        read32(PLIC_BASE + 4 * source)
    }

    pub fn set_enabled(source: usize, on: bool) {
        let word = PLIC_BASE + 0x2000 + 4 * (source / 32);
        let bit = 1u32 << (source % 32);
        let v = read32(word);
        write32(word, if on { v | bit } else { v & !bit });
    }

    pub fn set_threshold(threshold: u32) {
        write32(PLIC_BASE + 0x20_0000, threshold);
    }

    /// The highest pending enabled source (0: none), now in service.
    #[inline(always)]
    pub fn claim() -> u32 {
        read32(PLIC_BASE + 0x20_0004)
    }

    #[inline(always)]
    pub fn complete(source: u32) {
        write32(PLIC_BASE + 0x20_0004, source)
    }
}

// ---- CSRs -------------------------------------------------------------------------------------

#[inline(always)]
pub fn mcycle() -> u64 {
    let v: u64;
    unsafe { asm!("csrr {}, mcycle", out(reg) v, options(nomem, nostack)) };
    v
}

const MSTATUS_MIE: usize = 1 << 3;
const MIE_MEIE: usize = 1 << 11;

/// Clears mstatus.MIE; returns whether it was set.
#[inline(always)]
pub fn irq_off() -> bool {
    let prev: usize;
    unsafe { asm!("csrrc {}, mstatus, {}", out(reg) prev, in(reg) MSTATUS_MIE, options(nostack)) };
    prev & MSTATUS_MIE != 0
}

#[inline(always)]
pub fn irq_restore(was_on: bool) {
    if was_on {
        unsafe { asm!("csrs mstatus, {}", in(reg) MSTATUS_MIE, options(nostack)) };
    }
}

pub fn irq_on() {
    unsafe { asm!("csrs mstatus, {}", in(reg) MSTATUS_MIE, options(nostack)) };
}

/// Machine external interrupts (the PLIC) in `mie`.
pub fn set_external_interrupts(on: bool) {
    unsafe {
        if on {
            asm!("csrs mie, {}", in(reg) MIE_MEIE, options(nostack));
        } else {
            asm!("csrc mie, {}", in(reg) MIE_MEIE, options(nostack));
        }
    }
}

pub fn mcause() -> u64 {
    let v: u64;
    unsafe { asm!("csrr {}, mcause", out(reg) v, options(nomem, nostack)) };
    v
}

pub fn mtval() -> u64 {
    let v: u64;
    unsafe { asm!("csrr {}, mtval", out(reg) v, options(nomem, nostack)) };
    v
}

/// Orders earlier device accesses before later ones (different devices are different paths).
#[inline(always)]
pub fn fence_io() {
    unsafe { asm!("fence iorw, iorw", options(nostack)) };
}
