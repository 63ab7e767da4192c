package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The generator's layers (docs/architecture.md): foundations (dsl, regmap) -> spec (configuration,
 * operations, records, register declaration) -> circuits (sched, wakeup, ipc, bus) -> tops (top, formal,
 * board, soc) -> gen (CLI, emitters, flows). No import runs back up a layer, and circuits do not import
 * each other: they meet only through the spec's records and are wired together by a top. SpinalHDL and Scala
 * are reached only through the DSL: no other package of the generator, and in the testbench only the one
 * simulation factory ({@code sim/SimModels}), names them.
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

    /** A reference to SpinalHDL or Scala in code: an import, or a qualified name ({@code spinal.core.Bits}). */
    private static final Pattern SCALA_INTEROP = Pattern.compile("\\b(?:spinal|scala)\\.[a-zA-Z]");
    /** The testbench files allowed to name SpinalHDL (none needs to today: the DSL offers the simulation too). */
    static final Set<String> TESTBENCH_INTEROP = Set.of("sim/SimModels.java");

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

    @Test
    void onlyTheDslReachesSpinalHdl() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources())) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator)
                if (!sources().relativize(f).getName(0).toString().equals("dsl")) violations.addAll(interop(f, sources()));
        }
        Path testbench = Paths.root().resolve("testbench/src/test/java/taskintc");
        try (Stream<Path> files = Files.walk(testbench)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator)
                if (!TESTBENCH_INTEROP.contains(testbench.relativize(f).toString().replace('\\', '/')))
                    violations.addAll(interop(f, testbench));
        }
        assertTrue(violations.isEmpty(), "SpinalHDL or Scala named outside the DSL (add what is missing to taskintc.dsl):\n"
                + String.join("\n", violations));
    }

    /** References to spinal.* or scala.* in the code of {@code f} (comments and string literals do not count). */
    static List<String> interop(Path f, Path root) throws IOException {
        List<String> out = new ArrayList<>();
        String[] lines = codeOnly(Files.readString(f)).split("\n", -1);
        for (int i = 0; i < lines.length; i++)
            if (SCALA_INTEROP.matcher(lines[i]).find()) out.add(root.relativize(f) + ":" + (i + 1) + ": " + lines[i].trim());
        return out;
    }

    /** The source with comments and string and character literals blanked out, line breaks kept. */
    static String codeOnly(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0, n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int j = i; j < end; j++) if (src.charAt(j) == '\n') out.append('\n');
                i = end;
            } else if (c == '"' || c == '\'') {
                if (c == '"' && src.startsWith("\"\"\"", i)) {
                    int end = src.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? n : end + 3;
                    for (int j = i; j < end; j++) if (src.charAt(j) == '\n') out.append('\n');
                    i = end;
                    continue;
                }
                i++;
                while (i < n && src.charAt(i) != c) i += src.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append("\"\"");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The project's limit: a file a reader takes in whole. */
    static final int MAX_LINES = 400;

    @Test
    void noGeneratorFileAboveTheLineLimit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources())) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                long n = Files.readAllLines(f).size();
                if (n > MAX_LINES) tooLong.add(sources().relativize(f) + ": " + n + " lines");
            }
        }
        assertTrue(tooLong.isEmpty(), "files above " + MAX_LINES + " lines:\n" + String.join("\n", tooLong));
    }

    @Test
    void interopCheckSeesCodeNotComments() {
        assertEquals(1, interopLines("import spinal.core.Bits;\n"));
        assertEquals(1, interopLines("var x = new spinal.lib.Stream(y);\n"));
        assertEquals(1, interopLines("return scala.runtime.BoxedUnit.UNIT;\n"));
        assertEquals(0, interopLines("// spinal.lib's decoders\n/** scala.Option */ int a;\nString s = \"spinal.core\";\n"));
        assertEquals(0, interopLines("int spinalCount = taskintc.spinal_x;\n"));
    }

    private static int interopLines(String src) {
        int n = 0;
        for (String l : codeOnly(src).split("\n")) if (SCALA_INTEROP.matcher(l).find()) n++;
        return n;
    }
}
