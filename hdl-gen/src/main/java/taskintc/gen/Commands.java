package taskintc.gen;

import java.io.PrintStream;
import java.util.List;

/** The generator's commands besides generating the controller: {@code taskintc-gen <command> [options]}, each with --help. */
final class Commands {
    private Commands() {}

    @FunctionalInterface
    interface Handler {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    record Command(String name, Handler handler) {}

    static final List<Command> ALL = List.of(
            new Command(AllConfigs.NAME, AllConfigs::run),
            new Command("board", BoardCommands::board),
            new Command("board-smoke", BoardSmoke::run),
            new Command("fpga-report", FpgaCommands::report),
            new Command("fpga-check", FpgaCommands::check),
            new Command("fpga-publish", FpgaCommands::publish),
            new Command("fpga-fit", FpgaFitCommand::run),
            new Command("fpga-scaling", FpgaScaling::run),
            new Command("plot", PlotCommand::run),
            new Command("soc", SocCommand::run),
            new Command("soc-map", SocCommand::map));

    /** The command called {@code name}, or null. */
    static Command byName(String name) {
        for (Command c : ALL) if (c.name.equals(name)) return c;
        return null;
    }

    static List<String> names() {
        return ALL.stream().map(Command::name).toList();
    }
}
