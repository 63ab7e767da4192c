package taskintc.wakeup;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.SourcePick;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * Offers the scheduler one source per cycle with something to deliver: a pending event (or one arriving
 * this cycle) and a one-shot waiter, or a persistent handler while the pool has room. Rotating priority
 * (the first candidate above the last pick, else the first), and never a source the scheduler is still
 * working on. A wake-all event drains every waiter queued when it is picked, taking one pending event.
 */
final class SourcePicker extends Part {
    /** One bit per source: this cycle's pick takes one of its pending events. */
    final HwBits consumes;

    SourcePicker(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceModes modes, HwBits pendingNonZero, HwBits event) {
        super(owner);
        int n = cfg.sources(), sw = cfg.sourceWidth();
        HwStream<SourcePick> pick = sched.pick;
        HwBits draining = regBits("draining", n, 0);
        // Rotating priority: the first candidate above the last pick, else the first. "Above" is a register (a
        // thermometer of the sources past the last pick, all but source 0 after reset) rather than a comparison
        // with the last pick's number per source, and one subtraction finds the first set bit and the next mask.
        HwBits above = n > 1 ? regBits("abovePick", Hw.bitsWith(n, s -> s > 0)) : null;

        // An event arriving this cycle can be picked in the same cycle: the count nets out.
        HwBits available = wireBits("available", pendingNonZero.or(event));
        HwBits oneShot = available.or(draining).and(modes.waiting).and(modes.persistent.not());
        HwBits handlerReady = mux(sched.poolFull, Hw.bitsLit(0, n), available.and(modes.handler).and(modes.persistent));
        HwBits candidates = wireBits("candidates", oneShot.or(handlerReady).and(sched.busy.not()));
        HwUInt chosen;
        HwBits pickOneHot;
        if (n > 1) {
            HwBits upper = candidates.and(above);
            HwBits field = wireBits("pickField", mux(upper.orR(), upper, candidates));
            // field - 1 flips the first set bit and every bit below it: those bits are "not above" the pick.
            HwBits throughFirst = wireBits("pickThroughFirst", field.xor(field.asUInt().minus(1).asBits()));
            pickOneHot = wireBits("pickFirst", field.and(throughFirst));
            chosen = wireUInt("chosen", Hw.oneHotIndex(pickOneHot).resize(sw));
            when(pick.fire(), () -> above.assign(throughFirst.not()));
        } else {
            chosen = lit(0, sw);
            pickOneHot = candidates;
        }
        pick.valid().assign(candidates.orR());
        pick.payload().source.assign(chosen);
        pick.payload().persistent.assign(pickOneHot.and(modes.persistent).orR());
        HwBool fire = pick.fire();
        HwBits picked = wireBits("pickOneHot", mux(fire, pickOneHot, Hw.bitsLit(0, n)));
        // A pick takes a pending event, except while a wake-all event is draining its waiters.
        consumes = picked.and(modes.persistent.or(draining.not()));
        HwBits startDrain = picked.and(modes.persistent.not()).and(modes.wakeAll).and(draining.not());
        draining.assign(draining.or(startDrain).and(modes.clearWaiting.not()).and(modes.waiting.or(modes.setWaiting)));
    }
}
