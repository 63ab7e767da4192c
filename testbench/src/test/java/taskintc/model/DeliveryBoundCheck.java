package taskintc.model;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The register map's liveness promise for the wakeup unit, checked cycle by cycle: a source with an event to deliver
 * and a waiter (or a persistent handler and a free pool entry) has its next task made ready within
 * {@link #bound(int)} cycles, not counting the cycles the core spends on removes. {@link SourcesModel} says each cycle
 * which sources are due and which were just served.
 */
final class DeliveryBoundCheck {
    private final long[] dueSince;
    private long liveCycles;
    /** The longest a source waited for a delivery (cycles, removes not counted). */
    long worst;

    DeliveryBoundCheck(int sources) {
        dueSince = new long[sources];
        reset();
    }

    void reset() {
        Arrays.fill(dueSince, -1);
        liveCycles = 0;
    }

    /**
     * The register map's delivery bound K for I sources. The picker serves sources in rotation (at most I picks),
     * and a picked source waits at most 4 cycles for the core (a bus access, an IPC delivery, another bus access, then
     * it).
     */
    static int bound(int sources) {
        return 4 * sources + 8;
    }

    /** Source {@code src} was just served (a wakeup or a handler copy): its wait starts again. */
    void served(int src) {
        dueSince[src] = -1;
    }

    /** The end of a cycle: {@code coreHeld} (a remove) is not counted; {@code describe} names a late source's state. */
    void endCycle(boolean coreHeld, IntPredicate due, IntFunction<String> describe) {
        if (!coreHeld) liveCycles++;
        int bound = bound(dueSince.length);
        for (int i = 0; i < dueSince.length; i++) {
            if (!due.test(i)) {
                dueSince[i] = -1;
                continue;
            }
            if (dueSince[i] < 0) dueSince[i] = liveCycles;
            long waited = liveCycles - dueSince[i];
            worst = Math.max(worst, waited);
            if (waited > bound)
                throw new AssertionError("source " + i + " has had an event and a waiter for " + waited + " cycles without a delivery "
                        + "(bound " + bound + "): " + describe.apply(i));
        }
    }
}
