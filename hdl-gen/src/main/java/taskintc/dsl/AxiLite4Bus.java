package taskintc.dsl;

import java.util.List;

import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.bus.amba4.axilite.AxiLite4Config;
import spinal.lib.bus.amba4.axilite.AxiLite4SpecRenamer$;

/** An AXI4-Lite interface (spinal.lib's {@code AxiLite4}): five channels, byte addresses, write strobes. */
public final class AxiLite4Bus extends HwBus {
    public final BusChannel aw, w, b, ar, r;
    public final HwBool awValid, awReady, wValid, wReady, bValid, bReady, arValid, arReady, rValid, rReady;
    public final HwUInt awAddr, arAddr;
    public final HwBits awProt, arProt, wData, wStrb, bResp, rData, rResp;
    private final AxiLite4 raw;

    /** Byte addresses of {@code addressWidth} bits, {@code dataWidth}-bit data. */
    public static Shape<AxiLite4Bus> shape(int addressWidth, int dataWidth) {
        return new Shape<>() {
            @Override
            AxiLite4Bus create() {
                return new AxiLite4Bus(this, new AxiLite4(new AxiLite4Config(addressWidth, dataWidth, -1, -1, -1, -1)));
            }

            @Override
            void standardNames(AxiLite4Bus port) {
                AxiLite4SpecRenamer$.MODULE$.apply(port.raw);
            }
        };
    }

    /** A view of an interface made by spinal.lib (a library component's port). */
    static AxiLite4Bus of(AxiLite4 raw) {
        int aw = raw.config().addressWidth(), dw = raw.config().dataWidth();
        return new AxiLite4Bus(shape(aw, dw), raw);
    }

    private AxiLite4Bus(Shape<?> shape, AxiLite4 raw) {
        super(shape);
        this.raw = raw;
        aw = new BusChannel("aw", true, raw.aw());
        w = new BusChannel("w", true, raw.w());
        b = new BusChannel("b", false, raw.b());
        ar = new BusChannel("ar", true, raw.ar());
        r = new BusChannel("r", false, raw.r());
        awValid = aw.valid; awReady = aw.ready; awAddr = aw.uint("addr"); awProt = aw.bits("prot");
        wValid = w.valid; wReady = w.ready; wData = w.bits("data"); wStrb = w.bits("strb");
        bValid = b.valid; bReady = b.ready; bResp = b.bits("resp");
        arValid = ar.valid; arReady = ar.ready; arAddr = ar.uint("addr"); arProt = ar.bits("prot");
        rValid = r.valid; rReady = r.ready; rData = r.bits("data"); rResp = r.bits("resp");
    }

    public List<BusChannel> channels() {
        return List.of(aw, w, b, ar, r);
    }

    public int addressWidth() {
        return raw.config().addressWidth();
    }

    public int dataWidth() {
        return raw.config().dataWidth();
    }

    @Override
    AxiLite4 raw() {
        return raw;
    }
}
