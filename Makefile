# TaskIntc: task-aware interrupt controller generator.
# `make rtl` generates the default controller into rtl-out/ and each named configuration configs/NAME.properties
# into rtl-out/NAME/; `make test` runs the whole regression. Both install what is missing first
# (scripts/deps.sh: make rtl needs only Java and Maven; the other targets ask it for their tools).

SHELL := /bin/bash
GEN   := java -jar hdl-gen/target/hdl-gen.jar

.PHONY: all deps build rtl rtl-compare test regress lint sim examples bench formal soak coverage bitstream fpga-plic fpga-fit \
        fpga-scaling unit-cost clean help firmware firmware-sim firmware-test soc soc-test bench-soc bench-runtime soc-map

# FPGA flow (fpga/flow.mk): BOARD, CONFIG, SEEDS, TOOLS, CLOCK_MHZ and UPDATE_REPORTS are passed on to it.
BOARD ?= icebreaker
TOOLS ?= debian
FPGA_VARS = BOARD=$(BOARD) TOOLS=$(TOOLS) $(if $(CONFIG),CONFIG=$(CONFIG)) $(if $(SEEDS),SEEDS="$(SEEDS)") \
	$(if $(CLOCK_MHZ),CLOCK_MHZ=$(CLOCK_MHZ)) $(if $(UPDATE_REPORTS),UPDATE_REPORTS=$(UPDATE_REPORTS))

all: rtl

help:
	@echo "make rtl    generate rtl-out/TaskIntc.* (the default) and rtl-out/NAME/ for each configs/NAME.properties"
	@echo "make test   Java unit tests, simulation regressions under Verilator, lint, RTL drift check, examples,"
	@echo "            firmware host tests; random tests draw a fresh base seed each run (printed); SEED=S replays it"
	@echo "make regress SEEDS=N   N fresh seeds of every random test ($(RANDOM_TESTS));"
	@echo "            SEED=S replays one, TEST=Class[,Class] and CONFIGS=Top[,Top] narrow it (a failure prints this command)"
	@echo "make sim TEST=Class[#method] [CONFIG=name] [WAVES=1]"
	@echo "            one test (scenario) of testbench/, on the configs/ configuration CONFIG when it takes one;"
	@echo "            WAVES=1 keeps its waveform (the path is printed; open it with gtkwave)"
	@echo "make examples  examples/: a plain Verilog top around the controller and its testbench, under Verilator"
	@echo "make lint   verilator --lint-only -Wall on every generated top"
	@echo "make bench  bus and core cycle counts on the generated RTL -> reports/bench.json"
	@echo "make firmware       Rust driver, executor, scheduler and example ELF for riscv64gc-unknown-none-elf"
	@echo "make firmware-test  Rust host tests against the Verilated rtl-out/TaskIntc.v and other AXI4-Lite tops (part of make test)"
	@echo "make firmware-sim   only Verilate rtl-out/TaskIntc.v with the C++ AXI4-Lite harness (build/firmware-sim/)"
	@echo "make bitstream BOARD=icebreaker|hx8k [CONFIG=configs/x.properties] [SEEDS=\"1 2 3\"] [TOOLS=debian|yowasp]"
	@echo "           [CLOCK_MHZ=24] [UPDATE_REPORTS=1]: board design -> yosys -> nextpnr-ice40 per placer seed -> icepack"
	@echo "           (fpga/flow.mk): build/fpga/<tools>/<board>-<config>/{report.json,<board>.bin}; fails when it does not"
	@echo "           fit or the median Fmax misses the clock; UPDATE_REPORTS=1 also writes reports/fpga-<board>-<config>.json"
	@echo "make fpga-plic      SpinalHDL's AxiLite4Plic (32 sources, 4 targets) through the same board flow on the HX8K"
	@echo "make fpga-scaling   yosys synth_ice40 and synth_xilinx (UltraScale+) across N, C, P, I (and I with --line-buffer 1), with slopes per source and context -> reports/fpga-scaling.{md,json,png} (hours; AXES=a,b remakes only those axes, keeping the others' rows)"
	@echo "make unit-cost  each unit's LUT4, carries and flip-flops per source and per context (yosys synth_ice40, each unit alone) -> reports/unit-cost.md (minutes)"
	@echo "  scripts/unit-cost.sh sources|contexts   every unit's LUT4 per source or per context (minutes)"
	@echo "make fpga-fit BOARD=icebreaker|hx8k   search the largest configuration that fits -> configs/fpga-<board>.properties"
	@echo "make rtl-compare BASE=main   make rtl, then compare BASE's committed rtl-out/ with it (text, LUT4 within 2%)"
	@echo "make formal proofs of the core and of the IPC unit (yosys + ABC): every assertion's condition reached"
	@echo "            (the depth each needs printed), each property group proved (unbounded, or bounded at the"
	@echo "            deepest need), every RTL mutant of formal/mutants.txt caught; FORMAL_JOBS=N runs N solvers"
	@echo "make soak   10,000,000 random core operations on the default configuration against the model"
	@echo "            (SOAK_OPS=N, SOAK_SEED=S) -> reports/soak.json with operations per second of simulation"
	@echo "make coverage  the default configuration's regression under Verilator line + toggle coverage"
	@echo "            -> reports/coverage.md (per module, uncovered lines of the core listed)"
	@echo "make soc    rocket-chip's Rocket (RV64GC, SOC_HARTS harts, default 2) with the controller on its MMIO port and"
	@echo "            its usip/ssip in each hart's local interrupts, Verilated with the harness -> build/soc/h<H>/Vsoc;"
	@echo "            runs the smoke test (floors of the interrupt paths -> reports/soc-smoke.json)"
	@echo "make soc-test   make soc, then the short end-to-end benchmark (the CI version) -> build/soc/h2/reports-short/"
	@echo "make bench-soc  the full set over 5 seeds: wakeup (controller, PLIC, polling; sleeping and spinning harts),"
	@echo "            preemption, cross-hart IPC, system calls on a kernel hart -> reports/soc.{json,png,md}, doc tables"
	@echo "make bench-runtime  the async runtime's probe timelines (cycles and instructions per segment of a system call,"
	@echo "            an IPC round trip, a wake) and each round trip's median at 5 code layouts (RUNTIME_PADS)"
	@echo "            -> reports/runtime-probes.{json,md} (two minutes after make soc)"
	@echo "make soc-map    regenerate soc/generated/ (SoC address map, device registers, record format) from its declaration"
	@echo "make build  only build the generator jar (hdl-gen/target/hdl-gen.jar)"
	@echo "make clean  remove build outputs (rtl-out/ is kept: it is part of the repository)"

deps:
	@scripts/deps.sh

build: deps

rtl: deps
	@echo "rtl: the default and every configs/*.properties -> rtl-out/ (one JVM; about a minute per large configuration)"
	@rm -rf build/rtl-out.new
	@$(GEN) all --configs configs --out build/rtl-out.new
	@rm -rf rtl-out && mv build/rtl-out.new rtl-out
	@cp rtl-out/TaskIntc_regs.rs firmware/taskintc-driver/src/regs.rs
	@echo "rtl: rtl-out/ written; firmware/taskintc-driver/src/regs.rs updated"

# Random tests draw a fresh base seed every run and print it; SEED=S replays a run, SEEDS=N runs N seeds (1 when
# not given). SEEDS has no default here: the FPGA flow reads the same variable as its placer seeds (default 1 2 3).
SEED ?=
RANDOM_TESTS = CoreRegressionTest,BusRegressionTest,BusAbuseTest,StormTest
SEED_ARGS = $(if $(SEED),-Dtaskintc.seed=$(SEED))

# The regression runs on freshly built jars; lint checks the committed rtl-out/ (which a test compares
# byte for byte with what the generator writes now).
test:
	@WITH_SIM=1 WITH_FIRMWARE=1 scripts/deps.sh
	@echo "test: [1/6] Java tests: generator, register-map artifacts, drift check of rtl-out/, Verilator regressions (mvn test)"
	mvn -B test $(SEED_ARGS)
	@echo "test: [2/6] lint of every generated top"
	@scripts/lint.sh
	@echo "test: [3/6] examples/ (plain Verilog top and testbench)"
	@scripts/examples.sh
	@echo "test: [4/6] firmware host tests against rtl-out/TaskIntc.v"
	@scripts/firmware.sh test
	@echo "test: [5/6] firmware configuration tests on the other AXI4-Lite tops"
	@scripts/firmware.sh test-configs
	@echo "test: [6/6] SoC benchmark script tests"
	@python3 scripts/test_soc_bench.py
	@echo "test: all passed"

# N seeds of every random test (or of TEST), in one JVM so each Verilator model is compiled once.
regress:
	@WITH_SIM=1 scripts/deps.sh
	mvn -B test -pl testbench -am -Dtest=$(or $(TEST),$(RANDOM_TESTS)) -Dsurefire.failIfNoSpecifiedTests=false \
	    -Dtaskintc.seeds=$(or $(SEEDS),1) $(SEED_ARGS) $(if $(CONFIGS),-Dtaskintc.configs=$(CONFIGS))

# One test class or method of testbench/ (TEST=Class or Class#method); CONFIG=name (configs/name.properties,
# or default) limits a test that runs on several configurations to that one; WAVES=1 keeps the waveform.
TEST ?=
SIM_CONFIG = $(if $(filter command line environment,$(origin CONFIG)),$(basename $(notdir $(CONFIG))))
sim:
	@WITH_SIM=1 scripts/deps.sh
	@[ -n "$(TEST)" ] || { echo "sim: TEST=Class[#method] is required, e.g. make sim TEST=IrqDirectedTest#wakeAllWakesEveryWaiterWithOneEvent" >&2; exit 2; }
	mvn -B -q test -pl testbench -Dtest='$(TEST)' -Dsurefire.failIfNoSpecifiedTests=false \
	    $(if $(SIM_CONFIG),-Dtaskintc.configs=$(SIM_CONFIG)) $(if $(filter 1,$(WAVES)),-Dtaskintc.waves=true) \
	    -Dsurefire.printSummary=true

examples:
	@WITH_SIM=1 scripts/deps.sh
	@scripts/examples.sh

firmware:
	@WITH_FIRMWARE=1 scripts/deps.sh
	@scripts/firmware.sh build

firmware-sim:
	@WITH_SIM=1 scripts/deps.sh
	@scripts/firmware.sh sim

firmware-test:
	@WITH_SIM=1 WITH_FIRMWARE=1 scripts/deps.sh
	@scripts/firmware.sh test
	@scripts/firmware.sh test-configs

lint:
	@WITH_SIM=1 scripts/deps.sh
	@scripts/lint.sh

bench:
	@WITH_SIM=1 WITH_SYNTH=1 scripts/deps.sh
	mvn -B -q -pl testbench test-compile exec:java -Dexec.classpathScope=test \
	    -Dexec.mainClass=taskintc.bench.Bench -Dexec.args="reports"

bitstream:
	@WITH_FPGA=1 TOOLS=$(TOOLS) scripts/deps.sh
	@$(MAKE) --no-print-directory -f fpga/flow.mk bitstream $(FPGA_VARS)

# yosys-only estimates across N, C, P, I; a private copy of the generator so rebuilding meanwhile is safe.
fpga-scaling:
	@WITH_SYNTH=1 scripts/deps.sh
	@mkdir -p build/scaling/gen && cp -r hdl-gen/target/hdl-gen.jar hdl-gen/target/lib build/scaling/gen/
	java -jar build/scaling/gen/hdl-gen.jar fpga-scaling --out reports --work build/scaling $(if $(AXES),--axes $(AXES))

# Each unit's share of a source's and a context's cost; a private copy of the generator, as above.
unit-cost: build
	@WITH_SYNTH=1 scripts/deps.sh
	@mkdir -p build/unit-cost/gen && cp -r hdl-gen/target/hdl-gen.jar hdl-gen/target/lib build/unit-cost/gen/
	scripts/unit-cost-report.sh build/unit-cost/gen/hdl-gen.jar > build/unit-cost/unit-cost.md
	mv build/unit-cost/unit-cost.md reports/unit-cost.md

# The comparison point: SpinalHDL's AxiLite4Plic (32 sources, 4 targets) in the same board design and flow.
fpga-plic:
	@WITH_FPGA=1 TOOLS=$(TOOLS) scripts/deps.sh
	@$(MAKE) --no-print-directory -f fpga/flow.mk bitstream $(FPGA_VARS) BOARD=hx8k CONFIG= NAME=plic-s32-t4 \
	    BOARD_ARGS="--plic-sources 32 --plic-targets 4"

fpga-fit:
	@WITH_FPGA=1 scripts/deps.sh
	@$(GEN) fpga-fit --board $(BOARD) $(if $(SEEDS),--seeds "$(SEEDS)")

# A restructuring's check: the committed rtl-out/ of BASE against the one generated now (text modulo line
# numbers in names, yosys synth_ice40 LUT4 per top, at most 2% change). See docs/dsl-guide.md.
BASE ?= main
rtl-compare: rtl
	@WITH_SYNTH=1 scripts/deps.sh
	@python3 scripts/rtl-compare.py $(BASE) rtl-out

formal:
	@WITH_FORMAL=1 scripts/deps.sh
	@scripts/formal.sh

SOAK_OPS ?= 10000000
SOAK_SEED ?= 1
soak:
	@WITH_SIM=1 scripts/deps.sh
	mvn -B -q -pl testbench test-compile exec:java -Dexec.classpathScope=test \
	    -Dexec.mainClass=taskintc.bench.Soak -Dexec.args="reports $(SOAK_OPS) $(SOAK_SEED)"

COVERAGE_TESTS = CoreRegressionTest,CoreDirectedTest,BusRegressionTest,DirectedBusTest,IrqDirectedTest,IpcDirectedTest,IpcBackPressureTest,IpcClearingTest
coverage:
	@WITH_SIM=1 scripts/deps.sh
	rm -rf testbench/target/sim/*_cov
	mvn -B test -pl testbench -Dtaskintc.coverage=true -Dtaskintc.configs=TaskIntc \
	    -Dtest=$(COVERAGE_TESTS) -Dsurefire.failIfNoSpecifiedTests=false
	python3 scripts/coverage.py testbench/target/sim reports/coverage.md

# The Rocket SoC: SOC_HARTS harts (1..8, default 2); the controller gets --harts SOC_HARTS.
SOC_HARTS ?= 2
export SOC_HARTS

soc:
	@WITH_SIM=1 WITH_FIRMWARE=1 WITH_SOC=1 scripts/deps.sh
	@scripts/soc.sh smoke

soc-test: soc
	@scripts/soc.sh bench short

# The full set, then the tables of docs/soc.md and README.md regenerated from reports/soc.json.
bench-soc: soc
	@scripts/soc.sh bench full
	@python3 scripts/soc-bench.py --docs reports/soc.json --smoke reports/soc-smoke.json

# The async runtime's probe timelines (a few minutes once make soc has built the SoC): instructions per segment, which
# the code's layout does not move, and the round trips' medians, which it does, at RUNTIME_PADS layouts.
RUNTIME_PADS ?= 0 64 192 448 960
bench-runtime: soc
	@SOC_BENCH_SET=runtime SOC_PROBES=1 scripts/firmware.sh soc
	@set -o pipefail; scripts/soc.sh run build/firmware-soc/runtime-probes/taskintc-soc | tee build/soc/runtime-probes.txt
	@set -e -o pipefail; for pad in $(RUNTIME_PADS); do \
	    SOC_BENCH_SET=runtime SOC_TEXT_PAD=$$pad scripts/firmware.sh soc; \
	    elf=build/firmware-soc/runtime$$(test $$pad = 0 || echo -pad$$pad)/taskintc-soc; \
	    scripts/soc.sh run $$elf | tee build/soc/runtime-layout-$$pad.txt; \
	done
	@python3 scripts/runtime-probes.py build/soc/runtime-probes.txt reports/runtime-probes.json reports/runtime-probes.md \
	    $(foreach pad,$(RUNTIME_PADS),--layout $(pad)=build/soc/runtime-layout-$(pad).txt)

# soc/generated/: the SoC's address map, device registers and record format for C++, Rust, assembly, JSON, Markdown.
soc-map:
	@$(GEN) soc-map --config configs/soc-rocket.properties --harts 2 --out soc/generated

clean:
	mvn -B -q clean
	rm -rf testbench/target simWorkspace firmware/target build
