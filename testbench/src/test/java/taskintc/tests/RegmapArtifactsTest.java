package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import taskintc.regmap.Access;
import taskintc.regmap.Field;
import taskintc.regmap.IndexKind;
import taskintc.regmap.Page;
import taskintc.regmap.PageKind;
import taskintc.regmap.Register;
import taskintc.regmap.RegisterMap;
import taskintc.spec.Binding;
import taskintc.spec.CoreOp;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskIntcRegisters;

/** Every artifact of the register map carries every register, and the software ones compile. */
class RegmapArtifactsTest {
    static final Path RTL = Paths.root().resolve("rtl-out");

    @Test
    void jsonDescribesBusPagesAndEveryRegister() throws IOException {
        JsonNode j = new ObjectMapper().readTree(RTL.resolve("TaskIntc.regmap.json").toFile());
        assertEquals("TaskIntc", j.get("top").asText());
        assertEquals("axi4lite", j.at("/bus/kind").asText());
        assertEquals(64, j.at("/bus/data_width").asInt());
        assertEquals(TaskIntcConfig.defaults().addressWidth(), j.at("/bus/address_width").asInt());
        assertEquals("clk", j.get("clock").asText());
        assertEquals("reset", j.at("/reset/name").asText());
        String verilog = Files.readString(RTL.resolve("TaskIntc.v"));
        Set<String> roles = new HashSet<>();
        for (JsonNode s : j.at("/bus/signals")) {
            roles.add(s.get("role").asText());
            assertTrue(verilog.contains(" " + s.get("name").asText() + ",") || verilog.contains(" " + s.get("name").asText() + "\n"),
                    "bus signal " + s.get("name") + " not a port of TaskIntc.v");
        }
        for (String r : new String[]{"awvalid", "awready", "awaddr", "wdata", "wstrb", "bresp", "arvalid", "araddr", "rdata", "rresp"})
            assertTrue(roles.contains(r), "missing AXI role " + r);
        assertEquals(8, j.at("/parameters/contexts").asInt());
        assertEquals(1024, j.at("/parameters/capacity").asInt());
        List<String> pages = new ArrayList<>();
        for (JsonNode p : j.get("pages")) {
            pages.add(p.get("name").asText());
            for (String k : new String[]{"base", "stride", "count"}) assertTrue(p.has(k));
        }
        assertEquals(List.of("control", "context"), pages);
        RegisterMap<Binding> map = TaskIntcRegisters.declare(TaskIntcConfig.defaults());
        assertEquals(map.registers().size(), j.get("registers").size());
        Set<String> names = new HashSet<>();
        for (JsonNode r : j.get("registers")) {
            names.add(r.get("page").asText() + "." + r.get("name").asText());
            for (String k : new String[]{"offset", "access", "reset", "fields", "description"}) assertTrue(r.has(k), "register lacks " + k);
            for (JsonNode f : r.get("fields")) for (String k : new String[]{"name", "lsb", "width"}) assertTrue(f.has(k));
        }
        for (String n : new String[]{"context.enqueue", "context.enqueue_head", "context.dequeue", "context.remove",
                "context.count", "context.error", "context.levels", "control.current_task", "control.context_count"})
            assertTrue(names.contains(n), "JSON lacks " + n);
        JsonNode deq = null;
        for (JsonNode r : j.get("registers")) if (r.get("name").asText().equals("dequeue")) deq = r;
        assertEquals(4, deq.get("count").asInt(), "one dequeue register per hart");
        assertEquals(0x100, deq.get("offset").asInt());
    }

    @Test
    void markdownHeaderAndRustNameEveryRegister() throws IOException {
        RegisterMap<Binding> map = TaskIntcRegisters.declare(TaskIntcConfig.defaults());
        String md = Files.readString(RTL.resolve("TaskIntc.regmap.md"));
        String h = Files.readString(RTL.resolve("TaskIntc.h"));
        String rs = Files.readString(RTL.resolve("TaskIntc_regs.rs"));
        for (Register<Binding> r : map.registers()) {
            assertTrue(md.contains("### " + r.page().id() + "." + r.name()), "markdown lacks " + r.name());
            String c = "TASKINTC_" + r.page().id().toUpperCase() + "_" + r.name().toUpperCase();
            assertTrue(h.contains("#define " + c), "C header lacks " + c);
            assertTrue(rs.contains(r.isArray() ? "pub const fn " + r.name() + "(" : "pub const " + r.name().toUpperCase() + ":"),
                    "Rust module lacks " + r.name());
        }
        assertTrue(h.contains("#define TASKINTC_CONTEXT_ENQUEUE 0x0u"));
        assertTrue(h.contains("#define TASKINTC_CONTEXT_DEQUEUE(i) (0x100u + 8u * (i))"));
        assertTrue(h.contains("#define TASKINTC_ERR_POOL_FULL 0x1u"));
    }

    @Test
    void cHeaderCompilesAndAgreesWithTheMap(@TempDir Path dir) throws Exception {
        assumeTrue(which("gcc") || which("g++"), "no C compiler");
        Path src = dir.resolve("t.c");
        // Offsets, then the field accessors: id's fields from the value the hardware returns, a grant word
        // composed with PREP, the task word's priority, and the constants software checks first.
        Files.writeString(src, "#include \"TaskIntc.h\"\n#include <stdio.h>\nint main(void){"
                + "unsigned long long id = (TASKINTC_MAGIC << 8) | TASKINTC_LAYOUT_VERSION;\n"
                + "printf(\"%u %u %u\\n\", (unsigned)TASKINTC_CONTEXT_PAGE(2), (unsigned)TASKINTC_CONTEXT_DEQUEUE(3), "
                + "(unsigned)TASKINTC_CONTROL_CONTEXT_COUNT(5));\n"
                + "printf(\"%llx %llu %llx\\n\", TASKINTC_CONTROL_ID_MAGIC_GET(id), TASKINTC_CONTROL_ID_VERSION_GET(id), "
                + "TASKINTC_CONTROL_GRANT_SOURCE_PREP(5) | TASKINTC_CONTROL_GRANT_CONTEXT_PREP(3) | TASKINTC_CONTROL_GRANT_ALLOW_PREP(1));\n"
                + "printf(\"%llu %llx %llx\\n\", TASKINTC_TASK_WORD_PRIORITY_GET(0x1234ull), TASKINTC_TASK_WORD_PRIORITY_MASK, "
                + "TASKINTC_CONTROL_GRANT_SOURCE_PREP(0xFFFFF));return 0;}\n");
        String cc = which("gcc") ? "gcc" : "g++";
        List<String> cmd = new ArrayList<>(List.of(cc, "-Wall", "-Wextra", "-Werror", "-I", RTL.toString()));
        if (cc.equals("g++")) cmd.addAll(List.of("-x", "c"));
        cmd.addAll(List.of(src.toString(), "-o", dir.resolve("t").toString()));
        assertEquals(0, exec(dir, cmd), "C header does not compile");
        Process p = new ProcessBuilder(dir.resolve("t").toString()).start();
        List<String> out = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertEquals(0x3000 + " " + (0x100 + 24) + " " + (0x400 + 40), out.get(0));
        assertEquals("544943 " + TaskIntcRegisters.VERSION + " " + Long.toHexString(5 | (3L << 16) | (1L << 31)), out.get(1));
        // 0x1234: priority bits [5:1] hold 0x1A; the source field keeps its 10 bits.
        assertEquals("26 3e 3ff", out.get(2));
    }

    @Test
    void everyOutputCarriesMagicAndLayoutVersionAndListsRegistersByOffset() throws IOException {
        for (Path json : regmaps()) {
            String top = json.getFileName().toString().replace(".regmap.json", "");
            Path d = json.getParent();
            JsonNode j = new ObjectMapper().readTree(json.toFile());
            assertEquals(TaskIntcRegisters.MAGIC, j.at("/constants/MAGIC").asLong(), top);
            assertEquals(TaskIntcRegisters.VERSION, j.at("/constants/LAYOUT_VERSION").asLong(), top);
            String p = top.toUpperCase();
            assertTrue(Files.readString(d.resolve(top + ".h")).contains("#define " + p + "_MAGIC 0x544943u"), top + ".h");
            assertTrue(Files.readString(d.resolve(top + ".h")).contains("#define " + p + "_LAYOUT_VERSION 0x" + TaskIntcRegisters.VERSION + "u"), top + ".h");
            assertTrue(Files.readString(d.resolve(top + "_regs.rs")).contains("pub const MAGIC: u64 = 0x544943;"), top + "_regs.rs");
            assertTrue(Files.readString(d.resolve(top + "_regs.rs")).contains("pub const LAYOUT_VERSION: u64 = 0x" + TaskIntcRegisters.VERSION + ";"));
            String md = Files.readString(d.resolve(top + ".regmap.md"));
            assertTrue(md.contains("| MAGIC | 0x544943 |") && md.contains("| LAYOUT_VERSION | 0x" + TaskIntcRegisters.VERSION + " |"), top);
            assertTrue(Files.readString(d.resolve(top + ".svd")).contains("<version>" + TaskIntcRegisters.VERSION + "</version>"));
            // Every register table of the Markdown page runs by offset.
            for (String table : md.split("\n## ")) {
                long last = -1;
                for (String line : table.lines().filter(l -> l.matches("\\| 0x[0-9A-F]+( \\+ \\d+\\*i)? \\| `.*")).toList()) {
                    long off = Long.parseLong(line.substring(4, line.indexOf(' ', 4)), 16);
                    assertTrue(off > last, top + ": register table out of offset order at " + line);
                    last = off;
                }
            }
        }
    }

    /** Every register map in rtl-out/ (the default and each configuration's folder). */
    static List<Path> regmaps() throws IOException {
        try (var s = Files.walk(RTL, 2)) {
            return s.filter(f -> f.toString().endsWith(".regmap.json")).sorted().toList();
        }
    }

    @Test
    void rustModuleCompiles(@TempDir Path dir) throws Exception {
        assumeTrue(which("rustc"), "no rustc");
        Path src = dir.resolve("lib.rs");
        Files.writeString(src, "#![no_std]\n#[path = \"" + RTL.resolve("TaskIntc_regs.rs") + "\"]\npub mod regs;\n"
                + "const _: () = assert!(regs::context::dequeue(1) == 0x108);\n"
                + "const _: () = assert!(regs::context_page(0) == 0x1000);\n");
        assertEquals(0, exec(dir, List.of("rustc", "--edition", "2021", "--crate-type", "lib", "-D", "warnings",
                "--out-dir", dir.toString(), src.toString())), "Rust constants do not compile");
    }

    @Test
    void declarationRefusesOverlapsAndMisplacedArrays() {
        List<Field> f = List.of(new Field("v", 0, 8, ""));
        Binding b = Binding.op(CoreOp.ENQUEUE_TAIL);
        List<Page> pages = List.of(new Page(PageKind.CONTROL, 0, 4096, 1, ""));
        Register<Binding> a = new Register<>("a", PageKind.CONTROL, 0x10, Access.WO, 0, 1, 8, IndexKind.NONE, f, "", false, b);
        Register<Binding> overlap = new Register<>("b", PageKind.CONTROL, 0x10, Access.WO, 0, 1, 8, IndexKind.NONE, f, "", false, b);
        Register<Binding> misplaced = new Register<>("c", PageKind.CONTROL, 0x108, Access.RO, 0, 4, 8, IndexKind.HART, f, "", false, b);
        Register<Binding> beyond = new Register<>("d", PageKind.CONTROL, 0xFF8, Access.RO, 0, 1, 8, IndexKind.NONE,
                List.of(new Field("v", 60, 8, "")), "", false, b);
        assertThrows(IllegalStateException.class, () -> new RegisterMap<>("t", 64, 16, java.util.Map.of(), pages, List.of(a, overlap), java.util.Map.of(), java.util.Map.of()));
        assertThrows(IllegalStateException.class, () -> new RegisterMap<>("t", 64, 16, java.util.Map.of(), pages, List.of(a, misplaced), java.util.Map.of(), java.util.Map.of()));
        assertThrows(IllegalStateException.class, () -> new RegisterMap<>("t", 64, 16, java.util.Map.of(), pages, List.of(beyond), java.util.Map.of(), java.util.Map.of()));
    }

    static boolean which(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":"))
            if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }

    static int exec(Path dir, List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).inheritIO().start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
