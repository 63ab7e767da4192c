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
 *
 * <p>Rows that I1 also reads at a context I0 cannot name ({@link #rowOf}: a second read port) keep a copy of the whole
 * row in flip-flops for that read, written with the rows; the I0 read still takes the late fields from the RAM.
 */
final class ContextRows extends Part {
    /** The early fields of the row of the context read in I0, without I1's write of this cycle (for reads the hazard
     *  keeps exact); null without early fields. */
    final HwBits early0;
    /** The row read in I0 (late fields above the early ones), as it is when its access executes in I1. */
    final HwBits row1;
    /** Flip-flops: the early fields, or with {@link #rowOf} the whole row (null if neither). */
    private final RegArray rows;
    private final RowWrites writes, lateWrites;
    /** The row's bits in flip-flops: the early fields, or the whole row for a second port. */
    private final int early, late, flipFlops;

    /**
     * Rows of {@code early} flip-flop bits and {@code late} RAM bits for {@code contexts} contexts; with
     * {@code secondPort}, a flip-flop copy of the whole row for {@link #rowOf}.
     */
    ContextRows(Circuit owner, String name, int contexts, int early, int late, boolean secondPort, HwUInt readAt0,
                ClearAfterReset clear) {
        super(owner);
        if (late == 0) throw new IllegalArgumentException("ContextRows " + name + ": no late fields (a RegArray is enough)");
        this.early = early;
        this.late = late;
        flipFlops = secondPort ? early + late : early;
        rows = flipFlops == 0 ? null : regArray(name, contexts, flipFlops, 0);
        writes = rows == null ? null : new RowWrites(owner, name, rows);
        HwBits read0 = early == 0 ? null : wireBits(name + "_i0", rows.get(readAt0));
        early0 = early == 0 ? null : earlyOf(read0);
        HwBits early1 = early == 0 ? null : delay("i1_" + name, earlyOf(writes.bypass(readAt0, read0)));
        Ram lateRam = ram(name + "Late", 1 << readAt0.width(), late);
        lateWrites = new RowWrites(owner, name + "Late", lateRam);
        lateWrites.write(clear.active, clear.rowOf(lateRam), Hw.bitsLit(0, late));
        HwBits late1 = lateWrites.readSync(lateRam, "i1_" + name + "Late", readAt0);
        row1 = early == 0 ? late1 : Hw.cat(late1, early1);
    }

    /** The early fields of a flip-flop row. */
    private HwBits earlyOf(HwBits flipFlopRow) {
        return flipFlops == early ? flipFlopRow : flipFlopRow.slice(0, early);
    }

    /** {@code context}'s whole row now, from the flip-flops (for a context I0 could not name: a second read port). */
    HwBits rowOf(HwUInt context) {
        if (flipFlops != early + late)
            throw new IllegalStateException("ContextRows.rowOf: built without a flip-flop copy of the whole row");
        return rows.get(context);
    }

    /** When {@code cond}, the access in I1 writes {@code row} into {@code context}'s row (conditions are exclusive). */
    void write(HwBool cond, HwUInt context, HwBits row) {
        if (writes != null) writes.write(cond, context, row.slice(0, flipFlops));
        lateWrites.write(cond, context, row.slice(early, late));
    }
}
