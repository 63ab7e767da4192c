#!/usr/bin/env python3
"""The async runtime's probe timelines as a report: `make bench-runtime`.

Reads the console of the runtime set built with the executor's probe points (SOC_BENCH_SET=runtime
SOC_PROBES=1), whose lines

    probes syscall: start | call_poll +43c/42i | ... | total 1603c/1200i

give one operation's timeline (its last round trip): each probe point with the cycles (mcycle) and
instructions retired (minstret) since the one before. Writes reports/runtime-probes.json and .md.

Why a report of its own: the medians of reports/soc.json move by tens of cycles with the code's layout
alone (docs/soc.md), while the instructions a path retires do not, so this is the number that tells what
a change of the runtime's code did. The probe marks' own instructions are included (a few each), the same in
every build.

How far layout alone moves the cycles is measured too: the runtime set without probes, built with the code
after the trap handler moved by each padding (SOC_TEXT_PAD), gives each round trip's median per layout
(`--layout PAD=CONSOLE`, one per padding): a change of a median smaller than its spread there is not a
change of the code's cost.

    runtime-probes.py CONSOLE JSON MD [--layout PAD=CONSOLE ...]
"""
import json
import re
import sys

LINE = re.compile(r"^\s*probes (?P<what>[^:]+): start(?P<rest>.*)$")
SEGMENT = re.compile(r"^(?P<point>[a-z_]+) \+(?P<cycles>\d+)c/(?P<instructions>\d+)i$")
TOTAL = re.compile(r"^total (?P<cycles>\d+)c/(?P<instructions>\d+)i$")
# soc/ipc.rs's line per measured round trip.
ROUND_TRIPS = re.compile(r"^\s*(?P<name>[a-z_]+)\s+\d+ round trips: median\s+(?P<median>\d+) p99\s+\d+ mean\s+\d+ min\s+\d+ cycles$")

# The operation each timeline times (soc/runtime.rs and soc/ipc.rs print them), keyed as in the report.
PATHS = {
    "syscall": ("syscall", "a system call (getpid) through taskintc-starry's Syscalls and its dispatcher, two executors on hart 0: the round trip soc.json's ipc.syscall_taskintc times"),
    "executor ipc": ("executor_ipc", "an IPC round trip through the executor's call and serve, two executors on hart 0: the round trip soc.json's ipc.ipc_taskintc_executor times"),
    "wake + poll": ("wake_poll", "a task parked by wait_source, made ready by an injected event: from the dequeue's return to the task's first instruction after its wait, as soc.json's ipc.wake_poll_overhead"),
}


def parse(console):
    paths = {}
    for line in console.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        what = m.group("what")
        if what not in PATHS:
            raise SystemExit(f"runtime-probes: unknown timeline '{what}' (known: {', '.join(PATHS)})")
        parts = [p.strip() for p in m.group("rest").split("|") if p.strip()]
        total = TOTAL.match(parts[-1]) if parts else None
        if total is None:
            raise SystemExit(f"runtime-probes: timeline '{what}' has no total: {line.strip()}")
        segments = []
        for p in parts[:-1]:
            s = SEGMENT.match(p)
            if s is None:
                raise SystemExit(f"runtime-probes: timeline '{what}': cannot read '{p}'")
            segments.append({"to": s.group("point"), "cycles": int(s.group("cycles")), "instructions": int(s.group("instructions"))})
        cycles, instructions = int(total.group("cycles")), int(total.group("instructions"))
        if sum(s["cycles"] for s in segments) != cycles or sum(s["instructions"] for s in segments) != instructions:
            raise SystemExit(f"runtime-probes: timeline '{what}': the segments do not add up to the total")
        key, definition = PATHS[what]
        paths[key] = {"definition": definition, "cycles": cycles, "instructions": instructions, "segments": segments}
    missing = [PATHS[w][0] for w in PATHS if PATHS[w][0] not in paths]
    if missing:
        raise SystemExit(f"runtime-probes: no timeline for {', '.join(missing)}: was the firmware built with SOC_PROBES=1?")
    return paths


def medians(console):
    rows = {m.group("name"): int(m.group("median")) for m in map(ROUND_TRIPS.match, console.splitlines()) if m}
    if not rows:
        raise SystemExit("runtime-probes: a layout console has no round-trip lines")
    return rows


def layout(consoles):
    """{padding: console} -> each round trip's median per padding, and its spread."""
    pads = sorted(consoles)
    per_pad = {pad: medians(consoles[pad]) for pad in pads}
    names = list(per_pad[pads[0]])
    for pad in pads:
        if list(per_pad[pad]) != names:
            raise SystemExit(f"runtime-probes: the layout with padding {pad} measured other round trips")
    rows = {}
    for name in names:
        values = [per_pad[pad][name] for pad in pads]
        rows[name] = {"medians": values, "min": min(values), "max": max(values), "spread": max(values) - min(values)}
    return {"firmware": "SOC_BENCH_SET=runtime SOC_TEXT_PAD=<padding>", "paddings": pads, "round_trips": rows}


def markdown(report):
    out = ["# The async runtime's probe timelines (`make bench-runtime`)", "",
           "One round trip of each operation on the Rocket SoC, firmware built with the executor's probe points",
           "(`SOC_BENCH_SET=runtime SOC_PROBES=1`): each point with the cycles (`mcycle`) and the instructions retired",
           "(`minstret`) since the one before, the marks' own cost included. The instructions do not depend on the",
           "code's layout, the cycles and `reports/soc.json`'s medians do (docs/soc.md, the async runtime).", ""]
    for key, path in report["paths"].items():
        out += [f"## {key}: {path['cycles']} cycles, {path['instructions']} instructions", "", path["definition"] + ".", "",
                "| to point | cycles | instructions |", "|---|---:|---:|"]
        out += [f"| {s['to']} | {s['cycles']} | {s['instructions']} |" for s in path["segments"]]
        out += [f"| total | {path['cycles']} | {path['instructions']} |", ""]
    if "layout" in report:
        lay = report["layout"]
        out += ["## Layout", "",
                "The runtime set without probes, built with the code after the trap handler moved by each padding",
                "(`SOC_TEXT_PAD`, bytes): each round trip's median (cycles) per layout, 20 round trips each. Nothing but the",
                "addresses of code and data differs between the builds, so a median that moves by less than its spread",
                "between two commits has not shown a change of the code's cost.", "",
                "| round trip | " + " | ".join(f"pad {p}" for p in lay["paddings"]) + " | min | max | spread |",
                "|---|" + "---:|" * (len(lay["paddings"]) + 3)]
        for name, row in lay["round_trips"].items():
            out.append(f"| {name} | " + " | ".join(str(v) for v in row["medians"]) + f" | {row['min']} | {row['max']} | {row['spread']} |")
        out.append("")
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    consoles = {}
    while len(args) > 3 and args[-2] == "--layout":
        pad, _, console = args[-1].partition("=")
        if not pad.isdigit() or not console:
            raise SystemExit(f"runtime-probes: --layout {args[-1]}: expected PAD=CONSOLE")
        with open(console) as f:
            consoles[int(pad)] = f.read()
        args = args[:-2]
    if len(args) != 3:
        raise SystemExit("usage: runtime-probes.py CONSOLE JSON MD [--layout PAD=CONSOLE ...]")
    console_path, json_path, md_path = args
    with open(console_path) as f:
        paths = parse(f.read())
    report = {"command": "make bench-runtime", "firmware": "SOC_BENCH_SET=runtime SOC_PROBES=1", "paths": paths}
    if consoles:
        report["layout"] = layout(consoles)
    with open(json_path, "w") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    with open(md_path, "w") as f:
        f.write(markdown(report))
    for key, path in paths.items():
        print(f"runtime-probes: {key:13} {path['cycles']:5} cycles {path['instructions']:5} instructions")
    for name, row in report.get("layout", {}).get("round_trips", {}).items():
        print(f"runtime-probes: {name:24} median {row['min']}-{row['max']} cycles over {len(row['medians'])} layouts")
    print(f"wrote {json_path}, {md_path}")


if __name__ == "__main__":
    main()
