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
    /** Mode bits of a CONFIG update that act in the wakeup unit: wake-all, persistent, masked (the trigger mode only
     *  shows in the status word, which takes it from the wait table's record). The configuration word's bits
     *  [MODE_LSB, MODE_LSB + MODE_BITS) as they are; {@link #modeBit} picks one by its place in that word. */
    public static final int MODE_LSB = TaskIntcRegisters.CFG_WAKE_ALL_BIT, MODE_BITS = 3;
    public final HwBits mode = bits("mode", MODE_BITS);
    /** Limits of a COALESCE update: bits [31:DATA_LSB] of the configuration word (absent without NIC queues). */
    public final HwBits coalesce;

    /** The mode bit at {@code cfgBit} of the configuration word (one of {@code CFG_WAKE_ALL_BIT}..{@code CFG_MASKED_BIT}). */
    public HwBool modeBit(int cfgBit) {
        return mode.bit(cfgBit - MODE_LSB);
    }

    public SourceUpdate(TaskIntcConfig cfg) {
        source = uint("source", cfg.sourceWidth());
        coalesce = cfg.nicQueues() > 0 ? bits("coalesce", 32 - GatewayUpdate.DATA_LSB) : null;
    }
}
