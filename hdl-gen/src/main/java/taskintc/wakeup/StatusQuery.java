package taskintc.wakeup;

import static taskintc.spec.TaskIntcRegisters.STATUS_PENDING_BITS;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * What the scheduler's S1 needs of the wakeup unit's registers to decide a wait (or answer a status read, or start a
 * cancel walk): the pending count and lost bit of the source the bus operation names. S0 registers the
 * source; S1 reads the registers at it, with the count update of its own cycle (registered in {@link CountUpdates},
 * applied at the end of the cycle) shown on top. The registers then hold exactly what S0's cycle left them (its
 * events, count update and scheduler update applied), so nothing needs to be computed ahead in S0: the selection
 * over the sources starts at a flip-flop instead of at the bus, whose path into it was the longest on the boards. The
 * mode and waiting bits of the status word come from the scheduler's wait table, which keeps them (and the length of
 * the source's wait list) in each source's record.
 *
 * <p>The values are the bus operation's: when S1 holds another operation (a wakeup, a delivery), they show the source
 * of the last bus operation S0 looked at, which nothing reads.
 */
final class StatusQuery extends Part {
    StatusQuery(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceCounts counts, CountUpdates countUpdates) {
        super(owner);
        int pw = cfg.pendingWidth();
        HwUInt source1 = delay("query_source", sched.querySource);
        SourceCounts.View view = counts.query(sched.querySource, source1);
        HwBits count1 = wireBits("query_pending", view.count());
        sched.queryLost.assign(view.lost());
        HwUInt shown = countUpdates.shownPending(source1, count1, pw);
        sched.queryPending.assign(countUpdates.shownNonZero(source1, count1));
        sched.queryCount.assign(shown.asBits().slice(0, Math.min(pw, STATUS_PENDING_BITS)).resize(STATUS_PENDING_BITS));
    }
}
