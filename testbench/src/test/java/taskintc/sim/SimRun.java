package taskintc.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import scala.runtime.BoxedUnit;
import spinal.core.Component;
import spinal.core.sim.SimCompiled;

/**
 * Runs a seeded simulation. When it fails, the same seed is replayed on a model compiled with tracing,
 * and the failure message says where the waveform is. With -Dtaskintc.waves=true ({@code make sim WAVES=1})
 * every simulation runs on the traced model and prints where its waveform is kept.
 */
public final class SimRun {
    private SimRun() {}

    /** -Dtaskintc.waves=true: trace every simulation, passing or not. */
    public static final boolean WAVES = Boolean.getBoolean("taskintc.waves");

    public static <T extends Component> void run(Function<Boolean, SimCompiled<T>> model, String test, int seed,
                                                 Consumer<T> body) {
        if (WAVES) {
            SimCompiled<T> traced = model.apply(true);
            try {
                traced.doSim(test, seed, dut -> {
                    body.accept(dut);
                    return BoxedUnit.UNIT;
                });
            } finally {
                System.out.println("[sim] " + test + " (seed " + seed + ") waveform: " + waveOf(traced, test));
            }
            return;
        }
        try {
            model.apply(false).doSim(test, seed, dut -> {
                body.accept(dut);
                return BoxedUnit.UNIT;
            });
        } catch (Throwable first) {
            Path wave = null;
            try {
                SimCompiled<T> traced = model.apply(true);
                try {
                    traced.doSim(test, seed, dut -> {
                        body.accept(dut);
                        return BoxedUnit.UNIT;
                    });
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
    private static Path waveOf(SimCompiled<?> traced, String test) {
        try {
            return newestWave(Path.of(traced.simConfig().getTestPath(test)).getParent()).map(Path::toAbsolutePath).orElse(null);
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
