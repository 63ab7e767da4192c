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
 * What the scheduler's S1 needs of the wakeup unit's registers to decide a wait (or answer a status read, or start a
 * cancel walk): the pending count, waiting and lost bits of the source the bus operation names, looked up while that
 * operation is in S0 and copied as they will be in the next cycle (this cycle's events, count update and
 * scheduler update applied by the same rules that update the registers). In S1 only last cycle's count update is
 * still to apply. So S1's decisions start from flip-flops instead of a selection over all the sources. The mode bits
 * of the status word come from the scheduler's wait table, which keeps them in each source's record.
 *
 * <p>The values are the bus operation's: when S1 holds another operation (a wakeup, a delivery), they show the source
 * of the last bus operation S0 looked at, which nothing reads.
 */
final class StatusQuery extends Part {
    StatusQuery(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceModes modes, PendingCounts counts,
            CountUpdates countUpdates, HwBits event) {
        super(owner);
        int pw = cfg.pendingWidth();
        // S0: the source's registers as they will be next cycle.
        HwUInt q = sched.querySource;
        SourceUpdate update = sched.update.payload();
        HwBool hit = sched.update.valid().and(update.source.eq(q));
        HwBool waiting = modes.waitingNext(modes.waiting.bit(q), hit);
        PendingCounts.Next count = PendingCounts.next(counts.pending.get(q), event.bit(q), countUpdates.upAt(q),
                countUpdates.downAt(q));
        HwBool lost = PendingCounts.lostNext(counts.lost.bit(q), modes.is(GatewayUpdate.CONFIG).and(hit), count.over());

        // S1: registered; the count update of S0's cycle (registered in CountUpdates) shown on top, as it is applied.
        HwUInt source1 = delay("query_source", q);
        HwBits count1 = delay("query_pending", count.count());
        sched.queryLost.assign(delay("query_lost", lost, false));
        sched.queryWaiting.assign(delay("query_waiting", waiting, false));
        HwUInt shown = countUpdates.shownPending(source1, count1, pw);
        sched.queryPending.assign(countUpdates.shownNonZero(source1, count1));
        sched.queryCount.assign(shown.asBits().slice(0, Math.min(pw, STATUS_PENDING_BITS)).resize(STATUS_PENDING_BITS));
    }
}
