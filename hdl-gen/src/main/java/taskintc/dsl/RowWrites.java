package taskintc.dsl;

import static taskintc.dsl.Hw.mux;

/**
 * The one write port of a {@link RegArray} or a {@link Ram} whose writers never write in the same cycle (stages of one
 * pipeline, or a pipeline and a walker that runs while it is empty): each writer names a condition, a row and the row's
 * new value; every row's flip-flops take the one write's data with their own enable, instead of a multiplexer per row and
 * bit for each writer (for a RAM: its one write port).
 */
public final class RowWrites extends Part {
    private final HwBool writing;
    /** The row written (null for a register array of one row: no index). */
    private final HwUInt at;
    private final HwBits row;

    public RowWrites(Circuit owner, String name, RegArray rows) {
        this(owner, name, rows.size() > 1 ? Hw.log2Up(rows.size()) : 0, rows.get(0).width());
        when(writing, () -> (at == null ? rows.get(0) : rows.get(at)).assign(row));
    }

    public RowWrites(Circuit owner, String name, Ram ram) {
        this(owner, name, indexWidth(ram), ram.width());
        ram.write(at, row, writing);
    }

    /** A RAM's row index: its address, at least one bit (a RAM of one row has an address of none). */
    private static int indexWidth(Ram ram) {
        return Math.max(1, ram.addressWidth());
    }

    /** {@code indexWidth} 0: one row, no index. */
    private RowWrites(Circuit owner, String name, int indexWidth, int width) {
        super(owner);
        writing = wireBool(name + "_write");
        writing.assign(false);
        at = indexWidth > 0 ? wireUInt(name + "_writeAt", indexWidth) : null;
        if (at != null) at.assign(0);
        row = wireBits(name + "_writeRow", width);
        row.assign(0);
    }

    /** {@code copy} takes the same writes as the RAM (a copy of it, for a second read port). */
    public void mirror(Ram copy) {
        if (at == null || copy.width() != row.width() || indexWidth(copy) != at.width())
            throw new IllegalArgumentException("RowWrites.mirror: the copy must have the RAM's rows and width");
        copy.write(at, row, writing);
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
        return mux(writesRow(index), row, read);
    }

    /** This cycle's write goes to row {@code index}. */
    private HwBool writesRow(HwUInt index) {
        return at == null ? writing : writing.and(at.eq(index.resize(at.width())));
    }

    /**
     * A synchronous read of {@code ram} (the RAM these writes go to, or a {@link #mirror}) at {@code index}: one cycle
     * later, row {@code index} as this cycle's write left it (the RAM returns the row from before a write to the
     * address it reads in the same cycle; that write is taken from a register instead).
     */
    public HwBits readSync(Ram ram, String name, HwUInt index) {
        HwBits read = ram.readSync(index, Hw.lit(true));
        HwBool hit = delay(name + "_bypass", writesRow(index), false);
        return mux(hit, delay(name + "_written", row), read);
    }
}
