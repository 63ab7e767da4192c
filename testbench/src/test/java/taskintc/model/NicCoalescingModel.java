package taskintc.model;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Reference model of the NIC queues' interrupt coalescing (sources 0..2Q-1: Q receive queues, then Q transmit ones),
 * written from the specification: a queue's gated events are batched until {@code count} of them have come or
 * {@code time} cycles have passed since the batch's first (0: no time limit), then the batch fires one event and its
 * acknowledge; a count of 0 or 1 lets every event through. Cycle by cycle, like the gateways in {@link SourcesModel}.
 */
final class NicCoalescingModel {
    private final int queues;
    private final int[] count, time, batched, timer;
    private final boolean[] active, fired;

    NicCoalescingModel(int nicQueues) {
        queues = nicQueues;
        count = new int[2 * nicQueues];
        time = new int[2 * nicQueues];
        batched = new int[2 * nicQueues];
        timer = new int[2 * nicQueues];
        active = new boolean[2 * nicQueues];
        fired = new boolean[2 * nicQueues];
        reset();
    }

    void reset() {
        Arrays.fill(count, 1);
        Arrays.fill(time, 0);
        Arrays.fill(batched, 0);
        Arrays.fill(timer, 0);
        Arrays.fill(active, false);
        Arrays.fill(fired, false);
    }

    /** A coalescing write for source {@code src} (a NIC queue's). */
    void configure(int src, int count, int time) {
        this.count[src] = count;
        this.time[src] = time;
    }

    /** Source {@code i}'s gateway event of this cycle in, its batch's event out (the acknowledge goes with it). */
    boolean step(int i, boolean gate) {
        int k = count[i], t = time[i];
        int cNext = batched[i] + (gate ? 1 : 0);
        boolean act = active[i] || gate;
        boolean byCount = cNext >= k || k <= 1;
        boolean byTime = t != 0 && timer[i] >= t;
        boolean fire = act && (byCount || byTime) && (cNext != 0 || active[i]);
        if (fire) {
            batched[i] = 0;
            timer[i] = 0;
        } else if (act) {
            batched[i] = cNext & 63;
            timer[i] = Math.min(timer[i] + 1, 0xFFFF);
        }
        active[i] = (active[i] || gate) && !fire;
        fired[i] = fire;
        return fire;
    }

    /** The acknowledges (RX or TX) of the batches completed in the last cycle stepped: bit q for queue q. */
    BigInteger acks(boolean tx) {
        BigInteger v = BigInteger.ZERO;
        for (int q = 0; q < queues; q++) if (fired[(tx ? queues : 0) + q]) v = v.setBit(q);
        return v;
    }
}
