package taskintc.sim;

import taskintc.dsl.Circuit;
import taskintc.dsl.SimClock;
import taskintc.dsl.SimPin;

/**
 * Manual two-phase clocking from the test thread, cheaper and more predictable than a forked clock:
 * set inputs, {@link #settle()} to read combinational outputs, then {@link #tick()} for the rising edge.
 *
 * <p>Each step of simulated time is a hand-over between the test thread and SpinalSim's (most of a simulation's
 * time goes there), so the clock takes only the steps that change something: the falling edge is applied with the
 * next cycle's inputs rather than in a step of its own, and a tick whose inputs were settled and not written since
 * goes straight to the rising edge.
 */
public final class Clock {
    private final SimClock domain;
    private long cycle;
    private final java.util.List<Runnable> beforeEdge = new java.util.ArrayList<>();
    private final java.util.List<Runnable> afterEdge = new java.util.ArrayList<>();
    /** {@link SimPin#writes()} when the design last settled; -1 while a clock or reset change waits for a step. */
    private long settledAfter = -1;

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
        step();
    }

    /**
     * One rising edge; outputs are settled when it returns (the clock goes low again with the next step, which
     * changes nothing in a design clocked on the rising edge).
     */
    public void tick() {
        if (SimPin.writes() != settledAfter) step();
        for (Runnable r : beforeEdge) r.run();
        domain.risingEdge();
        step();
        domain.fallingEdge();
        settledAfter = -1;
        cycle++;
        for (Runnable r : afterEdge) r.run();
    }

    /** One step of simulated time: every change made since the last step is applied and the design settles. */
    private void step() {
        settledAfter = SimPin.writes();
        SimClock.sleep(1L);
    }

    public void reset(int cycles) {
        domain.assertReset();
        settledAfter = -1;
        resetting = true;
        for (int i = 0; i < cycles; i++) tick();
        resetting = false;
        domain.deassertReset();
        settledAfter = -1;
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
