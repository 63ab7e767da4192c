//! The firmware's record encoder and scripts/soc-bench.py agree: records written with
//! `records::Writer` (as the firmware writes them) are read back by the script, which reports the
//! expected statistics, and refuses them once a consistency check is broken.

use std::path::PathBuf;
use std::process::Command;

use taskintc_soc::plan::SHORT;
use taskintc_soc::records::{sample, IpcKind, RunHeader, Writer, ACCESS_KINDS, IPC_KINDS, MODES};

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/soc-bench.py")
}

/// Records of the SHORT plan: latency of packet i in mode m is 300 + 100 m + i.
fn records(tx_bad: u64) -> Vec<u64> {
    let mut out = Vec::new();
    let mut w = Writer::new(|v| out.push(v));
    let plan = SHORT;
    w.begin(plan.set, plan.queues as u64, plan.packets_per_queue, plan.runs.len() as u64, plan.ipc_iterations as u64);
    for (m, mode) in MODES.iter().enumerate() {
        for run in plan.runs {
            let generated = plan.packets_per_run();
            let samples: Vec<u64> = (0..generated).map(|i| sample(300 + 100 * m as u64 + i, i as usize % plan.queues, i % 3 == 0, 40 + i % 10).unwrap()).collect();
            let h = RunHeader { mode: *mode, interval: run.interval, size: run.size, gen_mode: 1, queues: plan.queues as u64, generated, echoed: generated, dropped: 0, tx_ok: generated, tx_bad, elapsed: generated * run.interval, idle: generated * run.interval / 2 };
            w.run(&h, &samples);
        }
    }
    for kind in IPC_KINDS {
        let cycles: Vec<u64> = (0..plan.ipc_iterations as u64).map(|i| 100 + kind as u64 * 10 + i).collect();
        w.ipc(kind, &cycles);
    }
    for kind in ACCESS_KINDS {
        let cycles: Vec<u64> = (0..plan.ipc_iterations as u64).map(|i| 20 + kind as u64 + i).collect();
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
    let query = "import json,sys; r=json.load(open(sys.argv[1])); e=r['echo']; \
                 print(e['taskintc'][0]['latency_cycles']['median'], e['taskintc'][0]['latency_cycles']['p99'], \
                 e['poll'][2]['latency_cycles']['median'], e['plic'][1]['cpu_cycles_per_packet'], r['ipc']['syscall_ecall']['median'], \
                 r['access_cycles']['nic_read']['median'])";
    let values = Command::new("python3").arg("-c").arg(query).arg(out.join("soc.json")).output().unwrap();
    // taskintc: 100 packets with latencies 300..399: nearest-rank median 349, p99 398; poll:
    // 500..599; plic at interval 2000: busy = elapsed / 2 = 100 * 2000 / 2 over 100 packets = 1000;
    // syscall_ecall: 50 round trips 130..179: median 154; nic_read: 24..73: median 48.
    assert_eq!(String::from_utf8_lossy(&values.stdout).trim(), "349 398 549 1000.0 154 48");
    assert!(std::fs::read(out.join("soc.png")).unwrap().starts_with(b"\x89PNG"));
}

#[test]
fn soc_bench_refuses_a_run_with_tx_bad() {
    let (output, out) = run_script(&records(1), "tx_bad");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("TX_BAD = 1"));
    assert!(!out.join("soc.json").exists());
}
