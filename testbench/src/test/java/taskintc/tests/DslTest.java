package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taskintc.dsl.Circuit;
import taskintc.dsl.Elaborator;
import taskintc.dsl.FirstSet;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Ram;
import taskintc.dsl.RotatingSearch;
import taskintc.dsl.SimPin;
import taskintc.examples.ApbEventBlock;
import taskintc.examples.EventCounter;
import taskintc.sim.Apb3Master;
import taskintc.sim.BusMaster;
import taskintc.sim.Clock;
import taskintc.sim.SimModels;

/** The Java DSL: names survive into Verilog, literals are checked, memories become memories. */
class DslTest {
    @Test
    void namedSignalsKeepTheirNames(@TempDir Path dir) throws Exception {
        Elaborator.verilog(dir, () -> new EventCounter(16, 8));
        String v = Files.readString(dir.resolve("EventCounter.v"));
        for (String name : new String[]{"input  wire          event", "input  wire [3:0]    source", "output wire [7:0]    count",
                "reg        [7:0]    totalReg", "reg                 pending", "reg        [3:0]    pendingSource",
                "reg [7:0] counts [0:15];", "always @(posedge clk) begin"})
            assertTrue(v.contains(name), "Verilog lacks '" + name + "'\n" + v);
        assertTrue(!v.contains("posedge reset"), "reset is synchronous");
    }

    @Test
    void busSlaveFactoryRegistersWorkInSimulation() {
        SimModels.model("apb_event", ApbEventBlock::new).run("apb_event", 1, dut -> {
            Clock clock = new Clock(dut);
            clock.reset(2);
            Apb3Master apb = new Apb3Master(dut.apb, clock, new Random(1), 0);
            SimPin event = SimPin.of(dut.event);
            assertEquals(0xCAFE, access(apb, BusMaster.Access.write(ApbEventBlock.SCRATCH, 0xCAFE)) + 0xCAFE);
            assertEquals(0xCAFE, access(apb, BusMaster.Access.read(ApbEventBlock.SCRATCH)));
            event.set(true);
            for (int i = 0; i < 5; i++) clock.tick();
            event.set(false);
            assertEquals(5, access(apb, BusMaster.Access.read(ApbEventBlock.EVENTS)));
            access(apb, BusMaster.Access.write(ApbEventBlock.CLEAR, 1));
            assertEquals(0, access(apb, BusMaster.Access.read(ApbEventBlock.EVENTS)));
        });
    }

    static long access(BusMaster m, BusMaster.Access a) {
        m.submit(a);
        for (int i = 0; i < 20 && !m.idle(); i++) m.step();
        var done = m.takeCompleted();
        assertEquals(1, done.size(), "APB access did not complete");
        return done.get(0).data();
    }

    /** {@link FirstSet} on its own: a vector and flags in, the first set bit's index and flag out. */
    public static final class FirstSetProbe extends Circuit {
        public final HwBits v, flag, out;

        public FirstSetProbe(int width) {
            v = inBits("v", width);
            flag = inBits("flag", width);
            out = outBits("out", 2 + Hw.log2Up(width));
            FirstSet f = FirstSet.of(v, flag);
            out.assign(Hw.cat(f.any(), f.flag(), f.index()));
        }
    }

    /** Every vector of 5 and of 8 bits (a width that is not a power of two pads the tree), flags at random,
     *  against the lowest set bit computed in Java. */
    @Test
    void firstSetTreeFindsTheLowestSetBit() {
        for (int width : new int[]{5, 8}) {
            int iw = Hw.log2Up(width);
            SimModels.model("first_set_" + width, () -> new FirstSetProbe(width)).run("first_set_" + width, 1, dut -> {
                Clock clock = new Clock(dut);
                SimPin v = SimPin.of(dut.v), flag = SimPin.of(dut.flag), out = SimPin.of(dut.out);
                Random random = new Random(width);
                for (int x = 0; x < 1 << width; x++) {
                    int f = random.nextInt(1 << width);
                    v.set(x);
                    flag.set(f);
                    clock.tick();
                    long o = out.get();
                    // None set: the index is all ones (LevelLists resets its per-context tops to that value).
                    int first = x == 0 ? (1 << iw) - 1 : Integer.numberOfTrailingZeros(x);
                    String at = "width " + width + ", v " + Integer.toBinaryString(x) + ", flags " + Integer.toBinaryString(f);
                    assertEquals(x != 0, (o >> (iw + 1) & 1) == 1, "any, " + at);
                    assertEquals(first, o & ((1 << iw) - 1), "index, " + at);
                    if (x == 0) continue;
                    assertEquals(f >> first & 1, o >> iw & 1, "flag, " + at);
                }
            });
        }
    }

    /** {@link RotatingSearch} at several widths, one flat (the width within a group) and the rest in groups of 4 or 2
     *  (whole groups, a last group cut short, more groups than a group's width), one model. */
    public static final class RotatingSearchProbe extends Circuit {
        /** Each case: the width and the group width. */
        static final int[][] CASES = {{5, 8}, {8, 4}, {11, 4}, {13, 2}};
        public final HwBits v;
        public final HwUInt last;
        public final HwBits out;

        public RotatingSearchProbe() {
            v = inBits("v", 13);
            last = inUInt("last", 4);
            out = outBits("out", java.util.Arrays.stream(CASES).mapToInt(c -> 1 + Hw.log2Up(c[0])).sum());
            HwBits[] parts = new HwBits[CASES.length];
            for (int i = 0; i < CASES.length; i++) {
                int width = CASES[i][0];
                FirstSet f = RotatingSearch.after(v.resize(width), last.resize(Hw.log2Up(width)), CASES[i][1]);
                parts[CASES.length - 1 - i] = Hw.cat(f.any(), f.index());
            }
            out.assign(Hw.cat(parts));
        }
    }

    /** Every vector and every position below each case's width: the first set bit past the position, else the first
     *  set bit, computed in Java. */
    @Test
    void rotatingSearchFindsTheFirstSetBitPastThePosition() {
        SimModels.model("rotating_search", RotatingSearchProbe::new).run("rotating_search", 1, dut -> {
            Clock clock = new Clock(dut);
            SimPin v = SimPin.of(dut.v), last = SimPin.of(dut.last), out = SimPin.of(dut.out);
            for (int x = 0; x < 1 << 13; x++)
                for (int p = 0; p < 13; p++) {
                    v.set(x);
                    last.set(p);
                    clock.tick();
                    long o = out.get();
                    int lsb = 0;
                    for (int[] c : RotatingSearchProbe.CASES) {
                        int width = c[0], iw = Hw.log2Up(width);
                        long got = o >> lsb & ((1L << (iw + 1)) - 1);
                        lsb += iw + 1;
                        if (p >= width) continue;
                        int bits = x & ((1 << width) - 1), past = bits & ~((2 << p) - 1);
                        String at = "width " + width + " in groups of " + c[1] + ", v " + Integer.toBinaryString(bits) + ", position " + p;
                        assertEquals(bits != 0, (got >> iw & 1) == 1, "any, " + at);
                        if (bits != 0)
                            assertEquals(Integer.numberOfTrailingZeros(past != 0 ? past : bits), got & ((1 << iw) - 1), "index, " + at);
                    }
                }
        });
    }

    /** {@link Hw#above} at several widths and index widths (exact, wider, narrower than the outputs need), one model. */
    public static final class AboveProbe extends Circuit {
        /** Each case: the index bits used and the outputs. */
        static final int[][] CASES = {{3, 5}, {3, 8}, {4, 6}, {2, 8}, {4, 1}};
        public final HwUInt index;
        public final HwBits out;

        public AboveProbe() {
            index = inUInt("index", 4);
            out = outBits("out", java.util.Arrays.stream(CASES).mapToInt(c -> c[1]).sum());
            HwBits[] parts = new HwBits[CASES.length];
            for (int i = 0; i < CASES.length; i++) parts[CASES.length - 1 - i] = Hw.above(index.resize(CASES[i][0]), CASES[i][1]);
            out.assign(Hw.cat(parts));
        }
    }

    /** Every index: bit s of each thermometer is set exactly when the (truncated) index is below s. */
    @Test
    void aboveTreeIsTheThermometerOfItsIndex() {
        SimModels.model("above", AboveProbe::new).run("above", 1, dut -> {
            Clock clock = new Clock(dut);
            SimPin index = SimPin.of(dut.index), out = SimPin.of(dut.out);
            for (int x = 0; x < 16; x++) {
                index.set(x);
                clock.tick();
                long o = out.get();
                int lsb = 0;
                for (int[] c : AboveProbe.CASES) {
                    int truncated = x & ((1 << c[0]) - 1);
                    for (int s = 0; s < c[1]; s++)
                        assertEquals(truncated < s, (o >> (lsb + s) & 1) == 1, "index " + truncated + " (" + c[0] + " bits), output " + s + " of " + c[1]);
                    lsb += c[1];
                }
            }
        });
    }

    /** {@link Hw#select} over 1, 3, 4 and 5 items of 4 bits (item k holds k + 9), one index for all. */
    public static final class SelectProbe extends Circuit {
        static final int[] COUNTS = {1, 3, 4, 5};
        public final HwUInt index;
        public final HwBits out;

        public SelectProbe() {
            index = inUInt("index", 3);
            out = outBits("out", 4 * COUNTS.length);
            HwBits[] parts = new HwBits[COUNTS.length];
            for (int i = 0; i < COUNTS.length; i++) {
                HwBits[] items = new HwBits[COUNTS[i]];
                for (int k = 0; k < items.length; k++) items[k] = Hw.bitsLit(k + 9, 4);
                parts[COUNTS.length - 1 - i] = Hw.select(items, index.resize(Hw.log2Up(COUNTS[i])));
            }
            out.assign(Hw.cat(parts));
        }
    }

    /** Every index below the count selects its item; an index past the end (a count not a power of two) one of them. */
    @Test
    void selectTreeReadsTheIndexedItem() {
        SimModels.model("select", SelectProbe::new).run("select", 1, dut -> {
            Clock clock = new Clock(dut);
            SimPin index = SimPin.of(dut.index), out = SimPin.of(dut.out);
            for (int x = 0; x < 8; x++) {
                index.set(x);
                clock.tick();
                long o = out.get();
                for (int i = 0; i < SelectProbe.COUNTS.length; i++) {
                    int n = SelectProbe.COUNTS[i], truncated = x & ((1 << Hw.log2Up(n)) - 1);
                    long got = o >> (4 * i) & 0xF;
                    if (truncated < n) assertEquals(truncated + 9, got, "index " + truncated + " of " + n + " items");
                    else assertTrue(got >= 9 && got < 9 + n, "index " + truncated + " past " + n + " items gave " + got);
                }
            }
        });
    }

    /** An input, the same input through a wire, and the input registered: what the testbench's clock must keep apart. */
    public static final class ClockProbe extends Circuit {
        public final HwBool in, wire, registered;

        public ClockProbe() {
            in = inBool("in");
            wire = outBool("wire");
            registered = outBool("registered");
            wire.assign(in);
            registered.assign(delay("q", in, false));
        }
    }

    /**
     * The testbench clock skips the step before an edge when nothing was written since the design last settled: an
     * input written after a settle and just before a tick is still settled for the probes before the edge and sampled
     * by the edge, with or without a second settle in between, and a tick with nothing written keeps the registered
     * value.
     */
    @Test
    void clockSettlesWhatWasWrittenBeforeEachEdge() {
        SimModels.model("clock_probe", ClockProbe::new).run("clock_probe", 1, dut -> {
            Clock clock = new Clock(dut);
            SimPin in = SimPin.of(dut.in), wire = SimPin.of(dut.wire), registered = SimPin.of(dut.registered);
            long[] seenBeforeEdge = {-1};
            clock.onCycle(() -> seenBeforeEdge[0] = wire.get(), null);
            in.set(false);
            clock.reset(2);
            boolean[] values = {true, false, false, true, true, false};
            for (int i = 0; i < values.length; i++) {
                // Settled before the write: only the write tells the clock that the design must settle again.
                clock.settle();
                in.set(values[i]);
                long expected = values[i] ? 1 : 0;
                if (i % 2 == 1) {
                    clock.settle();
                    assertEquals(expected, wire.get(), "settled wire, cycle " + i);
                }
                clock.tick();
                assertEquals(expected, seenBeforeEdge[0], "wire before the edge, cycle " + i);
                assertEquals(expected, registered.get(), "registered after the edge, cycle " + i);
                clock.tick();
                assertEquals(expected, registered.get(), "registered after an edge with nothing written, cycle " + i);
            }
        });
    }

    @Test
    void literalsMustFitTheirWidth() {
        assertThrows(IllegalArgumentException.class, () -> Hw.lit(256, 8));
        assertEquals(4, Hw.log2Up(16));
        assertEquals(5, Hw.log2Up(17));
        assertEquals(11, Hw.widthOf(1024));
    }

    /**
     * Every committed configuration's scheduler memories that small designs build from logic (the ready counts and the
     * context error registers) are built from logic exactly when they hold at most {@link Ram#LOGIC_BITS} bits, both
     * kinds occur for each (the board configurations' small ones, the 64-context ones' block RAMs), and the
     * architecture page states the bound the generator uses.
     */
    @Test
    void onlySmallMemoriesAreBuiltFromLogic() throws Exception {
        Pattern scheduler = Pattern.compile("(?s)\\nmodule \\w*ReadyQueueCore \\(.*?\\nendmodule");
        List<Path> verilog;
        try (Stream<Path> files = Files.walk(Paths.root().resolve("rtl-out"))) {
            verilog = files.filter(f -> f.toString().endsWith(".v")).sorted().toList();
        }
        for (String memory : List.of("contextCounts", "errors")) {
            Pattern decl = Pattern.compile("(\\(\\* ram_style = \"logic\" \\*\\) )?reg \\[(\\d+):0\\] " + memory + " \\[0:(\\d+)\\];");
            int inLogic = 0, inRam = 0;
            for (Path f : verilog) {
                Matcher core = scheduler.matcher(Files.readString(f));
                if (!core.find()) continue;
                Matcher m = decl.matcher(core.group());
                if (!m.find()) continue;
                long bits = (Long.parseLong(m.group(2)) + 1) * (Long.parseLong(m.group(3)) + 1);
                assertEquals(bits <= Ram.LOGIC_BITS, m.group(1) != null, f + ": " + m.group());
                if (m.group(1) != null) inLogic++;
                else inRam++;
            }
            assertTrue(inLogic > 0 && inRam > 0, memory + ": configurations with the memory in logic " + inLogic + ", in block RAM " + inRam);
        }
        // The storage table in docs/architecture.md states the bound.
        String stated = "at most " + Ram.LOGIC_BITS + " bits (`Ram.LOGIC_BITS`";
        assertTrue(Files.readString(Paths.root().resolve("docs/architecture.md")).contains(stated), "docs/architecture.md lacks '" + stated + "'");
    }
}
