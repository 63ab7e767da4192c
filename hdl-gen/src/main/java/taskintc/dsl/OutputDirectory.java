package taskintc.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes generated files all or nothing: they are produced in a scratch directory beside the output
 * directory and moved into it only when every one is complete, so a failure leaves the output untouched.
 */
public final class OutputDirectory {
    private OutputDirectory() {}

    /** Writes files into the scratch directory it is given. */
    @FunctionalInterface
    public interface Fill {
        void into(Path scratch) throws IOException;
    }

    /** Runs {@code fill}, then moves what it wrote into {@code outDir}; returns the files moved, sorted by name. */
    public static List<Path> write(Path outDir, Fill fill) {
        try {
            Path parent = outDir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path scratch = Files.createTempDirectory(parent, ".taskintc-out-");
            try {
                fill.into(scratch);
                Files.createDirectories(outDir);
                List<Path> produced = new ArrayList<>();
                try (Stream<Path> files = Files.list(scratch)) {
                    for (Path f : files.sorted().toList()) {
                        Path dst = outDir.resolve(f.getFileName());
                        Files.move(f, dst, StandardCopyOption.REPLACE_EXISTING);
                        produced.add(dst);
                    }
                }
                return produced;
            } finally {
                try (Stream<Path> s = Files.walk(scratch)) {
                    for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
