package taskintc.tests;

import static taskintc.sim.TaskWords.assertTaskWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskintc.model.RegisterModel.*;
import taskintc.model.RegisterModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import taskintc.model.SchedulerModel;
import taskintc.sim.BusBench;
import taskintc.sim.BusMaster.Access;
import taskintc.sim.BusMaster.Completion;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * Directed corner cases through the AXI4-Lite bus of the default and small configurations. Every access
 * is also checked against the register model by the bench; the assertions here state the intent.
 */
class DirectedBusTest {
    static final TaskIntcConfig CFG = Configs.DEFAULT;
    static final TaskIntcConfig SMALL = Configs.SMALL;

    static void sim(TaskIntcConfig cfg, String name, Consumer<BusBench> body) {
        SimRun.run(w -> SimModels.top(cfg, w), name, 7, dut -> body.accept(new BusBench(dut, cfg, new Random(7), 0)));
    }

    static long page(int c) {
        return RegisterModel.contextPage4k(c);
    }

    static long task(long tcb, int prio) {
        return TaskWord.make(tcb << 6, prio, false);
    }

    @Test
    void emptyContextDequeuesZeroOnEveryHart() {
        sim(CFG, "empty", b -> {
            for (int h = 0; h < CFG.harts(); h++) assertTaskWord(0, b.read(page(3) + DEQUEUE + 8L * h));
            assertEquals(0, b.read(page(3) + COUNT));
            assertEquals(0, b.read(page(3) + LEVELS));
            assertEquals(0, b.read(page(3) + ERROR));
            assertTaskWord(0, b.read(CURRENT_TASK + 8));
            assertEquals(3, b.read(CURRENT_CONTEXT + 8), "context recorded, valid bit clear");
            assertEquals(CFG.capacity(), b.read(POOL_FREE));
            assertEquals(MAGIC_ID, b.read(ID));
        });
    }

    @Test
    void priorityOrderThenFifoWithinALevelAndHeadInsertion() {
        sim(CFG, "order", b -> {
            long p = page(1);
            b.write(p + ENQUEUE, task(1, 5));
            b.write(p + ENQUEUE, task(2, 2));
            b.write(p + ENQUEUE, task(3, 5));
            b.write(p + ENQUEUE, task(4, 0));
            b.write(p + ENQUEUE, task(5, 2));
            b.write(p + ENQUEUE_HEAD, task(6, 5));
            assertEquals(0b100101, b.read(p + LEVELS));
            assertEquals(6, b.read(p + COUNT));
            long[] expect = {task(4, 0), task(2, 2), task(5, 2), task(6, 5), task(1, 5), task(3, 5), 0};
            for (long e : expect) assertTaskWord(e, b.read(p + DEQUEUE));
            assertEquals(0, b.read(p + COUNT));
        });
    }

    @Test
    void poolFullIsAnErrorAndLosesNothing() {
        sim(SMALL, "full", b -> {
            int n = SMALL.capacity();
            List<Long> queued = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long w = task(100 + i, i % SMALL.priorities());
                b.write(page(i % 2) + ENQUEUE, w);
                queued.add(w);
            }
            assertEquals(0, b.read(POOL_FREE));
            b.write(page(0) + ENQUEUE, task(999, 0));
            b.write(page(1) + ENQUEUE_HEAD, task(998, 1));
            assertEquals(SchedulerModel.POOL_FULL, b.read(page(0) + ERROR));
            assertEquals(SchedulerModel.POOL_FULL, b.read(page(1) + ERROR));
            assertEquals(0, b.read(page(0) + ERROR), "error register clears on read");
            assertEquals(n / 2, b.read(page(0) + COUNT));
            // Everything queued before comes back, in priority order, nothing extra.
            List<Long> got = new ArrayList<>();
            for (int c = 0; c < 2; c++)
                for (long w; (w = b.read(page(c) + DEQUEUE)) != 0; ) got.add(w);
            assertEquals(n, got.size());
            assertTrue(got.containsAll(queued));
            assertEquals(n, b.read(POOL_FREE));
        });
    }

    @Test
    void oneContextMayUseTheWholeSharedPool() {
        sim(SMALL, "shared_pool", b -> {
            for (int i = 0; i < SMALL.capacity(); i++) b.write(page(1) + ENQUEUE, task(1 + i, 3));
            assertEquals(SMALL.capacity(), b.read(page(1) + COUNT));
            assertEquals(0, b.read(page(1) + ERROR));
            b.write(page(0) + ENQUEUE, task(77, 0));
            assertEquals(SchedulerModel.POOL_FULL, b.read(page(0) + ERROR));
            b.read(page(1) + DEQUEUE);
            b.write(page(0) + ENQUEUE, task(77, 0));
            assertEquals(0, b.read(page(0) + ERROR));
            assertTaskWord(task(77, 0), b.read(page(0) + DEQUEUE));
        });
    }

    @Test
    void refusedWordsChangeNothing() {
        sim(CFG, "refused", b -> {
            long p = page(2);
            b.write(p + ENQUEUE, task(5, 1));
            b.write(p + ENQUEUE, task(6, CFG.priorities()));
            assertEquals(SchedulerModel.BAD_PRIORITY, b.read(p + ERROR));
            b.write(p + ENQUEUE, TaskWord.make(0, 1, true));
            assertEquals(SchedulerModel.NULL_TASK, b.read(p + ERROR));
            assertEquals(1, b.read(p + COUNT));
            assertTaskWord(task(5, 1), b.read(p + DEQUEUE));
        });
    }

    @Test
    void removeHeadMiddleTailOnlyAndMissing() {
        sim(CFG, "remove", b -> {
            long p = page(0);
            long a = task(1, 3), m = task(2, 3), t = task(3, 3), other = task(4, 3), solo = task(5, 6);
            for (long w : new long[]{a, m, t, other}) b.write(p + ENQUEUE, w);
            b.write(p + ENQUEUE, solo);
            b.write(p + REMOVE, m);
            b.write(p + REMOVE, a);
            b.write(p + REMOVE, other);
            b.write(p + REMOVE, solo);
            assertEquals(0, b.read(p + ERROR));
            assertEquals(1, b.read(p + COUNT));
            assertEquals(1L << 3, b.read(p + LEVELS), "level 6 emptied by removing its only task");
            b.write(p + REMOVE, m);
            assertEquals(SchedulerModel.NOT_FOUND, b.read(p + ERROR));
            // An empty level: found so in the walk's first cycle, answered 2 cycles after acceptance (the bench checks
            // every walk's answer cycle against the model's).
            b.write(p + REMOVE, solo);
            assertEquals(SchedulerModel.NOT_FOUND, b.read(p + ERROR));
            b.write(p + REMOVE, task(9, 31));
            assertEquals(SchedulerModel.BAD_PRIORITY, b.read(p + ERROR));
            b.write(p + ENQUEUE, task(6, 3));
            assertTaskWord(t, b.read(p + DEQUEUE), "the tail survived and new tasks queue behind it");
            assertTaskWord(task(6, 3), b.read(p + DEQUEUE));
            assertEquals(CFG.capacity(), b.read(POOL_FREE), "removed entries return to the pool");
        });
    }

    @Test
    void removeTakesTheOldestOfEqualWordsAndKeepsTheOthersInOrder() {
        sim(CFG, "remove_dup", b -> {
            long p = page(4);
            long x = task(8, 2);
            long[] seq = {task(1, 2), x, task(2, 2), x, task(3, 2)};
            for (long w : seq) b.write(p + ENQUEUE, w);
            b.write(p + REMOVE, x);
            long[] expect = {task(1, 2), task(2, 2), x, task(3, 2)};
            for (long e : expect) assertTaskWord(e, b.read(p + DEQUEUE));
        });
    }

    @Test
    void contextsAreIsolated() {
        sim(CFG, "isolation", b -> {
            b.write(page(1) + ENQUEUE, task(1, 0));
            b.write(page(2) + ENQUEUE, task(9, 7));
            assertTaskWord(task(9, 7), b.read(page(2) + DEQUEUE), "context 2 sees only its own task");
            assertTaskWord(0, b.read(page(2) + DEQUEUE));
            b.write(page(2) + REMOVE, task(1, 0));
            assertEquals(SchedulerModel.NOT_FOUND, b.read(page(2) + ERROR), "cannot remove another context's task");
            b.write(page(2) + COUNT, 5);
            assertEquals(0, b.read(page(1) + ERROR), "a refused access on page 2 is not reported on page 1");
            assertEquals(SchedulerModel.BAD_ACCESS, b.read(page(2) + ERROR));
            assertEquals(1, b.read(page(1) + COUNT));
            assertTaskWord(task(1, 0), b.read(page(1) + DEQUEUE));
        });
    }

    @Test
    void perHartDequeueRegistersRecordTheCurrentTask() {
        sim(CFG, "current", b -> {
            b.write(page(5) + ENQUEUE, task(1, 4));
            b.write(page(5) + ENQUEUE, task(2, 1));
            assertTaskWord(task(2, 1), b.read(page(5) + DEQUEUE + 8 * 3));
            assertTaskWord(task(1, 4), b.read(page(5) + DEQUEUE + 8 * 1));
            assertTaskWord(task(2, 1), b.read(CURRENT_TASK + 8 * 3));
            assertEquals((1L << 31) | 5, b.read(CURRENT_CONTEXT + 8 * 3));
            assertTaskWord(task(1, 4), b.read(CURRENT_TASK + 8 * 1));
            assertTaskWord(0, b.read(CURRENT_TASK), "hart 0 never dequeued");
        });
    }

    @Test
    void refusedAccessesGiveBusErrorsAndSetBadAccess() {
        sim(CFG, "bad_access", b -> {
            b.write(page(0) + ENQUEUE, task(3, 3));
            List<Access> bad = List.of(Access.write(page(0) + COUNT, 1), Access.read(page(0) + ENQUEUE),
                    new Access(true, page(0) + ENQUEUE, task(4, 4), false), Access.read(page(0) + COUNT + 4),
                    Access.read(page(0) + 0x800), Access.read(page(0) + DEQUEUE + 8L * CFG.harts()));
            for (Access a : bad) {
                Completion c = b.run(a).get(0);
                assertTrue(c.error(), "expected a bus error for " + a);
                assertEquals(0, c.data());
                assertEquals(SchedulerModel.BAD_ACCESS, b.read(page(0) + ERROR));
            }
            Completion c = b.run(Access.read(RegisterModel.contextPage4k(CFG.contexts()) + COUNT)).get(0);
            assertTrue(c.error(), "page past the last context");
            assertEquals(SchedulerModel.BAD_ACCESS, b.read(CONTROL_ERROR));
            assertTrue(b.run(Access.write(POOL_FREE, 3)).get(0).error());
            assertEquals(SchedulerModel.BAD_ACCESS, b.read(CONTROL_ERROR));
            assertEquals(0, b.read(CONTROL_ERROR));
            assertTaskWord(task(3, 3), b.read(page(0) + DEQUEUE), "the queued task survived every refused access");
        });
    }

    @Test
    void simultaneousWriteAndReadAreBothServedInAcceptanceOrder() {
        sim(CFG, "contention", b -> {
            long p = page(6);
            int pairs = 0;
            for (int i = 0; i < 200; i++) {
                List<Completion> done = b.run(Access.write(p + ENQUEUE, task(1 + i, i % 8)), Access.read(p + DEQUEUE));
                assertEquals(2, done.size());
                pairs++;
            }
            assertEquals(200, pairs);
            b.read(p + COUNT);
        });
    }

    @Test
    void resetInTheMiddleOfTrafficEmptiesEverything() {
        sim(CFG, "reset", b -> {
            Random rnd = new Random(3);
            b.random.randomTraffic(3000);
            // Leave a remove walking and a posted write in the pipeline, then reset.
            for (int i = 0; i < 40; i++) b.write(page(0) + ENQUEUE, task(1 + i, 7));
            b.submit(Access.write(page(0) + REMOVE, task(40, 7)));
            b.bus.step();
            b.bus.step();
            b.reset();
            assertEquals(CFG.capacity(), b.read(POOL_FREE));
            for (int c = 0; c < CFG.contexts(); c++) {
                assertEquals(0, b.read(page(c) + COUNT));
                assertEquals(0, b.read(page(c) + ERROR));
            }
            assertTaskWord(0, b.read(CURRENT_TASK));
            b.random.randomTraffic(3000 + rnd.nextInt(10));
        });
    }

    @Test
    void sixtyFourBitWordsKeepEveryBit() {
        sim(CFG, "wide", b -> {
            long w = 0xFEDC_BA98_7654_3200L | (3 << 1) | 1;
            b.write(page(7) + ENQUEUE, w);
            assertTaskWord(w, b.read(page(7) + DEQUEUE));
            assertTaskWord(w, b.read(CURRENT_TASK));
        });
    }
}
