#!/usr/bin/env bash
# verilator --lint-only -Wall on every generated top in rtl-out/, with the justified waivers in
# lint/verilator-waivers.vlt. Fails on any other warning.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
tops=(rtl-out/*.v)
if [ ${#tops[@]} -eq 0 ]; then echo "lint: no generated Verilog in rtl-out/ (run make rtl)" >&2; exit 1; fi
status=0
for v in "${tops[@]}"; do
  top=$(basename "$v" .v)
  waivers=(lint/verilator-waivers.vlt)
  case "$top" in *_c1_*|*_h1_*|*_i1_*) waivers+=(lint/single-element.vlt) ;; esac
  if verilator --lint-only -Wall --top-module "$top" "${waivers[@]}" "$v" > "/tmp/lint-$top.log" 2>&1; then
    echo "lint ok    $top"
  else
    echo "lint FAIL  $top"; cat "/tmp/lint-$top.log"; status=1
  fi
done
exit $status
