package taskintc.sim;

import java.util.Random;

import taskintc.model.RegisterModel;
import taskintc.spec.TaskIntcConfig;

/**
 * An interrupt storm: every source raises an edge every other cycle for the whole run, while software
 * registers waiters on random sources and dequeues what is woken. Every access is checked by the bench;
 * the result also accounts for every event from what the RTL itself shows: events driven = tasks woken
 * (dequeued, or still ready) + events pending (read from each source's status). The difference is lost.
 */
public final class Storm {
    public record Result(long cycles, long events, long woken, long pending, long lost, long accesses) {}

    /** Wait words carry this pointer bit, so a dequeue tells a woken waiter from anything else. */
    static final long WAITER = 1L << 30;

    public static Result run(BusBench b, long cycles, Random rnd) {
        TaskIntcConfig cfg = b.cfg;
        int n = cfg.sources();
        for (int s = 0; s < n; s++) b.write(RegisterModel.SOURCE_CONFIG, s | (1L << 16)); // all edge, wake one
        for (int c = 0; c < cfg.contexts(); c++)
            for (int s = 0; s < n; s++) b.write(RegisterModel.GRANT, s | ((long) c << 16) | (1L << 31));
        long[] edges = new long[n];
        boolean[] level = new boolean[1];
        b.lineDriver = l -> {
            level[0] = !level[0];
            for (int s = 0; s < l.length; s++) {
                if (level[0] && !l[s]) edges[s]++;
                l[s] = level[0];
            }
        };
        long start = b.clock.cycle();
        long woken = 0, tag = 0;
        while (b.clock.cycle() - start < cycles) {
            int ctx = rnd.nextInt(cfg.contexts());
            if (rnd.nextInt(100) < 55) {
                int s = rnd.nextInt(n);
                long w = taskintc.spec.TaskWord.make((WAITER | (++tag & 0xFFFFF)) << 6, rnd.nextInt(cfg.priorities()), false);
                b.write(b.ctxPage(ctx) + b.model.waitOffset + 8L * s, w);
            } else {
                long w = b.read(b.ctxPage(ctx) + RegisterModel.DEQUEUE + 8L * rnd.nextInt(cfg.harts()));
                if ((w >>> 6 & WAITER) != 0) woken++;
            }
        }
        // Stop the storm (lines low), let the last events land, then count what the RTL holds.
        b.lineDriver = l -> java.util.Arrays.fill(l, false);
        b.idle(16);
        for (int c = 0; c < cfg.contexts(); c++)
            for (long w; (w = b.read(b.ctxPage(c) + RegisterModel.DEQUEUE)) != 0; )
                if ((w >>> 6 & WAITER) != 0) woken++;
        long pending = 0, events = 0;
        for (int s = 0; s < n; s++) {
            pending += b.read(b.model.sourceStatusOffset + 8L * s) & ((1L << Math.min(cfg.pendingWidth(), 24)) - 1);
            events += edges[s];
        }
        return new Result(b.clock.cycle() - start, events, woken, pending, events - woken - pending, b.accesses);
    }
}
