//! What one simulation measures: the SHORT set (CI) or, with the `full` feature, the FULL set.
//! Chosen at build time so that a run cannot pick the wrong set.

use crate::map::{nic, records::*};

/// One echo point: every active NIC queue generates `packets_per_queue` packets of `size` bytes
/// with exponential inter-arrival times of mean `interval` cycles (per queue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub interval: u64,
    pub size: u64,
}

/// A build of the echo workload: how coroutines are woken (`BUILD_*`) and what an idle hart does (`IDLE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Build {
    pub build: u64,
    pub idle: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// 0 SHORT, 1 FULL (written to the records).
    pub set: u64,
    pub name: &'static str,
    /// NIC queues 0..queues are active; queue q is served by hart q % harts.
    pub queues: usize,
    pub packets_per_queue: u64,
    pub runs: &'static [Run],
    pub builds: &'static [Build],
    /// Traffic seeds: every point of every build is measured once per seed.
    pub seeds: u64,
    /// Packets per seed that arrive while the low-priority coroutine computes (per variant).
    pub preempt_samples: usize,
    /// Cycles the low-priority coroutine computes without yielding.
    pub preempt_compute: u64,
    /// Cross-hart one-way and round-trip measurements per seed and kind.
    pub xhart_iterations: usize,
    /// Messages of each cross-hart flood (measured once, with the first seed).
    pub flood_messages: u64,
    /// System calls per point (outstanding 1, 8, 32, and ecall).
    pub syscall_calls: usize,
    /// Round trips per single-hart IPC / system-call measurement, and accesses per kind (once).
    pub ipc_iterations: usize,
}

const fn run(interval: u64, size: u64) -> Run {
    Run { interval, size }
}

/// The echo builds: the controller and the PLIC with sleeping idle harts, polling, and the two
/// interrupt builds again with a spinning idle loop.
pub const BUILDS: [Build; 5] = [
    Build { build: BUILD_TASKINTC, idle: IDLE_WFI },
    Build { build: BUILD_PLIC, idle: IDLE_WFI },
    Build { build: BUILD_POLL, idle: IDLE_SPIN },
    Build { build: BUILD_TASKINTC, idle: IDLE_SPIN },
    Build { build: BUILD_PLIC, idle: IDLE_SPIN },
];

/// Calls outstanding in the asynchronous system-call measurement.
pub const OUTSTANDING: [u64; 3] = [1, 8, 32];

/// CI: one seed, 2 queues, 250 and 2,000 packets per Mcycle offered.
pub const SHORT: Plan = Plan {
    set: 0,
    name: "SHORT",
    queues: 2,
    packets_per_queue: 12,
    runs: &[run(8_000, 64), run(1_000, 64)],
    builds: &BUILDS,
    seeds: 1,
    preempt_samples: 3,
    preempt_compute: 55_000,
    xhart_iterations: 16,
    flood_messages: 10_000,
    syscall_calls: 32,
    ipc_iterations: 20,
};

/// `make bench-soc`: five seeds; 4 queues at 250, 1,000 and 4,000 packets per Mcycle offered.
pub const FULL: Plan = Plan {
    set: 1,
    name: "FULL",
    queues: 4,
    packets_per_queue: 12,
    runs: &[run(16_000, 64), run(4_000, 64), run(1_000, 64)],
    builds: &BUILDS,
    seeds: 5,
    preempt_samples: 5,
    preempt_compute: 55_000,
    xhart_iterations: 32,
    flood_messages: 10_000,
    syscall_calls: 32,
    ipc_iterations: 50,
};

#[cfg(feature = "full")]
pub const PLAN: Plan = FULL;
#[cfg(not(feature = "full"))]
pub const PLAN: Plan = SHORT;

/// The traffic seed of seed index `seed`, echo point `point`, NIC queue `queue`: the same for every
/// build, different across points and queues (splitmix-style mixing of the three).
pub const fn traffic_seed(seed: u64, point: u64, queue: u64) -> u64 {
    let mut z = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ point.wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ queue.wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    z.wrapping_add(0x2545_F491_4F6C_DD1D)
}

impl Plan {
    /// Checks the plan against the NIC model's ranges (a unit test runs it on both sets).
    pub fn validate(&self) -> Result<(), &'static str> {
        if self.queues == 0 || self.queues > crate::map::region::NIC_QUEUES {
            return Err("queues must be 1..=4");
        }
        if self.packets_per_queue == 0 || self.runs.is_empty() || self.ipc_iterations == 0 || self.seeds == 0 {
            return Err("packets_per_queue, runs, seeds and ipc_iterations must be non-zero");
        }
        if self.preempt_compute < 50_000 || self.flood_messages < 10_000 {
            return Err("the low-priority compute must be >= 50,000 cycles and a flood >= 10,000 messages");
        }
        for r in self.runs {
            if r.interval < nic::MIN_INTERVAL {
                return Err("interval below the NIC's minimum");
            }
            if r.size < nic::MIN_SIZE || r.size > nic::MAX_SIZE || r.size % 8 != 0 {
                return Err("size must be in the NIC's range and a multiple of 8");
            }
        }
        Ok(())
    }

    pub fn packets_per_run(&self) -> u64 {
        self.packets_per_queue * self.queues as u64
    }

    /// Offered packets per million cycles of a point (all queues).
    pub fn offered_per_mcycle(&self, run: &Run) -> u64 {
        self.queues as u64 * 1_000_000 / run.interval
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sets_are_valid_and_measure_250_packets_per_mcycle() {
        SHORT.validate().unwrap();
        FULL.validate().unwrap();
        for plan in [SHORT, FULL] {
            assert_eq!(plan.offered_per_mcycle(&plan.runs[0]), 250, "the lowest load is the summary's point");
        }
        assert!(FULL.seeds >= 5);
    }

    #[test]
    fn seeds_differ_across_points_and_queues_not_builds() {
        assert_ne!(traffic_seed(0, 0, 0), traffic_seed(0, 0, 1));
        assert_ne!(traffic_seed(0, 0, 0), traffic_seed(0, 1, 0));
        assert_ne!(traffic_seed(0, 0, 0), traffic_seed(1, 0, 0));
        assert_eq!(traffic_seed(3, 2, 1), traffic_seed(3, 2, 1));
    }

    #[test]
    fn bad_plans_are_refused() {
        let bad_size = Plan { runs: &[Run { interval: 100, size: 12 }], ..SHORT };
        assert!(bad_size.validate().is_err());
        let bad_interval = Plan { runs: &[Run { interval: 1, size: 64 }], ..SHORT };
        assert!(bad_interval.validate().is_err());
        assert!(Plan { queues: 5, ..SHORT }.validate().is_err());
        assert!(Plan { preempt_compute: 10_000, ..SHORT }.validate().is_err());
    }
}
