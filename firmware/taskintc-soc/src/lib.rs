//! Target-independent parts of the SoC benchmark firmware (`src/main.rs` is the riscv64 ELF):
//! the SoC map and record format (generated), the software priority queue of the PLIC build, the
//! statistics, the records writer, the benchmark plan (SHORT or FULL set, chosen at build time by
//! the `full` feature) and the heap allocator's bookkeeping. Tested on the host
//! (`cargo test -p taskintc-soc`).
#![cfg_attr(not(test), no_std)]

pub mod heap;
pub mod map;
pub mod plan;
pub mod records;
pub mod stats;
pub mod swqueue;
