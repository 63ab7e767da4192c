package taskintc.tests;

import static taskintc.sim.TaskWords.assertTaskWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskintc.model.RegisterModel.*;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import taskintc.dsl.SimPin;
import taskintc.model.SchedulerModel;
import taskintc.sim.BusBench;
import taskintc.sim.BusMaster.Access;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * Interrupt wakeup corner cases through the bus and the interrupt lines. The bench checks every access
 * and every wakeup against the model; the assertions here state each case's intent.
 */
class IrqDirectedTest {
    static final TaskIntcConfig CFG = Configs.DEFAULT;

    /** A bench with test-controlled lines. */
    static final class Irq {
        final BusBench b;
        final boolean[] want;
        final taskintc.top.TaskIntc dut;

        Irq(taskintc.top.TaskIntc dut, TaskIntcConfig cfg) {
            this.dut = dut;
            b = new BusBench(dut, cfg, new Random(3), 0);
            want = new boolean[cfg.sources()];
            b.lineDriver = l -> System.arraycopy(want, 0, l, 0, l.length);
        }

        long page(int c) { return b.ctxPage(c); }

        void grant(int ctx, int src, boolean allow) { b.write(GRANT, src | ((long) ctx << 16) | (allow ? 1L << 31 : 0)); }

        void config(int src, boolean edge, boolean all, boolean persistent, boolean masked) {
            b.write(SOURCE_CONFIG, src | (edge ? 1L << 16 : 0) | (all ? 1L << 17 : 0) | (persistent ? 1L << 18 : 0) | (masked ? 1L << 19 : 0));
        }

        void waitOn(int ctx, int src, long word) { b.write(page(ctx) + b.model.waitOffset + 8L * src, word); }

        long status(int src) { return b.read(b.model.sourceStatusOffset + 8L * src); }

        long pending(int src) { return status(src) & 0xFFFFFF; }

        long deq(int ctx) { return b.read(page(ctx) + DEQUEUE); }

        long err(int ctx) { return b.read(page(ctx) + ERROR); }

        void line(int src, boolean v) { want[src] = v; }

        /** Sets the lines of sources {@code from} .. {@code from + count - 1} to {@code v}. */
        void lines(int from, int count, boolean v) { Arrays.fill(want, from, from + count, v); }

        long maskBit() { return SimPin.of(dut.nicRxMask).get() & 1; }

        void pulse(int src) {
            want[src] = true;
            b.idle(1);
            want[src] = false;
            b.idle(1);
        }
    }

    static void sim(TaskIntcConfig cfg, String name, Consumer<Irq> body) {
        SimRun.run(w -> SimModels.top(cfg, w), name, 5, dut -> {
            Irq t = new Irq(dut, cfg);
            body.accept(t);
            t.b.idle(20);
            t.b.checkInterruptPins();
        });
    }

    static long task(long tcb, int prio, boolean preempt) {
        return TaskWord.make(tcb << 6, prio, preempt);
    }

    static final int NIC0 = 0, GEN = 10;

    @Test
    void edgeWakesTheWaiterIntoItsOwnReadyQueue() {
        sim(CFG, "irq_edge", t -> {
            t.grant(1, GEN, true);
            t.config(GEN, true, false, false, false);
            t.waitOn(1, GEN, task(7, 3, false));
            assertEquals(0, t.b.read(t.page(1) + COUNT), "waiting tasks are not ready");
            assertTrue((t.status(GEN) & (1L << 24)) != 0, "a waiter is queued");
            t.pulse(GEN);
            t.b.idle(4);
            assertTaskWord(task(7, 3, false), t.deq(1));
            assertEquals(0, t.pending(GEN));
            assertEquals(CFG.capacity(), t.b.read(POOL_FREE), "the entry went back to the pool after the dequeue");
        });
    }

    @Test
    void anEventWithNobodyWaitingIsKeptAndWakesTheNextWaiterAtOnce() {
        sim(CFG, "irq_pending", t -> {
            t.grant(2, GEN, true);
            t.config(GEN, true, false, false, false);
            for (int i = 0; i < 3; i++) t.pulse(GEN);
            t.b.idle(2);
            assertEquals(3, t.pending(GEN));
            t.waitOn(2, GEN, task(9, 1, false));
            assertTaskWord(task(9, 1, false), t.deq(2), "woken at registration");
            assertEquals(2, t.pending(GEN));
        });
    }

    @Test
    void eventInTheSameCycleAsTheRegistrationIsNotLost() {
        sim(CFG, "irq_same_cycle", t -> {
            t.grant(3, GEN, true);
            t.config(GEN, true, false, false, false);
            for (int offset = -3; offset <= 4; offset++) {
                long w = task(100 + offset + 3, 2, false);
                Access wait = Access.write(t.page(3) + t.b.model.waitOffset + 8L * GEN, w);
                if (offset < 0) {
                    t.line(GEN, true);
                    t.b.idle(-offset);
                    t.b.submit(wait);
                } else {
                    t.b.submit(wait);
                    t.b.idle(offset);
                    t.line(GEN, true);
                }
                t.b.idle(2);
                t.line(GEN, false);
                t.b.idle(6);
                t.b.run(); // collect the wait's completion
                assertTaskWord(w, t.deq(3), "offset " + offset + ": the task was woken exactly once");
                assertTaskWord(0, t.deq(3));
                assertEquals(0, t.pending(GEN), "offset " + offset + ": the event was used, not kept");
            }
        });
    }

    /**
     * Waits on sources whose wakeups a burst is delivering, at every offset against it: S0 gives the bus its turn on
     * registers, so a wait can be offered in the cycle the wakeup unit's pick of its own source is taken, and then
     * waits (nothing enters that cycle) instead of overtaking the pick. Every task is woken exactly once, the first
     * waiters by the burst and the second by the next one.
     */
    @Test
    void aWaitMeetingThePickOfItsSourceInABurstDoesNotOvertakeIt() {
        int first = GEN, n = 8;
        sim(CFG, "irq_wait_meets_pick", t -> {
            for (int s = first; s < first + n; s++) {
                t.grant(1, s, true);
                t.config(s, true, false, false, false);
            }
            for (int offset = 0; offset <= 8; offset++) {
                for (int s = first; s < first + n; s++) t.waitOn(1, s, task(200 + s, 2, false));
                t.lines(first, n, true);
                t.b.idle(offset);
                // Against the picker's order, so that one of them meets its source's pick.
                for (int s = first + n - 1; s >= first; s--) t.waitOn(1, s, task(300 + s, 3, false));
                t.lines(first, n, false);
                t.b.idle(n + 6);
                t.lines(first, n, true);
                t.b.idle(1);
                t.lines(first, n, false);
                t.b.idle(n + 6);
                Set<Long> woken = new HashSet<>();
                for (int i = 0; i < 2 * n; i++) assertTrue(woken.add(t.deq(1)), "offset " + offset + ": a task woken twice");
                for (int s = first; s < first + n; s++) {
                    assertTrue(woken.contains(task(200 + s, 2, false)) && woken.contains(task(300 + s, 3, false)),
                            "offset " + offset + ": both waiters of source " + s + " woken");
                    assertEquals(0, t.pending(s), "offset " + offset + ": source " + s + "'s events all used");
                }
                assertTaskWord(0, t.deq(1), "offset " + offset + ": nothing else ready");
            }
        });
    }

    @Test
    void levelHeldHighGivesOneEventPerHighPeriod() {
        sim(CFG, "irq_level", t -> {
            t.grant(0, GEN, true);
            t.config(GEN, false, false, false, false);
            t.line(GEN, true);
            t.b.idle(5);
            assertEquals(1, t.pending(GEN), "one event while the line stays high");
            t.waitOn(0, GEN, task(1, 0, false));
            t.waitOn(0, GEN, task(2, 0, false));
            t.b.idle(5);
            assertTaskWord(task(1, 0, false), t.deq(0));
            assertTaskWord(0, t.deq(0), "the second waiter waits for the next high period");
            t.line(GEN, false);
            t.b.idle(2);
            t.line(GEN, true);
            t.b.idle(5);
            assertTaskWord(task(2, 0, false), t.deq(0));
        });
    }

    @Test
    void pendingCountSaturatesVisibly() {
        TaskIntcConfig cfg = Configs.SMALLEST; // 4-bit pending count
        sim(cfg, "irq_saturate", t -> {
            t.config(0, true, false, false, false);
            for (int i = 0; i < 20; i++) t.pulse(0);
            t.b.idle(2);
            long st = t.status(0);
            assertEquals(15, st & 0xFFFFFF);
            assertTrue((st & (1L << 30)) != 0, "the loss is flagged");
            assertEquals(5, t.b.sources.eventsLost);
            t.pulse(0);
            assertTrue((t.status(0) & (1L << 30)) != 0, "sticky");
            t.config(0, true, false, false, false);  // the register map: a source_config write clears lost
            st = t.status(0);
            assertEquals(0, st & (1L << 30), "cleared by the configuration");
            assertEquals(15, st & 0xFFFFFF, "the count stays");
        });
    }

    @Test
    void wakeAllWakesEveryWaiterWithOneEvent() {
        sim(CFG, "irq_wake_all", t -> {
            parkWakeAllWaiters(t, 3);
            t.pulse(GEN);
            t.b.idle(12);
            assertWokenInOrder(t, 3);
        });
    }

    /** Context 4 granted source GEN in wake-all mode, and {@code n} waiters (tasks 10, 11, ...) parked on it. */
    static void parkWakeAllWaiters(Irq t, int n) {
        t.grant(4, GEN, true);
        t.config(GEN, true, true, false, false);
        for (int i = 0; i < n; i++) t.waitOn(4, GEN, task(10 + i, 5, false));
    }

    /** Tasks 10 .. 10 + n - 1 are context 4's whole ready queue, oldest first, and no event of GEN is left. */
    static void assertWokenInOrder(Irq t, int n) {
        assertWokenInOrder(t, n, 0);
    }

    /** The same, with {@code left} events of GEN left. */
    static void assertWokenInOrder(Irq t, int n, int left) {
        assertEquals(n, t.b.read(t.page(4) + COUNT));
        for (int i = 0; i < n; i++) assertTaskWord(task(10 + i, 5, false), t.deq(4), "FIFO order among waiters");
        assertEquals(left, t.pending(GEN));
    }

    @Test
    void aWaitJoiningAWakeAllDrainIsWokenByTheSameEvent() {
        waitJoiningAWakeAllDrain(CFG, "irq_wake_all_join");
    }

    /**
     * The register map (source_config.wake_all): an event wakes waiters, one every 4 cycles, until the source's list is
     * empty, so a wait that joins while the drain runs is woken by that event; one after it waits.
     */
    static void waitJoiningAWakeAllDrain(TaskIntcConfig cfg, String name) {
        sim(cfg, name, t -> {
            parkWakeAllWaiters(t, 3);
            t.pulse(GEN);
            t.waitOn(4, GEN, task(13, 5, false));   // lands while the first three are being woken
            t.b.idle(30);
            assertWokenInOrder(t, 4);               // the joining wait is drained too
            t.waitOn(4, GEN, task(14, 5, false));   // after the drain: parks until the next event
            t.b.idle(10);
            assertEquals(0, t.b.read(t.page(4) + COUNT));
            assertTrue((t.status(GEN) & (1L << 24)) != 0, "waiting");
            t.pulse(GEN);
            t.b.idle(10);
            assertTaskWord(task(14, 5, false), t.deq(4));
        });
    }

    @Test
    void waitersQueuedBeforeASourceTurnsPersistentWaitUntilItTurnsBack() {
        // The register map (source_config.persistent): one-shot waiters queued before stay queued, unwoken, while the
        // source is persistent (each event makes a copy of the handler); the first event after wakes the oldest.
        sim(CFG, "irq_persistent_queued", t -> {
            parkTwoWaiters(t);
            t.config(GEN, true, false, true, false);
            long h = task(50, 4, false);
            t.waitOn(5, GEN, h);
            assertEquals(3L << 24, t.status(GEN) & (3L << 24), "still waited on, and a handler registered");
            t.pulse(GEN);
            t.b.idle(10);
            assertEquals(1, t.b.read(t.page(5) + COUNT));
            assertTaskWord(h, t.deq(5), "a copy of the handler, not a waiter");
            t.config(GEN, true, false, false, false);
            t.pulse(GEN);
            t.b.idle(10);
            assertEquals(1, t.b.read(t.page(5) + COUNT));
            assertTaskWord(task(40, 4, false), t.deq(5), "the oldest waiter");
            assertEquals(1L << 24, t.status(GEN) & (3L << 24), "the other still waits; the handler was dropped");
        });
    }

    /** Context 5 granted source GEN (edge, one-shot), and tasks 40 and 41 parked on it. */
    static void parkTwoWaiters(Irq t) {
        t.grant(5, GEN, true);
        t.config(GEN, true, false, false, false);
        t.waitOn(5, GEN, task(40, 4, false));
        t.waitOn(5, GEN, task(41, 4, false));
    }

    @Test
    void revokingAGrantKeepsTheWaitersButRefusesTheirCancel() {
        // The register map (grant): revoking refuses later waits and cancel_waits of the context on the source; its
        // waiters already queued stay and are woken by the source's events (a kernel cancels them before revoking).
        sim(CFG, "irq_revoke", t -> {
            parkTwoWaiters(t);
            t.grant(5, GEN, false);
            t.b.write(t.page(5) + t.b.model.cancelWaitOffset + 8L * GEN, task(41, 4, false));
            assertEquals(SchedulerModel.NOT_GRANTED, t.err(5), "the cancel is refused");
            t.waitOn(5, GEN, task(42, 4, false));
            assertEquals(SchedulerModel.NOT_GRANTED, t.err(5), "so is a new wait");
            for (int i = 0; i < 2; i++) {
                t.pulse(GEN);
                t.b.idle(10);
                assertTaskWord(task(40 + i, 4, false), t.deq(5), "the queued waiters are woken, oldest first");
            }
            assertEquals(0, t.status(GEN) & (1L << 24), "no waiter left");
        });
    }

    @Test
    void aHighPeriodThatBeganWhileMaskedBringsNoEventWhenUnmasked() {
        // The register map (source_config.masked): a level source's event is its high period's start, so a period that
        // began while masked is ignored for good; the next one counts.
        sim(CFG, "irq_mask_level", t -> {
            t.grant(5, GEN, true);
            t.config(GEN, false, false, false, true);   // level, masked
            t.waitOn(5, GEN, task(40, 4, false));
            t.line(GEN, true);
            t.b.idle(5);
            t.config(GEN, false, false, false, false);  // unmasked, the line still high
            t.b.idle(10);
            assertEquals(0, t.pending(GEN));
            assertEquals(0, t.b.read(t.page(5) + COUNT), "the task still waits");
            t.line(GEN, false);
            t.b.idle(2);
            t.line(GEN, true);
            t.b.idle(10);
            assertTaskWord(task(40, 4, false), t.deq(5), "woken by the next high period");
        });
    }

    @Test
    void aHandlerRegisteredOnPendingEventsCopiesItselfForEachAndAnotherWaitReplacesIt() {
        // The register map (wait): on a persistent source each event already pending makes a copy of the handler a wait
        // registers, as later ones do, and a later wait replaces the handler.
        sim(CFG, "irq_persistent_pending", t -> {
            t.grant(5, GEN, true);
            t.config(GEN, true, false, true, false);
            for (int i = 0; i < 3; i++) t.pulse(GEN);
            t.b.idle(5);
            assertEquals(3, t.pending(GEN), "no handler yet: the events wait");
            long h = task(50, 4, false), h2 = task(51, 4, false);
            t.waitOn(5, GEN, h);
            t.b.idle(20);
            assertEquals(0, t.pending(GEN));
            for (int i = 0; i < 3; i++) assertTaskWord(h, t.deq(5), "a copy per pending event");
            t.waitOn(5, GEN, h2);
            t.pulse(GEN);
            t.b.idle(10);
            assertTaskWord(h2, t.deq(5), "the second wait replaced the handler");
            assertEquals(0, t.b.read(t.page(5) + COUNT));
        });
    }

    @Test
    void persistentHandlerStaysArmed() {
        sim(CFG, "irq_persistent", t -> {
            t.grant(5, GEN, true);
            t.config(GEN, true, false, true, false);
            long h = task(33, 4, false);
            t.waitOn(5, GEN, h);
            for (int i = 0; i < 3; i++) t.pulse(GEN);
            t.b.idle(10);
            assertEquals(3, t.b.read(t.page(5) + COUNT), "one copy per event");
            assertTrue((t.status(GEN) & (1L << 25)) != 0, "still registered");
            for (int i = 0; i < 3; i++) assertTaskWord(h, t.deq(5));
            t.config(GEN, true, false, false, false);
            assertEquals(0, t.status(GEN) & (1L << 25), "clearing persistent drops the handler");
        });
    }

    @Test
    void preemptionInterruptsTheHartRunningTheLowestPriorityTask() {
        sim(CFG, "irq_preempt", t -> {
            t.b.write(HART_CONTEXT, (1L << 31) | 2);          // hart 0 runs context 2
            t.b.write(HART_CONTEXT + 8, (1L << 31) | 2);      // hart 1 too
            t.b.write(t.page(2) + ENQUEUE, task(1, 3, false));
            t.b.write(t.page(2) + ENQUEUE, task(2, 1, false));
            assertTaskWord(task(2, 1, false), t.b.read(t.page(2) + DEQUEUE + 8));     // hart 1 runs priority 1
            assertTaskWord(task(1, 3, false), t.b.read(t.page(2) + DEQUEUE));         // hart 0 runs priority 3
            t.grant(2, GEN, true);
            t.grant(2, GEN + 1, true);
            t.grant(5, GEN + 2, true);
            t.config(GEN, true, false, false, false);
            t.config(GEN + 1, true, false, false, false);
            t.config(GEN + 2, true, false, false, false);
            t.waitOn(2, GEN + 1, task(3, 0, false));           // no preempt bit: no interrupt
            t.pulse(GEN + 1);
            t.b.idle(5);
            assertEquals(0, t.b.read(USIP));
            t.waitOn(2, GEN, task(4, 2, true));                // preempts hart 0 (priority 3), not hart 1 (1)
            t.pulse(GEN);
            t.b.idle(5);
            assertEquals(1, t.b.read(USIP));
            t.b.checkInterruptPins();
            t.waitOn(5, GEN + 2, task(5, 6, false));           // nobody runs context 5: tell the kernel
            t.b.write(NOTIFY_HART, 3);
            t.pulse(GEN + 2);
            t.b.idle(5);
            t.b.checkInterruptPins();
            assertEquals((1L << 31) | 5, t.b.read(NOTIFY));
            assertEquals(0, t.b.read(NOTIFY));
            assertTaskWord(task(3, 0, false), t.b.read(t.page(2) + DEQUEUE + 8)); // hart 1 takes the priority-0 one
            assertEquals(1, t.b.read(USIP), "only hart 0's own dequeue clears its interrupt");
            assertTaskWord(task(4, 2, true), t.b.read(t.page(2) + DEQUEUE)); // hart 0 takes its preempting task
            assertEquals(0, t.b.read(USIP));
        });
    }

    @Test
    void preemptionPrefersAnIdleHartThenTheLowestNumberedAndIgnoresEnqueues() {
        // The register map (usip): among the harts running the context, the one whose current task has the lowest
        // priority below the woken task's, an idle hart counting as lowest and the lowest-numbered winning among equals;
        // none when each runs a task of equal or higher priority; software enqueues neither interrupt nor notify.
        sim(CFG, "irq_preempt_rules", t -> {
            for (int h = 0; h < 3; h++) t.b.write(HART_CONTEXT + 8L * h, (1L << 31) | 2);   // harts 0-2 run context 2
            t.b.write(t.page(2) + ENQUEUE, task(1, 3, false));
            t.b.write(t.page(2) + ENQUEUE, task(2, 3, false));
            assertTaskWord(task(1, 3, false), t.b.read(t.page(2) + DEQUEUE + 8));       // hart 1 runs priority 3
            assertTaskWord(task(2, 3, false), t.b.read(t.page(2) + DEQUEUE + 16));      // hart 2 too; hart 0 is idle
            t.b.write(t.page(2) + ENQUEUE, task(9, 0, true));
            t.b.write(t.page(5) + ENQUEUE, task(8, 1, false));                          // nobody runs context 5
            t.b.idle(5);
            assertEquals(0, t.b.read(USIP), "an enqueue does not preempt");
            assertEquals(0, t.b.read(NOTIFY), "nor notify");
            t.b.write(t.page(2) + REMOVE, task(9, 0, true));
            t.grant(2, GEN, true);
            t.config(GEN, true, false, false, false);
            t.waitOn(2, GEN, task(4, 2, true));
            t.pulse(GEN);
            t.b.idle(5);
            assertEquals(1, t.b.read(USIP), "the idle hart");
            assertTaskWord(task(4, 2, true), t.b.read(t.page(2) + DEQUEUE));            // hart 0 now runs priority 2
            assertEquals(0, t.b.read(USIP));
            t.waitOn(2, GEN, task(5, 2, true));
            t.pulse(GEN);
            t.b.idle(5);
            assertEquals(2, t.b.read(USIP), "harts 1 and 2 run priority 3: the lower-numbered");
            t.waitOn(2, GEN, task(6, 3, true));
            t.pulse(GEN);
            t.b.idle(5);
            assertEquals(2, t.b.read(USIP), "no hart runs a task below priority 3");
        });
    }

    @Test
    void waitingNeedsAGrant() {
        sim(CFG, "irq_grant", t -> {
            t.waitOn(6, GEN, task(1, 1, false));
            assertEquals(SchedulerModel.NOT_GRANTED, t.err(6));
            assertEquals(CFG.capacity(), t.b.read(POOL_FREE), "a refused wait takes nothing");
            t.grant(6, GEN, true);
            t.grant(7, GEN, false);
            t.waitOn(7, GEN, task(2, 1, false));
            assertEquals(SchedulerModel.NOT_GRANTED, t.err(7), "a grant to context 6 is not a grant to context 7");
            t.waitOn(6, GEN, task(3, 1, false));
            assertEquals(0, t.err(6));
            t.grant(6, GEN, false);
            t.waitOn(6, GEN, task(4, 1, false));
            assertEquals(SchedulerModel.NOT_GRANTED, t.err(6), "revoked");
        });
    }

    @Test
    void nicCoalescingFiresAfterKEventsOrTCycles() {
        sim(CFG, "irq_nic", t -> {
            t.grant(1, NIC0, true);
            t.b.write(NIC_COALESCE, NIC0 | (4L << 10));               // K = 4, no timer
            t.waitOn(1, NIC0, task(1, 0, false));
            for (int i = 0; i < 3; i++) t.pulse(NIC0);
            t.b.idle(4);
            assertEquals(0, t.b.read(t.page(1) + COUNT), "three NIC events: not yet");
            t.pulse(NIC0);
            t.b.idle(4);
            assertTaskWord(task(1, 0, false), t.deq(1), "the fourth fires");
            t.b.write(NIC_COALESCE, NIC0 | (63L << 10) | (10L << 16)); // K = 63, T = 10 cycles
            t.waitOn(1, NIC0, task(2, 0, false));
            t.pulse(NIC0);
            t.b.idle(3);
            assertEquals(0, t.b.read(t.page(1) + COUNT), "before the timer");
            t.b.idle(14);
            assertTaskWord(task(2, 0, false), t.deq(1), "the timer fires");
            t.b.write(NIC_COALESCE, NIC0 | (1L << 10));                // off again
            t.config(NIC0, true, false, false, true);                  // masked
            t.b.idle(1);
            assertEquals(1, t.maskBit());
            t.pulse(NIC0);
            t.b.idle(4);
            assertEquals(0, t.pending(NIC0), "masked events are ignored");
        });
    }

    /** An injected event is an event on the line: a masked source ignores it, as it ignores its line. */
    @Test
    void injectOnAMaskedSourceIsIgnored() {
        sim(CFG, "irq_inject_masked", t -> {
            t.grant(0, GEN, true);
            t.config(GEN, true, false, false, true);
            t.waitOn(0, GEN, task(8, 0, false));
            t.b.write(INJECT, GEN);
            t.b.idle(8);
            assertEquals(0, t.deq(0), "the parked task stays parked");
            assertEquals(0, t.pending(GEN), "and the event is not kept");
            t.config(GEN, true, false, false, false);
            t.b.write(INJECT, GEN);
            t.b.idle(8);
            assertEquals(task(8, 0, false), t.deq(0), "unmasked, the injected event wakes it");
        });
    }

    /**
     * The register map's timing, measured at the core's execute stage with an idle bus: an injected event's
     * wakeup executes 5 cycles after the inject is accepted; wake-all moves one waiter every 4 cycles.
     */
    @Test
    void injectAndWakeAllTiming() {
        sim(CFG, "irq_timing", t -> {
            t.grant(2, GEN, true);
            t.config(GEN, true, false, false, false);
            t.waitOn(2, GEN, task(20, 1, false));
            t.b.acceptedAt = new java.util.IdentityHashMap<>();
            t.b.internalOps = new java.util.ArrayList<>();
            Access inject = Access.write(INJECT, GEN);
            t.b.run(inject);
            t.b.idle(10);
            assertEquals(1, t.b.internalOps.size());
            assertEquals(t.b.acceptedAt.get(inject) + 5, t.b.internalOps.get(0)[0], "inject to wakeup in the execute stage");
            assertEquals(task(20, 1, false), t.deq(2));
            t.config(GEN, true, true, false, false);
            int n = 5;
            for (int i = 0; i < n; i++) t.waitOn(2, GEN, task(30 + i, 1, false));
            t.b.internalOps.clear();
            t.pulse(GEN);
            t.b.idle(4 * n + 8);
            assertEquals(n, t.b.internalOps.size(), "one event wakes every waiter");
            for (int i = 1; i < n; i++)
                assertEquals(4, t.b.internalOps.get(i)[0] - t.b.internalOps.get(i - 1)[0], "wake-all: one waiter every 4 cycles");
            for (int i = 0; i < n; i++) assertEquals(task(30 + i, 1, false), t.deq(2));
        });
    }

    /** A persistent handler holds no pool entry; each copy holds one while ready; a full pool keeps the event pending. */
    @Test
    void persistentHandlerPoolUse() {
        TaskIntcConfig cfg = Configs.SMALLEST; // 4 entries, one source
        sim(cfg, "irq_persistent_pool", t -> {
            t.grant(0, 0, true);
            t.config(0, true, false, true, false);
            long h = task(40, 0, false);
            t.waitOn(0, 0, h);
            assertEquals(cfg.capacity(), t.b.read(POOL_FREE), "registering the handler takes no entry");
            for (int i = 0; i < cfg.capacity(); i++) t.b.write(t.page(0) + ENQUEUE, task(50 + i, 0, false));
            t.pulse(0);
            t.b.idle(6);
            assertEquals(1, t.pending(0), "pool full: the event waits in the pending count");
            assertEquals(task(50, 0, false), t.deq(0));
            t.b.idle(6);
            assertEquals(0, t.pending(0), "an entry freed: the copy is made");
            assertEquals(0, t.b.read(POOL_FREE), "the copy holds the entry");
        });
    }

    /**
     * NIC coalescing, as the register map states it: edges while masked fill the batch, a batch completing
     * while masked is dropped (its acknowledge still pulses), K = 0 is K = 1, and rewriting nic_coalesce keeps
     * the partial batch (a new K at or below its count completes it in the next cycle).
     */
    @Test
    void nicCoalescingStatedRules() {
        sim(CFG, "irq_nic_rules", t -> {
            t.grant(1, NIC0, true);
            t.b.write(NIC_COALESCE, NIC0 | (3L << 10));                 // K = 3
            t.waitOn(1, NIC0, task(1, 0, false));
            t.config(NIC0, true, false, false, true);                   // masked
            t.pulse(NIC0);
            t.pulse(NIC0);
            t.config(NIC0, true, false, false, false);                  // unmasked: the batch holds 2 edges
            t.pulse(NIC0);
            t.b.idle(4);
            assertEquals(task(1, 0, false), t.deq(1), "edges seen while masked count towards the batch");
            t.config(NIC0, true, false, false, true);
            for (int i = 0; i < 3; i++) t.pulse(NIC0);                   // a whole batch while masked
            t.config(NIC0, true, false, false, false);
            t.b.idle(4);
            assertEquals(0, t.pending(NIC0), "a batch completing while masked is dropped");
            t.b.write(NIC_COALESCE, NIC0);                              // K = 0: every edge is an event
            t.pulse(NIC0);
            t.b.idle(2);
            assertEquals(1, t.pending(NIC0), "K = 0 passes every edge through");
            t.b.write(NIC_COALESCE, NIC0 | (5L << 10));                 // K = 5
            t.pulse(NIC0);
            t.pulse(NIC0);
            t.b.idle(2);
            assertEquals(1, t.pending(NIC0), "two of five");
            t.b.write(NIC_COALESCE, NIC0 | (2L << 10));                 // K = 2 <= the batch's 2 edges
            t.b.idle(3);
            assertEquals(2, t.pending(NIC0), "the partial batch completes under the new K without another edge");
        });
    }

    @Test
    void injectionIsPrivileged() {
        sim(CFG, "irq_inject", t -> {
            t.grant(0, GEN, true);
            t.waitOn(0, GEN, task(8, 0, false));
            assertTrue(t.b.run(Access.write(t.page(0) + INJECT, GEN)).get(0).error(), "no inject register on a context page");
            assertEquals(SchedulerModel.BAD_ACCESS, t.err(0));
            t.b.write(INJECT, GEN);
            t.b.idle(4);
            assertTaskWord(task(8, 0, false), t.deq(0));
        });
    }
}
