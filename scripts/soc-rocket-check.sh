#!/usr/bin/env bash
# Checks the output of scripts/soc-rocket.sh with Verilator and prints the time of each step:
#   1. verilator --lint-only of TaskIntcRocketSystem (the only waiver is in TaskIntcRocketSystem.vlt: LATCH in
#      rocket-chip's EICG_wrapper.v clock gate);
#   2. a full C++ build of TaskIntcRocketSystem alone (verilator --cc --exe --build -j 2, default OPT_FAST -Os,
#      or the optimisation in OPT_FAST=..., e.g. OPT_FAST=-O2) with soc/rocket/check/mcycle_check.cpp;
#   3. that program: hart 0's mcycle read through the public registers of TaskIntcRocketSystem.vlt is 0 in the
#      first cycle after reset and then equals the number of cycles since reset, over 1000 cycles.
#
#   scripts/soc-rocket-check.sh [outdir]    (default build/soc/rocket; the model goes to <outdir>-check)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${1:-build/soc/h2/rocket}
case "$OUT" in /*) ;; *) OUT=$ROOT/$OUT ;; esac
OBJ=$OUT-check
OPT_FAST=${OPT_FAST:--Os}
NICE="nice -n 10"
command -v verilator >/dev/null 2>&1 || { echo "soc-rocket-check: verilator not found (scripts/deps.sh)" >&2; exit 1; }
[ -f "$OUT/TaskIntcRocketSystem.f" ] || { echo "soc-rocket-check: $OUT/TaskIntcRocketSystem.f missing (run scripts/soc-rocket.sh $1)" >&2; exit 2; }

step_start=$(date +%s)
step_done() { local now; now=$(date +%s); echo "soc-rocket-check: $1 took $((now - step_start)) s"; step_start=$now; }

$NICE verilator --lint-only --top-module TaskIntcRocketSystem -F "$OUT/TaskIntcRocketSystem.f"
step_done "verilator --lint-only"

rm -rf "$OBJ"
$NICE verilator --cc --exe --build -j 2 --top-module TaskIntcRocketSystem -Mdir "$OBJ" \
    -MAKEFLAGS "OPT_FAST=$OPT_FAST" -F "$OUT/TaskIntcRocketSystem.f" \
    "$ROOT/soc/rocket/check/mcycle_check.cpp" -o mcycle_check >"$OBJ.build.log" 2>&1 \
    || { tail -n 30 "$OBJ.build.log" >&2; echo "soc-rocket-check: build failed, see $OBJ.build.log" >&2; exit 1; }
step_done "verilator C++ build (-j 2, OPT_FAST=$OPT_FAST)"

"$OBJ/mcycle_check"
step_done "mcycle check"
