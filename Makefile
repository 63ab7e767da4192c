# TaskIntc: task-aware interrupt controller generator.
# `make rtl` generates the default controller (and the named configurations in configs/) into rtl-out/;
# `make test` runs the whole regression. Both install what is missing first.

SHELL := /bin/bash
GEN   := java -jar hdl-gen/target/hdl-gen.jar
CONFIGS := $(wildcard configs/*.properties)

.PHONY: all deps build rtl test unit lint bench formal soak coverage clean help

all: rtl

help:
	@echo "make rtl    generate rtl-out/TaskIntc.* and the configurations in configs/"
	@echo "make test   Java unit tests, simulation regressions under Verilator, lint, RTL drift check"
	@echo "make lint   verilator --lint-only -Wall on every generated top"
	@echo "make bench  bus and core cycle counts on the generated RTL -> reports/bench.json"
	@echo "make formal bounded proofs of the core's invariants (yosys-smtbmc + z3), prints the depth proven;"
	@echo "            FORMAL_DEPTH=N to go deeper, scripts/formal.sh --mutants to check the properties catch bugs"
	@echo "make soak   10,000,000 random core operations on the default configuration against the model"
	@echo "            (SOAK_OPS=N, SOAK_SEED=S) -> reports/soak.json with operations per second of simulation"
	@echo "make coverage  the default configuration's regression under Verilator line + toggle coverage"
	@echo "            -> reports/coverage.md (per module, uncovered lines of the core listed)"
	@echo "make clean  remove build outputs (rtl-out/ is kept: it is part of the repository)"

deps:
	@scripts/deps.sh

build: deps

rtl: deps
	@$(GEN) --out rtl-out
	@for c in $(CONFIGS); do $(GEN) --config $$c --out rtl-out || exit 1; done

# The regression runs on freshly built jars; lint checks the committed rtl-out/ (which a test compares
# byte for byte with what the generator writes now).
test: deps
	mvn -B test
	@scripts/lint.sh

lint: deps
	@scripts/lint.sh

bench:
	@WITH_SYNTH=1 scripts/deps.sh
	mvn -B -q -pl testbench test-compile exec:java -Dexec.classpathScope=test \
	    -Dexec.mainClass=taskintc.bench.Bench -Dexec.args="reports"

formal:
	@WITH_FORMAL=1 scripts/deps.sh
	@scripts/formal.sh

SOAK_OPS ?= 10000000
SOAK_SEED ?= 1
soak: deps
	mvn -B -q -pl testbench test-compile exec:java -Dexec.classpathScope=test \
	    -Dexec.mainClass=taskintc.bench.Soak -Dexec.args="reports $(SOAK_OPS) $(SOAK_SEED)"

COVERAGE_TESTS = CoreRegressionTest,CoreDirectedTest,BusRegressionTest,DirectedBusTest,IrqDirectedTest
coverage: deps
	rm -rf testbench/target/sim/*_cov
	mvn -B test -pl testbench -Dtaskintc.coverage=true -Dtaskintc.configs=TaskIntc \
	    -Dtest=$(COVERAGE_TESTS) -Dsurefire.failIfNoSpecifiedTests=false
	python3 scripts/coverage.py testbench/target/sim reports/coverage.md

clean:
	mvn -B -q clean
	rm -rf testbench/target simWorkspace
