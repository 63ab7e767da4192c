package taskintc.dsl;

import spinal.lib.bus.wishbone.AddressGranularity$;
import spinal.lib.bus.wishbone.Wishbone;
import spinal.lib.bus.wishbone.WishboneConfig;

/** A Wishbone B4 classic interface (spinal.lib's {@code Wishbone}) with word addresses, byte selects and ERR. */
public final class WishboneBus extends HwBus {
    public final HwBool cyc, stb, we, ack, err;
    public final HwUInt adr;
    public final HwBits datMosi, datMiso, sel;
    private final Wishbone raw;

    /** Word addresses of {@code wordAddressWidth} bits (ADR counts data words), {@code dataWidth}-bit data. */
    public static Shape<WishboneBus> shape(int wordAddressWidth, int dataWidth) {
        return shapeOf(() -> new WishboneBus(shape(wordAddressWidth, dataWidth), new Wishbone(new WishboneConfig(wordAddressWidth,
                dataWidth, dataWidth / 8, false, false, true, false, false, 0, 0, 0, false, AddressGranularity$.MODULE$.WORD()))));
    }

    private WishboneBus(Shape<?> shape, Wishbone raw) {
        super(shape);
        this.raw = raw;
        cyc = new HwBool(raw.CYC());
        stb = new HwBool(raw.STB());
        we = new HwBool(raw.WE());
        adr = new HwUInt(raw.ADR());
        datMosi = new HwBits(raw.DAT_MOSI());
        datMiso = new HwBits(raw.DAT_MISO());
        sel = new HwBits(raw.SEL());
        ack = new HwBool(raw.ACK());
        err = new HwBool(raw.ERR());
    }

    @Override
    Wishbone raw() {
        return raw;
    }
}
