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

    runtime-probes.py CONSOLE JSON MD
"""
import json
import re
import sys

LINE = re.compile(r"^\s*probes (?P<what>[^:]+): start(?P<rest>.*)$")
SEGMENT = re.compile(r"^(?P<point>[a-z_]+) \+(?P<cycles>\d+)c/(?P<instructions>\d+)i$")
TOTAL = re.compile(r"^total (?P<cycles>\d+)c/(?P<instructions>\d+)i$")

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
    return "\n".join(out)


def main():
    if len(sys.argv) != 4:
        raise SystemExit("usage: runtime-probes.py CONSOLE JSON MD")
    with open(sys.argv[1]) as f:
        paths = parse(f.read())
    report = {"command": "make bench-runtime", "firmware": "SOC_BENCH_SET=runtime SOC_PROBES=1", "paths": paths}
    with open(sys.argv[2], "w") as f:
        json.dump(report, f, indent=1)
        f.write("\n")
    with open(sys.argv[3], "w") as f:
        f.write(markdown(report))
    for key, path in paths.items():
        print(f"runtime-probes: {key:13} {path['cycles']:5} cycles {path['instructions']:5} instructions")
    print(f"wrote {sys.argv[2]}, {sys.argv[3]}")


if __name__ == "__main__":
    main()
