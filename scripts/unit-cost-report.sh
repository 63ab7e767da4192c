#!/usr/bin/env bash
# reports/unit-cost.md (make unit-cost): what one more source or context costs in each unit of the controller,
# from scripts/unit-cost.sh (each unit synthesized alone with yosys synth_ice40): sources 32 to 128 with the default
# 16-bit pending counts, with 10-bit and with 2-bit ones, with the counts in block RAM behind line buffers of 1 and 6
# bits, and contexts 8 to 64.
#   scripts/unit-cost-report.sh [GENERATOR_JAR]    (the Markdown on stdout; about 10 minutes on 2 cores)
set -euo pipefail
jar=${1:-hdl-gen/target/hdl-gen.jar}
cat <<'HEAD'
# Cost per unit (yosys `synth_ice40`, each unit synthesized alone)

`make unit-cost` (`scripts/unit-cost.sh`): the default configuration generated at two values of one parameter,
each unit (a module of the generated Verilog: bus adapter, command router, register decoder, scheduler core
`ReadyQueueCore`, source unit `SourceGateways`, `IpcUnit`) synthesized on its own, and the change per source or
per context. The whole design's slopes over more points are in `fpga-scaling.md`; its numbers differ from the sum
here by yosys' optimizations across units. `sources (10-bit counts)` and `sources (2-bit counts)` are the sources
slope with `--pending-width 10` and `2`: against the `sources` row they show what the default 16-bit pending counts
cost per source (docs/architecture.md, Known limits, uses them to weigh moving the counts into block RAM).
`sources (line buffer)` is the sources slope with `--line-buffer 1`: the counts in block RAM behind one pending bit
per line, folded by one read-modify-write a cycle; `sources (6-bit line buffer)` with `--line-buffer 6`, where a line
holds 32 events (its pending bit and a 5-bit count behind it) before its fold.

| slope | unit | from | to | LUT4 at from | LUT4 at to | LUT4 each | carries each | FF each |
|---|---|---:|---:|---:|---:|---:|---:|---:|
HEAD
row() {  # <label> <parameter> <from> <to> [generator options]
    local label=$1 param=$2 from=$3 to=$4
    shift 4
    scripts/unit-cost.sh "$param" "$from" "$to" "$jar" "$@" | awk -v l="$label" -v a="$from" -v b="$to" '
        NR > 1 { printf "| %s | %s | %d | %d | %d | %d | %.1f | %.1f | %.1f |\n", l, $1, a, b, $2, $3, $4, $5, $6 }'
}
row sources sources 32 128
row "sources (10-bit counts)" sources 32 128 --pending-width 10
row "sources (2-bit counts)" sources 32 128 --pending-width 2
row "sources (line buffer)" sources 32 128 --line-buffer 1
row "sources (6-bit line buffer)" sources 32 128 --line-buffer 6
row contexts contexts 8 64
