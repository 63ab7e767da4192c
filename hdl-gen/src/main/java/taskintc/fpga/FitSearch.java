package taskintc.fpga;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import taskintc.board.Board;
import taskintc.spec.ConfigParam;
import taskintc.gen.Json;

/**
 * The largest configuration that fits a board (places, routes and meets the clock at the median seed), found
 * greedily with full builds of fpga/flow.mk: from the board's base shape ({@code fpga/<board>/fit-base.properties},
 * shrunk first if it does not fit: NIC queue pairs dropped, then I, C and N halved), double the task capacity N while
 * it fits, then the interrupt sources I, then the contexts C.
 */
public final class FitSearch {
    /** Runs one candidate through the flow and returns its report, or throws when the flow itself failed. */
    @FunctionalInterface
    public interface Builder {
        Map<String, Object> build(Path config, String name) throws IOException, InterruptedException;
    }

    private static final String N = ConfigParam.CAPACITY.key(), I = ConfigParam.SOURCES.key(), C = ConfigParam.CONTEXTS.key(),
            Q = ConfigParam.NIC_QUEUES.key();

    private final Board board;
    private final Path work;
    private final Builder builder;
    private final PrintStream log;
    private final List<String> rows = new ArrayList<>();

    public FitSearch(Board board, Path work, Builder builder, PrintStream log) {
        this.board = board;
        this.work = work;
        this.builder = builder;
        this.log = log;
    }

    /** The base shape: every numeric parameter of the file, in the order of {@link ConfigParam}. */
    public static Map<String, Long> base(Path file) throws IOException {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        }
        Map<String, Long> shape = new LinkedHashMap<>();
        for (ConfigParam param : ConfigParam.values()) {
            String v = p.getProperty(param.key());
            if (v != null) shape.put(param.key(), Long.parseLong(v.trim()));
        }
        for (String key : p.stringPropertyNames())
            if (!shape.containsKey(key)) throw new IOException(file + ": unknown parameter '" + key + "'");
        for (String key : List.of(N, I, C, Q)) if (!shape.containsKey(key)) throw new IOException(file + ": '" + key + "' is required");
        return shape;
    }

    /** The winner, after writing nothing but the attempts' builds; {@link #table()} lists the attempts. */
    public Map<String, Long> run(Map<String, Long> baseShape) throws IOException, InterruptedException {
        Map<String, Long> p = new LinkedHashMap<>(baseShape);
        while (!fits(p)) {
            if (p.get(Q) > 0) p.put(Q, 0L);
            else if (p.get(I) > 2) {
                p.put(I, p.get(I) / 2);
                p.put(Q, Math.min(p.get(Q), p.get(I) / 2));
            } else if (p.get(C) > 1) p.put(C, p.get(C) / 2);
            else if (p.get(N) > 16) p.put(N, p.get(N) / 2);
            else throw new IOException("nothing fits " + board.name());
        }
        Map<String, Long> best = new LinkedHashMap<>(p);
        for (String axis : List.of(N, I, C))
            while (true) {
                Map<String, Long> next = new LinkedHashMap<>(best);
                next.put(axis, best.get(axis) * 2);
                if (!fits(next)) break;
                best = next;
            }
        return best;
    }

    private boolean fits(Map<String, Long> p) throws IOException, InterruptedException {
        String name = "fit-" + board.name() + "-c" + p.get(C) + "-n" + p.get(N) + "-i" + p.get(I) + "-q" + p.get(Q);
        Path props = work.resolve(name + ".properties");
        Files.createDirectories(work);
        Files.writeString(props, properties(p, ""), StandardCharsets.UTF_8);
        Map<String, Object> r = builder.build(props, name);
        boolean fits = Boolean.TRUE.equals(r.get("fits")), met = Boolean.TRUE.equals(r.get("timing_met"));
        String result = !fits ? "does not fit: " + r.get("failure") : met ? "fits" : "misses timing";
        String fmax = r.get("fmax_mhz") == null ? "-" : String.format(Locale.ROOT, "%.2f", ((Number) r.get("fmax_mhz")).doubleValue());
        StringBuilder row = new StringBuilder("|");
        for (long v : p.values()) row.append(' ').append(v).append(" |");
        row.append(' ').append(result).append(" | ").append(r.get("logic_cells")).append(" / ").append(r.get("logic_cells_available"))
                .append(" | ").append(r.get("block_rams")).append(" / ").append(r.get("block_rams_available")).append(" | ").append(fmax).append(" |");
        rows.add(row.toString());
        log.println("fpga-fit: " + board.name() + " " + p + ": " + result);
        return fits && met;
    }

    /** The attempts as a Markdown table (columns: the parameters of the base shape, then the outcome). */
    public String table(Map<String, Long> shape) {
        StringBuilder s = new StringBuilder("|");
        for (String k : shape.keySet()) s.append(' ').append(k).append(" |");
        s.append(" result | logic cells | block RAMs | median Fmax (MHz) |\n|");
        s.append("---|".repeat(shape.size() + 4)).append('\n');
        for (String r : rows) s.append(r).append('\n');
        return s.toString();
    }

    /** A properties file of the shape, after {@code header} (comment lines). */
    public static String properties(Map<String, Long> p, String header) {
        StringBuilder s = new StringBuilder(header);
        p.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        return s.toString();
    }

    /** The report a build left, parsed. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readReport(Path report) throws IOException {
        return (Map<String, Object>) Json.read(Files.readString(report));
    }
}
