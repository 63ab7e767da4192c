package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taskintc.gen.Main;

/**
 * rtl-out/ is committed: it must be exactly what {@code make rtl} writes now (the generator's {@code all}
 * command: the default configuration at the top, each configs/NAME.properties in rtl-out/NAME/), no file
 * more or less, and a second run must write identical bytes. The committed files were written by another
 * process on another day, so equality with them also shows the output is reproducible.
 */
class RtlOutUpToDateTest {
    @Test
    void committedRtlMatchesTheGeneratorByteForByte(@TempDir Path dir) throws IOException {
        Path root = Paths.root();
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(Main.OK, GeneratorCliTest.run("all", "--configs", root.resolve("configs").toString(), "--out", a.toString()).status());
        assertEquals(Main.OK, GeneratorCliTest.run("--out", b.toString()).status());
        List<String> generated = files(a), committed = files(root.resolve("rtl-out"));
        assertTrue(generated.contains("TaskIntc.v") && generated.contains("TaskIntc.regmap.json"));
        assertTrue(generated.stream().anyMatch(f -> f.startsWith("rv32/")), "named configurations go to rtl-out/<name>/");
        for (String f : committed)
            assertTrue(generated.contains(f), "rtl-out/" + f + " is no longer generated: run make rtl");
        for (String f : generated) {
            byte[] now = Files.readAllBytes(a.resolve(f));
            Path old = root.resolve("rtl-out").resolve(f);
            assertTrue(Files.exists(old), "rtl-out/" + f + " is missing: run make rtl");
            assertArrayEquals(now, Files.readAllBytes(old), "rtl-out/" + f + " is stale: run make rtl");
            if (!f.contains("/"))
                assertArrayEquals(now, Files.readAllBytes(b.resolve(f)), f + " differs between two runs");
            String text = new String(now, StandardCharsets.UTF_8);
            assertTrue(!text.matches("(?s).*20[0-9]{2}[-./][01][0-9][-./][0-3][0-9].*"), f + " contains a date");
            assertTrue(!text.contains("Git hash"), f + " depends on the checkout's git hash");
            assertTrue(!text.contains(root.toString()), f + " contains an absolute path");
        }
    }

    /** Every file under {@code dir}, relative, with '/' separators, sorted. */
    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
