package taskintc.gen;

import java.io.IOException;
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
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import taskintc.spec.BusKind;
import taskintc.spec.InvalidConfigException;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.Trigger;

/**
 * Command line of the generator. Exit status: 0 generated, 2 invalid parameters or usage (nothing
 * written), 1 failure while generating.
 */
public final class Main {
    public static final int OK = 0, FAILED = 1, USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR")
                .desc("output directory (default rtl-out)").build());
        o.addOption(Option.builder("c").longOpt("config").hasArg().argName("FILE")
                .desc("parameters from a properties file (keys as the long options, e.g. contexts=16); "
                        + "command-line options override it").build());
        for (TaskIntcConfig.Param p : TaskIntcConfig.PARAMS)
            o.addOption(Option.builder().longOpt(p.name()).hasArg().argName("N")
                    .desc(p.description() + "; " + p.range() + " (default " + p.defaultValue() + ")").build());
        o.addOption(Option.builder().longOpt("trigger").hasArg().argName("KIND")
                .desc("reset trigger of the generic interrupt sources: level or edge (default level); NIC sources are edge").build());
        o.addOption(Option.builder().longOpt("bus").hasArg().argName("KIND")
                .desc("bus binding: axi4lite, axi4, apb3 or wishbone (default axi4lite)").build());
        return o;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Commands.Command command = args.length > 0 ? Commands.byName(args[0]) : null;
        if (command != null) return command.handler().run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        Options options = options();
        CommandLine cl;
        try {
            cl = new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            err.println("error: " + e.getMessage());
            err.println("run with --help for usage");
            return USAGE;
        }
        if (cl.hasOption("help")) {
            HelpFormatter f = new HelpFormatter();
            f.setWidth(100);
            f.printHelp(new java.io.PrintWriter(out, true), 100, "taskintc-gen [options]",
                    "Generates the TaskIntc task-aware interrupt controller: Verilog plus its register map as JSON, "
                            + "Markdown, a C header and Rust constants.\n\n", options, 2, 4,
                    "\nThe default configuration writes TaskIntc.*; any other carries its parameters in its names, "
                            + "e.g. TaskIntc_c16_p8_n4096_w64_h4_i32_q4_pw16_level_axi4lite.v.\n"
                            + "Other commands (each has --help): " + String.join(", ", Commands.names()) + ".", true);
            return OK;
        }
        if (!cl.getArgList().isEmpty()) {
            err.println("error: unexpected argument(s): " + String.join(" ", cl.getArgList()));
            return USAGE;
        }

        TaskIntcConfig cfg = config(cl, options, err);
        if (cfg == null) return USAGE;

        Path outDir = Path.of(cl.getOptionValue("out", "rtl-out"));
        try {
            for (Path p : Generator.generate(cfg, outDir)) out.println("wrote " + p);
            return OK;
        } catch (RuntimeException e) {
            err.println("error: generation failed: " + e);
            return FAILED;
        }
    }

    /**
     * The configuration given by --config and the parameter options (options override the file), or null
     * after printing every problem to {@code err}.
     */
    static TaskIntcConfig config(CommandLine cl, Options options, PrintStream err) {
        Map<String, String> values = new LinkedHashMap<>();
        if (cl.hasOption("config")) {
            Path file = Path.of(cl.getOptionValue("config"));
            Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                props.load(r);
            } catch (IOException e) {
                err.println("error: --config: cannot read " + file + ": " + e.getMessage());
                return null;
            }
            for (String key : props.stringPropertyNames()) {
                if (options().getOption(key) == null || key.equals("config") || key.equals("help") || key.equals("out")) {
                    err.println("error: --config " + file + ": unknown key '" + key + "'");
                    return null;
                }
            }
            props.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, props.getProperty(k).trim()));
        }
        for (Option opt : cl.getOptions()) values.put(opt.getLongOpt(), opt.getValue());

        TaskIntcConfig d = TaskIntcConfig.defaults();
        List<String> problems = new ArrayList<>();
        long[] v = d.values();
        for (int i = 0; i < v.length; i++) v[i] = number(values, TaskIntcConfig.PARAMS.get(i), v[i], problems);
        Trigger trigger = d.trigger();
        if (values.containsKey("trigger")) {
            try {
                trigger = Trigger.parse(values.get("trigger"));
            } catch (IllegalArgumentException e) {
                problems.add("--" + e.getMessage());
            }
        }
        BusKind bus = d.bus();
        if (values.containsKey("bus")) {
            try {
                bus = BusKind.parse(values.get("bus"));
            } catch (IllegalArgumentException e) {
                problems.add("--" + e.getMessage());
            }
        }
        if (problems.isEmpty()) problems.addAll(TaskIntcConfig.problems(v));
        if (!problems.isEmpty()) {
            for (String p : problems) err.println("error: " + p);
            err.println("nothing was written");
            return null;
        }
        try {
            return TaskIntcConfig.of(v, trigger, bus);
        } catch (InvalidConfigException e) {
            for (String p : e.problems()) err.println("error: " + p);
            err.println("nothing was written");
            return null;
        }
    }

    private static long number(Map<String, String> values, TaskIntcConfig.Param p, long dflt, List<String> problems) {
        String s = values.get(p.name());
        if (s == null) return dflt;
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            problems.add("--" + p.name() + " (" + p.description() + ") must be an integer in " + p.range() + "; got '" + s + "'");
            return dflt;
        }
    }
}
