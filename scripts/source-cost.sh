#!/usr/bin/env bash
# The wakeup unit's cost per source, quickly: the default configuration with 32 and with 128 sources, only the
# SourceGateways module synthesized (yosys synth_ice40), and the slope between the two printed.
#   scripts/source-cost.sh [GENERATOR_JAR]      (default hdl-gen/target/hdl-gen.jar; needs yosys)
# A minute or two per run; `make fpga-scaling` gives the whole design's slopes (hours with 1,024 sources).
set -euo pipefail
jar=${1:-hdl-gen/target/hdl-gen.jar}
[ -f "$jar" ] || { echo "source-cost: no generator jar at $jar (mvn -DskipTests install)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -A lut carry ff
for i in 32 128; do
    java -jar "$jar" --out "$work/i$i" --sources "$i" --name T >/dev/null
    yosys -q -p "read_verilog $work/i$i/T.v; hierarchy -top T_SourceGateways; synth_ice40 -top T_SourceGateways; tee -q -o $work/i$i/stat.txt stat" >/dev/null
    lut[$i]=$(awk '$1 == "SB_LUT4" {print $2}' "$work/i$i/stat.txt")
    carry[$i]=$(awk '$1 == "SB_CARRY" {s += $2} END {print s + 0}' "$work/i$i/stat.txt")
    ff[$i]=$(awk '$1 ~ /^SB_DFF/ {s += $2} END {print s + 0}' "$work/i$i/stat.txt")
    echo "SourceGateways, $i sources: ${lut[$i]} LUT4, ${carry[$i]} carries, ${ff[$i]} flip-flops"
done
awk -v l1="${lut[32]}" -v l2="${lut[128]}" -v c1="${carry[32]}" -v c2="${carry[128]}" -v f1="${ff[32]}" -v f2="${ff[128]}" \
    'BEGIN {printf "per source (32 to 128): %.1f LUT4, %.1f carries, %.1f flip-flops\n", (l2-l1)/96, (c2-c1)/96, (f2-f1)/96}'
