#!/usr/bin/env bash
# Builds and runs examples/ (a plain Verilog system around rtl-out/TaskIntc.v and its testbench) under
# Verilator (--binary --timing), and under Icarus Verilog too when iverilog is installed. Fails unless
# every run prints PASS. Build and logs in build/examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/examples
rm -rf "$out"
mkdir -p "$out"
sources=(examples/tb.v examples/system.v rtl-out/TaskIntc.v)
[ -f rtl-out/TaskIntc.v ] || { echo "examples: rtl-out/TaskIntc.v missing (make rtl)" >&2; exit 1; }

t0=$SECONDS
if ! nice -n 10 verilator --binary --timing -j 1 -Wno-fatal -Wno-lint -Wno-style --top-module tb -Mdir "$out/verilator" -o tb \
    "${sources[@]}" > "$out/verilator-build.log" 2>&1; then
  tail -n 30 "$out/verilator-build.log" >&2; echo "examples: Verilator build failed" >&2; exit 1
fi
"$out/verilator/tb" | tee "$out/verilator-run.log"
grep -q '^PASS' "$out/verilator-run.log" || { echo "examples: FAILED under Verilator" >&2; exit 1; }
echo "examples: passed under Verilator ($((SECONDS - t0)) s)"

if command -v iverilog >/dev/null 2>&1; then
  iverilog -g2012 -o "$out/tb.vvp" "${sources[@]}"
  vvp -n "$out/tb.vvp" | tee "$out/icarus-run.log"
  grep -q '^PASS' "$out/icarus-run.log" || { echo "examples: FAILED under Icarus Verilog" >&2; exit 1; }
  echo "examples: passed under Icarus Verilog"
fi
