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
 * A row per context that only the access executing writes (at most one row a cycle, through one {@link RowWrites}
 * port: the access in I1, or a reply deciding in I2, which has I1 to itself). The row an access needs is read once, in
 * I0, at the context it works on, with the same cycle's write applied, and carried to I1: I1 reads no row by its
 * context. The row's early fields, which I0 needs to form its RAM addresses, are flip-flops: per context, their
 * flip-flops, a write enable and one arm of the I0 read. Its late fields, which only I1 needs, are a RAM read in I0 at
 * the same context ({@link RowWrites#readSync}, the same cycle's write taken from a register): as a block RAM, no logic
 * per context. It cannot be reset: {@link ClearAfterReset} zeroes it.
 *
 * <p>Rows without early fields can be read a second time at a context named only in I1 ({@link #readInI1}): a copy of
 * the RAM, written with it, whose row arrives in I2.
 */
final class ContextRows extends Part {
    /** The early fields of the row of the context read in I0, without I1's write of this cycle (for reads the hazard
     *  keeps exact); null without early fields. */
    final HwBits early0;
    /** The row read in I0 (late fields above the early ones), as it is when its access executes in I1. */
    final HwBits row1;
    private final RowWrites writes, lateWrites;
    private final Ram lateRam;
    private final int early, late;
    private boolean secondRead;

    /** Rows of {@code early} flip-flop bits and {@code late} RAM bits for {@code contexts} contexts. */
    ContextRows(Circuit owner, String name, int contexts, int early, int late, HwUInt readAt0, ClearAfterReset clear) {
        super(owner);
        if (late == 0) throw new IllegalArgumentException("ContextRows " + name + ": no late fields (a RegArray is enough)");
        this.early = early;
        this.late = late;
        RegArray rows = early == 0 ? null : regArray(name, contexts, early, 0);
        writes = rows == null ? null : new RowWrites(owner, name, rows);
        early0 = early == 0 ? null : wireBits(name + "_i0", rows.get(readAt0));
        HwBits early1 = early == 0 ? null : delay("i1_" + name, writes.bypass(readAt0, early0));
        lateRam = ram(name + "Late", 1 << readAt0.width(), late);
        lateWrites = new RowWrites(owner, name + "Late", lateRam);
        lateWrites.write(clear.active, clear.rowOf(lateRam), Hw.bitsLit(0, late));
        HwBits late1 = lateWrites.readSync(lateRam, "i1_" + name + "Late", readAt0);
        row1 = early == 0 ? late1 : Hw.cat(late1, early1);
    }

    /**
     * {@code context}'s row as I1's cycle leaves it (that cycle's write applied), arriving in I2: a copy of the RAM
     * named {@code name}, for a context only I1 knows. Once, and only for rows without early fields.
     */
    HwBits readInI1(String name, HwUInt context) {
        if (early != 0 || secondRead)
            throw new IllegalStateException("ContextRows.readInI1 " + name + ": one second read, of rows without early fields");
        secondRead = true;
        Ram copy = ram(name, 1 << lateRam.addressWidth(), late);
        lateWrites.mirror(copy);
        return lateWrites.readSync(copy, "i2_" + name, context);
    }

    /** When {@code cond}, the executing access writes {@code row} into {@code context}'s row (conditions are exclusive). */
    void write(HwBool cond, HwUInt context, HwBits row) {
        if (writes != null) writes.write(cond, context, row.slice(0, early));
        lateWrites.write(cond, context, row.slice(early, late));
    }
}
