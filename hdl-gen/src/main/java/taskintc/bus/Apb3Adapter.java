package taskintc.bus;

import taskintc.dsl.Apb3Bus;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBool;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/** APB3 slave: writes complete in their access phase, reads hold PREADY low until the core answers. */
public final class Apb3Adapter extends BusAdapter {
    private final Apb3Bus apb;

    public Apb3Adapter(TaskIntcConfig cfg) {
        super(cfg);
        apb = slavePort("apb", Apb3Bus.shape(cfg.addressWidth(), cfg.taskWidth()));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();
        HwBool write = apb.pwrite;
        HwBool access = wireBool("access", apb.psel.bit(0).and(apb.penable));
        HwBool issued = regBool("issued", false);

        req.valid().assign(access.and(issued.not()));
        q.write.assign(write);
        q.address.assign(apb.paddr);
        q.data.assign(apb.pwdata);
        q.fullWidth.assign(true);

        HwBool writeDone = req.fire().and(write);
        HwBool readDone = issued.and(rsp.valid()).and(r.read);
        when(req.fire().and(write.not()), () -> issued.assign(true));
        when(readDone, () -> issued.assign(false));
        apb.pready.assign(writeDone.or(readDone));
        apb.prdata.assign(r.data);
        apb.pslverror.assign(Hw.mux(issued, r.fault, refused));
    }

    @Override
    public Apb3Bus bus() {
        return apb;
    }
}
