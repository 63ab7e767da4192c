#!/usr/bin/env python3
"""Merges the Verilator coverage.dat files of a coverage run (make coverage) and writes a per-module
report: line coverage (Verilator's line and branch points) and toggle coverage, per simulation model,
and the uncovered lines of the controller core with their Verilog source.

usage: coverage.py <simulation workspace, e.g. testbench/target/sim> <report.md>
"""
import collections
import glob
import os
import re
import sys

CORE_MODULE = re.compile(r"ReadyQueueCore$")


def parse(path):
    """Yields (fields, count) for each coverage point of one coverage.dat."""
    with open(path, encoding="latin-1") as f:
        for line in f:
            if not line.startswith("C '"):
                continue
            key, count = line[3:].rsplit("' ", 1)
            fields = {}
            for part in key.split("\x01"):
                if "\x02" in part:
                    k, v = part.split("\x02", 1)
                    fields[k] = v
            yield fields, int(count)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: coverage.py <simulation workspace> <report.md>")
    workspace, report = sys.argv[1], sys.argv[2]
    if not os.path.isdir(workspace):
        sys.exit(f"coverage: workspace '{workspace}' is not a directory (run make coverage)")
    models = collections.defaultdict(list)
    for dat in sorted(glob.glob(os.path.join(workspace, "*_cov", "**", "coverage.dat"), recursive=True)):
        model = os.path.relpath(dat, workspace).split(os.sep)[0][: -len("_cov")]
        models[model].append(dat)
    if not models:
        sys.exit(f"coverage: no coverage.dat under {workspace}/*_cov (run make coverage)")

    lines = ["# Coverage of the regression (Verilator line and toggle coverage)", "",
             "Produced by `make coverage`: the default configuration's regression (core and bus random",
             "regressions, directed core, bus and interrupt tests) on models compiled with `--coverage`. Line",
             "coverage counts Verilator's line and branch points; toggle coverage counts every signal bit",
             "toggling both ways. Per simulation model and module:", "",
             "| model | module | runs | line points hit | line % | toggle points hit | toggle % |",
             "|---|---|---|---|---|---|---|"]
    uncovered = {}
    core_line_pct = []
    for model, dats in sorted(models.items()):
        points = {}
        for dat in dats:
            for fields, count in parse(dat):
                key = (fields.get("page", ""), fields.get("f", ""), fields.get("l", ""), fields.get("n", ""),
                       fields.get("o", ""), fields.get("h", ""))
                points[key] = points.get(key, 0) + count
        per = collections.defaultdict(lambda: {"line": [0, 0], "toggle": [0, 0]})
        for (page, f, l, n, o, h), count in points.items():
            kind, _, module = page.partition("/")
            bucket = "toggle" if kind == "v_toggle" else "line" if kind in ("v_line", "v_branch") else None
            if bucket is None:
                continue
            per[module][bucket][0] += count > 0
            per[module][bucket][1] += 1
            if bucket == "line" and count == 0 and CORE_MODULE.search(module):
                uncovered.setdefault((model, module), set()).add((f, int(l) if l.isdigit() else 0))
        for module, b in sorted(per.items()):
            lh, lt = b["line"]
            th, tt = b["toggle"]
            lp = 100.0 * lh / lt if lt else 100.0
            tp = 100.0 * th / tt if tt else 100.0
            if CORE_MODULE.search(module):
                core_line_pct.append((model, module, lp))
            lines.append(f"| {model} | {module} | {len(dats)} | {lh}/{lt} | {lp:.1f} | {th}/{tt} | {tp:.1f} |")
    lines += ["", "## Uncovered lines of the controller core", ""]
    for (model, module), locs in sorted(uncovered.items()):
        lines.append(f"### {model}: {module} ({len(locs)} lines)")
        lines.append("")
        lines.append("```")
        sources = {}
        for f, l in sorted(locs):
            if f not in sources:
                cands = glob.glob(os.path.join(workspace, "rtl", model + "*", os.path.basename(f)))
                try:
                    with open(cands[0] if cands else f, encoding="utf-8") as src:
                        sources[f] = src.read().splitlines()
                except OSError:
                    sources[f] = []
            text = sources[f][l - 1].strip() if 0 < l <= len(sources[f]) else ""
            lines.append(f"{os.path.basename(f)}:{l}: {text[:110]}")
        lines.append("```")
        lines.append("")
    if not uncovered:
        lines.append("None: every line and branch point of the core was reached.")
    os.makedirs(os.path.dirname(report) or ".", exist_ok=True)
    with open(report, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    for model, module, lp in core_line_pct:
        print(f"coverage: {model} {module}: {lp:.1f}% line")
    print(f"coverage: report written to {report}")


if __name__ == "__main__":
    main()
