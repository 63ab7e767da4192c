package taskintc.dsl;

import java.util.List;

import spinal.core.Bundle;
import spinal.lib.bus.amba4.axi.Axi4;
import spinal.lib.bus.amba4.axi.Axi4Config;
import spinal.lib.bus.amba4.axi.Axi4ReadOnly;
import spinal.lib.bus.amba4.axi.Axi4SpecRenamer$;
import spinal.lib.bus.amba4.axi.Axi4WriteOnly;

/**
 * An AXI4 interface (spinal.lib's {@code Axi4}) with IDs, bursts, sizes, lock, cache, QoS, protection and
 * strobes (no region or user fields): what a CPU's MMIO port carries.
 */
public final class Axi4Bus extends HwBus {
    public final BusChannel aw, w, b, ar, r;
    public final HwBool awValid, awReady, wValid, wReady, wLast, bValid, bReady, arValid, arReady, rValid, rReady, rLast;
    public final HwUInt awAddr, awId, awLen, awSize, arAddr, arId, arLen, arSize, bId, rId;
    public final HwBits awBurst, awLock, awCache, awQos, awProt, arBurst, arLock, arCache, arQos, arProt;
    public final HwBits wData, wStrb, bResp, rData, rResp;
    private final Axi4 raw;
    /** The read and write halves, when this interface is the output of a spinal.lib decoder (raw is null then). */
    private final Axi4ReadOnly readHalf;
    private final Axi4WriteOnly writeHalf;

    /** Byte addresses of {@code addressWidth} bits, {@code dataWidth}-bit data, IDs of {@code idWidth} bits. */
    public static Shape<Axi4Bus> shape(int addressWidth, int dataWidth, int idWidth) {
        return new Shape<>() {
            @Override
            Axi4Bus create() {
                return new Axi4Bus(this, new Axi4(config(addressWidth, dataWidth, idWidth)), null, null);
            }

            @Override
            void standardNames(Axi4Bus port) {
                Axi4SpecRenamer$.MODULE$.apply(port.raw);
            }
        };
    }

    static Axi4Config config(int addressWidth, int dataWidth, int idWidth) {
        // useId, withAxi3, useRegion, useBurst, useLock, useCache, useSize, useQos, useLen, useLast, useResp,
        // useProt, useStrb, useAllStrb, forceAxi4Len; then no user fields and no issuing limits.
        return new Axi4Config(addressWidth, dataWidth, idWidth,
                true, false, false, true, true, true, true, true, true, true, true, true, true, false, false,
                -1, -1, -1, -1, -1, -1, -1, -1, -1);
    }

    /** A decoder output: the read half and the write half of one window. */
    static Axi4Bus of(Shape<?> shape, Axi4ReadOnly read, Axi4WriteOnly write) {
        return new Axi4Bus(shape, null, read, write);
    }

    private Axi4Bus(Shape<?> shape, Axi4 raw, Axi4ReadOnly read, Axi4WriteOnly write) {
        super(shape);
        this.raw = raw;
        this.readHalf = read;
        this.writeHalf = write;
        aw = new BusChannel("aw", true, raw != null ? raw.aw() : write.aw());
        w = new BusChannel("w", true, raw != null ? raw.w() : write.w());
        b = new BusChannel("b", false, raw != null ? raw.b() : write.b());
        ar = new BusChannel("ar", true, raw != null ? raw.ar() : read.ar());
        r = new BusChannel("r", false, raw != null ? raw.r() : read.r());
        awValid = aw.valid; awReady = aw.ready; awAddr = aw.uint("addr"); awId = aw.uint("id"); awLen = aw.uint("len");
        awSize = aw.uint("size"); awBurst = aw.bits("burst"); awLock = aw.bits("lock"); awCache = aw.bits("cache");
        awQos = aw.bits("qos"); awProt = aw.bits("prot");
        wValid = w.valid; wReady = w.ready; wData = w.bits("data"); wStrb = w.bits("strb"); wLast = w.bool("last");
        bValid = b.valid; bReady = b.ready; bId = b.uint("id"); bResp = b.bits("resp");
        arValid = ar.valid; arReady = ar.ready; arAddr = ar.uint("addr"); arId = ar.uint("id"); arLen = ar.uint("len");
        arSize = ar.uint("size"); arBurst = ar.bits("burst"); arLock = ar.bits("lock"); arCache = ar.bits("cache");
        arQos = ar.bits("qos"); arProt = ar.bits("prot");
        rValid = r.valid; rReady = r.ready; rData = r.bits("data"); rId = r.uint("id"); rResp = r.bits("resp"); rLast = r.bool("last");
    }

    boolean isDecoderOutput() {
        return raw == null;
    }

    public List<BusChannel> channels() {
        return List.of(aw, w, b, ar, r);
    }

    public int idWidth() {
        return awId.width();
    }

    @Override
    Bundle raw() {
        if (raw == null) throw new IllegalStateException("a decoder output has no bundle of its own; connect it with Circuit.connect");
        return raw;
    }

    /** {@code master} drives {@code slave}: requests forward, responses back (spinal.lib's {@code >>}). */
    static void drive(Axi4Bus master, Axi4Bus slave) {
        Axi4 s = (Axi4) slave.raw();
        if (master.raw != null) {
            master.raw.$greater$greater(s);
        } else {
            master.readHalf.$greater$greater(s);
            master.writeHalf.$greater$greater(s);
        }
    }
}
