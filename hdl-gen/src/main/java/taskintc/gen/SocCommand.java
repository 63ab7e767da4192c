package taskintc.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.dsl.OutputDirectory;
import taskintc.soc.SocConfig;
import taskintc.soc.SocGenerator;
import taskintc.spec.InvalidConfigException;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskIntcRegisters;

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
        TaskIntcConfig intc = Main.config(cl, err);
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
        } catch (InvalidConfigException e) {
            for (String p : e.problems()) err.println("error: " + p);
            err.println("nothing was written");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("error: generation failed: " + e);
            return Main.FAILED;
        } catch (RuntimeException e) {
            return Main.failed(e, err);
        }
    }

    /** The files {@code soc-map} writes: the SoC map and record format for each consumer, and the controller's offsets for assembly. */
    static final String[] MAP_FILES = {"soc_map.h", "soc_map.rs", "soc_map.inc", "soc_map.json", "soc_map.md", "taskintc_regs.inc"};

    /** {@code soc-map}: the SoC's address map and the benchmark's record format, generated for C++, Rust, assembly, JSON and Markdown. */
    static int map(String[] args, PrintStream out, PrintStream err) {
        Options o = Main.options();
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            BoardCommands.help(out, "taskintc-gen soc-map [--out DIR] [controller options]",
                    "Writes the Rocket SoC's address map, device registers and benchmark record format (taskintc.soc.SocMap, RecordFormat) "
                            + "as soc_map.h, soc_map.rs, soc_map.inc, soc_map.json and soc_map.md, and the controller's register offsets as "
                            + "taskintc_regs.inc (for the smoke test). Controller options as for soc.", o);
            return Main.OK;
        }
        TaskIntcConfig intc = Main.config(cl, err);
        if (intc == null) return Main.USAGE;
        SocConfig cfg;
        try {
            cfg = SocConfig.of(intc);
        } catch (InvalidConfigException e) {
            for (String p : e.problems()) err.println("error: " + p);
            err.println("nothing was written");
            return Main.USAGE;
        }
        long intcSize = 1L << cfg.intc().addressWidth();
        Path dir = Path.of(cl.getOptionValue("out", "soc/generated"));
        try {
            OutputDirectory.write(dir, scratch -> {
                String[] text = {SocMapEmitters.cpp(intcSize), SocMapEmitters.rust(intcSize), SocMapEmitters.asm(intcSize),
                        SocMapEmitters.json(intcSize), SocMapEmitters.markdown(intcSize),
                        SocMapEmitters.controllerAsm(TaskIntcRegisters.declare(cfg.intc()))};
                for (int i = 0; i < MAP_FILES.length; i++) Files.writeString(scratch.resolve(MAP_FILES[i]), text[i]);
            });
            out.println("wrote " + dir + ": " + String.join(" ", MAP_FILES));
            return Main.OK;
        } catch (RuntimeException e) {
            return Main.failed(e, err);
        }
    }
}
