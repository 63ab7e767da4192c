package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import taskintc.sim.BusBench;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.sim.Storm;
import taskintc.spec.TaskIntcConfig;

/**
 * Every source of the default configuration firing at the highest rate for a million cycles, with
 * registrations. Its 16-bit pending counts saturate: every event is accounted for from what the RTL shows
 * (woken, pending, or lost to saturation), the losses equal the model's, and each saturated source says so
 * in its status.
 */
class StormTest {
    static final TaskIntcConfig STORM = Configs.DEFAULT;
    static final long CYCLES = Long.getLong("taskintc.stormCycles", 1_000_000);

    @Test
    void everyEventIsWokenPendingOrCountedAsLost() {
        SimRun.random(w -> SimModels.top(STORM, w), "storm", STORM.topName(), (dut, seed) -> {
            BusBench b = new BusBench(dut, STORM, new Random(seed), 0);
            Storm.Result r = Storm.run(b, CYCLES, new Random(seed + 1));
            System.out.printf("[storm] %s: %d cycles, %d events raised, %d delivered (tasks woken), %d pending, %d lost "
                            + "to saturated counts (%d of %d sources flag it), %d accesses checked%n", STORM.topName(), r.cycles(),
                    r.events(), r.woken(), r.pending(), r.lost(), r.saturated(), STORM.sources(), r.accesses());
            assertTrue(r.cycles() >= CYCLES);
            assertTrue(r.events() >= (long) STORM.sources() * CYCLES / 2 - STORM.sources(), "every source fired every other cycle");
            assertTrue(r.woken() > 1000, "registrations took events during the storm");
            assertEquals(b.sources.eventsDelivered, r.woken(), "the RTL delivered what the model delivered");
            assertEquals(b.sources.eventsLost, r.lost(), "the RTL lost exactly what the model says saturated");
            assertEquals(b.sources.saturatedSources(), r.saturated(), "a source with a lost event shows the lost flag");
        });
    }
}
