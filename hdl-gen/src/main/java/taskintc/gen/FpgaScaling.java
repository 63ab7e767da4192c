package taskintc.gen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
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

import javax.imageio.ImageIO;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

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
            new Axis("capacity", "N (tasks)", new int[]{64, 1024, 16384}, n -> TaskIntcConfig.defaults().withCapacity(n)),
            new Axis("contexts", "C (contexts)", new int[]{1, 8, 64}, c -> TaskIntcConfig.defaults().withContexts(c)),
            new Axis("priorities", "P (levels)", new int[]{1, 8, 32}, p -> TaskIntcConfig.defaults().withPriorities(p)),
            new Axis("sources", "I (sources)", new int[]{0, 32, 128}, FpgaScaling::withSources));

    /** The defaults with I sources and as many NIC queue pairs as the defaults' 4 that fit (both change at once). */
    static TaskIntcConfig withSources(int sources) {
        TaskIntcConfig d = TaskIntcConfig.defaults();
        long[] v = d.values();
        v[5] = sources;
        v[6] = Math.min(d.nicQueues(), sources / 2);
        return TaskIntcConfig.of(v, d.trigger(), d.bus());
    }

    record Cells(long lut, long ff, double bram, long carry, long lutram) {}

    record Row(String axis, int value, TaskIntcConfig cfg, Cells ice40, Cells xcup) {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("DIR").desc("report directory (default reports)").build());
        o.addOption(Option.builder().longOpt("reuse").desc("reuse yosys results already in the work directory (to redraw only)").build());
        o.addOption(Option.builder().longOpt("work").hasArg().argName("DIR").desc("scratch directory (default build/scaling)").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            BoardCommands.help(out, "taskintc-gen fpga-scaling [--out DIR]",
                    "yosys synth_ice40 and synth_xilinx -family xcup of the controller across N, C, P and I; "
                            + "writes fpga-scaling.md, .json and .png.", o);
            return Main.OK;
        }
        Path outDir = Path.of(cl.getOptionValue("out", "reports")), work = Path.of(cl.getOptionValue("work", "build/scaling"));
        try {
            Map<String, Cells[]> cache = new LinkedHashMap<>();
            List<Row> rows = new ArrayList<>();
            for (Axis a : AXES)
                for (int v : a.values) {
                    TaskIntcConfig cfg = a.config.apply(v);
                    Cells[] c = cache.get(cfg.topName());
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
            ImageIO.write(plot(rows), "png", outDir.resolve("fpga-scaling.png").toFile());
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
        Map<String, Long> c = FpgaReport.yosysCells(Files.readString(stat));
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
        s.append("away from the defaults (C=8, P=8, N=1024, W=64, H=4, I=32, Q=4). iCE40 block RAMs are SB_RAM40_4K (4 Kbit);\n");
        s.append("UltraScale+ block RAMs are counted in RAMB36E2 (36 Kbit, a RAMB18E2 counts half). For scale: an iCE40 UP5K\n");
        s.append("has 5,280 LUT4 and 30 block RAMs, an HX8K 7,680 and 32. Plot: `fpga-scaling.png`.\n\n");
        s.append("| varied | value | iCE40 LUT4 | iCE40 FF | iCE40 BRAM | xcup LUT | xcup FF | xcup BRAM36 | xcup LUTRAM |\n");
        s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows)
            s.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %s | %,d | %,d | %s | %,d |%n", r.axis, r.value, r.ice40.lut,
                    r.ice40.ff, num(r.ice40.bram), r.xcup.lut, r.xcup.ff, num(r.xcup.bram), r.xcup.lutram));
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
        return Json.write(root);
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

    /** Four panels (N, C, P, I): LUTs for both families on a shared log axis, with the two iCE40 parts' sizes. */
    static BufferedImage plot(List<Row> rows) {
        System.setProperty("java.awt.headless", "true");
        int pw = 520, ph = 360, w = 2 * pw, h = 2 * ph + 60;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString("TaskIntc LUTs vs. parameters (yosys; others at defaults C=8 P=8 N=1024 I=32)", 20, 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        Color ice = new Color(0x1f77b4), xil = new Color(0xff7f0e);
        legend(g, 20, 50, ice, "iCE40 LUT4 (synth_ice40)");
        legend(g, 260, 50, xil, "UltraScale+ LUT (synth_xilinx -family xcup)");
        legend(g, 600, 50, Color.GRAY, "dashed: UP5K 5,280 / HX8K 7,680 LUT4");
        long max = 1;
        for (Row r : rows) max = Math.max(max, Math.max(r.ice40.lut, r.xcup.lut));
        double yMax = Math.pow(10, Math.ceil(Math.log10(max * 1.2)));
        double yMin = 1000;
        for (Row r : rows) yMin = Math.min(yMin, Math.pow(10, Math.floor(Math.log10(Math.max(1, Math.min(r.ice40.lut, r.xcup.lut))))));
        for (int i = 0; i < AXES.size(); i++) {
            Axis a = AXES.get(i);
            List<Row> on = rows.stream().filter(r -> r.axis.equals(a.key)).toList();
            panel(g, (i % 2) * pw, 60 + (i / 2) * ph, pw, ph, a, on, yMin, yMax, ice, xil);
        }
        g.dispose();
        return img;
    }

    static void legend(Graphics2D g, int x, int y, Color c, String text) {
        g.setColor(c);
        g.fillRect(x, y - 10, 24, 4);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 30, y - 4);
    }

    static void panel(Graphics2D g, int x0, int y0, int w, int h, Axis a, List<Row> rows, double yMin, double yMax, Color ice, Color xil) {
        int left = x0 + 70, right = x0 + w - 20, top = y0 + 30, bottom = y0 + h - 50;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString("varying " + a.label, left, y0 + 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawRect(left, top, right - left, bottom - top);
        Function<Double, Integer> ys = v -> bottom - (int) Math.round((Math.log10(v) - Math.log10(yMin))
                / (Math.log10(yMax) - Math.log10(yMin)) * (bottom - top));
        for (double v = yMin; v <= yMax * 1.001; v *= 10) {
            int y = ys.apply(v);
            g.setColor(new Color(0xdddddd));
            g.drawLine(left, y, right, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%,d", (long) v), x0 + 8, y + 4);
        }
        int n = rows.size();
        Function<Integer, Integer> xs = i -> left + 30 + (int) Math.round(i * (right - left - 60) / (double) Math.max(1, n - 1));
        for (int i = 0; i < n; i++) g.drawString(String.valueOf(rows.get(i).value), xs.apply(i) - 10, bottom + 18);
        g.drawString(a.label, (left + right) / 2 - 30, bottom + 38);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 5f}, 0f));
        g.setColor(Color.GRAY);
        for (long cap : new long[]{5280, 7680}) {
            int y = ys.apply((double) cap);
            g.drawLine(left, y, right, y);
        }
        g.setStroke(new BasicStroke(2.5f));
        for (int fam = 0; fam < 2; fam++) {
            g.setColor(fam == 0 ? ice : xil);
            int px = -1, py = -1;
            for (int i = 0; i < n; i++) {
                long v = fam == 0 ? rows.get(i).ice40.lut : rows.get(i).xcup.lut;
                int x = xs.apply(i), y = ys.apply((double) Math.max(1, v));
                g.fillOval(x - 4, y - 4, 8, 8);
                if (px >= 0) g.drawLine(px, py, x, y);
                g.drawString(String.format(Locale.ROOT, "%,d", v), x + 6, y + (fam == 0 ? -6 : 14));
                px = x;
                py = y;
            }
        }
        g.setStroke(new BasicStroke(1f));
    }
}
