package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskintc.model.RegisterModel.*;
import static taskintc.sim.TaskWords.assertTaskWord;
import static taskintc.tests.IrqDirectedTest.task;

import org.junit.jupiter.api.Test;

import taskintc.model.SchedulerModel;
import taskintc.sim.BusMaster.Access;
import taskintc.spec.TaskIntcConfig;

/**
 * cancel_wait through the bus: a parked task taken off its source's wait list at the head, in the middle, at the
 * tail and as the only waiter; refusals and their precedence; events arriving during the walk; pool accounting;
 * the timing the register map states; reset during a walk. The bench checks every access and wakeup against the
 * model; the assertions here state each case's intent.
 */
class CancelWaitDirectedTest {
    static final TaskIntcConfig CFG = Configs.DEFAULT;
    static final int GEN = IrqDirectedTest.GEN;
    static final long WAITING = 1L << 24;

    static long cancelAddress(IrqDirectedTest.Irq t, int ctx, int src) {
        return t.page(ctx) + t.b.model.cancelWaitOffset + 8L * src;
    }

    /** One cancel_wait; returns the context's error register read right after it (cleared by the read). */
    static long cancel(IrqDirectedTest.Irq t, int ctx, int src, long word) {
        t.b.write(cancelAddress(t, ctx, src), word);
        return t.err(ctx);
    }

    static void setUp(IrqDirectedTest.Irq t, int ctx) {
        t.grant(ctx, GEN, true);
        t.config(GEN, true, false, false, false);
    }

    @Test
    void cancelsAtHeadMiddleTailAndTheOnlyWaiter() {
        IrqDirectedTest.sim(CFG, "cancel_positions", t -> {
            setUp(t, 1);
            long a = task(1, 2, false), b = task(2, 2, false), c = task(3, 5, true), d = task(4, 1, false);
            for (long w : new long[]{a, b, c}) t.waitOn(1, GEN, w);
            assertEquals(CFG.capacity() - 3, t.b.read(POOL_FREE));
            assertEquals(0, cancel(t, 1, GEN, b), "middle waiter cancelled");
            assertEquals(0, cancel(t, 1, GEN, c), "tail waiter cancelled");
            t.waitOn(1, GEN, d); // appended behind the new tail (a)
            assertEquals(0, cancel(t, 1, GEN, a), "head waiter cancelled");
            assertEquals(CFG.capacity() - 1, t.b.read(POOL_FREE), "every cancelled waiter's entry is free again");
            assertTrue((t.status(GEN) & WAITING) != 0, "d still waits");
            t.pulse(GEN);
            t.b.idle(4);
            assertTaskWord(d, t.deq(1), "the event wakes the one waiter left");
            assertTaskWord(0, t.deq(1), "no cancelled task became ready");
            // The only waiter: the source stops being waited on, and a later event stays pending.
            t.waitOn(1, GEN, a);
            assertEquals(0, cancel(t, 1, GEN, a));
            assertEquals(0, t.status(GEN) & WAITING, "no waiter left");
            t.pulse(GEN);
            t.b.idle(4);
            assertEquals(1, t.pending(GEN), "the event is kept for the next waiter");
            t.waitOn(1, GEN, b);
            assertTaskWord(b, t.deq(1), "the kept event wakes the next waiter at once");
            assertEquals(CFG.capacity(), t.b.read(POOL_FREE));
        });
    }

    @Test
    void refusalsAndNotFoundChangeNothing() {
        IrqDirectedTest.sim(CFG, "cancel_refused", t -> {
            setUp(t, 1);
            t.grant(2, GEN, true);
            t.grant(1, GEN + 1, true);
            long a = task(5, 3, false), b = task(6, 3, false);
            assertEquals(SchedulerModel.NOT_FOUND, cancel(t, 1, GEN, a), "never waited, no waiter at all");
            t.waitOn(1, GEN, a);
            assertEquals(SchedulerModel.NOT_FOUND, cancel(t, 1, GEN, b), "never waited, another task waits");
            assertEquals(SchedulerModel.NOT_FOUND, cancel(t, 2, GEN, a), "another context's waiter is not this context's to cancel");
            assertEquals(SchedulerModel.NOT_FOUND, cancel(t, 1, GEN + 1, a), "waiting on another source");
            assertEquals(SchedulerModel.NOT_GRANTED, cancel(t, 3, GEN, a), "not granted comes first");
            t.grant(1, GEN, false);
            assertEquals(SchedulerModel.NOT_GRANTED, cancel(t, 1, GEN, a), "not granted even though the task waits there");
            t.grant(1, GEN, true);
            assertTrue((t.status(GEN) & WAITING) != 0, "a still waits");
            // Already woken: the task is ready, not waiting; the cancel leaves it in its ready queue.
            t.pulse(GEN);
            t.b.idle(4);
            assertEquals(1, t.b.read(t.page(1) + COUNT));
            assertEquals(SchedulerModel.NOT_FOUND, cancel(t, 1, GEN, a), "already woken");
            assertTaskWord(a, t.deq(1));
            assertEquals(CFG.capacity(), t.b.read(POOL_FREE));
        });
    }

    @Test
    void pendingEventsAreNeverConsumedAndAnEventDuringTheWalkIsKept() {
        IrqDirectedTest.sim(CFG, "cancel_events", t -> {
            setUp(t, 1);
            int n = 8;
            for (int i = 0; i < n; i++) t.waitOn(1, GEN, task(10 + i, 4, false));
            // The event arrives while the cancel of the last waiter walks past the seven ahead of it.
            t.b.submit(Access.write(cancelAddress(t, 1, GEN), task(10 + n - 1, 4, false)));
            t.line(GEN, true);
            t.b.idle(3);
            t.line(GEN, false);
            t.b.idle(20);
            assertEquals(0, t.err(1), "the last waiter was cancelled");
            assertTaskWord(task(10, 4, false), t.deq(1), "the event went to the head waiter");
            assertTaskWord(0, t.deq(1));
            assertEquals(0, t.pending(GEN));
            var m = t.b.sources;
            assertEquals(m.eventsArrived, m.eventsDelivered + m.totalPending(), "no event lost");
        });
    }

    @Test
    void aPendingCountIsLeftAsItIs() {
        IrqDirectedTest.sim(CFG, "cancel_pending", t -> {
            setUp(t, 1);
            for (int i = 0; i < 3; i++) t.pulse(GEN);
            t.b.idle(2);
            assertEquals(3, t.pending(GEN));
            assertEquals(SchedulerModel.NOT_FOUND, cancel(t, 1, GEN, task(1, 0, false)));
            assertEquals(3, t.pending(GEN), "a cancel takes no event");
            t.waitOn(1, GEN, task(1, 0, false));
            assertTaskWord(task(1, 0, false), t.deq(1), "a pending event still wakes the next waiter at once");
            assertEquals(2, t.pending(GEN));
        });
    }

    @Test
    void timingFollowsTheRegisterMap() {
        IrqDirectedTest.sim(CFG, "cancel_timing", t -> {
            setUp(t, 1);
            int n = 6;
            StringBuilder seen = new StringBuilder();
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < n; i++) t.waitOn(1, GEN, task(20 + i, 3, false));
                long cycles = held(t, cancelAddress(t, 1, GEN), task(20 + j, 3, false));
                assertEquals(j + 5, cycles, "cancel with " + j + " waiters ahead");
                seen.append(j).append(" ahead: ").append(cycles).append("; ");
                for (int i = 0; i < n; i++) if (i != j) t.b.write(cancelAddress(t, 1, GEN), task(20 + i, 3, false));
                assertEquals(0, t.err(1));
            }
            for (int l = 0; l < 3; l++) {
                long cycles = held(t, cancelAddress(t, 1, GEN), task(50, 3, false));
                assertEquals(l + 2, cycles, "not found among " + l + " waiters");
                seen.append("not found among ").append(l).append(": ").append(cycles).append("; ");
                t.waitOn(1, GEN, task(60 + l, 3, false));
            }
            long refused = held(t, cancelAddress(t, 2, GEN), task(60, 3, false));
            assertEquals(2, refused, "not granted");
            seen.append("not granted: ").append(refused);
            System.out.println("[cancel_wait timing, cycles from acceptance to answer] " + seen);
        });
    }

    /**
     * The cycles from a cancel's acceptance to its answer: the model's count, which the bench holds the RTL to (it
     * checks that the core answers exactly then, and takes nothing before).
     */
    static long held(IrqDirectedTest.Irq t, long address, long word) {
        t.b.write(address, word);
        return t.b.sources.lastCancelCycles;
    }

    @Test
    void resetDuringAWalkEmptiesEverything() {
        IrqDirectedTest.sim(CFG, "cancel_reset", t -> {
            setUp(t, 1);
            for (int i = 0; i < 20; i++) t.waitOn(1, GEN, task(1 + i, 6, false));
            t.b.submit(Access.write(cancelAddress(t, 1, GEN), task(20, 6, false)));
            t.b.bus.step();
            t.b.bus.step();
            t.b.bus.step();
            t.b.reset();
            assertEquals(CFG.capacity(), t.b.read(POOL_FREE));
            assertEquals(0, t.status(GEN) & WAITING);
            assertEquals(0, t.err(1));
            setUp(t, 1);
            t.waitOn(1, GEN, task(3, 6, false));
            assertEquals(0, cancel(t, 1, GEN, task(3, 6, false)), "cancel works after reset");
            assertEquals(CFG.capacity(), t.b.read(POOL_FREE));
        });
    }
}
