#!/usr/bin/env bash
# Generates the Rocket-chip side of the SoC: TaskIntcRocketSystem (rocket-chip 1.2.6's ExampleRocketSystem with
# each hart's core-local interrupts as inputs) under taskintc.soc.rocket.TaskIntcSocRocketConfig, as Verilog that
# Verilator compiles with "verilator -F <outdir>/TaskIntcRocketSystem.f --top-module TaskIntcRocketSystem".
# See soc/rocket/README.md for the files written.
#
#   scripts/soc-rocket.sh [outdir] [harts]     (default build/soc/h2/rocket, 2 harts)
#
# Builds the standalone Maven project soc/rocket (Scala 2.12 rocket-chip, kept apart from the Scala 2.13
# SpinalHDL modules; honours the caller's MAVEN_OPTS) and runs taskintc.soc.rocket.RocketGen. Does nothing
# when the outputs are newer than their inputs (soc/rocket/pom.xml, soc/rocket/src, this script).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
HARTS=${2:-2}
case "$HARTS" in [1-8]) ;; *) echo "soc-rocket: harts must be 1..8; got '$HARTS'" >&2; exit 2 ;; esac
OUT=${1:-build/soc/h$HARTS/rocket}
case "$OUT" in /*) ;; *) OUT=$ROOT/$OUT ;; esac
PROJECT=$ROOT/soc/rocket
STAMP=$OUT/TaskIntcRocketSystem.f
NICE="nice -n 10"

for tool in java mvn dtc; do
    command -v "$tool" >/dev/null 2>&1 || {
        case "$tool" in
            dtc) echo "soc-rocket: dtc not found: rocket-chip compiles its device tree with it (apt-get install device-tree-compiler)" >&2 ;;
            *) echo "soc-rocket: $tool not found (install a JDK 17 and Maven)" >&2 ;;
        esac
        exit 1
    }
done

if [ -f "$STAMP" ] && [ "$STAMP" -nt "$0" ] && [ "$STAMP" -nt "$PROJECT/pom.xml" ] \
    && [ -z "$(find "$PROJECT/src" -newer "$STAMP" -print -quit)" ]; then
    echo "soc-rocket: $OUT is up to date"
    exit 0
fi

step_start=$(date +%s)
step_done() { local now; now=$(date +%s); echo "soc-rocket: $1 took $((now - step_start)) s"; step_start=$now; }

(cd "$PROJECT" && $NICE mvn -B -q -Dstyle.color=never package)
step_done "mvn package"

CP=$PROJECT/target/classes:$(cat "$PROJECT/target/classpath.txt")
mkdir -p "$(dirname "$OUT")"
$NICE java -Dtaskintc.soc.harts="$HARTS" -cp "$CP" taskintc.soc.rocket.RocketGen "$OUT"
step_done "RocketGen (generator + firrtl)"
