package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taskintc.gen.Main;
import taskintc.regmap.Access;
import taskintc.regmap.IndexKind;
import taskintc.regmap.Page;
import taskintc.regmap.PageKind;
import taskintc.regmap.Register;
import taskintc.regmap.RegisterMap;
import taskintc.soc.RecordFormat;
import taskintc.soc.SocMap;

/**
 * The SoC's address map, device registers and record format are declared once (SocMap, RecordFormat) and
 * soc/generated/ holds what taskintc-gen soc-map writes from them for the harness (C++), the firmware (Rust),
 * the smoke test (assembly), scripts/soc-bench.py (JSON) and the docs: it must be exactly that, byte for byte.
 */
class SocMapTest {
    static final String[] FILES = {"soc_map.h", "soc_map.rs", "soc_map.inc", "soc_map.json", "soc_map.md", "taskintc_regs.inc"};

    static String[] args(Path out) {
        return new String[]{"soc-map", "--config", Paths.root().resolve("configs/soc-rocket.properties").toString(), "--harts", "2",
                "--out", out.toString()};
    }

    @Test
    void committedFilesMatchTheDeclaration(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        assertEquals(Main.OK, GeneratorCliTest.run(args(a)).status());
        assertEquals(Main.OK, GeneratorCliTest.run(args(b)).status());
        for (String f : FILES) {
            byte[] first = Files.readAllBytes(a.resolve(f));
            assertArrayEquals(first, Files.readAllBytes(b.resolve(f)), f + " differs between two runs");
            Path committed = Paths.root().resolve("soc/generated").resolve(f);
            assertTrue(Files.exists(committed), "soc/generated/" + f + " is missing: run make soc-map");
            assertArrayEquals(first, Files.readAllBytes(committed), "soc/generated/" + f + " is stale: run make soc-map");
        }
    }

    @Test
    void regionsDoNotOverlapAndDevicesSitInTheirRegions() {
        List<SocMap.Region> regions = SocMap.regions(1 << 16);
        for (int i = 0; i < regions.size(); i++)
            for (int j = i + 1; j < regions.size(); j++) {
                SocMap.Region x = regions.get(i), y = regions.get(j);
                assertTrue(x.end() <= y.base() || y.end() <= x.base(), x.name() + " overlaps " + y.name());
            }
        for (RegisterMap<Void> d : List.of(SocMap.sim(), SocMap.nic(), SocMap.clint(), SocMap.plic())) {
            Page p = d.page(PageKind.CONTROL);
            SocMap.Region r = regions.stream().filter(x -> x.name().equals(d.top())).findFirst().orElseThrow();
            assertEquals(r.base(), p.base(), d.top() + " base");
            assertTrue(p.stride() * p.count() <= r.size(), d.top() + " blocks exceed the region");
            for (Register<Void> reg : d.registers()) assertTrue(reg.endOffset() <= p.stride(), d.top() + "." + reg.name() + " leaves its block");
        }
        assertTrue(SocMap.SIM_BASE >= SocMap.DEVICE_BASE && SocMap.NIC_BASE + SocMap.NIC_STRIDE * SocMap.NIC_QUEUES <= SocMap.DEVICE_BASE + SocMap.DEVICE_SIZE,
                "the harness's devices lie in the window the SoC top passes out");
    }

    @Test
    void theRegisterMapMachineryRefusesOverlappingDeviceRegisters() {
        Register<Void> a = new Register<>("a", PageKind.CONTROL, 0x0, Access.RO, 0, 1, 8, IndexKind.NONE, List.of(), "a", false, null);
        Register<Void> b = new Register<>("b", PageKind.CONTROL, 0x0, Access.WO, 0, 1, 8, IndexKind.NONE, List.of(), "b", false, null);
        assertThrows(IllegalStateException.class, () -> new RegisterMap<Void>("dev", 8, 64, 8, java.util.Map.of(),
                List.of(new Page(PageKind.CONTROL, 0, 0x100, 1, "d")), List.of(a, b), java.util.Map.of(), java.util.Map.of()));
    }

    @Test
    void recordBlocksHaveDistinctTagsAndFields() {
        assertEquals(RecordFormat.BLOCKS.size(), RecordFormat.BLOCKS.stream().mapToInt(RecordFormat.Block::tag).distinct().count());
        for (RecordFormat.Block blk : RecordFormat.BLOCKS)
            assertEquals(blk.fields().size(), blk.fields().stream().distinct().count(), blk.name() + " repeats a field");
        int end = 0;
        for (var f : RecordFormat.SAMPLE) {
            assertEquals(end, f.lsb(), "sample fields are contiguous");
            end = f.msb() + 1;
        }
        assertEquals(64, end, "the sample fills a word");
    }
}
