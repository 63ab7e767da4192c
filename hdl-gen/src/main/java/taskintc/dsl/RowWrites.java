package taskintc.dsl;

import static taskintc.dsl.Hw.mux;

/**
 * The one write port of a {@link RegArray} whose writers never write in the same cycle (stages of one pipeline, or a
 * pipeline and a walker that runs while it is empty): each writer names a condition, a row and the row's new value;
 * every row's flip-flops take the one write's data with their own enable, instead of a multiplexer per row and bit
 * for each writer.
 */
public final class RowWrites extends Part {
    private final HwBool writing;
    /** The row written (null with one row: no index). */
    private final HwUInt at;
    private final HwBits row;

    public RowWrites(Circuit owner, String name, RegArray rows) {
        super(owner);
        writing = wireBool(name + "_write");
        writing.assign(false);
        at = rows.size() > 1 ? wireUInt(name + "_writeAt", Hw.log2Up(rows.size())) : null;
        if (at != null) at.assign(0);
        row = wireBits(name + "_writeRow", rows.get(0).width());
        row.assign(0);
        when(writing, () -> (at == null ? rows.get(0) : rows.get(at)).assign(row));
    }

    /** When {@code cond}, row {@code index} becomes {@code value} (of two writes whose conditions hold, the later one). */
    public void write(HwBool cond, HwUInt index, HwBits value) {
        when(cond, () -> {
            writing.assign(true);
            if (at != null) at.assign(index.resize(at.width()));
            row.assign(value);
        });
    }

    /** {@code read}, row {@code index} as read now, with this cycle's write applied. */
    public HwBits bypass(HwUInt index, HwBits read) {
        return mux(at == null ? writing : writing.and(at.eq(index.resize(at.width()))), row, read);
    }
}
