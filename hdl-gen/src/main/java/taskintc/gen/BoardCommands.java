package taskintc.gen;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.board.Board;
import taskintc.board.BoardGenerator;
import taskintc.board.BridgeConfig;
import taskintc.board.Pll;
import taskintc.spec.InvalidConfigException;
import taskintc.spec.TaskIntcConfig;

/** The generator's board commands: {@code board} (board design for the FPGA flow) and the option parsing the FPGA commands share. */
final class BoardCommands {
    private BoardCommands() {}

    static CommandLine parse(Options o, String[] args, PrintStream err) {
        return Main.parse(o, args, err);
    }

    static void help(PrintStream out, String usage, String header, Options o) {
        new HelpFormatter().printHelp(new java.io.PrintWriter(out, true), 100, usage, header + "\n\n", o, 2, 4, "", true);
    }

    /**
     * What a board build is made of: the board, its clock (null pll: the oscillator), and either the controller's
     * configuration or the PLIC comparison's {sources, targets}.
     */
    record BoardSpec(Board board, Pll pll, TaskIntcConfig config, int[] plic, int baud) {
        double clockMHz() {
            return BoardGenerator.clockHz(board, pll) / 1e6;
        }

        String clockText() {
            return pll == null ? "board oscillator" : "SB_PLL40 from the " + FpgaCommands.fmt(board.clockMHz()) + " MHz oscillator (DIVR "
                    + pll.divr() + ", DIVF " + pll.divf() + ", DIVQ " + pll.divq() + ")";
        }
    }

    /** The options of a board build: board, clock, baud and the PLIC comparison, beside the controller's. */
    static Options boardOptions() {
        Options o = Main.options();
        o.addOption(Option.builder().longOpt("board").hasArg().argName("NAME").desc("board: " + Board.names()).build());
        o.addOption(Option.builder().longOpt("clock-mhz").hasArg().argName("MHZ")
                .desc("run the design from the FPGA's PLL at this frequency (boards whose oscillator is on the PLL pad; default: the oscillator)").build());
        o.addOption(Option.builder().longOpt("baud").hasArg().argName("N")
                .desc("UART bit rate of the bridge (default " + BridgeConfig.DEFAULT_BAUD + ")").build());
        plicOptions(o);
        return o;
    }

    /** The build {@code cl} asks for, or null after printing the problem (nothing is written then). */
    static BoardSpec boardSpec(CommandLine cl, Options o, PrintStream err) {
        if (!cl.hasOption("board")) {
            err.println("error: --board is required (" + Board.names() + ")");
            return null;
        }
        Board board;
        int baud;
        int[] plic;
        Pll pll = null;
        try {
            board = Board.byName(cl.getOptionValue("board"));
            plic = plic(cl);
            baud = Integer.parseInt(cl.getOptionValue("baud", String.valueOf(BridgeConfig.DEFAULT_BAUD)));
            if (cl.hasOption("clock-mhz")) {
                if (!board.clockPad())
                    throw new IllegalArgumentException("--clock-mhz: the " + board.name() + " board's oscillator is not on a PLL pad; boards with one: "
                            + String.join(", ", Board.ALL.stream().filter(Board::clockPad).map(Board::name).toList()));
                double mhz;
                try {
                    mhz = Double.parseDouble(cl.getOptionValue("clock-mhz"));
                } catch (NumberFormatException e) {
                    mhz = Double.NaN;
                }
                pll = Pll.of(board.clockHz(), mhz);
            }
        } catch (NumberFormatException e) {
            err.println("error: --baud must be an integer in 300..3000000; got '" + cl.getOptionValue("baud") + "'");
            return null;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return null;
        }
        if (plic != null) return new BoardSpec(board, pll, null, plic, baud);
        TaskIntcConfig cfg = Main.config(cl, err);
        if (cfg == null) return null;
        if (cfg.bus() == taskintc.spec.BusKind.AXI4 || cfg.bus() == taskintc.spec.BusKind.TILELINK) {
            err.println("error: --bus " + cfg.bus().id() + " is for system buses (a CPU's MMIO port); board designs take axi4lite, apb3 or wishbone");
            err.println("nothing was written");
            return null;
        }
        try {
            new BridgeConfig(BoardGenerator.clockHz(board, pll), baud, cfg.taskWidth() / 8, cfg.addressWidth(), BridgeConfig.DEFAULT_TIMEOUT_BITS);
        } catch (InvalidConfigException e) {
            for (String p : e.problems()) err.println("error: " + p);
            err.println("nothing was written");
            return null;
        }
        return new BoardSpec(board, pll, cfg, null, baud);
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
        Options o = boardOptions();
        CommandLine cl = parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            help(out, "taskintc-gen board --board NAME [options]",
                    "Writes a board design: Board_<top>.v (the controller, the UART bridge as its bus master, buttons and a "
                            + "timer as interrupt sources, status LEDs), <board>_top.v (pin wrapper with power-on reset and, with "
                            + "--clock-mhz, a PLL), <board>.pcf and flow.env for fpga/flow.mk. Controller parameters as for the generator.", o);
            return Main.OK;
        }
        BoardSpec spec = boardSpec(cl, o, err);
        if (spec == null) return Main.USAGE;
        Path outDir = Path.of(cl.getOptionValue("out", "build/fpga/" + spec.board().name()));
        try {
            List<Path> written = spec.plic() != null
                    ? BoardGenerator.generatePlic(spec.board(), spec.plic()[0], spec.plic()[1], spec.baud(), spec.pll(), outDir)
                    : BoardGenerator.generate(spec.board(), spec.config(), spec.baud(), spec.pll(), outDir);
            for (Path p : written) out.println("wrote " + p);
            return Main.OK;
        } catch (RuntimeException e) {
            return Main.failed(e, err);
        }
    }
}
