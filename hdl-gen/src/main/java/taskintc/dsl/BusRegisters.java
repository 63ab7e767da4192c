package taskintc.dsl;

import java.math.BigInteger;

import spinal.lib.bus.amba3.apb.Apb3SlaveFactory;
import spinal.lib.bus.amba4.axilite.AxiLite4SlaveFactory;
import spinal.lib.bus.misc.BusSlaveFactory;
import spinal.lib.bus.wishbone.WishboneSlaveFactory;

/**
 * Plain memory-mapped registers on any spinal.lib bus through SpinalHDL's {@code BusSlaveFactory}, for
 * small peripherals that need no pipeline of their own. Create it inside the circuit's constructor.
 */
public final class BusRegisters {
    private final BusSlaveFactory factory;

    private BusRegisters(BusSlaveFactory factory) {
        this.factory = factory;
    }

    public static BusRegisters on(Apb3Bus bus) {
        return new BusRegisters(new Apb3SlaveFactory(bus.raw(), 0, false));
    }

    public static BusRegisters on(AxiLite4Bus bus) {
        return new BusRegisters(new AxiLite4SlaveFactory(bus.raw(), false));
    }

    public static BusRegisters on(WishboneBus bus) {
        return new BusRegisters(new WishboneSlaveFactory(bus.raw(), false, false));
    }

    private static scala.math.BigInt addr(long a) {
        return Hw.big(BigInteger.valueOf(a));
    }

    /** {@code signal} readable at {@code address}. */
    public void read(HwData signal, long address, String doc) {
        factory.read(signal.raw(), addr(address), 0, doc);
    }

    /** A register that software writes and reads back. */
    public void readAndWrite(HwData register, long address, String doc) {
        factory.readAndWrite(register.raw(), addr(address), 0, doc);
    }

    /** Runs {@code body}'s assignments in the cycle a write to {@code address} happens. */
    public void onWrite(long address, Runnable body) {
        factory.onWrite(addr(address), null, Hw.fn(body));
    }

    public void onRead(long address, Runnable body) {
        factory.onRead(addr(address), null, Hw.fn(body));
    }

    BusSlaveFactory raw() {
        return factory;
    }
}
