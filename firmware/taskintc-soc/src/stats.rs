//! Summary statistics of cycle samples, defined once (the console summary uses them;
//! `scripts/soc-bench.py` implements the same definitions for reports/soc.json).
//!
//! Quantiles are nearest-rank: the q-quantile of n sorted samples is the sample of rank
//! ceil(q * n) (1-based), so the median of 1..=4 is 2 and every reported value is a sample.

/// Nearest-rank quantile of sorted samples, `q` in percent (50 = median, 99 = p99). `None` for
/// no samples.
pub fn quantile_sorted(sorted: &[u64], percent: u32) -> Option<u64> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len() as u64;
    // ceil(percent * n / 100), at least rank 1.
    let rank = ((percent as u64 * n + 99) / 100).max(1);
    Some(sorted[(rank - 1) as usize])
}

/// Median, p99, mean (rounded down), minimum and maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub count: usize,
    pub median: u64,
    pub p99: u64,
    pub mean: u64,
    pub min: u64,
    pub max: u64,
}

/// Sorts `samples` in place and summarises them; `None` for no samples.
pub fn summarize(samples: &mut [u64]) -> Option<Summary> {
    samples.sort_unstable();
    let sum: u128 = samples.iter().map(|&s| s as u128).sum();
    Some(Summary {
        count: samples.len(),
        median: quantile_sorted(samples, 50)?,
        p99: quantile_sorted(samples, 99)?,
        mean: (sum / samples.len() as u128) as u64,
        min: samples[0],
        max: samples[samples.len() - 1],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_quantiles() {
        assert_eq!(quantile_sorted(&[], 50), None);
        assert_eq!(quantile_sorted(&[7], 50), Some(7));
        assert_eq!(quantile_sorted(&[7], 99), Some(7));
        assert_eq!(quantile_sorted(&[1, 2, 3, 4], 50), Some(2));
        assert_eq!(quantile_sorted(&[1, 2, 3, 4, 5], 50), Some(3));
        let hundred: Vec<u64> = (1..=100).collect();
        assert_eq!(quantile_sorted(&hundred, 99), Some(99));
        assert_eq!(quantile_sorted(&hundred, 50), Some(50));
        let two_hundred: Vec<u64> = (1..=200).collect();
        assert_eq!(quantile_sorted(&two_hundred, 99), Some(198));
        assert_eq!(quantile_sorted(&two_hundred, 100), Some(200));
    }

    #[test]
    fn summary_sorts_and_averages() {
        let mut s = vec![40, 10, 30, 20, 1000];
        let summary = summarize(&mut s).unwrap();
        assert_eq!(s, vec![10, 20, 30, 40, 1000]);
        assert_eq!(summary, Summary { count: 5, median: 30, p99: 1000, mean: 220, min: 10, max: 1000 });
        assert_eq!(summarize(&mut []), None);
    }
}
