package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The generator's layers (docs/architecture.md): foundations (dsl, regmap) -> spec (configuration,
 * operations, records, register declaration) -> circuits (sched, wakeup, ipc, bus) -> tops (top, formal,
 * board, soc) -> gen (CLI, emitters, flows). No import runs back up a layer, and circuits do not import
 * each other: they meet only through the spec's records and are wired together by a top.
 */
class LayeringTest {
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("dsl", 0), Map.entry("regmap", 0),
            Map.entry("spec", 1),
            Map.entry("sched", 2), Map.entry("wakeup", 2), Map.entry("ipc", 2), Map.entry("bus", 2),
            Map.entry("top", 3), Map.entry("formal", 3), Map.entry("board", 3), Map.entry("soc", 3),
            Map.entry("gen", 4), Map.entry("fpga", 4), Map.entry("plot", 4));
    static final int CIRCUITS = 2;
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?taskintc\\.([a-z]+)\\.", Pattern.MULTILINE);

    private static Path sources() {
        return Paths.root().resolve("hdl-gen/src/main/java/taskintc");
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        TreeSet<String> unknown = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(sources())) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(p -> !LAYER.containsKey(p))
                    .forEach(unknown::add);
        }
        assertEquals(new TreeSet<>(), unknown, "packages without a layer in LayeringTest (and docs/architecture.md)");
    }

    @Test
    void noImportRunsBackUpALayer() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources())) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String from = sources().relativize(f).getName(0).toString();
                Integer layer = LAYER.get(from);
                if (layer == null) continue;
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String to = m.group(1);
                    Integer target = LAYER.get(to);
                    if (to.equals(from)) continue;
                    if (target == null || target > layer || (target == CIRCUITS && layer == CIRCUITS))
                        violations.add(sources().relativize(f) + " imports taskintc." + to);
                }
            }
        }
        assertTrue(violations.isEmpty(), "imports against the layering:\n" + String.join("\n", violations));
    }
}
