//! The bare-metal half: boot of every hart, devices, run time (heap, panic, traps), work for the
//! other harts, the benchmarks.

macro_rules! print {
    ($($arg:tt)*) => {{
        use core::fmt::Write as _;
        let _ = write!($crate::soc::dev::Console::lock(), $($arg)*);
    }};
}

macro_rules! println {
    ($($arg:tt)*) => {{
        use core::fmt::Write as _;
        let _ = writeln!($crate::soc::dev::Console::lock(), $($arg)*);
    }};
}

pub mod boot;
pub mod dev;
pub mod echo;
pub mod ipc;
pub mod preempt;
pub mod rt;
pub mod runtime;
pub mod smp;
pub mod syscall;
pub mod xhart;

use taskintc_driver::{Mmio64, TaskIntc};
use taskintc_soc::plan::PLAN;
use taskintc_soc::records::{Begin, Writer};

/// Exit codes written to the SIM device's EXIT register (0 is a pass).
pub mod exit_code {
    /// A Rust panic (message on the console).
    pub const PANIC: u64 = 2;
    /// A measurement's consistency check failed (TX_BAD, lost or extra packets or messages, ...).
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
extern "C" fn secondary_main(hartid: usize) -> ! {
    smp::serve(hartid)
}

#[no_mangle]
extern "C" fn firmware_main(hartid: usize) -> ! {
    rt::init_heap();
    if hartid != 0 {
        fail(exit_code::CHECK, format_args!("firmware_main on hart {}, expected hart 0", hartid));
    }
    if let Err(e) = PLAN.validate() {
        fail(exit_code::CHECK, format_args!("plan {}: {}", PLAN.name, e));
    }
    let harts = dev::harts();
    println!("taskintc-soc: {} set, {} harts, {} NIC queues, {} packets per queue, {} points x {} builds, {} seeds", PLAN.name, harts, PLAN.queues, PLAN.packets_per_queue, PLAN.runs.len(), PLAN.builds.len(), PLAN.seeds);
    // Safety: the controller's window on this SoC (soc/generated/soc_map.md), device memory.
    let mmio = unsafe { Mmio64::new(dev::TASKINTC_BASE) };
    let mut intc = match TaskIntc::probe(mmio) {
        Ok(intc) => intc,
        Err(e) => fail(exit_code::CHECK, format_args!("no TaskIntc at {:#x}: {:?}", dev::TASKINTC_BASE, e)),
    };
    let p = *intc.params();
    println!("taskintc-soc: TaskIntc v{}: {} contexts, {} levels, {} tasks, {} harts, IPC {} channels", p.version, p.contexts, p.priorities, p.capacity, p.harts, p.ipc.channels);
    if p.harts != harts || harts < 2 || p.contexts < 8 || p.priorities < PLAN.queues || p.ipc.channels == 0 {
        fail(exit_code::CHECK, format_args!("the benchmark needs the controller's harts = the SoC's ({} vs {}), >= 2 harts, 8 contexts, {} levels and an IPC unit", p.harts, harts, PLAN.queues));
    }
    let mut control = intc.control_owner().expect("first claim");
    let mut records = Writer::new(dev::record);
    records.begin(&Begin {
        set: PLAN.set,
        harts: harts as u64,
        queues: PLAN.queues as u64,
        packets_per_queue: PLAN.packets_per_queue,
        echo_points: PLAN.runs.len() as u64,
        seeds: PLAN.seeds,
        ipc_iterations: PLAN.ipc_iterations as u64,
    });
    let mut shared = ipc::Contexts::claim(&mut intc);
    // The `runtime` feature (SOC_BENCH_SET=runtime) keeps only the single-hart IPC and runtime
    // measurements: under a minute per run, for work on the executor.
    let seeds = if cfg!(feature = "runtime") { 0 } else { PLAN.seeds };
    for seed in 0..seeds {
        let value = taskintc_soc::plan::traffic_seed(seed, u64::MAX, u64::MAX);
        records.seed(seed, value);
        println!("taskintc-soc: seed {} of {}", seed + 1, PLAN.seeds);
        echo::bench(&intc, seed, harts, &mut records);
        preempt::bench(&intc, &control.control(), seed, &mut records);
        xhart::bench(&intc, &mut control, &mut shared, seed, &mut records);
        syscall::bench(&mut intc, &mut control, &mut shared, &mut records);
    }
    if seeds > 0 {
        xhart::flood(&intc, &mut control, &mut shared, &mut records);
    }
    ipc::bench(&mut intc, &mut control, &mut shared, &mut records);
    runtime::bench(&mut intc, &mut control, &mut records);
    records.end();
    println!("taskintc-soc: PASS");
    dev::exit(0)
}
