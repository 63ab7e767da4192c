package taskintc.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.plot.FigureJson;
import taskintc.plot.Plotter;

/** {@code plot}: the project's one plotter for scripts in other languages: a figure described in JSON to a PNG. */
final class PlotCommand {
    private PlotCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder().longOpt("spec").hasArg().argName("FILE").desc("the figure as JSON (see taskintc.plot.FigureJson); - for standard input").build());
        o.addOption(Option.builder().longOpt("out").hasArg().argName("FILE").desc("PNG to write").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help") || !cl.hasOption("spec") || !cl.hasOption("out")) {
            BoardCommands.help(cl.hasOption("help") ? out : err, "taskintc-gen plot --spec FILE --out FILE.png",
                    "Draws a figure (panels of series, log or linear axes, range bars, reference lines) as a PNG, the same bytes on every machine.", o);
            return cl.hasOption("help") ? Main.OK : Main.USAGE;
        }
        String spec = cl.getOptionValue("spec");
        byte[] png;
        try {
            String json = spec.equals("-") ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) : Files.readString(Path.of(spec));
            png = Plotter.png(FigureJson.parse(json));
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: --spec " + spec + ": " + e.getMessage());
            return Main.USAGE;
        }
        try {
            FpgaCommands.writeBytesAtomically(Path.of(cl.getOptionValue("out")), png);
            out.println("wrote " + cl.getOptionValue("out"));
            return Main.OK;
        } catch (IOException e) {
            err.println("error: --out " + cl.getOptionValue("out") + ": " + e.getMessage());
            return Main.FAILED;
        }
    }
}
