#!/usr/bin/env bash
# What one more source or context costs, unit by unit: the default configuration generated at two values of one
# parameter, each unit (a module of the generated Verilog) cut out and synthesized on its own with yosys synth_ice40, and every
# unit's LUT4, carries and flip-flops printed at both values with the slope between them. On its own, because yosys
# numbers its internal cells across the whole run: synthesized together, a unit's result moved by several percent when
# another unit changed, and a unit's numbers now change only when its own Verilog does.
#   scripts/unit-cost.sh [PARAMETER [FROM [TO [GENERATOR_JAR [GENERATOR_OPTION...]]]]]
#   PARAMETER: sources (default; 32 to 128) or contexts (8 to 64); JAR defaults to hdl-gen/target/hdl-gen.jar; further
#   options go to the generator at both values (`--pending-width 2`: what a source costs with 2-bit counts).
# Minutes, not hours: `make fpga-scaling` gives the whole design's slopes over more points (hours with 1,024 sources).
set -euo pipefail
param=${1:-sources}
case "$param" in
    sources) from=${2:-32}; to=${3:-128} ;;
    contexts) from=${2:-8}; to=${3:-64} ;;
    *) echo "unit-cost: PARAMETER must be sources or contexts, not '$param'" >&2; exit 2 ;;
esac
jar=${4:-hdl-gen/target/hdl-gen.jar}
shift $(( $# < 4 ? $# : 4 ))
[ -f "$jar" ] || { echo "unit-cost: no generator jar at $jar (mvn -DskipTests install)" >&2; exit 2; }
[ "$to" -gt "$from" ] || { echo "unit-cost: TO ($to) must be larger than FROM ($from)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for v in "$from" "$to"; do
    java -jar "$jar" --out "$work/$v" "--$param" "$v" "$@" --name T >/dev/null
    sed -n 's/^module \(T_[A-Za-z0-9_]*\).*/\1/p' "$work/$v/T.v" | sed "s|^|$v |"
done | xargs -P 2 -n 2 sh -c 'awk -v m="$2" "\$1 == \"module\" { on = \$2 == m } on" $0/$1/T.v > $0/$1/$2.v &&
    yosys -q -p "read_verilog $0/$1/$2.v; synth_ice40 -top $2; tee -q -o $0/$1/$2.stat stat" >/dev/null' "$work"
for v in "$from" "$to"; do cat "$work/$v"/*.stat > "$work/$v/stat.txt"; done
# Per unit: LUT4, carries, flip-flops (the top T only composes the units and is not synthesized; their sum is "total").
cells() {
    awk '/^=== / { m = $2; sub(/^T_?/, "", m); if (m == "") m = "top" } /^=== design hierarchy/ { m = "" }
         m != "" && $1 == "SB_LUT4" { l[m] += $2 } m != "" && $1 == "SB_CARRY" { c[m] += $2 } m != "" && $1 ~ /^SB_DFF/ { f[m] += $2 }
         END { for (k in l) print k, l[k] + 0, c[k] + 0, f[k] + 0 }' "$1"
}
join <(cells "$work/$from/stat.txt" | sort) <(cells "$work/$to/stat.txt" | sort) | awk -v a="$from" -v b="$to" -v p="$param" '
    BEGIN { printf "%-16s %9s %9s %11s %11s %11s   (%s %d to %d; per %s)\n", "unit", "LUT4@" a, "LUT4@" b, "LUT4 each", "carry each", "FF each", p, a, b, substr(p, 1, length(p) - 1) }
    { d = b - a; printf "%-16s %9d %9d %11.1f %11.1f %11.1f\n", $1, $2, $5, ($5 - $2) / d, ($6 - $3) / d, ($7 - $4) / d
      L1 += $2; L2 += $5; C += $6 - $3; F += $7 - $4 }
    END { d = b - a; printf "%-16s %9d %9d %11.1f %11.1f %11.1f\n", "total", L1, L2, (L2 - L1) / d, C / d, F / d }'
