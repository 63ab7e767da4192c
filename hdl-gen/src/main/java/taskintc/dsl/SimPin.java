package taskintc.dsl;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import spinal.core.BaseType;
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
    /** Every write through any pin, counted: a clock that saw no write since it last let the design settle need not
     *  settle it again ({@code writes}). Shared by all simulations of the JVM, so another's writes only cost a step. */
    private static final AtomicLong WRITES = new AtomicLong();
    private final SimManager manager;
    private final Signal signal;
    /** For an enumeration (TileLink's opcodes): SpinalSim's generic accessor, by its encoded value. */
    private final LongSupplier enumGet;
    private final LongConsumer enumSet;
    public final int width;
    private final long mask;

    private SimPin(SimManager manager, Signal signal, int width) {
        this.manager = manager;
        this.signal = signal;
        this.enumGet = null;
        this.enumSet = null;
        this.width = width;
        this.mask = width >= 64 ? -1L : (1L << width) - 1;
    }

    private SimPin(LongSupplier get, LongConsumer set, int width) {
        this.manager = null;
        this.signal = null;
        this.enumGet = get;
        this.enumSet = set;
        this.width = width;
        this.mask = (1L << width) - 1;
    }

    public static SimPin of(HwData d) {
        return of((BaseType) d.raw());
    }

    static SimPin of(BaseType t) {
        if (t instanceof Bool b) {
            var proxy = package$.MODULE$.SimBoolPimper(b).simProxy();
            return new SimPin(proxy.manager(), proxy.signal(), 1);
        }
        if (t instanceof BitVector v) {
            var proxy = package$.MODULE$.SimBitVectorPimper(v).simProxy();
            return new SimPin(proxy.manager(), proxy.signal(), v.getBitsWidth());
        }
        var generic = package$.MODULE$.SimBaseTypePimper(t);
        return new SimPin(() -> generic.toBigInt().longValue(), v -> generic.assignBigInt(scala.math.BigInt$.MODULE$.apply(v)),
                t.getBitsWidth());
    }

    public long get() {
        if (enumGet != null) return enumGet.getAsLong() & mask;
        return manager.getLong(signal) & mask;
    }

    /** The value of a signal of any width ({@link #get} holds at most 63 bits). */
    public BigInteger getBig() {
        if (enumGet != null) return BigInteger.valueOf(get());
        return manager.getBigInt(signal).bigInteger();
    }

    public boolean high() {
        return get() != 0;
    }

    /** How many pin writes this JVM has made so far (never decreases). */
    public static long writes() {
        return WRITES.get();
    }

    public void set(long v) {
        WRITES.incrementAndGet();
        v &= mask;
        if (enumSet != null) {
            enumSet.accept(v);
            return;
        }
        // SpinalSim range-checks longs as signed; a 64-bit value with bit 63 set goes as a BigInt.
        if (v < 0) manager.setBigInt(signal, Hw.big(new BigInteger(Long.toUnsignedString(v))));
        else manager.setLong(signal, v);
    }

    public void setBig(BigInteger v) {
        WRITES.incrementAndGet();
        manager.setBigInt(signal, Hw.big(v));
    }

    public void set(boolean v) {
        set(v ? 1L : 0L);
    }
}
