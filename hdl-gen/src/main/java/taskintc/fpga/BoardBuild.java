package taskintc.fpga;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import taskintc.board.Board;

/**
 * The report of one board build: yosys's cell counts ({@code stat.txt}) and every placer seed's nextpnr run
 * ({@link PlaceResult}) in the build directory fpga/flow.mk fills, reduced to what a user asks: does it fit,
 * which resource ran out, the Fmax over the seeds (min / median / max; the gate uses the median, the lower one
 * for an even count, so one lucky or unlucky placement neither passes nor fails a build), and the worst path of
 * the median seed. The bitstream is packed from the best seed, whose placement is copied to {@code design.asc}.
 *
 * @param design  what was built: top, parameters and the like, written first in the report
 * @param clockMHz the design clock the build is checked against
 * @param clock   where that clock comes from (the oscillator, or a PLL)
 */
public record BoardBuild(Board board, String name, Toolchain toolchain, Map<String, Object> design, double clockMHz, String clock,
                         Map<String, Long> cells, List<PlaceResult> runs, Map<String, String> toolVersions) {

    public static BoardBuild read(Path dir, Board board, String name, Toolchain toolchain, Map<String, Object> design, double clockMHz,
                                  String clock, List<Integer> seeds) throws IOException {
        if (seeds.isEmpty()) throw new IllegalArgumentException("--seeds must name at least one seed");
        List<PlaceResult> runs = new ArrayList<>();
        for (int s : seeds) runs.add(PlaceResult.read(dir.resolve("seed-" + s), s));
        Map<String, String> versions = new LinkedHashMap<>();
        Path tools = dir.resolve("tools.txt");
        if (Files.exists(tools))
            for (String line : Files.readAllLines(tools)) {
                int colon = line.indexOf(": ");
                if (colon > 0) versions.put(line.substring(0, colon), line.substring(colon + 2).trim());
            }
        return new BoardBuild(board, name, toolchain, design, clockMHz, clock, YosysStat.cells(Files.readString(dir.resolve("stat.txt"))),
                List.copyOf(runs), versions);
    }

    public boolean fits() {
        return runs.stream().allMatch(PlaceResult::placed);
    }

    /** Runs sorted by Fmax, slowest first (only meaningful when it fits). */
    private List<PlaceResult> byFmax() {
        return runs.stream().sorted(Comparator.comparingDouble(PlaceResult::fmaxMHz)).toList();
    }

    /** The run whose Fmax is the median (the lower middle one for an even count). */
    public PlaceResult median() {
        List<PlaceResult> s = byFmax();
        return s.get((s.size() - 1) / 2);
    }

    /** The fastest run: the bitstream's placement. */
    public PlaceResult best() {
        List<PlaceResult> s = byFmax();
        return s.get(s.size() - 1);
    }

    public boolean timingMet() {
        return fits() && median().fmaxMHz() >= clockMHz;
    }

    /** What the build says when it fails, or null. */
    public String failure() {
        if (!fits()) {
            PlaceResult failed = runs.stream().filter(r -> !r.placed()).findFirst().orElseThrow();
            String out = failed.exhausted();
            return "does not fit: " + (out != null ? out + "; try make fpga-fit BOARD=" + board.name() : failed.failure());
        }
        if (!timingMet())
            return String.format(Locale.ROOT, "timing not met: median Fmax %.2f MHz < %s MHz clock (seeds: %s)", median().fmaxMHz(),
                    fmt(clockMHz), seedsText());
        return null;
    }

    private String seedsText() {
        StringBuilder s = new StringBuilder();
        for (PlaceResult r : runs) s.append(s.length() > 0 ? ", " : "").append(r.seed()).append(": ").append(r.placed() ? mhz(r.fmaxMHz()) : "-");
        return s.toString();
    }

    /** Copies the best seed's placement to {@code design.asc} for icepack; removes a stale one when it does not fit. */
    public void selectBitstream(Path dir) throws IOException {
        Path asc = dir.resolve("design.asc");
        if (!fits()) {
            Files.deleteIfExists(asc);
            return;
        }
        Files.copy(dir.resolve("seed-" + best().seed()).resolve("design.asc"), asc, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The report: reports/fpga-<board>-<config>[-<toolchain>].json. */
    public Map<String, Object> report() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("board", board.name());
        r.put("device", "iCE40" + board.device().toUpperCase(Locale.ROOT));
        r.put("package", board.pkg());
        r.put("config", name);
        r.putAll(design);
        r.put("toolchain", toolchain.id());
        r.put("tool_versions", new LinkedHashMap<>(toolVersions));
        r.put("clock_mhz", clockMHz);
        r.put("clock", clock);
        r.put("fits", fits());
        PlaceResult any = runs.get(0);
        if (failure() != null) r.put("failure", failure());
        List<Integer> seeds = runs.stream().map(PlaceResult::seed).toList();
        r.put("seeds", seeds);
        if (fits()) {
            List<PlaceResult> s = byFmax();
            r.put("fmax_mhz", mhz(median().fmaxMHz()));
            r.put("fmax_mhz_min", mhz(s.get(0).fmaxMHz()));
            r.put("fmax_mhz_max", mhz(s.get(s.size() - 1).fmaxMHz()));
            r.put("seeds_meeting_clock", runs.stream().filter(p -> p.fmaxMHz() >= clockMHz).count());
        }
        r.put("timing_met", timingMet());
        r.put("logic_cells", any.used("ICESTORM_LC"));
        r.put("logic_cells_available", any.available("ICESTORM_LC"));
        r.put("lut4", cells.getOrDefault("SB_LUT4", 0L));
        r.put("flip_flops", cells.getOrDefault("FF", 0L));
        r.put("carry", cells.getOrDefault("SB_CARRY", 0L));
        r.put("block_rams", any.used("ICESTORM_RAM"));
        r.put("block_rams_available", any.available("ICESTORM_RAM"));
        r.put("io", any.used("SB_IO"));
        if (fits()) {
            PlaceResult m = median();
            Map<String, Object> worst = new LinkedHashMap<>();
            worst.put("seed", m.seed());
            if (m.worstPath() != null) worst.putAll(m.worstPath().asMap());
            r.put("worst_path", worst);
            List<Object> perSeed = new ArrayList<>();
            for (PlaceResult p : runs) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("seed", p.seed());
                e.put("fmax_mhz", mhz(p.fmaxMHz()));
                if (p.worstPath() != null) {
                    e.put("from", p.worstPath().from());
                    e.put("to", p.worstPath().to());
                    e.put("delay_ns", p.worstPath().delayNs());
                    e.put("logic_levels", p.worstPath().logicLevels());
                }
                perSeed.add(e);
            }
            r.put("runs", perSeed);
            r.put("bitstream_seed", best().seed());
        }
        r.put("tools", toolchain.describe(board, clockMHz));
        return r;
    }

    /** One line for the console. */
    public String summary() {
        String head = board.name() + " " + name + " (" + toolchain.id() + "): " + runs.get(0).used("ICESTORM_LC") + "/"
                + runs.get(0).available("ICESTORM_LC") + " logic cells, " + runs.get(0).used("ICESTORM_RAM") + "/"
                + runs.get(0).available("ICESTORM_RAM") + " block RAMs";
        if (!fits()) return head + ": " + failure();
        List<PlaceResult> s = byFmax();
        CriticalPath w = median().worstPath();
        return head + String.format(Locale.ROOT, "; Fmax over %d seeds min %.2f / median %.2f / max %.2f MHz: %s at %s MHz", runs.size(),
                s.get(0).fmaxMHz(), median().fmaxMHz(), best().fmaxMHz(), timingMet() ? "PASS" : "FAIL", fmt(clockMHz))
                + (w == null ? "" : String.format(Locale.ROOT, "; worst path %s -> %s, %d levels, %.1f ns", w.from(), w.to(), w.logicLevels(), w.delayNs()));
    }

    static double mhz(double f) {
        return Math.round(f * 100) / 100.0;
    }

    static String fmt(double mhz) {
        return mhz == Math.rint(mhz) ? String.valueOf((long) mhz) : String.valueOf(mhz);
    }
}
