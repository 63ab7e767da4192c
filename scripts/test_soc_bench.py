#!/usr/bin/env python3
"""Tests of scripts/soc-bench.py on synthetic records (python3 -m unittest scripts/test_soc_bench.py,
or run this file)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "soc-bench.py")
MAGIC = 0x534F_4342_454E_4348


def header(tag, n):
    return tag << 56 | n


def sample(latency, queue, first, dispatch=7):
    return latency | queue << 40 | int(first) << 48 | dispatch << 49


def synthetic(queues=2, per_queue=5, rates=((16000, 64), (250, 64)), ipc_n=4, mutate=None):
    """A well-formed records word list; `mutate(kind, fields)` may change RUN fields or samples."""
    words = [header(1, 7), MAGIC, 1, 0, queues, per_queue, len(rates), ipc_n]
    for mode in range(3):
        for k, (interval, size) in enumerate(rates):
            generated = queues * per_queue
            dropped = 1 if interval < 1000 else 0
            echoed = generated - dropped
            # latencies 100*(mode+1) + 10*i: known medians
            samples = [sample(100 * (mode + 1) + 10 * i, i % queues, i % 2 == 0) for i in range(echoed)]
            fields = [mode, interval, size, 1, queues, generated, echoed, dropped, echoed, 0, 1_000_000, 250_000]
            if mutate:
                fields, samples = mutate(mode, k, fields, samples)
            words.append(header(2, len(fields) + len(samples)))
            words += fields + samples
    for kind in range(11):
        words.append(header(3, 1 + ipc_n))
        words += [kind] + [50 * (kind + 1) + i for i in range(ipc_n)]
    for kind in range(8):
        words.append(header(5, 1 + ipc_n))
        words += [kind] + [10 * (kind + 1) + i for i in range(ipc_n)]
    words += [header(4, 1), len(words)]
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

    def test_well_formed_records_give_the_expected_report(self):
        p, out = self.run_script(synthetic())
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(out, "soc.json")) as f:
            r = json.load(f)
        self.assertEqual(r["set"], "SHORT")
        taskintc = r["echo"]["taskintc"]
        self.assertEqual([x["interval"] for x in taskintc], [16000, 250])
        # 10 packets, latencies 100..190: nearest-rank median is the 5th (140), p99 the 10th (190)
        self.assertEqual(taskintc[0]["latency_cycles"]["median"], 140)
        self.assertEqual(taskintc[0]["latency_cycles"]["p99"], 190)
        self.assertEqual(taskintc[0]["latency_cycles"]["mean"], 145.0)
        self.assertEqual(taskintc[0]["latency_first_after_idle"]["count"], 5)
        self.assertEqual(taskintc[0]["latency_queued"]["count"], 5)
        self.assertEqual(taskintc[0]["dispatch_first_after_idle"]["median"], 7)
        # first-after-idle latencies 100, 120, 140, 160, 180 minus 7
        self.assertEqual(taskintc[0]["wake_first_after_idle"]["median"], 133)
        self.assertEqual(r["echo"]["poll"][0]["latency_cycles"]["median"], 340)
        # 9 echoed after one drop, busy 750,000 cycles of 1,000,000
        self.assertEqual(taskintc[1]["dropped"], 1)
        self.assertEqual(taskintc[1]["cpu_cycles_per_packet"], round(750_000 / 9, 1))
        self.assertEqual(taskintc[1]["packets_per_mcycle"], 9.0)
        self.assertEqual(taskintc[1]["offered_packets_per_mcycle"], 8000.0)
        self.assertEqual(r["ipc"]["syscall_ecall"]["median"], 201)
        self.assertEqual(r["access_cycles"]["taskintc_read"]["median"], 31)
        self.assertEqual(r["anchors"]["taic_external_interrupt_wakeup_cycles"]["u_mode"], 216)
        with open(os.path.join(out, "soc.png"), "rb") as f:
            self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")
        with open(os.path.join(out, "soc.md")) as f:
            md = f.read()
        # mode 0 (taskintc) at the first rate: latencies 100 + 10 i for i < 10, so the median (rank 5) is 140
        self.assertIn("| taskintc | 16000 | 64 | 140 |", md)
        self.assertIn("| ipc_taskintc |", md)
        # kind k's samples are 50 (k + 1) + i, i < 4: medians 51 (ipc_taskintc), 251 (executor), 301 (syscall driver), 151 (syscall)
        self.assertEqual(r["runtime"]["ipc_executor_over_driver"], round(251 / 51, 2))
        self.assertEqual(r["runtime"]["syscall_executor_over_driver"], round(151 / 301, 2))
        self.assertEqual(r["runtime"]["wake_poll_overhead_cycles"], 401)
        self.assertIn(f"| IPC round trip | 51 | 251 (253) | {round(251 / 51, 2)} | <= 1.25 |", md)
        self.assertNotIn("| spawn |", md.split("## The async runtime")[0], "runtime operations are not round trips")

    def test_output_is_reproducible(self):
        _, a = self.run_script(synthetic())
        _, b = self.run_script(synthetic())
        for name in ("soc.json", "soc.png", "soc.md"):
            with open(os.path.join(a, name), "rb") as fa, open(os.path.join(b, name), "rb") as fb:
                self.assertEqual(fa.read(), fb.read(), name)

    def assert_refused(self, words, needle, text=None):
        p, out = self.run_script(words, text)
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn(needle, p.stderr)
        self.assertFalse(os.path.exists(os.path.join(out, "soc.json")), "nothing written on error")
        self.assertFalse(os.path.exists(os.path.join(out, "soc.png")), "nothing written on error")
        self.assertFalse(os.path.exists(os.path.join(out, "soc.md")), "nothing written on error")

    def test_inconsistent_runs_are_refused(self):
        def tx_bad(mode, k, f, s):
            if mode == 1 and k == 0:
                f[9] = 1
            return f, s
        self.assert_refused(synthetic(mutate=tx_bad), "TX_BAD = 1")

        def lost(mode, k, f, s):
            if mode == 2 and k == 1:
                f[6] -= 1
                f[8] -= 1
                s = s[:-1]
            return f, s
        self.assert_refused(synthetic(mutate=lost), "echoed 8 + dropped 1 != generated 10")

        def tx_ok(mode, k, f, s):
            if mode == 0 and k == 1:
                f[8] += 1
            return f, s
        self.assert_refused(synthetic(mutate=tx_ok), "TX_OK 10 != echoed 9")

        def bad_queue(mode, k, f, s):
            if mode == 0 and k == 0:
                s[0] = sample(5, 3, True, 0)
            return f, s
        self.assert_refused(synthetic(mutate=bad_queue), "malformed sample")

        def bad_dispatch(mode, k, f, s):
            if mode == 1 and k == 1:
                s[2] = sample(5, 0, True, 6)
            return f, s
        self.assert_refused(synthetic(mutate=bad_dispatch), "malformed sample")

        def idle(mode, k, f, s):
            if mode == 0 and k == 0:
                f[11] = f[10] + 1
            return f, s
        self.assert_refused(synthetic(mutate=idle), "idle 1000001 > elapsed 1000000")

    def test_malformed_files_are_refused(self):
        good = synthetic()
        self.assert_refused(good[:-5], "block of tag")  # truncated: the END block is missing or cut
        wrong_end = good[:-1] + [good[-1] + 1]
        self.assert_refused(wrong_end, "END block")
        self.assert_refused(good, "not an unsigned decimal", text="1\n-3\n")
        self.assert_refused([header(9, 0)] + good, "unknown block tag 9")
        self.assert_refused(good[8:], "do not start with a BEGIN block")
        self.assert_refused(synthetic(ipc_n=4)[:1] + [MAGIC + 1] + synthetic()[2:], "magic")

    def test_missing_build_or_ipc_is_refused(self):
        runs = synthetic(rates=((16000, 64),))
        runs[6] = 2  # BEGIN says 2 runs per mode, each build has 1
        runs[-1] = len(runs) - 2
        self.assert_refused(runs, "runs, the plan says 2")
        few = synthetic(ipc_n=4)
        few[7] = 5  # BEGIN says 5 IPC iterations, the blocks have 4
        self.assert_refused(few, "samples, the plan says 5")
        no_access = synthetic()
        cut = no_access.index(header(5, 5))  # the first ACCESS block: drop all eight
        no_access = no_access[:cut] + [header(4, 1), cut]
        self.assert_refused(no_access, "blocks missing")


if __name__ == "__main__":
    unittest.main()
