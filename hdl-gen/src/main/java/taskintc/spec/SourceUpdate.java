package taskintc.spec;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Record;

/** What the scheduler's operation in S1 changes about one source (at most one update per cycle). */
public final class SourceUpdate extends Record {
    public final HwUInt kind = uint("kind", GatewayUpdate.width());
    /**
     * The pending count goes down by one (a wait that takes an event, a wakeup whose pick took one, a handler copy
     * delivered) or up by one (an injected event). Every change a count gets besides its line's events comes here,
     * from S1, at most one a cycle.
     */
    public final HwBool take = bool("take"), give = bool("give");
    public final HwUInt source;
    /**
     * The source's bits that act in the wakeup unit, as the operation leaves them (the wait table's record after it):
     * wake-all, persistent and masked (the configuration's; the trigger mode only shows in the status word, which
     * takes it from the record), a handler registered, one-shot waiters queued. The wakeup unit loads all five on
     * the kinds that change any of them (SET_WAITING, CLEAR_WAITING, SET_HANDLER, CONFIG), so one write enable per
     * source serves every bit.
     */
    public final HwBool wakeAll = bool("wakeAll"), persistent = bool("persistent"), masked = bool("masked"),
            handler = bool("handler"), waiting = bool("waiting");
    /** Limits of a COALESCE update: bits [31:DATA_LSB] of the configuration word (absent without NIC queues). */
    public final HwBits coalesce;
    /** With {@code --line-buffer 1} only (else null): the update is a wakeup's whose pick started a wake-all event's
     *  drain ({@link SourcePick#startsDrain}); the drain lasts until an update leaves the source without waiters. */
    public final HwBool startsDrain;

    public SourceUpdate(TaskIntcConfig cfg) {
        source = uint("source", cfg.sourceWidth());
        coalesce = cfg.nicQueues() > 0 ? bits("coalesce", 32 - GatewayUpdate.DATA_LSB) : null;
        startsDrain = cfg.lineBuffer() > 0 ? bool("startsDrain") : null;
    }
}
