package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import taskintc.core.BusKind;
import taskintc.core.TaskIntcConfig;
import taskintc.sim.BusBench;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;

/**
 * Randomized regression through the generated bus, with the register accesses software makes, random
 * back-pressure on every channel and a share of refused accesses; every read value and every bus error
 * compared with the register model.
 */
class BusRegressionTest {
    static final int OPS = Integer.getInteger("taskintc.busOps", 100_000);

    static Stream<TaskIntcConfig> configs() {
        return Stream.concat(Configs.regression().stream(), Stream.of(
                Configs.SMALL.withBus(BusKind.APB3), Configs.SMALL.withBus(BusKind.WISHBONE),
                Configs.RV32.withBus(BusKind.APB3), Configs.RV32.withBus(BusKind.WISHBONE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void randomAccessesMatchModel(TaskIntcConfig cfg) {
        int seed = 0xB05 + cfg.hashCode();
        boolean other = cfg.bus() != BusKind.AXI4LITE;
        long ops = other ? OPS / 4 : OPS;
        SimRun.run(w -> SimModels.top(cfg, w), "bus_random", seed, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(seed), 30);
            b.randomTraffic(ops);
            assertTrue(b.accesses >= ops);
            assertTrue(b.errorsSeen > 0, "no refused access was exercised");
            if (b.bus.concurrent()) assertTrue(b.concurrentPairs > 0);
            System.out.printf("[bus] %s: %d accesses in %d cycles, %d refused, %d read/write pairs%n",
                    cfg.topName(), b.accesses, b.clock.cycle(), b.errorsSeen, b.concurrentPairs);
        });
    }
}
