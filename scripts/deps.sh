#!/usr/bin/env bash
# Installs what the build and the tests need and is missing: Debian packages (Verilator and a C++
# compiler for the simulation models, zlib for waveforms, the Rust toolchain and riscv64 binutils for
# the firmware; yosys with WITH_SYNTH=1; yosys, nextpnr-ice40 and icestorm with WITH_FPGA=1, or with
# WITH_FPGA=1 TOOLS=yowasp Node.js and the YoWASP yosys / nextpnr-ice40 from npm into fpga/yowasp/; dtc with
# WITH_SOC=1) and the
# Maven dependencies. Needs Java 17,
# Maven and make already present. Safe to run again: it installs only what is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v verilator >/dev/null 2>&1 || need+=(verilator)
command -v g++ >/dev/null 2>&1 || need+=(g++)
command -v make >/dev/null 2>&1 || need+=(make)
dpkg -s zlib1g-dev >/dev/null 2>&1 || need+=(zlib1g-dev)
command -v python3 >/dev/null 2>&1 || need+=(python3)   # make test runs scripts/test_soc_bench.py
if [ "${WITH_SYNTH:-0}" = 1 ] || [ "${WITH_FPGA:-0}" = 1 ]; then command -v yosys >/dev/null 2>&1 || need+=(yosys); fi
# FPGA flow (make bitstream): place and route, bitstream packing, timing database; TOOLS=yowasp: Node.js and npm.
if [ "${WITH_FPGA:-0}" = 1 ] && [ "${TOOLS:-debian}" = yowasp ]; then
  command -v node >/dev/null 2>&1 || need+=(nodejs)
  command -v npm >/dev/null 2>&1 || need+=(npm)
fi
if [ "${WITH_FPGA:-0}" = 1 ]; then
  command -v nextpnr-ice40 >/dev/null 2>&1 || need+=(nextpnr-ice40)
  command -v icepack >/dev/null 2>&1 || need+=(fpga-icestorm)
  dpkg -s fpga-icestorm-chipdb >/dev/null 2>&1 || need+=(fpga-icestorm-chipdb)
fi
# Rust firmware (firmware/): Debian's toolchain, pinned to what apt gives (rustc 1.63), the library
# sources to build core/alloc for riscv64gc, compiler_builtins' source, riscv64 binutils to link.
for pkg in rustc cargo rust-src librust-compiler-builtins-dev binutils-riscv64-unknown-elf; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
# make formal: yosys (with yosys-smtbmc, which needs python3) and the z3 SMT solver.
if [ "${WITH_FORMAL:-0}" = 1 ]; then
  command -v yosys >/dev/null 2>&1 || need+=(yosys)
  command -v yosys-smtbmc >/dev/null 2>&1 || need+=(yosys)
  command -v python3 >/dev/null 2>&1 || need+=(python3)
  command -v z3 >/dev/null 2>&1 || need+=(z3)
fi

# make soc: rocket-chip's generator compiles its device tree with dtc.
if [ "${WITH_SOC:-0}" = 1 ]; then
  command -v dtc >/dev/null 2>&1 || need+=(device-tree-compiler)
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "deps: installing ${need[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else echo "deps: need root (or sudo) to install ${need[*]}" >&2; exit 1; fi
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

for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "deps: $tool is required (install a JDK 17 and Maven)" >&2; exit 1; }
done

# Maven dependencies and plugins, and the generator jar with its class path.
if [ ! -f hdl-gen/target/hdl-gen.jar ] || [ -n "$(find hdl-gen/src hdl-gen/pom.xml pom.xml -newer hdl-gen/target/hdl-gen.jar -print -quit 2>/dev/null)" ]; then
  mvn -B -q -DskipTests install
fi
