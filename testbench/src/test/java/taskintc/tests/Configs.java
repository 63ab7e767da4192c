package taskintc.tests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import taskintc.spec.TaskIntcConfig;

/**
 * The configurations the regression runs: the default and named configurations, read from
 * {@code configs/<name>.properties} the way the generator reads them (so a test and {@code make rtl} never
 * disagree about what a name means). Tests derive variants (another bus) with the builder.
 */
public final class Configs {
    private Configs() {}

    static final TaskIntcConfig DEFAULT = TaskIntcConfig.defaults();
    /** One context, one level, four entries, one hart, one source. */
    static final TaskIntcConfig SMALLEST = named("smallest");
    /** Two contexts, four levels, sixteen entries: full and empty are reached quickly. No IPC unit. */
    static final TaskIntcConfig SMALL = named("small");
    /** The small configuration with 2 IPC channels and 2-deep mailboxes. */
    static final TaskIntcConfig SMALL_IPC = named("small-ipc");
    static final TaskIntcConfig LARGE_QUEUES = named("large-queues");
    /** Many sources: regions grow to 8 KiB. */
    static final TaskIntcConfig MANY_SOURCES = named("many-sources");
    /** 64 contexts, 32 levels, 16,384 tasks, 8 harts, 1,024 sources, the default IPC unit. */
    static final TaskIntcConfig LARGE = named("large");
    /** 32-bit task words and bus, edge-triggered sources, with IPC. */
    static final TaskIntcConfig RV32 = named("rv32");
    /** The default configuration with the pending counts in block RAM behind one bit per line. */
    static final TaskIntcConfig LINE_BUFFER = named("line-buffer");
    /** The same with six bits per line (32 events), enough that the storm loses no event in a line. */
    static final TaskIntcConfig LINE_BUFFER_WIDE = named("line-buffer-wide");
    /** The scheduler alone: no wakeup unit, no IPC unit. */
    static final TaskIntcConfig NO_IRQ = named("scheduler-only");

    /** {@code configs/<name>.properties} through the configuration builder; "default" is the default configuration. */
    public static TaskIntcConfig named(String name) {
        if (name.equals("default")) return TaskIntcConfig.defaults();
        Path file = Paths.root().resolve("configs").resolve(name + ".properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("configuration " + name + ": cannot read " + file, e);
        }
        TaskIntcConfig.Builder b = TaskIntcConfig.builder();
        for (String key : p.stringPropertyNames()) b.set(key, p.getProperty(key));
        return b.build();
    }

    /** Configurations with an IPC unit beyond the regression's, for the bus regression. */
    static List<TaskIntcConfig> ipc() {
        return List.of(SMALL_IPC);
    }

    static List<TaskIntcConfig> regression() {
        return selected(Stream.of(SMALLEST, SMALL, DEFAULT, LARGE_QUEUES, RV32, NO_IRQ, MANY_SOURCES, LINE_BUFFER, LINE_BUFFER_WIDE)).toList();
    }

    /**
     * -Dtaskintc.configs=NAME[,NAME...] keeps only the named configurations, each given by its configs/ name
     * (or "default") or its top name (e.g. TaskIntc), so a run such as {@code make coverage} or
     * {@code make sim CONFIG=rv32} stays on the configurations asked for.
     */
    static Stream<TaskIntcConfig> selected(Stream<TaskIntcConfig> all) {
        String only = System.getProperty("taskintc.configs", "");
        if (only.isBlank()) return all;
        List<String> tops = Stream.of(only.split(",")).map(String::trim)
                .map(n -> n.startsWith("TaskIntc") ? n : named(n).topName()).toList();
        return all.filter(c -> tops.contains(c.topName()));
    }

    /**
     * For a test that runs configurations in turn (JUnit keeps a method source's order): queues the compilation of
     * {@code current}'s model (if not done) and then of the next two, so they compile (on the two compile threads of
     * {@link taskintc.sim.SimModels}) while {@code current} simulates.
     */
    static void prefetchNext(Stream<TaskIntcConfig> all, TaskIntcConfig current, Consumer<TaskIntcConfig> prefetch) {
        List<TaskIntcConfig> list = all.toList();
        int i = list.indexOf(current);
        prefetch.accept(current);
        if (i < 0) return;
        for (int next = i + 1; next <= i + 2 && next < list.size(); next++) prefetch.accept(list.get(next));
    }
}
