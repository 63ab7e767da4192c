# The FPGA flow: generated board design -> yosys synth_ice40 -> nextpnr-ice40, once per placer seed -> report ->
# icepack. Every step is a file with its real inputs, so running it again redoes only what changed (the
# configuration, the generator jar, the seeds, the generator options). The top Makefile's `bitstream`,
# `fpga-plic` and `fpga-fit` targets install the tools and call this file; run it directly as
#   make -f fpga/flow.mk bitstream BOARD=icebreaker [CONFIG=...] [SEEDS="1 2 3"] [TOOLS=yowasp] [CLOCK_MHZ=24]
#
# BOARD        a board of taskintc.board.Board (one directory each under fpga/)
# CONFIG       controller parameters (default configs/fpga-$(BOARD).properties); empty with BOARD_ARGS for the PLIC
# NAME         the configuration's name in the build directory and the report (default: CONFIG's base name)
# SEEDS        nextpnr placer seeds; the report gives min / median / max Fmax and the gate uses the median
# TOOLS        debian (Debian's binaries) or yowasp (YoWASP from npm, fpga/yowasp/run.mjs)
# CLOCK_MHZ    run the design from a PLL at this frequency instead of the oscillator (boards with a PLL pad)
# BOARD_ARGS   more generator options (fpga-plic: --plic-sources 32 --plic-targets 4)
# UPDATE_REPORTS=1  also copy the report to reports/ and regenerate reports/fpga-summary.md and docs/fpga.md's tables
#
# The build directory is build/fpga/$(TOOLS)/$(BOARD)-$(NAME)/: rtl/ (design, wrapper, .pcf, flow.env), synth.json,
# stat.txt, seed-<n>/ (nextpnr's log, report and placement), report.json, design.asc (best seed), $(BOARD).bin.

SHELL := /bin/bash
BOARD ?= icebreaker
CONFIG ?= configs/fpga-$(BOARD).properties
TOOLS ?= debian
SEEDS ?= 1 2 3
CLOCK_MHZ ?=
BOARD_ARGS ?=
UPDATE_REPORTS ?= 0
NAME ?= $(basename $(notdir $(CONFIG)))$(if $(CLOCK_MHZ),-$(CLOCK_MHZ)mhz)
JAR ?= hdl-gen/target/hdl-gen.jar
GEN := java -jar $(JAR)
NICE := nice -n 10

# Boards are the directories of fpga/ that hold a constraints file (generated from taskintc.board.Board, and
# checked against it by BoardCliTest).
FPGA_BOARDS := $(sort $(patsubst fpga/%/,%,$(dir $(wildcard fpga/*/*.pcf))))
ifeq ($(filter $(BOARD),$(FPGA_BOARDS)),)
$(error BOARD=$(BOARD) is not a board; boards: $(FPGA_BOARDS))
endif
ifneq ($(CONFIG),)
ifeq ($(wildcard $(CONFIG)),)
$(error CONFIG=$(CONFIG): no such file (configurations: $(wildcard configs/*.properties fpga/*/*.properties)))
endif
endif

ifeq ($(TOOLS),debian)
YOSYS := yosys
NEXTPNR := nextpnr-ice40
ICEPACK := icepack
else ifeq ($(TOOLS),yowasp)
# The YoWASP tools see only the directory they run in (a virtual file system): every path below is relative.
YOWASP := node $(CURDIR)/fpga/yowasp/run.mjs
YOSYS := $(YOWASP) yosys
NEXTPNR := $(YOWASP) nextpnr-ice40
ICEPACK := $(YOWASP) icepack
else
$(error TOOLS=$(TOOLS): must be debian or yowasp)
endif

BUILD_DIR ?= build/fpga/$(TOOLS)/$(BOARD)-$(NAME)
D := $(BUILD_DIR)
GEN_ARGS := --board $(BOARD) $(if $(CONFIG),--config $(CONFIG)) $(if $(CLOCK_MHZ),--clock-mhz $(CLOCK_MHZ)) $(BOARD_ARGS)
SEED_LIST := $(strip $(SEEDS))
REPORT := reports/fpga-$(BOARD)-$(NAME)$(if $(filter-out debian,$(TOOLS)),-$(TOOLS)).json

.PHONY: bitstream report FORCE
.DELETE_ON_ERROR:

# The gate: the report is written whatever happens (and copied to reports/ when asked), then checked: exit 1 when
# the design does not fit or its median Fmax misses the clock; the bitstream is packed only from a passing build.
bitstream: $(D)/report.json
	@if [ "$(UPDATE_REPORTS)" = 1 ]; then $(GEN) fpga-publish --report $(D)/report.json --to $(REPORT); fi
	@$(GEN) fpga-check --report $(D)/report.json
	@$(MAKE) -f fpga/flow.mk --no-print-directory $(D)/$(BOARD).bin
	@echo "fpga: bitstream $(D)/$(BOARD).bin$(if $(filter 1,$(UPDATE_REPORTS)), and $(REPORT))"

report: $(D)/report.json

# Values that are not files are kept in files that change only when the value does, so they are real inputs.
$(D)/gen.args: FORCE
	@mkdir -p $(@D); echo '$(GEN_ARGS)' | cmp -s - $@ || echo '$(GEN_ARGS)' > $@
$(D)/seeds: FORCE
	@mkdir -p $(@D); echo '$(SEED_LIST)' | cmp -s - $@ || echo '$(SEED_LIST)' > $@

# The design is regenerated when the generator, the configuration or the options change, but rtl/ is replaced only
# when its content changed, so a rebuilt generator that writes the same Verilog does not redo synthesis and placement.
$(D)/rtl.stamp: $(JAR) $(CONFIG) $(D)/gen.args
	@echo "fpga: generating $(BOARD) $(NAME) -> $(D)"
	@rm -rf $(D)/rtl.new
	@$(GEN) board $(GEN_ARGS) --out $(D)/rtl.new > $(D)/generate.log 2>&1 || { cat $(D)/generate.log >&2; rm -rf $(D)/rtl.new; exit 2; }
	@if diff -rq $(D)/rtl.new $(D)/rtl > /dev/null 2>&1; then rm -rf $(D)/rtl.new; else rm -rf $(D)/rtl; mv $(D)/rtl.new $(D)/rtl; fi
	@touch $@
$(D)/rtl/flow.env: $(D)/rtl.stamp ;

$(D)/synth.json: $(D)/rtl/flow.env
	@echo "fpga: yosys ($(TOOLS))"
	@. $(D)/rtl/flow.env && cd $(D) && { echo "yosys: $$($(YOSYS) -V)"; echo "nextpnr-ice40: $$($(NEXTPNR) --version 2>&1 | head -1)"; } > tools.txt \
	  && $(NICE) $(YOSYS) -q -l yosys.log -p "read_verilog $$(echo rtl/*.v); synth_ice40 -top $$TOP -json synth.tmp.json; tee -q -o stat.txt stat" > /dev/null \
	  || { echo "fpga: yosys failed, see $(D)/yosys.log" >&2; exit 1; }
	@mv $(D)/synth.tmp.json $@

# One placement per seed. A run that fails (the design does not fit) still leaves its status and log: the report
# says what ran out. --timing-allow-fail: the report, not nextpnr, judges timing (over the seeds).
$(D)/seed-%/status: $(D)/synth.json
	@echo "fpga: nextpnr-ice40 seed $* ($(TOOLS))"
	@rm -rf $(@D); mkdir -p $(@D)
	@. $(D)/rtl/flow.env && cd $(D) && { $(NICE) $(NEXTPNR) --$$DEVICE --package $$PACKAGE --pcf rtl/$$PCF --freq $$FREQ_MHZ --seed $* \
	  --json synth.json --asc seed-$*/design.asc --report seed-$*/pnr.json --timing-allow-fail -q -l seed-$*/nextpnr.log \
	  > /dev/null 2>&1; echo $$? > seed-$*/status.tmp; }
	@mv $(@D)/status.tmp $@

$(D)/report.json: $(JAR) $(D)/seeds $(foreach s,$(SEED_LIST),$(D)/seed-$(s)/status)
	@$(GEN) fpga-report $(GEN_ARGS) --name $(NAME) --toolchain $(TOOLS) --seeds "$(SEED_LIST)" --dir $(D) --report $@

$(D)/$(BOARD).bin: $(D)/report.json
	@cd $(D) && $(ICEPACK) design.asc $(BOARD).bin

FORCE:
