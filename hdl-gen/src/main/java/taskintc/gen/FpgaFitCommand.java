package taskintc.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.board.Board;
import taskintc.fpga.FitSearch;

/**
 * {@code fpga-fit}: the largest configuration that fits a board ({@link FitSearch}), each candidate a full build of
 * fpga/flow.mk with a private copy of the generator (rebuilding the project meanwhile cannot change an attempt).
 * Writes {@code configs/fpga-<board>.properties} and {@code reports/fpga-fit-<board>.md}.
 */
final class FpgaFitCommand {
    private FpgaFitCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder().longOpt("board").hasArg().argName("NAME").desc("board: " + Board.names()).build());
        o.addOption(Option.builder().longOpt("seeds").hasArg().argName("\"N ...\"").desc("placer seeds of every attempt (default \"1 2 3\")").build());
        o.addOption(Option.builder().longOpt("work").hasArg().argName("DIR").desc("scratch directory (default build/fit/<board>)").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            BoardCommands.help(out, "taskintc-gen fpga-fit --board NAME [--seeds \"1 2 3\"]",
                    "Searches the largest configuration that places, routes and meets the clock (median seed) from fpga/<board>/fit-base.properties; "
                            + "writes configs/fpga-<board>.properties and reports/fpga-fit-<board>.md. Run from the repository root (make fpga-fit).", o);
            return Main.OK;
        }
        Board board;
        try {
            board = Board.byName(cl.getOptionValue("board", ""));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        String seeds = cl.getOptionValue("seeds", "1 2 3");
        if (!seeds.trim().matches("[0-9]+( +[0-9]+)*")) {
            err.println("error: --seeds must be non-negative integers separated by spaces; got '" + seeds + "'");
            return Main.USAGE;
        }
        Path baseFile = Path.of("fpga", board.name(), "fit-base.properties");
        Path work = Path.of(cl.getOptionValue("work", "build/fit/" + board.name()));
        try {
            Map<String, Long> base = FitSearch.base(baseFile);
            Path jar = privateGenerator(work);
            FitSearch search = new FitSearch(board, work, (config, name) -> {
                Path dir = work.resolve(name);
                List<String> cmd = new ArrayList<>(List.of("make", "--no-print-directory", "-f", "fpga/flow.mk", "report", "BOARD=" + board.name(),
                        "CONFIG=" + config, "NAME=" + name, "SEEDS=" + seeds.trim(), "JAR=" + jar, "BUILD_DIR=" + dir));
                Path log = work.resolve(name + ".log");
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (p.waitFor() != 0) throw new IOException("the flow failed for " + name + ", see " + log);
                return FitSearch.readReport(dir.resolve("report.json"));
            }, out);
            Map<String, Long> best = search.run(base);
            Path config = Path.of("configs", "fpga-" + board.name() + ".properties");
            Files.writeString(config, FitSearch.properties(best,
                    "# Board build for " + board.name() + ": the largest configuration found by make fpga-fit BOARD=" + board.name() + "\n"
                            + "# (taskintc.fpga.FitSearch): N, then I, then C doubled from fpga/" + board.name() + "/fit-base.properties while the\n"
                            + "# design placed, routed and met the board clock at the median of seeds " + seeds.trim() + ".\n"
                            + "# Attempts: reports/fpga-fit-" + board.name() + ".md. `make bitstream BOARD=" + board.name() + "` uses this file by default.\n"),
                    StandardCharsets.UTF_8);
            Path report = Path.of("reports", "fpga-fit-" + board.name() + ".md");
            Files.writeString(report, "# Largest configuration on " + board.name() + "\n\n"
                    + "Found by `make fpga-fit BOARD=" + board.name() + "` (`taskintc.fpga.FitSearch`): from `fpga/" + board.name()
                    + "/fit-base.properties`, the task capacity N, then\nthe sources I, then the contexts C are doubled while the whole board design "
                    + "(controller, UART bridge, timer, LEDs) places,\nroutes and meets the board clock at the median of placer seeds " + seeds.trim()
                    + " with nextpnr-ice40. Result: `" + config + "`.\n\n" + search.table(base), StandardCharsets.UTF_8);
            out.println("fpga-fit: wrote " + config + " and " + report);
            return Main.OK;
        } catch (IOException e) {
            err.println("error: fpga-fit: " + e.getMessage());
            return Main.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: fpga-fit: interrupted");
            return Main.FAILED;
        }
    }

    /** A copy of the running generator jar and its class path, so rebuilding the project during the search changes nothing. */
    private static Path privateGenerator(Path work) throws IOException {
        Path jar = Path.of("hdl-gen", "target", "hdl-gen.jar"), lib = Path.of("hdl-gen", "target", "lib");
        Path dst = work.resolve("gen");
        Files.createDirectories(dst.resolve("lib"));
        Files.copy(jar, dst.resolve("hdl-gen.jar"), StandardCopyOption.REPLACE_EXISTING);
        try (var s = Files.list(lib)) {
            for (Path f : s.toList()) Files.copy(f, dst.resolve("lib").resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return dst.resolve("hdl-gen.jar");
    }
}
