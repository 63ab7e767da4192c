package taskintc.bus;

import spinal.lib.bus.amba3.apb.Apb3;
import spinal.lib.bus.amba3.apb.Apb3Config;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/** APB3 slave: writes complete in their access phase, reads hold PREADY low until the core answers. */
public final class Apb3Adapter extends BusAdapter {
    private final Apb3 apb;

    public Apb3Adapter(TaskIntcConfig cfg) {
        super(cfg);
        apb = slavePort("apb", new Apb3(new Apb3Config(cfg.addressWidth(), cfg.taskWidth(), 1, true)));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();
        HwBool write = new HwBool(apb.PWRITE());
        HwBool access = wireBool("access", new HwBits(apb.PSEL()).bit(0).and(new HwBool(apb.PENABLE())));
        HwBool issued = regBool("issued", false);

        req.valid().assign(access.and(issued.not()));
        q.write.assign(write);
        q.address.assign(new HwUInt(apb.PADDR()));
        q.data.assign(new HwBits(apb.PWDATA()));
        q.fullWidth.assign(true);

        HwBool writeDone = req.fire().and(write);
        HwBool readDone = issued.and(rsp.valid()).and(r.read);
        when(req.fire().and(write.not()), () -> issued.assign(true));
        when(readDone, () -> issued.assign(false));
        drive(apb.PREADY(), writeDone.or(readDone).raw());
        drive(apb.PRDATA(), r.data.raw());
        drive(apb.PSLVERROR(), Hw.mux(issued, r.fault, refused).raw());
    }

    @Override
    public Apb3 bus() {
        return apb;
    }
}
