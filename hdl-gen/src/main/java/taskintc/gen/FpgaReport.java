package taskintc.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.board.Board;
import taskintc.board.BoardTop;
import taskintc.board.PlicBoardTop;
import taskintc.spec.TaskIntcConfig;

/**
 * {@code fpga-report}: turns one board build (yosys {@code stat} and nextpnr's {@code --report} JSON in the
 * build directory) into {@code reports/fpga-<board>-<config>.json}, and fails (exit 1) when the Fmax nextpnr
 * reports is below the board clock. The report is written in both cases: a failed build's numbers are facts too.
 */
final class FpgaReport {
    private FpgaReport() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Main.options();
        o.addOption(BoardCommands.boardOption());
        BoardCommands.plicOptions(o);
        o.addOption(Option.builder().longOpt("name").hasArg().argName("NAME").desc("configuration name in the report's file name").build());
        o.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR").desc("build directory with stat.txt and report.json").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE").desc("JSON report to write").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            BoardCommands.help(out, "taskintc-gen fpga-report --board NAME --name NAME --dir DIR --report FILE [controller options]",
                    "Writes the resource and timing report of one board build; exit 1 when timing at the board clock is not met.", o);
            return Main.OK;
        }
        for (String required : new String[]{"board", "name", "dir", "report"})
            if (!cl.hasOption(required)) {
                err.println("error: --" + required + " is required");
                return Main.USAGE;
            }
        Board board;
        try {
            board = Board.byName(cl.getOptionValue("board"));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        int[] plic;
        try {
            plic = BoardCommands.plic(cl);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        TaskIntcConfig cfg = plic != null ? null : Main.config(cl, o, err);
        if (plic == null && cfg == null) return Main.USAGE;
        Path dir = Path.of(cl.getOptionValue("dir"));
        try {
            Map<String, Long> cells = yosysCells(Files.readString(dir.resolve("stat.txt")));
            String pnr = Files.readString(dir.resolve("report.json"));
            double fmax = Double.NaN;
            Matcher m = Pattern.compile("\"achieved\"\\s*:\\s*([0-9.eE+-]+)").matcher(pnr);
            int clocks = 0;
            while (m.find()) {
                double f = Double.parseDouble(m.group(1));
                fmax = clocks++ == 0 ? f : Math.min(fmax, f);
            }
            if (clocks == 0) {
                err.println("error: no Fmax in " + dir.resolve("report.json"));
                return Main.FAILED;
            }
            boolean met = fmax >= board.clockMHz();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("board", board.name());
            r.put("device", "iCE40" + board.device().toUpperCase(Locale.ROOT));
            r.put("package", board.pkg());
            r.put("config", cl.getOptionValue("name"));
            if (plic != null) {
                r.put("top", PlicBoardTop.moduleNameOf(plic[0], plic[1]));
                r.put("design", "SpinalHDL 1.14.2 spinal.lib.misc.plic.AxiLite4Plic (the comparison point)");
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("sources", plic[0]);
                params.put("targets", plic[1]);
                r.put("parameters", params);
            } else {
                r.put("top", BoardTop.moduleNameOf(cfg));
                r.put("parameters", cfg.asMap());
            }
            r.put("clock_mhz", board.clockMHz());
            r.put("fmax_mhz", Math.round(fmax * 100) / 100.0);
            r.put("timing_met", met);
            r.put("logic_cells", used(pnr, "ICESTORM_LC"));
            r.put("logic_cells_available", available(pnr, "ICESTORM_LC"));
            r.put("lut4", cells.getOrDefault("SB_LUT4", 0L));
            r.put("flip_flops", cells.getOrDefault("FF", 0L));
            r.put("carry", cells.getOrDefault("SB_CARRY", 0L));
            r.put("block_rams", used(pnr, "ICESTORM_RAM"));
            r.put("block_rams_available", available(pnr, "ICESTORM_RAM"));
            r.put("io", used(pnr, "SB_IO"));
            r.put("includes", (plic != null ? "PLIC" : "controller") + ", UART bridge (bus master), button synchronisers, timer, LED logic, power-on reset");
            r.put("tools", "yosys synth_ice40; nextpnr-ice40 --" + board.device() + " --package " + board.pkg() + " --freq "
                    + fmt(board.clockMHz()) + " (default seed); icepack");
            Path report = Path.of(cl.getOptionValue("report"));
            if (report.toAbsolutePath().getParent() != null) Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, Json.write(r), StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "%s %s: %d/%d logic cells, %d flip-flops, %d/%d block RAMs, Fmax %.2f MHz (%s at %s MHz)%n",
                    board.name(), cl.getOptionValue("name"), used(pnr, "ICESTORM_LC"), available(pnr, "ICESTORM_LC"),
                    cells.getOrDefault("FF", 0L), used(pnr, "ICESTORM_RAM"), available(pnr, "ICESTORM_RAM"), fmax,
                    met ? "PASS" : "FAIL", fmt(board.clockMHz()));
            out.println("wrote " + report);
            Path summary = summarize(report.toAbsolutePath().getParent());
            out.println("wrote " + summary);
            if (!met) {
                err.println("error: timing not met: Fmax " + String.format(Locale.ROOT, "%.2f", fmax) + " MHz < board clock "
                        + fmt(board.clockMHz()) + " MHz");
                return Main.FAILED;
            }
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read the build in " + dir + ": " + e.getMessage());
            return Main.FAILED;
        }
    }

    /**
     * Rewrites {@code fpga-summary.md} beside the reports: one row per {@code fpga-<board>-<config>.json}, so the
     * controller's builds and the PLIC comparison stand side by side.
     */
    static Path summarize(Path dir) throws IOException {
        java.util.List<Path> reports;
        try (var s = Files.list(dir)) {
            reports = s.filter(p -> p.getFileName().toString().matches("fpga-(icebreaker|hx8k)-.*\\.json")).sorted().toList();
        }
        StringBuilder md = new StringBuilder();
        md.append("# FPGA builds (nextpnr-ice40, board clock 12 MHz)\n\n");
        md.append("Generated from the `fpga-<board>-<config>.json` reports beside this file (`make bitstream`, `scripts/fpga.sh`).\n");
        md.append("Each is a whole board design: the UART bridge, buttons, timer, exerciser and LEDs around the controller, or\n");
        md.append("around SpinalHDL's `AxiLite4Plic` for the comparison (top `Board_AxiLite4Plic_*`).\n\n");
        md.append("| board | config | top | logic cells | LUT4 | flip-flops | block RAMs | Fmax (MHz) | timing at 12 MHz |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---|\n");
        for (Path p : reports) {
            String j = Files.readString(p);
            md.append("| ").append(str(j, "board")).append(" | ").append(str(j, "config")).append(" | `").append(str(j, "top"))
                    .append("` | ").append(val(j, "logic_cells")).append(" / ").append(val(j, "logic_cells_available"))
                    .append(" | ").append(val(j, "lut4")).append(" | ").append(val(j, "flip_flops"))
                    .append(" | ").append(val(j, "block_rams")).append(" / ").append(val(j, "block_rams_available"))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", Double.parseDouble(val(j, "fmax_mhz"))))
                    .append(" | ").append(val(j, "timing_met").equals("true") ? "met" : "NOT met").append(" |\n");
        }
        Path out = dir.resolve("fpga-summary.md");
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        return out;
    }

    private static String str(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!m.find()) throw new IllegalStateException("report has no " + key);
        return m.group(1);
    }

    private static String val(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*([0-9.a-z]+)").matcher(json);
        if (!m.find()) throw new IllegalStateException("report has no " + key);
        return m.group(1);
    }

    static String fmt(double mhz) {
        return mhz == Math.rint(mhz) ? String.valueOf((long) mhz) : String.valueOf(mhz);
    }

    /** Cell counts of yosys's {@code stat}, plus "FF": every flip-flop type summed. */
    static Map<String, Long> yosysCells(String stat) {
        Map<String, Long> m = new LinkedHashMap<>();
        long ff = 0;
        for (String line : stat.split("\n")) {
            String[] t = line.trim().split("\\s+");
            if (t.length != 2 || !t[1].matches("[0-9]+")) continue;
            long n = Long.parseLong(t[1]);
            m.merge(t[0], n, Long::sum);
            if (t[0].matches("SB_DFF.*|FD[CPRSE].*")) ff += n;
        }
        m.put("FF", ff);
        return m;
    }

    private static long used(String pnr, String cell) {
        return field(pnr, cell, "used");
    }

    private static long available(String pnr, String cell) {
        return field(pnr, cell, "available");
    }

    private static long field(String pnr, String cell, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(cell) + "\"\\s*:\\s*\\{([^}]*)\\}").matcher(pnr);
        if (!m.find()) throw new IllegalStateException("nextpnr report has no " + cell);
        Matcher k = Pattern.compile("\"" + key + "\"\\s*:\\s*([0-9]+)").matcher(m.group(1));
        if (!k.find()) throw new IllegalStateException("nextpnr report has no " + cell + "." + key);
        return Long.parseLong(k.group(1));
    }
}
