package taskintc.ipc;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.RegArray;
import taskintc.dsl.RowWrites;

/**
 * A row of flip-flops per context that only the access in I1 writes (at most one row a cycle, through one
 * {@link RowWrites} port). The row an access needs is read once, in I0, at the context it works on, with I1's write
 * of the same cycle applied, and carried to I1: I1 reads no row by its context, so the cost per context is the
 * row's flip-flops, its write enable and one arm of the I0 read.
 */
final class ContextRows extends Part {
    /** The row of the context read in I0, without I1's write of this cycle (for reads the hazard keeps exact). */
    final HwBits row0;
    /** The row read in I0, as it is when its access executes in I1. */
    final HwBits row1;
    private final RegArray rows;
    private final RowWrites writes;

    ContextRows(Circuit owner, String name, int contexts, int width, HwUInt readAt0) {
        super(owner);
        rows = regArray(name, contexts, width, 0);
        writes = new RowWrites(owner, name, rows);
        row0 = wireBits(name + "_i0", rows.get(readAt0));
        row1 = delay("i1_" + name, writes.bypass(readAt0, row0));
    }

    /** {@code context}'s row now (for a context I0 could not name: a second read port). */
    HwBits rowOf(HwUInt context) {
        return rows.get(context);
    }

    /** When {@code cond}, the access in I1 writes {@code row} into {@code context}'s row (conditions are exclusive). */
    void write(HwBool cond, HwUInt context, HwBits row) {
        writes.write(cond, context, row);
    }
}
