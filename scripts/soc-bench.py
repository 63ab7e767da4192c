#!/usr/bin/env python3
"""Reads the records file of the SoC benchmark firmware (firmware/taskintc-soc) and writes
<out dir>/soc.json, <out dir>/soc.png and <out dir>/soc.md (the tables the docs quote).

    scripts/soc-bench.py [--platform TEXT] <records file> <out dir>

--platform names what produced the records (default "Rocket RV64GC SoC in Verilator"; written to
soc.json and under the plot).

The records format is documented in firmware/taskintc-soc/src/records.rs: one unsigned 64-bit
decimal per line, blocks of a header word (tag << 56 | payload words) and their payload. The
records are validated (malformed lines, unknown tags, lengths, the END word count, and per run:
TX_BAD = 0, echoed + dropped = generated, TX_OK = echoed, one sample per echoed packet, every build
at every rate of the plan, the IPC iteration counts); on any error the script names it, exits 1,
and writes nothing.

Definitions (the same as the firmware's console summary):
* latency: mcycle at the coroutine's first instruction after its wakeup minus the NIC's RX_STAMP
  (the cycle the packet entered the RX ring and raised its interrupts), per echoed packet;
  quantiles are nearest-rank (the q-quantile of n sorted samples has rank ceil(q n)).
* dispatch / wake (first_after_idle packets): the latency split where the executor loop has the
  coroutine in hand (the dequeue, the software-queue pop or the RX_COUNT read returned).
* first_after_idle: the packets that arrived after their coroutine had finished the previous one
  (the wakeup path proper); queued: the others, which waited in the ring behind a packet.
* cpu_cycles_per_packet: (elapsed - idle) / echoed, where elapsed runs from starting the
  generators to the end of the last echo and idle sums the executor loop's iterations that found
  no work (minus the interrupt traps taken during them). For the polling build an idle iteration is a scan of every RX_COUNT, so the scans that
  find a packet count as busy: its figure includes one scan per packet.
* packets_per_mcycle: echoed / elapsed * 1e6; offered_packets_per_mcycle: queues * 1e6 / interval;
  capacity_packets_per_mcycle: 1e6 / cpu_cycles_per_packet.
"""
import json
import os
import struct
import sys
import zlib

TAG_BEGIN, TAG_RUN, TAG_IPC, TAG_END, TAG_ACCESS = 1, 2, 3, 4, 5
MAGIC = 0x534F_4342_454E_4348
VERSION = 1
RUN_FIXED = 12
MODES = {0: "taskintc", 1: "plic", 2: "poll"}
IPC_KINDS = {0: "ipc_taskintc", 1: "ipc_software", 2: "syscall_taskintc", 3: "syscall_ecall", 4: "ipc_taskintc_executor",
             5: "syscall_taskintc_driver", 6: "ipc_software_kernel",
             7: "wake_poll_overhead", 8: "wake_poll_dequeue", 9: "spawn", 10: "spawn_static"}
# The async runtime's operations among the IPC kinds (firmware/taskintc-soc/src/soc/runtime.rs), and its goals
# (issue 14): through the executor at most 1.25 x the driver path; wake + poll overhead at most 80 cycles.
RUNTIME_KINDS = ("spawn", "spawn_static", "wake_poll_overhead", "wake_poll_dequeue")
RUNTIME_GOALS = {"ipc_executor_over_driver": 1.25, "syscall_executor_over_driver": 1.25, "wake_poll_overhead_cycles": 80}
ACCESS_KINDS = {0: "mcycle_pair", 1: "ram_read", 2: "taskintc_read", 3: "taskintc_write", 4: "nic_read", 5: "nic_write", 6: "plic_read", 7: "taskintc_context_write"}
SETS = {0: "SHORT", 1: "FULL"}
RUN_FIELDS = ["mode", "interval", "size", "gen_mode", "queues", "generated", "echoed", "dropped", "tx_ok", "tx_bad", "elapsed", "idle"]

ANCHORS = {
    "source": "TAIC as published (Rocket on a Zynq UltraScale+ FPGA at 100 MHz); ATS-INTC as published (network ping on an FPGA)",
    "taic_external_interrupt_wakeup_cycles": {"s_mode": 264, "u_mode": 216},
    "taic_soft_interrupt_latency_cycles": {"s_mode": 98, "u_mode": 72},
    "taic_trap_context_save_and_dispatch_cycles": {"s_mode": 94, "u_mode": 66},
    "taic_ipc_one_way_messages_per_second_linux": 199215,
    "ats_intc_ping_latency_us": {"ats_intc": 89.7, "polling": 96.1, "interrupts": 104.4,
                                 "note": "network ping round trips on an FPGA, microseconds: not comparable cycle for cycle"},
}


class RecordError(Exception):
    pass


def read_words(path):
    words = []
    with open(path, encoding="ascii", errors="strict") as f:
        for number, line in enumerate(f, 1):
            text = line.strip()
            if not text.isdigit():
                raise RecordError(f"line {number}: {text[:40]!r} is not an unsigned decimal")
            value = int(text)
            if value >= 1 << 64:
                raise RecordError(f"line {number}: {value} does not fit 64 bits")
            words.append(value)
    return words


def quantile(sorted_values, percent):
    n = len(sorted_values)
    rank = max(1, -(-percent * n // 100))
    return sorted_values[rank - 1]


def summary(values):
    if not values:
        return {"count": 0}
    s = sorted(values)
    return {"count": len(s), "median": quantile(s, 50), "p99": quantile(s, 99),
            "mean": round(sum(s) / len(s), 1), "min": s[0], "max": s[-1]}


def parse(words):
    """Blocks as (tag, payload, index of the header word)."""
    blocks, i = [], 0
    while i < len(words):
        header = words[i]
        tag, n = header >> 56, header & ((1 << 56) - 1)
        if tag not in (TAG_BEGIN, TAG_RUN, TAG_IPC, TAG_END, TAG_ACCESS):
            raise RecordError(f"word {i}: unknown block tag {tag}")
        if i + 1 + n > len(words):
            raise RecordError(f"word {i}: block of tag {tag} needs {n} payload words, {len(words) - i - 1} left (truncated file?)")
        blocks.append((tag, words[i + 1:i + 1 + n], i))
        i += 1 + n
    return blocks


def validate_and_reduce(words):
    blocks = parse(words)
    if not blocks or blocks[0][0] != TAG_BEGIN:
        raise RecordError("the records do not start with a BEGIN block")
    if blocks[-1][0] != TAG_END:
        raise RecordError("the records do not end with an END block (the firmware did not finish?)")
    begin = blocks[0][1]
    if len(begin) != 7 or begin[0] != MAGIC or begin[1] != VERSION:
        raise RecordError(f"BEGIN block: expected magic {MAGIC:#x} version {VERSION}, got {begin[:2]}")
    _, _, set_id, queues, per_queue, runs_per_mode, ipc_iterations = begin
    if set_id not in SETS or not 1 <= queues <= 4 or per_queue == 0 or runs_per_mode == 0 or ipc_iterations == 0:
        raise RecordError(f"BEGIN block: bad plan {begin[2:]}")
    end_tag, end, end_at = blocks[-1]
    if len(end) != 1 or end[0] != end_at:
        raise RecordError(f"END block: says {end[0] if end else None} words before it, there are {end_at}")
    runs, ipc, access = [], {}, {}
    for tag, payload, at in blocks[1:-1]:
        if tag == TAG_RUN:
            runs.append(reduce_run(payload, at, queues, per_queue))
        elif tag in (TAG_IPC, TAG_ACCESS):
            what, kinds, into = ("IPC", IPC_KINDS, ipc) if tag == TAG_IPC else ("ACCESS", ACCESS_KINDS, access)
            if not payload or payload[0] not in kinds:
                raise RecordError(f"word {at}: {what} block with kind {payload[:1]}")
            name = kinds[payload[0]]
            if name in into:
                raise RecordError(f"word {at}: second {what} block for {name}")
            cycles = payload[1:]
            if len(cycles) != ipc_iterations:
                raise RecordError(f"word {at}: {name} has {len(cycles)} samples, the plan says {ipc_iterations}")
            if any(c == 0 for c in cycles):
                raise RecordError(f"word {at}: {name} has a sample of 0 cycles")
            into[name] = summary(cycles)
        else:
            raise RecordError(f"word {at}: block of tag {tag} in the middle of the records")
    by_mode = {}
    for r in runs:
        by_mode.setdefault(r["mode"], []).append(r)
    points = None
    for mode in MODES.values():
        mine = by_mode.get(mode, [])
        if len(mine) != runs_per_mode:
            raise RecordError(f"build {mode}: {len(mine)} runs, the plan says {runs_per_mode}")
        keys = [(r["interval"], r["size"]) for r in mine]
        if len(set(keys)) != len(keys):
            raise RecordError(f"build {mode}: the same rate twice")
        if points is None:
            points = keys
        elif keys != points:
            raise RecordError(f"build {mode}: rates {keys} differ from {points}")
    missing = [k for k in IPC_KINDS.values() if k not in ipc] + [k for k in ACCESS_KINDS.values() if k not in access]
    if missing:
        raise RecordError(f"IPC or ACCESS blocks missing: {missing}")
    return {
        "set": SETS[set_id],
        "queues": queues,
        "packets_per_queue": per_queue,
        "echo": {mode: by_mode[mode] for mode in MODES.values()},
        "ipc": ipc,
        "runtime": {
            "ipc_executor_over_driver": round(ipc["ipc_taskintc_executor"]["median"] / ipc["ipc_taskintc"]["median"], 2),
            "syscall_executor_over_driver": round(ipc["syscall_taskintc"]["median"] / ipc["syscall_taskintc_driver"]["median"], 2),
            "wake_poll_overhead_cycles": ipc["wake_poll_overhead"]["median"],
            "goals": RUNTIME_GOALS,
        },
        "access_cycles": access,
    }


def reduce_run(payload, at, queues, per_queue):
    if len(payload) < RUN_FIXED:
        raise RecordError(f"word {at}: RUN block of {len(payload)} words, at least {RUN_FIXED} expected")
    h = dict(zip(RUN_FIELDS, payload[:RUN_FIXED]))
    samples = payload[RUN_FIXED:]
    where = f"word {at}: RUN"
    if h["mode"] not in MODES:
        raise RecordError(f"{where}: mode {h['mode']} (allowed 0..2)")
    where = f"word {at}: {MODES[h['mode']]} run at interval {h['interval']}"
    checks = [
        (h["queues"] == queues, f"queues {h['queues']} != BEGIN's {queues}"),
        (h["generated"] == queues * per_queue, f"generated {h['generated']} != {queues * per_queue}"),
        (h["gen_mode"] == 1, f"gen_mode {h['gen_mode']} (Poisson arrivals are 1)"),
        (h["tx_bad"] == 0, f"TX_BAD = {h['tx_bad']}"),
        (h["echoed"] + h["dropped"] == h["generated"], f"echoed {h['echoed']} + dropped {h['dropped']} != generated {h['generated']}"),
        (h["tx_ok"] == h["echoed"], f"TX_OK {h['tx_ok']} != echoed {h['echoed']}"),
        (len(samples) == h["echoed"], f"{len(samples)} samples for {h['echoed']} echoed packets"),
        (h["echoed"] > 0, "no packet echoed"),
        (h["elapsed"] > 0 and h["idle"] <= h["elapsed"], f"idle {h['idle']} > elapsed {h['elapsed']}"),
        (h["interval"] >= 2 and 8 <= h["size"] <= 1536 and h["size"] % 8 == 0, f"interval {h['interval']} / size {h['size']} out of the NIC's ranges"),
    ]
    for ok, message in checks:
        if not ok:
            raise RecordError(f"{where}: {message}")
    latencies, first, queued, dispatch, wake = [], [], [], [], []
    for s in samples:
        latency, queue, flag, d = s & ((1 << 40) - 1), (s >> 40) & 0xFF, (s >> 48) & 1, s >> 49
        if queue >= queues or d > latency:
            raise RecordError(f"{where}: malformed sample {s}")
        latencies.append(latency)
        (first if flag else queued).append(latency)
        if flag:
            dispatch.append(d)
            wake.append(latency - d)
    busy = h["elapsed"] - h["idle"]
    return {
        "mode": MODES[h["mode"]],
        "interval": h["interval"],
        "size": h["size"],
        "offered_packets_per_mcycle": round(queues * 1e6 / h["interval"], 3),
        "generated": h["generated"],
        "echoed": h["echoed"],
        "dropped": h["dropped"],
        "tx_ok": h["tx_ok"],
        "tx_bad": h["tx_bad"],
        "elapsed_cycles": h["elapsed"],
        "idle_cycles": h["idle"],
        "cpu_cycles_per_packet": round(busy / h["echoed"], 1),
        "packets_per_mcycle": round(h["echoed"] * 1e6 / h["elapsed"], 3),
        "capacity_packets_per_mcycle": round(h["echoed"] * 1e6 / busy, 3) if busy else None,
        "latency_cycles": summary(latencies),
        "latency_first_after_idle": summary(first),
        "latency_queued": summary(queued),
        "dispatch_first_after_idle": summary(dispatch),
        "wake_first_after_idle": summary(wake),
    }


# ---- plot: drawn by the project's one plotter (taskintc.plot, `taskintc-gen plot`) from a figure in JSON --------

COLORS = {"taskintc": "#c81e1e", "plic": "#1e5ac8", "poll": "#289628"}
GENERATOR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "hdl-gen", "target", "hdl-gen.jar")


def plot(result):
    """The latency and throughput panels as PNG bytes (hdl-gen/target/hdl-gen.jar draws them)."""
    import subprocess
    import tempfile
    runs = result["echo"]
    sizes = sorted({r["size"] for rs in runs.values() for r in rs})
    size = 64 if 64 in sizes else sizes[0]
    latency, throughput = [], []
    for mode, color in COLORS.items():
        mine = sorted((r for r in runs[mode] if r["size"] == size), key=lambda r: r["offered_packets_per_mcycle"])
        latency.append({"label": mode + " median", "color": color,
                        "points": [[r["offered_packets_per_mcycle"], r["latency_cycles"]["median"]] for r in mine]})
        latency.append({"label": mode + " p99", "color": color, "dashed": True,
                        "points": [[r["offered_packets_per_mcycle"], r["latency_cycles"]["p99"]] for r in mine]})
        throughput.append({"label": mode, "color": color,
                           "points": [[r["offered_packets_per_mcycle"], r["packets_per_mcycle"]] for r in mine]})
    figure = {
        "title": f"SoC benchmark: {result['set']} set, {result['queues']} queues, Poisson arrivals",
        "columns": 2,
        "panels": [
            {"title": f"NIC interrupt to coroutine resume ({size} B)", "x_label": "offered packets per Mcycle",
             "y_label": "cycles (log scale)", "x_scale": "log", "y_scale": "log", "series": latency},
            {"title": f"echo throughput ({size} B)", "x_label": "offered packets per Mcycle",
             "y_label": "packets per Mcycle", "x_scale": "log", "y_scale": "linear", "series": throughput}],
        "legend": [{"label": mode, "color": color} for mode, color in COLORS.items()]
                  + [{"label": "median", "color": "#000000"}, {"label": "p99", "color": "#000000", "dashed": True}],
        "footnote": result["platform"]}
    with tempfile.TemporaryDirectory() as tmp:
        png = os.path.join(tmp, "soc.png")
        p = subprocess.run(["java", "-jar", GENERATOR, "plot", "--spec", "-", "--out", png], input=json.dumps(figure).encode(),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise OSError("plot: " + p.stderr.decode(errors="replace").strip())
        with open(png, "rb") as f:
            return f.read()


def markdown(result):
    """The tables docs/soc.md and the README quote, from the same numbers as soc.json."""
    out = [f"# SoC benchmark ({result['set']} set): {result['platform']}", "",
           f"{result['queues']} NIC queues, Poisson arrivals, {result['packets_per_queue']} packets per queue per run. "
           "Cycles are hart 0's mcycle. Written by scripts/soc-bench.py; definitions in soc.json.", "",
           "## Echo: NIC interrupt to the coroutine's first instruction", "",
           "| build | interval | size | latency median | p99 | idle-coroutine median (wake + dispatch) | CPU cycles/packet | packets/Mcycle | offered | dropped |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for mode in ("taskintc", "plic", "poll"):
        for r in result["echo"].get(mode, []):
            lat, first = r["latency_cycles"], r["latency_first_after_idle"]
            wake, disp = r["wake_first_after_idle"], r["dispatch_first_after_idle"]
            split = f"{first['median']} ({wake['median']} + {disp['median']})" if first["count"] else "-"
            out.append(f"| {mode} | {r['interval']} | {r['size']} | {lat['median']} | {lat['p99']} | {split} | "
                       f"{r['cpu_cycles_per_packet']} | {r['packets_per_mcycle']} | {r['offered_packets_per_mcycle']} | {r['dropped']} |")
    out += ["", "## IPC and system calls: cycles per round trip", "", "| path | median | p99 | round trips |", "|---|---|---|---|"]
    for name, st in result["ipc"].items():
        if name not in RUNTIME_KINDS:
            out.append(f"| {name} | {st['median']} | {st['p99']} | {st['count']} |")
    ipc, rt = result["ipc"], result["runtime"]
    out += ["", "## The async runtime per operation (taskintc-executor, taskintc-starry)", "",
            "| operation | driver calls, median | through the runtime, median (p99) | runtime / driver | goal |",
            "|---|---|---|---|---|",
            f"| spawn (checked enqueue; a finished task's heap block reused) | | {ipc['spawn']['median']} ({ipc['spawn']['p99']}) | | |",
            f"| spawn into static storage (`TaskStorage`) | | {ipc['spawn_static']['median']} ({ipc['spawn_static']['p99']}) | | |",
            f"| wake + poll: dequeue returned to the task's first instruction | | {ipc['wake_poll_overhead']['median']} ({ipc['wake_poll_overhead']['p99']}) | | "
            f"<= {RUNTIME_GOALS['wake_poll_overhead_cycles']} |",
            f"| the dequeue access of that wake | {ipc['wake_poll_dequeue']['median']} ({ipc['wake_poll_dequeue']['p99']}) | | | |",
            f"| IPC round trip | {ipc['ipc_taskintc']['median']} | {ipc['ipc_taskintc_executor']['median']} ({ipc['ipc_taskintc_executor']['p99']}) | "
            f"{rt['ipc_executor_over_driver']} | <= {RUNTIME_GOALS['ipc_executor_over_driver']} |",
            f"| system call (`getpid`, kernel context) | {ipc['syscall_taskintc_driver']['median']} | {ipc['syscall_taskintc']['median']} ({ipc['syscall_taskintc']['p99']}) | "
            f"{rt['syscall_executor_over_driver']} | <= {RUNTIME_GOALS['syscall_executor_over_driver']} |"]
    out += ["", "## Single accesses (between two mcycle reads, the pair included)", "", "| access | median | p99 |", "|---|---|---|"]
    for name, st in result["access_cycles"].items():
        out.append(f"| {name} | {st['median']} | {st['p99']} |")
    return "\n".join(out) + "\n"


def main(argv):
    args = argv[1:]
    platform = "Rocket RV64GC SoC in Verilator"
    if len(args) == 4 and args[0] == "--platform":
        platform, args = args[1], args[2:]
    if len(args) != 2 or not platform:
        print("usage: soc-bench.py [--platform TEXT] <records file> <out dir>", file=sys.stderr)
        return 2
    records, out_dir = args
    try:
        result = validate_and_reduce(read_words(records))
    except (RecordError, OSError, UnicodeDecodeError) as e:
        print(f"soc-bench: {records}: {e}", file=sys.stderr)
        return 1
    result["platform"] = platform
    result["anchors"] = ANCHORS
    result["definitions"] = {
        "latency_cycles": "mcycle at the coroutine's first instruction after its wakeup minus RX_STAMP; nearest-rank quantiles",
        "latency_first_after_idle": "packets that arrived after their coroutine finished the previous one",
        "latency_queued": "packets that waited in the RX ring behind another",
        "dispatch_first_after_idle": "of the latency of first_after_idle packets: from the loop having the coroutine in hand (dequeue / pop / RX_COUNT read returned) to its first instruction",
        "wake_first_after_idle": "of the latency of first_after_idle packets: from RX_STAMP to the loop having the coroutine in hand (dispatch excluded)",
        "cpu_cycles_per_packet": "(elapsed - idle) / echoed; idle = executor loop iterations that found no work, minus interrupt traps taken during them (for poll: a scan of every RX_COUNT that found none, so busy includes one scan per packet)",
        "packets_per_mcycle": "echoed / elapsed * 1e6, elapsed from starting the generators to the end of the last echo; below saturation it follows the offered load and the arrival sample (the NIC's PRNG runs on from run to run, so each build sees a different Poisson sample of the same rate)",
        "capacity_packets_per_mcycle": "1e6 / cpu_cycles_per_packet: what the hart could echo if it did nothing else at that per-packet cost",
        "offered_packets_per_mcycle": "queues * 1e6 / interval (mean cycles between arrivals per queue)",
        "ipc": "mcycle around each whole round trip, in the calling code; the runtime's operations (spawn, spawn_static, wake_poll_*) around each operation",
        "wake_poll_overhead": "a task parked on a source by wait_source, made ready by an injected event: from mcycle right after the executor's dequeue returned its word to mcycle at the task's first instruction after the wait returned (Executor::dequeue, then Executor::run_dequeued)",
        "wake_poll_dequeue": "the dequeue access of that wake, mcycle before and after it",
        "spawn": "Executor::spawn (checked: enqueue and error-register read) into a finished task's reused heap block; spawn_static: Executor::spawn_in a TaskStorage",
        "runtime": "medians: ipc_taskintc_executor / ipc_taskintc, syscall_taskintc / syscall_taskintc_driver, and wake_poll_overhead, with the goals of issue 14",
        "access_cycles": "one access between two mcycle reads (the pair's own cost, mcycle_pair, included); taskintc_context_write: three staging writes timed together, divided by 3",
    }
    os.makedirs(out_dir, exist_ok=True)
    outputs = {os.path.join(out_dir, "soc.json"): (json.dumps(result, indent=2, sort_keys=True) + "\n").encode(),
               os.path.join(out_dir, "soc.png"): plot(result),
               os.path.join(out_dir, "soc.md"): markdown(result).encode()}
    for path, data in outputs.items():
        with open(path + ".tmp", "wb") as f:
            f.write(data)
    for path in outputs:
        os.replace(path + ".tmp", path)
    for mode, rs in result["echo"].items():
        for r in rs:
            lat = r["latency_cycles"]
            print(f"{mode:8} interval {r['interval']:6} size {r['size']:4}: median {lat['median']:6} p99 {lat['p99']:7} "
                  f"cpu/packet {r['cpu_cycles_per_packet']:8} packets/Mcycle {r['packets_per_mcycle']:9} dropped {r['dropped']}")
    for name, s in list(result["ipc"].items()) + list(result["access_cycles"].items()):
        print(f"{name:22} median {s['median']:6} p99 {s['p99']:6}")
    print(f"wrote {', '.join(outputs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
