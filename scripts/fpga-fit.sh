#!/usr/bin/env bash
# Finds the largest configuration that fits a board (places, routes and meets the board clock), greedily:
# starting from the board's base shape (shrunk first if it does not fit), double the task capacity N while
# it fits, then the interrupt sources I, then the contexts C. Every attempt is a full scripts/fpga.sh build. Writes the winner to
# configs/fpga-<board>.properties and the attempts to reports/fpga-fit-<board>.md.
#   scripts/fpga-fit.sh BOARD
set -euo pipefail
cd "$(dirname "$0")/.."
board=${1:?usage: scripts/fpga-fit.sh BOARD}
case "$board" in
  # The iCEBreaker has no NIC: its base shape spends no logic on NIC queue pairs (coalescing was its critical path).
  icebreaker) declare -A p=([contexts]=8 [priorities]=8 [capacity]=512 [task-width]=32 [harts]=4 [sources]=8 [nic-queues]=0 [pending-width]=8 [ipc-channels]=0) ;;
  hx8k)       declare -A p=([contexts]=8 [priorities]=8 [capacity]=512 [task-width]=64 [harts]=4 [sources]=8 [nic-queues]=2 [pending-width]=8 [ipc-channels]=0) ;;
  *) echo "fpga-fit: BOARD must be icebreaker or hx8k; got '$board'" >&2; exit 2 ;;
esac
keys=(contexts priorities capacity task-width harts sources nic-queues pending-width ipc-channels)
work=build/fit/$board
rm -rf "$work"; mkdir -p "$work"
# A private copy of the generator, so rebuilding the project during a long search cannot change it.
mkdir -p "$work/gen"; cp -r hdl-gen/target/hdl-gen.jar hdl-gen/target/lib "$work/gen/"
export GEN_JAR=$work/gen/hdl-gen.jar
# and of the flow script (bash reads a script while it runs: editing it mid-search would break an attempt).
cp scripts/fpga.sh "$work/gen/fpga.sh"
export TASKINTC_ROOT=$PWD
table=$work/attempts.md
echo "| C | P | N | W | H | I | Q | pw | result | logic cells | block RAMs | Fmax (MHz) |" > "$table"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|" >> "$table"

write_props() {   # $1 file
  : > "$1"
  for k in "${keys[@]}"; do echo "$k=${p[$k]}" >> "$1"; done
}

# try: 0 when the current p fits and meets timing; appends a table row either way.
try() {
  local name="fit-$board-c${p[contexts]}-n${p[capacity]}-i${p[sources]}"
  local props=$work/$name.properties
  write_props "$props"
  local result=fits cells=- rams=- fmax=-
  if REPORTS=$work "$work/gen/fpga.sh" "$board" "$props" > "$work/$name.log" 2>&1; then :; else result="does not fit"; fi
  local rep=$work/fpga-$board-$name.json
  if [ -f "$rep" ]; then
    cells=$(grep -o '"logic_cells": [0-9]*' "$rep" | grep -o '[0-9]*$')
    rams=$(grep -o '"block_rams": [0-9]*' "$rep" | grep -o '[0-9]*$')
    fmax=$(grep -o '"fmax_mhz": [0-9.]*' "$rep" | grep -o '[0-9.]*$')
    grep -q '"timing_met": false' "$rep" && result="misses timing"
  else
    # Placement failed: the utilisation nextpnr printed before giving up shows which resource ran out.
    cells=$(grep -o 'ICESTORM_LC: *[0-9]*/ *[0-9]*' "build/fpga/$board-$name/nextpnr.log" 2>/dev/null | head -1 | sed 's/ICESTORM_LC: *//;s/ //g' || true)
    rams=$(grep -o 'ICESTORM_RAM: *[0-9]*/ *[0-9]*' "build/fpga/$board-$name/nextpnr.log" 2>/dev/null | head -1 | sed 's/ICESTORM_RAM: *//;s/ //g' || true)
    [ -n "$cells" ] || cells=-
    [ -n "$rams" ] || rams=-
  fi
  echo "| ${p[contexts]} | ${p[priorities]} | ${p[capacity]} | ${p[task-width]} | ${p[harts]} | ${p[sources]} | ${p[nic-queues]} | ${p[pending-width]} | $result | $cells | $rams | $fmax |" >> "$table"
  echo "fpga-fit: $board C=${p[contexts]} N=${p[capacity]} I=${p[sources]}: $result ($cells cells, $rams RAMs, $fmax MHz)"
  [ "$result" = fits ]
}

# If the base shape does not fit, shrink it (NIC queue pairs dropped, then I, C and N halved) until it does;
# I stays at least 2 so a button and the timer remain sources.
until try; do
  if [ "${p[nic-queues]}" -gt 0 ]; then p[nic-queues]=0
  elif [ "${p[sources]}" -gt 2 ]; then p[sources]=$(( p[sources] / 2 )); p[nic-queues]=$(( p[nic-queues] < p[sources] / 2 ? p[nic-queues] : p[sources] / 2 ))
  elif [ "${p[contexts]}" -gt 1 ]; then p[contexts]=$(( p[contexts] / 2 ))
  elif [ "${p[capacity]}" -gt 16 ]; then p[capacity]=$(( p[capacity] / 2 ))
  else echo "fpga-fit: nothing fits $board" >&2; exit 1; fi
done
declare -A best; for k in "${keys[@]}"; do best[$k]=${p[$k]}; done
for axis in capacity sources contexts; do
  while :; do
    p[$axis]=$(( p[$axis] * 2 ))
    if try; then for k in "${keys[@]}"; do best[$k]=${p[$k]}; done; else p[$axis]=${best[$axis]}; break; fi
  done
done
for k in "${keys[@]}"; do p[$k]=${best[$k]}; done

out=configs/fpga-$board.properties
{
  echo "# Board build for $board: the largest configuration found by scripts/fpga-fit.sh (make fpga-fit BOARD=$board):"
  echo "# N, then I, then C doubled from the base shape while the design placed, routed and met the board clock."
  echo "# Attempts: reports/fpga-fit-$board.md. \`make bitstream BOARD=$board\` uses this file by default."
  for k in "${keys[@]}"; do echo "$k=${best[$k]}"; done
} > "$out"
{
  echo "# Largest configuration on $board"
  echo
  echo "Found by \`make fpga-fit BOARD=$board\` (scripts/fpga-fit.sh): from the base shape, the task capacity N, then the"
  echo "sources I, then the contexts C are doubled while the whole board design (controller, UART bridge, timer, LEDs)"
  echo "places, routes and meets the board clock with nextpnr-ice40. Result: \`$out\`."
  echo
  cat "$table"
} > "reports/fpga-fit-$board.md"
echo "fpga-fit: wrote $out and reports/fpga-fit-$board.md"
