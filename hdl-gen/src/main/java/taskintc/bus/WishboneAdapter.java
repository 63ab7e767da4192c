package taskintc.bus;

import spinal.lib.bus.wishbone.AddressGranularity$;
import spinal.lib.bus.wishbone.Wishbone;
import spinal.lib.bus.wishbone.WishboneConfig;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/**
 * Wishbone B4 classic slave with word addresses (ADR counts data words, as LiteX does); writes are
 * acknowledged in the cycle they are accepted, reads when the core answers; ERR for refused accesses.
 */
public final class WishboneAdapter extends BusAdapter {
    private final Wishbone wb;

    public WishboneAdapter(TaskIntcConfig cfg) {
        super(cfg);
        int bytes = cfg.taskWidth() / 8;
        int wordBits = Integer.numberOfTrailingZeros(bytes);
        wb = slavePort("wb", new Wishbone(new WishboneConfig(cfg.addressWidth() - wordBits, cfg.taskWidth(), bytes,
                false, false, true, false, false, 0, 0, 0, false, AddressGranularity$.MODULE$.WORD())));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();
        HwBool write = new HwBool(wb.WE());
        HwBool strobe = wireBool("strobe", new HwBool(wb.CYC()).and(new HwBool(wb.STB())));
        HwBool issued = regBool("issued", false);

        req.valid().assign(strobe.and(issued.not()));
        q.write.assign(write);
        q.address.assign(Hw.cat(new HwUInt(wb.ADR()), Hw.bitsLit(0, wordBits)).asUInt());
        q.data.assign(new HwBits(wb.DAT_MOSI()));
        q.fullWidth.assign(new HwBits(wb.SEL()).andR());

        HwBool writeDone = req.fire().and(write);
        HwBool readDone = issued.and(rsp.valid()).and(r.read);
        when(req.fire().and(write.not()), () -> issued.assign(true));
        when(readDone, () -> issued.assign(false));
        HwBool error = Hw.mux(issued, r.fault, refused);
        HwBool done = writeDone.or(readDone);
        drive(wb.ACK(), done.and(error.not()).raw());
        drive(wb.ERR(), done.and(error).raw());
        drive(wb.DAT_MISO(), r.data.raw());
    }

    @Override
    public Wishbone bus() {
        return wb;
    }
}
