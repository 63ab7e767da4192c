package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskintc.sim.TaskWords.assertTaskWord;

import org.junit.jupiter.api.Test;

import taskintc.spec.TaskIntcConfig;

/**
 * The counts in block RAM behind one pending bit per line ({@code --line-buffer 1}): what the contract keeps (every
 * event counted while the read-modify-write folds a line before its next event; saturation; the counts zeroed by a
 * reset) and what it trades (a second event on a line whose bit is still set is lost and flagged); and with wider
 * lines ({@code --line-buffer k}, 2^(k-1) events a line), a burst on every line counted, and a full line's loss. The bench checks
 * every access against the model, which folds the source the hardware folds each cycle.
 */
class LineBufferTest {
    static final TaskIntcConfig CFG = Configs.LINE_BUFFER;
    static final long LOST = 1L << 30, MASKED = 1L << 29;

    @Test
    void eventsSpacedOnALineAreAllCountedAndTakenByAWaiter() {
        IrqDirectedTest.sim(CFG, "lb_counted", t -> {
            t.grant(2, 10, true);
            t.config(10, true, false, false, false);
            for (int i = 0; i < 3; i++) t.pulse(10);
            t.b.idle(2);
            assertEquals(3, t.pending(10));
            t.waitOn(2, 10, IrqDirectedTest.task(9, 1, false));
            assertTaskWord(IrqDirectedTest.task(9, 1, false), t.deq(2), "woken at registration");
            assertEquals(2, t.pending(10));
            assertEquals(0, t.status(10) & LOST, "nothing lost");
        });
    }

    @Test
    void aWakeAllEventDrainsEveryWaiterTakingOneEvent() {
        // The drain flag lives in the source's count word here: set by the update of the drain's first wakeup, read by
        // the offers after it, cleared with the last waiter.
        IrqDirectedTest.sim(CFG, "lb_wake_all", t -> {
            IrqDirectedTest.parkWakeAllWaiters(t, 3);
            t.pulse(IrqDirectedTest.GEN);
            t.pulse(IrqDirectedTest.GEN);
            t.b.idle(16);
            IrqDirectedTest.assertWokenInOrder(t, 3, 1);
            t.waitOn(4, IrqDirectedTest.GEN, IrqDirectedTest.task(13, 5, false));
            assertTaskWord(IrqDirectedTest.task(13, 5, false), t.deq(4), "the second event, kept, wakes the next waiter");
            assertEquals(0, t.pending(IrqDirectedTest.GEN));
        });
    }

    @Test
    void aWaitJoiningAWakeAllDrainIsWokenByTheSameEvent() {
        IrqDirectedTest.waitJoiningAWakeAllDrain(CFG, "lb_wake_all_join");
    }

    @Test
    void aSecondEventBeforeItsLineIsFoldedIsLostAndFlagged() {
        IrqDirectedTest.sim(CFG, "lb_lost", t -> {
            for (int s = 0; s < 4; s++) t.config(s, true, false, false, false);
            // Four lines rise together, twice, two cycles apart. The picker chooses one line a cycle from the first
            // edge's cycle on, and the read-modify-write folds it in the next (S1 is idle): the first line before the
            // second edge, the second with it (the fold takes its cycle's event), so those two count both and the
            // other two lose their second event.
            riseTogether(t, 4, 2);
            t.b.idle(8);
            int twice = 0, flagged = 0;
            for (int s = 0; s < 4; s++) {
                long st = t.status(s);
                long count = st & 0xFFFFFF;
                boolean lost = (st & LOST) != 0;
                assertTrue(count == 2 && !lost || count == 1 && lost, "source " + s + ": count " + count + ", lost " + lost);
                if (count == 2) twice++;
                if (lost) flagged++;
            }
            assertEquals(2, twice, "two lines were folded by their second event");
            assertEquals(2, flagged, "each other line lost its second event and says so");
            assertEquals(2, t.b.sources.eventsLost);
            t.config(1, true, false, false, false);
            assertEquals(0, t.status(1) & LOST, "a configuration write clears the flag");
        });
    }

    @Test
    void aMaskedSourcesEventsReachItsLineButNotItsCount() {
        // The mask is in the count's RAM word: a masked source's events still set its line's bits (and a second one its
        // line's lost bit), and its fold drops them. Neither the status word nor an offer shows them, before or after
        // the source is unmasked.
        IrqDirectedTest.sim(CFG, "lb_masked", t -> {
            t.grant(2, 0, true);
            for (int s = 0; s < 4; s++) t.config(s, true, false, false, true);
            t.waitOn(2, 0, IrqDirectedTest.task(9, 1, false));
            riseTogether(t, 4, 2);
            t.b.idle(8);
            for (int s = 0; s < 4; s++)
                assertEquals(MASKED, t.status(s) & (0xFFFFFF | LOST | MASKED), "source " + s + ": masked, no count, nothing lost");
            assertEquals(0, t.b.sources.eventsLost);
            for (int s = 0; s < 4; s++) t.config(s, true, false, false, false);
            t.b.idle(4);
            for (int s = 0; s < 4; s++) assertEquals(0, t.status(s) & (0xFFFFFF | LOST | MASKED), "source " + s + " unmasked: still nothing");
            t.pulse(0);
            t.b.idle(4);
            assertTaskWord(IrqDirectedTest.task(9, 1, false), t.deq(2), "the first event after unmasking wakes the waiter");
        });
    }

    @Test
    void wideLinesCountEveryEventOfABurstOnEveryLine() {
        // Every line rises 20 times, two cycles apart: one bit per line would lose most of them (the read-modify-write
        // folds one line a cycle), six bits hold 32 events a line, so all of them are counted whatever the fold order.
        TaskIntcConfig cfg = Configs.LINE_BUFFER_WIDE;
        IrqDirectedTest.sim(cfg, "lbw_burst", t -> {
            int n = cfg.sources();
            for (int s = 0; s < n; s++) t.config(s, true, false, false, false);
            pulseAll(t, n, 20);
            for (int s = 0; s < n; s++) assertEquals(20, t.status(s) & (0xFFFFFF | LOST), "source " + s + ": all 20 counted, none lost");
            assertEquals(0, t.b.sources.eventsLost);
        });
    }

    @Test
    void anEventOnAFullLineIsLostAndFlagged() {
        // Two bits a line hold two events: with every line rising four times, two cycles apart, the lines folded in
        // the first cycles keep all four, the others lose what passed two before their fold, and flag it.
        TaskIntcConfig cfg = CFG.toBuilder().lineBuffer(2).build();
        IrqDirectedTest.sim(cfg, "lb2_full", t -> {
            int n = cfg.sources();
            for (int s = 0; s < n; s++) t.config(s, true, false, false, false);
            pulseAll(t, n, 4);
            long counted = 0;
            int flagged = 0;
            for (int s = 0; s < n; s++) {
                long st = t.status(s), count = st & 0xFFFFFF;
                boolean lost = (st & LOST) != 0;
                assertTrue(count >= 2 && count <= 4 && lost == (count < 4), "source " + s + ": count " + count + ", lost " + lost);
                counted += count;
                if (lost) flagged++;
            }
            assertTrue(flagged > 0 && flagged < n, flagged + " lines lost events: some, not all");
            assertEquals(4L * n, counted + t.b.sources.eventsLost, "every event is counted or lost");
            assertEquals(t.b.sources.eventsLost, t.b.sources.eventsLostInLines, "all of them in full lines");
        });
    }

    /** Every line rises {@code times} times, two cycles apart, then the pipeline settles. */
    private static void pulseAll(IrqDirectedTest.Irq t, int n, int times) {
        riseTogether(t, n, times);
        t.b.idle(4 * n);
    }

    /** Lines 0 .. {@code n - 1} rise together {@code times} times, two cycles apart. */
    private static void riseTogether(IrqDirectedTest.Irq t, int n, int times) {
        for (int k = 0; k < times; k++) {
            t.lines(0, n, true);
            t.b.idle(1);
            t.lines(0, n, false);
            t.b.idle(1);
        }
    }

    @Test
    void theCountInRamSaturatesVisibly() {
        TaskIntcConfig cfg = Configs.SMALLEST.toBuilder().lineBuffer(1).build(); // 4-bit pending count
        IrqDirectedTest.sim(cfg, "lb_saturate", t -> {
            t.config(0, true, false, false, false);
            for (int i = 0; i < 20; i++) t.pulse(0);
            t.b.idle(2);
            long st = t.status(0);
            assertEquals(15, st & 0xFFFFFF);
            assertTrue((st & LOST) != 0, "the loss is flagged");
            assertEquals(5, t.b.sources.eventsLost);
        });
    }

    @Test
    void aResetZeroesTheCounts() {
        IrqDirectedTest.sim(CFG, "lb_reset", t -> {
            t.config(5, true, false, false, false);
            for (int i = 0; i < 3; i++) t.pulse(5);
            t.b.idle(2);
            assertEquals(3, t.pending(5));
            t.b.reset();
            t.b.idle(2);
            for (int s = 0; s < CFG.sources(); s++) assertEquals(0, t.status(s) & (0xFFFFFF | LOST), "source " + s + " after reset");
        });
    }
}
