package taskintc.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.plot.Figure;
import taskintc.plot.Plotter;
import taskintc.spec.TaskIntcConfig;

/**
 * {@code fpga-scaling}: yosys-only resource estimates of the bare controller for iCE40 ({@code synth_ice40})
 * and UltraScale+ ({@code synth_xilinx -family xcup}) while one of N, C, P and I moves away from the
 * defaults. Writes reports/fpga-scaling.{md,json,png}. No place and route: estimates, not fits.
 */
final class FpgaScaling {
    private FpgaScaling() {}

    record Axis(String key, String label, int[] values, Function<Integer, TaskIntcConfig> config) {}

    static final List<Axis> AXES = List.of(
            new Axis("capacity", "N (tasks)", new int[]{64, 1024, 16384}, n -> TaskIntcConfig.builder().capacity(n).build()),
            new Axis("contexts", "C (contexts)", new int[]{1, 8, 64, 128}, c -> TaskIntcConfig.builder().contexts(c).build()),
            new Axis("priorities", "P (levels)", new int[]{1, 8, 32}, p -> TaskIntcConfig.builder().priorities(p).build()),
            new Axis("sources", "I (sources)", new int[]{0, 32, 128, 256, 1024}, FpgaScaling::withSources),
            new Axis("sources-line-buffer", "I (sources), --line-buffer 1", new int[]{32, 256, 1024},
                    i -> withSources(i).toBuilder().lineBuffer(1).build()));

    /** A cost per element between two values of an axis, with the goal issue 16 set for it (0: none). */
    record Slope(String axis, int from, int to, long goal) {}

    static final List<Slope> SLOPES = List.of(
            new Slope("sources", 32, 128, 0), new Slope("sources", 128, 256, 0), new Slope("sources", 256, 1024, 0),
            new Slope("sources", 32, 1024, 8),
            new Slope("sources-line-buffer", 32, 256, 0), new Slope("sources-line-buffer", 32, 1024, 8),
            new Slope("contexts", 8, 64, 20), new Slope("contexts", 64, 128, 0));

    /**
     * The defaults with I sources and as many NIC queue pairs as the defaults' 4 that fit (both change at once);
     * without sources there is no IPC unit either (it needs the wakeup unit).
     */
    static TaskIntcConfig withSources(int sources) {
        TaskIntcConfig d = TaskIntcConfig.defaults();
        return d.toBuilder().sources(sources).nicQueues(Math.min(d.nicQueues(), sources / 2))
                .ipcChannels(sources == 0 ? 0 : d.ipcChannels()).build();
    }

    record Cells(long lut, long ff, double bram, long carry, long lutram) {}

    record Row(String axis, int value, TaskIntcConfig cfg, Cells ice40, Cells xcup) {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("DIR").desc("report directory (default reports)").build());
        o.addOption(Option.builder().longOpt("reuse").desc("reuse yosys results already in the work directory").build());
        o.addOption(Option.builder().longOpt("redraw").desc("only redraw fpga-scaling.png from fpga-scaling.json in the report directory").build());
        o.addOption(Option.builder().longOpt("work").hasArg().argName("DIR").desc("scratch directory (default build/scaling)").build());
        o.addOption(Option.builder().longOpt("axes").hasArg().argName("LIST")
                .desc("synthesize only these axes (comma-separated); the other axes' rows are kept from fpga-scaling.json in the "
                        + "report directory, each only if it was made for the same top (the configuration's name): for a change "
                        + "that leaves their Verilog as it was").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            BoardCommands.help(out, "taskintc-gen fpga-scaling [--out DIR]",
                    "yosys synth_ice40 and synth_xilinx -family xcup of the controller across N, C, P and I; "
                            + "writes fpga-scaling.md, .json and .png.", o);
            return Main.OK;
        }
        Path outDir = Path.of(cl.getOptionValue("out", "reports")), work = Path.of(cl.getOptionValue("work", "build/scaling"));
        if (cl.hasOption("redraw")) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> report = (Map<String, Object>) Json.read(Files.readString(outDir.resolve("fpga-scaling.json")));
                Files.write(outDir.resolve("fpga-scaling.png"), Plotter.png(figure(report)));
                out.println("wrote " + outDir.resolve("fpga-scaling.png"));
                return Main.OK;
            } catch (IOException | RuntimeException e) {
                err.println("error: --redraw: " + e.getMessage());
                return Main.FAILED;
            }
        }
        java.util.Set<String> only = null;
        if (cl.hasOption("axes")) {
            only = new java.util.LinkedHashSet<>(List.of(cl.getOptionValue("axes").split(",")));
            for (String k : only)
                if (AXES.stream().noneMatch(a -> a.key.equals(k))) {
                    err.println("error: --axes: no axis '" + k + "' (allowed: "
                            + String.join(", ", AXES.stream().map(Axis::key).toList()) + ")");
                    return Main.USAGE;
                }
        }
        try {
            Map<String, Cells[]> kept = only == null ? Map.of() : keptRows(outDir.resolve("fpga-scaling.json"));
            // Every row kept must be there before any synthesis starts.
            for (Axis a : AXES)
                for (int v : a.values) {
                    String top = a.config.apply(v).topName();
                    if (only != null && !only.contains(a.key) && !kept.containsKey(rowKey(a.key, v, top)))
                        throw new IllegalStateException("--axes: the report has no row " + a.key + " " + v + " made for " + top
                                + " to keep: run without --axes");
                }
            Map<String, Cells[]> cache = new LinkedHashMap<>();
            List<Row> rows = new ArrayList<>();
            for (Axis a : AXES)
                for (int v : a.values) {
                    TaskIntcConfig cfg = a.config.apply(v);
                    Cells[] c = cache.get(cfg.topName());
                    if (c == null && only != null && !only.contains(a.key)) c = kept.get(rowKey(a.key, v, cfg.topName()));
                    if (c == null) {
                        Path dir = work.resolve(cfg.topName());
                        boolean reuse = cl.hasOption("reuse") && Files.exists(dir.resolve("xcup").resolve("stat.txt"));
                        if (!reuse) Generator.generate(cfg, dir);
                        Path verilog = dir.resolve(cfg.topName() + ".v");
                        // The two syntheses are independent: run them side by side.
                        var xcup = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                            try {
                                return synth(verilog, cfg.topName(), "synth_xilinx -family xcup -flatten -noiopad", dir.resolve("xcup"), reuse);
                            } catch (IOException | InterruptedException e) {
                                throw new IllegalStateException(e.getMessage(), e);
                            }
                        });
                        Cells ice = synth(verilog, cfg.topName(), "synth_ice40", dir.resolve("ice40"), reuse);
                        try {
                            c = new Cells[]{ice, xcup.join()};
                        } catch (java.util.concurrent.CompletionException e) {
                            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
                        }
                        cache.put(cfg.topName(), c);
                        out.printf(Locale.ROOT, "%-12s %6d  iCE40 %7d LUT4 %6d FF %5.1f BRAM | xcup %7d LUT %6d FF %5.1f BRAM36%n",
                                a.key, v, c[0].lut, c[0].ff, c[0].bram, c[1].lut, c[1].ff, c[1].bram);
                    }
                    rows.add(new Row(a.key, v, cfg, c[0], c[1]));
                }
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("fpga-scaling.md"), markdown(rows), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve("fpga-scaling.json"), json(rows), StandardCharsets.UTF_8);
            Files.write(outDir.resolve("fpga-scaling.png"), Plotter.png(figure(rows)));
            out.println("wrote " + outDir.resolve("fpga-scaling.md") + ", .json, .png");
            return Main.OK;
        } catch (IOException | RuntimeException | InterruptedException e) {
            err.println("error: fpga-scaling failed: " + e.getMessage());
            return Main.FAILED;
        }
    }

    static Cells synth(Path verilog, String top, String command, Path dir, boolean reuse) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path stat = dir.resolve("stat.txt").toAbsolutePath();
        if (!reuse) run(verilog, top, command, dir, stat);
        return parse(stat);
    }

    static void run(Path verilog, String top, String command, Path dir, Path stat) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("nice", "-n", "10", "yosys", "-q", "-l", dir.resolve("yosys.log").toAbsolutePath().toString(), "-p",
                "read_verilog " + verilog.toAbsolutePath() + "; " + command + " -top " + top + "; tee -q -o " + stat + " stat")
                .redirectErrorStream(true).redirectOutput(dir.resolve("yosys.out").toFile()).start();
        if (p.waitFor() != 0) throw new IllegalStateException("yosys failed, see " + dir.resolve("yosys.log"));
    }

    static Cells parse(Path stat) throws IOException {
        Map<String, Long> c = taskintc.fpga.YosysStat.cells(Files.readString(stat));
        long lut = 0, bram36 = 0, bram18 = 0, lutram = 0, carry = 0, ice40ram = 0;
        for (var e : c.entrySet()) {
            String k = e.getKey();
            long n = e.getValue();
            if (k.equals("SB_LUT4") || k.matches("LUT[1-6]")) lut += n;
            else if (k.equals("RAMB36E2")) bram36 += n;
            else if (k.equals("RAMB18E2")) bram18 += n;
            else if (k.startsWith("SB_RAM40")) ice40ram += n;
            else if (k.matches("RAM(32|64|128|256).*")) lutram += n;
            else if (k.equals("SB_CARRY") || k.startsWith("CARRY")) carry += n;
        }
        double bram = ice40ram > 0 ? ice40ram : bram36 + bram18 / 2.0;
        return new Cells(lut, c.get("FF"), bram, carry, lutram);
    }

    static String markdown(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append("# Resource scaling (yosys estimates, no place and route)\n\n");
        s.append("`make fpga-scaling`: the bare controller (`TaskIntc*.v`, AXI4-Lite) synthesized with yosys `synth_ice40` and\n");
        s.append("`synth_xilinx -family xcup -flatten` (UltraScale+, the class of TAIC's Zynq board) while one parameter moves\n");
        s.append("away from the defaults (C=8, P=8, N=1024, W=64, H=4, I=32, Q=4, K=4; I=0 leaves out the IPC unit too, which\n");
        s.append("needs the wakeup unit; `sources-line-buffer` varies I with `--line-buffer 1`, the pending counts in block RAM behind\n");
        s.append("one bit per line). iCE40 block RAMs are SB_RAM40_4K (4 Kbit);\n");
        s.append("UltraScale+ block RAMs are counted in RAMB36E2 (36 Kbit, a RAMB18E2 counts half). For scale: an iCE40 UP5K\n");
        s.append("has 5,280 LUT4 and 30 block RAMs, an HX8K 7,680 and 32. Plot: `fpga-scaling.png`.\n\n");
        s.append("| varied | value | iCE40 LUT4 | iCE40 FF | iCE40 BRAM | xcup LUT | xcup FF | xcup BRAM36 | xcup LUTRAM |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows)
            s.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %s | %,d | %,d | %s | %,d |%n", r.axis, r.value, r.ice40.lut,
                    r.ice40.ff, num(r.ice40.bram), r.xcup.lut, r.xcup.ff, num(r.xcup.bram), r.xcup.lutram));
        s.append("\n## Cost per source and per context\n\n");
        s.append("The slope between two rows of one axis: the change in resources divided by the change in the parameter. Issue 16's\n");
        s.append("goals are <= 8 iCE40 LUT4 per source between 32 and 1,024 sources and <= 20 per context between 8 and 64 contexts.\n\n");
        s.append("| varied | from | to | iCE40 LUT4 each | iCE40 FF each | iCE40 carries each | xcup LUT each | goal (LUT4) |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (SlopeRow r : slopes(rows))
            s.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %s |%n", r.slope.axis, r.slope.from, r.slope.to,
                    r.lut, r.ff, r.carry, r.xcupLut, r.slope.goal == 0 ? "" : "<= " + r.slope.goal + (r.goalMet() ? ": met" : ": not met")));
        return s.toString();
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String json(List<Row> rows) {
        List<Object> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("varied", r.axis);
            m.put("value", r.value);
            m.put("top", r.cfg.topName());
            m.put("parameters", r.cfg.asMap());
            m.put("ice40", cells(r.ice40, "lut4"));
            m.put("xcup", cells(r.xcup, "lut"));
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "yosys synth_ice40; yosys synth_xilinx -family xcup -flatten -noiopad (estimates, no place and route)");
        root.put("rows", list);
        List<Object> slopes = new ArrayList<>();
        for (SlopeRow r : slopes(rows)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("varied", r.slope.axis);
            m.put("from", r.slope.from);
            m.put("to", r.slope.to);
            m.put("ice40_lut4_each", r.lut);
            m.put("ice40_ff_each", r.ff);
            m.put("ice40_carry_each", r.carry);
            m.put("xcup_lut_each", r.xcupLut);
            m.put("goal_lut4_each", r.slope.goal);
            if (r.slope.goal > 0) m.put("goal_met", r.goalMet());
            slopes.add(m);
        }
        root.put("slopes", slopes);
        return Json.write(root);
    }

    /** A slope as measured: iCE40 LUT4, flip-flops and carries and xcup LUTs per element, rounded to 0.1. */
    record SlopeRow(Slope slope, double lut, double ff, double carry, double xcupLut) {
        boolean goalMet() {
            return lut <= slope.goal;
        }
    }

    /** The slopes of {@link #SLOPES} whose two rows were synthesized. */
    static List<SlopeRow> slopes(List<Row> rows) {
        List<SlopeRow> out = new ArrayList<>();
        for (Slope sl : SLOPES) {
            Row a = row(rows, sl.axis, sl.from), b = row(rows, sl.axis, sl.to);
            if (a == null || b == null) continue;
            double d = sl.to - sl.from;
            out.add(new SlopeRow(sl, round1((b.ice40.lut - a.ice40.lut) / d), round1((b.ice40.ff - a.ice40.ff) / d),
                    round1((b.ice40.carry - a.ice40.carry) / d), round1((b.xcup.lut - a.xcup.lut) / d)));
        }
        return out;
    }

    private static Row row(List<Row> rows, String axis, int value) {
        return rows.stream().filter(r -> r.axis.equals(axis) && r.value == value).findFirst().orElse(null);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The rows of an earlier report, by "axis|value|top". */
    @SuppressWarnings("unchecked")
    static Map<String, Cells[]> keptRows(Path json) throws IOException {
        Map<String, Cells[]> kept = new LinkedHashMap<>();
        Map<String, Object> report = (Map<String, Object>) Json.read(Files.readString(json));
        for (Object o : (List<Object>) report.get("rows")) {
            Map<String, Object> r = (Map<String, Object>) o;
            kept.put(rowKey(r.get("varied"), r.get("value"), r.get("top")),
                    new Cells[]{cellsOf((Map<String, Object>) r.get("ice40"), "lut4"), cellsOf((Map<String, Object>) r.get("xcup"), "lut")});
        }
        return kept;
    }

    /** A row's key in {@link #keptRows}: its axis, its value and the top it was made for. */
    private static String rowKey(Object axis, Object value, Object top) {
        return axis + "|" + value + "|" + top;
    }

    private static Cells cellsOf(Map<String, Object> m, String lutName) {
        return new Cells(((Number) m.get(lutName)).longValue(), ((Number) m.get("flip_flops")).longValue(),
                ((Number) m.get("block_rams")).doubleValue(), ((Number) m.get("carry")).longValue(), ((Number) m.get("lutram")).longValue());
    }

    static Map<String, Object> cells(Cells c, String lutName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(lutName, c.lut);
        m.put("flip_flops", c.ff);
        m.put("block_rams", c.bram);
        m.put("carry", c.carry);
        m.put("lutram", c.lutram);
        return m;
    }

    /** One panel per axis (N, C, P, I, I with line bits): LUTs for both families on log axes, with the two iCE40 parts' sizes marked. */
    static Figure figure(List<Row> rows) {
        return figureOfRows(rows.stream().map(r -> new long[]{AXES.indexOf(AXES.stream().filter(a -> a.key.equals(r.axis)).findFirst().orElseThrow()),
                r.value, r.ice40.lut, r.xcup.lut}).toList());
    }

    /** The same figure from the committed report (fpga-scaling.json): redraws without running yosys. */
    @SuppressWarnings("unchecked")
    static Figure figure(Map<String, Object> report) {
        List<long[]> rows = new ArrayList<>();
        for (Object o : (List<Object>) report.get("rows")) {
            Map<String, Object> r = (Map<String, Object>) o;
            int axis = AXES.indexOf(AXES.stream().filter(a -> a.key.equals(r.get("varied"))).findFirst().orElseThrow());
            rows.add(new long[]{axis, (Long) r.get("value"), (Long) ((Map<String, Object>) r.get("ice40")).get("lut4"),
                    (Long) ((Map<String, Object>) r.get("xcup")).get("lut")});
        }
        return figureOfRows(rows);
    }

    /** rows: {axis index, value, iCE40 LUT4, xcup LUT}. */
    private static Figure figureOfRows(List<long[]> rows) {
        int ice = 0x1f77b4, xil = 0xff7f0e, grey = 0x808080;
        List<Figure.Panel> panels = new ArrayList<>();
        for (Axis a : AXES) {
            List<long[]> on = rows.stream().filter(r -> r[0] == AXES.indexOf(a)).toList();
            List<double[]> icePts = new ArrayList<>(), xilPts = new ArrayList<>();
            List<String> ticks = new ArrayList<>();
            for (int i = 0; i < on.size(); i++) {
                icePts.add(new double[]{i, Math.max(1, on.get(i)[2])});
                xilPts.add(new double[]{i, Math.max(1, on.get(i)[3])});
                ticks.add(String.valueOf(on.get(i)[1]));
            }
            panels.add(new Figure.Panel("varying " + a.label, a.label, "LUTs (log scale)", Figure.Scale.LINEAR, Figure.Scale.LOG, ticks,
                    List.of(new Figure.Series("iCE40", ice, false, icePts), new Figure.Series("xcup", xil, false, xilPts)),
                    List.of(new Figure.Mark(5280, "UP5K 5,280 LUT4", grey), new Figure.Mark(7680, "HX8K 7,680 LUT4", grey))));
        }
        return new Figure("TaskIntc LUTs vs. parameters (yosys; others at defaults C=8 P=8 N=1024 I=32)", 2, panels,
                List.of(new Figure.Key("iCE40 LUT4 (synth_ice40)", ice, false), new Figure.Key("UltraScale+ LUT (synth_xilinx -family xcup)", xil, false),
                        new Figure.Key("UP5K / HX8K LUT4", grey, true)),
                "make fpga-scaling: yosys estimates of the bare controller, no place and route");
    }
}
