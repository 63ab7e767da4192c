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
 * Each source's saturating count of events nobody has taken yet: up by an event and by an injected one (unless
 * masked), down by a wait, a wakeup or a handler copy that takes one, all in the same cycle if need be (the
 * scheduler's changes one cycle after its S1 made them: {@link CountUpdates}). A count that
 * would pass its maximum stays there and sets the source's lost flag (cleared by a configuration write):
 * an event is never dropped silently.
 */
final class PendingCounts extends Part implements SourceCounts {
    final RegArray pending;
    final HwBits lost;

    /**
     * Drives {@code available}: each count is not zero once this cycle's events and the scheduler's change are applied
     * (declared by the circuit: the picker reads it before the counts are built).
     */
    PendingCounts(Circuit owner, TaskIntcConfig cfg, SourceModes modes, CountUpdates updates, HwBits event, HwBits available) {
        super(owner);
        int n = cfg.sources(), pw = cfg.pendingWidth();
        pending = regArray("pending", n, pw, 0);
        lost = regBits("lost", n, 0);
        // The scheduler's change per source and direction, loaded from the update's one-hot the mode bits decode
        // anyway: each count's adder takes a flip-flop instead of a second decoder of the registered source.
        HwBits up = regBits("countUp", n, 0), down = regBits("countDown", n, 0);
        up.assign(mux(updates.gives, modes.updated, Hw.bitsLit(0, n)));
        down.assign(mux(updates.takes, modes.updated, Hw.bitsLit(0, n)));
        HwBits[] nonZeroParts = new HwBits[n];
        for (int s = 0; s < n; s++) nonZeroParts[n - 1 - s] = CountUpdates.nonZeroAfter(pending.get(s), down.bit(s)).asBits();
        // What the picker sees: the count with this cycle's take applied (a take only follows a count shown non-zero),
        // or an event, or a give.
        HwBits nonZero = wireBits("pendingNonZero", Hw.cat(nonZeroParts));
        available.assign(nonZero.or(event).or(up));

        HwBits[] lostParts = new HwBits[n];
        for (int s = 0; s < n; s++) {
            Next next = next(pending.get(s), event.bit(s), up.bit(s), down.bit(s));
            pending.get(s).assign(next.count());
            HwBool configured = modes.is(GatewayUpdate.CONFIG).and(modes.updated.bit(s));
            lostParts[n - 1 - s] = lostNext(lost.bit(s), configured, next.over()).asBits();
        }
        lost.assign(Hw.cat(lostParts));
    }

    /** The registers hold the count and lost flag of the queried source: S1 reads them at the registered source. */
    @Override
    public View query(HwUInt querySource, HwUInt source1) {
        return new View(pending.get(source1), lost.bit(source1));
    }

    /**
     * A lost flag's next value: a configuration write clears it, an overflow (in the same cycle too) sets it. One
     * assignment, so the two never race.
     */
    static HwBool lostNext(HwBool lost, HwBool configured, HwBool over) {
        return lost.and(configured.not()).or(over);
    }

    /** A count's next value, and whether this cycle's change would pass its maximum (the count then stays there). */
    record Next(HwBits count, HwBool over) {}

    /**
     * The next value of a count that goes up by {@code inc1} and {@code inc2} and down by {@code dec} this cycle.
     * One (width+1)-bit adder: the change is -1..+2, -1 added as all ones. A take (-1) only happens with a count or
     * an event there, so the top bit is set exactly when the count passes its maximum.
     */
    static Next next(HwBits count, HwBool inc1, HwBool inc2, HwBool dec) {
        int pw = count.width();
        HwUInt up = inc1.asUInt().resize(2).plus(inc2.asUInt().resize(2));
        HwUInt change = mux(dec, up.resize(pw + 1).minus(1), up.resize(pw + 1));
        HwUInt sum = count.asUInt().resize(pw + 1).plus(change);
        HwBool over = sum.bit(pw);
        return new Next(mux(over, lit((1L << pw) - 1, pw), sum.resize(pw)).asBits(), over);
    }
}
