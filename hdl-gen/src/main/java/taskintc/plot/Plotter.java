package taskintc.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import taskintc.plot.Figure.Panel;
import taskintc.plot.Figure.Scale;
import taskintc.plot.Figure.Series;

/** Draws a {@link Figure} as PNG bytes. */
public final class Plotter {
    private Plotter() {}

    private static final int CELL_W = 760, CELL_H = 560, LEFT = 120, TOP = 90, PLOT_W = 560, PLOT_H = 380, HEAD = 50, FOOT = 90;
    private static final int BLACK = 0x000000, GREY = 0x5a5a5a, GRID = 0xe1e1e1;

    public static byte[] png(Figure f) {
        int rows = (f.panels().size() + f.columns() - 1) / f.columns();
        Canvas c = new Canvas(f.columns() * CELL_W, HEAD + rows * CELL_H + FOOT);
        c.text(20, 16, f.title(), BLACK, 2);
        for (int i = 0; i < f.panels().size(); i++)
            panel(c, (i % f.columns()) * CELL_W + LEFT, HEAD + (i / f.columns()) * CELL_H + TOP, f.panels().get(i));
        int x = LEFT, y = HEAD + rows * CELL_H + 10;
        for (Figure.Key k : f.legend()) {
            int w = Canvas.textWidth(k.label(), 2) + 80;
            if (x + w > c.width - 20) {
                x = LEFT;
                y += 28;
            }
            c.line(x, y + 7, x + 30, y + 7, k.color(), 3, k.dashed() ? 8 : 0);
            c.text(x + 40, y, k.label(), BLACK, 2);
            x += w;
        }
        if (f.footnote() != null) c.text(20, c.height - 24, f.footnote(), GREY, 2);
        return c.png();
    }

    private static void panel(Canvas c, int x0, int y0, Panel p) {
        List<double[]> all = new ArrayList<>();
        for (Series s : p.series()) {
            all.addAll(s.points());
            for (double[] r : s.ranges()) {
                all.add(new double[]{Double.NaN, r[0]});
                all.add(new double[]{Double.NaN, r[1]});
            }
        }
        for (Figure.Mark m : p.marks()) all.add(new double[]{Double.NaN, m.y()});
        boolean categorical = !p.xTicks().isEmpty();
        double xLo = categorical ? -0.5 : all.stream().filter(a -> !Double.isNaN(a[0])).mapToDouble(a -> a[0]).min().orElse(0);
        double xHi = categorical ? p.xTicks().size() - 0.5 : all.stream().filter(a -> !Double.isNaN(a[0])).mapToDouble(a -> a[0]).max().orElse(1);
        double yLo = all.stream().mapToDouble(a -> a[1]).min().orElse(0), yHi = all.stream().mapToDouble(a -> a[1]).max().orElse(1);
        Axis xa = categorical ? Axis.linear(xLo, xHi, false) : p.xScale() == Scale.LOG ? Axis.log(xLo, xHi) : Axis.linear(xLo, xHi, false);
        Axis ya = p.yScale() == Scale.LOG ? Axis.log(yLo, yHi) : Axis.linear(Math.min(0, yLo), yHi, true);
        DoubleUnaryOperator px = v -> x0 + xa.fraction(v) * PLOT_W, py = v -> y0 + PLOT_H - ya.fraction(v) * PLOT_H;

        c.text(x0, y0 - 70, p.title(), BLACK, 2);
        c.text(x0, y0 - 36, p.yLabel(), GREY, 2);
        for (double t : ya.ticks) {
            int y = (int) Math.round(py.applyAsDouble(t));
            c.line(x0, y, x0 + PLOT_W, y, GRID, 1, 0);
            String label = fmt(t);
            c.text(x0 - Canvas.textWidth(label, 2) - 8, y - 7, label, BLACK, 2);
        }
        if (categorical) {
            int slot = PLOT_W / p.xTicks().size();
            for (int i = 0; i < p.xTicks().size(); i++) {
                int x = (int) Math.round(px.applyAsDouble(i));
                // A long category name goes on several lines, in small type when a word is wider than its slot.
                String[] words = p.xTicks().get(i).split(" ");
                int scale = java.util.Arrays.stream(words).allMatch(w -> Canvas.textWidth(w, 2) <= slot) ? 2 : 1;
                for (int l = 0; l < words.length; l++)
                    c.text(x - Canvas.textWidth(words[l], scale) / 2, y0 + PLOT_H + 8 + l * 9 * scale, words[l], BLACK, scale);
            }
        } else {
            for (double t : xa.ticks) {
                int x = (int) Math.round(px.applyAsDouble(t));
                c.line(x, y0, x, y0 + PLOT_H, GRID, 1, 0);
                String label = fmt(t);
                c.text(x - Canvas.textWidth(label, 2) / 2, y0 + PLOT_H + 8, label, BLACK, 2);
            }
        }
        c.line(x0, y0 + PLOT_H, x0 + PLOT_W, y0 + PLOT_H, BLACK, 2, 0);
        c.line(x0, y0, x0, y0 + PLOT_H, BLACK, 2, 0);
        c.text(x0 + PLOT_W / 2 - Canvas.textWidth(p.xLabel(), 2) / 2, y0 + PLOT_H + 32, p.xLabel(), BLACK, 2);
        for (Figure.Mark m : p.marks()) {
            int y = (int) Math.round(py.applyAsDouble(m.y()));
            c.line(x0, y, x0 + PLOT_W, y, m.color(), 1, 6);
            c.text(x0 + PLOT_W - Canvas.textWidth(m.label(), 1) - 4, y - 10, m.label(), m.color(), 1);
        }
        for (Series s : p.series()) {
            List<double[]> pts = new ArrayList<>(s.points());
            for (int i = 0; i < pts.size(); i++) {
                int x = (int) Math.round(px.applyAsDouble(pts.get(i)[0])), y = (int) Math.round(py.applyAsDouble(pts.get(i)[1]));
                if (i > 0 && s.joined()) c.line((int) Math.round(px.applyAsDouble(pts.get(i - 1)[0])), (int) Math.round(py.applyAsDouble(pts.get(i - 1)[1])), x, y,
                        s.color(), 3, s.dashed() ? 8 : 0);
                c.box(x - 4, y - 4, x + 4, y + 4, s.color());
                if (!s.ranges().isEmpty()) {
                    int lo = (int) Math.round(py.applyAsDouble(s.ranges().get(i)[0])), hi = (int) Math.round(py.applyAsDouble(s.ranges().get(i)[1]));
                    c.line(x, lo, x, hi, s.color(), 2, 0);
                    c.line(x - 6, lo, x + 6, lo, s.color(), 2, 0);
                    c.line(x - 6, hi, x + 6, hi, s.color(), 2, 0);
                }
            }
        }
    }

    /** An axis: the value range drawn and its tick values. */
    private record Axis(double lo, double hi, boolean log, List<Double> ticks) {
        double fraction(double v) {
            if (log) return (Math.log10(Math.max(v, Math.pow(10, lo))) - lo) / (hi - lo);
            return (v - lo) / (hi - lo);
        }

        static Axis linear(double lo, double hiIn, boolean fromZero) {
            double hi = hiIn <= lo ? lo + 1 : hiIn;
            double raw = (hi - lo) / 5, mag = Math.pow(10, Math.floor(Math.log10(raw))), step = 10 * mag;
            for (double m : new double[]{1, 2, 5, 10})
                if (m * mag >= raw) {
                    step = m * mag;
                    break;
                }
            double first = Math.floor(lo / step) * step;
            List<Double> ticks = new ArrayList<>();
            for (double t = first; t < hi + step * 0.999; t += step) ticks.add(Math.round(t / step) * step);
            double top = ticks.get(ticks.size() - 1);
            return fromZero ? new Axis(ticks.get(0), top, false, ticks) : new Axis(lo, hi, false, ticks.stream().filter(t -> t >= lo && t <= hi).toList());
        }

        static Axis log(double lo, double hi) {
            double l0 = Math.floor(Math.log10(Math.max(lo, 1e-12))), l1 = Math.max(l0 + 1, Math.ceil(Math.log10(Math.max(hi, 1e-12))));
            List<Double> ticks = new ArrayList<>();
            for (double d = l0; d <= l1; d++)
                for (int m : new int[]{1, 2, 5}) {
                    double v = m * Math.pow(10, d);
                    if (v <= Math.pow(10, l1) * 1.0001) ticks.add(v);
                }
            return new Axis(l0, l1, true, ticks);
        }
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
