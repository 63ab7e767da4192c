package taskintc.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.board.BoardTop;
import taskintc.board.PlicBoardTop;
import taskintc.fpga.BoardBuild;
import taskintc.fpga.FpgaSummary;
import taskintc.fpga.Toolchain;

/**
 * The FPGA flow's steps that are not tools (fpga/flow.mk runs them): {@code fpga-report} (one build's report from its
 * directory), {@code fpga-check} (the gate), {@code fpga-publish} (copy a report to reports/ and regenerate the tables).
 */
final class FpgaCommands {
    private FpgaCommands() {}

    static int report(String[] args, PrintStream out, PrintStream err) {
        Options o = BoardCommands.boardOptions();
        o.addOption(Option.builder().longOpt("name").hasArg().argName("NAME").desc("configuration name in the report").build());
        o.addOption(Option.builder().longOpt("toolchain").hasArg().argName("TOOLS").desc("debian (default) or yowasp").build());
        o.addOption(Option.builder().longOpt("seeds").hasArg().argName("\"N ...\"").desc("the placer seeds that were run (seed-<n>/ in DIR)").build());
        o.addOption(Option.builder().longOpt("dir").hasArg().argName("DIR").desc("build directory (stat.txt, seed-<n>/)").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE").desc("JSON report to write").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            BoardCommands.help(out, "taskintc-gen fpga-report --board NAME --name NAME --seeds \"1 2 3\" --dir DIR --report FILE [build options]",
                    "Writes the report of one board build (fpga/flow.mk): resources, Fmax over the seeds, worst path, or what did not fit. "
                            + "Exit 0 whenever the report is written; fpga-check is the gate.", o);
            return Main.OK;
        }
        for (String required : new String[]{"name", "seeds", "dir", "report"})
            if (!cl.hasOption(required)) {
                err.println("error: --" + required + " is required");
                return Main.USAGE;
            }
        BoardCommands.BoardSpec spec = BoardCommands.boardSpec(cl, o, err);
        if (spec == null) return Main.USAGE;
        Toolchain tools;
        List<Integer> seeds = new ArrayList<>();
        try {
            tools = Toolchain.of(cl.getOptionValue("toolchain", "debian"));
            for (String s : cl.getOptionValue("seeds").trim().split("\\s+")) {
                if (!s.matches("[0-9]{1,9}")) throw new IllegalArgumentException("--seeds must be non-negative integers; got '" + s + "'");
                seeds.add(Integer.parseInt(s));
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        Map<String, Object> design = new LinkedHashMap<>();
        if (spec.plic() != null) {
            design.put("top", PlicBoardTop.moduleNameOf(spec.plic()[0], spec.plic()[1]));
            design.put("design", "SpinalHDL 1.14.2 spinal.lib.misc.plic.AxiLite4Plic (the comparison point)");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("sources", spec.plic()[0]);
            params.put("targets", spec.plic()[1]);
            design.put("parameters", params);
        } else {
            design.put("top", BoardTop.moduleNameOf(spec.config()));
            design.put("parameters", spec.config().asMap());
        }
        design.put("includes", (spec.plic() != null ? "PLIC" : "controller")
                + ", UART bridge (bus master), button synchronisers, timer, exerciser, LED logic, power-on reset");
        Path dir = Path.of(cl.getOptionValue("dir")), report = Path.of(cl.getOptionValue("report"));
        try {
            BoardBuild build = BoardBuild.read(dir, spec.board(), cl.getOptionValue("name"), tools, design, spec.clockMHz(), spec.clockText(), seeds);
            build.selectBitstream(dir);
            writeAtomically(report, Json.write(build.report()));
            out.println(build.summary());
            out.println("wrote " + report);
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read the build in " + dir + ": " + e.getMessage());
            return Main.FAILED;
        }
    }

    /** The gate: exit 1 when the report says the design does not fit or its median Fmax misses the clock. */
    static int check(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE").desc("a report written by fpga-report").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help") || !cl.hasOption("report")) {
            BoardCommands.help(cl.hasOption("help") ? out : err, "taskintc-gen fpga-check --report FILE",
                    "Exit 1 when the build does not fit or its median Fmax is below the clock; prints why.", o);
            return cl.hasOption("help") ? Main.OK : Main.USAGE;
        }
        Map<String, Object> r;
        try {
            r = readReport(Path.of(cl.getOptionValue("report")));
        } catch (IOException | RuntimeException e) {
            err.println("error: --report " + cl.getOptionValue("report") + ": " + e.getMessage());
            return Main.USAGE;
        }
        String who = r.get("board") + " " + r.get("config") + " (" + r.get("toolchain") + ")";
        if (!Boolean.TRUE.equals(r.get("fits"))) {
            err.println("error: " + who + " " + r.get("failure"));
            return Main.FAILED;
        }
        String line = String.format(Locale.ROOT, "%s: %s/%s logic cells, %s/%s block RAMs; Fmax over %d seeds min %.2f / median %.2f / max %.2f MHz",
                who, r.get("logic_cells"), r.get("logic_cells_available"), r.get("block_rams"), r.get("block_rams_available"),
                ((List<?>) r.get("seeds")).size(), num(r, "fmax_mhz_min"), num(r, "fmax_mhz"), num(r, "fmax_mhz_max"));
        if (!Boolean.TRUE.equals(r.get("timing_met"))) {
            err.println("error: " + line + String.format(Locale.ROOT, ": timing not met: median below the %s MHz clock", fmt(num(r, "clock_mhz"))));
            return Main.FAILED;
        }
        out.println(line + String.format(Locale.ROOT, ": PASS at %s MHz", fmt(num(r, "clock_mhz"))));
        return Main.OK;
    }

    /** Copies a report into reports/ and regenerates reports/fpga-summary.md and docs/fpga.md's tables. */
    static int publish(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("FILE").desc("a report written by fpga-report").build());
        o.addOption(Option.builder().longOpt("to").hasArg().argName("FILE").desc("where it goes: reports/fpga-<board>-<config>[-<tools>].json").build());
        o.addOption(Option.builder().longOpt("docs").hasArg().argName("FILE").desc("document whose marked tables are regenerated (default docs/fpga.md)").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help") || !cl.hasOption("report") || !cl.hasOption("to")) {
            BoardCommands.help(cl.hasOption("help") ? out : err, "taskintc-gen fpga-publish --report FILE --to FILE [--docs FILE]",
                    "Copies the report and regenerates fpga-summary.md beside it and the docs' generated tables.", o);
            return cl.hasOption("help") ? Main.OK : Main.USAGE;
        }
        Path from = Path.of(cl.getOptionValue("report")), to = Path.of(cl.getOptionValue("to"));
        try {
            readReport(from);
            writeAtomically(to, Files.readString(from));
            out.println("wrote " + to);
            Path dir = to.toAbsolutePath().getParent();
            for (Path p : FpgaSummary.write(dir, Path.of(cl.getOptionValue("docs", "docs/fpga.md")))) out.println("wrote " + p);
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("error: fpga-publish: " + e.getMessage());
            return Main.FAILED;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readReport(Path p) throws IOException {
        Object j = Json.read(Files.readString(p));
        if (!(j instanceof Map<?, ?> m) || !m.containsKey("fits") || !m.containsKey("board"))
            throw new IOException("not a board report (no board / fits)");
        return (Map<String, Object>) m;
    }

    static void writeAtomically(Path file, String text) throws IOException {
        writeBytesAtomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes beside the target and renames, so a reader never sees half a file. */
    static void writeBytesAtomically(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".taskintc-", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double num(Map<String, Object> r, String key) {
        Object v = r.get(key);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    static String fmt(double mhz) {
        return mhz == Math.rint(mhz) ? String.valueOf((long) mhz) : String.valueOf(mhz);
    }
}
