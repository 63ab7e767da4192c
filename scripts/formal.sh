#!/usr/bin/env bash
# Formal proofs of the controller with yosys and ABC (yosys-abc): the core with its source gateways
# (formal/core_props.sv on taskintc.formal.FormalCore; harness core_lb: the same with --line-buffer 1) and the IPC unit (formal/ipc_props.sv on
# taskintc.formal.FormalIpc), each in the small configuration of taskintc.formal.FormalRtl.
#   1. Covers: every assertion has a cover of the condition under which it is checked (cover_<label>), and
#      further covers name states worth reaching. Each must be reached (ABC bmc3 with Glucose); the step it is first
#      reached in is the depth its assertion needs to fire (all in build/formal/depths.txt).
#   2. Proof, per property group: ABC's pdr tries FORMAL_PDR_SECONDS (unbounded when it finds an inductive
#      invariant); otherwise bmc3 proves the group for every input sequence of D steps from reset, D being
#      the deepest cover of the group's own assertions (so every one of them can fire within it), or with
#      FORMAL_DEEP=1 the harness's deepest cover (every group as deep as the deepest; much slower: the core's
#      FIFO group alone takes over 15 minutes at depth 15). Reset is an input too: the proofs hold across
#      resets in mid-traffic.
#   3. Mutants (formal/mutants.txt): each breaks one thing in the generated RTL and must fail the proof at
#      its harness's depth (its deepest cover, at least its minimum below). A mutant that no longer applies, or
#      survives, fails the run.
# Prints the depth, or "unbounded", per property group. FORMAL_JOBS solver runs go in parallel (default: one per
# core). FORMAL_PDR_SECONDS=S gives pdr S seconds per group first (default 0: on these harnesses pdr finds no
# inductive invariant within minutes, so CI goes straight to the bounded proof).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${FORMAL_OUT:-build/formal}
COVER_LIMIT=${FORMAL_COVER_LIMIT:-40}
PDR_SECONDS=${FORMAL_PDR_SECONDS:-0}
JOBS=${FORMAL_JOBS:-$(nproc)}
DEEP=${FORMAL_DEEP:-0}
MUTANTS=1
for a in "$@"; do
  case "$a" in
    --no-mutants) MUTANTS=0 ;;
    *) echo "formal: unknown option '$a' (allowed: --no-mutants)" >&2; exit 2 ;;
  esac
done
for v in COVER_LIMIT PDR_SECONDS JOBS; do
  if ! [[ ${!v} =~ ^[0-9]+$ ]] || [ "${!v}" -gt 3600 ] || { [ "$v" = JOBS ] && [ "${!v}" -lt 1 ]; }; then
    echo "formal: FORMAL_$v must be an integer in $([ $v = JOBS ] && echo 1 || echo 0)..3600; got '${!v}'" >&2; exit 2
  fi
done
[[ $DEEP =~ ^[01]$ ]] || { echo "formal: FORMAL_DEEP must be 0 or 1; got '$DEEP'" >&2; exit 2; }
for tool in yosys yosys-abc java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "formal: $tool is missing (run: WITH_FORMAL=1 scripts/deps.sh)" >&2; exit 1; }
done

rm -rf "$OUT" && mkdir -p "$OUT"
java -cp hdl-gen/target/hdl-gen.jar taskintc.formal.FormalRtl "$OUT" > "$OUT/elaborate.log" 2>&1 \
  || { cat "$OUT/elaborate.log"; exit 1; }
t_start=$(date +%s)

HARNESSES=(${FORMAL_HARNESSES:-core ipc core_lb})
declare -A VERILOG=([core]=FormalCore.v [ipc]=FormalIpc.v [core_lb]=line-buffer/FormalCore.v)
declare -A PROPS=([core]=formal/core_props.sv [ipc]=formal/ipc_props.sv [core_lb]=formal/core_props.sv)
declare -A TOP=([core]=taskintc_formal [ipc]=taskintc_ipc_formal [core_lb]=taskintc_formal)
# Property groups: the label prefixes of the assertions.
declare -A GROUPS_OF=([core]="answers pool isolation priority fifo wakeup" [ipc]="messages isolation grant"
  [core_lb]="answers pool isolation priority fifo wakeup")
# Minimum depths: the core's no_free_list_reuse mutant needs 14 steps (4 allocations, a free, a fifth
# allocation that must reuse the freed entry, a dequeue that would show the overwritten task).
# The IPC harness checks one run from power-up with every flip-flop and memory word starting at 0 (as an iCE40
# configures them; FormalIpc leaves out the unit's clearing of its RAMs, which would add 10 frames to every proof).
declare -A POWER_UP=([core]="" [ipc]="setundef -zero -init;" [core_lb]="")
declare -A MIN_DEPTH=([core]=${FORMAL_DEPTH_CORE:-14} [ipc]=${FORMAL_DEPTH_IPC:-0} [core_lb]=${FORMAL_DEPTH_CORE:-14})
declare -A TITLE=([answers]="answers (in order, one per command)" [pool]="pool partition (no task lost or duplicated)"
  [isolation]="isolation between contexts" [priority]="priority order" [fifo]="FIFO order within a level"
  [wakeup]="wakeup events (none lost or invented, on time)"
  [messages]="messages (none lost or duplicated; answers as the model's)" [grant]="deliveries (none without a grant, none lost)")

abc() { nice -n 10 yosys-abc -c "read_aiger $1; fold; strash; $2" 2>&1; }
# bmc3 with Glucose (-g): on these harnesses several times faster than ABC's default solver, whose time on the IPC
# messages group also swung twofold with signal names alone.
bmc() { abc "$1" "bmc3 -g -F $2"; }

# Runs "$@" in the background, at most JOBS at a time.
spawn() {
  while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
  "$@" &
}

# model <harness> <verilog> <dir> [covers]: flat AIGER files, one per property group (or, given covers, one per cover).
model() {
  local h=$1 v=$2 dir=$3 covers=${4:-}
  mkdir -p "$dir"
  {
    echo "read_verilog -sv $v"
    echo "read_verilog -formal -sv ${covers:+-DCOVERS_AS_ASSERTS} ${PROPS[$h]}"
    # Values the RTL leaves undefined (x) become free inputs (setundef -anyseq): every choice is checked.
    echo "prep -top ${TOP[$h]}; flatten; setundef -anyseq; memory_map; ${POWER_UP[$h]} opt -fast; async2sync; dffunmap; opt -full"
    echo "techmap; opt -fast; dffunmap; abc -g AND; opt_clean; chformal -cover -remove; setundef -anyseq; aigmap"
    echo "opt_clean; design -save base"
    if [ -n "$covers" ]; then
      for c in $covers; do echo "design -load base; chformal -assert -remove t:\$assert c:$c %d; write_aiger -I -B -zinit $dir/$c.aig"; done
    else
      for g in ${GROUPS_OF[$h]}; do echo "design -load base; chformal -assert -remove t:\$assert c:${g}_* %d; write_aiger -I -B -zinit $dir/$g.aig"; done
    fi
  } > "$dir/model.ys"
  yosys -q -l "$dir/yosys.log" -s "$dir/model.ys" > /dev/null 2>&1 || { tail -20 "$dir/yosys.log"; echo "formal: yosys failed on $v" >&2; return 1; }
}

frame() { grep -o 'asserted in frame *[0-9]*' "$1" | grep -o '[0-9]*$' | head -1 || true; }

# 1. Covers: the step each is first reached in.
cover() { bmc "$OUT/$1-covers/$2.aig" "$COVER_LIMIT" > "$OUT/$1-covers/$2.log"; }
declare -A COVERS NEED DEPTH
for h in "${HARNESSES[@]}"; do
  COVERS[$h]=$(grep -o 'cover_[A-Za-z0-9_]*:' "${PROPS[$h]}" | tr -d ':' | sort -u)
  model "$h" "$OUT/${VERILOG[$h]}" "$OUT/$h-covers" "${COVERS[$h]}"
  for c in ${COVERS[$h]}; do spawn cover "$h" "$c"; done
done
wait
: > "$OUT/depths.txt"
for h in "${HARNESSES[@]}"; do
  DEPTH[$h]=${MIN_DEPTH[$h]}
  for c in ${COVERS[$h]}; do
    r=$(frame "$OUT/$h-covers/$c.log")
    if [ -z "$r" ]; then echo "formal: FAILED: $h $c is not reachable within $COVER_LIMIT steps ($OUT/$h-covers/$c.log)"; exit 1; fi
    need=$((r + 1))
    echo "$h ${c#cover_}: reached in step $r, needs depth $need" >> "$OUT/depths.txt"
    for g in ${GROUPS_OF[$h]}; do
      if [[ ${c#cover_} == ${g}_* ]] && [ "$need" -gt "${NEED[$h.$g]:-0}" ]; then NEED[$h.$g]=$need; fi
    done
    if [ "$need" -gt "${DEPTH[$h]}" ]; then DEPTH[$h]=$need; fi
  done
done
t_covers=$(date +%s)
sed 's/^/formal: cover /' "$OUT/depths.txt"
echo "formal: all $(grep -c . "$OUT/depths.txt") covers reached ($((t_covers - t_start)) s)"

# 2. Proofs, per group: pdr first, then bmc3 to the harness's depth.
# The depth a group is proved to: what its own assertions need, or with FORMAL_DEEP=1 its harness's deepest cover.
proof_depth() {  # <harness> <group>
  if [ "$DEEP" = 1 ]; then echo "${DEPTH[$1]}"; else echo "${NEED[$1.$2]}"; fi
}
prove() {  # <harness> <group>
  local h=$1 g=$2 a="$OUT/$1/$2" d
  d=$(proof_depth "$1" "$2")
  if [ "$PDR_SECONDS" -gt 0 ]; then
    abc "$a.aig" "pdr -T $PDR_SECONDS" > "$a.pdr.log"
    if grep -q 'Property proved' "$a.pdr.log"; then echo "unbounded" > "$a.result"; return; fi
    if [ -n "$(frame "$a.pdr.log")" ]; then echo "FAILED: an assertion fails in step $(frame "$a.pdr.log")" > "$a.result"; return; fi
  fi
  bmc "$a.aig" "$d" > "$a.bmc.log"
  if [ -n "$(frame "$a.bmc.log")" ]; then echo "FAILED: an assertion fails in step $(frame "$a.bmc.log")" > "$a.result"
  elif grep -q "No output asserted in $d frames" "$a.bmc.log"; then echo "bounded, depth $d" > "$a.result"
  else echo "FAILED: bmc3 did not finish ($a.bmc.log)" > "$a.result"; fi
}
# 3. Mutants: every one must break the proof at its harness's depth (tried first on the group named for it).
mutant() {  # <harness> <name> <group> <pattern> <replacement>
  local h=$1 name=$2 first=$3 dir="$OUT/mutant-$2"
  mkdir -p "$(dirname "$dir/${VERILOG[$h]}")"
  sed "s/$4/$5/" "$OUT/${VERILOG[$h]}" > "$dir/${VERILOG[$h]}"
  if cmp -s "$dir/${VERILOG[$h]}" "$OUT/${VERILOG[$h]}"; then echo "FAILED: mutant $h $name did not apply (the RTL's names changed?)" > "$dir/result"; return; fi
  model "$h" "$dir/${VERILOG[$h]}" "$dir" || { echo "FAILED: mutant $h $name: yosys failed" > "$dir/result"; return; }
  for g in $first ${GROUPS_OF[$h]/$first/}; do
    bmc "$dir/$g.aig" "${DEPTH[$h]}" > "$dir/$g.log"
    if [ -n "$(frame "$dir/$g.log")" ]; then echo "mutant $h $name caught: a $g assertion fails in step $(frame "$dir/$g.log")" > "$dir/result"; return; fi
  done
  echo "FAILED: mutant $h $name SURVIVED depth ${DEPTH[$h]} (the properties did not catch it)" > "$dir/result"
}
# The proofs start deepest first (a bounded proof's time grows steeply with its depth, and the deepest one takes
# most of the run), and the mutants run beside them: they need only the covers' depths, so no core waits
# for the longest proof to end before the mutants begin.
for h in "${HARNESSES[@]}"; do model "$h" "$OUT/${VERILOG[$h]}" "$OUT/$h"; done
while read -r _ h g; do spawn prove "$h" "$g"; done < <(
  for h in "${HARNESSES[@]}"; do for g in ${GROUPS_OF[$h]}; do
    echo "$(proof_depth "$h" "$g") $h $g"
  done; done | sort -k1,1nr)
names=()
if [ "$MUTANTS" = 1 ]; then
  while IFS="#" read -r h name group pattern replacement; do
    [ -z "$h" ] && continue
    [[ " ${HARNESSES[*]} " == *" $h "* ]] || continue
    names+=("$name")
    spawn mutant "$h" "$name" "$group" "$pattern" "$replacement"
  done < <(grep -v '^#' formal/mutants.txt)
fi
wait
status=0
for h in "${HARNESSES[@]}"; do
  for g in ${GROUPS_OF[$h]}; do
    result=$(cat "$OUT/$h/$g.result")
    [[ $result == FAILED* ]] && status=1
    printf 'formal: %-7s %-58s %-19s (its assertions fire within depth %s)\n' "$h" "${TITLE[$g]}" "$result" "${NEED[$h.$g]}"
  done
done
echo "formal: proofs $([ $status = 0 ] && echo done || echo "FAILED (a group holds the assertions whose labels start with its name)")$([ "$MUTANTS" = 1 ] && echo ", mutants beside them") ($(( $(date +%s) - t_covers )) s)"
[ "$status" = 0 ] || exit 1

if [ "$MUTANTS" = 1 ]; then
  for name in "${names[@]}"; do
    r=$(cat "$OUT/mutant-$name/result")
    [[ $r == FAILED* ]] && status=1
    echo "formal: $r"
  done
  echo "formal: mutants $([ $status = 0 ] && echo "done: all ${#names[@]} caught" || echo FAILED)"
fi
echo "formal: $( [ $status = 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - t_start )) s"
exit $status
