//! The SoC's devices as the firmware uses them: SIM device, NIC model, Rocket's PLIC and CLINT, CSRs.
//! Every address and offset comes from the generated map (`taskintc_soc::map`).

use core::arch::asm;
use core::ptr::{read_volatile, write_volatile};
use core::sync::atomic::{AtomicBool, Ordering};

use taskintc_soc::map::{clint as clint_map, nic as nic_map, plic as plic_map, region, sim};

pub const TASKINTC_BASE: usize = region::TASKINTC_BASE;

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

/// The SIM device's free-running cycle counter: the time base shared by every hart and the NIC's
/// stamps (it counts in WFI; Rocket's mcycle does not).
#[inline(always)]
pub fn cycle() -> u64 {
    read64(sim::BASE + sim::CYCLE)
}

/// Harts of the simulated SoC.
pub fn harts() -> usize {
    read64(sim::BASE + sim::HARTS) as usize
}

/// Ends the simulation: 0 pass, anything else fail.
pub fn exit(code: u64) -> ! {
    write64(sim::BASE + sim::EXIT, code);
    loop {
        core::hint::spin_loop();
    }
}

/// Appends one value to the records file (hart 0 writes every record).
pub fn record(value: u64) {
    write64(sim::BASE + sim::RECORD, value);
}

static CONSOLE_LOCK: AtomicBool = AtomicBool::new(false);

/// The console; a line at a time under a lock (several harts print).
pub struct Console;

impl Console {
    pub fn lock() -> ConsoleGuard {
        while CONSOLE_LOCK.compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed).is_err() {
            core::hint::spin_loop();
        }
        ConsoleGuard
    }
}

pub struct ConsoleGuard;

impl Drop for ConsoleGuard {
    fn drop(&mut self) {
        CONSOLE_LOCK.store(false, Ordering::Release);
    }
}

impl core::fmt::Write for ConsoleGuard {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for b in s.bytes() {
            write64(sim::BASE + sim::CONSOLE, b as u64);
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
        nic_map::BASE + nic_map::BLOCK_STRIDE * self.0 + offset
    }
    #[inline(always)]
    pub fn rx_count(self) -> u64 {
        read64(self.reg(nic_map::RX_COUNT))
    }
    #[inline(always)]
    pub fn rx_stamp(self) -> u64 {
        read64(self.reg(nic_map::RX_STAMP))
    }
    #[inline(always)]
    pub fn rx_len(self) -> u64 {
        read64(self.reg(nic_map::RX_LEN))
    }
    #[inline(always)]
    pub fn rx_data(self) -> u64 {
        read64(self.reg(nic_map::RX_DATA))
    }
    #[inline(always)]
    pub fn rx_pop(self) {
        write64(self.reg(nic_map::RX_POP), 0)
    }
    #[inline(always)]
    pub fn tx_data(self, w: u64) {
        write64(self.reg(nic_map::TX_DATA), w)
    }
    #[inline(always)]
    pub fn tx_send(self, len: u64) {
        write64(self.reg(nic_map::TX_SEND), len)
    }
    #[inline(always)]
    pub fn set_irq_enable(self, on: bool) {
        write64(self.reg(nic_map::IRQ_ENABLE), on as u64)
    }
    pub fn irq_enable(self) -> u64 {
        read64(self.reg(nic_map::IRQ_ENABLE))
    }
    pub fn set_generator(self, interval: u64, size: u64, mode: u64) {
        write64(self.reg(nic_map::GEN_INTERVAL), interval);
        write64(self.reg(nic_map::GEN_SIZE), size);
        write64(self.reg(nic_map::GEN_MODE), mode);
    }
    pub fn set_seed(self, seed: u64) {
        write64(self.reg(nic_map::GEN_SEED), seed)
    }
    /// Writing GEN_COUNT starts the generator.
    pub fn start(self, count: u64) {
        write64(self.reg(nic_map::GEN_COUNT), count)
    }
    pub fn gen_count(self) -> u64 {
        read64(self.reg(nic_map::GEN_COUNT))
    }
    pub fn rx_dropped(self) -> u64 {
        read64(self.reg(nic_map::RX_DROPPED))
    }
    pub fn tx_ok(self) -> u64 {
        read64(self.reg(nic_map::TX_OK))
    }
    pub fn tx_bad(self) -> u64 {
        read64(self.reg(nic_map::TX_BAD))
    }
}

// ---- Rocket PLIC (32-bit registers): machine-mode context of a hart -----------------------------

pub mod plic {
    use super::*;

    fn context(hart: usize) -> usize {
        plic_map::CONTEXTS_PER_HART as usize * hart
    }

    pub fn set_priority(source: usize, priority: u32) {
        write32(plic_map::BASE + plic_map::priority(source), priority);
    }

    pub fn priority(source: usize) -> u32 {
        read32(plic_map::BASE + plic_map::priority(source))
    }

    pub fn set_enabled(hart: usize, source: usize, on: bool) {
        let word = plic_map::BASE + plic_map::enable(context(hart)) + 4 * (source / 32);
        let bit = 1u32 << (source % 32);
        let v = read32(word);
        write32(word, if on { v | bit } else { v & !bit });
    }

    pub fn set_threshold(hart: usize, threshold: u32) {
        write32(plic_map::BASE + plic_map::threshold(context(hart)), threshold);
    }

    /// The highest pending enabled source of `hart` (0: none), now in service.
    #[inline(always)]
    pub fn claim(hart: usize) -> u32 {
        read32(plic_map::BASE + plic_map::threshold(context(hart)) + plic_map::CLAIM_OFFSET as usize)
    }

    #[inline(always)]
    pub fn complete(hart: usize, source: u32) {
        write32(plic_map::BASE + plic_map::threshold(context(hart)) + plic_map::CLAIM_OFFSET as usize, source)
    }
}

// ---- Rocket CLINT ------------------------------------------------------------------------------

pub mod clint {
    use super::*;

    /// Raises (or clears) hart `hart`'s machine software interrupt (mip bit 3).
    #[inline(always)]
    pub fn set_msip(hart: usize, on: bool) {
        write32(clint_map::BASE + clint_map::msip(hart), on as u32);
    }

    /// mtime (one tick per 100 cycles).
    pub fn mtime() -> u64 {
        read64(clint_map::BASE + clint_map::mtime(0))
    }

    /// Hart `hart`'s timer interrupt fires when mtime reaches `at` (u64::MAX: never).
    pub fn set_mtimecmp(hart: usize, at: u64) {
        write64(clint_map::BASE + clint_map::mtimecmp(2 * hart), at);
    }
}

// ---- CSRs -------------------------------------------------------------------------------------

#[inline(always)]
pub fn mcycle() -> u64 {
    let v: u64;
    unsafe { asm!("csrr {}, mcycle", out(reg) v, options(nomem, nostack)) };
    v
}

#[inline(always)]
pub fn hartid() -> usize {
    let v: usize;
    unsafe { asm!("csrr {}, mhartid", out(reg) v, options(nomem, nostack)) };
    v
}

const MSTATUS_MIE: usize = 1 << 3;
/// mie / mip bits.
pub const MIE_MSIE: usize = 1 << 3;
pub const MIE_MTIE: usize = 1 << 7;
pub const MIE_MEIE: usize = 1 << 11;
/// Local interrupt 0: the controller's usip of this hart (preempt / wake an idle hart).
pub const MIE_USIP: usize = 1 << 16;

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

/// Sets exactly `bits` in mie (the interrupts that trap when mstatus.MIE is set, and that end a WFI
/// whatever mstatus.MIE).
pub fn set_mie(bits: usize) {
    unsafe { asm!("csrw mie, {}", in(reg) bits, options(nostack)) };
}

/// Waits for an interrupt: returns when `mip & mie` is non-zero (Rocket stalls; mcycle stops).
#[inline(always)]
pub fn wfi() {
    unsafe { asm!("wfi", options(nostack)) };
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
