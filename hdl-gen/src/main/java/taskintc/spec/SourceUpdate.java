package taskintc.spec;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Record;

/** What the scheduler's operation in S1 changes about one source (at most one update per cycle). */
public final class SourceUpdate extends Record {
    public final HwUInt kind = uint("kind", GatewayUpdate.width());
    public final HwUInt source;
    /** Mode bits of a CONFIG update: edge, wake-all, persistent, masked. */
    public final HwBits mode = bits("mode", 4);
    /** Limits of a COALESCE update: bits [31:DATA_LSB] of the configuration word (absent without NIC queues). */
    public final HwBits coalesce;

    public SourceUpdate(TaskIntcConfig cfg) {
        source = uint("source", cfg.sourceWidth());
        coalesce = cfg.nicQueues() > 0 ? bits("coalesce", 32 - GatewayUpdate.DATA_LSB) : null;
    }
}
