package taskintc.bus;

import taskintc.dsl.Hw;
import taskintc.dsl.HwBool;
import taskintc.dsl.WishboneBus;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/**
 * Wishbone B4 classic slave with word addresses (ADR counts data words, as LiteX does); writes are
 * acknowledged in the cycle they are accepted, reads when the core answers; ERR for refused accesses.
 */
public final class WishboneAdapter extends BusAdapter {
    private final WishboneBus wb;

    public WishboneAdapter(TaskIntcConfig cfg) {
        super(cfg);
        int bytes = cfg.taskWidth() / 8;
        int wordBits = Integer.numberOfTrailingZeros(bytes);
        wb = slavePort("wb", WishboneBus.shape(cfg.addressWidth() - wordBits, cfg.taskWidth()));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();
        HwBool write = wb.we;
        HwBool strobe = wireBool("strobe", wb.cyc.and(wb.stb));
        HwBool issued = regBool("issued", false);

        req.valid().assign(strobe.and(issued.not()));
        q.write.assign(write);
        q.address.assign(Hw.cat(wb.adr, Hw.bitsLit(0, wordBits)).asUInt());
        q.data.assign(wb.datMosi);
        q.fullWidth.assign(wb.sel.andR());

        HwBool writeDone = req.fire().and(write);
        HwBool readDone = issued.and(rsp.valid()).and(r.read);
        when(req.fire().and(write.not()), () -> issued.assign(true));
        when(readDone, () -> issued.assign(false));
        HwBool error = Hw.mux(issued, r.fault, refused);
        HwBool done = writeDone.or(readDone);
        wb.ack.assign(done.and(error.not()));
        wb.err.assign(done.and(error));
        wb.datMiso.assign(r.data);
    }

    @Override
    public WishboneBus bus() {
        return wb;
    }
}
