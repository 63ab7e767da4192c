package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import taskintc.sim.CoreBench.Cmd;
import taskintc.sim.CoreBench;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.spec.CoreOp;
import taskintc.spec.Status;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * Back-to-back operations on one list at one per cycle: the cases the pipeline's bypasses exist for.
 * The bench checks every response against the model; here we also require no stall.
 */
class CoreDirectedTest {
    static final TaskIntcConfig CFG = Configs.DEFAULT;

    static void sim(String name, Consumer<CoreBench> body) {
        SimRun.run(w -> SimModels.core(CFG, w), name, 11, dut -> body.accept(new CoreBench(dut, CFG)));
    }

    static Cmd enq(int ctx, long tcb, int prio, boolean head) {
        return new Cmd(head ? CoreOp.ENQUEUE_HEAD : CoreOp.ENQUEUE_TAIL, null, ctx, 0, TaskWord.make(tcb << 6, prio, false), false, false);
    }

    static Cmd deq(int ctx, int hart) {
        return new Cmd(CoreOp.DEQUEUE, null, ctx, hart, 0, false, true);
    }

    static void everyCycle(CoreBench b, Cmd... cmds) {
        for (Cmd c : cmds) assertTrue(b.cycle(c), "core stalled on " + c);
    }

    @Test
    void sameListEveryCycle() {
        sim("same_list", b -> {
            everyCycle(b, enq(0, 1, 2, false), enq(0, 2, 2, false), enq(0, 3, 2, true), deq(0, 0), deq(0, 1), deq(0, 2), deq(0, 3));
            everyCycle(b, enq(0, 4, 2, false), deq(0, 0), enq(0, 5, 2, false), deq(0, 0), enq(0, 6, 2, true), enq(0, 7, 2, false), deq(0, 1), deq(0, 1));
            everyCycle(b, enq(1, 8, 0, false), deq(1, 0), deq(1, 0), enq(1, 9, 7, false), enq(1, 10, 0, true), deq(1, 2), deq(1, 2));
            b.drain();
        });
    }

    @Test
    void freedEntriesAreReusedTheNextCycle() {
        sim("reuse", b -> {
            for (int i = 0; i < CFG.capacity(); i++) assertTrue(b.cycle(enq(i % 8, 1 + i, i % 8, false)));
            everyCycle(b, enq(0, 5000, 0, false));           // refused: pool full
            for (int i = 0; i < 50; i++) everyCycle(b, deq(i % 8, 0), enq(i % 8, 6000 + i, 3, i % 2 == 0));
            everyCycle(b, new Cmd(CoreOp.READ_STATUS, Status.POOL_FREE, 0, 0, 0, true, true),
                    new Cmd(CoreOp.READ_STATUS, Status.CONTEXT_ERROR, 0, 0, 0, false, true));
            b.drain();
            assertEquals(CFG.capacity(), b.model.used());
        });
    }

    @Test
    void levelDrainsWhileTheNextDequeueIsAlreadyInFlight() {
        sim("drain_race", b -> {
            // One task on level 1 and several on level 4: the second dequeue must skip the emptied level.
            everyCycle(b, enq(3, 1, 1, false), enq(3, 2, 4, false), enq(3, 3, 4, false), deq(3, 0), deq(3, 1), deq(3, 2), deq(3, 3));
            everyCycle(b, enq(3, 4, 0, false), deq(3, 0), enq(3, 5, 0, false), deq(3, 0), deq(3, 0));
            b.drain();
        });
    }

    @Test
    void sustainedOneOperationPerCycle() {
        sim("throughput", b -> {
            java.util.Random rnd = new java.util.Random(5);
            long start = b.cycles;
            int ops = 20_000;
            for (int i = 0; i < ops; i++) {
                int ctx = rnd.nextInt(2);
                Cmd c = rnd.nextInt(100) < 55 ? enq(ctx, 1 + rnd.nextInt(1000), rnd.nextInt(3), rnd.nextBoolean()) : deq(ctx, rnd.nextInt(4));
                assertTrue(b.cycle(c), "stall at op " + i);
            }
            assertEquals(ops, b.cycles - start, "one operation accepted every cycle");
            b.drain();
        });
    }
}
