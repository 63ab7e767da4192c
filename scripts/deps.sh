#!/usr/bin/env bash
# Installs what a make target needs and is missing, and builds the generator jar (Maven dependencies
# included) when its sources changed. Needs Java 17, Maven and make already present: that is all
# `make rtl` needs. Each target asks for more with one of these, all cumulative:
#   WITH_SIM=1       Verilator, a C++ compiler, zlib (waveforms), python3: the regressions, lint, examples
#   WITH_FIRMWARE=1  Debian's Rust toolchain (rustc 1.63, cargo, rust-src, compiler_builtins' source) and
#                    riscv64 binutils: the firmware and its host tests
#   WITH_SYNTH=1     yosys;  WITH_FORMAL=1: yosys (with yosys-abc)
#   WITH_FPGA=1      yosys, nextpnr-ice40, icestorm; with TOOLS=yowasp also Node.js and the YoWASP yosys /
#                    nextpnr-ice40 from npm into fpga/yowasp/
#   WITH_SOC=1       dtc (rocket-chip's generator compiles its device tree with it)
# Safe to run again: it installs only what is absent (apt-get, as root or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "deps: $tool is required (install a JDK 17 and Maven)" >&2; exit 1; }
done

need=()
has() { command -v "$1" >/dev/null 2>&1; }
pkg() { dpkg -s "$1" >/dev/null 2>&1; }
if [ "${WITH_SIM:-0}" = 1 ]; then
  has verilator || need+=(verilator)
  has g++ || need+=(g++)
  has make || need+=(make)
  pkg zlib1g-dev || need+=(zlib1g-dev)
  has python3 || need+=(python3)   # make test runs scripts/test_soc_bench.py
fi
# Rust firmware (firmware/): Debian's toolchain, pinned to what apt gives (rustc 1.63), the library
# sources to build core/alloc for riscv64gc, compiler_builtins' source, riscv64 binutils to link.
if [ "${WITH_FIRMWARE:-0}" = 1 ]; then
  for p in rustc cargo rust-src librust-compiler-builtins-dev binutils-riscv64-unknown-elf; do pkg "$p" || need+=("$p"); done
fi
if [ "${WITH_SYNTH:-0}" = 1 ] || [ "${WITH_FPGA:-0}" = 1 ] || [ "${WITH_FORMAL:-0}" = 1 ]; then has yosys || need+=(yosys); fi
# FPGA flow (make bitstream): place and route, bitstream packing, timing database; TOOLS=yowasp: Node.js and npm.
if [ "${WITH_FPGA:-0}" = 1 ]; then
  has nextpnr-ice40 || need+=(nextpnr-ice40)
  has icepack || need+=(fpga-icestorm)
  pkg fpga-icestorm-chipdb || need+=(fpga-icestorm-chipdb)
  if [ "${TOOLS:-debian}" = yowasp ]; then
    has node || need+=(nodejs)
    has npm || need+=(npm)
  fi
fi
if [ "${WITH_SOC:-0}" = 1 ]; then
  has dtc || need+=(device-tree-compiler)
fi

if [ ${#need[@]} -gt 0 ]; then
  mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)
  echo "deps: installing ${need[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if has sudo; then SUDO=sudo; else echo "deps: need root (or sudo) to install ${need[*]}" >&2; exit 1; fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# The YoWASP toolchain (make bitstream TOOLS=yowasp): the versions pinned in fpga/yowasp/package-lock.json.
if [ "${WITH_FPGA:-0}" = 1 ] && [ "${TOOLS:-debian}" = yowasp ] && [ ! -d fpga/yowasp/node_modules/@yowasp/nextpnr-ice40 ]; then
  echo "deps: installing the YoWASP toolchain (npm ci in fpga/yowasp)"
  npm ci --prefix fpga/yowasp --no-audit --no-fund --loglevel=error
fi

# Maven dependencies and plugins, and the generator jar with its class path.
if [ ! -f hdl-gen/target/hdl-gen.jar ] || [ -n "$(find hdl-gen/src hdl-gen/pom.xml pom.xml -newer hdl-gen/target/hdl-gen.jar -print -quit 2>/dev/null)" ]; then
  echo "deps: building the generator (mvn install; the first build downloads the Maven dependencies)"
  t0=$(date +%s)
  mvn -B -q -DskipTests install
  echo "deps: generator built in $(( $(date +%s) - t0 )) s"
fi
