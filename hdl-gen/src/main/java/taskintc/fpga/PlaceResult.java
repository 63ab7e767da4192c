package taskintc.fpga;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import taskintc.gen.Json;

/**
 * One nextpnr-ice40 run (one placer seed) as fpga/flow.mk leaves it in {@code seed-<n>/}: {@code status} (the exit
 * status), {@code pnr.json} ({@code --report}: utilisation, Fmax, critical paths) and {@code nextpnr.log}. A run that
 * failed still tells from its log which resource ran out: nextpnr prints the utilisation before it gives up.
 *
 * @param seed        placer seed
 * @param placed      placed and routed
 * @param fmaxMHz     the slowest clock's achieved frequency (NaN when not placed)
 * @param utilisation cell type to {used, available}
 * @param worstPath   worst path of the design clock (null when not placed)
 * @param failure     nextpnr's first error line when not placed
 */
public record PlaceResult(int seed, boolean placed, double fmaxMHz, Map<String, long[]> utilisation, CriticalPath worstPath, String failure) {
    private static final Pattern UTILISATION = Pattern.compile("Info:\\s+(\\w+):\\s+(\\d+)/\\s*(\\d+)");

    @SuppressWarnings("unchecked")
    public static PlaceResult read(Path seedDir, int seed) throws IOException {
        Path statusFile = seedDir.resolve("status"), reportFile = seedDir.resolve("pnr.json"), log = seedDir.resolve("nextpnr.log");
        if (!Files.exists(statusFile)) throw new IOException("no " + statusFile + ": seed " + seed + " was not run");
        int status = Integer.parseInt(Files.readString(statusFile).trim());
        String logText = Files.exists(log) ? Files.readString(log) : "";
        if (status == 0 && Files.exists(reportFile)) {
            Map<String, Object> report = (Map<String, Object>) Json.read(Files.readString(reportFile));
            Map<String, long[]> used = new LinkedHashMap<>();
            ((Map<String, Object>) report.get("utilization")).forEach((cell, v) -> {
                Map<String, Object> u = (Map<String, Object>) v;
                used.put(cell, new long[]{((Number) u.get("used")).longValue(), ((Number) u.get("available")).longValue()});
            });
            double fmax = Double.NaN;
            for (Object clock : ((Map<String, Object>) report.get("fmax")).values()) {
                double f = ((Number) ((Map<String, Object>) clock).get("achieved")).doubleValue();
                fmax = Double.isNaN(fmax) ? f : Math.min(fmax, f);
            }
            if (Double.isNaN(fmax)) throw new IOException(reportFile + " has no Fmax");
            return new PlaceResult(seed, true, fmax, used, CriticalPath.of(report), null);
        }
        Map<String, long[]> used = new LinkedHashMap<>();
        Matcher m = UTILISATION.matcher(logText);
        while (m.find()) used.putIfAbsent(m.group(1), new long[]{Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        String error = logText.lines().filter(l -> l.startsWith("ERROR")).findFirst().orElse("nextpnr-ice40 exited with status " + status);
        return new PlaceResult(seed, false, Double.NaN, used, null, error.trim());
    }

    /** What ran out, as "58 of 32 block RAMs", or null when every resource fits. */
    public String exhausted() {
        StringBuilder s = new StringBuilder();
        utilisation.forEach((cell, u) -> {
            if (u[0] > u[1]) s.append(s.length() > 0 ? ", " : "").append(u[0]).append(" of ").append(u[1]).append(' ').append(resourceName(cell));
        });
        return s.length() == 0 ? null : s.toString();
    }

    /** Plain names of nextpnr-ice40's cell types. */
    public static String resourceName(String cell) {
        return switch (cell) {
            case "ICESTORM_LC" -> "logic cells";
            case "ICESTORM_RAM" -> "block RAMs";
            case "SB_IO" -> "I/O pins";
            case "SB_GB" -> "global buffers";
            case "ICESTORM_PLL" -> "PLLs";
            case "ICESTORM_DSP" -> "DSP blocks";
            case "ICESTORM_SPRAM" -> "SPRAM blocks";
            default -> cell;
        };
    }

    public long used(String cell) {
        long[] u = utilisation.get(cell);
        return u == null ? 0 : u[0];
    }

    public long available(String cell) {
        long[] u = utilisation.get(cell);
        return u == null ? 0 : u[1];
    }
}
