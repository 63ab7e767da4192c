package taskintc.dsl;

import scala.jdk.javaapi.CollectionConverters;
import spinal.core.BaseType;
import spinal.core.Component;
import spinal.lib.bus.tilelink.Bus;
import spinal.lib.bus.tilelink.BusParameter;
import spinal.lib.bus.tilelink.ChannelA;
import spinal.lib.bus.tilelink.ChannelD;

/**
 * A TileLink interface (spinal.lib's {@code tilelink.Bus}) with channels A and D only (TL-UL): the A request's
 * fields and the D response's, as DSL signals. The opcodes are SpinalHDL enumerations: A's is read as bits
 * ({@link #aOpcode}), D's is driven with {@link #driveDOpcode}.
 */
public final class TileLinkBus extends HwBus {
    public final HwBool aValid, aReady, aCorrupt, dValid, dReady, dDenied, dCorrupt;
    public final HwUInt aSource, aAddress, aSize, dSource, dSize;
    public final HwBits aOpcode, aParam, aMask, aData, dParam, dData;
    private final Bus raw;

    /** TL-UL: {@code addressWidth}-bit byte addresses, {@code dataWidth}-bit data, one beat, {@code sourceWidth}-bit sources. */
    public static Shape<TileLinkBus> shape(int addressWidth, int dataWidth, int sourceWidth) {
        return new Shape<>() {
            @Override
            TileLinkBus create() {
                return new TileLinkBus(this, new Bus(BusParameter.simple(addressWidth, dataWidth, dataWidth / 8, sourceWidth)));
            }

            @Override
            void standardNames(TileLinkBus port) {
                // TileLink's signal names are a_opcode, d_data...: SpinalHDL's stream payload prefix dropped.
                Component.current().addPrePopTask(Hw.fn(() -> {
                    for (BaseType s : CollectionConverters.asJava(port.raw.flatten()))
                        s.setName(s.getName().replace("_payload_", "_"), false);
                }));
            }
        };
    }

    private TileLinkBus(Shape<?> shape, Bus raw) {
        super(shape);
        this.raw = raw;
        ChannelA a = raw.a().payload();
        ChannelD d = raw.d().payload();
        aValid = new HwBool(raw.a().valid());
        aReady = new HwBool(raw.a().ready());
        aOpcode = new HwBits(a.opcode().asBits());
        aParam = new HwBits(a.param());
        aSource = new HwUInt(a.source());
        aAddress = new HwUInt(a.address());
        aSize = new HwUInt(a.size());
        aMask = new HwBits(a.mask());
        aData = new HwBits(a.data());
        aCorrupt = new HwBool(a.corrupt());
        dValid = new HwBool(raw.d().valid());
        dReady = new HwBool(raw.d().ready());
        dParam = new HwBits(d.param());
        dSource = new HwUInt(d.source());
        dSize = new HwUInt(d.size());
        dDenied = new HwBool(d.denied());
        dData = new HwBits(d.data());
        dCorrupt = new HwBool(d.corrupt());
    }

    /** Drives D's opcode (an enumeration in SpinalHDL) from its 3-bit code. */
    public void driveDOpcode(HwBits code) {
        raw.d().payload().opcode().assignFromBits(code.raw());
    }

    /** A's opcode in a running simulation, by its code (make inside {@link SimModel#run}). */
    public SimPin simAOpcode() {
        return SimPin.of(raw.a().payload().opcode());
    }

    /** D's opcode in a running simulation, by its code. */
    public SimPin simDOpcode() {
        return SimPin.of(raw.d().payload().opcode());
    }

    @Override
    Bus raw() {
        return raw;
    }
}
