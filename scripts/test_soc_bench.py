#!/usr/bin/env python3
"""Tests of scripts/soc-bench.py on synthetic records built from the declared format
(soc/generated/soc_map.json), and the check that the generated tables of docs/soc.md and README.md
match reports/soc.json (python3 scripts/test_soc_bench.py)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCRIPT = os.path.join(HERE, "soc-bench.py")
with open(os.path.join(ROOT, "soc", "generated", "soc_map.json")) as f:
    FMT = json.load(f)["records"]
B, E = FMT["blocks"], FMT["enums"]


def header(name, n):
    return B[name]["tag"] << FMT["tag_shift"] | n


def block(name, rest=(), **fields):
    words = [fields[f] for f in B[name]["fields"]]
    return [header(name, len(words) + len(rest))] + words + list(rest)


def sample(latency, queue, first, dispatch=7):
    s = FMT["sample"]
    return latency << s["latency"]["lsb"] | queue << s["queue"]["lsb"] | int(first) << s["first_after_idle"]["lsb"] | dispatch << s["dispatch"]["lsb"]


BUILDS = [("taskintc", "wfi"), ("plic", "wfi"), ("poll", "spin"), ("taskintc", "spin"), ("plic", "spin")]


def synthetic(seeds=2, queues=2, per_queue=5, intervals=(8000, 1000), ipc_n=4, flood=10000, mutate=None):
    """Well-formed records. Latency of packet i in build b, seed s: 100 * (b + 1) + 10 * i + s.
    `mutate(kind, words)` may change a block's words."""
    mutate = mutate or (lambda kind, w: w)
    words = block("begin", magic=FMT["magic"], version=FMT["version"], set=0, harts=2, queues=queues, packets_per_queue=per_queue,
                  echo_points=len(intervals), seeds=seeds, ipc_iterations=ipc_n)
    for s in range(seeds):
        words += block("seed", index=s, value=1000 + s)
        for b, (build, idle) in enumerate(BUILDS):
            for interval in intervals:
                generated = queues * per_queue
                samples = [sample(100 * (b + 1) + 10 * i + s, i % queues, i % 2 == 0) for i in range(generated)]
                # hart 0 awake 10% (taskintc/wfi) .. 100% (spinning), hart 1 the same
                awake = {"wfi": 100_000 * (b + 1), "spin": 1_000_000}[idle]
                harts = [awake, 1_000_000, 250_000 if idle == "spin" else 0] * 2
                words += mutate("run", block("run", harts + samples, build=E["builds"].index(build), idle=E["idle_kinds"].index(idle),
                                             interval=interval, size=64, gen_mode=1, queues=queues, generated=generated, echoed=generated,
                                             dropped=0, tx_ok=generated, tx_bad=0, elapsed=1_000_000))
        for k, kind in enumerate(E["latency_kinds"]):
            words += block("latency", [50 * (k + 1) + i + s for i in range(5)], kind=k)
        for k, kind in enumerate(E["syscall_kinds"]):
            for outstanding in (1, 8, 32):
                words += block("syscall", [300 + i for i in range(8)], kind=k, outstanding=outstanding, calls=8,
                               elapsed=100_000 * (k + 1), work_units=10 * outstanding, work_unit_cycles=500)
    for k, kind in enumerate(E["flood_kinds"]):
        words += mutate("flood", block("flood", kind=k, sent=flood, received=flood, lost=0, out_of_order=0, elapsed=3 * flood))
    for k, kind in enumerate(E["ipc_kinds"]):
        words += block("ipc", [50 * (k + 1) + i for i in range(ipc_n)], kind=k)
    for k, kind in enumerate(E["access_kinds"]):
        words += block("access", [10 * (k + 1) + i for i in range(ipc_n)], kind=k)
    words += block("end", words_before=len(words))
    return words


class SocBenchTest(unittest.TestCase):
    def run_script(self, words, text=None):
        d = tempfile.mkdtemp()
        path = os.path.join(d, "records.txt")
        with open(path, "w") as f:
            f.write(text if text is not None else "".join(f"{w}\n" for w in words))
        out = os.path.join(d, "out")
        p = subprocess.run([sys.executable, SCRIPT, path, out], capture_output=True, text=True)
        return p, out

    def test_well_formed_records_give_the_expected_summary(self):
        p, out = self.run_script(synthetic())
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(out, "soc.json")) as f:
            r = json.load(f)
        s = r["summary"]
        self.assertEqual(s["harts"], 2)
        # 10 packets, latencies 100*(b+1) + 10 i + seed: per-seed nearest-rank medians 140+s (taskintc/wfi);
        # across 2 seeds the nearest-rank median is the first: 140
        self.assertEqual(s["wake"], {"taskintc": 140, "plic": 240, "poll": 340})
        self.assertEqual(r["echo"]["taskintc/wfi"][0]["latency.median"], {"median": 140, "spread": [140, 141], "seeds": 2})
        self.assertEqual(r["echo"]["taskintc/wfi"][0]["offered_packets_per_mcycle"], 250.0)
        self.assertEqual(s["busy_fraction_250"], {"taskintc": 0.1, "poll": 1.0})
        self.assertEqual(s["preempt"], {"taskintc": 52, "cooperative": 102})
        self.assertEqual(s["xhart_ipc_oneway"], {"taskintc": 152, "software_ipi": 252})
        # 8 calls in 100,000 cycles: 80 per Mcycle; ecall 200,000 cycles: 40
        self.assertEqual(s["syscalls_per_mcycle_32"], {"taskintc_kernel_hart": 80.0, "ecall": 40.0})
        self.assertEqual(s["lost_messages"], 0)
        # spinning: (awake - idle loop) / echoed = 2 * 750,000 / 10
        self.assertEqual(r["echo"]["poll/spin"][0]["cpu_cycles_per_packet"]["median"], 150000.0)
        self.assertEqual(sorted(r["summary"]), sorted(["harts", "wake", "preempt", "xhart_ipc_oneway", "busy_fraction_250",
                                                        "syscalls_per_mcycle_32", "lost_messages"]))
        with open(os.path.join(out, "soc.png"), "rb") as f:
            self.assertTrue(f.read().startswith(b"\x89PNG"))
        with open(os.path.join(out, "soc.md")) as f:
            md = f.read()
        self.assertIn("| taskintc/wfi | 250 | 140 (140-141) |", md)
        # ipc kind k's samples are 50 (k + 1) + i, i < 4: medians 51 (ipc_taskintc), 151 (syscall_taskintc),
        # 251 (ipc_taskintc_executor), 301 (syscall_taskintc_driver), 401 (wake_poll_overhead); p99 = median + 2
        rt = r["runtime"]
        self.assertEqual(rt["ipc_executor_over_driver"], round(251 / 51, 2))
        self.assertEqual(rt["syscall_executor_over_driver"], round(151 / 301, 2))
        self.assertEqual(rt["wake_poll_overhead_cycles"], 401)
        self.assertIn(f"| IPC round trip | 51 (53) | 251 (253) | {round(251 / 51, 2)} | <= 1.25 |", md)
        self.assertIn("| wake + poll: dequeue returned -> the task's first instruction | | 401 (403) | | <= 80 |", md)
        single = md.split("## Single hart")[1].split("## The async runtime")[0]
        self.assertIn("| ipc_taskintc | 51 | 53 |", single)
        self.assertNotIn("| spawn |", single, "the runtime's operations are not round trips")

    def test_the_build_time_file_soc_sh_writes_is_read(self):
        # soc.sh writes "<seconds> <C++ optimisation>"; the CI run once failed parsing it
        d = tempfile.mkdtemp()
        records = os.path.join(d, "records.txt")
        with open(records, "w") as f:
            f.write("".join(f"{w}\n" for w in synthetic()))
        seconds = os.path.join(d, "verilator-seconds.txt")
        with open(seconds, "w") as f:
            f.write("127 -O2\n")
        out = os.path.join(d, "out")
        p = subprocess.run([sys.executable, SCRIPT, "--build-seconds", seconds, records, out], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(out, "soc.json")) as f:
            sim = json.load(f)["simulation"]
        self.assertEqual((sim["verilator_seconds"], sim["opt"]), (127, "-O2"))

    def assert_refused(self, words, message, text=None):
        p, out = self.run_script(words, text)
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn(message, p.stderr)
        self.assertFalse(os.path.exists(os.path.join(out, "soc.json")), "something was written")

    def test_a_wrong_echo_is_refused(self):
        tx = B["run"]["fields"].index("tx_bad") + 1

        def bad(kind, w):
            if kind == "run":
                w = list(w)
                w[tx] = 1
            return w
        self.assert_refused(synthetic(mutate=bad), "TX_BAD = 1")

    def test_a_lost_flood_message_is_refused(self):
        rec = B["flood"]["fields"].index("received") + 1

        def lose(kind, w):
            if kind == "flood":
                w = list(w)
                w[rec] -= 1
            return w
        self.assert_refused(synthetic(mutate=lose), "flood taskintc")

    def test_a_missing_seed_truncation_and_garbage_are_refused(self):
        self.assert_refused(synthetic()[:-5], "truncated")
        words = synthetic()
        words[words.index(header("seed", 2)) + 1] = 5
        self.assert_refused(words, "seed 5 after 0 seeds")
        self.assert_refused([], "", text="12\nhello\n")

    def test_the_lowest_load_must_be_250_per_mcycle(self):
        self.assert_refused(synthetic(intervals=(4000, 1000)), "needs 250")


class GeneratedDocsTest(unittest.TestCase):
    def test_docs_tables_match_the_committed_report(self):
        args = [sys.executable, SCRIPT, "--docs", os.path.join(ROOT, "reports", "soc.json"), "--check"]
        smoke = os.path.join(ROOT, "reports", "soc-smoke.json")
        if os.path.exists(smoke):
            args += ["--smoke", smoke]
        p = subprocess.run(args, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr + p.stdout)

    def test_docs_blocks_are_rewritten_from_the_report(self):
        sys.path.insert(0, HERE)
        import importlib.util
        spec = importlib.util.spec_from_file_location("soc_bench", SCRIPT)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        p, out = SocBenchTest.run_script(SocBenchTest(), synthetic())
        with open(os.path.join(out, "soc.json")) as f:
            result = json.load(f)
        text = "before\n<!-- soc-bench:summary -->\nstale\n<!-- /soc-bench -->\nafter\n"
        new = mod.render_docs(text, result, None)
        self.assertIn("| NIC packet -> coroutine, lowest load, idle harts asleep | **140** |", new)
        self.assertNotIn("stale", new)
        self.assertTrue(new.startswith("before\n") and new.endswith("after\n"))

    def test_a_report_without_the_runtime_says_so(self):
        sys.path.insert(0, HERE)
        import importlib.util
        spec = importlib.util.spec_from_file_location("soc_bench", SCRIPT)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        p, out = SocBenchTest.run_script(SocBenchTest(), synthetic())
        with open(os.path.join(out, "soc.json")) as f:
            result = json.load(f)
        del result["runtime"]
        self.assertIn("`make bench-soc` adds them", mod.tables(result)["runtime"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
