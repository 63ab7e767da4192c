package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import taskintc.sim.BusBench;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.sim.Storm;
import taskintc.spec.TaskIntcConfig;

/**
 * Every source firing at the highest rate for a million cycles, with registrations, on the default configuration and
 * on its variant with the counts in block RAM behind one bit per line. The 16-bit pending counts saturate (and with
 * line bits, a line's second event before its fold is lost): every event is accounted for from what the RTL shows
 * (woken, pending, or lost), the losses equal the model's, and each source that lost one says so in its status.
 */
class StormTest {
    static final long CYCLES = Long.getLong("taskintc.stormCycles", 1_000_000);

    static Stream<TaskIntcConfig> configs() {
        return Configs.selected(Stream.of(Configs.DEFAULT, Configs.LINE_BUFFER, Configs.LINE_BUFFER_WIDE));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("configs")
    void everyEventIsWokenPendingOrCountedAsLost(TaskIntcConfig cfg) {
        SimRun.random(w -> SimModels.top(cfg, w), "storm", cfg.topName(), (dut, seed) -> {
            BusBench b = new BusBench(dut, cfg, new Random(seed), 0);
            Storm.Result r = Storm.run(b, CYCLES, new Random(seed + 1));
            System.out.printf("[storm] %s: %d cycles, %d events raised, %d delivered (tasks woken), %d pending, %d lost "
                            + "(%d of %d sources flag it), %d accesses checked%n", cfg.topName(), r.cycles(),
                    r.events(), r.woken(), r.pending(), r.lost(), r.saturated(), cfg.sources(), r.accesses());
            assertTrue(r.cycles() >= CYCLES);
            assertTrue(r.events() >= (long) cfg.sources() * CYCLES / 2 - cfg.sources(), "every source fired every other cycle");
            assertTrue(r.woken() > 1000, "registrations took events during the storm");
            assertEquals(b.sources.eventsDelivered, r.woken(), "the RTL delivered what the model delivered");
            assertEquals(b.sources.eventsLost, r.lost(), "the RTL lost exactly what the model says it lost");
            assertEquals(b.sources.saturatedSources(), r.saturated(), "a source with a lost event shows the lost flag");
            System.out.printf("[storm] %s: %d of the lost events found their line full%n", cfg.topName(), b.sources.eventsLostInLines);
        });
    }
}
