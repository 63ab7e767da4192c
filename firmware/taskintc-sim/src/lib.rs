//! An MMIO backend for the TaskIntc driver that runs the generated Verilog itself: the Verilated
//! model of `rtl-out/<top>.v` behind a C++ harness that performs AXI4-Lite reads and writes cycle
//! by cycle and drives the interrupt source lines. The same driver, executor and scheduler code
//! that runs on a board runs its tests here against the real RTL.
//!
//! Every register access advances simulated time by the cycles the bus handshake takes, so
//! software polling loops and interrupt lines scheduled at given cycles interleave the way they do
//! on hardware.
use std::os::raw::{c_int, c_void};
use std::sync::{Arc, Mutex};

use taskintc_driver::{IpcLayout, Mmio};

extern "C" {
    fn tis_new() -> *mut c_void;
    fn tis_free(h: *mut c_void);
    fn tis_sources() -> u32;
    fn tis_nic_queues() -> u32;
    fn tis_data_bits() -> u32;
    fn tis_ipc_channels() -> u32;
    fn tis_mailbox_depth() -> u32;
    fn tis_ipc_message_words() -> u32;
    fn tis_ipc_result_words() -> u32;
    fn tis_cycle(h: *mut c_void) -> u64;
    fn tis_step(h: *mut c_void, cycles: u64);
    fn tis_write(h: *mut c_void, address: u32, data: u64, strobe: u32, timeout: u64) -> c_int;
    fn tis_read(h: *mut c_void, address: u32, data: *mut u64, timeout: u64) -> c_int;
    fn tis_set_source(h: *mut c_void, source: u32, level: c_int) -> c_int;
    fn tis_schedule_source(h: *mut c_void, at_cycle: u64, source: u32, level: c_int) -> c_int;
    fn tis_usip(h: *mut c_void) -> u64;
    fn tis_ssip(h: *mut c_void) -> u64;
}

/// Name of the generated top the library was built from.
pub const TOP: &str = env!("TASKINTC_SIM_TOP");

/// Cycles a bus access may wait for the slave (the grant table clears for a few hundred cycles
/// after reset, and a remove walks its level) before the harness gives up.
const TIMEOUT_CYCLES: u64 = 100_000;

/// AXI4-Lite response of one access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Response {
    Okay,
    SlaveError,
}

struct Model {
    handle: *mut c_void,
    bus_errors: u64,
}

// Safety: the model is only ever touched under the Mutex in `Sim`, by one thread at a time; each
// Verilated instance has its own VerilatedContext.
unsafe impl Send for Model {}

impl Drop for Model {
    fn drop(&mut self) {
        unsafe { tis_free(self.handle) }
    }
}

/// One simulated controller. Cheap to clone: clones share the model (one device, several handles,
/// like several harts mapping one window). `Send + Sync`: accesses are serialised by a lock, and
/// each one is one bus transaction, as on hardware.
#[derive(Clone)]
pub struct Sim {
    model: Arc<Mutex<Model>>,
}

impl Default for Sim {
    fn default() -> Self {
        Self::new()
    }
}

impl Sim {
    /// A fresh model out of reset.
    pub fn new() -> Sim {
        let handle = unsafe { tis_new() };
        assert!(!handle.is_null(), "the harness could not create the model");
        Sim { model: Arc::new(Mutex::new(Model { handle, bus_errors: 0 })) }
    }

    fn with<R>(&self, f: impl FnOnce(&mut Model) -> R) -> R {
        let mut model = self.model.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut model)
    }

    pub fn sources() -> usize {
        unsafe { tis_sources() as usize }
    }

    pub fn nic_queues() -> usize {
        unsafe { tis_nic_queues() as usize }
    }

    pub fn data_bits() -> u32 {
        unsafe { tis_data_bits() }
    }

    /// The IPC sizes of the simulated top (all 0 when it has no IPC unit), from its generated
    /// header: give them to `TaskIntc::probe_with` for tops other than the default.
    pub fn ipc_layout() -> IpcLayout {
        unsafe {
            IpcLayout {
                channels: tis_ipc_channels() as usize,
                mailbox_depth: tis_mailbox_depth() as usize,
                message_words: tis_ipc_message_words() as usize,
                result_words: tis_ipc_result_words() as usize,
            }
        }
    }

    /// Clock cycles since reset.
    pub fn cycle(&self) -> u64 {
        self.with(|m| unsafe { tis_cycle(m.handle) })
    }

    pub fn step(&self, cycles: u64) {
        self.with(|m| unsafe { tis_step(m.handle, cycles) })
    }

    /// A full-width write; panics if the slave never answers.
    pub fn write_raw(&self, address: u64, data: u64) -> Response {
        self.write_strobe(address, data, (1u32 << (Self::data_bits() / 8)) - 1)
    }

    /// A write with an explicit byte strobe (a partial write is refused by the controller).
    pub fn write_strobe(&self, address: u64, data: u64, strobe: u32) -> Response {
        let r = self.with(|m| {
            let r = unsafe { tis_write(m.handle, address as u32, data, strobe, TIMEOUT_CYCLES) };
            if r > 0 {
                m.bus_errors += 1;
            }
            r
        });
        match r {
            0 => Response::Okay,
            r if r > 0 => Response::SlaveError,
            _ => panic!("write of {:#x} to {:#x}: no response in {} cycles", data, address, TIMEOUT_CYCLES),
        }
    }

    pub fn read_raw(&self, address: u64) -> (u64, Response) {
        let mut data = 0u64;
        let r = self.with(|m| {
            let r = unsafe { tis_read(m.handle, address as u32, &mut data, TIMEOUT_CYCLES) };
            if r > 0 {
                m.bus_errors += 1;
            }
            r
        });
        match r {
            0 => (data, Response::Okay),
            r if r > 0 => (data, Response::SlaveError),
            _ => panic!("read of {:#x}: no response in {} cycles", address, TIMEOUT_CYCLES),
        }
    }

    /// Bus accesses answered with SLVERR so far.
    pub fn bus_errors(&self) -> u64 {
        self.with(|m| m.bus_errors)
    }

    /// Drives source `source`'s interrupt line (sampled at the next clock edge).
    pub fn set_source(&self, source: usize, level: bool) {
        let r = self.with(|m| unsafe { tis_set_source(m.handle, source as u32, level as c_int) });
        assert_eq!(r, 0, "source {} out of range 0..{}", source, Self::sources());
    }

    /// Drives source `source`'s line to `level` when the cycle counter reaches `at_cycle`, while
    /// software runs.
    pub fn schedule_source(&self, at_cycle: u64, source: usize, level: bool) {
        let r = self.with(|m| unsafe { tis_schedule_source(m.handle, at_cycle, source as u32, level as c_int) });
        assert_eq!(r, 0, "source {} out of range 0..{}", source, Self::sources());
    }

    /// A pulse of `width` cycles on source `source`'s line, starting `delay` cycles from now.
    pub fn pulse_source_in(&self, delay: u64, source: usize, width: u64) {
        let now = self.cycle();
        self.schedule_source(now + delay, source, true);
        self.schedule_source(now + delay + width, source, false);
    }

    pub fn usip(&self) -> u64 {
        self.with(|m| unsafe { tis_usip(m.handle) })
    }

    pub fn ssip(&self) -> u64 {
        self.with(|m| unsafe { tis_ssip(m.handle) })
    }
}

impl Mmio for Sim {
    fn read(&self, offset: usize) -> u64 {
        self.read_raw(offset as u64).0
    }

    fn write(&self, offset: usize, value: u64) {
        self.write_raw(offset as u64, value);
    }
}
