package taskintc.bus;

import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.bus.amba4.axilite.AxiLite4Config;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/** AXI4-Lite slave: one read and one write in flight; reads and writes alternate when both wait. */
public final class AxiLite4Adapter extends BusAdapter {
    private static final long OKAY = 0, SLVERR = 2;
    private final AxiLite4 axi;

    public AxiLite4Adapter(TaskIntcConfig cfg) {
        super(cfg);
        int w = cfg.taskWidth();
        axi = slavePort("axi", new AxiLite4(new AxiLite4Config(cfg.addressWidth(), w, -1, -1, -1, -1)));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();

        HwBool awValid = new HwBool(axi.aw().valid()), wValid = new HwBool(axi.w().valid());
        HwBool arValid = new HwBool(axi.ar().valid());
        HwBool bReady = new HwBool(axi.b().ready()), rReady = new HwBool(axi.r().ready());

        HwBool bValid = regBool("bValid", false);
        HwBits bResp = regBits("bResp", 2, OKAY);
        HwBool readBusy = regBool("readBusy", false);
        HwBool rHold = regBool("rHold", false);
        HwBits rHoldData = regBits("rHoldData", w);
        HwBits rHoldResp = regBits("rHoldResp", 2);
        HwBool preferWrite = regBool("preferWrite", false);

        HwBool canWrite = wireBool("canWrite", awValid.and(wValid).and(bValid.not().or(bReady)));
        HwBool canRead = wireBool("canRead", arValid.and(readBusy.not()));
        HwBool pickWrite = wireBool("pickWrite", canWrite.and(canRead.not().or(preferWrite)));

        req.valid().assign(canWrite.or(canRead));
        q.write.assign(pickWrite);
        q.address.assign(Hw.mux(pickWrite, new HwUInt(axi.aw().payload().addr()), new HwUInt(axi.ar().payload().addr())));
        q.data.assign(new HwBits(axi.w().payload().data()));
        q.fullWidth.assign(Hw.mux(pickWrite, new HwBits(axi.w().payload().strb()).andR(), Hw.lit(true)));

        HwBool writeFire = pickWrite.and(req.ready());
        HwBool readFire = pickWrite.not().and(canRead).and(req.ready());
        drive(axi.aw().ready(), writeFire.raw());
        drive(axi.w().ready(), writeFire.raw());
        drive(axi.ar().ready(), readFire.raw());

        when(writeFire, () -> {
            bValid.assign(true);
            bResp.assign(Hw.mux(refused, Hw.bitsLit(SLVERR, 2), Hw.bitsLit(OKAY, 2)));
            preferWrite.assign(false);
        }).elseWhen(bReady, () -> bValid.assign(false));
        when(readFire, () -> {
            readBusy.assign(true);
            preferWrite.assign(true);
        });
        drive(axi.b().valid(), bValid.raw());
        drive(axi.b().payload().resp(), bResp.raw());

        HwBool rspRead = wireBool("rspRead", rsp.valid().and(r.read));
        HwBits rspResp = Hw.mux(r.fault, Hw.bitsLit(SLVERR, 2), Hw.bitsLit(OKAY, 2));
        HwBool rValid = rHold.or(rspRead);
        drive(axi.r().valid(), rValid.raw());
        drive(axi.r().payload().data(), Hw.mux(rHold, rHoldData, r.data).raw());
        drive(axi.r().payload().resp(), Hw.mux(rHold, rHoldResp, rspResp).raw());
        when(rspRead.and(rReady.not()), () -> {
            rHold.assign(true);
            rHoldData.assign(r.data);
            rHoldResp.assign(rspResp);
        });
        when(rValid.and(rReady), () -> {
            rHold.assign(false);
            readBusy.assign(false);
        });
    }

    @Override
    public AxiLite4 bus() {
        return axi;
    }
}
