package taskintc.wakeup;

import static taskintc.spec.TaskIntcRegisters.STATUS_PENDING_BITS;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The status word the scheduler's S1 decides a wait (or answers a status read, or starts a cancel walk) with:
 * the source the bus operation names is looked up while that operation is in S0, and the source's registers are
 * copied as they will be in the next cycle (this cycle's events, pick, count update and scheduler update applied
 * by the same rules that update the registers). In S1 only last cycle's count update is still to apply. So S1's
 * decisions start from flip-flops instead of a selection over all the sources.
 *
 * <p>The word is the bus operation's: when S1 holds another operation (a wakeup, a delivery), it shows the source of
 * the last bus operation S0 looked at, which nothing reads.
 */
final class StatusQuery extends Part {
    StatusQuery(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceModes modes, PendingCounts counts,
            CountUpdates countUpdates, SourcePicker picker, HwBits event) {
        super(owner);
        int pw = cfg.pendingWidth();
        // S0: the source's registers as they will be next cycle.
        HwUInt q = sched.querySource;
        SourceUpdate update = sched.update.payload();
        HwBool hit = sched.update.valid().and(update.source.eq(q));
        SourceModes.Mode mode = modes.next(modes.at(q), hit);
        PendingCounts.Next count = PendingCounts.next(counts.pending.get(q), event.bit(q), countUpdates.upAt(q),
                picker.consumesAt(q).or(countUpdates.downAt(q)));
        HwBool lost = PendingCounts.lostNext(counts.lost.bit(q), modes.is(GatewayUpdate.CONFIG).and(hit), count.over());

        // S1: registered; the count update of S0's cycle (registered in CountUpdates) shown on top, as it is applied.
        HwUInt source1 = delay("query_source", q);
        HwBits count1 = delay("query_pending", count.count());
        HwBool lost1 = delay("query_lost", lost, false);
        HwBool masked1 = delay("query_masked", mode.masked(), false);
        HwBool persistent1 = delay("query_persistent", mode.persistent(), false);
        HwBool wakeAll1 = delay("query_wakeAll", mode.wakeAll(), false);
        HwBool edge1 = delay("query_edge", mode.edge(), false);
        HwBool handler1 = delay("query_handler", mode.handler(), false);
        HwBool waiting1 = delay("query_waiting", mode.waiting(), false);
        HwUInt shown = countUpdates.shownPending(source1, count1, pw);
        sched.queryPending.assign(countUpdates.shownNonZero(source1, count1, pw));
        HwBits status = wireBits("status", 32);
        status.assign(Hw.cat(Hw.bitsLit(0, 1), lost1.asBits(), masked1.asBits(), persistent1.asBits(), wakeAll1.asBits(),
                edge1.asBits(), handler1.asBits(), waiting1.asBits(),
                shown.asBits().slice(0, Math.min(pw, STATUS_PENDING_BITS)).resize(STATUS_PENDING_BITS)));
        sched.queryStatus.assign(status);
    }
}
