#!/usr/bin/env bash
# Builds and tests the Rust firmware in firmware/ with Debian's toolchain (rustc 1.63, cargo, rust-src,
# riscv64-unknown-elf binutils; scripts/deps.sh installs them). Nothing is fetched: the crates have
# path dependencies only and cargo runs --offline.
#
#   scripts/firmware.sh sim       Verilate the generated top and build the C++ AXI4-Lite harness into
#                                 build/firmware-sim/ (the static libraries taskintc-sim links)
#   scripts/firmware.sh test      host tests (cargo test) against that model of rtl-out/TaskIntc.v
#   scripts/firmware.sh test-configs  tests/configs.rs on the other AXI4-Lite tops of rtl-out/ (rtl-out/<config>/)
#   scripts/firmware.sh sysroot   core, compiler_builtins and alloc for riscv64gc-unknown-none-elf
#   scripts/firmware.sh build     driver, executor, scheduler, starry syscalls and the example ELF for riscv64gc
#   scripts/firmware.sh soc       the Rocket SoC benchmark ELF (taskintc-soc) of SOC_BENCH_SET=short|full|runtime
#                                 (default short) into build/firmware-soc/<set>/taskintc-soc; with SOC_PROBES=1
#                                 the executor's probe points print cycle breakdowns (<set>-probes/)
#                                 (runtime: only the single-hart IPC and runtime measurements, for executor work)
#
# TOP selects the generated top (default TaskIntc, the default configuration; AXI4-Lite tops only), found in
# rtl-out/ or in a named configuration's folder rtl-out/<config>/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

TOP=${TOP:-TaskIntc}
RUSTC=${RUSTC:-/usr/bin/rustc}
CARGO=${CARGO:-/usr/bin/cargo}
TARGET=riscv64gc-unknown-none-elf
BUILD=$ROOT/build
SIM_DIR=$BUILD/firmware-sim/$TOP
SYSROOT=$BUILD/firmware-sysroot
RUST_SRC=/usr/lib/rustlib/src/rust/library
BUILTINS_SRC=$(ls -d /usr/share/cargo/registry/compiler_builtins-* 2>/dev/null | sort -V | tail -n 1 || true)
NICE="nice -n 10"
RUSTDOC=${RUSTDOC:-/usr/bin/rustdoc}
export RUSTC RUSTDOC CARGO_HOME=$BUILD/cargo-home CARGO_NET_OFFLINE=true

need() { [ -x "$1" ] || { echo "firmware: $1 not found (run scripts/deps.sh)" >&2; exit 1; }; }

# The harness drives AXI4-Lite: a top whose slave port has AXI4-Lite names and no AXI4 burst length.
axi4lite_top() { grep -q "axi_awvalid" "$1" && ! grep -q "axi_awlen" "$1"; }

# The directory of rtl-out/ that holds top $1 (rtl-out itself for the default, rtl-out/<config> otherwise).
rtl_dir() {
    local f
    for f in "$ROOT/rtl-out/$1.v" "$ROOT"/rtl-out/*/"$1.v"; do
        [ -f "$f" ] && { dirname "$f"; return 0; }
    done
    return 1
}

sim() {
    local dir
    dir=$(rtl_dir "$TOP") || { echo "firmware: TOP=$TOP: no rtl-out/$TOP.v or rtl-out/*/$TOP.v (make rtl)" >&2; exit 2; }
    local verilog=$dir/$TOP.v header=$dir/$TOP.h
    [ -f "$header" ] || { echo "firmware: TOP=$TOP: ${header#"$ROOT"/} missing (make rtl)" >&2; exit 2; }
    axi4lite_top "$verilog" || { echo "firmware: TOP=$TOP is not an AXI4-Lite top; the harness drives AXI4-Lite only" >&2; exit 2; }
    local harness=$ROOT/firmware/taskintc-sim/harness/harness.cpp stamp=$SIM_DIR/libtaskintc_sim.a
    if [ -f "$stamp" ] && [ "$stamp" -nt "$verilog" ] && [ "$stamp" -nt "$header" ] && [ "$stamp" -nt "$harness" ] && [ "$stamp" -nt "$0" ]; then
        return 0
    fi
    rm -rf "$SIM_DIR"
    mkdir -p "$SIM_DIR"
    echo "firmware: verilating ${verilog#"$ROOT"/}"
    $NICE verilator --cc "$verilog" --top-module "$TOP" --prefix Vtop -Mdir "$SIM_DIR/obj" \
        --build -j "$(nproc)" -Wno-fatal -Wno-lint -Wno-style -CFLAGS -fPIC >"$SIM_DIR/verilator.log" 2>&1 \
        || { tail -n 30 "$SIM_DIR/verilator.log" >&2; exit 1; }
    local include
    include=$(dirname "$(find /usr/share/verilator/include -maxdepth 1 -name verilated.h | head -n 1)")
    $NICE g++ -std=c++17 -O1 -fPIC -c "$harness" -o "$SIM_DIR/harness.o" \
        -I"$SIM_DIR/obj" -I"$include" -I"$include/vltstd" -I"$dir" -DTOP_HEADER="\"$TOP.h\"" -DTOP_PREFIX="$(echo "$TOP" | tr '[:lower:]' '[:upper:]')"
    # Verilator's run-time library, compiled once per model directory.
    local runtime=()
    for source in verilated verilated_threads; do
        $NICE g++ -std=c++17 -O1 -fPIC -c "$include/$source.cpp" -o "$SIM_DIR/$source.o" \
            -I"$include" -I"$include/vltstd" -DVM_COVERAGE=0 -DVM_SC=0 -DVM_TRACE=0
        runtime+=("$SIM_DIR/$source.o")
    done
    cp "$SIM_DIR/obj/Vtop__ALL.a" "$SIM_DIR/libtaskintc_model.a"
    ar rcs "$SIM_DIR/libtaskintc_verilated.a" "${runtime[@]}"
    ar rcs "$SIM_DIR/libtaskintc_sim.a.tmp" "$SIM_DIR/harness.o"
    mv "$SIM_DIR/libtaskintc_sim.a.tmp" "$stamp"
}

host_test() {
    need "$RUSTC"; need "$CARGO"
    sim
    (cd firmware && TASKINTC_SIM_LIB_DIR=$SIM_DIR TASKINTC_TOP=$TOP $NICE "$CARGO" test --offline --workspace --exclude taskintc-example "$@")
}

# The configuration-independent tests (taskintc-sim/tests/configs.rs) on every other AXI4-Lite top
# of rtl-out/ and its configuration folders whose Verilog is under 512 KB (the 256- and 1,024-source tops
# of rtl-out/many-sources/ and rtl-out/large/ are left to `TOP=... test`): about 15 s each.
other_tops() {
    local f name
    for f in "$ROOT"/rtl-out/*.v "$ROOT"/rtl-out/*/*.v; do
        name=$(basename "$f" .v)
        [ "$name" = "$TOP" ] && continue
        axi4lite_top "$f" || continue
        [ "$(stat -c %s "$f")" -lt 524288 ] || continue
        echo "$name"
    done
}

configs_test() {
    local top
    for top in $(other_tops); do
        echo "firmware: configuration-independent tests on $top"
        TOP=$top "$ROOT/scripts/firmware.sh" test -p taskintc-sim --test configs
    done
}

sysroot() {
    need "$RUSTC"
    local lib=$SYSROOT/lib/rustlib/$TARGET/lib stamp=$SYSROOT/.built-with
    local version
    version=$("$RUSTC" -V)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version" ]; then return 0; fi
    [ -f "$RUST_SRC/core/src/lib.rs" ] || { echo "firmware: $RUST_SRC missing (apt-get install rust-src)" >&2; exit 1; }
    [ -n "$BUILTINS_SRC" ] || { echo "firmware: compiler_builtins source missing (apt-get install librust-compiler-builtins-dev)" >&2; exit 1; }
    rm -rf "$SYSROOT"
    mkdir -p "$lib"
    echo "firmware: building core, compiler_builtins, alloc for $TARGET ($version)"
    local flags=(--target "$TARGET" -C opt-level=2 -C panic=abort -C debuginfo=0 --sysroot "$SYSROOT" --cap-lints allow)
    RUSTC_BOOTSTRAP=1 $NICE "$RUSTC" --edition 2021 --crate-type rlib --crate-name core "${flags[@]}" \
        "$RUST_SRC/core/src/lib.rs" -o "$lib/libcore.rlib"
    # compiler_builtins with its `mem` feature: memcpy, memset, ... for a target without a libc.
    RUSTC_BOOTSTRAP=1 $NICE "$RUSTC" --edition 2015 --crate-type rlib --crate-name compiler_builtins "${flags[@]}" \
        --cfg 'feature="compiler-builtins"' --cfg 'feature="mem"' --cfg 'feature="unstable"' \
        "$BUILTINS_SRC/src/lib.rs" -o "$lib/libcompiler_builtins.rlib"
    RUSTC_BOOTSTRAP=1 $NICE "$RUSTC" --edition 2021 --crate-type rlib --crate-name alloc "${flags[@]}" \
        "$RUST_SRC/alloc/src/lib.rs" -o "$lib/liballoc.rlib"
    echo "$version" >"$stamp"
}

build() {
    need "$CARGO"
    need /usr/bin/riscv64-unknown-elf-ld
    sysroot
    # RUSTC_BOOTSTRAP: the example binary uses #![feature(alloc_error_handler)], which Rust 1.63
    # requires of a no_std binary that allocates; the library crates use no unstable feature.
    local flags="--sysroot $SYSROOT -C linker=riscv64-unknown-elf-ld -C linker-flavor=ld"
    flags+=" -C link-arg=-T$ROOT/firmware/taskintc-example/link.ld"
    (cd firmware && RUSTC_BOOTSTRAP=1 RUSTFLAGS="$flags" $NICE "$CARGO" build --offline --release --target "$TARGET" \
        -p taskintc-driver -p taskintc-executor -p taskintc-axsched -p taskintc-starry -p taskintc-example)
    local elf=firmware/target/$TARGET/release/taskintc-example
    riscv64-unknown-elf-readelf -h "$elf" | grep -E "Class|Machine|Entry"
    riscv64-unknown-elf-size "$elf"
}

# The SoC benchmark firmware (taskintc-soc) for the Rocket SoC: SOC_BENCH_SET=short (the CI set, default)
# or full (the sweep), chosen at build time by the crate's `full` feature. It links with its own link.ld
# (64 MiB of RAM; its build.rs passes it), so it builds in its own target directory, without the example's
# linker script in RUSTFLAGS.
soc() {
    need "$CARGO"
    need /usr/bin/riscv64-unknown-elf-ld
    local set=${SOC_BENCH_SET:-short} features="" name
    case "$set" in
        short) ;;
        full) features="--features full" ;;
        runtime) features="--features runtime" ;;
        *) echo "firmware: SOC_BENCH_SET=$set: allowed short, full or runtime" >&2; exit 2 ;;
    esac
    name=$set
    # SOC_PROBES=1: the executor's probe points on, runtime.rs prints cycle breakdowns (<set>-probes/).
    case "${SOC_PROBES:-0}" in
        0) ;;
        1) features="$features --features probes"; name=$set-probes ;;
        *) echo "firmware: SOC_PROBES=${SOC_PROBES}: allowed 0 or 1" >&2; exit 2 ;;
    esac
    # SOC_TEXT_PAD=N: N bytes (a multiple of 4, below 64 KiB) before the code after the trap handler, to measure
    # how much the medians move with the code's layout alone (make bench-runtime; <set>[-probes]-padN/).
    local pad=${SOC_TEXT_PAD:-0} padflag=""
    if ! [[ "$pad" =~ ^[0-9]{1,5}$ ]] || (( 10#$pad % 4 != 0 || 10#$pad >= 65536 )); then
        echo "firmware: SOC_TEXT_PAD=$pad: allowed a multiple of 4 from 0 to 65532" >&2; exit 2
    fi
    pad=$((10#$pad))
    if (( pad > 0 )); then
        padflag=" -C link-arg=--defsym=TEXT_PAD=$pad"; name=$name-pad$pad
    fi
    sysroot
    # --remap-path-prefix: panic locations name files relative to the checkout, so the ELF (and with it every
    # cycle count of the benchmark, which depends on code layout) is the same wherever the repository lives.
    local flags="--sysroot $SYSROOT -C linker=riscv64-unknown-elf-ld -C linker-flavor=ld --remap-path-prefix=$ROOT=.$padflag"
    local target_dir=$BUILD/firmware-soc/target out=$BUILD/firmware-soc/$name
    mkdir -p "$out"
    # RUSTC_BOOTSTRAP: #![feature(alloc_error_handler)], as for the example. A benchmark is built for
    # speed: opt-level 3, one codegen unit and LTO (with the workspace's size-optimised profile the
    # driver's small functions stay out of line: a 3-instruction register write became ~50).
    (cd firmware && RUSTC_BOOTSTRAP=1 RUSTFLAGS="$flags" CARGO_PROFILE_RELEASE_OPT_LEVEL=3 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=1 CARGO_PROFILE_RELEASE_LTO=fat \
        $NICE "$CARGO" build --offline --release --target "$TARGET" --target-dir "$target_dir" -p taskintc-soc $features)
    cp "$target_dir/$TARGET/release/taskintc-soc" "$out/taskintc-soc"
    riscv64-unknown-elf-readelf -h "$out/taskintc-soc" | grep -E "Entry"
    riscv64-unknown-elf-size "$out/taskintc-soc"
}

case "${1:-}" in
    sim) sim ;;
    test) shift; host_test "$@" ;;
    test-configs) configs_test ;;
    sysroot) sysroot ;;
    build) build ;;
    soc) soc ;;
    *) echo "usage: scripts/firmware.sh sim|test|test-configs|sysroot|build|soc" >&2; exit 2 ;;
esac
