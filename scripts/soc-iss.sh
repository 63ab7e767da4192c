#!/usr/bin/env bash
# Runs the SoC benchmark firmware on a functional stand-in for the Rocket SoC: an RV64IMAC
# machine-mode instruction-set simulator (firmware/taskintc-soc/iss/iss.cpp) in lockstep with the
# Verilated TaskIntc RTL (the firmware-sim harness of rtl-out/TaskIntc.v) and models of the SIM
# device, the NIC and a PLIC. It checks the firmware end to end (boot, every device, its own
# consistency checks, scripts/soc-bench.py on its records); its cycle counts are not Rocket's and
# are not reported as measurements.
#
#   scripts/soc-iss.sh [short|full] [out dir]     (default: short, build/soc-iss/<set>)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SET=${1:-short}
case "$SET" in short|full) ;; *) echo "soc-iss: set $SET: allowed short or full" >&2; exit 2 ;; esac
OUT=${2:-$ROOT/build/soc-iss/$SET}
SIM_DIR=$ROOT/build/firmware-sim/TaskIntc
ISS=$ROOT/build/soc-iss/iss
NICE="nice -n 10"

scripts/firmware.sh sim
SOC_BENCH_SET=$SET scripts/firmware.sh soc >/dev/null
src=$ROOT/firmware/taskintc-soc/iss/iss.cpp
if [ ! -x "$ISS" ] || [ "$src" -nt "$ISS" ] || [ "$SIM_DIR/libtaskintc_sim.a" -nt "$ISS" ]; then
    mkdir -p "$(dirname "$ISS")"
    $NICE g++ -std=c++17 -O2 -o "$ISS" "$src" \
        "$SIM_DIR/libtaskintc_sim.a" "$SIM_DIR/libtaskintc_model.a" "$SIM_DIR/libtaskintc_verilated.a" -lpthread
fi
mkdir -p "$OUT"
status=0
"$ISS" +elf="$ROOT/build/firmware-soc/$SET/taskintc-soc" +records="$OUT/records.txt" | tee "$OUT/console.txt" || status=$?
[ "$status" -eq 0 ] || { echo "soc-iss: the firmware failed (exit $status)" >&2; exit "$status"; }
python3 scripts/soc-bench.py --platform "functional stand-in: RV64IMAC ISS + TaskIntc RTL, not Rocket cycles" "$OUT/records.txt" "$OUT"
