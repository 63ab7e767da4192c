package taskintc.fpga;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worst register-to-register path of one place-and-route run, from nextpnr-ice40's {@code --report} JSON,
 * named with the RTL signals it runs through. yosys names a mapped cell after the signal it drives or reads
 * ({@code core.slotWentLast_SB_LUT4_I3_O_...}: a LUT reading {@code slotWentLast}), so the signal is the part
 * before the first {@code _SB_}; the board wrapper's instance prefix ({@code board.}) is dropped.
 *
 * @param from         launching register (RTL signal)
 * @param to           capturing register (RTL signal)
 * @param delayNs      clock-to-out + logic + routing + setup
 * @param logicLevels  cells the path passes through (LUTs and carry stages)
 * @param logicNs      delay in cells (clock-to-out and setup included)
 * @param routingNs    delay in wires
 * @param through      the RTL signals along the path in order, each once
 */
public record CriticalPath(String from, String to, double delayNs, int logicLevels, double logicNs, double routingNs, List<String> through) {

    /** The worst path between two edges of the same clock in a nextpnr report, or null when it lists none. */
    @SuppressWarnings("unchecked")
    static CriticalPath of(Map<String, Object> report) {
        Object paths = report.get("critical_paths");
        if (!(paths instanceof List<?> list)) return null;
        for (Object o : list) {
            Map<String, Object> p = (Map<String, Object>) o;
            String fromClock = String.valueOf(p.get("from")), toClock = String.valueOf(p.get("to"));
            if (fromClock.contains("<async>") || toClock.contains("<async>")) continue;
            return parse((List<Object>) p.get("path"));
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static CriticalPath parse(List<Object> steps) {
        double logic = 0, routing = 0;
        int levels = 0;
        String from = null, to = null;
        List<String> through = new ArrayList<>();
        for (Object o : steps) {
            Map<String, Object> s = (Map<String, Object>) o;
            String type = String.valueOf(s.get("type"));
            double delay = ((Number) s.get("delay")).doubleValue();
            Map<String, Object> src = (Map<String, Object>) s.get("from"), dst = (Map<String, Object>) s.get("to");
            if (type.equals("routing")) {
                routing += delay;
                if (from == null) from = signal(String.valueOf(src.get("cell")));
            } else {
                logic += delay;
                if (type.equals("logic")) {
                    levels++;
                    add(through, signal(String.valueOf(dst.get("cell"))));
                }
            }
            to = signal(String.valueOf(dst.get("cell")));
        }
        through.remove(from);
        through.remove(to);
        return new CriticalPath(from, to, round(logic + routing), levels, round(logic), round(routing), List.copyOf(through));
    }

    private static void add(List<String> through, String signal) {
        if (signal != null && !through.contains(signal)) through.add(signal);
    }

    /**
     * The RTL signal a mapped cell is named after; null for cells nextpnr made itself. SpinalHDL's temporaries
     * ({@code _zz_chosen_2}: part of the logic of {@code chosen}) are named by the signal they compute.
     */
    static String signal(String cell) {
        if (cell.startsWith("$")) return null;
        int cut = cell.indexOf("_SB_");
        String s = cut >= 0 ? cell.substring(0, cut) : cell;
        for (String suffix : new String[]{"_DFFLC", "_LC", "$sb_io"}) if (s.endsWith(suffix)) s = s.substring(0, s.length() - suffix.length());
        if (s.startsWith("board.")) s = s.substring("board.".length());
        int dot = s.lastIndexOf('.') + 1;
        String leaf = s.substring(dot);
        if (leaf.startsWith("_zz_")) {
            while (leaf.startsWith("_zz_")) leaf = leaf.substring(4);
            leaf = leaf.replaceFirst("_[0-9]+$", "");
            s = s.substring(0, dot) + leaf;
        }
        return s;
    }

    private static double round(double ns) {
        return Math.round(ns * 100) / 100.0;
    }

    /** The fields of the report's {@code worst_path}. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("delay_ns", delayNs);
        m.put("logic_levels", logicLevels);
        m.put("logic_ns", logicNs);
        m.put("routing_ns", routingNs);
        m.put("through", through);
        return m;
    }

    @SuppressWarnings("unchecked")
    public static CriticalPath fromMap(Map<String, Object> m) {
        return new CriticalPath((String) m.get("from"), (String) m.get("to"), ((Number) m.get("delay_ns")).doubleValue(),
                ((Number) m.get("logic_levels")).intValue(), ((Number) m.get("logic_ns")).doubleValue(),
                ((Number) m.get("routing_ns")).doubleValue(), List.copyOf((List<String>) m.get("through")));
    }
}
