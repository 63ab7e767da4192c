package taskintc.fpga;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import taskintc.gen.Json;
import taskintc.plot.Figure;
import taskintc.plot.Plotter;

/**
 * The tables every FPGA number in the docs comes from, generated from the {@code fpga-<board>-<config>*.json} reports:
 * {@code reports/fpga-summary.md} with its plot {@code fpga-fmax.png}, and the same tables between {@code <!-- begin NAME -->} and {@code <!-- end NAME -->}
 * markers in {@code docs/fpga.md} (builds, paths, toolchains), so the docs cannot drift from the reports.
 */
public final class FpgaSummary {
    private FpgaSummary() {}

    /** The board reports in {@code dir}, sorted by file name. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> reports(Path dir) throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().matches("fpga-.*\\.json")).sorted().toList()) {
                Object j = Json.read(Files.readString(p));
                if (j instanceof Map<?, ?> m && m.containsKey("board") && m.containsKey("toolchain")) all.add((Map<String, Object>) m);
            }
        }
        return all;
    }

    /** Builds: resources and Fmax over the seeds. */
    public static String builds(List<Map<String, Object>> reports) {
        StringBuilder s = new StringBuilder();
        s.append("| board | config | tools | clock (MHz) | logic cells | LUT4 | flip-flops | block RAMs | Fmax min / median / max (MHz) | seeds | timing |\n");
        s.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Map<String, Object> r : reports) {
            s.append("| ").append(r.get("board")).append(" | ").append(r.get("config")).append(" | ").append(r.get("toolchain"))
                    .append(" | ").append(num(r.get("clock_mhz"))).append(" | ").append(r.get("logic_cells")).append(" / ")
                    .append(r.get("logic_cells_available")).append(" | ").append(r.get("lut4")).append(" | ").append(r.get("flip_flops"))
                    .append(" | ").append(r.get("block_rams")).append(" / ").append(r.get("block_rams_available")).append(" | ");
            if (Boolean.TRUE.equals(r.get("fits")))
                s.append(mhz(r.get("fmax_mhz_min"))).append(" / **").append(mhz(r.get("fmax_mhz"))).append("** / ").append(mhz(r.get("fmax_mhz_max")));
            else
                s.append("does not fit");
            s.append(" | ").append(((List<?>) r.get("seeds")).size()).append(" | ")
                    .append(Boolean.TRUE.equals(r.get("timing_met")) ? "met" : "**not met**").append(" |\n");
        }
        return s.toString();
    }

    /** Worst path of each build's median seed. */
    @SuppressWarnings("unchecked")
    public static String paths(List<Map<String, Object>> reports) {
        StringBuilder s = new StringBuilder();
        s.append("| board | config | tools | from | to | logic levels | delay (ns) | logic / routing (ns) | through |\n");
        s.append("|---|---|---|---|---|---:|---:|---:|---|\n");
        for (Map<String, Object> r : reports) {
            Map<String, Object> w = (Map<String, Object>) r.get("worst_path");
            if (w == null || !w.containsKey("from")) continue;
            List<String> through = (List<String>) w.get("through");
            s.append("| ").append(r.get("board")).append(" | ").append(r.get("config")).append(" | ").append(r.get("toolchain"))
                    .append(" | `").append(w.get("from")).append("` | `").append(w.get("to")).append("` | ").append(w.get("logic_levels"))
                    .append(" | ").append(ns(w.get("delay_ns"))).append(" | ").append(ns(w.get("logic_ns"))).append(" / ")
                    .append(ns(w.get("routing_ns"))).append(" | ").append(String.join(", ", through.stream().map(t -> "`" + t + "`").toList()))
                    .append(" |\n");
        }
        return s.toString();
    }

    /** The designs built with both toolchains, side by side. */
    public static String toolchains(List<Map<String, Object>> reports) {
        Map<String, Map<String, Map<String, Object>>> byDesign = new TreeMap<>();
        for (Map<String, Object> r : reports)
            byDesign.computeIfAbsent(r.get("board") + " | " + r.get("config"), k -> new TreeMap<>()).put(String.valueOf(r.get("toolchain")), r);
        StringBuilder s = new StringBuilder();
        s.append("| board | config | logic cells debian / yowasp | LUT4 debian / yowasp | Fmax median debian / yowasp (MHz) | Fmax min..max debian / yowasp |\n");
        s.append("|---|---|---:|---:|---:|---:|\n");
        for (var e : byDesign.entrySet()) {
            Map<String, Object> d = e.getValue().get("debian"), y = e.getValue().get("yowasp");
            if (d == null || y == null) continue;
            s.append("| ").append(e.getKey()).append(" | ").append(d.get("logic_cells")).append(" / ").append(y.get("logic_cells"))
                    .append(" | ").append(d.get("lut4")).append(" / ").append(y.get("lut4")).append(" | ")
                    .append(mhz(d.get("fmax_mhz"))).append(" / ").append(mhz(y.get("fmax_mhz"))).append(" | ")
                    .append(range(d)).append(" / ").append(range(y)).append(" |\n");
        }
        return s.toString();
    }

    private static String range(Map<String, Object> r) {
        return Boolean.TRUE.equals(r.get("fits")) ? mhz(r.get("fmax_mhz_min")) + ".." + mhz(r.get("fmax_mhz_max")) : "-";
    }

    /** The generated blocks by marker name. */
    public static Map<String, String> blocks(List<Map<String, Object>> reports) {
        Map<String, String> b = new TreeMap<>();
        b.put("fpga-builds", builds(reports));
        b.put("fpga-paths", paths(reports));
        b.put("fpga-toolchains", toolchains(reports));
        return b;
    }

    public static String markdown(List<Map<String, Object>> reports) {
        return "# FPGA builds\n\n"
                + "Generated from the `fpga-<board>-<config>[-<tools>].json` reports beside this file (`make bitstream UPDATE_REPORTS=1`,\n"
                + "fpga/flow.mk). Each is a whole board design: the UART bridge, buttons, timer, exerciser and LEDs around the\n"
                + "controller, or around SpinalHDL's `AxiLite4Plic` for the comparison. Fmax is nextpnr-ice40's over the placer seeds\n"
                + "listed in each report; the gate (timing) uses the median.\n\n"
                + builds(reports) + "\n## Worst path of the median seed\n\n" + paths(reports)
                + "\n## Toolchains side by side (same design, same seeds)\n\n" + toolchains(reports);
    }

    /** Fmax of every build that fits: the median with the seeds' range, per toolchain, against the clocks checked. */
    public static Figure fmaxFigure(List<Map<String, Object>> reports) {
        List<String> designs = new ArrayList<>();
        for (Map<String, Object> r : reports) {
            String d = r.get("board") + " " + r.get("config");
            if (Boolean.TRUE.equals(r.get("fits")) && !designs.contains(d)) designs.add(d);
        }
        List<Figure.Series> series = new ArrayList<>();
        List<Figure.Key> legend = new ArrayList<>();
        for (Toolchain t : Toolchain.values()) {
            List<double[]> points = new ArrayList<>(), ranges = new ArrayList<>();
            for (Map<String, Object> r : reports)
                if (t.id().equals(r.get("toolchain")) && Boolean.TRUE.equals(r.get("fits"))) {
                    double x = designs.indexOf(r.get("board") + " " + r.get("config")) + (t == Toolchain.DEBIAN ? -0.12 : 0.12);
                    points.add(new double[]{x, ((Number) r.get("fmax_mhz")).doubleValue()});
                    ranges.add(new double[]{((Number) r.get("fmax_mhz_min")).doubleValue(), ((Number) r.get("fmax_mhz_max")).doubleValue()});
                }
            int color = t == Toolchain.DEBIAN ? 0x1f77b4 : 0xff7f0e;
            if (!points.isEmpty()) {
                series.add(new Figure.Series(t.id(), color, false, false, points, ranges));
                legend.add(new Figure.Key(t.id() + ": median, bar = min..max over the seeds", color, false));
            }
        }
        List<Figure.Mark> marks = new ArrayList<>();
        reports.stream().map(r -> ((Number) r.get("clock_mhz")).doubleValue()).distinct().sorted()
                .forEach(c -> marks.add(new Figure.Mark(c, num(c) + " MHz clock", 0x808080)));
        Figure.Panel panel = new Figure.Panel("Fmax of the board builds (nextpnr-ice40)", "", "MHz",
                Figure.Scale.LINEAR, Figure.Scale.LINEAR, designs, series, marks);
        return new Figure("TaskIntc and SpinalHDL's PLIC on iCE40 boards", 1, List.of(panel), legend,
                "reports/fpga-<board>-<config>*.json");
    }

    /** Rewrites {@code reportsDir/fpga-summary.md}, {@code fpga-fmax.png} and the marked blocks of {@code docs} (when it exists). */
    public static List<Path> write(Path reportsDir, Path docs) throws IOException {
        List<Map<String, Object>> reports = reports(reportsDir);
        List<Path> written = new ArrayList<>();
        Path summary = reportsDir.resolve("fpga-summary.md");
        Files.writeString(summary, markdown(reports), StandardCharsets.UTF_8);
        written.add(summary);
        Path plot = reportsDir.resolve("fpga-fmax.png");
        Files.write(plot, Plotter.png(fmaxFigure(reports)));
        written.add(plot);
        if (docs != null && Files.exists(docs)) {
            Files.writeString(docs, fill(Files.readString(docs), blocks(reports)), StandardCharsets.UTF_8);
            written.add(docs);
        }
        return written;
    }

    /** {@code text} with every marked block replaced by its generated content. */
    public static String fill(String text, Map<String, String> blocks) {
        for (var e : blocks.entrySet()) {
            String begin = "<!-- begin " + e.getKey() + " -->\n", end = "<!-- end " + e.getKey() + " -->";
            int a = text.indexOf(begin), b = text.indexOf(end);
            if (a < 0 || b < a) continue;
            text = text.substring(0, a + begin.length()) + e.getValue() + text.substring(b);
        }
        return text;
    }

    private static String num(Object v) {
        double d = ((Number) v).doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    private static String mhz(Object v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", ((Number) v).doubleValue());
    }

    private static String ns(Object v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", ((Number) v).doubleValue());
    }
}
