package taskintc.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, wherever Maven runs the tests from. */
final class Paths {
    private Paths() {}

    static Path root() {
        String p = System.getProperty("taskintc.root");
        Path r = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        if (!Files.exists(r.resolve("configs")) && r.getParent() != null && Files.exists(r.getParent().resolve("configs")))
            r = r.getParent();
        return r.toAbsolutePath();
    }
}
