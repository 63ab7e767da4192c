package taskintc.wakeup;

import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The scheduler's updates that change a pending count (a wait that takes an event, an inject, a handler copy the
 * full pool gives back), registered and applied in the next cycle together with that cycle's events and pick, so
 * S1's decisions do not reach the count adders in the cycle they are made. Until applied, the source's count
 * shown to the scheduler (the status query, {@link #shownPending}) includes the change, a taken event keeps its
 * source out of the pick, and a given event counts as one arriving.
 */
final class CountUpdates extends Part {
    /** One bit per source: its count goes up, or down, by one this cycle. */
    final HwBits up, down;
    private final HwBool valid, inject, refund, consume;
    private final HwUInt source;

    CountUpdates(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceModes modes) {
        super(owner);
        int n = cfg.sources();
        HwBool ups = modes.is(GatewayUpdate.INJECT).or(modes.is(GatewayUpdate.REFUND));
        valid = delay("countUpdate_valid", ups.or(modes.is(GatewayUpdate.CONSUME)), false);
        // The scheduler sends no inject for a masked source (its record has the masked bit).
        inject = delay("countUpdate_inject", modes.is(GatewayUpdate.INJECT), false);
        refund = delay("countUpdate_refund", modes.is(GatewayUpdate.REFUND), false);
        consume = delay("countUpdate_consume", modes.is(GatewayUpdate.CONSUME), false);
        source = delay("countUpdate_source", sched.update.payload().source);
        // One flip-flop per source and direction, loaded from the update's one-hot the mode bits decode anyway: each
        // count's adder takes a flip-flop instead of a second decoder of the registered source.
        up = regBits("countUp", n, 0);
        up.assign(mux(ups, modes.updated, Hw.bitsLit(0, n)));
        down = regBits("countDown", n, 0);
        down.assign(mux(modes.is(GatewayUpdate.CONSUME), modes.updated, Hw.bitsLit(0, n)));
    }

    /** This cycle's update raises source {@code q}'s count. */
    HwBool upAt(HwUInt q) {
        return valid.and(source.eq(q)).and(refund.or(inject));
    }

    /** This cycle's update lowers source {@code q}'s count. */
    HwBool downAt(HwUInt q) {
        return valid.and(source.eq(q)).and(consume);
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
    HwBool shownNonZero(HwUInt q, HwBits count, int width) {
        HwBool aboveOne = width > 1 ? count.slice(1, width - 1).orR() : Hw.lit(false);
        return upAt(q).or(mux(downAt(q), aboveOne, count.orR()));
    }
}
