package taskintc.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import taskintc.model.IpcModel;
import taskintc.model.RegisterModel;
import taskintc.sim.BusMaster.Access;
import taskintc.spec.TaskIntcConfig;

/**
 * The software a bus regression runs on a {@link BusBench}: random accesses of every kind software makes (with a
 * share the controller must refuse), IPC setup, and random interrupt-line traffic. It draws from the bench's
 * random generator, so a seed reproduces the same run.
 */
public final class RandomAccesses {
    private final BusBench b;
    private final TaskIntcConfig cfg;
    private final Random rnd;
    /** (context, source) pairs the test granted, so random waits often land on granted sources. */
    public final List<int[]> grantedHints = new ArrayList<>();

    RandomAccesses(BusBench bench, TaskIntcConfig cfg, Random rnd) {
        this.b = bench;
        this.cfg = cfg;
        this.rnd = rnd;
    }

    private long word() {
        return CoreBench.randomWord(rnd, cfg, 1 << 12);
    }

    /** One random access of the kind software makes (with a share of invalid ones). */
    public Access randomAccess(int enqueueBias, boolean wantWrite, boolean wantRead) {
        int c = rnd.nextInt(cfg.contexts());
        long page = b.ctxPage(c);
        int h = rnd.nextInt(cfg.harts());
        boolean irq = cfg.hasWakeup();
        for (int attempt = 0; attempt < 8; attempt++) {
            int roll = rnd.nextInt(100);
            Access a;
            if (cfg.hasIpc() && rnd.nextInt(100) < ipcPercent) {
                a = ipcAccess();
            } else if (roll < enqueueBias) {
                if (irq && rnd.nextInt(100) < 35) {
                    int s = rnd.nextInt(cfg.sources());
                    if (!grantedHints.isEmpty() && rnd.nextInt(100) < 70) {
                        int[] g = grantedHints.get(rnd.nextInt(grantedHints.size()));
                        // Half the time a one-shot source with no event pending, so the wait parks and a later event wakes
                        // it (with busy lines every count stays above 0 and every wait would take an event at once; on a
                        // persistent source a wait only registers the handler).
                        if (rnd.nextInt(100) < 50)
                            for (int k = 0; k < 8 && (b.sources.pending(g[1]) > 0 || b.sources.persistent(g[1])); k++)
                                g = grantedHints.get(rnd.nextInt(grantedHints.size()));
                        page = b.ctxPage(g[0]);
                        s = g[1];
                    }
                    long w = word();
                    if (rnd.nextInt(100) < 30) w |= 1; // preempting wakeups
                    a = Access.write(page + b.model.waitOffset + 8L * s, w);
                } else {
                    a = Access.write(page + (rnd.nextInt(4) == 0 ? RegisterModel.ENQUEUE_HEAD : RegisterModel.ENQUEUE), word());
                }
            } else if (roll < enqueueBias + (100 - enqueueBias) * 6 / 10) {
                a = Access.read(page + RegisterModel.DEQUEUE + 8L * h);
            } else {
                int r = rnd.nextInt(100);
                if (r < 10) {
                    long w = word();
                    Long[] q = b.scheduler.queue(c, rnd.nextInt(cfg.priorities()));
                    if (q.length > 0 && rnd.nextInt(100) < 80) w = q[rnd.nextInt(q.length)];
                    a = Access.write(page + RegisterModel.REMOVE, w);
                } else if (irq && r < 20) {
                    a = randomCancel(c);
                } else if (r < 30) {
                    int[] offs = {RegisterModel.COUNT, RegisterModel.LEVELS, RegisterModel.ERROR};
                    a = Access.read(page + offs[rnd.nextInt(offs.length)]);
                } else if (r < 55) {
                    a = controlRead();
                } else if (irq && r < 75) {
                    a = controlWrite();
                } else {
                    a = badAccess(page);
                }
            }
            if ((a.write() && wantWrite) || (!a.write() && wantRead)) return a;
        }
        return wantWrite ? Access.write(page + RegisterModel.ENQUEUE, word()) : Access.read(page + RegisterModel.COUNT);
    }

    /**
     * A cancel_wait: mostly of a task of this context waiting on a granted source (the model's wait lists), else of a
     * task that was just woken or never waited, on a granted source or any; pending events are left as they are.
     */
    private Access randomCancel(int c) {
        int s = rnd.nextInt(cfg.sources());
        long w = word();
        if (!grantedHints.isEmpty() && rnd.nextInt(100) < 80) {
            int[] g = grantedHints.get(rnd.nextInt(grantedHints.size()));
            c = g[0];
            s = g[1];
        }
        int roll = rnd.nextInt(100);
        if (roll < 10) {
            // A source with parked waiters, if any: waits take pending events at once more often than they park. Rarely,
            // so that most parked waiters stay for an event to wake them.
            int start = rnd.nextInt(cfg.sources());
            for (int k = 0; k < cfg.sources(); k++) {
                int t = (start + k) % cfg.sources();
                if (b.sources.waiters(t) > 0) {
                    s = t;
                    break;
                }
            }
        }
        long[][] waiting = b.sources.waiterList(s);
        if (waiting.length > 0 && roll < 70) {
            long[] pickW = waiting[rnd.nextInt(waiting.length)];
            if (rnd.nextInt(100) < 85) c = (int) pickW[0];
            w = pickW[1];
        } else if (roll < 85 && recentlyWoken[0] != 0) {
            w = recentlyWoken[rnd.nextInt(recentlyWoken.length)];
        }
        return Access.write(b.ctxPage(c) + b.model.cancelWaitOffset + 8L * s, w);
    }

    /** Task words of the last wakeups, so cancels also name tasks that were just woken. */
    private final long[] recentlyWoken = new long[4];
    private int recentlyWokenNext;

    /** The bench saw {@code task} woken. */
    void woken(long task) {
        recentlyWoken[recentlyWokenNext++ & 3] = task;
    }

    private Access controlRead() {
        boolean irq = cfg.hasWakeup();
        int k = rnd.nextInt(irq ? 11 : 8);
        long off = switch (k) {
            case 0 -> RegisterModel.ID;
            case 1 -> RegisterModel.PARAMS;
            case 2 -> RegisterModel.POOL_FREE;
            case 3 -> RegisterModel.CONTROL_ERROR;
            case 4 -> RegisterModel.CURRENT_TASK + 8L * rnd.nextInt(cfg.harts());
            case 5 -> RegisterModel.CURRENT_CONTEXT + 8L * rnd.nextInt(cfg.harts());
            case 6 -> RegisterModel.CONTEXT_COUNT + 8L * rnd.nextInt(cfg.contexts());
            case 7 -> RegisterModel.CONTEXT_LEVELS + 8L * rnd.nextInt(cfg.contexts());
            case 8 -> RegisterModel.NOTIFY;
            case 9 -> RegisterModel.USIP;
            default -> b.model.sourceStatusOffset + 8L * rnd.nextInt(cfg.sources());
        };
        return Access.read(off);
    }

    // ------------------------------------------------------------------ IPC stimulus

    /** Share of random b.accesses that are IPC b.accesses (IPC configurations only). */
    public int ipcPercent = 30;
    /** (sender, receiver, channel) triples the test granted, so random sends often land on granted ones. */
    public final List<int[]> ipcGrantHints = new ArrayList<>();

    /** The task word of a message: half of them want a reply. */
    private long messageTask() {
        return rnd.nextBoolean() ? 0 : word();
    }

    /**
     * Stages a random message and result in every context (unwritten words would read 0), grants
     * {@code grants} random capabilities and registers handlers on most channels.
     */
    public void ipcSetup(int grants) {
        int k = cfg.ipcChannels();
        for (int c = 0; c < cfg.contexts(); c++) {
            long page = b.ctxPage(c);
            for (int i = 0; i < cfg.messageWords(); i++) b.write(page + RegisterModel.IPC_MESSAGE + 8L * i, i == 1 ? messageTask() : rnd.nextLong());
            for (int i = 0; i < cfg.resultWords(); i++) b.write(page + RegisterModel.IPC_RESULT + 8L * i, rnd.nextLong());
            for (int ch = 0; ch <= k; ch++)
                if (rnd.nextInt(100) < 80) b.write(page + RegisterModel.IPC_HANDLER + 8L * ch, word() & ~(1L << 63));
        }
        for (int i = 0; i < grants; i++) {
            int sender = rnd.nextInt(cfg.contexts()), receiver = rnd.nextInt(cfg.contexts()), ch = rnd.nextInt(k);
            b.write(RegisterModel.IPC_GRANT, sender | ((long) receiver << 8) | ((long) ch << 16) | (1L << 31));
            ipcGrantHints.add(new int[]{sender, receiver, ch});
        }
    }

    /** One random IPC access: staging, sends, receives, replies, handlers, status, and the kernel's writes. */
    public Access ipcAccess() {
        int c = rnd.nextInt(cfg.contexts());
        long page = b.ctxPage(c);
        int m = cfg.messageWords(), r = cfg.resultWords(), k = cfg.ipcChannels();
        int roll = rnd.nextInt(100);
        if (roll < 20) {
            int i = rnd.nextInt(m);
            return Access.write(page + RegisterModel.IPC_MESSAGE + 8L * i, i == 1 ? messageTask() : rnd.nextLong());
        }
        if (roll < 36) {
            if (rnd.nextInt(8) == 0) return Access.write(page + RegisterModel.IPC_SYSCALL, rnd.nextLong());
            int receiver = rnd.nextInt(cfg.contexts() + (rnd.nextInt(30) == 0 ? 3 : 0));
            int ch = rnd.nextInt(k + (rnd.nextInt(30) == 0 ? 2 : 0));
            if (!ipcGrantHints.isEmpty() && rnd.nextInt(100) < 75) {
                int[] g = ipcGrantHints.get(rnd.nextInt(ipcGrantHints.size()));
                page = b.ctxPage(g[0]);
                receiver = g[1];
                ch = g[2];
            }
            return Access.write(page + RegisterModel.IPC_SEND, receiver | ((long) ch << 8));
        }
        if (roll < 42) {
            long w = rnd.nextInt(8) == 0 ? 0 : word() & ~(1L << 63);
            return Access.write(page + RegisterModel.IPC_HANDLER + 8L * rnd.nextInt(k + 1), w);
        }
        if (roll < 52) return Access.read(page + (rnd.nextBoolean() ? RegisterModel.IPC_RECEIVE : RegisterModel.IPC_TAKE));
        if (roll < 58) return Access.read(page + RegisterModel.IPC_RX + 8L * rnd.nextInt(m));
        if (roll < 64) return Access.write(page + RegisterModel.IPC_RESULT + 8L * rnd.nextInt(r), rnd.nextLong());
        if (roll < 74) return ipcReply(c);
        if (roll < 81) return Access.read(page + RegisterModel.IPC_REPLY_POP);
        if (roll < 85) return Access.read(page + RegisterModel.IPC_REPLY_DATA + 8L * rnd.nextInt(r));
        if (roll < 93) {
            long[] offs = {RegisterModel.IPC_STATUS, RegisterModel.IPC_ERROR, RegisterModel.IPC_MESSAGE + 8L * rnd.nextInt(m),
                    RegisterModel.IPC_RESULT + 8L * rnd.nextInt(r), RegisterModel.IPC_HANDLER + 8L * rnd.nextInt(k + 1)};
            return Access.read(page + offs[rnd.nextInt(offs.length)]);
        }
        if (roll < 96) {
            int sender = rnd.nextInt(cfg.contexts() + 1), receiver = rnd.nextInt(cfg.contexts()), ch = rnd.nextInt(k + 1);
            return Access.write(RegisterModel.IPC_GRANT, sender | ((long) receiver << 8) | ((long) ch << 16)
                    | (rnd.nextInt(4) == 0 ? 0 : 1L << 31));
        }
        if (roll < 97) return Access.write(RegisterModel.IPC_SYSCALL_CONTEXT, rnd.nextInt(cfg.contexts() + 1));
        if (roll < 98 && rnd.nextInt(3) == 0) return Access.write(RegisterModel.IPC_SCRUB, rnd.nextInt(cfg.contexts() + 1));
        return Access.read(RegisterModel.IPC_CONTROL_ERROR);
    }

    /**
     * A reply: to the current message (token bit clear, other bits random), by the token of a message in service
     * (to its owner's region; sometimes another region's: foreign), by a token the model handed out earlier
     * (often answered since: stale), or by a random token (mostly a slot never taken or a tag that does not match).
     * A fifth of the token writes go to ipc_take instead (select), so ipc_rx reads an older message.
     */
    private Access ipcReply(int c) {
        int roll = rnd.nextInt(100);
        long data;
        int region = c;
        List<Long> inService = roll < 30 || roll >= 75 ? List.of() : b.ipc.inServiceTokens();
        if (roll < 30) data = rnd.nextLong() & ~(1L << 31);
        else if (roll < 75 && !inService.isEmpty()) {
            data = inService.get(rnd.nextInt(inService.size()));
            region = rnd.nextInt(10) == 0 ? rnd.nextInt(cfg.contexts()) : (int) ((data >>> IpcModel.OWNER_LSB) & 0x7F);
        } else if (roll < 90 && !b.ipc.tokens.isEmpty()) {
            List<Long> tokens = b.ipc.tokens;
            data = tokens.get(tokens.size() - 1 - rnd.nextInt(Math.min(tokens.size(), 16)));
            region = (int) ((data >>> IpcModel.OWNER_LSB) & 0x7F);
        } else {
            long owner = rnd.nextInt(8) == 0 ? rnd.nextInt(128) : c;
            data = (1L << 31) | (owner << IpcModel.OWNER_LSB) | ((long) rnd.nextInt(64) << IpcModel.SLOT_LSB)
                    | ((long) rnd.nextInt(16) << IpcModel.TAG_LSB) | rnd.nextInt(1 << 12);
        }
        return Access.write(b.ctxPage(region) + (rnd.nextInt(5) == 0 ? RegisterModel.IPC_TAKE : RegisterModel.IPC_REPLY), data);
    }

    /** A privileged configuration write: grants, source modes, coalescing, injection, hart contexts. */
    private Access controlWrite() {
        int s = rnd.nextInt(cfg.sources() + (rnd.nextInt(20) == 0 ? 4 : 0));
        int k = rnd.nextInt(100);
        if (k < 35) {
            int c = rnd.nextInt(cfg.contexts() + (rnd.nextInt(20) == 0 ? 2 : 0));
            return Access.write(RegisterModel.GRANT, s | ((long) c << 16) | (rnd.nextInt(5) == 0 ? 0 : 1L << 31));
        }
        if (k < 55) {
            long v = s | (rnd.nextBoolean() ? 1L << 16 : 0) | (rnd.nextInt(4) == 0 ? 1L << 17 : 0)
                    | (rnd.nextInt(5) == 0 ? 1L << 18 : 0) | (rnd.nextInt(10) == 0 ? 1L << 19 : 0);
            return Access.write(RegisterModel.SOURCE_CONFIG, v);
        }
        if (k < 65 && cfg.nicQueues() > 0) {
            int src = rnd.nextInt(2 * cfg.nicQueues());
            return Access.write(RegisterModel.NIC_COALESCE, src | ((long) rnd.nextInt(5) << 10) | ((long) rnd.nextInt(12) << 16));
        }
        if (k < 80) return Access.write(RegisterModel.INJECT, s);
        if (k < 85) return Access.write(RegisterModel.NOTIFY_HART, rnd.nextInt(cfg.harts() + 1));
        int h = rnd.nextInt(cfg.harts());
        long v = rnd.nextInt(4) == 0 ? 0 : (1L << 31) | rnd.nextInt(cfg.contexts() + (rnd.nextInt(20) == 0 ? 3 : 0));
        return Access.write(RegisterModel.HART_CONTEXT + 8L * h, v);
    }

    /** An access the controller must refuse: unmapped offset or page, wrong direction, partial or misaligned. */
    public Access badAccess(long page) {
        long window = 1L << cfg.addressWidth();
        boolean wb = cfg.bus() == taskintc.spec.BusKind.WISHBONE;
        long align = wb ? cfg.taskWidth() / 8 : 1;
        switch (rnd.nextInt(7)) {
            case 0:
                return Access.write(page + RegisterModel.COUNT, word());
            case 1:
                return Access.read(page + (rnd.nextBoolean() ? RegisterModel.ENQUEUE : RegisterModel.REMOVE));
            case 2:
                if (cfg.bus() != taskintc.spec.BusKind.APB3) return new Access(true, page + RegisterModel.ENQUEUE, word(), false);
                return Access.write(0x8, word());
            case 3:
                return Access.read(page + RegisterModel.COUNT + (wb ? 8 * (1 + rnd.nextInt(3)) + 0x30 : 1 + rnd.nextInt(7)));
            case 4: {
                long pages = window / b.model.region;
                if (pages > cfg.contexts() + 1) {
                    long p = cfg.contexts() + 1 + rnd.nextLong(pages - cfg.contexts() - 1);
                    return rnd.nextBoolean() ? Access.read(p * b.model.region) : Access.write(p * b.model.region, word());
                }
                return Access.read(page + 0x7F8);
            }
            case 5:
                return rnd.nextBoolean() ? Access.read(0x7F8 & ~(align - 1)) : Access.write(RegisterModel.POOL_FREE, 1);
            default:
                return Access.read(page + RegisterModel.DEQUEUE + 8L * (cfg.harts() + rnd.nextInt(4)));
        }
    }

    /** Random interrupt traffic: each line changes in a cycle with probability {@code perHundredThousand} / 100,000. */
    public Consumer<boolean[]> randomLines(int perHundredThousand) {
        return l -> {
            for (int i = 0; i < l.length; i++)
                if (rnd.nextInt(100_000) < perHundredThousand) l[i] = !l[i];
        };
    }

    /** {@code n} random b.accesses; writes and reads are paired in the same cycle now and then. */
    public void randomTraffic(long n) {
        int phase = 0;
        long start = b.accesses;
        while (b.accesses - start < n) {
            if (rnd.nextInt(500) == 0) phase = rnd.nextInt(3);
            int bias = switch (phase) { case 0 -> 50; case 1 -> 25; default -> 70; };
            if (b.bus.concurrent() && rnd.nextInt(100) < 25) {
                b.run(randomAccess(bias, true, false), randomAccess(bias, false, true));
                b.concurrentPairs++;
            } else {
                b.run(randomAccess(bias, true, true));
            }
            if (rnd.nextInt(100) < 10) b.idle(rnd.nextInt(3));
        }
    }
}
