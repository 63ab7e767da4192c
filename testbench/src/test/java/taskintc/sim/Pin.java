package taskintc.sim;

import spinal.core.BaseType;
import spinal.core.BitVector;
import spinal.core.Bool;
import spinal.core.sim.package$;
import spinal.sim.Signal;
import spinal.sim.SimManager;

/**
 * Fast access to one top-level signal of a running simulation (bypasses SpinalSim's per-call wrappers).
 * Other signal types (an enumeration such as TileLink's opcodes) go through SpinalSim's generic accessor.
 */
public final class Pin {
    private final SimManager manager;
    private final Signal signal;
    /** For other signal types: SpinalSim's generic accessor (its class cannot be named in Java). */
    private final java.util.function.LongSupplier genericGet;
    private final java.util.function.LongConsumer genericSet;
    public final int width;
    private final long mask;

    public Pin(BaseType t) {
        if (!(t instanceof Bool) && !(t instanceof BitVector)) {
            var generic = package$.MODULE$.SimBaseTypePimper(t);
            genericGet = () -> generic.toBigInt().longValue();
            genericSet = v -> generic.assignBigInt(scala.math.BigInt$.MODULE$.apply(v));
            manager = null;
            signal = null;
        } else if (t instanceof Bool b) {
            genericGet = null;
            genericSet = null;
            var proxy = package$.MODULE$.SimBoolPimper(b).simProxy();
            manager = proxy.manager();
            signal = proxy.signal();
        } else {
            genericGet = null;
            genericSet = null;
            var proxy = package$.MODULE$.SimBitVectorPimper((BitVector) t).simProxy();
            manager = proxy.manager();
            signal = proxy.signal();
        }
        width = t.getBitsWidth();
        mask = width >= 64 ? -1L : (1L << width) - 1;
    }

    public long get() {
        if (genericGet != null) return genericGet.getAsLong() & mask;
        return manager.getLong(signal) & mask;
    }

    public boolean high() {
        return get() != 0;
    }

    public void set(long v) {
        v &= mask;
        if (genericSet != null) {
            genericSet.accept(v);
            return;
        }
        // SpinalSim range-checks longs as signed; a 64-bit value with bit 63 set goes as a BigInt.
        if (v < 0) manager.setBigInt(signal, scala.math.BigInt$.MODULE$.apply(new java.math.BigInteger(Long.toUnsignedString(v))));
        else manager.setLong(signal, v);
    }

    public void setBig(java.math.BigInteger v) {
        manager.setBigInt(signal, scala.math.BigInt$.MODULE$.apply(v));
    }

    public void set(boolean v) {
        set(v ? 1L : 0L);
    }
}
