package taskintc.sim;

import spinal.core.BaseType;
import spinal.core.BitVector;
import spinal.core.Bool;
import spinal.core.sim.package$;
import spinal.sim.Signal;
import spinal.sim.SimManager;

/** Fast access to one top-level signal of a running simulation (bypasses SpinalSim's per-call wrappers). */
public final class Pin {
    private final SimManager manager;
    private final Signal signal;
    public final int width;
    private final long mask;

    public Pin(BaseType t) {
        if (t instanceof Bool b) {
            var proxy = package$.MODULE$.SimBoolPimper(b).simProxy();
            manager = proxy.manager();
            signal = proxy.signal();
        } else {
            var proxy = package$.MODULE$.SimBitVectorPimper((BitVector) t).simProxy();
            manager = proxy.manager();
            signal = proxy.signal();
        }
        width = t.getBitsWidth();
        mask = width >= 64 ? -1L : (1L << width) - 1;
    }

    public long get() {
        return manager.getLong(signal) & mask;
    }

    /** The value of a signal of any width. */
    public java.math.BigInteger getBig() {
        return manager.getBigInt(signal).bigInteger();
    }

    public boolean high() {
        return get() != 0;
    }

    public void set(long v) {
        v &= mask;
        // SpinalSim range-checks longs as signed; a 64-bit value with bit 63 set goes as a BigInt.
        if (v < 0) manager.setBigInt(signal, scala.math.BigInt$.MODULE$.apply(new java.math.BigInteger(Long.toUnsignedString(v))));
        else manager.setLong(signal, v);
    }

    public void setBig(java.math.BigInteger v) {
        manager.setBigInt(signal, scala.math.BigInt$.MODULE$.apply(v));
    }

    public void set(boolean v) {
        manager.setLong(signal, v ? 1 : 0);
    }
}
