//! The bare-metal half: boot, devices, run time (heap, panic, traps), the benchmarks.

macro_rules! print {
    ($($arg:tt)*) => {{
        use core::fmt::Write as _;
        let _ = write!($crate::soc::dev::Console, $($arg)*);
    }};
}

macro_rules! println {
    ($($arg:tt)*) => {{
        use core::fmt::Write as _;
        let _ = writeln!($crate::soc::dev::Console, $($arg)*);
    }};
}

pub mod boot;
pub mod dev;
pub mod echo;
pub mod ipc;
pub mod rt;
pub mod runtime;

use taskintc_driver::{Mmio64, TaskIntc};
use taskintc_soc::plan::PLAN;
use taskintc_soc::records::Writer;

/// Exit codes written to the SIM device's EXIT register (0 is a pass).
pub mod exit_code {
    /// A Rust panic (message on the console).
    pub const PANIC: u64 = 2;
    /// A measurement's consistency check failed (TX_BAD, lost or extra packets, ...).
    pub const CHECK: u64 = 3;
    /// A run did not finish before its deadline.
    pub const TIMEOUT: u64 = 4;
    /// An unexpected trap.
    pub const TRAP: u64 = 5;
    /// Out of heap memory.
    pub const OOM: u64 = 6;
}

/// Prints the message and ends the simulation with `code`.
pub fn fail(code: u64, args: core::fmt::Arguments<'_>) -> ! {
    dev::irq_off();
    println!("taskintc-soc: FAIL: {}", args);
    dev::exit(code)
}

#[no_mangle]
extern "C" fn firmware_main(hartid: usize) -> ! {
    rt::init_heap();
    if hartid != 0 {
        fail(exit_code::CHECK, format_args!("started on hart {}, expected hart 0", hartid));
    }
    if let Err(e) = PLAN.validate() {
        fail(exit_code::CHECK, format_args!("plan {}: {}", PLAN.name, e));
    }
    println!("taskintc-soc: {} set, {} NIC queues, {} packets per queue, {} runs per mode, {} IPC iterations", PLAN.name, PLAN.queues, PLAN.packets_per_queue, PLAN.runs.len(), PLAN.ipc_iterations);
    // Safety: the controller's window on this SoC (soc-interface.md), device memory.
    let mmio = unsafe { Mmio64::new(dev::TASKINTC_BASE) };
    let mut intc = match TaskIntc::probe(mmio) {
        Ok(intc) => intc,
        Err(e) => fail(exit_code::CHECK, format_args!("no TaskIntc at {:#x}: {:?}", dev::TASKINTC_BASE, e)),
    };
    let p = *intc.params();
    println!("taskintc-soc: TaskIntc v{}: {} contexts, {} levels, {} tasks, {} harts, IPC {} channels", p.version, p.contexts, p.priorities, p.capacity, p.harts, p.ipc.channels);
    if p.contexts < 7 || p.priorities < PLAN.queues || p.ipc.channels == 0 {
        fail(exit_code::CHECK, format_args!("the benchmark needs >= 7 contexts, >= {} levels and an IPC unit", PLAN.queues));
    }
    let mut control = intc.control_owner().expect("first claim");
    let mut records = Writer::new(dev::record);
    records.begin(PLAN.set, PLAN.queues as u64, PLAN.packets_per_queue, PLAN.runs.len() as u64, PLAN.ipc_iterations as u64);
    echo::bench(&mut intc, &mut control, &mut records);
    ipc::bench(&mut intc, &mut control, &mut records);
    runtime::bench(&mut intc, &mut control, &mut records);
    records.end();
    println!("taskintc-soc: PASS");
    dev::exit(0)
}
