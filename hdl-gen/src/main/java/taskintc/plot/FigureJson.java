package taskintc.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import taskintc.gen.Json;

/**
 * A {@link Figure} from JSON, for scripts in other languages ({@code taskintc-gen plot --spec FILE --out FILE.png}):
 * <pre>
 * {"title": "...", "columns": 2, "footnote": "...", "legend": [{"label": "taskintc", "color": "#c81e1e", "dashed": false}],
 *  "panels": [{"title": "...", "x_label": "...", "y_label": "...", "x_scale": "log", "y_scale": "linear", "x_ticks": [],
 *              "series": [{"label": "...", "color": "#c81e1e", "dashed": false, "joined": true, "points": [[x, y], ...],
 *                          "ranges": [[lo, hi], ...]}],
 *              "marks": [{"y": 12, "label": "12 MHz", "color": "#888888"}]}]}
 * </pre>
 * Only "title" and "panels" (each with "series") are required; errors name the field.
 */
public final class FigureJson {
    private FigureJson() {}

    public static Figure parse(String json) {
        Map<String, Object> f = map(Json.read(json), "figure");
        List<Figure.Panel> panels = new ArrayList<>();
        for (Object p : list(f, "panels", true)) panels.add(panel(map(p, "panel")));
        List<Figure.Key> legend = new ArrayList<>();
        for (Object k : list(f, "legend", false)) {
            Map<String, Object> m = map(k, "legend entry");
            legend.add(new Figure.Key(str(m, "label", ""), color(m), bool(m, "dashed")));
        }
        Object columns = f.getOrDefault("columns", 1L);
        if (!(columns instanceof Long n)) throw new IllegalArgumentException("figure.columns must be an integer");
        return new Figure(str(f, "title", null), n.intValue(), panels, legend, (String) f.get("footnote"));
    }

    private static Figure.Panel panel(Map<String, Object> p) {
        List<Figure.Series> series = new ArrayList<>();
        for (Object s : list(p, "series", true)) {
            Map<String, Object> m = map(s, "series");
            series.add(new Figure.Series(str(m, "label", ""), color(m), bool(m, "dashed"), !Boolean.FALSE.equals(m.get("joined")),
                    pairs(m, "points", true), pairs(m, "ranges", false)));
        }
        List<Figure.Mark> marks = new ArrayList<>();
        for (Object o : list(p, "marks", false)) {
            Map<String, Object> m = map(o, "mark");
            marks.add(new Figure.Mark(number(m.get("y"), "mark.y"), str(m, "label", ""), color(m)));
        }
        List<String> ticks = new ArrayList<>();
        for (Object t : list(p, "x_ticks", false)) ticks.add(String.valueOf(t));
        return new Figure.Panel(str(p, "title", ""), str(p, "x_label", ""), str(p, "y_label", ""), scale(p, "x_scale"), scale(p, "y_scale"),
                ticks, series, marks);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        if (!(o instanceof Map<?, ?> m)) throw new IllegalArgumentException(what + " must be a JSON object");
        return (Map<String, Object>) m;
    }

    private static List<?> list(Map<String, Object> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null && !required) return List.of();
        if (!(v instanceof List<?> l)) throw new IllegalArgumentException("'" + key + "' must be a JSON array");
        return l;
    }

    private static String str(Map<String, Object> m, String key, String dflt) {
        Object v = m.get(key);
        if (v == null && dflt != null) return dflt;
        if (!(v instanceof String s)) throw new IllegalArgumentException("'" + key + "' must be a string");
        return s;
    }

    private static boolean bool(Map<String, Object> m, String key) {
        return Boolean.TRUE.equals(m.get(key));
    }

    private static int color(Map<String, Object> m) {
        String c = str(m, "color", "#000000");
        if (!c.matches("#[0-9a-fA-F]{6}")) throw new IllegalArgumentException("'color' must be #rrggbb; got '" + c + "'");
        return Integer.parseInt(c.substring(1), 16);
    }

    private static Figure.Scale scale(Map<String, Object> m, String key) {
        String s = str(m, key, "linear");
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "linear" -> Figure.Scale.LINEAR;
            case "log" -> Figure.Scale.LOG;
            default -> throw new IllegalArgumentException("'" + key + "' must be linear or log; got '" + s + "'");
        };
    }

    private static List<double[]> pairs(Map<String, Object> m, String key, boolean required) {
        List<double[]> out = new ArrayList<>();
        for (Object o : list(m, key, required)) {
            if (!(o instanceof List<?> l) || l.size() != 2) throw new IllegalArgumentException("'" + key + "' entries must be [a, b] pairs");
            out.add(new double[]{number(l.get(0), key), number(l.get(1), key)});
        }
        return out;
    }

    private static double number(Object o, String what) {
        if (!(o instanceof Number n)) throw new IllegalArgumentException("'" + what + "' must be numbers");
        return n.doubleValue();
    }
}
