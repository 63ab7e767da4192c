#!/usr/bin/env bash
# The Rocket SoC end to end (docs/soc.md): rocket-chip's Rocket with SOC_HARTS harts (default 2), the controller
# on its MMIO port and its per-hart outputs in the harts' local interrupts, Verilated with the C++ harness
# (memory, ELF loader, console/exit/records/cycle-counter device, NIC traffic model).
#
#   scripts/soc.sh build            rocket-chip Verilog (scripts/soc-rocket.sh), the SoC top (taskintc-gen soc),
#                                   the Verilator model build/soc/h<H>/Vsoc; every step is skipped when up to date
#                                   (the Verilated library is built once; a harness change only relinks)
#   scripts/soc.sh run ELF [+args]  run a firmware ELF on it (plusargs: see soc/sim/soc_harness.cpp)
#   scripts/soc.sh smoke            build, then run soc/sim/smoke.S (assembled with riscv64 binutils): boot of every
#                                   hart, console, controller on MMIO, a NIC packet waking a parked task, the floors
#                                   of the interrupt paths into the harts
#   scripts/soc.sh bench short|full the benchmark firmware (firmware/taskintc-soc) -> records -> reports/soc.{json,png,md}
#                                   (short: the CI version; full: the sweep of make bench-soc)
#
# SOC_HARTS=1..8 selects the hart count (the controller gets --harts SOC_HARTS); SOC_JOBS the parallel compile jobs;
# SOC_OPT the C++ optimisation of the model (default -O2);
# SOC_SMOKE_REPORT the JSON file the smoke test adds its floors, build time and speed to (default build/soc/h<H>/smoke.json;
# docs/soc.md's table comes from reports/soc-smoke.json: SOC_SMOKE_REPORT=reports/soc-smoke.json make soc SOC_HARTS=H).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
HARTS=${SOC_HARTS:-2}
case "$HARTS" in [1-8]) ;; *) echo "soc: SOC_HARTS must be 1..8; got '$HARTS'" >&2; exit 2 ;; esac
OUT=$ROOT/build/soc/h$HARTS
ROCKET_DIR=$OUT/rocket
ROCKET_V=$ROCKET_DIR/TaskIntcRocketSystem.v
SOC_V=$OUT/TaskIntcRocketSoc.v
LIB=$OUT/obj/Vsoc__ALL.a
MODEL=$OUT/Vsoc
MAP=$ROOT/soc/generated
NICE="nice -n 10"
JOBS=${SOC_JOBS:-2}
# C++ optimisation of the model's hot code: -O2 simulates about twice as fast as -O0 and compiles several times
# slower (SOC_OPT=-O0 for a quick smoke test of many harts).
OPT=${SOC_OPT:--O2}

log() { echo "soc: $*" >&2; }

newer() {  # newer TARGET SOURCES...: true when TARGET exists and is newer than every source
    local t=$1; shift
    [ -e "$t" ] || return 1
    for s in "$@"; do [ "$s" -nt "$t" ] && return 1; done
    return 0
}

build() {
    scripts/soc-rocket.sh "$ROCKET_DIR" "$HARTS"
    [ -f "$ROCKET_V" ] || { log "scripts/soc-rocket.sh did not write $ROCKET_V"; exit 1; }
    [ -f hdl-gen/target/hdl-gen.jar ] || { log "hdl-gen/target/hdl-gen.jar missing (make rtl builds it)"; exit 1; }
    # The SoC top is regenerated when its inputs are newer, but replaced only when its text changed, and the
    # Verilated library is rebuilt only when the Verilog it is built from changed (a content hash, not times):
    # a rebuilt generator jar does not cost a Verilator build (15 to 30 minutes with 2 harts).
    if ! newer "$OUT/soc-top.stamp" "$ROCKET_V" hdl-gen/target/hdl-gen.jar configs/soc-rocket.properties; then
        local t0=$SECONDS
        rm -rf "$OUT/soc-top.tmp"
        java -jar hdl-gen/target/hdl-gen.jar soc --rocket "$ROCKET_V" --config configs/soc-rocket.properties --harts "$HARTS" \
            --out "$OUT/soc-top.tmp" > "$OUT/soc-gen.log" 2>&1 || { cat "$OUT/soc-gen.log" >&2; exit 1; }
        if ! cmp -s "$OUT/soc-top.tmp/TaskIntcRocketSoc.v" "$SOC_V"; then
            mv "$OUT/soc-top.tmp/TaskIntcRocketSoc.v" "$SOC_V"
            log "SoC top generated in $((SECONDS - t0)) s"
        fi
        rm -rf "$OUT/soc-top.tmp"
        touch "$OUT/soc-top.stamp"
    fi
    local inputs
    inputs=$(cat "$SOC_V" "$ROCKET_DIR"/TaskIntcRocketSystem.{f,vlt,v} | sha256sum | cut -d' ' -f1)
    if [ ! -f "$LIB" ] || [ "$(cat "$OUT/obj/inputs.sha256" 2>/dev/null)" != "$inputs $OPT" ]; then
        local t0=$SECONDS
        rm -rf "$OUT/obj"
        log "verilating the SoC ($HARTS harts + controller), $JOBS jobs; this takes several minutes"
        # -O2 rather than Verilator's default -Os: about twice the simulation speed for a minute more of compiling.
        # The Rocket side comes as scripts/soc-rocket.sh lists it (-F: its Verilator configuration, the Verilog,
        # PRINTF_COND=0 against the per-cycle trace). Only the model's library: the harness links against it.
        $NICE verilator --cc --build -j "$JOBS" -O3 --x-assign fast --x-initial fast --noassert \
            -Wno-fatal -Wno-lint -Wno-style -Wno-UNOPTFLAT -Wno-MULTIDRIVEN \
            --top-module TaskIntcRocketSoc --prefix Vsoc -Mdir "$OUT/obj" \
            -MAKEFLAGS "OPT_FAST=$OPT OPT_SLOW=-O1 OPT_GLOBAL=-O2" \
            -F "$ROCKET_DIR/TaskIntcRocketSystem.f" "$SOC_V" \
            > "$OUT/verilator.log" 2>&1 || { tail -n 40 "$OUT/verilator.log" >&2; exit 1; }
        # Verilator's run-time objects (built by --exe builds only).
        $NICE make -C "$OUT/obj" -f Vsoc.mk verilated.o verilated_threads.o OPT_GLOBAL=-O2 >> "$OUT/verilator.log" 2>&1 \
            || { tail -n 20 "$OUT/verilator.log" >&2; exit 1; }
        echo "$inputs $OPT" > "$OUT/obj/inputs.sha256"
        echo "$((SECONDS - t0)) $OPT" > "$OUT/verilator-seconds.txt"
        log "Verilated library built in $((SECONDS - t0)) s"
    fi
    local harness=soc/sim/soc_harness.cpp
    if ! newer "$MODEL" "$LIB" "$harness" "$MAP/soc_map.h" "$0"; then
        local inc
        inc=$(verilator --getenv VERILATOR_ROOT)/include
        $NICE g++ -std=c++17 -O2 -DSOC_HARTS="$HARTS" -I"$OUT/obj" -I"$inc" -I"$inc/vltstd" -I"$MAP" \
            "$harness" "$LIB" "$OUT/obj/verilated.o" "$OUT/obj/verilated_threads.o" -pthread -latomic -o "$MODEL.tmp"
        mv "$MODEL.tmp" "$MODEL"
        log "harness linked: $MODEL"
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
    riscv64-unknown-elf-as -march=rv64gc -I "$MAP" --defsym SOC_HARTS="$HARTS" -o "$dir/smoke.o" soc/sim/smoke.S
    riscv64-unknown-elf-ld -N -Ttext=0x80000000 -e _start --no-warn-rwx-segments -o "$dir/smoke.elf" "$dir/smoke.o"
    run "$dir/smoke.elf" +records="$dir/records.txt" +max-cycles=2000000 2>&1 | tee "$dir/console.txt"
    [ "${PIPESTATUS[0]}" = 0 ] || { log "smoke test failed"; exit 1; }
    local r
    mapfile -t r < "$dir/records.txt"
    [ "${#r[@]}" -ge 5 ] || { log "smoke: expected 5 records, got ${#r[@]}"; exit 1; }
    log "smoke ($HARTS harts): NIC interrupt -> parked task dequeued by the controller in ${r[0]} cycles;" \
        "through the PLIC: trap handler entered after ${r[1]}, claim returned after ${r[2]} cycles;" \
        "controller usip raised -> first instruction of the trap handler on hart $((HARTS - 1)): ${r[3]} cycles (spinning), ${r[4]} (asleep in WFI, read with the SIM cycle counter)"
    # The floors, the model's build time and its speed per hart count, for docs/soc.md (scripts/soc-bench.py --docs).
    # The build-time file and the console's speed line are read by soc-bench.py's own parsers.
    python3 - "${SOC_SMOKE_REPORT:-$OUT/smoke.json}" "$HARTS" "$(cat "$OUT/verilator-seconds.txt")" "$dir/console.txt" "${r[@]}" <<'PY'
import importlib.util, json, os, sys
spec = importlib.util.spec_from_file_location("soc_bench", os.path.join("scripts", "soc-bench.py"))
soc_bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(soc_bench)
path, harts, build, console = sys.argv[1:5]
r = [int(x) for x in sys.argv[5:10]]
speed = soc_bench.console_speed(console)
if speed is None:
    sys.exit(f"smoke: no speed line in {console}")
data = json.load(open(path)) if os.path.exists(path) else {}
data[harts] = {**soc_bench.read_build_seconds(build), "cycles_per_second": speed["cycles_per_second"],
               "floors": dict(zip(["nic_to_task_controller", "nic_to_trap_plic", "nic_to_claim_plic", "usip_to_trap_spinning", "usip_to_trap_wfi"], r))}
with open(path + ".tmp", "w") as f:
    f.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
os.replace(path + ".tmp", path)
PY
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
    log "bench $set: [3/4] running it on the Verilated SoC ($([ "$set" = full ] && echo "tens of minutes with 2 harts" || echo "a few minutes")); console in $OUT/console-$set.txt"
    run "$elf" +records="$records" 2>&1 | tee "$OUT/console-$set.txt"
    local status=${PIPESTATUS[0]}
    [ "$status" = 0 ] || { log "$set run failed (exit $status)"; exit 1; }
    log "$set run took $((SECONDS - t0)) s"
    local reports=$ROOT/reports
    [ "$set" = short ] && reports=$OUT/reports-short
    mkdir -p "$reports"
    log "bench $set: [4/4] reports from the records -> ${reports#"$ROOT"/}/"
    python3 scripts/soc-bench.py --console "$OUT/console-$set.txt" --build-seconds "$OUT/verilator-seconds.txt" "$records" "$reports"
}

case "${1:-}" in
    build) build ;;
    smoke) smoke ;;
    run) shift; [ $# -ge 1 ] || { log "usage: scripts/soc.sh run ELF [+plusargs]"; exit 2; }; run "$@" ;;
    bench) shift; bench "${1:-short}" ;;
    *) echo "usage: [SOC_HARTS=H] scripts/soc.sh build | smoke | run ELF [+plusargs] | bench short|full" >&2; exit 2 ;;
esac
