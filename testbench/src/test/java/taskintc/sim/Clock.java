package taskintc.sim;

import taskintc.dsl.Circuit;
import taskintc.dsl.SimClock;

/**
 * Manual two-phase clocking from the test thread, cheaper and more predictable than a forked clock:
 * set inputs, {@link #settle()} to read combinational outputs, then {@link #tick()} for the rising edge.
 */
public final class Clock {
    private final SimClock domain;
    private long cycle;
    private final java.util.List<Runnable> beforeEdge = new java.util.ArrayList<>();
    private final java.util.List<Runnable> afterEdge = new java.util.ArrayList<>();

    /** Runs {@code before} once per cycle with inputs settled, just before the rising edge, and {@code after} after it. */
    public void onCycle(Runnable before, Runnable after) {
        if (before != null) beforeEdge.add(before);
        if (after != null) afterEdge.add(after);
    }

    /** The clock of {@code dut}, the simulated top. */
    public Clock(Circuit dut) {
        this.domain = SimClock.of(dut);
        domain.fallingEdge();
        domain.deassertReset();
    }

    /** Lets combinational logic settle on the inputs just driven. */
    public void settle() {
        SimClock.sleep(1L);
    }

    /** One rising edge (then the clock low again, outputs settled). */
    public void tick() {
        SimClock.sleep(1L);
        for (Runnable r : beforeEdge) r.run();
        domain.risingEdge();
        SimClock.sleep(1L);
        domain.fallingEdge();
        cycle++;
        for (Runnable r : afterEdge) r.run();
        SimClock.sleep(1L);
    }

    public void reset(int cycles) {
        domain.assertReset();
        resetting = true;
        for (int i = 0; i < cycles; i++) tick();
        resetting = false;
        domain.deassertReset();
    }

    private boolean resetting;

    /** True while {@link #reset} holds the reset line (probes should not interpret the design then). */
    public boolean resetting() {
        return resetting;
    }

    public long cycle() {
        return cycle;
    }
}
