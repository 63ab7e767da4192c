package taskintc.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.soc.SocConfig;
import taskintc.soc.SocGenerator;
import taskintc.spec.InvalidConfigException;
import taskintc.spec.TaskIntcConfig;

/** {@code soc}: the Rocket SoC top around a controller, for the end-to-end simulation ({@code make soc}). */
final class SocCommand {
    private SocCommand() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Main.options();
        o.addOption(Option.builder().longOpt("rocket").hasArg().argName("FILE")
                .desc("rocket-chip's generated Verilog holding module " + SocGenerator.ROCKET_MODULE + " (scripts/soc-rocket.sh writes it)").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            BoardCommands.help(out, "taskintc-gen soc --rocket FILE [--out DIR] [controller options]",
                    "Writes " + SocGenerator.ROCKET_MODULE + " wrapped with the controller on its MMIO port: TaskIntcRocketSoc.v. "
                            + "Controller parameters as for the generator; the bus must be axi4 and the task width 64.", o);
            return Main.OK;
        }
        if (!cl.hasOption("rocket")) {
            err.println("error: --rocket is required (the Verilog file holding " + SocGenerator.ROCKET_MODULE + ")");
            return Main.USAGE;
        }
        Path rocket = Path.of(cl.getOptionValue("rocket"));
        if (!Files.isRegularFile(rocket)) {
            err.println("error: --rocket: no such file " + rocket);
            return Main.USAGE;
        }
        TaskIntcConfig intc = Main.config(cl, o, err);
        if (intc == null) return Main.USAGE;
        SocConfig cfg;
        try {
            cfg = SocConfig.of(intc);
        } catch (InvalidConfigException e) {
            for (String p : e.problems()) err.println("error: " + p);
            err.println("nothing was written");
            return Main.USAGE;
        }
        try {
            Path dst = SocGenerator.generate(cfg, rocket, Path.of(cl.getOptionValue("out", "build/soc")));
            out.println("wrote " + dst);
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("error: generation failed: " + e);
            return Main.FAILED;
        }
    }
}
