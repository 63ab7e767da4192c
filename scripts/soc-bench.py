#!/usr/bin/env python3
"""Reads the records of the SoC benchmark firmware (firmware/taskintc-soc) and writes <out dir>/soc.json,
soc.png and soc.md; with --docs, rewrites the generated tables of docs/soc.md and README.md from soc.json.

    scripts/soc-bench.py [--platform TEXT] [--console FILE] [--build-seconds FILE] <records file> <out dir>
    scripts/soc-bench.py --docs <soc.json> [--smoke soc-smoke.json] [--check]   (--check: only compare, exit 1 on drift)

The records format is declared once (taskintc.soc.RecordFormat) and read here from soc/generated/soc_map.json:
one unsigned 64-bit decimal a line, blocks of a header word (tag << 56 | payload words), the fixed fields in
their declared order, then the rest. Everything is validated (malformed lines, unknown tags, lengths, the END
count, the plan's points, builds, seeds and kinds; per echo run TX_BAD = 0, echoed + dropped = generated,
TX_OK = echoed, one sample per echoed packet; every flood message received); on any error the script names it,
exits 1 and writes nothing.

Every measurement is repeated once per traffic seed (the NIC generator is reseeded per point and queue, so every
build sees the same packets). Per seed a point is reduced to its statistics; the report gives, per statistic,
the median across seeds and the spread (min and max across seeds). Definitions: soc.json's "definitions".
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAP = os.path.join(ROOT, "soc", "generated", "soc_map.json")

with open(MAP) as _f:
    FORMAT = json.load(_f)["records"]
BLOCKS = FORMAT["blocks"]
TAGS = {b["tag"]: name for name, b in BLOCKS.items()}
ENUMS = FORMAT["enums"]
SAMPLE = FORMAT["sample"]
HART_WORDS = FORMAT["hart_words"]
SETS = {0: "SHORT", 1: "FULL"}
# The async runtime's operations among the ipc kinds (firmware/taskintc-soc/src/soc/runtime.rs) and its goals (issue 14):
# through the executor at most 1.25 x the driver path; wake + poll overhead at most 80 cycles.
RUNTIME_KINDS = ("spawn", "spawn_static", "wake_poll_overhead", "wake_poll_dequeue")
RUNTIME_GOALS = {"ipc_executor_over_driver": 1.25, "syscall_executor_over_driver": 1.25, "wake_poll_overhead_cycles": 80}

ANCHORS = {
    "source": "TAIC as published (Rocket on a Zynq UltraScale+ FPGA at 100 MHz)",
    "taic_external_interrupt_wakeup_cycles": {"s_mode": 264, "u_mode": 216},
    "taic_soft_interrupt_latency_cycles": {"s_mode": 98, "u_mode": 72},
    "taic_trap_context_save_and_dispatch_cycles": {"s_mode": 94, "u_mode": 66},
    "taic_ipc_one_way_messages_per_second_linux": 199215,
}

DEFINITIONS = {
    "time base": "the SIM device's cycle counter (rising clock edges since reset, counting in WFI) for every latency across harts or sleep; hart-local mcycle for intra-hart parts (dispatch, awake time, single-hart round trips, system-call latencies)",
    "latency_cycles": "SIM cycle read at the coroutine's first instruction after its wakeup minus RX_STAMP (the cycle the packet entered the ring and raised its interrupts); includes the counter read's request path",
    "quantiles": "nearest-rank: the q-quantile of n sorted samples has rank ceil(q n)",
    "across seeds": "each statistic is computed per seed; 'median' is the median of the per-seed values, 'spread' [min, max] across seeds",
    "busy_fraction": "sum over harts of awake cycles (mcycle delta, which stops in WFI) / sum of spans (SIM cycles over the same interval); a spinning idle loop is 1.0 by construction",
    "cpu_cycles_per_packet": "sum over harts of (awake - idle-loop cycles) / echoed: the work per packet, loop overhead of found work included",
    "wake / dispatch (first_after_idle packets)": "dispatch: hart mcycle from the loop having the coroutine in hand (dequeue / pop / RX_COUNT read returned) to its first instruction; wake: latency - dispatch",
    "preempt": "NIC packet (RX_STAMP) -> the high-priority task's first instruction while a low-priority task computes >= 50,000 cycles on the same hart; taskintc: the controller's usip traps into it; cooperative: it waits for the computation to end",
    "xhart": "one-way: SIM cycle just before the doorbell write (ipc_send / CLINT msip) -> the receiver handler's first instruction on hart 1 (asleep in WFI); round trip: the same doorbell -> the caller's first instruction after the reply woke it (hart 0 asleep in WFI)",
    "syscalls": "latency: hart 0 mcycle from issuing the call to the caller resuming with the result; calls_per_mcycle and work_units_per_mcycle: completed per million SIM cycles from the first spawn to the last call",
    "ipc": "single hart, interrupts off: mcycle around each whole round trip in the calling code; the runtime's operations (spawn, spawn_static, wake_poll_*) around each operation",
    "wake_poll_overhead": "a task parked on a source by wait_source, made ready by an injected event: from mcycle right after the executor's dequeue returned its word to mcycle at the task's first instruction after the wait returned (Executor::dequeue, then Executor::run_dequeued)",
    "wake_poll_dequeue": "the dequeue access of that wake, mcycle before and after it",
    "spawn": "Executor::spawn (checked: enqueue and error-register read) into a finished task's reused heap block; spawn_static: Executor::spawn_in a TaskStorage",
    "runtime": "medians: ipc_taskintc_executor / ipc_taskintc, syscall_taskintc / syscall_taskintc_driver, and wake_poll_overhead, with the goals of issue 14",
    "lost_messages": "flood messages sent but not received plus echo packets neither echoed nor counted dropped by the NIC, over the whole set",
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
    """Blocks as (name, fields dict, rest list, index of the header word)."""
    blocks, i = [], 0
    shift = FORMAT["tag_shift"]
    while i < len(words):
        tag, n = words[i] >> shift, words[i] & ((1 << shift) - 1)
        if tag not in TAGS:
            raise RecordError(f"word {i}: unknown block tag {tag}")
        if i + 1 + n > len(words):
            raise RecordError(f"word {i}: block of tag {tag} needs {n} payload words, {len(words) - i - 1} left (truncated file?)")
        name = TAGS[tag]
        fields = BLOCKS[name]["fields"]
        payload = words[i + 1:i + 1 + n]
        if len(payload) < len(fields) or (not BLOCKS[name]["rest"] and len(payload) != len(fields)):
            raise RecordError(f"word {i}: {name} block of {len(payload)} words, {len(fields)} fixed fields")
        blocks.append((name, dict(zip(fields, payload)), payload[len(fields):], i))
        i += 1 + n
    return blocks


def enum(kind, value, at):
    values = ENUMS[kind]
    if value >= len(values):
        raise RecordError(f"word {at}: {kind} value {value} (allowed 0..{len(values) - 1})")
    return values[value]


def field(sample, name):
    f = SAMPLE[name]
    return sample >> f["lsb"] & ((1 << f["width"]) - 1)


def reduce_run(h, rest, at, begin):
    harts, queues = begin["harts"], begin["queues"]
    build = f"{enum('builds', h['build'], at)}/{enum('idle_kinds', h['idle'], at)}"
    where = f"word {at}: {build} run at interval {h['interval']}"
    times, samples = rest[:HART_WORDS * harts], rest[HART_WORDS * harts:]
    checks = [
        (len(times) == HART_WORDS * harts, f"{len(rest)} words after the fixed fields, {HART_WORDS * harts} hart words expected"),
        (h["queues"] == queues, f"queues {h['queues']} != BEGIN's {queues}"),
        (h["generated"] == queues * begin["packets_per_queue"], f"generated {h['generated']} != {queues * begin['packets_per_queue']}"),
        (h["tx_bad"] == 0, f"TX_BAD = {h['tx_bad']}"),
        (h["echoed"] + h["dropped"] == h["generated"], f"echoed {h['echoed']} + dropped {h['dropped']} != generated {h['generated']}"),
        (h["tx_ok"] == h["echoed"], f"TX_OK {h['tx_ok']} != echoed {h['echoed']}"),
        (len(samples) == h["echoed"], f"{len(samples)} samples for {h['echoed']} echoed packets"),
        (h["echoed"] > 0 and h["elapsed"] > 0, "no packet echoed"),
        (h["interval"] >= 2 and 8 <= h["size"] <= 1536 and h["size"] % 8 == 0, f"interval {h['interval']} / size {h['size']} out of the NIC's ranges"),
    ]
    for ok, message in checks:
        if not ok:
            raise RecordError(f"{where}: {message}")
    per_hart = []
    for k in range(harts):
        awake, span, idle_loop = times[HART_WORDS * k:HART_WORDS * (k + 1)]
        if awake > span + span // 100 + 64 or idle_loop > awake:
            raise RecordError(f"{where}: hart {k} awake {awake} span {span} idle loop {idle_loop} inconsistent")
        per_hart.append({"awake": awake, "span": span, "idle_loop": idle_loop, "busy_fraction": round(min(1.0, awake / span), 4) if span else None})
    latencies, first, dispatch, wake = [], [], [], []
    for s in samples:
        latency, queue, flag, d = (field(s, n) for n in ("latency", "queue", "first_after_idle", "dispatch"))
        if queue >= queues or d > latency:
            raise RecordError(f"{where}: malformed sample {s}")
        latencies.append(latency)
        if flag:
            first.append(latency)
            dispatch.append(d)
            wake.append(latency - d)
    awake = sum(t["awake"] for t in per_hart)
    span = sum(t["span"] for t in per_hart)
    work = sum(t["awake"] - t["idle_loop"] for t in per_hart)
    return build, h["interval"], {
        "size": h["size"],
        "offered_packets_per_mcycle": round(queues * 1e6 / h["interval"], 3),
        "generated": h["generated"], "echoed": h["echoed"], "dropped": h["dropped"],
        "elapsed_cycles": h["elapsed"],
        "busy_fraction": round(min(1.0, awake / span), 4),
        "harts": per_hart,
        "cpu_cycles_per_packet": round(work / h["echoed"], 1),
        "packets_per_mcycle": round(h["echoed"] * 1e6 / h["elapsed"], 3),
        "latency": summary(latencies),
        "latency_first_after_idle": summary(first),
        "wake_first_after_idle": summary(wake),
        "dispatch_first_after_idle": summary(dispatch),
    }


def validate(words):
    blocks = parse(words)
    if not blocks or blocks[0][0] != "begin":
        raise RecordError("the records do not start with a begin block")
    if blocks[-1][0] != "end":
        raise RecordError("the records do not end with an end block (the firmware did not finish?)")
    begin = blocks[0][1]
    if begin["magic"] != FORMAT["magic"] or begin["version"] != FORMAT["version"]:
        raise RecordError(f"begin block: expected magic {FORMAT['magic']:#x} version {FORMAT['version']}, got {begin['magic']:#x} {begin['version']}")
    if begin["set"] not in SETS or not 1 <= begin["queues"] <= 4 or begin["harts"] < 2 or begin["seeds"] < 1 or begin["echo_points"] < 1:
        raise RecordError(f"begin block: bad plan {begin}")
    end = blocks[-1]
    if end[1]["words_before"] != end[3]:
        raise RecordError(f"end block: says {end[1]['words_before']} words before it, there are {end[3]}")
    seeds, once = [], {"flood": {}, "ipc": {}, "access": {}}
    unaccounted = 0
    for name, h, rest, at in blocks[1:-1]:
        if name == "seed":
            if h["index"] != len(seeds):
                raise RecordError(f"word {at}: seed {h['index']} after {len(seeds)} seeds")
            seeds.append({"value": h["value"], "echo": {}, "latency": {}, "syscall": {}})
            continue
        if name in ("run", "latency", "syscall") and not seeds:
            raise RecordError(f"word {at}: {name} block before the first seed block")
        if name == "run":
            build, interval, run = reduce_run(h, rest, at, begin)
            points = seeds[-1]["echo"].setdefault(build, {})
            if interval in points:
                raise RecordError(f"word {at}: {build} measured twice at interval {interval}")
            points[interval] = run
            unaccounted += h["generated"] - h["echoed"] - h["dropped"]
        elif name == "latency":
            kind = enum("latency_kinds", h["kind"], at)
            if kind in seeds[-1]["latency"] or not rest or 0 in rest:
                raise RecordError(f"word {at}: latency {kind} twice, empty or with a 0 sample")
            seeds[-1]["latency"][kind] = summary(rest)
        elif name == "syscall":
            kind = enum("syscall_kinds", h["kind"], at)
            if h["calls"] != len(rest) or h["elapsed"] == 0 or h["calls"] == 0:
                raise RecordError(f"word {at}: syscall {kind}: {h['calls']} calls, {len(rest)} latencies, elapsed {h['elapsed']}")
            key = f"{kind}/{h['outstanding']}"
            if key in seeds[-1]["syscall"]:
                raise RecordError(f"word {at}: syscall {key} twice")
            seeds[-1]["syscall"][key] = {"outstanding": h["outstanding"], "calls": h["calls"], "latency": summary(rest),
                                         "calls_per_mcycle": round(h["calls"] * 1e6 / h["elapsed"], 1),
                                         "work_units_per_mcycle": round(h["work_units"] * 1e6 / h["elapsed"], 1),
                                         "work_unit_cycles": h["work_unit_cycles"]}
        elif name == "flood":
            kind = enum("flood_kinds", h["kind"], at)
            if kind in once["flood"] or h["received"] + h["lost"] != h["sent"]:
                raise RecordError(f"word {at}: flood {kind}: sent {h['sent']} received {h['received']} lost {h['lost']}")
            once["flood"][kind] = {k: h[k] for k in ("sent", "received", "lost", "out_of_order", "elapsed")}
            once["flood"][kind]["cycles_per_message"] = round(h["elapsed"] / h["sent"], 1)
        elif name in ("ipc", "access"):
            kind = enum("ipc_kinds" if name == "ipc" else "access_kinds", h["kind"], at)
            if kind in once[name] or len(rest) != begin["ipc_iterations"] or 0 in rest:
                raise RecordError(f"word {at}: {name} {kind}: twice, {len(rest)} samples (plan {begin['ipc_iterations']}) or a 0")
            once[name][kind] = summary(rest)
        else:
            raise RecordError(f"word {at}: {name} block in the middle of the records")
    if len(seeds) != begin["seeds"]:
        raise RecordError(f"{len(seeds)} seeds, the plan says {begin['seeds']}")
    first = seeds[0]
    for k, seed in enumerate(seeds):
        for part in ("echo", "latency", "syscall"):
            if sorted(seed[part]) != sorted(first[part]):
                raise RecordError(f"seed {k}: {part} measurements {sorted(seed[part])} differ from seed 0's {sorted(first[part])}")
        for build, points in seed["echo"].items():
            if len(points) != begin["echo_points"] or sorted(points) != sorted(first["echo"][build]):
                raise RecordError(f"seed {k}: {build} has points {sorted(points)}, the plan says {begin['echo_points']}")
    missing = [k for k in ENUMS["latency_kinds"] if k not in first["latency"]] + [k for k in ENUMS["flood_kinds"] if k not in once["flood"]] \
        + [k for k in ENUMS["ipc_kinds"] if k not in once["ipc"]] + [k for k in ENUMS["access_kinds"] if k not in once["access"]]
    if missing:
        raise RecordError(f"measurements missing: {missing}")
    return begin, seeds, once, unaccounted


def across(values):
    """Median across seeds (nearest rank) and the spread [min, max]."""
    s = sorted(values)
    return {"median": quantile(s, 50), "spread": [s[0], s[-1]], "seeds": len(s)}


def get(d, path):
    for p in path:
        d = d[p]
    return d


def aggregate(seeds, part, key, stats):
    """For seeds[*][part][key], each statistic path in `stats` -> across-seed median and spread."""
    return {".".join(p): across([get(seed[part][key], p) for seed in seeds]) for p in stats}


ECHO_STATS = [("latency", "median"), ("latency", "p99"), ("latency_first_after_idle", "median"), ("wake_first_after_idle", "median"),
              ("dispatch_first_after_idle", "median"), ("busy_fraction",), ("cpu_cycles_per_packet",), ("packets_per_mcycle",)]


def reduce(begin, seeds, once, unaccounted, platform):
    first = seeds[0]
    echo = {}
    for build, points in first["echo"].items():
        echo[build] = []
        for interval in sorted(points, reverse=True):
            row = {"interval": interval, "offered_packets_per_mcycle": points[interval]["offered_packets_per_mcycle"],
                   "size": points[interval]["size"]}
            row.update({".".join(p): across([get(s["echo"][build][interval], p) for s in seeds]) for p in ECHO_STATS})
            row["harts_busy_fraction"] = [across([s["echo"][build][interval]["harts"][h]["busy_fraction"] for s in seeds])
                                          for h in range(begin["harts"])]
            row["dropped"] = sum(s["echo"][build][interval]["dropped"] for s in seeds)
            row["per_seed"] = [s["echo"][build][interval] for s in seeds]
            echo[build].append(row)
    latency = {k: aggregate(seeds, "latency", k, [("median",), ("p99",), ("min",), ("max",)]) for k in first["latency"]}
    syscall = {k: dict(aggregate(seeds, "syscall", k, [("latency", "median"), ("latency", "p99"), ("calls_per_mcycle",), ("work_units_per_mcycle",)]),
                       outstanding=first["syscall"][k]["outstanding"], calls=first["syscall"][k]["calls"],
                       work_unit_cycles=first["syscall"][k]["work_unit_cycles"]) for k in first["syscall"]}
    lowest = lambda build: echo[build][0]  # noqa: E731 (largest interval: the lowest load)
    lost = sum(f["lost"] for f in once["flood"].values()) + unaccounted
    result = {
        "set": SETS[begin["set"]], "harts": begin["harts"], "queues": begin["queues"], "packets_per_queue": begin["packets_per_queue"],
        "seeds": [s["value"] for s in seeds], "platform": platform,
        "echo": echo, "latency": latency, "syscall": syscall, "flood": once["flood"],
        "ipc": once["ipc"], "access_cycles": once["access"],
        "anchors": ANCHORS, "definitions": DEFINITIONS,
    }
    result["summary"] = {
        "harts": begin["harts"],
        "wake": {"taskintc": lowest("taskintc/wfi")["latency.median"]["median"], "plic": lowest("plic/wfi")["latency.median"]["median"],
                 "poll": lowest("poll/spin")["latency.median"]["median"]},
        "preempt": {"taskintc": latency["preempt_taskintc"]["median"]["median"], "cooperative": latency["preempt_cooperative"]["median"]["median"]},
        "xhart_ipc_oneway": {"taskintc": latency["xhart_oneway_taskintc"]["median"]["median"],
                             "software_ipi": latency["xhart_oneway_software_ipi"]["median"]["median"]},
        "busy_fraction_250": {"taskintc": lowest("taskintc/wfi")["busy_fraction"]["median"], "poll": lowest("poll/spin")["busy_fraction"]["median"]},
        "syscalls_per_mcycle_32": {"taskintc_kernel_hart": syscall["taskintc_kernel_hart/32"]["calls_per_mcycle"]["median"],
                                   "ecall": syscall["ecall/32"]["calls_per_mcycle"]["median"]},
        "lost_messages": lost,
    }
    ipc = once["ipc"]
    result["runtime"] = {
        "ipc_executor_over_driver": round(ipc["ipc_taskintc_executor"]["median"] / ipc["ipc_taskintc"]["median"], 2),
        "syscall_executor_over_driver": round(ipc["syscall_taskintc"]["median"] / ipc["syscall_taskintc_driver"]["median"], 2),
        "wake_poll_overhead_cycles": ipc["wake_poll_overhead"]["median"],
        "goals": RUNTIME_GOALS,
    }
    if abs(lowest("taskintc/wfi")["offered_packets_per_mcycle"] - 250) > 1e-6:
        raise RecordError(f"the lowest load is {lowest('taskintc/wfi')['offered_packets_per_mcycle']} packets per Mcycle, the summary needs 250")
    return result


# ---- outputs -------------------------------------------------------------------------------------

COLORS = {"taskintc/wfi": "#c81e1e", "taskintc/spin": "#f08c8c", "plic/wfi": "#1e5ac8", "plic/spin": "#8caaf0", "poll/spin": "#289628"}
GENERATOR = os.path.join(ROOT, "hdl-gen", "target", "hdl-gen.jar")


def plot(result):
    """The latency and busy-fraction panels as PNG bytes, drawn by the project's one plotter (`taskintc-gen plot`)."""
    import subprocess
    import tempfile
    latency, busy = [], []
    for build, color in COLORS.items():
        rows = sorted(result["echo"].get(build, []), key=lambda r: r["offered_packets_per_mcycle"])
        latency.append({"label": build, "color": color, "points": [[r["offered_packets_per_mcycle"], r["latency.median"]["median"]] for r in rows]})
        busy.append({"label": build, "color": color, "points": [[r["offered_packets_per_mcycle"], 100 * r["busy_fraction"]["median"]] for r in rows]})
    figure = {
        "title": f"SoC benchmark: {result['set']} set, {result['harts']} harts, {result['queues']} queues, medians of {len(result['seeds'])} seeds",
        "columns": 2,
        "panels": [
            {"title": "NIC interrupt to coroutine, median", "x_label": "offered packets per Mcycle", "y_label": "cycles (log scale)",
             "x_scale": "log", "y_scale": "log", "series": latency},
            {"title": "busy fraction of the harts", "x_label": "offered packets per Mcycle", "y_label": "percent awake",
             "x_scale": "log", "y_scale": "linear", "series": busy}],
        "legend": [{"label": b, "color": c} for b, c in COLORS.items()],
        "footnote": result["platform"]}
    with tempfile.TemporaryDirectory() as tmp:
        png = os.path.join(tmp, "soc.png")
        p = subprocess.run(["java", "-jar", GENERATOR, "plot", "--spec", "-", "--out", png], input=json.dumps(figure).encode(),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise OSError("plot: " + p.stderr.decode(errors="replace").strip())
        with open(png, "rb") as f:
            return f.read()


def spread(a, fmt="{}"):
    lo, hi = a["spread"]
    m = fmt.format(a["median"])
    return m if lo == hi else f"{m} ({fmt.format(lo)}-{fmt.format(hi)})"


def pct(a):
    return spread({"median": round(100 * a["median"], 1), "spread": [round(100 * v, 1) for v in a["spread"]]}, "{}%")


def tables(result):
    """Named Markdown tables, the same for reports/soc.md and the generated blocks of docs/soc.md and README.md."""
    s = result["summary"]
    seeds = len(result["seeds"])
    t = {}
    t["summary"] = "\n".join([
        f"| {result['harts']} harts, median of {seeds} seeds (spread in the tables below) | controller | baseline |",
        "|---|---|---|",
        f"| NIC packet -> coroutine, lowest load, idle harts asleep | **{s['wake']['taskintc']}** | PLIC + trap {s['wake']['plic']}; polling {s['wake']['poll']} |",
        f"| busy fraction at 250 packets per Mcycle offered | **{100 * s['busy_fraction_250']['taskintc']:.1f}%** | polling {100 * s['busy_fraction_250']['poll']:.1f}% |",
        f"| NIC packet -> high-priority coroutine while a low one computes | **{s['preempt']['taskintc']}** | cooperative {s['preempt']['cooperative']} |",
        f"| cross-hart IPC one-way, receiver asleep | **{s['xhart_ipc_oneway']['taskintc']}** | shared memory + CLINT IPI {s['xhart_ipc_oneway']['software_ipi']} |",
        f"| system calls per Mcycle, 32 outstanding | **{s['syscalls_per_mcycle_32']['taskintc_kernel_hart']}** (kernel on hart 1) | ecall {s['syscalls_per_mcycle_32']['ecall']} |",
        f"| messages lost (floods of {result['flood']['taskintc']['sent']:,}, echo runs) | {s['lost_messages']} | |"])
    rows = ["| build | offered / Mcycle | latency median | p99 | idle-coroutine wake + dispatch | busy | per hart | CPU cycles / packet | dropped |", "|---|---|---|---|---|---|---|---|---|"]
    order = [b for b in COLORS if b in result["echo"]] + sorted(b for b in result["echo"] if b not in COLORS)
    for build in order:
        for r in result["echo"][build]:
            harts = " / ".join(pct(h) for h in r["harts_busy_fraction"])
            rows.append(f"| {build} | {r['offered_packets_per_mcycle']:g} | {spread(r['latency.median'])} | {spread(r['latency.p99'])} | "
                        f"{r['wake_first_after_idle.median']['median']} + {r['dispatch_first_after_idle.median']['median']} | {pct(r['busy_fraction'])} | {harts} | "
                        f"{spread(r['cpu_cycles_per_packet'])} | {r['dropped']} |")
    t["echo"] = "\n".join(rows)
    rows = ["| path | median | p99 | min | max |", "|---|---|---|---|---|"]
    for k, v in result["latency"].items():
        rows.append(f"| {k} | {spread(v['median'])} | {spread(v['p99'])} | {spread(v['min'])} | {spread(v['max'])} |")
    t["latency"] = "\n".join(rows)
    rows = ["| path | outstanding | latency median | p99 | calls / Mcycle | work units / Mcycle |", "|---|---|---|---|---|---|"]
    for k, v in result["syscall"].items():
        rows.append(f"| {k.split('/')[0]} | {v['outstanding']} | {spread(v['latency.median'])} | {spread(v['latency.p99'])} | {spread(v['calls_per_mcycle'])} | {spread(v['work_units_per_mcycle'])} |")
    t["syscall"] = "\n".join(rows)
    rows = ["| flood | sent | received | lost | out of order | cycles per message |", "|---|---|---|---|---|---|"]
    for k, v in result["flood"].items():
        rows.append(f"| {k} | {v['sent']} | {v['received']} | {v['lost']} | {v['out_of_order']} | {v['cycles_per_message']} |")
    t["flood"] = "\n".join(rows)
    rows = ["| single-hart round trip | median | p99 |", "|---|---|---|"]
    rows += [f"| {k} | {v['median']} | {v['p99']} |" for k, v in result["ipc"].items() if k not in RUNTIME_KINDS]
    rows += ["", "| single access (two mcycle reads included) | median | p99 |", "|---|---|---|"]
    rows += [f"| {k} | {v['median']} | {v['p99']} |" for k, v in result["access_cycles"].items()]
    t["single"] = "\n".join(rows)
    t["runtime"] = runtime_table(result)
    return t


def runtime_table(result):
    """The async runtime per operation beside the driver-call paths (single hart, mcycle)."""
    ipc, rt, goal = result["ipc"], result.get("runtime"), RUNTIME_GOALS
    if rt is None:
        return "This report was recorded before the runtime's operations were measured: `make bench-soc` adds them."
    m = lambda k: f"{ipc[k]['median']} ({ipc[k]['p99']})"  # noqa: E731
    return "\n".join([
        "| operation (median, p99 in parentheses) | driver calls | through the runtime | runtime / driver | goal |",
        "|---|---|---|---|---|",
        f"| spawn (checked enqueue; a finished task's heap block reused) | | {m('spawn')} | | |",
        f"| spawn into static storage (`TaskStorage`) | | {m('spawn_static')} | | |",
        f"| wake + poll: dequeue returned -> the task's first instruction | | {m('wake_poll_overhead')} | | <= {goal['wake_poll_overhead_cycles']} |",
        f"| the dequeue access of that wake | {m('wake_poll_dequeue')} | | | |",
        f"| IPC round trip | {m('ipc_taskintc')} | {m('ipc_taskintc_executor')} | {rt['ipc_executor_over_driver']} | <= {goal['ipc_executor_over_driver']} |",
        f"| system call (`getpid`, kernel context) | {m('syscall_taskintc_driver')} | {m('syscall_taskintc')} | {rt['syscall_executor_over_driver']} | "
        f"<= {goal['syscall_executor_over_driver']} |"])


def smoke_table(smoke):
    rows = ["| harts | Verilator build of the model (s, C++ optimisation) | simulation speed, smoke test (cycles/s) | NIC -> task dequeued (controller) | NIC -> PLIC trap handler | -> claim returned | usip -> trap handler, spinning hart | usip -> trap handler, hart in WFI |",
            "|---|---|---|---|---|---|---|---|"]
    for h in sorted(smoke, key=int):
        v, f = smoke[h], smoke[h]["floors"]
        rows.append(f"| {h} | {v['verilator_seconds']} ({v.get('opt', '-O2')}) | {v['cycles_per_second']:,} | {f['nic_to_task_controller']} | {f['nic_to_trap_plic']} | "
                    f"{f['nic_to_claim_plic']} | {f['usip_to_trap_spinning']} | {f['usip_to_trap_wfi']} |")
    return "\n".join(rows)


def markdown(result):
    t = tables(result)
    out = [f"# SoC benchmark ({result['set']} set): {result['platform']}", "",
           f"{result['harts']} harts, {result['queues']} NIC queues, Poisson arrivals, {result['packets_per_queue']} packets per queue per run, "
           f"{len(result['seeds'])} traffic seeds; a value is the median across seeds with the spread (min-max) in parentheses. "
           "Written by scripts/soc-bench.py; definitions in soc.json.", "", "## Summary", "", t["summary"], "",
           "## Echo", "", t["echo"], "", "## Preemption and cross-hart IPC (cycles)", "", t["latency"], "",
           "## Asynchronous system calls", "", t["syscall"], "", "## Floods", "", t["flood"], "", "## Single hart", "", t["single"], "",
           "## The async runtime per operation (taskintc-executor, taskintc-starry; single hart)", "", t["runtime"]]
    return "\n".join(out) + "\n"


BLOCK = re.compile(r"(<!-- soc-bench:(\w+) -->\n)(.*?)(<!-- /soc-bench -->)", re.S)


def render_docs(text, result, smoke):
    t = tables(result)
    if smoke:
        t["smoke"] = smoke_table(smoke)

    def sub(m):
        if m.group(2) not in t:
            raise RecordError(f"no generated table named {m.group(2)}")
        return m.group(1) + t[m.group(2)] + "\n" + m.group(4)
    return BLOCK.sub(sub, text)


def docs(argv):
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    smoke = None
    if "--smoke" in argv:
        i = argv.index("--smoke")
        with open(argv[i + 1]) as f:
            smoke = json.load(f)
        del argv[i:i + 2]
    if len(argv) != 1:
        print("usage: soc-bench.py --docs <soc.json> [--smoke soc-smoke.json] [--check]", file=sys.stderr)
        return 2
    with open(argv[0]) as f:
        result = json.load(f)
    drift = []
    for path in (os.path.join(ROOT, "docs", "soc.md"), os.path.join(ROOT, "README.md")):
        with open(path) as f:
            text = f.read()
        new = render_docs(text, result, smoke)
        if new != text:
            drift.append(path)
            if not check:
                with open(path + ".tmp", "w") as f:
                    f.write(new)
                os.replace(path + ".tmp", path)
    if check and drift:
        print(f"soc-bench: generated tables out of date in {', '.join(drift)}: run scripts/soc-bench.py --docs reports/soc.json --smoke reports/soc-smoke.json", file=sys.stderr)
        return 1
    print("soc-bench: docs " + ("match reports" if check else f"updated: {', '.join(drift) or 'nothing changed'}"))
    return 0


def console_speed(path):
    with open(path, errors="replace") as f:
        m = re.findall(r"soc: (\d+) cycles in ([\d.]+) s \((\d+) cycles/s\)", f.read())
    return {"cycles": int(m[-1][0]), "seconds": float(m[-1][1]), "cycles_per_second": int(m[-1][2])} if m else None


def read_build_seconds(text):
    """soc.sh writes '<seconds> <C++ optimisation>' (the optimisation was added later: absent means -O2)."""
    seconds, opt = (text.split() + ["-O2"])[:2]
    return {"verilator_seconds": int(seconds), "opt": opt}


def main(argv):
    args = argv[1:]
    if args and args[0] == "--docs":
        try:
            return docs(args[1:])
        except (RecordError, OSError, ValueError, KeyError) as e:
            print(f"soc-bench: {e}", file=sys.stderr)
            return 1
    platform, console, build_seconds = "Rocket RV64GC SoC in Verilator", None, None
    while args and args[0].startswith("--"):
        if len(args) < 2:
            break
        opt, value, args = args[0], args[1], args[2:]
        if opt == "--platform":
            platform = value
        elif opt == "--console":
            console = value
        elif opt == "--build-seconds":
            build_seconds = value
        else:
            print(f"soc-bench: unknown option {opt}", file=sys.stderr)
            return 2
    if len(args) != 2:
        print("usage: soc-bench.py [--platform TEXT] [--console FILE] [--build-seconds FILE] <records file> <out dir>", file=sys.stderr)
        return 2
    records, out_dir = args
    try:
        result = reduce(*validate(read_words(records)), platform)
    except (RecordError, OSError, UnicodeDecodeError) as e:
        print(f"soc-bench: {records}: {e}", file=sys.stderr)
        return 1
    speed = {}
    if console and os.path.exists(console):
        speed = console_speed(console) or {}
    if build_seconds and os.path.exists(build_seconds):
        with open(build_seconds) as f:
            speed.update(read_build_seconds(f.read()))
    result["simulation"] = speed
    os.makedirs(out_dir, exist_ok=True)
    outputs = {os.path.join(out_dir, "soc.json"): (json.dumps(result, indent=2, sort_keys=True) + "\n").encode(),
               os.path.join(out_dir, "soc.png"): plot(result),
               os.path.join(out_dir, "soc.md"): markdown(result).encode()}
    for path, data in outputs.items():
        with open(path + ".tmp", "wb") as f:
            f.write(data)
    for path in outputs:
        os.replace(path + ".tmp", path)
    print(json.dumps(result["summary"], indent=2))
    print(f"wrote {', '.join(outputs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
