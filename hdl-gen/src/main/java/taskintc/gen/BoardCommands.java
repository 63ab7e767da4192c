package taskintc.gen;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import taskintc.board.Board;
import taskintc.board.BoardGenerator;
import taskintc.board.BridgeConfig;
import taskintc.spec.InvalidConfigException;
import taskintc.spec.TaskIntcConfig;

/** The generator's board commands: {@code board} (board design for the FPGA flow), {@code fpga-report}, {@code board-smoke}. */
final class BoardCommands {
    private BoardCommands() {}

    static final List<String> NAMES = List.of("board", "fpga-report", "fpga-scaling", "board-smoke", "soc");

    static int run(String command, String[] args, PrintStream out, PrintStream err) {
        return switch (command) {
            case "board" -> board(args, out, err);
            case "fpga-report" -> FpgaReport.run(args, out, err);
            case "fpga-scaling" -> FpgaScaling.run(args, out, err);
            case "board-smoke" -> BoardSmoke.run(args, out, err);
            case "soc" -> SocCommand.run(args, out, err);
            default -> throw new IllegalArgumentException(command);
        };
    }

    static CommandLine parse(Options o, String[] args, PrintStream err) {
        try {
            CommandLine cl = new DefaultParser().parse(o, args);
            if (!cl.getArgList().isEmpty()) {
                err.println("error: unexpected argument(s): " + String.join(" ", cl.getArgList()));
                return null;
            }
            return cl;
        } catch (ParseException e) {
            err.println("error: " + e.getMessage());
            err.println("run with --help for usage");
            return null;
        }
    }

    static void help(PrintStream out, String usage, String header, Options o) {
        new HelpFormatter().printHelp(new java.io.PrintWriter(out, true), 100, usage, header + "\n\n", o, 2, 4, "", true);
    }

    static Option boardOption() {
        return Option.builder().longOpt("board").hasArg().argName("NAME")
                .desc("board: " + String.join(", ", Board.ALL.stream().map(Board::name).toList())).build();
    }

    static void plicOptions(Options o) {
        o.addOption(Option.builder().longOpt("plic-sources").hasArg().argName("N")
                .desc("build SpinalHDL's AxiLite4Plic with N sources instead of the controller (the comparison)").build());
        o.addOption(Option.builder().longOpt("plic-targets").hasArg().argName("N").desc("targets of that PLIC (default 4)").build());
    }

    /** {sources, targets} of the PLIC comparison, null when not asked for; throws with the option's name when invalid. */
    static int[] plic(CommandLine cl) {
        if (!cl.hasOption("plic-sources")) return null;
        int[] v = new int[2];
        String[] names = {"plic-sources", "plic-targets"};
        String[] dflt = {null, "4"};
        int[][] range = {{2, 1023}, {1, 15}};
        for (int i = 0; i < 2; i++) {
            String s = cl.getOptionValue(names[i], dflt[i]);
            try {
                v[i] = Integer.parseInt(s);
            } catch (NumberFormatException e) {
                v[i] = Integer.MIN_VALUE;
            }
            if (v[i] < range[i][0] || v[i] > range[i][1])
                throw new IllegalArgumentException("--" + names[i] + " must be in " + range[i][0] + ".." + range[i][1] + "; got '" + s + "'");
        }
        return v;
    }

    static int board(String[] args, PrintStream out, PrintStream err) {
        Options o = Main.options();
        o.addOption(boardOption());
        plicOptions(o);
        o.addOption(Option.builder().longOpt("baud").hasArg().argName("N")
                .desc("UART bit rate of the bridge (default " + BridgeConfig.DEFAULT_BAUD + ")").build());
        CommandLine cl = parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            help(out, "taskintc-gen board --board NAME [options]",
                    "Writes a board design: Board_<top>.v (the controller, the UART bridge as its bus master, buttons and a "
                            + "timer as interrupt sources, status LEDs) and <board>_top.v (pin wrapper with power-on reset). "
                            + "Controller parameters as for the generator.", o);
            return Main.OK;
        }
        if (!cl.hasOption("board")) {
            err.println("error: --board is required (" + String.join(", ", Board.ALL.stream().map(Board::name).toList()) + ")");
            return Main.USAGE;
        }
        Board board;
        int baud;
        int[] plic;
        try {
            board = Board.byName(cl.getOptionValue("board"));
            plic = plic(cl);
            baud = Integer.parseInt(cl.getOptionValue("baud", String.valueOf(BridgeConfig.DEFAULT_BAUD)));
        } catch (NumberFormatException e) {
            err.println("error: --baud must be an integer in 300..3000000; got '" + cl.getOptionValue("baud") + "'");
            return Main.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Main.USAGE;
        }
        Path outDir = Path.of(cl.getOptionValue("out", "build/fpga/" + board.name()));
        if (plic != null) {
            try {
                for (Path p : BoardGenerator.generatePlic(board, plic[0], plic[1], baud, outDir)) out.println("wrote " + p);
                return Main.OK;
            } catch (RuntimeException e) {
                err.println("error: generation failed: " + e);
                return Main.FAILED;
            }
        }
        TaskIntcConfig cfg = Main.config(cl, o, err);
        if (cfg == null) return Main.USAGE;
        if (cfg.bus() == taskintc.spec.BusKind.AXI4) {
            err.println("error: --bus axi4 is for system buses (the Rocket SoC); board designs take axi4lite, apb3 or wishbone");
            err.println("nothing was written");
            return Main.USAGE;
        }
        try {
            new BridgeConfig(board.clockHz(), baud, cfg.taskWidth() / 8, cfg.addressWidth(), BridgeConfig.DEFAULT_TIMEOUT_BITS);
        } catch (InvalidConfigException e) {
            for (String p : e.problems()) err.println("error: " + p);
            err.println("nothing was written");
            return Main.USAGE;
        }
        try {
            for (Path p : BoardGenerator.generate(board, cfg, baud, outDir)) out.println("wrote " + p);
            return Main.OK;
        } catch (RuntimeException e) {
            err.println("error: generation failed: " + e);
            return Main.FAILED;
        }
    }
}
