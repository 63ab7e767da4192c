package taskintc.dsl;

import spinal.core.ClockDomain;
import spinal.core.sim.package$;

/** The clock and reset of a running simulation, driven by hand from the test thread (no forked clock). */
public final class SimClock {
    private final ClockDomain domain;

    private SimClock(ClockDomain domain) {
        this.domain = domain;
    }

    /** The clock domain of {@code dut} (the simulated top). */
    public static SimClock of(Circuit dut) {
        return new SimClock(dut.clockDomain().get());
    }

    public void risingEdge() {
        package$.MODULE$.SimClockDomainPimper(domain).risingEdge();
    }

    public void fallingEdge() {
        package$.MODULE$.SimClockDomainPimper(domain).fallingEdge();
    }

    public void assertReset() {
        package$.MODULE$.SimClockDomainPimper(domain).assertReset();
    }

    public void deassertReset() {
        package$.MODULE$.SimClockDomainPimper(domain).deassertReset();
    }

    /** Advances simulated time by {@code time} units, so combinational logic settles on the inputs just driven. */
    public static void sleep(long time) {
        package$.MODULE$.sleep(time);
    }
}
