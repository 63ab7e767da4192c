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
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.dsl.OutputDirectory;
import taskintc.spec.InvalidConfigException;
import taskintc.spec.TaskIntcConfig;

/**
 * {@code all}: the default configuration at the top of the output directory and each named configuration
 * ({@code configs/<name>.properties}) in a folder of its own, {@code <out>/<name>/}, in one run (what
 * {@code make rtl} writes into rtl-out/). Every configuration file is read and validated before anything is
 * elaborated; the whole set is written all or nothing.
 */
final class AllConfigs {
    private AllConfigs() {}

    static final String NAME = "all";

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("print this help and exit").build());
        o.addOption(Option.builder().longOpt("configs").hasArg().argName("DIR")
                .desc("directory of named configurations, NAME.properties each (default configs)").build());
        o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output directory").build());
        CommandLine cl = Main.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help") || args.length == 0) {
            BoardCommands.help(out, "taskintc-gen all --out DIR [--configs DIR]",
                    "Writes the default configuration into DIR and every named configuration NAME.properties of --configs "
                            + "into DIR/NAME/ (make rtl: rtl-out/).", o);
            return Main.OK;
        }
        if (!cl.hasOption("out")) {
            err.println("error: --out DIR is required");
            return Main.USAGE;
        }
        Path configDir = Path.of(cl.getOptionValue("configs", "configs"));
        Path outDir = Path.of(cl.getOptionValue("out"));
        Map<String, TaskIntcConfig> named = read(configDir, err);
        if (named == null) return Main.USAGE;

        int total = named.size() + 1;
        int[] step = {0};
        long start = System.nanoTime();
        try {
            OutputDirectory.write(outDir, scratch -> {
                generate(out, ++step[0], total, "default", TaskIntcConfig.defaults(), scratch, "");
                for (Map.Entry<String, TaskIntcConfig> e : named.entrySet())
                    generate(out, ++step[0], total, e.getKey(), e.getValue(), scratch.resolve(e.getKey()), e.getKey() + "/");
            });
        } catch (RuntimeException e) {
            return Main.failed(e, err);
        }
        out.printf("wrote %d configurations to %s in %.0f s%n", total, outDir, (System.nanoTime() - start) / 1e9);
        return Main.OK;
    }

    /** Generates one configuration into {@code dir}, then prints its progress line ({@code folder}: where it goes in --out). */
    private static void generate(PrintStream out, int step, int total, String name, TaskIntcConfig cfg, Path dir, String folder)
            throws IOException {
        long t0 = System.nanoTime();
        Generator.generateInto(cfg, dir);
        out.printf("[%2d/%d] %-16s %s%s.v (%.1f s)%n", step, total, name, folder, cfg.topName(), (System.nanoTime() - t0) / 1e9);
        out.flush();
    }

    /** Every NAME.properties of {@code dir}, sorted by name and validated; null after printing every problem. */
    static Map<String, TaskIntcConfig> read(Path dir, PrintStream err) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            err.println("error: --configs: cannot read " + OutputDirectory.pathOf(e, dir) + ": " + OutputDirectory.reason(e));
            return null;
        }
        Map<String, TaskIntcConfig> named = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("\\.properties$", "");
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(f)) {
                p.load(r);
                TaskIntcConfig.Builder b = TaskIntcConfig.builder();
                for (String key : p.stringPropertyNames().stream().sorted().toList()) b.set(key, p.getProperty(key));
                named.put(name, b.build());
            } catch (IOException e) {
                problems.add("cannot read " + OutputDirectory.pathOf(e, f) + ": " + OutputDirectory.reason(e));
            } catch (InvalidConfigException e) {
                for (String m : e.problems()) problems.add(f + ": " + m);
            } catch (IllegalArgumentException e) {
                problems.add(f + ": " + e.getMessage());
            }
        }
        if (problems.isEmpty()) return named;
        for (String m : problems) err.println("error: " + m);
        err.println("nothing was written");
        return null;
    }
}
