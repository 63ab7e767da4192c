package taskintc.gen;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.MissingArgumentException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

import taskintc.dsl.OutputDirectory;
import taskintc.spec.BusKind;
import taskintc.spec.ConfigParam;
import taskintc.spec.InvalidConfigException;
import taskintc.spec.TaskIntcConfig;

/**
 * Command line of the generator. Exit status: 0 generated, 2 invalid parameters, usage or an output that
 * cannot be written (nothing written), 1 failure while generating.
 */
public final class Main {
    public static final int OK = 0, FAILED = 1, USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Marks the options that are configuration keys (the rest belong to the command). */
    private static final class ConfigKey {}

    static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder().longOpt("version").desc("print the generator's version and git revision and exit").build());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR")
                .desc("output directory (created if missing; files are written all or nothing)").build());
        o.addOption(Option.builder("c").longOpt("config").hasArg().argName("FILE")
                .desc("parameters from a properties file (keys as the long options, e.g. contexts=16); "
                        + "command-line options override it").build());
        for (ConfigParam p : ConfigParam.values())
            o.addOption(Option.builder().longOpt(p.key()).hasArg().argName("N").type(ConfigKey.class)
                    .desc(p.description() + "; " + p.range() + " (default " + p.defaultValue() + ")").build());
        o.addOption(Option.builder().longOpt("trigger").hasArg().argName("KIND").type(ConfigKey.class)
                .desc("reset trigger of the generic interrupt sources: level or edge (default level); NIC sources are edge").build());
        o.addOption(Option.builder().longOpt("bus").hasArg().argName("KIND").type(ConfigKey.class)
                .desc("bus binding: " + String.join(", ", java.util.Arrays.stream(BusKind.values()).map(BusKind::id).toList())
                        + " (default axi4lite)").build());
        o.addOption(Option.builder().longOpt("name").hasArg().argName("NAME").type(ConfigKey.class)
                .desc("the top's Verilog module name and file prefix (default TaskIntc for the default parameters, "
                        + "else TaskIntc_ followed by every parameter)").build());
        return o;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Commands.Command command = args.length > 0 ? Commands.byName(args[0]) : null;
        if (command != null) return command.handler().run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        Options options = options();
        if (args.length == 0) {
            help(out, options);
            return OK;
        }
        CommandLine cl = parse(options, args, err);
        if (cl == null) return USAGE;
        if (cl.hasOption("help")) {
            help(out, options);
            return OK;
        }
        if (cl.hasOption("version")) {
            out.println("taskintc-gen " + version());
            return OK;
        }
        if (!cl.hasOption("out")) {
            err.println("error: --out DIR is required (where to write the Verilog and its register map; make rtl uses rtl-out)");
            return USAGE;
        }
        TaskIntcConfig cfg = config(cl, err);
        if (cfg == null) return USAGE;

        Path outDir = Path.of(cl.getOptionValue("out"));
        long t0 = System.nanoTime();
        try {
            List<Path> files = Generator.generate(cfg, outDir);
            out.printf("wrote %s to %s in %.1f s: %s%n", cfg.topName(), outDir, (System.nanoTime() - t0) / 1e9,
                    String.join(" ", files.stream().map(p -> p.getFileName().toString()).toList()));
            return OK;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    /**
     * Reports a failure of generation: an output that cannot be written is the user's to fix (one line naming
     * the path and the reason, exit status 2), anything else is the generator's (exit status 1). Nothing was
     * written either way: every command writes through {@link OutputDirectory}.
     */
    static int failed(RuntimeException e, PrintStream err) {
        boolean unwritable = e instanceof OutputDirectory.Unwritable;
        err.println("error: " + (unwritable ? "--out: " + e.getMessage() : "generation failed: " + e));
        err.println("nothing was written");
        return unwritable ? USAGE : FAILED;
    }

    private static void help(PrintStream out, Options options) {
        HelpFormatter f = new HelpFormatter();
        f.printHelp(new java.io.PrintWriter(out, true), 100, "taskintc-gen --out DIR [options]  |  taskintc-gen COMMAND --help",
                "Generates the TaskIntc task-aware interrupt controller: Verilog plus its register map as JSON, "
                        + "Markdown, CMSIS-SVD, a C header and Rust constants, an instantiation template and a FuseSoC core.\n\n",
                options, 2, 4,
                "\nThe default configuration writes TaskIntc.*; any other carries its parameters in its names "
                        + "(e.g. TaskIntc_c16_p8_n4096_w64_h4_i32_q4_pw16_k4_d4_a64_r40_level_axi4lite.v) unless --name "
                        + "chooses one.\nExit status: 0 written; 2 bad option, parameter or output path (nothing written); "
                        + "1 generation failed.\nOther commands (each has --help): " + String.join(", ", Commands.names())
                        + " (all: the default and every configs/NAME.properties into DIR/NAME/).",
                false);
    }

    /** The generator's version: the Maven version and the git revision it was built from. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("/taskintc/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // reported as unknown below
        }
        return p.getProperty("version", "unknown") + " (git " + p.getProperty("revision", "unknown") + ")";
    }

    /**
     * Parses {@code args} against {@code options}; on a problem prints one line that names the option by its
     * long name and returns null. Partial option names are not accepted and an option given twice is refused.
     */
    static CommandLine parse(Options options, String[] args, PrintStream err) {
        CommandLine cl;
        try {
            cl = DefaultParser.builder().setAllowPartialMatching(false).build().parse(options, args);
        } catch (MissingArgumentException e) {
            Option o = e.getOption();
            err.println("error: " + name(o) + " needs a value (" + o.getArgName() + "); run with --help for usage");
            return null;
        } catch (UnrecognizedOptionException e) {
            err.println("error: unknown option " + e.getOption() + "; run with --help for usage");
            return null;
        } catch (ParseException e) {
            err.println("error: " + e.getMessage() + "; run with --help for usage");
            return null;
        }
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (Option o : cl.getOptions()) seen.computeIfAbsent(name(o), k -> new ArrayList<>()).add(o.getValue() == null ? "" : o.getValue());
        for (Map.Entry<String, List<String>> e : seen.entrySet())
            if (e.getValue().size() > 1) {
                err.println("error: " + e.getKey() + " given " + e.getValue().size() + " times (" + String.join(", ", e.getValue())
                        + "); give each option once");
                return null;
            }
        if (!cl.getArgList().isEmpty()) {
            err.println("error: unexpected argument(s): " + String.join(" ", cl.getArgList()) + "; run with --help for usage");
            return null;
        }
        return cl;
    }

    private static String name(Option o) {
        return o.getLongOpt() != null ? "--" + o.getLongOpt() : "-" + o.getOpt();
    }

    /**
     * The configuration given by --config and the configuration options of {@link #options()} in {@code cl}
     * (options override the file), or null after printing every problem to {@code err}. A command's own
     * option of the same name (fpga-report's --name) is not a configuration key.
     */
    static TaskIntcConfig config(CommandLine cl, PrintStream err) {
        TaskIntcConfig.Builder b = TaskIntcConfig.builder();
        List<String> problems = new ArrayList<>();
        if (cl.hasOption("config")) {
            Path file = Path.of(cl.getOptionValue("config"));
            Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                props.load(r);
            } catch (IOException e) {
                err.println("error: --config: cannot read " + OutputDirectory.pathOf(e, file) + ": "
                        + (Files.isDirectory(file) ? "is a directory" : OutputDirectory.reason(e)));
                return null;
            } catch (IllegalArgumentException e) {
                err.println("error: --config: cannot read " + file + ": " + e.getMessage());
                return null;
            }
            for (String key : props.stringPropertyNames().stream().sorted().toList()) {
                try {
                    b.set(key, props.getProperty(key));
                } catch (IllegalArgumentException e) {
                    problems.add("--config " + file + ": " + e.getMessage());
                }
            }
        }
        for (Option o : cl.getOptions()) if (o.getType() == ConfigKey.class) b.set(o.getLongOpt(), o.getValue());
        try {
            TaskIntcConfig cfg = b.build();
            if (problems.isEmpty()) return cfg;
        } catch (InvalidConfigException e) {
            problems.addAll(e.problems());
        }
        for (String p : problems) err.println("error: " + p);
        err.println("nothing was written");
        return null;
    }
}
