package taskintc.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import scala.runtime.BoxedUnit;
import spinal.core.Component;
import spinal.core.sim.SimCompiled;

/**
 * Runs a seeded simulation. When it fails, the same seed is replayed on a model compiled with tracing,
 * and the failure message says where the waveform is.
 */
public final class SimRun {
    private SimRun() {}

    /**
     * Runs a random test once per base seed of this run ({@link Seeds}), with a seed derived from the base, the
     * test's name and {@code config}; a failure names the one command that reproduces it.
     */
    public static <T extends Component> void random(Function<Boolean, SimCompiled<T>> model, String test, String config,
                                                    BiConsumer<T, Integer> body) {
        String testClass = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(s -> s.map(f -> f.getDeclaringClass()).filter(c -> c != SimRun.class).findFirst())
                .map(Class::getSimpleName).orElse("?");
        for (long base : Seeds.bases()) {
            int seed = Seeds.of(base, test + "/" + config);
            try {
                run(model, test, seed, dut -> body.accept(dut, seed));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n  reproduce: " + Seeds.replayCommand(testClass, config, base), e);
            }
        }
    }

    public static <T extends Component> void run(Function<Boolean, SimCompiled<T>> model, String test, int seed,
                                                 Consumer<T> body) {
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
                wave = newestWave(Path.of(traced.simConfig().getTestPath(test)).getParent()).orElse(null);
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

    private static Optional<Path> newestWave(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".fst") || p.toString().endsWith(".vcd"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()));
        }
    }
}
