package taskintc.spec;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.PortBundle;

/**
 * Everything the scheduler and the wakeup unit's source side exchange, as one port on each (the
 * scheduler is the master). The scheduler owns the waiters (wait lists in its task pool, handlers,
 * grants); the wakeup unit owns the sources (trigger capture, coalescing, pending counts, mode bits)
 * and picks which source the scheduler serves next.
 */
public final class WakeupPort extends PortBundle {
    /** A source with something to deliver (wakeup unit to scheduler), at most one a cycle. */
    public final HwStream<SourcePick> pick;
    /** What the operation in the scheduler's S1 changes about its source. */
    public final HwFlow<SourceUpdate> update;
    /** The operation in the scheduler's S1 works on a source: the one {@code update}'s source field names, whether or
     *  not it makes an update. The wakeup unit does not choose that source for its next offer (nor a source whose
     *  taken pick has not passed S1 yet, which it keeps track of itself). An offer of a source the scheduler is still
     *  working on is refused by {@code pick}'s ready. Without {@code --line-buffer} only (else null). */
    public final HwBool s1OnSource;
    /** The pool has no free entry: a handler copy cannot be delivered now. */
    public final HwBool poolFull;
    /** The source the bus operation in S0 names, and in the next cycle its pending count (as its status word shows
     *  it) and lost bit as the wakeup unit's registers hold them then, with the count change they still take
     *  applied. The status word's mode and waiting bits are the scheduler's (its wait table keeps them). */
    public final HwUInt querySource;
    public final HwBits queryCount;
    public final HwBool queryLost;
    /** The queried source's pending count is not zero: the same, without the count's adder. */
    public final HwBool queryPending;
    /** With {@code --line-buffer 1} only (else null): {@code pick}'s source is one the scheduler is still working on
     *  (slot, S1 or S2), which {@code pick}'s ready refuses. The wakeup unit offers sources without tracking their
     *  picks in flight and moves its rotation on past such a refusal, not past one of a full slot. */
    public final HwBool pickSourceBusy;

    public WakeupPort(TaskIntcConfig cfg) {
        // In this order (the Verilog's port order).
        s1OnSource = cfg.lineBuffer() == 0 ? bool("s1OnSource") : null;
        poolFull = bool("poolFull");
        queryCount = bits("queryCount", TaskIntcRegisters.STATUS_PENDING_BITS);
        queryLost = bool("queryLost");
        queryPending = bool("queryPending");
        pick = stream("pick", () -> new SourcePick(cfg));
        update = flow("update", () -> new SourceUpdate(cfg));
        querySource = uint("querySource", cfg.sourceWidth());
        pickSourceBusy = cfg.lineBuffer() > 0 ? bool("pickSourceBusy") : null;
    }

    @Override
    protected void directions(Directions d) {
        d.slave(pick);
        d.master(update);
        d.out(s1OnSource, poolFull, querySource, pickSourceBusy);
        d.in(queryCount, queryLost, queryPending);
    }
}
