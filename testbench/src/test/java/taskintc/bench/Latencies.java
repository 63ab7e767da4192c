package taskintc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import taskintc.model.RegisterModel;
import taskintc.sim.BusBench;
import taskintc.sim.BusMaster.Access;
import taskintc.sim.SimModels;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * The latencies `make bench` reports that are not one access's bus cycles: interrupt to ready, IPC send and reply
 * to ready and the IPC round trip, each measured on the generated top with every access checked against the model.
 * {@code IpcDirectedTest} checks the IPC ones against the register map's numbers.
 */
public final class Latencies {
    private Latencies() {}

    /** Source {@code src} granted to context 0 and edge-triggered (one event per rising edge). */
    static void grantEdgeSource(BusBench b, int src) {
        b.write(RegisterModel.GRANT, src | (1L << 31));
        b.write(RegisterModel.SOURCE_CONFIG, src | (1L << 16));
    }

    /**
     * Cycles from an interrupt line rising (cycle t) to the first cycle t+k in which a bus dequeue issued
     * then returns the woken task. Tried for each k from 0 on a fresh waiter.
     */
    static long irqToReady(TaskIntcConfig cfg) {
        long[] result = {-1};
        int src = 2 * cfg.nicQueues(); // the first generic source
        SimModels.top(cfg, false).run("bench_irq", 1, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(4), 0);
            boolean[] want = new boolean[cfg.sources()];
            b.lineDriver = l -> System.arraycopy(want, 0, l, 0, l.length);
            grantEdgeSource(b, src);
            for (int k = 0; k <= 10 && result[0] < 0; k++) {
                long task = TaskWord.make((100L + k) << 6, 1, false);
                b.write(b.ctxPage(0) + b.model.waitOffset + 8L * src, task);
                b.idle(4);
                want[src] = true;
                b.idle(1);          // the line is high from the next cycle on: that is cycle t
                b.idle(k);
                long got = b.read(b.ctxPage(0) + RegisterModel.DEQUEUE);
                want[src] = false;
                b.idle(4);
                if (got == task) result[0] = k;
                else if (b.read(b.ctxPage(0) + RegisterModel.DEQUEUE) != task) throw new AssertionError("the task was not woken");
            }
        });
        return result[0];
    }

    /**
     * Cycles from the cycle the controller accepts a send to the first cycle in which an accepted dequeue on the
     * receiver returns the handler (every shorter distance is checked to return nothing).
     */
    public static long ipcSendToReady(TaskIntcConfig cfg) {
        long[] result = {-1};
        SimModels.top(cfg, false).run("bench_ipc_latency", 1, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(5), 0);
            long page1 = b.ctxPage(1), page2 = b.ctxPage(2);
            ipcPair(b, cfg, IPC_HANDLER_WORD, 0);
            result[0] = toReady(b, () -> Access.write(page1 + RegisterModel.IPC_SEND, 2), page2, IPC_HANDLER_WORD, () -> {
                b.read(page2 + RegisterModel.IPC_RECEIVE); // finish the message so the inbox never fills
                b.read(page2 + RegisterModel.IPC_RECEIVE);
            });
        });
        return result[0];
    }

    /**
     * Cycles from the cycle the controller accepts a reply to the first cycle in which an accepted dequeue on the
     * sender returns the task the reply wakes (every shorter distance is checked to return nothing).
     */
    public static long ipcReplyToReady(TaskIntcConfig cfg) {
        long[] result = {-1};
        SimModels.top(cfg, false).run("bench_ipc_reply_latency", 1, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(7), 0);
            long sender = b.ctxPage(1), receiver = b.ctxPage(2);
            long caller = TaskWord.make(0x41L << 6, 2, false);
            ipcPair(b, cfg, IPC_HANDLER_WORD, caller);
            result[0] = toReady(b, () -> {
                b.write(sender + RegisterModel.IPC_SEND, 2);
                long handler = 0;
                for (int tries = 0; tries < 10 && handler == 0; tries++) handler = b.read(receiver + RegisterModel.DEQUEUE);
                if (handler != IPC_HANDLER_WORD) throw new AssertionError("the handler was not made ready");
                b.read(receiver + RegisterModel.IPC_RECEIVE);
                return Access.write(receiver + RegisterModel.IPC_REPLY, 0);
            }, sender, caller, () -> {
                b.read(sender + RegisterModel.IPC_REPLY_POP); // the reply becomes current, then is finished: the box is empty
                b.read(sender + RegisterModel.IPC_REPLY_POP);
            });
        });
        return result[0];
    }

    /**
     * A transfer's delivery time: for k = 0, 1, ... (up to 12), the transfer {@code round} prepares (returned, not yet
     * issued), then a dequeue in the context of region {@code page} issued k cycles after the transfer is accepted. The
     * cycles between the two acceptances the first time the dequeue returns {@code task} (the task must be made ready
     * every time); {@code after} clears what a round leaves. -1 if never within 12.
     */
    private static long toReady(BusBench b, Supplier<Access> round, long page, long task, Runnable after) {
        b.acceptedAt = new java.util.IdentityHashMap<>();
        for (int k = 0; k <= 12; k++) {
            long accepted = b.submitUntilAccepted(round.get());
            b.idle(Math.max(0, k - 1));
            Access deq = Access.read(page + RegisterModel.DEQUEUE);
            long got = b.run(deq).stream().filter(c -> c.access() == deq).findFirst().orElseThrow().data();
            long distance = b.acceptedAt.get(deq) - accepted;
            b.idle(20);
            if (got != task && b.read(page + RegisterModel.DEQUEUE) != task) throw new AssertionError("the task was not made ready");
            after.run();
            if (got == task) return distance;
        }
        return -1;
    }

    static final long IPC_HANDLER_WORD = TaskWord.make(0x40L << 6, 1, false);

    /** Context 1 may send to context 2 on channel 0, where {@code handler} serves; 1 stages a message replied to {@code caller}. */
    static void ipcPair(BusBench b, TaskIntcConfig cfg, long handler, long caller) {
        b.write(RegisterModel.IPC_GRANT, 1 | (2L << 8) | (1L << 31));
        b.write(b.ctxPage(2) + RegisterModel.IPC_HANDLER, handler);
        for (int i = 0; i < cfg.messageWords(); i++) b.write(b.ctxPage(1) + RegisterModel.IPC_MESSAGE + 8L * i, i == 1 ? caller : i);
    }

    /** Bus cycles of one IPC round trip: {minimal, accesses, with full staging, accesses}. */
    static long[] ipcRoundTrip(TaskIntcConfig cfg) {
        long[] out = new long[4];
        SimModels.top(cfg, false).run("bench_ipc_round_trip", 1, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(6), 0);
            long sender = b.ctxPage(1), receiver = b.ctxPage(2);
            long handler = IPC_HANDLER_WORD, caller = TaskWord.make(0x41L << 6, 2, false);
            ipcPair(b, cfg, handler, caller);
            for (int full = 0; full < 2; full++) {
                List<Access> seq = new ArrayList<>();
                if (full == 1) for (int i = 0; i < cfg.messageWords(); i++)
                    seq.add(Access.write(sender + RegisterModel.IPC_MESSAGE + 8L * i, i == 1 ? caller : 100 + i));
                seq.add(Access.write(sender + RegisterModel.IPC_SEND, 2));
                seq.add(Access.read(receiver + RegisterModel.DEQUEUE));
                seq.add(Access.read(receiver + RegisterModel.IPC_RECEIVE));
                seq.add(Access.read(receiver + RegisterModel.IPC_RX + 16));
                int results = full == 1 ? cfg.resultWords() : 1;
                for (int i = 0; i < results; i++) seq.add(Access.write(receiver + RegisterModel.IPC_RESULT + 8L * i, 7 + i));
                seq.add(Access.write(receiver + RegisterModel.IPC_REPLY, 0));
                seq.add(Access.read(sender + RegisterModel.DEQUEUE));
                seq.add(Access.read(sender + RegisterModel.IPC_REPLY_POP));
                seq.add(Access.read(sender + RegisterModel.IPC_REPLY_DATA));
                // A dequeue that finds nothing yet (the woken task is still entering its queue) is repeated.
                long start = b.clock.cycle();
                int accesses = 0;
                List<Long> dequeued = new ArrayList<>();
                long last = 0;
                for (Access a : seq) {
                    boolean isDequeue = !a.write() && (a.address() & (b.model.region - 1)) == RegisterModel.DEQUEUE;
                    do {
                        last = b.run(a).get(0).data();
                        accesses++;
                    } while (isDequeue && last == 0 && accesses < 100);
                    if (isDequeue) dequeued.add(last);
                }
                long cycles = b.clock.cycle() - start;
                if (!dequeued.equals(List.of(handler, caller))) throw new AssertionError("dequeued " + dequeued);
                if (last != 7) throw new AssertionError("result not returned");
                b.read(receiver + RegisterModel.IPC_RECEIVE);
                b.read(sender + RegisterModel.IPC_REPLY_POP);
                out[2 * full] = cycles;
                out[2 * full + 1] = accesses;
            }
        });
        return out;
    }
}
