# TaskIntc: task-aware interrupt controller generator.
# `make rtl` generates the default controller (and the named configurations in configs/) into rtl-out/;
# `make test` runs the whole regression. Both install what is missing first.

SHELL := /bin/bash
GEN   := java -jar hdl-gen/target/hdl-gen.jar
CONFIGS := $(wildcard configs/*.properties)

.PHONY: all deps build rtl test unit lint bench clean help firmware firmware-sim firmware-test

all: rtl

help:
	@echo "make rtl    generate rtl-out/TaskIntc.* and the configurations in configs/"
	@echo "make test   Java unit tests, simulation regressions under Verilator, lint, RTL drift check"
	@echo "make lint   verilator --lint-only -Wall on every generated top"
	@echo "make bench  bus and core cycle counts on the generated RTL -> reports/bench.json"
	@echo "make firmware       Rust driver, executor, scheduler and example ELF for riscv64gc-unknown-none-elf"
	@echo "make firmware-test  Rust host tests against the Verilated rtl-out/TaskIntc.v and other AXI4-Lite tops (part of make test)"
	@echo "make firmware-sim   only Verilate rtl-out/TaskIntc.v with the C++ AXI4-Lite harness (build/firmware-sim/)"
	@echo "make clean  remove build outputs (rtl-out/ is kept: it is part of the repository)"

deps:
	@scripts/deps.sh

build: deps

rtl: deps
	@$(GEN) --out rtl-out
	@for c in $(CONFIGS); do $(GEN) --config $$c --out rtl-out || exit 1; done
	@cp rtl-out/TaskIntc_regs.rs firmware/taskintc-driver/src/regs.rs

# The regression runs on freshly built jars; lint checks the committed rtl-out/ (which a test compares
# byte for byte with what the generator writes now).
test: deps
	mvn -B test
	@scripts/lint.sh
	@scripts/firmware.sh test
	@scripts/firmware.sh test-configs

firmware: deps
	@scripts/firmware.sh build

firmware-sim: deps
	@scripts/firmware.sh sim

firmware-test: deps
	@scripts/firmware.sh test
	@scripts/firmware.sh test-configs

lint: deps
	@scripts/lint.sh

bench:
	@WITH_SYNTH=1 scripts/deps.sh
	mvn -B -q -pl testbench test-compile exec:java -Dexec.classpathScope=test \
	    -Dexec.mainClass=taskintc.bench.Bench -Dexec.args="reports"

clean:
	mvn -B -q clean
	rm -rf testbench/target simWorkspace firmware/target build/firmware-sim build/firmware-sysroot build/cargo-home
