#!/usr/bin/env bash
# verilator --lint-only -Wall on every generated top in rtl-out/ (the default at the top, each named
# configuration in rtl-out/<name>/), with the justified waivers in lint/verilator-waivers.vlt. Fails on any
# other warning. Logs go to build/lint/.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
tops=(rtl-out/*.v rtl-out/*/*.v)
if [ ${#tops[@]} -eq 0 ]; then echo "lint: no generated Verilog in rtl-out/ (run make rtl)" >&2; exit 1; fi
mkdir -p build/lint
# A parameter of a top, read from its register map (the name need not carry the parameters: --name).
param() { grep -o "\"$2\": [0-9]*" "$1" | head -n 1 | grep -o '[0-9]*$'; }
status=0
for v in "${tops[@]}"; do
  top=$(basename "$v" .v)
  map=${v%.v}.regmap.json
  waivers=(lint/verilator-waivers.vlt)
  if [ "$(param "$map" contexts)" = 1 ] || [ "$(param "$map" harts)" = 1 ] || [ "$(param "$map" sources)" = 1 ]; then
    waivers+=(lint/single-element.vlt)
  fi
  log=build/lint/${v#rtl-out/}.log
  mkdir -p "$(dirname "$log")"
  if verilator --lint-only -Wall --top-module "$top" "${waivers[@]}" "$v" > "$log" 2>&1; then
    echo "lint ok    $v"
  else
    echo "lint FAIL  $v"; cat "$log"; status=1
  fi
done
exit $status
