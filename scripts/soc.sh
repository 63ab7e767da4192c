#!/usr/bin/env bash
# The Rocket SoC end to end (docs/soc.md): rocket-chip's ExampleRocketSystem with the controller on its MMIO
# port, Verilated with the C++ harness (memory, ELF loader, console/exit/records device, NIC traffic model).
#
#   scripts/soc.sh build            rocket-chip Verilog (scripts/soc-rocket.sh), the SoC top (taskintc-gen soc),
#                                   the Verilator model build/soc/Vsoc; every step is skipped when up to date
#   scripts/soc.sh run ELF [+args]  run a firmware ELF on it (plusargs: see soc/sim/soc_harness.cpp)
#   scripts/soc.sh smoke            build, then run soc/sim/smoke.S (assembled with riscv64 binutils): boot,
#                                   console, controller on MMIO, one NIC packet waking a parked task
#   scripts/soc.sh bench short|full the benchmark firmware (firmware/taskintc-soc) -> records -> reports/soc.{json,png}
#                                   (short: the CI version, a few rates; full: the sweep of make bench-soc)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/build/soc
ROCKET_DIR=$OUT/rocket
ROCKET_V=$ROCKET_DIR/ExampleRocketSystem.v
SOC_V=$OUT/TaskIntcRocketSoc.v
MODEL=$OUT/Vsoc
NICE="nice -n 10"
JOBS=${SOC_JOBS:-2}

log() { echo "soc: $*" >&2; }

newer() {  # newer TARGET SOURCES...: true when TARGET exists and is newer than every source
    local t=$1; shift
    [ -e "$t" ] || return 1
    for s in "$@"; do [ "$s" -nt "$t" ] && return 1; done
    return 0
}

build() {
    scripts/soc-rocket.sh "$ROCKET_DIR"
    [ -f "$ROCKET_V" ] || { log "scripts/soc-rocket.sh did not write $ROCKET_V"; exit 1; }
    [ -f hdl-gen/target/hdl-gen.jar ] || { log "hdl-gen/target/hdl-gen.jar missing (make rtl builds it)"; exit 1; }
    if ! newer "$SOC_V" "$ROCKET_V" hdl-gen/target/hdl-gen.jar configs/soc-rocket.properties; then
        local t0=$SECONDS
        java -jar hdl-gen/target/hdl-gen.jar soc --rocket "$ROCKET_V" --config configs/soc-rocket.properties --out "$OUT" \
            > "$OUT/soc-gen.log" 2>&1 || { cat "$OUT/soc-gen.log" >&2; exit 1; }
        log "SoC top generated in $((SECONDS - t0)) s"
    fi
    local harness=soc/sim/soc_harness.cpp
    if ! newer "$OUT/mcycle.h" "$ROCKET_V" scripts/soc-mcycle.py; then
        python3 scripts/soc-mcycle.py "$ROCKET_DIR/ExampleRocketSystem.vlt" "$ROCKET_V" TaskIntcRocketSoc rocket "$OUT/mcycle.h"
    fi
    if ! newer "$MODEL" "$SOC_V" "$ROCKET_V" "$harness" "$OUT/mcycle.h" "$0"; then
        local t0=$SECONDS
        rm -rf "$OUT/obj"
        log "verilating the SoC (Rocket + controller), $JOBS jobs; this takes a few minutes"
        # -O2 rather than Verilator's default -Os: about twice the simulation speed for a minute more of compiling.
        # The Rocket side comes as scripts/soc-rocket.sh lists it (-F: its Verilator configuration with the
        # mcycle registers made readable, the Verilog, PRINTF_COND=0 against the per-cycle trace).
        $NICE verilator --cc --exe --build -j "$JOBS" -O3 --x-assign fast --x-initial fast --noassert \
            -Wno-fatal -Wno-lint -Wno-style -Wno-UNOPTFLAT -Wno-MULTIDRIVEN \
            --top-module TaskIntcRocketSoc --prefix Vsoc -Mdir "$OUT/obj" \
            -CFLAGS "-std=c++17 -I$OUT" -MAKEFLAGS "OPT_FAST=-O2 OPT_SLOW=-O1 OPT_GLOBAL=-O2" \
            -F "$ROCKET_DIR/ExampleRocketSystem.f" "$SOC_V" "$ROOT/$harness" -o Vsoc \
            > "$OUT/verilator.log" 2>&1 || { tail -n 40 "$OUT/verilator.log" >&2; exit 1; }
        cp "$OUT/obj/Vsoc" "$MODEL"
        log "model built in $((SECONDS - t0)) s: $MODEL"
    fi
}

run() {
    local elf=$1; shift
    [ -x "$MODEL" ] || { log "$MODEL missing (scripts/soc.sh build)"; exit 1; }
    "$MODEL" +elf="$elf" "$@"
}

smoke() {
    build
    local dir=$OUT/smoke
    mkdir -p "$dir"
    riscv64-unknown-elf-as -march=rv64gc -o "$dir/smoke.o" soc/sim/smoke.S
    riscv64-unknown-elf-ld -N -Ttext=0x80000000 -e _start --no-warn-rwx-segments -o "$dir/smoke.elf" "$dir/smoke.o"
    run "$dir/smoke.elf" +records="$dir/records.txt" +max-cycles=1000000
    local r
    mapfile -t r < "$dir/records.txt"
    log "smoke: NIC interrupt -> parked task dequeued by the controller in ${r[0]} cycles;" \
        "through the PLIC: trap handler entered after ${r[1]}, claim returned after ${r[2]} cycles"
}

bench() {
    local set=$1
    case "$set" in short|full) ;; *) log "bench: the set must be short or full; got '$set'"; exit 2 ;; esac
    log "bench $set: [1/4] SoC model (rocket-chip, SoC top, Verilator; each step skipped when up to date)"
    build
    log "bench $set: [2/4] benchmark firmware (firmware/taskintc-soc)"
    SOC_BENCH_SET=$set scripts/firmware.sh soc
    local elf=$ROOT/build/firmware-soc/$set/taskintc-soc
    [ -f "$elf" ] || { log "firmware ELF $elf missing"; exit 1; }
    local records=$OUT/records-$set.txt
    local t0=$SECONDS
    log "bench $set: [3/4] running it on the Verilated SoC ($([ "$set" = full ] && echo "about 36 M cycles, 10 minutes or more" || echo "a minute or two")); console in $OUT/console-$set.txt"
    run "$elf" +records="$records" | tee "$OUT/console-$set.txt"
    log "$set run took $((SECONDS - t0)) s"
    local reports=$ROOT/reports
    [ "$set" = short ] && reports=$OUT/reports-short
    mkdir -p "$reports"
    log "bench $set: [4/4] reports from the records -> ${reports#"$ROOT"/}/"
    python3 scripts/soc-bench.py "$records" "$reports"
}

case "${1:-}" in
    build) build ;;
    smoke) smoke ;;
    run) shift; [ $# -ge 1 ] || { log "usage: scripts/soc.sh run ELF [+plusargs]"; exit 2; }; run "$@" ;;
    bench) shift; bench "${1:-short}" ;;
    *) echo "usage: scripts/soc.sh build | smoke | run ELF [+plusargs] | bench short|full" >&2; exit 2 ;;
esac
