//! The firmware's record writer and scripts/soc-bench.py agree: records written with
//! `records::Writer` (as the firmware writes them, from the generated format) are read back by the
//! script, which reports the expected statistics, and refuses them once a consistency check is broken.

use std::path::PathBuf;
use std::process::Command;

use taskintc_soc::map::records::*;
use taskintc_soc::plan::{OUTSTANDING, SHORT};
use taskintc_soc::records::{sample, Begin, HartTime, RunHeader, Writer};

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/soc-bench.py")
}

/// Records of the SHORT plan on 2 harts: latency of packet i in build b is 300 + 100 b + i.
fn records(tx_bad: u64) -> Vec<u64> {
    let mut out = Vec::new();
    let mut w = Writer::new(|v| out.push(v));
    let plan = SHORT;
    w.begin(&Begin { set: plan.set, harts: 2, queues: plan.queues as u64, packets_per_queue: plan.packets_per_queue, echo_points: plan.runs.len() as u64, seeds: plan.seeds, ipc_iterations: plan.ipc_iterations as u64 });
    for seed in 0..plan.seeds {
        w.seed(seed, 42 + seed);
        for (b, build) in plan.builds.iter().enumerate() {
            for run in plan.runs {
                let generated = plan.packets_per_run();
                let samples: Vec<u64> = (0..generated).map(|i| sample(300 + 100 * b as u64 + i, i as usize % plan.queues, i % 3 == 0, 40 + i % 10).unwrap()).collect();
                let h = RunHeader { build: build.build, idle: build.idle, interval: run.interval, size: run.size, gen_mode: 1, queues: plan.queues as u64, generated, echoed: generated, dropped: 0, tx_ok: generated, tx_bad, elapsed: generated * run.interval };
                let awake = if build.idle == IDLE_WFI { 10_000 } else { 100_000 };
                let t = HartTime { awake, span: 100_000, idle_loop: 0 };
                w.run(&h, &[t, t], &samples);
            }
        }
        for kind in 0..LATENCY_KINDS.len() as u64 {
            w.latency(kind, &[100 + kind, 110 + kind, 120 + kind]);
        }
        for kind in 0..SYSCALL_KINDS.len() as u64 {
            for outstanding in OUTSTANDING {
                w.syscall(kind, outstanding, 4, 200_000 * (kind + 1), 7, 500, &[500, 600, 700, 800]);
            }
        }
    }
    for kind in 0..FLOOD_KINDS.len() as u64 {
        w.flood(kind, 10_000, 10_000, 0, 0, 4_000_000);
    }
    for kind in 0..IPC_KINDS.len() as u64 {
        let cycles: Vec<u64> = (0..plan.ipc_iterations as u64).map(|i| 100 + kind * 10 + i).collect();
        w.ipc(kind, &cycles);
    }
    for kind in 0..ACCESS_KINDS.len() as u64 {
        let cycles: Vec<u64> = (0..plan.ipc_iterations as u64).map(|i| 20 + kind + i).collect();
        w.access(kind, &cycles);
    }
    w.end();
    drop(w);
    out
}

fn run_script(words: &[u64], name: &str) -> (std::process::Output, PathBuf) {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("records.txt");
    std::fs::write(&file, words.iter().map(|w| format!("{}\n", w)).collect::<String>()).unwrap();
    let out = dir.join("out");
    let output = Command::new("python3").arg(script()).arg(&file).arg(&out).output().expect("python3 runs");
    (output, out)
}

#[test]
fn soc_bench_reads_what_the_firmware_writes() {
    let (output, out) = run_script(&records(0), "good");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Read back with Python's json (the test has no JSON parser of its own).
    let query = "import json,sys; r=json.load(open(sys.argv[1])); s=r['summary']; \
                 print(s['harts'], s['wake']['taskintc'], s['wake']['poll'], s['busy_fraction_250']['taskintc'], s['preempt']['cooperative'], \
                 s['syscalls_per_mcycle_32']['ecall'], s['lost_messages'], r['ipc']['syscall_ecall']['median'], r['access_cycles']['cycle_read']['median'])";
    let values = Command::new("python3").arg("-c").arg(query).arg(out.join("soc.json")).output().unwrap();
    // taskintc/wfi (build 0): 24 packets 300..323: nearest-rank median 311; poll/spin (build 2): 511; busy 10%;
    // preempt_cooperative (kind 1): 101, 111, 121 -> 111; ecall: 4 calls in 400,000 cycles = 10 per Mcycle;
    // syscall_ecall (ipc kind 3): 20 round trips 130..149 -> 139; cycle_read (access kind 8): 28..47 -> 37.
    assert_eq!(String::from_utf8_lossy(&values.stdout).trim(), "2 311 511 0.1 111 10.0 0 139 37");
    assert!(std::fs::read(out.join("soc.png")).unwrap().starts_with(b"\x89PNG"));
}

#[test]
fn soc_bench_refuses_a_run_with_tx_bad() {
    let (output, out) = run_script(&records(1), "tx_bad");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("TX_BAD = 1"));
    assert!(!out.join("soc.json").exists());
}
