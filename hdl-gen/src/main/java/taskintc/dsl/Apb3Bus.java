package taskintc.dsl;

import spinal.lib.bus.amba3.apb.Apb3;
import spinal.lib.bus.amba3.apb.Apb3Config;

/** An APB3 interface (spinal.lib's {@code Apb3}) with one select line and PSLVERR. */
public final class Apb3Bus extends HwBus {
    public final HwBits psel, pwdata, prdata;
    public final HwBool penable, pwrite, pready, pslverror;
    public final HwUInt paddr;
    private final Apb3 raw;

    /** Byte addresses of {@code addressWidth} bits, {@code dataWidth}-bit data. */
    public static Shape<Apb3Bus> shape(int addressWidth, int dataWidth) {
        return shapeOf(() -> new Apb3Bus(shape(addressWidth, dataWidth), new Apb3(new Apb3Config(addressWidth, dataWidth, 1, true))));
    }

    private Apb3Bus(Shape<?> shape, Apb3 raw) {
        super(shape);
        this.raw = raw;
        psel = new HwBits(raw.PSEL());
        penable = new HwBool(raw.PENABLE());
        pwrite = new HwBool(raw.PWRITE());
        paddr = new HwUInt(raw.PADDR());
        pwdata = new HwBits(raw.PWDATA());
        pready = new HwBool(raw.PREADY());
        prdata = new HwBits(raw.PRDATA());
        pslverror = new HwBool(raw.PSLVERROR());
    }

    @Override
    Apb3 raw() {
        return raw;
    }
}
