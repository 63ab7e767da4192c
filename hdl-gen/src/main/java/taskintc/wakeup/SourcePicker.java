package taskintc.wakeup;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.FirstSet;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.RotatingSearch;
import taskintc.spec.SourcePick;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * Offers the scheduler one source per cycle with something to deliver: a pending event (or one arriving
 * this cycle) and a one-shot waiter, or a persistent handler while the pool has room. Rotating priority
 * (the first candidate above the last pick taken, else the first), and never a source the scheduler is still
 * working on. A wake-all event drains the waiters until none is left (one joining meanwhile too), taking one pending
 * event. A pick changes no count: it says whether its wakeup takes an event ({@code takesEvent}); the wakeup takes it from
 * the count when it passes the scheduler's S1, like a wait that takes one; until then the source is the scheduler's
 * (in its slot or S1) and is not chosen again.
 *
 * <p>The pick is registered: it is chosen in one cycle and offered in the next, so the search over the sources
 * ({@link RotatingSearch}) and the scheduler's use of the offer sit in different cycles, and whether the offer is
 * taken depends on registers only (the scheduler compares its source with its stages' sources). An offered source
 * keeps what it had to deliver: only a taken offer (excluded from the next choice) or an operation of the scheduler
 * on that source (which makes the scheduler refuse the offer) can take it away.
 */
final class SourcePicker extends Part {
    SourcePicker(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceModes modes, HwBits available) {
        super(owner);
        int n = cfg.sources(), sw = cfg.sourceWidth();
        HwStream<SourcePick> pick = sched.pick;
        HwBits draining = regBits("draining", n, 0);

        // The offer: last cycle's choice, and its one-hot decoded from the registered index.
        HwBool offered = regBool("offerValid", false);
        HwUInt offerSource = n > 1 ? regUInt("offerSource", sw, 0) : lit(0, sw);
        HwUInt nextOffer = n > 1 ? wireUInt("nextOffer", sw) : lit(0, sw);
        HwBits offerOneHot = wireBits("offerOneHot", Hw.oneHot(offerSource, n));
        // The offered source's wake-all and persistent bits: read from the modes RAM at the choice, so they arrive
        // with the offer. They are its bits now too: only the update's source changes its modes, and that is S1's,
        // which is busy and so neither chosen nor offered. A RAM read instead of two multiplexers over the sources.
        HwBits nextOfferModes = modes.offerModesAt(nextOffer);
        HwBool offerPersistent = wireBool("offerPersistent", nextOfferModes.bit(0));
        // The scheduler refuses (ready low) an offer of a source it is working on.
        pick.valid().assign(offered.and(offerPersistent.and(sched.poolFull).not()));
        pick.payload().source.assign(offerSource);
        pick.payload().persistent.assign(offerPersistent);
        HwBits taken = wireBits("pickTaken", mux(pick.fire(), offerOneHot, Hw.bitsLit(0, n)));
        // A pick takes a pending event, except while a wake-all event is draining its waiters.
        HwBool offerDraining = draining.bit(offerSource);
        pick.payload().takesEvent.assign(offerPersistent.or(offerDraining.not()));
        HwBool startsDrain = offerPersistent.not().and(nextOfferModes.bit(1)).and(offerDraining.not());
        HwBits startDrain = mux(startsDrain, taken, Hw.bitsLit(0, n));
        // Draining ends with the last waiter: a wait that joins a drain is drained too, as the register map says.
        draining.assign(draining.or(startDrain).and(modes.waitingNext));

        // The next choice, from each source's count as it will be when the choice is offered (`available`: this
        // cycle's events and the scheduler's take or give applied).
        HwBits oneShot = available.or(draining).and(modes.oneShot);
        HwBits handlerReady = mux(sched.poolFull, Hw.bitsLit(0, n), available.and(modes.handlerArmed));
        // Not chosen: a source the scheduler is working on and may still change. That is a pick from its take until its
        // wakeup passes S1 (in the slot, its second entry or S1: `handedOver`, set by the take and cleared in S1, where
        // every wakeup works on its source), or S1's operation's source. The take's and the update's one-hots are
        // decoded here anyway, so the slot's sources need no decoder of their own.
        HwBits inS1 = wireBits("inS1", mux(sched.s1OnSource, modes.updated, Hw.bitsLit(0, n)));
        HwBits handedOver = regBits("handedOver", n, 0);
        handedOver.assign(handedOver.or(taken).and(inS1.not()));
        HwBits candidates = wireBits("candidates", oneShot.or(handlerReady).and(handedOver.or(inS1).or(taken).not()));
        if (n > 1) {
            // Rotating priority: the first candidate past the last pick taken (source 0 after reset), this cycle's
            // take applied, else the first candidate. One register of log2 I bits keeps the position (a register
            // per source kept a thermometer once); RotatingSearch searches in groups beyond 32 sources.
            HwUInt lastPick = regUInt("lastPick", sw, 0);
            HwUInt pickNow = mux(pick.fire(), offerSource, lastPick);
            lastPick.assign(pickNow);
            FirstSet first = RotatingSearch.after(candidates, pickNow);
            offered.assign(first.any());
            nextOffer.assign(first.index());
            offerSource.assign(nextOffer);
        } else {
            offered.assign(candidates.orR());
        }
    }
}
