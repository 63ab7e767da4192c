#!/usr/bin/env bash
# Bounded model check of the controller's key properties (formal/core_props.sv) with yosys and
# yosys-smtbmc (z3). Elaborates the formal harness (taskintc.formal.FormalCore: core + source gateways,
# configuration in FormalRtl.CONFIG) into build/formal/, then
#   1. proves every assertion for every input sequence of FORMAL_DEPTH cycles from reset,
#   2. checks that every cover statement is reached within FORMAL_COVER_DEPTH cycles (no vacuous proof),
#   3. with --mutants: checks that each deliberately broken variant of the RTL is caught.
# Prints the depth proven. Counterexamples go to build/formal/*.vcd.
set -euo pipefail
cd "$(dirname "$0")/.."
DEPTH=${FORMAL_DEPTH:-12}
COVER_DEPTH=${FORMAL_COVER_DEPTH:-12}
OUT=${FORMAL_OUT:-build/formal}
MUTANTS=0
for a in "$@"; do
  case "$a" in
    --mutants) MUTANTS=1 ;;
    *) echo "formal: unknown option '$a' (allowed: --mutants)" >&2; exit 2 ;;
  esac
done
for v in DEPTH COVER_DEPTH; do
  if ! [[ ${!v} =~ ^[0-9]+$ ]] || [ "${!v}" -lt 1 ] || [ "${!v}" -gt 200 ]; then
    echo "formal: FORMAL_$v must be an integer in 1..200; got '${!v}'" >&2; exit 2
  fi
done
for tool in yosys yosys-smtbmc z3 java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "formal: $tool is missing (run: WITH_FORMAL=1 scripts/deps.sh)" >&2; exit 1; }
done

mkdir -p "$OUT"
java -cp hdl-gen/target/hdl-gen.jar taskintc.formal.FormalRtl "$OUT" > "$OUT/elaborate.log" 2>&1 \
  || { cat "$OUT/elaborate.log"; exit 1; }

# model <verilog> <smt2> [defines]: the harness and the properties as one flat transition system.
model() {
  yosys -q -l "$2.yosys.log" -p "read_verilog -sv $1; read_verilog -formal -sv ${3:-} formal/core_props.sv;
    prep -top taskintc_formal; flatten; memory_map; opt -fast; async2sync; dffunmap;
    opt -full; techmap; opt -fast; abc -g AND,XOR,MUX; opt_clean; dffunmap; write_smt2 $2" >/dev/null
}
# The model is mapped to single-bit gates first (abc): z3 4.8 then solves each step many times faster
# than on the word-level netlist. z3 still stalls on the deeply shared definitions of the model as a
# whole; --unroll makes smtbmc expand them step by step.
bmc() { nice -n 10 yosys-smtbmc -s z3 --unroll "$@"; }

model "$OUT/FormalCore.v" "$OUT/core.smt2"
# The covers that need more cycles are compiled in only when the cover run goes that deep.
if [ "$COVER_DEPTH" -ge 15 ]; then model "$OUT/FormalCore.v" "$OUT/cover.smt2" -DDEEP_COVERS; else cp "$OUT/core.smt2" "$OUT/cover.smt2"; fi
t0=$(date +%s)
if ! bmc -t "$DEPTH" --dump-vcd "$OUT/counterexample.vcd" "$OUT/core.smt2" > "$OUT/bmc.log" 2>&1; then
  grep -v '^ *(' "$OUT/bmc.log" | tail -25
  echo "formal: FAILED (counterexample: $OUT/counterexample.vcd)"; exit 1
fi
t1=$(date +%s)
if ! bmc -c -t "$COVER_DEPTH" "$OUT/cover.smt2" > "$OUT/cover.log" 2>&1; then
  grep -i 'cover\|status' "$OUT/cover.log" | tail -25
  echo "formal: FAILED: a cover statement is not reachable within $COVER_DEPTH cycles"; exit 1
fi
t2=$(date +%s)
covers=$(grep -c 'Reached cover statement' "$OUT/cover.log" || true)
echo "formal: every assertion of formal/core_props.sv holds for all inputs up to depth $DEPTH (bounded proof, $((t1 - t0)) s)"
echo "formal: all $covers cover statements reached within $COVER_DEPTH cycles ($((t2 - t1)) s)"

if [ "$MUTANTS" = 1 ]; then
  # Each mutant breaks one thing in the generated RTL; the proof must fail on it.
  status=0
  while IFS="#" read -r name pattern replacement min_depth; do
    [ -z "$name" ] && continue
    if [ "$DEPTH" -lt "${min_depth:-1}" ]; then
      echo "formal: mutant $name skipped: its shortest failure needs depth $min_depth (FORMAL_DEPTH=$min_depth)"; continue
    fi
    m="$OUT/mutant-$name.v"
    sed "s/$pattern/$replacement/" "$OUT/FormalCore.v" > "$m"
    if cmp -s "$m" "$OUT/FormalCore.v"; then echo "formal: mutant $name did not apply" >&2; status=1; continue; fi
    model "$m" "$OUT/mutant-$name.smt2"
    if bmc -t "$DEPTH" "$OUT/mutant-$name.smt2" > "$OUT/mutant-$name.log" 2>&1; then
      echo "formal: mutant $name SURVIVED (the properties did not catch it)"; status=1
    else
      at=$(grep -o 'Assert failed in [^ ]*: [^ ]*' "$OUT/mutant-$name.log" | head -1)
      echo "formal: mutant $name caught: ${at:-assertion failed}"
    fi
  done < formal/mutants.txt
  exit $status
fi
