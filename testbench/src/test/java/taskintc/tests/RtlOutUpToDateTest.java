package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taskintc.gen.Main;

/**
 * rtl-out/ is committed: it must be exactly what the generator writes now, for the default and every
 * configuration in configs/, and two runs must write identical bytes.
 */
class RtlOutUpToDateTest {
    @Test
    void committedRtlMatchesTheGeneratorByteForByte(@TempDir Path dir) throws IOException {
        Path root = Paths.root();
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[]{});
        try (Stream<Path> s = Files.list(root.resolve("configs"))) {
            s.filter(p -> p.toString().endsWith(".properties")).sorted()
                    .forEach(p -> runs.add(new String[]{"--config", p.toString()}));
        }
        Path a = dir.resolve("a"), b = dir.resolve("b");
        for (String[] extra : runs) {
            for (Path out : new Path[]{a, b}) {
                List<String> args = new ArrayList<>(List.of(extra));
                args.add("--out");
                args.add(out.toString());
                assertEquals(Main.OK, GeneratorCliTest.run(args.toArray(String[]::new)).status());
            }
        }
        List<String> generated;
        try (Stream<Path> s = Files.list(a)) {
            generated = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(generated.contains("TaskIntc.v") && generated.contains("TaskIntc.regmap.json"));
        for (String f : generated) {
            byte[] first = Files.readAllBytes(a.resolve(f));
            assertArrayEquals(first, Files.readAllBytes(b.resolve(f)), f + " differs between two runs");
            Path committed = root.resolve("rtl-out").resolve(f);
            assertTrue(Files.exists(committed), "rtl-out/" + f + " is missing: run make rtl");
            assertArrayEquals(first, Files.readAllBytes(committed), "rtl-out/" + f + " is stale: run make rtl");
            String text = new String(first, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(!text.matches("(?s).*20[0-9]{2}[-./][01][0-9][-./][0-3][0-9].*"), f + " contains a date");
            assertTrue(!text.contains("Git hash"), f + " depends on the checkout's git hash");
        }
    }
}
