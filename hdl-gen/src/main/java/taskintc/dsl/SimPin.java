package taskintc.dsl;

import java.math.BigInteger;

import spinal.core.BitVector;
import spinal.core.Bool;
import spinal.core.sim.package$;
import spinal.sim.Signal;
import spinal.sim.SimManager;

/**
 * Fast access to one signal of a running simulation (a port, or a signal made {@link HwData#simPublic()}):
 * bypasses SpinalSim's per-call wrappers. Make pins inside {@link SimModel#run}.
 */
public final class SimPin {
    private final SimManager manager;
    private final Signal signal;
    public final int width;
    private final long mask;

    private SimPin(SimManager manager, Signal signal, int width) {
        this.manager = manager;
        this.signal = signal;
        this.width = width;
        this.mask = width >= 64 ? -1L : (1L << width) - 1;
    }

    public static SimPin of(HwData d) {
        if (d.raw() instanceof Bool b) {
            var proxy = package$.MODULE$.SimBoolPimper(b).simProxy();
            return new SimPin(proxy.manager(), proxy.signal(), 1);
        }
        var proxy = package$.MODULE$.SimBitVectorPimper((BitVector) d.raw()).simProxy();
        return new SimPin(proxy.manager(), proxy.signal(), d.width());
    }

    public long get() {
        return manager.getLong(signal) & mask;
    }

    public boolean high() {
        return get() != 0;
    }

    public void set(long v) {
        v &= mask;
        // SpinalSim range-checks longs as signed; a 64-bit value with bit 63 set goes as a BigInt.
        if (v < 0) manager.setBigInt(signal, Hw.big(new BigInteger(Long.toUnsignedString(v))));
        else manager.setLong(signal, v);
    }

    public void setBig(BigInteger v) {
        manager.setBigInt(signal, Hw.big(v));
    }

    public void set(boolean v) {
        manager.setLong(signal, v ? 1 : 0);
    }
}
