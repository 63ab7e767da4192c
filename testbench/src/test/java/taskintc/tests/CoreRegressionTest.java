package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import taskintc.sim.CoreBench;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.spec.TaskIntcConfig;

/**
 * The core at full rate: a command offered every cycle (or with random gaps), including back-to-back
 * operations on the same list, pool exhaustion and removes, every response compared with the model.
 */
class CoreRegressionTest {
    static final int OPS = Integer.getInteger("taskintc.coreOps", 100_000);

    static java.util.stream.Stream<TaskIntcConfig> configs() {
        return Configs.regression().stream();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("configs")
    void randomTrafficMatchesModel(TaskIntcConfig cfg) {
        Configs.prefetchNext(configs(), cfg, SimModels::prefetchCore);
        SimRun.random(w -> SimModels.core(cfg, w), "core_random", cfg.topName(), (dut, seed) -> {
            CoreBench b = new CoreBench(dut, cfg);
            Random rnd = new Random(seed);
            int phase = 0;
            CoreBench.Cmd pending = null;
            long maxUsed = 0, emptyDeq = 0;
            while (b.accepted < OPS) {
                if (b.accepted % 2000 == 0) phase = rnd.nextInt(4);
                int bias = switch (phase) { case 0 -> 60; case 1 -> 25; case 2 -> 45; default -> 80; };
                int hot = phase == 3 ? 1 : cfg.contexts();
                if (pending == null && rnd.nextInt(100) < 90) pending = b.randomCmd(rnd, bias, hot);
                if (pending != null && pending.op() == taskintc.spec.CoreOp.DEQUEUE && b.model.count(pending.ctx()) == 0) emptyDeq++;
                if (b.cycle(pending)) pending = null;
                maxUsed = Math.max(maxUsed, b.model.used());
            }
            b.drain();
            assertEquals(b.accepted, b.responses);
            assertTrue(b.accepted >= OPS);
            // The stimulus must have reached the corners it is meant to cover.
            assertTrue(emptyDeq > 0, "no dequeue of an empty context was exercised");
            if (cfg.capacity() <= 4096) assertEquals(cfg.capacity(), maxUsed, "the pool never filled");
            System.out.printf("[core] %s: %d ops in %d cycles (%.2f ops/cycle), pool high-water %d/%d%n",
                    cfg.topName(), b.accepted, b.cycles, (double) b.accepted / b.cycles, maxUsed, cfg.capacity());
        });
    }
}
