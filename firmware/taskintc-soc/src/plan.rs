//! What one simulation measures: the SHORT set (CI) or, with the `full` feature, the FULL sweep.
//! Chosen at build time so that a run cannot pick the wrong set.

/// One echo run: every active NIC queue generates `packets_per_queue` packets of `size` bytes
/// with exponential inter-arrival times of mean `interval` cycles (per queue).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub interval: u64,
    pub size: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// 0 SHORT, 1 FULL (written to the records).
    pub set: u64,
    pub name: &'static str,
    /// NIC queues 0..queues are active, one coroutine each.
    pub queues: usize,
    pub packets_per_queue: u64,
    pub runs: &'static [Run],
    /// Round trips per IPC / system-call measurement.
    pub ipc_iterations: usize,
}

const fn run(interval: u64, size: u64) -> Run {
    Run { interval, size }
}

/// CI: about 100 packets per rate, three rates (light, medium, saturating), 50 IPC round trips.
pub const SHORT: Plan = Plan {
    set: 0,
    name: "SHORT",
    queues: 2,
    packets_per_queue: 50,
    runs: &[run(16_000, 64), run(2_000, 64), run(250, 64)],
    ipc_iterations: 50,
};

/// `make bench-soc`: six rates at 64 bytes (the last ones saturate the hart), two at 512 bytes,
/// 800 packets per run over four queues, 200 IPC round trips: about 30 million cycles, some 10
/// minutes at the Verilated SoC's 50,000 cycles per second.
pub const FULL: Plan = Plan {
    set: 1,
    name: "FULL",
    queues: 4,
    packets_per_queue: 200,
    runs: &[
        run(16_000, 64),
        run(8_000, 64),
        run(4_000, 64),
        run(2_000, 64),
        run(1_000, 64),
        run(500, 64),
        run(8_000, 512),
        run(2_000, 512),
    ],
    ipc_iterations: 200,
};

#[cfg(feature = "full")]
pub const PLAN: Plan = FULL;
#[cfg(not(feature = "full"))]
pub const PLAN: Plan = SHORT;

/// NIC queue pairs of the SoC's NIC model and of the controller's default configuration.
pub const NIC_QUEUES: usize = 4;
/// The NIC model's limits on GEN_INTERVAL and GEN_SIZE.
pub const MIN_INTERVAL: u64 = 2;
pub const MIN_SIZE: u64 = 8;
pub const MAX_SIZE: u64 = 1536;

impl Plan {
    /// Checks the plan against the NIC model's ranges (a unit test runs it on both sets).
    pub fn validate(&self) -> Result<(), &'static str> {
        if self.queues == 0 || self.queues > NIC_QUEUES {
            return Err("queues must be 1..=4");
        }
        if self.packets_per_queue == 0 || self.runs.is_empty() || self.ipc_iterations == 0 {
            return Err("packets_per_queue, runs and ipc_iterations must be non-zero");
        }
        for r in self.runs {
            if r.interval < MIN_INTERVAL {
                return Err("interval must be >= 2 cycles");
            }
            if r.size < MIN_SIZE || r.size > MAX_SIZE || r.size % 8 != 0 {
                return Err("size must be 8..=1536 and a multiple of 8");
            }
        }
        Ok(())
    }

    pub fn packets_per_run(&self) -> u64 {
        self.packets_per_queue * self.queues as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sets_are_valid_and_short_is_short() {
        SHORT.validate().unwrap();
        FULL.validate().unwrap();
        assert!(SHORT.packets_per_run() <= 100);
        assert!(SHORT.ipc_iterations <= 50);
        // Both include a rate that offers more than one packet per 200 cycles: above what a hart
        // can echo, so the saturated throughput is measured.
        for plan in [SHORT, FULL] {
            assert!(plan.runs.iter().any(|r| r.interval / plan.queues as u64 <= 200));
        }
    }

    #[test]
    fn bad_plans_are_refused() {
        let bad_size = Plan { runs: &[Run { interval: 100, size: 12 }], ..SHORT };
        assert!(bad_size.validate().is_err());
        let bad_interval = Plan { runs: &[Run { interval: 1, size: 64 }], ..SHORT };
        assert!(bad_interval.validate().is_err());
        assert!(Plan { queues: 5, ..SHORT }.validate().is_err());
    }
}
