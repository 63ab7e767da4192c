package taskintc.wakeup;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;

/** Where the pending counts live ({@link PendingCounts}: flip-flops; {@link CountRam}: block RAM behind line bits), as
 *  the status query sees them. */
interface SourceCounts {
    /** A source's count (saturated, before this cycle's registered change) and lost flag as a status word shows them. */
    record View(HwBits count, HwBool lost) {}

    /**
     * The view of {@code source1}, the source the bus operation in S0 named last cycle ({@code querySource} then, now
     * registered): read in S1's cycle.
     */
    View query(HwUInt querySource, HwUInt source1);
}
