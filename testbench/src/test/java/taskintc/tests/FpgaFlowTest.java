package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import taskintc.board.Board;
import taskintc.board.Pll;
import taskintc.fpga.FitSearch;
import taskintc.fpga.FpgaSummary;
import taskintc.gen.Main;
import taskintc.plot.Figure;
import taskintc.plot.FigureJson;
import taskintc.plot.Plotter;
import taskintc.gen.Json;
import taskintc.tests.GeneratorCliTest.Run;

/** The FPGA flow's own logic, without the tools: report from seed runs, the gate, the PLL, pins, the plotter, the docs' tables. */
class FpgaFlowTest {
    /** A nextpnr --report of one seed: utilisation, Fmax and a three-cell critical path in yosys's cell names. */
    static String pnr(double fmax) {
        return "{\"critical_paths\": [{\"from\": \"posedge clk\", \"to\": \"posedge clk\", \"path\": ["
                + "{\"type\": \"clk-to-q\", \"delay\": 1.4, \"from\": {\"cell\": \"x\", \"port\": \"CLK\"}, \"to\": {\"cell\": \"board.controller.busAdapter.readBusy_SB_DFFESR_Q_DFFLC\", \"port\": \"O\"}},"
                + "{\"type\": \"routing\", \"delay\": 3.0, \"net\": \"n1\", \"from\": {\"cell\": \"board.controller.busAdapter.readBusy_SB_DFFESR_Q_DFFLC\"}, \"to\": {\"cell\": \"board.controller.core.slotWentLast_SB_LUT4_I3_O_LC\"}},"
                + "{\"type\": \"logic\", \"delay\": 1.2, \"from\": {\"cell\": \"board.controller.core.slotWentLast_SB_LUT4_I3_O_LC\"}, \"to\": {\"cell\": \"board.controller.core.slotWentLast_SB_LUT4_I3_O_LC\"}},"
                + "{\"type\": \"routing\", \"delay\": 1.8, \"net\": \"n2\", \"from\": {\"cell\": \"board.controller.core.slotWentLast_SB_LUT4_I3_O_LC\"}, \"to\": {\"cell\": \"board.controller.gateways._zz__zz_chosen_2_SB_LUT4_O_4_LC\"}},"
                + "{\"type\": \"logic\", \"delay\": 0.3, \"from\": {\"cell\": \"board.controller.gateways._zz__zz_chosen_2_SB_LUT4_O_4_LC\"}, \"to\": {\"cell\": \"board.controller.gateways._zz__zz_chosen_2_SB_LUT4_O_4_LC\"}},"
                + "{\"type\": \"routing\", \"delay\": 1.8, \"net\": \"n3\", \"from\": {\"cell\": \"board.controller.gateways._zz__zz_chosen_2_SB_LUT4_O_4_LC\"}, \"to\": {\"cell\": \"board.controller.gateways.lost_SB_DFFSR_Q_D_SB_LUT4_O_LC\"}},"
                + "{\"type\": \"setup\", \"delay\": 1.2, \"from\": {\"cell\": \"board.controller.gateways.lost_SB_DFFSR_Q_D_SB_LUT4_O_LC\"}, \"to\": {\"cell\": \"board.controller.gateways.lost_SB_DFFSR_Q_D_SB_LUT4_O_LC\"}}]},"
                + "{\"from\": \"<async>\", \"to\": \"posedge clk\", \"path\": []}],"
                + "\"fmax\": {\"clk\": {\"achieved\": " + fmax + ", \"constraint\": 12}},"
                + "\"utilization\": {\"ICESTORM_LC\": {\"available\": 7680, \"used\": 5000}, \"ICESTORM_RAM\": {\"available\": 32, \"used\": 30},"
                + " \"SB_IO\": {\"available\": 206, \"used\": 12}}}";
    }

    static void seed(Path dir, int seed, String pnrJson, int status, String log) throws IOException {
        Path s = dir.resolve("seed-" + seed);
        Files.createDirectories(s);
        Files.writeString(s.resolve("status"), status + "\n");
        if (pnrJson != null) Files.writeString(s.resolve("pnr.json"), pnrJson);
        Files.writeString(s.resolve("design.asc"), ".device seed " + seed + "\n");
        Files.writeString(s.resolve("nextpnr.log"), log);
    }

    static Run report(Path dir, String seeds) {
        return GeneratorCliTest.run("fpga-report", "--board", "hx8k", "--contexts", "2", "--capacity", "64", "--sources", "4", "--nic-queues", "1",
                "--name", "t", "--seeds", seeds, "--dir", dir.toString(), "--report", dir.resolve("report.json").toString());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path p) throws IOException {
        return (Map<String, Object>) Json.read(Files.readString(p));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportGivesTheSpreadOverSeedsGatesOnTheMedianAndNamesTheWorstPath(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stat.txt"), "     SB_DFF                         10\n     SB_DFFE                         5\n     SB_LUT4                       100\n");
        seed(dir, 1, pnr(11.0), 0, "");
        seed(dir, 2, pnr(12.5), 0, "");
        seed(dir, 3, pnr(30.0), 0, "");
        Run r = report(dir, "1 2 3");
        assertEquals(Main.OK, r.status(), r.err());
        Map<String, Object> j = json(dir.resolve("report.json"));
        assertEquals(true, j.get("fits"));
        assertEquals(12.5, ((Number) j.get("fmax_mhz")).doubleValue(), "the median seed's Fmax");
        assertEquals(11.0, ((Number) j.get("fmax_mhz_min")).doubleValue());
        assertEquals(30.0, ((Number) j.get("fmax_mhz_max")).doubleValue());
        assertEquals(true, j.get("timing_met"), "the median meets 12 MHz although one seed does not");
        assertEquals(2L, j.get("seeds_meeting_clock"));
        assertEquals(15L, j.get("flip_flops"));
        assertEquals(3L, j.get("bitstream_seed"), "the bitstream is the fastest placement");
        assertEquals(".device seed 3\n", Files.readString(dir.resolve("design.asc")));
        Map<String, Object> w = (Map<String, Object>) j.get("worst_path");
        assertEquals(2L, w.get("seed"));
        assertEquals("controller.busAdapter.readBusy", w.get("from"));
        assertEquals("controller.gateways.lost", w.get("to"));
        assertEquals(2L, w.get("logic_levels"));
        assertEquals(10.7, ((Number) w.get("delay_ns")).doubleValue(), 1e-9);
        assertEquals(6.6, ((Number) w.get("routing_ns")).doubleValue(), 1e-9);
        assertEquals(List.of("controller.core.slotWentLast", "controller.gateways.chosen"), w.get("through"));
        Run check = GeneratorCliTest.run("fpga-check", "--report", dir.resolve("report.json").toString());
        assertEquals(Main.OK, check.status(), check.err());
        assertTrue(check.out().contains("min 11.00 / median 12.50 / max 30.00 MHz: PASS at 12 MHz"), check.out());

        // Two slow seeds of three: the median misses the clock, the gate fails although the best seed passes.
        seed(dir, 3, pnr(11.5), 0, "");
        assertEquals(Main.OK, report(dir, "1 2 3").status());
        check = GeneratorCliTest.run("fpga-check", "--report", dir.resolve("report.json").toString());
        assertEquals(Main.FAILED, check.status());
        assertTrue(check.err().contains("median 11.50") && check.err().contains("timing not met"), check.err());
    }

    @Test
    void aDesignThatDoesNotFitStillWritesItsReportNamingTheResource(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stat.txt"), "     SB_LUT4                       100\n");
        String log = "Info: Device utilisation:\nInfo: \t         ICESTORM_LC:    6000/   7680    78%\nInfo: \t        ICESTORM_RAM:      58/     32   181%\n"
                + "ERROR: Unable to place cell 'ram', no BELs remaining to implement cell type 'ICESTORM_RAM'\n";
        seed(dir, 1, null, 255, log);
        Files.writeString(dir.resolve("design.asc"), "stale");
        Run r = report(dir, "1");
        assertEquals(Main.OK, r.status(), r.err());
        assertEquals(false, json(dir.resolve("report.json")).get("fits"));
        assertFalse(Files.exists(dir.resolve("design.asc")), "no bitstream from a design that does not fit");
        Run check = GeneratorCliTest.run("fpga-check", "--report", dir.resolve("report.json").toString());
        assertEquals(Main.FAILED, check.status());
        assertTrue(check.err().contains("does not fit: 58 of 32 block RAMs; try make fpga-fit BOARD=hx8k"), check.err());

        assertEquals(Main.FAILED, report(dir, "1 2").status(), "a seed that was not run is an error, not a pass");
        assertEquals(Main.USAGE, report(dir, "x").status());
    }

    @Test
    void pllSettingsAreIcepllsAndOnlyWhereTheOscillatorFeedsAPll() {
        // Values printed by icestorm's icepll -i 12 -o F.
        int[][] icepll = {{24, 0, 63, 5, 1}, {36, 0, 47, 4, 1}, {48, 0, 63, 4, 1}, {30, 0, 79, 5, 1}, {18, 0, 47, 5, 1}};
        for (int[] e : icepll) {
            Pll p = Pll.of(12_000_000, e[0]);
            assertArrayEquals(new int[]{e[1], e[2], e[3], e[4]}, new int[]{p.divr(), p.divf(), p.divq(), p.filterRange()}, e[0] + " MHz");
            assertEquals(e[0] * 1_000_000L, p.outputHz());
        }
        assertEquals(15.9375, Pll.of(12_000_000, 16).outputMHz(), 1e-9, "icepll: 15.938 MHz achieved for 16");
        assertThrows(IllegalArgumentException.class, () -> Pll.of(12_000_000, 300));
        assertThrows(IllegalArgumentException.class, () -> Pll.of(12_000_000, 15));
        Run r = GeneratorCliTest.run("board", "--board", "hx8k", "--clock-mhz", "24", "--out", "build/never");
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("not on a PLL pad; boards with one: icebreaker"), r.err());
    }

    @Test
    void constraintFilesAreTheBoardDeclarations() throws IOException {
        Path fpga = Paths.root().resolve("fpga");
        List<String> dirs;
        try (Stream<Path> s = Files.list(fpga)) {
            dirs = s.filter(d -> Files.exists(d.resolve(d.getFileName() + ".pcf"))).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertEquals(Board.ALL.stream().map(Board::name).sorted().toList(), dirs, "one fpga/<board>/ per board of taskintc.board.Board");
        for (Board b : Board.ALL)
            assertEquals(b.pcf(), Files.readString(fpga.resolve(b.name()).resolve(b.pcfName())), b.name() + ".pcf differs from Board." + b.name().toUpperCase());
    }

    @Test
    void docsTablesAreTheReports() throws IOException {
        Path root = Paths.root();
        List<Map<String, Object>> reports = FpgaSummary.reports(root.resolve("reports"));
        assertFalse(reports.isEmpty());
        String docs = Files.readString(root.resolve("docs/fpga.md"));
        assertEquals(FpgaSummary.fill(docs, FpgaSummary.blocks(reports)), docs, "docs/fpga.md's tables: rerun fpga-publish (make bitstream UPDATE_REPORTS=1)");
        for (String block : FpgaSummary.blocks(reports).keySet()) assertTrue(docs.contains("<!-- begin " + block + " -->"), block);
        assertEquals(FpgaSummary.markdown(reports), Files.readString(root.resolve("reports/fpga-summary.md")));
        assertArrayEquals(Plotter.png(FpgaSummary.fmaxFigure(reports)), Files.readAllBytes(root.resolve("reports/fpga-fmax.png")),
                "reports/fpga-fmax.png is drawn from the reports");
    }

    @Test
    void plotsAreTheSameBytesAndBadSpecsNameTheField(@TempDir Path dir) throws IOException {
        String spec = "{\"title\": \"t\", \"columns\": 1, \"panels\": [{\"title\": \"p\", \"x_scale\": \"log\", \"y_scale\": \"linear\","
                + " \"series\": [{\"label\": \"a\", \"color\": \"#c81e1e\", \"points\": [[1, 2], [10, 5]], \"ranges\": [[1, 3], [4, 6]]}],"
                + " \"marks\": [{\"y\": 4, \"label\": \"limit\"}]}], \"legend\": [{\"label\": \"a\", \"color\": \"#c81e1e\"}]}";
        Figure f = FigureJson.parse(spec);
        byte[] png = Plotter.png(f);
        assertArrayEquals(png, Plotter.png(FigureJson.parse(spec)));
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        Files.writeString(dir.resolve("f.json"), spec);
        Run r = GeneratorCliTest.run("plot", "--spec", dir.resolve("f.json").toString(), "--out", dir.resolve("f.png").toString());
        assertEquals(Main.OK, r.status(), r.err());
        assertArrayEquals(png, Files.readAllBytes(dir.resolve("f.png")));
        Files.writeString(dir.resolve("bad.json"), spec.replace("#c81e1e\", \"points", "red\", \"points"));
        r = GeneratorCliTest.run("plot", "--spec", dir.resolve("bad.json").toString(), "--out", dir.resolve("bad.png").toString());
        assertEquals(Main.USAGE, r.status());
        assertTrue(r.err().contains("'color' must be #rrggbb; got 'red'"), r.err());
        assertFalse(Files.exists(dir.resolve("bad.png")));
        assertNotEquals(0, png.length);
    }

    @Test
    void fitSearchShrinksThenDoublesNThenIThenC(@TempDir Path dir) throws Exception {
        // A fake flow: fits while N <= 1024, I <= 16 (with Q = 0) and C <= 8.
        List<String> tried = new java.util.ArrayList<>();
        FitSearch search = new FitSearch(Board.HX8K, dir, (config, name) -> {
            Map<String, Long> p = FitSearch.base(config);
            tried.add(name);
            boolean fits = p.get("capacity") <= 1024 && p.get("sources") <= 16 && p.get("nic-queues") == 0 && p.get("contexts") <= 8;
            return Map.of("fits", fits, "timing_met", fits, "logic_cells", 1L, "logic_cells_available", 2L, "block_rams", 1L,
                    "block_rams_available", 2L, "failure", "58 of 32 block RAMs");
        }, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        Path base = dir.resolve("base.properties");
        Files.writeString(base, "contexts=8\npriorities=8\ncapacity=512\ntask-width=64\nharts=4\nsources=32\nnic-queues=2\n");
        Map<String, Long> best = search.run(FitSearch.base(base));
        assertEquals(List.of("fit-hx8k-c8-n512-i32-q2", "fit-hx8k-c8-n512-i32-q0", "fit-hx8k-c8-n512-i16-q0", "fit-hx8k-c8-n1024-i16-q0",
                "fit-hx8k-c8-n2048-i16-q0", "fit-hx8k-c8-n1024-i32-q0", "fit-hx8k-c16-n1024-i16-q0"), tried);
        assertEquals(1024L, best.get("capacity"));
        assertEquals(16L, best.get("sources"));
        assertEquals(8L, best.get("contexts"));
        assertTrue(search.table(best).contains("| 8 | 8 | 2048 | 64 | 4 | 16 | 0 | does not fit: 58 of 32 block RAMs |"), search.table(best));
        Files.writeString(base, "contexts=8\nbogus=1\n");
        assertThrows(IOException.class, () -> FitSearch.base(base));
    }

    @Test
    void makeRefusesAnUnknownBoardListingTheBoards() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("make", "--no-print-directory", "-n", "-f", "fpga/flow.mk", "bitstream", "BOARD=ecp5")
                .directory(Paths.root().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertNotEquals(0, p.waitFor());
        assertTrue(out.contains("BOARD=ecp5 is not a board; boards: hx8k icebreaker"), out);
    }
}
