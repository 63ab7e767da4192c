package taskintc.wakeup;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.RegArray;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.TaskIntcConfig;

/**
 * Each source's saturating count of events nobody has taken yet: up by an event and by an injected (unless
 * masked) or refunded one, down by a pick or a wait that takes one, all in the same cycle if need be (the
 * scheduler's changes one cycle after its S1 made them: {@link CountUpdates}). A count that
 * would pass its maximum stays there and sets the source's lost flag (cleared by a configuration write):
 * an event is never dropped silently.
 */
final class PendingCounts extends Part {
    final RegArray pending;
    final HwBits lost;

    /** Drives {@code nonZero} (declared by the circuit: the picker reads it before the counts are built). */
    PendingCounts(Circuit owner, TaskIntcConfig cfg, SourceModes modes, CountUpdates updates, HwBits event, HwBits consumedByPick,
            HwBits nonZero) {
        super(owner);
        int n = cfg.sources(), pw = cfg.pendingWidth();
        long max = (1L << pw) - 1;
        pending = regArray("pending", n, pw, 0);
        lost = regBits("lost", n, 0);
        HwBits[] nonZeroParts = new HwBits[n];
        for (int s = 0; s < n; s++) nonZeroParts[n - 1 - s] = pending.get(s).orR().asBits();
        nonZero.assign(Hw.cat(nonZeroParts));

        HwBits[] overParts = new HwBits[n];
        for (int s = 0; s < n; s++) {
            final int fs = s;
            HwBool inc1 = event.bit(s);
            HwBool inc2 = updates.up.bit(s);
            // A pick and a wait that takes an event never meet on one source in one cycle: the wait's source is not
            // picked while it is in S1, nor in the next cycle (CountUpdates).
            HwBool dec = consumedByPick.bit(s).or(updates.down.bit(s));
            // One (pw+1)-bit adder per source: the cycle's change is -1..+2, -1 added as all ones. A take (-1) only
            // happens with a count or an event there, so the top bit is set exactly when the count passes its maximum.
            HwUInt up = inc1.asUInt().resize(2).plus(inc2.asUInt().resize(2));
            HwUInt change = mux(dec, up.resize(pw + 1).minus(1), up.resize(pw + 1));
            HwUInt sum = pending.get(s).asUInt().resize(pw + 1).plus(change);
            HwBool over = sum.bit(pw);
            pending.get(fs).assign(mux(over, lit(max, pw), sum.resize(pw)).asBits());
            overParts[n - 1 - s] = over.asBits();
        }
        HwBits overflow = wireBits("overflow", Hw.cat(overParts));
        // One assignment: a configuration write clears its source's flag, an overflow (of any source,
        // in the same cycle too) sets it.
        HwBits lostCleared = mux(modes.is(GatewayUpdate.CONFIG), modes.updated, Hw.bitsLit(0, n));
        lost.assign(lost.and(lostCleared.not()).or(overflow));
    }
}
