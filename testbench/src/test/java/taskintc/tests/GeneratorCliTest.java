package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import taskintc.gen.Main;

/** The generator's command line: help, config files, and refusal of bad parameters with nothing written. */
class GeneratorCliTest {
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryParameterWithItsRange() {
        Run r = run("--help");
        assertEquals(Main.OK, r.status());
        for (String s : new String[]{"--contexts", "1..128", "--priorities", "1..32", "--capacity", "4..65536",
                "--task-width", "one of 32, 64", "--harts", "--sources", "--nic-queues", "--pending-width", "--trigger",
                "--bus", "--out", "--config", "--name", "--version"})
            assertTrue(r.out().contains(s), "help lacks " + s);
    }

    @Test
    void noArgumentsPrintsHelpAndWritesNothing() {
        boolean hadRtlOut = Files.exists(Path.of("rtl-out"));
        long t0 = System.nanoTime();
        Run r = run();
        assertEquals(Main.OK, r.status());
        assertTrue(r.out().contains("--contexts") && r.out().contains("--out"), r.out());
        assertTrue((System.nanoTime() - t0) / 1e9 < 2, "help only, no elaboration");
        assertEquals(hadRtlOut, Files.exists(Path.of("rtl-out")), "the jar without arguments must not write ./rtl-out");
        Run noOut = run("--contexts", "4");
        assertEquals(Main.USAGE, noOut.status());
        assertTrue(noOut.err().contains("--out"), noOut.err());
    }

    @Test
    void versionNamesTheMavenVersionAndTheGitRevision() {
        Run r = run("--version");
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.out().matches("taskintc-gen \\d+\\.\\d+\\.\\d+\\S* \\(git \\S+\\)\\s*"), r.out());
        assertFalse(r.out().matches("(?s).*20[0-9]{2}-[01][0-9]-[0-3][0-9].*"), "no build date: " + r.out());
        assertEquals(r.out(), run("--version").out());
    }

    @Test
    void usageProblemsNameTheLongOption() {
        Run missing = run("--out");
        assertEquals(Main.USAGE, missing.status());
        assertTrue(missing.err().contains("--out needs a value"), missing.err());
        Run shortName = run("-o");
        assertTrue(shortName.err().contains("--out needs a value"), shortName.err());
        Run twice = run("--contexts", "4", "--contexts", "5", "--out", "x");
        assertEquals(Main.USAGE, twice.status());
        assertTrue(twice.err().contains("--contexts given 2 times (4, 5)"), twice.err());
        Run partial = run("--cont", "4", "--out", "x");
        assertEquals(Main.USAGE, partial.status());
        assertTrue(partial.err().contains("unknown option --cont"), partial.err());
        assertFalse(Files.exists(Path.of("x")));
    }

    @Test
    void fpgaScalingAxesNamesTheAllowedAxesAndRefusesARowItCannotKeep(@TempDir Path dir) throws IOException {
        Run unknown = run("fpga-scaling", "--axes", "sources,nope", "--out", dir.toString());
        assertEquals(Main.USAGE, unknown.status(), unknown.err());
        assertTrue(unknown.err().contains("no axis 'nope'") && unknown.err().contains("sources-line-buffer"), unknown.err());
        // A report without the rows to keep: refused before any synthesis, and the report is left as it was.
        Path json = dir.resolve("fpga-scaling.json");
        Files.writeString(json, "{\"rows\": []}");
        Run missing = run("fpga-scaling", "--axes", "sources-line-buffer", "--out", dir.toString(), "--work", dir.resolve("w").toString());
        assertEquals(Main.FAILED, missing.status(), missing.err());
        assertTrue(missing.err().contains("has no row capacity 64") && missing.err().contains("run without --axes"), missing.err());
        assertEquals("{\"rows\": []}", Files.readString(json));
        assertFalse(Files.exists(dir.resolve("w")), "nothing synthesized");
    }

    @Test
    void outputPathThatIsAFileIsRefusedBeforeElaborating(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "mine");
        long t0 = System.nanoTime();
        Run r = run("--out", file.toString());
        assertEquals(Main.USAGE, r.status(), r.err());
        assertTrue((System.nanoTime() - t0) / 1e9 < 2, "the path must be checked before the design is elaborated");
        assertEquals(2, r.err().lines().count(), "one line naming the path and the reason, then 'nothing was written': " + r.err());
        assertTrue(r.err().contains(file.toString()) && r.err().contains("not a directory"), r.err());
        assertEquals("mine", Files.readString(file));
        Run below = run("--out", file.resolve("sub").toString());
        assertEquals(Main.USAGE, below.status(), below.err());
        assertTrue(below.err().contains(file.toString()) && below.err().contains("not a directory"), below.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "nothing written beside it");
        }
    }

    @Test
    void readOnlyOutputParentIsReportedInOneLine(@TempDir Path dir) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root ignores permissions");
        Path parent = Files.createDirectory(dir.resolve("ro"));
        assertTrue(parent.toFile().setWritable(false));
        try {
            Run r = run("--out", parent.resolve("out").toString());
            assertEquals(Main.USAGE, r.status(), r.err());
            assertTrue(r.err().contains(parent.resolve("out").toString()) && r.err().contains("permission denied"), r.err());
        } finally {
            parent.toFile().setWritable(true);
        }
    }

    @Test
    void scratchFilesStayInsideTheOutputFolder(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Run r = run("--contexts", "2", "--priorities", "2", "--capacity", "16", "--sources", "0", "--nic-queues", "0",
                "--ipc-channels", "0", "--name", "Tiny", "--out", out.toString());
        assertEquals(Main.OK, r.status(), r.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList(), "nothing may be created beside the output folder");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.allMatch(p -> p.getFileName().toString().startsWith("Tiny")), "no scratch left in the output folder");
        }
        assertTrue(Files.readString(out.resolve("Tiny.v")).contains("module Tiny ("), "--name names the top");
        assertTrue(Files.readString(out.resolve("Tiny.h")).contains("#define TINY_CONTEXT_ENQUEUE"), "and the register map's prefix");
    }

    @Test
    void missingConfigFileSaysWhy(@TempDir Path dir) {
        Path missing = dir.resolve("nope.properties");
        Run r = run("--config", missing.toString(), "--out", dir.resolve("o").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("no such file"), r.err());
        Run isDir = run("--config", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(Main.USAGE, isDir.status());
        assertTrue(isDir.err().contains("is a directory"), isDir.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void badNameIsRefused(@TempDir Path dir) {
        Run r = run("--name", "my-intc", "--out", dir.resolve("o").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("--name") && r.err().contains("Verilog identifier"), r.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--contexts|0|1..128", "--contexts|129|1..128", "--priorities|33|1..32", "--priorities|0|1..32",
            "--capacity|1000|a power of two", "--capacity|131072|4..65536", "--task-width|48|one of 32, 64",
            "--harts|0|1..32", "--contexts|eight|integer", "--bus|pci|axi4lite, apb3, wishbone, axi4",
            "--sources|2000|0..1024", "--nic-queues|20|0..sources/2", "--pending-width|30|2..24", "--line-buffer|13|0..12",
            "--trigger|rising|level, edge"})
    void badParameterNamesItAndWritesNothing(String option, String value, String range, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Run r = run(option, value, "--out", out.toString());
        assertEquals(Main.USAGE, r.status(), r.err());
        assertTrue(r.err().contains(option), "message must name " + option + ": " + r.err());
        assertTrue(r.err().contains(range), "message must give the allowed range " + range + ": " + r.err());
        assertFalse(Files.exists(out), "nothing may be written for a bad parameter");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count(), "no scratch files may be left behind");
        }
    }

    @Test
    void everyProblemIsReportedAtOnce(@TempDir Path dir) {
        Run r = run("--contexts", "0", "--harts", "99", "--out", dir.resolve("o").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("--contexts") && r.err().contains("--harts"), r.err());
    }

    @Test
    void configFileIsReadAndOptionsOverrideIt(@TempDir Path dir) throws IOException {
        Path cfg = dir.resolve("c.properties");
        Files.writeString(cfg, "contexts=2\npriorities=4\ncapacity=16\nharts=3\n");
        Path out = dir.resolve("out");
        Run r = run("--config", cfg.toString(), "--harts", "2", "--out", out.toString());
        assertEquals(Main.OK, r.status(), r.err());
        String top = "TaskIntc_c2_p4_n16_w64_h2_i32_q4_pw16_k4_d4_a64_r40_level_axi4lite";
        for (String suffix : new String[]{".v", ".regmap.json", ".regmap.md", ".h", "_regs.rs"})
            assertTrue(Files.exists(out.resolve(top + suffix)), top + suffix + " missing");
        assertTrue(Files.readString(out.resolve(top + ".v")).contains("module " + top + " ("));
    }

    @Test
    void lineBufferGeneratesWithOneAndTwoSources(@TempDir Path dir) throws IOException {
        // The smallest source counts: one source has RAMs of one row and a picker without a rotation; two bits a line
        // add a count per line behind its bit.
        for (String k : new String[]{"1", "2"}) {
            for (String n : new String[]{"1", "2"}) {
                String name = "Lb" + k + "s" + n;
                Path out = dir.resolve(name);
                Run r = run("--sources", n, "--nic-queues", "0", "--ipc-channels", "0", "--line-buffer", k, "--name", name,
                        "--out", out.toString());
                assertEquals(Main.OK, r.status(), r.err());
                String v = Files.readString(out.resolve(name + ".v"));
                assertTrue(v.contains("module " + name + " (") && v.contains("countsForPick"), "the line buffer's RAMs are built");
                assertEquals(k.equals("2"), v.contains("lineExtra"), "a count behind each line's bit exactly when k > 1");
            }
        }
    }

    @Test
    void ipcParametersAreValidated(@TempDir Path dir) {
        Run r = run("--mailbox-depth", "3", "--ipc-arg-bytes", "12", "--ipc-channels", "16", "--out", dir.resolve("o").toString());
        assertEquals(Main.USAGE, r.status());
        for (String p : new String[]{"--mailbox-depth", "--ipc-arg-bytes", "--ipc-channels", "power of two", "multiple of 8"})
            assertTrue(r.err().contains(p), r.err());
        Run noSources = run("--sources", "0", "--nic-queues", "0", "--out", dir.resolve("o").toString());
        assertEquals(Main.USAGE, noSources.status());
        assertTrue(noSources.err().contains("--ipc-channels") && noSources.err().contains("--sources is 0"), noSources.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void configFileWithUnknownKeyIsRefused(@TempDir Path dir) throws IOException {
        Path cfg = dir.resolve("c.properties");
        Files.writeString(cfg, "contexts=2\nqueues=4\n");
        Run r = run("--config", cfg.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("queues"), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void badValueInConfigFileIsRefused(@TempDir Path dir) throws IOException {
        Path cfg = dir.resolve("c.properties");
        Files.writeString(cfg, "capacity=100\n");
        Run r = run("--config", cfg.toString(), "--out", dir.resolve("out").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("--capacity") && r.err().contains("power of two"), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
