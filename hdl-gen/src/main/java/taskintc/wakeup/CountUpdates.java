package taskintc.wakeup;

import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.SourceUpdate;
import taskintc.spec.WakeupPort;

/**
 * The scheduler's changes to a pending count (a wait, a wakeup or a handler copy that takes an event, an injected
 * one: the update's {@code take} and {@code give} bits), registered and applied in the next cycle together with that
 * cycle's events, so S1's decisions do not reach the count adders in the cycle they are made. Until applied, the
 * source's count shown to the scheduler (the status query, {@link #shownPending}) includes the change, and so does
 * the picker's view of every count (a taken event is not offered again, a given one counts as one arriving).
 */
final class CountUpdates extends Part {
    /** The update S1 makes this cycle takes or gives an event (registered below, applied next cycle). */
    final HwBool takes, gives;
    /** This cycle's registered change (of the update S1 made last cycle) takes or gives an event. */
    final HwBool take, give;
    private final HwUInt source;

    CountUpdates(Circuit owner, WakeupPort sched) {
        super(owner);
        SourceUpdate update = sched.update.payload();
        takes = sched.update.valid().and(update.take);
        gives = sched.update.valid().and(update.give);
        take = delay("countUpdate_take", takes, false);
        give = delay("countUpdate_give", gives, false);
        source = delay("countUpdate_source", update.source);
    }

    /** This cycle's update raises source {@code q}'s count. */
    private HwBool upAt(HwUInt q) {
        return give.and(source.eq(q));
    }

    /** This cycle's update lowers source {@code q}'s count. */
    private HwBool downAt(HwUInt q) {
        return take.and(source.eq(q));
    }

    /**
     * The count of source {@code q} as the scheduler sees it: {@code count} (its register) with this cycle's update
     * applied, saturating. A take only follows a count shown non-zero, so the result is never below 0.
     */
    HwUInt shownPending(HwUInt q, HwBits count, int width) {
        HwUInt wide = count.asUInt().resize(width + 1).plus(upAt(q).asUInt().resize(width + 1))
                .minus(downAt(q).asUInt().resize(width + 1));
        return mux(wide.bit(width), Hw.lit((1L << width) - 1, width), wide.resize(width));
    }

    /** Whether the count {@link #shownPending} gives is non-zero, without its adder. */
    HwBool shownNonZero(HwUInt q, HwBits count) {
        return upAt(q).or(nonZeroAfter(count, downAt(q)));
    }

    /** Whether {@code count} less one taken ({@code take}) is non-zero, without an adder: a take leaves a one at zero. */
    static HwBool nonZeroAfter(HwBits count, HwBool take) {
        HwBool aboveOne = count.width() > 1 ? count.slice(1, count.width() - 1).orR() : Hw.lit(false);
        return mux(take, aboveOne, count.orR());
    }
}
