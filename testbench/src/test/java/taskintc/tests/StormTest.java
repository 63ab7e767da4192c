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
import taskintc.spec.Trigger;

/** Every source firing at the highest rate for a million cycles, with registrations: nothing is lost. */
class StormTest {
    /** The default controller with a pending count wide enough for a million cycles of storm. */
    static final TaskIntcConfig STORM = TaskIntcConfig.builder().ipcChannels(0).pendingWidth(20).trigger(Trigger.EDGE).build();
    static final long CYCLES = Long.getLong("taskintc.stormCycles", 1_000_000);

    @Test
    void noEventIsLost() {
        SimRun.run(w -> SimModels.top(STORM, w), "storm", 17, dut -> {
            BusBench b = new BusBench(dut, STORM, new Random(17), 0);
            Storm.Result r = Storm.run(b, CYCLES, new Random(18));
            System.out.printf("[storm] %d cycles, %d events, %d tasks woken, %d pending, %d lost, %d accesses checked%n",
                    r.cycles(), r.events(), r.woken(), r.pending(), r.lost(), r.accesses());
            assertTrue(r.cycles() >= CYCLES);
            assertTrue(r.events() >= (long) STORM.sources() * CYCLES / 2 - STORM.sources(), "every source fired every other cycle");
            assertTrue(r.woken() > 1000, "registrations took events during the storm");
            assertEquals(0, r.lost(), "events lost");
            assertEquals(0, b.sources.eventsLost, "the model saw no saturation either");
        });
    }
}
