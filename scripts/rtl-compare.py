#!/usr/bin/env python3
"""Compare the generated RTL of two versions: text, size and (for small tops) formal equivalence.

    scripts/rtl-compare.py OLD NEW [--equiv] [--only NAME ...] [--max-lut-change PCT]

OLD and NEW are git revisions (their committed rtl-out/) or directories of generated Verilog; every top
(<name>.v) present on both sides is compared:

* text: module by module, after dropping the source line numbers SpinalHDL puts into names
  (when_X_l123), so a pure restructuring shows which modules stayed the same;
* size: yosys synth_ice40, the method of `make fpga-scaling`: LUT4, flip-flops, block RAMs and carries
  per top, and the LUT4 change; fails when it exceeds --max-lut-change (default 2%). Results are cached
  under build/rtl-compare/ by the Verilog's hash, so an unchanged side is synthesized once;
* with --equiv: yosys proves the two designs equivalent (flattened, memories as registers; equiv_make
  pairs the outputs and every internal signal of the same name, SpinalHDL's numbered temporaries left
  out; equiv_simple and equiv_induct prove every pair). equiv_induct's proof is yosys's: once the paired
  signals agree for 4 cycles the designs cannot diverge; that they agree after reset is what simulation
  (the regressions) shows. Meant for small configurations (a few entries): memories become registers.

Exit status: 0 when every check passed, 1 otherwise, 2 on bad arguments.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "rtl-compare"


def fail(msg, code=2):
    print(f"rtl-compare: {msg}", file=sys.stderr)
    sys.exit(code)


def load_side(spec):
    """{top name: Verilog text} of a directory or of a git revision's rtl-out/ (sub-folders included)."""
    p = Path(spec)
    if p.is_dir():
        return {f.stem: f.read_text() for f in sorted(p.rglob("*.v"))}
    r = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", spec, "rtl-out/"],
                       capture_output=True, text=True)
    if r.returncode != 0 or not r.stdout.strip():
        fail(f"'{spec}' is neither a directory nor a git revision with rtl-out/ ({r.stderr.strip()})")
    out = {}
    for name in r.stdout.split():
        if name.endswith(".v"):
            out[Path(name).stem] = subprocess.run(["git", "-C", str(ROOT), "show", f"{spec}:{name}"],
                                                  capture_output=True, text=True, check=True).stdout
    return out


LINE_NUMBER = re.compile(r"_l\d+")
MODULE = re.compile(r"^module (\S+)", re.M)


def modules(verilog):
    """{module name: normalized body lines}."""
    parts = MODULE.split(verilog)
    return {parts[i]: [LINE_NUMBER.sub("_l", l) for l in parts[i + 1].splitlines()] for i in range(1, len(parts), 2)}


def text_report(top, old, new):
    mo, mn = modules(old), modules(new)
    lines = []
    for m in sorted(set(mo) | set(mn)):
        short = m[len(top) + 1:] if m.startswith(top + "_") else m
        if m not in mo:
            lines.append(f"    {short}: new module ({len(mn[m])} lines)")
        elif m not in mn:
            lines.append(f"    {short}: gone")
        elif mo[m] != mn[m]:
            a, b = set(mo[m]), set(mn[m])
            lines.append(f"    {short}: {len(a - b)} lines only in OLD, {len(b - a)} only in NEW")
    return lines or ["    every module identical (modulo line numbers in names)"]


def yosys(script, log):
    r = subprocess.run(["nice", "-n", "10", "yosys", "-q", "-l", str(log), "-p", script],
                       capture_output=True, text=True)
    return r.returncode == 0


def synth(top, verilog):
    """synth_ice40 cell counts, cached by the Verilog's hash."""
    h = hashlib.sha256(verilog.encode()).hexdigest()[:16]
    d = WORK / "synth" / f"{top}-{h}"
    stat = d / "stat.txt"
    if not stat.exists():
        d.mkdir(parents=True, exist_ok=True)
        (d / "top.v").write_text(verilog)
        partial = d / "stat.partial"
        if not yosys(f"read_verilog {d / 'top.v'}; synth_ice40 -top {top}; tee -q -o {partial} stat", d / "yosys.log"):
            fail(f"yosys synth_ice40 failed for {top}, see {d / 'yosys.log'}", 1)
        partial.rename(stat)
    cells = {}
    for line in stat.read_text().splitlines():
        t = line.split()
        if len(t) == 2 and t[1].isdigit():
            cells[t[0]] = cells.get(t[0], 0) + int(t[1])
    ff = sum(n for k, n in cells.items() if k.startswith("SB_DFF"))
    return {"lut": cells.get("SB_LUT4", 0), "ff": ff, "bram": cells.get("SB_RAM40_4K", 0), "carry": cells.get("SB_CARRY", 0)}


def prepare(path, top, name):
    # SpinalHDL's temporaries (_zz_*) and condition wires (when_*) are numbered in order of creation: the
    # same name can mean different signals in the two versions, so only the other names are paired.
    return (f"read_verilog -sv {path}; hierarchy -top {top}; proc; flatten; memory_map; opt_clean; "
            f"rename -hide w:*_zz_* w:*when_*; rename {top} {name}; design -stash {name}; ")


def equivalent(top, old, new):
    with tempfile.TemporaryDirectory(dir=WORK) as tmp:
        a, b = Path(tmp) / "old.v", Path(tmp) / "new.v"
        a.write_text(old)
        b.write_text(new)
        log = WORK / "equiv" / f"{top}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        script = (prepare(a, top, "gold") + prepare(b, top, "gate") +
                  "design -copy-from gold -as gold gold; design -copy-from gate -as gate gate; "
                  "async2sync; equiv_make gold gate equiv; hierarchy -top equiv; "
                  "equiv_simple -seq 4; equiv_induct -seq 4; tee -o " + str(log.with_suffix(".status")) +
                  " equiv_status -assert")
        ok = yosys(script, log)
        status = log.with_suffix(".status").read_text() if log.with_suffix(".status").exists() else ""
        m = re.search(r"Found (\d+) \$equiv cells.*?Of those cells (\d+) are proven and (\d+) are unproven", status, re.S)
        return ok, (f"{m.group(2)} of {m.group(1)} equivalence points proven" if m else f"see {log}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--equiv", action="store_true", help="prove formal equivalence (small tops only)")
    ap.add_argument("--only", action="append", default=[], help="compare only these tops (repeatable)")
    ap.add_argument("--no-synth", action="store_true", help="skip the yosys size comparison")
    ap.add_argument("--max-lut-change", type=float, default=2.0, help="allowed LUT4 change in percent (default 2)")
    a = ap.parse_args()
    if not 0 <= a.max_lut_change <= 100:
        fail(f"--max-lut-change must be in 0..100; got {a.max_lut_change}")
    WORK.mkdir(parents=True, exist_ok=True)
    old, new = load_side(a.old), load_side(a.new)
    tops = sorted(set(old) & set(new))
    if a.only:
        missing = [t for t in a.only if t not in tops]
        if missing:
            fail(f"--only: no top {', '.join(missing)} on both sides (have: {', '.join(tops)})")
        tops = a.only
    if not tops:
        fail("no top (<name>.v) on both sides")
    ok = True
    for top in tops:
        print(f"{top}")
        print("  text:")
        for line in text_report(top, old[top], new[top]):
            print(line)
        if not a.no_synth:
            so, sn = synth(top, old[top]), synth(top, new[top])
            change = 100.0 * (sn["lut"] - so["lut"]) / so["lut"] if so["lut"] else 0.0
            within = abs(change) <= a.max_lut_change
            ok &= within
            print(f"  synth_ice40: LUT4 {so['lut']} -> {sn['lut']} ({change:+.2f}%), FF {so['ff']} -> {sn['ff']}, "
                  f"BRAM {so['bram']} -> {sn['bram']}, carry {so['carry']} -> {sn['carry']}"
                  + ("" if within else f"  EXCEEDS {a.max_lut_change}%"))
        if a.equiv:
            proven, detail = equivalent(top, old[top], new[top])
            ok &= proven
            print(f"  equivalence: {'PROVEN' if proven else 'NOT PROVEN'} ({detail})")
        sys.stdout.flush()
    print("rtl-compare: " + ("OK" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
