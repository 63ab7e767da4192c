package taskintc.ipc;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.dsl.RegArray;
import taskintc.dsl.RowWrites;

/**
 * A row per context that only the access in I1 writes (at most one row a cycle, through one {@link RowWrites} port).
 * The row an access needs is read once, in I0, at the context it works on, with I1's write of the same cycle applied,
 * and carried to I1: I1 reads no row by its context. The row's early fields, which I0 needs to form its RAM addresses,
 * are flip-flops: per context, their flip-flops, a write enable and one arm of the I0 read. Its late fields, which
 * only I1 needs, are a RAM read in I0 at the same context ({@link RowWrites#readSync}, the same cycle's write taken
 * from a register): as a block RAM, no logic per context. It cannot be reset: {@link ClearAfterReset} zeroes it.
 */
final class ContextRows extends Part {
    /** The early fields of the row of the context read in I0, without I1's write of this cycle (for reads the hazard keeps exact). */
    final HwBits early0;
    /** The row read in I0 (late fields above the early ones), as it is when its access executes in I1. */
    final HwBits row1;
    private final RegArray rows;
    private final RowWrites writes, lateWrites;
    private final int early, late;

    /** Rows of {@code width} flip-flop bits for {@code contexts} contexts (no late fields). */
    ContextRows(Circuit owner, String name, int contexts, int width, HwUInt readAt0) {
        this(owner, name, contexts, width, 0, readAt0, null);
    }

    /** Rows of {@code early} flip-flop bits and {@code late} RAM bits for {@code contexts} contexts. */
    ContextRows(Circuit owner, String name, int contexts, int early, int late, HwUInt readAt0, ClearAfterReset clear) {
        super(owner);
        this.early = early;
        this.late = late;
        rows = regArray(name, contexts, early, 0);
        writes = new RowWrites(owner, name, rows);
        early0 = wireBits(name + "_i0", rows.get(readAt0));
        HwBits early1 = delay("i1_" + name, writes.bypass(readAt0, early0));
        if (late == 0) {
            lateWrites = null;
            row1 = early1;
            return;
        }
        Ram lateRam = ram(name + "Late", 1 << readAt0.width(), late);
        lateWrites = new RowWrites(owner, name + "Late", lateRam);
        lateWrites.write(clear.active, clear.rowOf(lateRam), Hw.bitsLit(0, late));
        row1 = Hw.cat(lateWrites.readSync(lateRam, "i1_" + name + "Late", readAt0), early1);
    }

    /** {@code context}'s row now (for a context I0 could not name: a second read port; rows without late fields only). */
    HwBits rowOf(HwUInt context) {
        if (late != 0) throw new IllegalStateException("ContextRows.rowOf: the late fields are in a RAM with one read port");
        return rows.get(context);
    }

    /** When {@code cond}, the access in I1 writes {@code row} into {@code context}'s row (conditions are exclusive). */
    void write(HwBool cond, HwUInt context, HwBits row) {
        writes.write(cond, context, row.slice(0, early));
        if (late != 0) lateWrites.write(cond, context, row.slice(early, late));
    }
}
