package taskintc.sim;

import spinal.core.ClockDomain;
import spinal.core.sim.package$;

/**
 * Manual two-phase clocking from the test thread, cheaper and more predictable than a forked clock:
 * set inputs, {@link #settle()} to read combinational outputs, then {@link #tick()} for the rising edge.
 */
public final class Clock {
    private final ClockDomain domain;
    private long cycle;
    private final java.util.List<Runnable> beforeEdge = new java.util.ArrayList<>();
    private final java.util.List<Runnable> afterEdge = new java.util.ArrayList<>();

    /** Runs {@code before} once per cycle with inputs settled, just before the rising edge, and {@code after} after it. */
    public void onCycle(Runnable before, Runnable after) {
        if (before != null) beforeEdge.add(before);
        if (after != null) afterEdge.add(after);
    }

    public Clock(ClockDomain domain) {
        this.domain = domain;
        package$.MODULE$.SimClockDomainPimper(domain).fallingEdge();
        package$.MODULE$.SimClockDomainPimper(domain).deassertReset();
    }

    /** Lets combinational logic settle on the inputs just driven. */
    public void settle() {
        package$.MODULE$.sleep(1L);
    }

    /** One rising edge (then the clock low again, outputs settled). */
    public void tick() {
        package$.MODULE$.sleep(1L);
        for (Runnable r : beforeEdge) r.run();
        package$.MODULE$.SimClockDomainPimper(domain).risingEdge();
        package$.MODULE$.sleep(1L);
        package$.MODULE$.SimClockDomainPimper(domain).fallingEdge();
        cycle++;
        for (Runnable r : afterEdge) r.run();
        package$.MODULE$.sleep(1L);
    }

    public void reset(int cycles) {
        package$.MODULE$.SimClockDomainPimper(domain).assertReset();
        resetting = true;
        for (int i = 0; i < cycles; i++) tick();
        resetting = false;
        package$.MODULE$.SimClockDomainPimper(domain).deassertReset();
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
