#!/usr/bin/env bash
# One board build: generated RTL -> yosys synth_ice40 -> nextpnr-ice40 (the board's constraints and clock)
# -> icepack, then reports/fpga-<board>-<config>.json. Fails when placement fails or timing at the board
# clock is not met.
#   scripts/fpga.sh BOARD [CONFIG_FILE] [generator options...]
# The build directory is build/fpga/<board>-<config>/ (not committed); REPORTS overrides reports/, GEN_JAR the
# generator jar, NAME the configuration's name in the report (default: the CONFIG file's base name).
set -euo pipefail
cd "${TASKINTC_ROOT:-$(dirname "$0")/..}"
board=${1:?usage: scripts/fpga.sh BOARD [CONFIG_FILE] [generator options]}
config=${2:-}
shift $(( $# >= 2 ? 2 : 1 ))
reports=${REPORTS:-reports}
gen=(java -jar "${GEN_JAR:-hdl-gen/target/hdl-gen.jar}")
cfg_args=()
name=default
if [ -n "$config" ]; then
  [ -f "$config" ] || { echo "fpga: CONFIG=$config: no such file" >&2; exit 2; }
  cfg_args=(--config "$config")
  name=$(basename "$config" .properties)
fi
cfg_args+=("$@")
name=${NAME:-$name}
dir=build/fpga/$board-$name
rm -rf "$dir"
mkdir -p "$dir"
t0=$(date +%s)
"${gen[@]}" board --board "$board" "${cfg_args[@]}" --out "$dir" > "$dir/generate.log" 2>&1 || { cat "$dir/generate.log" >&2; exit 2; }
# shellcheck disable=SC1091
source "$dir/flow.env"
echo "fpga: $board ($DEVICE $PACKAGE, $FREQ_MHZ MHz), config $name -> $dir"
nice -n 10 yosys -q -l "$dir/yosys.log" -p "read_verilog $dir/*.v; synth_ice40 -top $TOP -json $dir/design.json; tee -q -o $dir/stat.txt stat" \
  > /dev/null || { echo "fpga: yosys failed, see $dir/yosys.log" >&2; exit 1; }
# Timing is checked by fpga-report below (so the report records the Fmax even when it fails).
nice -n 10 nextpnr-ice40 "--$DEVICE" --package "$PACKAGE" --pcf "$PCF" --freq "$FREQ_MHZ" --json "$dir/design.json" \
  --asc "$dir/design.asc" --report "$dir/report.json" --timing-allow-fail -q -l "$dir/nextpnr.log" \
  || { grep -E "ERROR" "$dir/nextpnr.log" >&2 || true; echo "fpga: nextpnr-ice40 failed (does not fit?), see $dir/nextpnr.log" >&2; exit 1; }
icepack "$dir/design.asc" "$dir/$board.bin"
"${gen[@]}" fpga-report --board "$board" "${cfg_args[@]}" --name "$name" --dir "$dir" --report "$reports/fpga-$board-$name.json"
echo "fpga: bitstream $dir/$board.bin ($(( $(date +%s) - t0 )) s)"
