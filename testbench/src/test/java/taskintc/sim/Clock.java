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
        package$.MODULE$.SimClockDomainPimper(domain).risingEdge();
        package$.MODULE$.sleep(1L);
        package$.MODULE$.SimClockDomainPimper(domain).fallingEdge();
        package$.MODULE$.sleep(1L);
        cycle++;
    }

    public void reset(int cycles) {
        package$.MODULE$.SimClockDomainPimper(domain).assertReset();
        for (int i = 0; i < cycles; i++) tick();
        package$.MODULE$.SimClockDomainPimper(domain).deassertReset();
    }

    public long cycle() {
        return cycle;
    }
}
