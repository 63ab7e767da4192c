//! Benchmark firmware for the Rocket SoC with TaskIntc (issue 7): one ELF runs the echo workload
//! in its three wakeup builds (controller, PLIC + software queue, polling) at every arrival rate
//! of the plan, then the IPC and system-call round trips, and writes raw samples through the SIM
//! device's RECORD register (format: `records.rs`) and a summary on the console.
//! Bare metal only (`target_os = "none"`); on the host this is a stub so that the workspace builds.
#![cfg_attr(target_os = "none", no_std, no_main, feature(alloc_error_handler))]

#[cfg(target_os = "none")]
extern crate alloc;

#[cfg(target_os = "none")]
#[macro_use]
mod soc;

#[cfg(not(target_os = "none"))]
fn main() {
    eprintln!("taskintc-soc is riscv64 firmware for the Rocket SoC: build it with `SOC_BENCH_SET=short|full scripts/firmware.sh soc`");
    std::process::exit(2);
}
