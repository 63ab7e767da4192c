package taskintc.bench;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import taskintc.model.RegisterModel;
import taskintc.sim.BusBench;
import taskintc.sim.SimModels;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * A burst of interrupts on every source at once, measured on the generated top with every access checked against the
 * model: a one-shot waiter parked on each source (all granted to context 0), every line rising in the same cycle t,
 * and context 0's ready count read by an access issued in cycle t+k. Each k is a fresh burst (the waiters parked
 * again, the lines low before), so the read sees the wakeups up to t+k undisturbed by earlier reads: the first k
 * whose read counts a woken task and the first that counts them all are what software sees (the read itself takes
 * S0 for a cycle, which a pick still waiting then waits for). The delivery rate once the pick pipeline is full is
 * taken from the controller's S1, where each wakeup executes: (sources - 1) / (last - first wakeup cycle).
 */
final class Burst {
    private Burst() {}

    /** What one configuration gave. */
    record Result(String config, int sources, long firstReadyCycle, long allReadyCycle, long firstWakeCycle, long lastWakeCycle) {
        double wakeupsPerCycle() {
            return sources <= 1 ? 1.0 : (sources - 1) / (double) (lastWakeCycle - firstWakeCycle);
        }
    }

    static Result measure(TaskIntcConfig cfg) {
        int n = cfg.sources();
        if (n == 0) throw new IllegalArgumentException("the burst needs interrupt sources; " + cfg.topName() + " has none");
        Result[] result = new Result[1];
        SimModels.top(cfg, false).run("bench_burst", 1, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(7), 0);
            boolean[] high = {false};
            b.lineDriver = l -> java.util.Arrays.fill(l, high[0]);
            for (int s = 0; s < n; s++) Latencies.grantEdgeSource(b, s);
            // The count is non-decreasing in k: binary search for the first k with one woken task and with all.
            int limit = 4 * n + 16;
            long[] wakes = wakeCycles(b, cfg, high, limit);
            long first = firstReaching(1, limit, k -> countAfter(b, cfg, high, k, new long[1]));
            long all = firstReaching(n, limit, k -> countAfter(b, cfg, high, k, new long[1]));
            result[0] = new Result(cfg.topName(), n, first, all, wakes[0], wakes[1]);
        });
        return result[0];
    }

    /** The smallest k in 0..limit whose burst counts at least {@code want} woken tasks, checked on both sides. */
    private static long firstReaching(int want, int limit, java.util.function.IntToLongFunction count) {
        int lo = 0, hi = limit;
        if (count.applyAsLong(hi) < want) throw new AssertionError("fewer than " + want + " tasks woken " + limit + " cycles after the burst");
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (count.applyAsLong(mid) >= want) hi = mid;
            else lo = mid + 1;
        }
        if (lo > 0 && count.applyAsLong(lo - 1) >= want) throw new AssertionError("the ready count is not monotonic in k near " + lo);
        return lo;
    }

    /** The cycles (after t) in which the burst's first and last wakeups execute in S1, from one undisturbed burst. */
    private static long[] wakeCycles(BusBench b, TaskIntcConfig cfg, boolean[] high, int limit) {
        b.internalOps = new java.util.ArrayList<>();
        long[] start = new long[1];
        countAfter(b, cfg, high, limit, start);
        long first = Long.MAX_VALUE, last = -1;
        int wakes = 0;
        for (long[] op : b.internalOps)
            if (op[1] == taskintc.spec.CoreOp.WAKE.ordinal()) {
                wakes++;
                first = Math.min(first, op[0]);
                last = Math.max(last, op[0]);
            }
        b.internalOps = null;
        if (wakes != cfg.sources()) throw new AssertionError(wakes + " wakeups executed for " + cfg.sources() + " parked tasks");
        return new long[]{first - start[0], last - start[0]};
    }

    /**
     * One burst: waiters parked on every source, every line raised in cycle t, context 0's count read by an access
     * issued in cycle t+k; then every woken task is dequeued once (each parked word exactly once) and the lines go low.
     * The burst's cycle t goes to {@code start[0]}.
     */
    private static long countAfter(BusBench b, TaskIntcConfig cfg, boolean[] high, int k, long[] start) {
        int n = cfg.sources();
        long page = b.ctxPage(0);
        Set<Long> parked = new HashSet<>();
        for (int s = 0; s < n; s++) {
            long task = TaskWord.make((100L + s) << 6, 1, false);
            parked.add(task);
            b.write(page + b.model.waitOffset + 8L * s, task);
        }
        b.idle(4);
        high[0] = true;
        b.idle(1); // the lines are high from the next cycle on: that is cycle t
        start[0] = b.clock.cycle();
        b.idle(k);
        long count = b.read(RegisterModel.CONTEXT_COUNT);
        high[0] = false;
        b.idle(4 * n + 16);
        Set<Long> woken = new HashSet<>();
        for (int i = 0; i < n; i++) woken.add(b.read(page + RegisterModel.DEQUEUE));
        if (!woken.equals(parked)) throw new AssertionError("burst at k=" + k + ": woken " + woken.size() + " of the " + n + " parked tasks");
        if (b.read(page + RegisterModel.DEQUEUE) != 0) throw new AssertionError("burst at k=" + k + ": a task woken twice");
        return count;
    }
}
