package taskintc.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import taskintc.dsl.Circuit;
import taskintc.dsl.SimModel;

/**
 * Runs a seeded simulation. When it fails, the same seed is replayed on a model compiled with tracing,
 * and the failure message says where the waveform is. With -Dtaskintc.waves=true ({@code make sim WAVES=1})
 * every simulation runs on the traced model and prints where its waveform is kept.
 */
public final class SimRun {
    private SimRun() {}

    /** -Dtaskintc.waves=true: trace every simulation, passing or not. */
    public static final boolean WAVES = Boolean.getBoolean("taskintc.waves");

    public static <T extends Circuit> void run(Function<Boolean, SimModel<T>> model, String test, int seed, Consumer<T> body) {
        if (WAVES) {
            SimModel<T> traced = model.apply(true);
            try {
                traced.run(test, seed, body);
            } finally {
                System.out.println("[sim] " + test + " (seed " + seed + ") waveform: " + waveOf(traced, test));
            }
            return;
        }
        try {
            model.apply(false).run(test, seed, body);
        } catch (Throwable first) {
            Path wave = null;
            try {
                SimModel<T> traced = model.apply(true);
                try {
                    traced.run(test, seed, body);
                } catch (Throwable replayFailure) {
                    // expected: the replay fails the same way
                }
                wave = waveOf(traced, test);
            } catch (Throwable replayProblem) {
                first.addSuppressed(replayProblem);
            }
            String where = wave == null ? "no waveform could be written" : "waveform: " + wave.toAbsolutePath();
            Throwable root = first;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            StackTraceElement at = root.getStackTrace().length > 0 ? root.getStackTrace()[0] : null;
            AssertionError e = new AssertionError(test + " (seed " + seed + ") failed: " + root + (at == null ? "" : " at " + at)
                    + "\n  " + where, first);
            throw e;
        }
    }

    /** The waveform the last simulation of {@code test} on {@code traced} wrote, or null. */
    private static Path waveOf(SimModel<?> traced, String test) {
        try {
            return newestWave(traced.testPath(test).getParent()).map(Path::toAbsolutePath).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<Path> newestWave(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".fst") || p.toString().endsWith(".vcd"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()));
        }
    }
}
