package taskintc.plot;

import java.util.List;

/**
 * A figure for a report: panels in a grid, each with its series, drawn by {@link Plotter} into a PNG that is the same
 * bytes on every machine. The one plotter of the project: Java callers build these records, other languages pass the
 * same structure as JSON to {@code taskintc-gen plot} ({@link FigureJson}).
 *
 * @param title    drawn across the top
 * @param columns  panels per row
 * @param panels   drawn left to right, top to bottom
 * @param legend   drawn under the panels
 * @param footnote small grey text at the bottom (what was measured, with which tools)
 */
public record Figure(String title, int columns, List<Panel> panels, List<Key> legend, String footnote) {
    public Figure {
        panels = List.copyOf(panels);
        legend = List.copyOf(legend);
        if (panels.isEmpty()) throw new IllegalArgumentException("a figure needs a panel");
        if (columns < 1) throw new IllegalArgumentException("columns must be at least 1; got " + columns);
    }

    public enum Scale { LINEAR, LOG }

    /**
     * One chart.
     *
     * @param xTicks   labels of the x positions 0, 1, 2, ... when the x axis is categorical (then xScale is ignored); else empty
     * @param marks    horizontal reference lines (capacities, clock targets)
     */
    public record Panel(String title, String xLabel, String yLabel, Scale xScale, Scale yScale, List<String> xTicks, List<Series> series,
                        List<Mark> marks) {
        public Panel {
            xTicks = List.copyOf(xTicks);
            series = List.copyOf(series);
            marks = List.copyOf(marks);
        }
    }

    /**
     * Points, joined by a line unless {@code joined} is false (categories); {@code ranges} (empty, or one
     * {low, high} per point) draw a range bar at each point.
     */
    public record Series(String label, int color, boolean dashed, boolean joined, List<double[]> points, List<double[]> ranges) {
        public Series {
            points = List.copyOf(points);
            ranges = List.copyOf(ranges);
            if (!ranges.isEmpty() && ranges.size() != points.size())
                throw new IllegalArgumentException(label + ": " + ranges.size() + " ranges for " + points.size() + " points");
        }

        public Series(String label, int color, boolean dashed, List<double[]> points) {
            this(label, color, dashed, true, points, List.of());
        }
    }

    /** A dashed horizontal line at {@code y} with a label. */
    public record Mark(double y, String label, int color) {}

    /** A legend entry. */
    public record Key(String label, int color, boolean dashed) {}
}
