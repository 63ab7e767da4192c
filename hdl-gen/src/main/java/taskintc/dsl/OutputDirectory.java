package taskintc.dsl;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes generated files all or nothing. The output directory is checked (and created) before anything is
 * generated; files are produced in a scratch directory inside it, so a user who owns the output directory
 * but not its parent can generate, and moved into place only when every one is complete. On any failure the
 * scratch directory, and the output directory when this call created it, are removed again.
 */
public final class OutputDirectory {
    private OutputDirectory() {}

    /** Writes files into the scratch directory it is given. */
    @FunctionalInterface
    public interface Fill {
        void into(Path scratch) throws IOException;
    }

    /** The output cannot be written: {@link #getMessage()} is one line naming the path and the reason. */
    public static final class Unwritable extends RuntimeException {
        public Unwritable(Path path, String reason) {
            super("cannot write " + path + ": " + reason);
        }
    }

    /**
     * Checks and creates {@code outDir}, runs {@code fill}, then moves what it wrote into {@code outDir}
     * (sub-directories merged into existing ones, files replaced); returns the files moved, sorted. Throws
     * {@link Unwritable} for an output that cannot be written (before {@code fill} runs when the directory
     * itself is the problem); other failures of {@code fill} propagate. Either way nothing is left behind.
     */
    public static List<Path> write(Path outDir, Fill fill) {
        List<Path> created = prepare(outDir);
        Path scratch = null;
        boolean done = false;
        try {
            scratch = Files.createTempDirectory(outDir, ".taskintc-tmp-");
            fill.into(scratch);
            List<Path> files;
            try (Stream<Path> s = Files.walk(scratch)) {
                files = s.filter(Files::isRegularFile).map(scratch::relativize).sorted().toList();
            }
            // Every clash is found before anything moves: a file where a directory goes, or the reverse.
            for (Path f : files) {
                Path dst = outDir.resolve(f);
                if (Files.isDirectory(dst)) throw new Unwritable(dst, "is a directory");
                for (Path d = dst.getParent(); !d.equals(outDir); d = d.getParent())
                    if (Files.exists(d) && !Files.isDirectory(d)) throw new Unwritable(d, "not a directory");
            }
            List<Path> produced = new ArrayList<>();
            for (Path f : files) {
                Path dst = outDir.resolve(f);
                Files.createDirectories(dst.getParent());
                Files.move(scratch.resolve(f), dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                produced.add(dst);
            }
            done = true;
            return produced;
        } catch (IOException e) {
            throw new Unwritable(pathOf(e, outDir), reason(e));
        } finally {
            if (scratch != null) deleteTree(scratch);
            if (!done) removeCreated(created);
        }
    }

    /** Makes sure {@code outDir} is a writable directory; returns the directories created for it, outermost first. */
    private static List<Path> prepare(Path outDir) {
        List<Path> missing = new ArrayList<>();
        for (Path p = outDir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) missing.add(0, p);
        if (missing.isEmpty() && !Files.isDirectory(outDir)) throw new Unwritable(outDir, "not a directory");
        List<Path> created = new ArrayList<>();
        try {
            for (Path d : missing) {
                Files.createDirectory(d);
                created.add(d);
            }
        } catch (IOException e) {
            removeCreated(created);
            throw new Unwritable(pathOf(e, outDir), reason(e));
        }
        if (!Files.isWritable(outDir)) {
            removeCreated(created);
            throw new Unwritable(outDir, "permission denied");
        }
        return created;
    }

    /** The file an I/O exception is about, else {@code fallback}. */
    public static Path pathOf(IOException e, Path fallback) {
        return e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : fallback;
    }

    /** Why an I/O operation failed, in a few words (as the C library says it). */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException) return "not a directory";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Removes the directories this call created (outermost first in the list, so the first holds the rest). */
    private static void removeCreated(List<Path> created) {
        if (!created.isEmpty()) deleteTree(created.get(0));
    }

    /** Deletes a directory tree, best effort (a scratch directory left behind is no error of its caller's). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // best effort: the original failure is what the caller reports
        }
    }
}
