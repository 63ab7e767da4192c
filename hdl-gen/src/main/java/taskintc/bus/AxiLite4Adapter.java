package taskintc.bus;

import taskintc.dsl.AxiLite4Bus;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/** AXI4-Lite slave: one read and one write in flight; reads and writes alternate when both wait. */
public final class AxiLite4Adapter extends BusAdapter {
    private static final long OKAY = 0, SLVERR = 2;
    private final AxiLite4Bus axi;

    public AxiLite4Adapter(TaskIntcConfig cfg) {
        super(cfg);
        int w = cfg.taskWidth();
        axi = slavePort("axi", AxiLite4Bus.shape(cfg.addressWidth(), w));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();

        HwBool awValid = axi.awValid, wValid = axi.wValid, arValid = axi.arValid, bReady = axi.bReady, rReady = axi.rReady;

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
        q.address.assign(Hw.mux(pickWrite, axi.awAddr, axi.arAddr));
        q.data.assign(axi.wData);
        q.fullWidth.assign(Hw.mux(pickWrite, axi.wStrb.andR(), Hw.lit(true)));

        HwBool writeFire = pickWrite.and(req.ready());
        HwBool readFire = pickWrite.not().and(canRead).and(req.ready());
        axi.awReady.assign(writeFire);
        axi.wReady.assign(writeFire);
        axi.arReady.assign(readFire);

        when(writeFire, () -> {
            bValid.assign(true);
            bResp.assign(Hw.mux(refused, Hw.bitsLit(SLVERR, 2), Hw.bitsLit(OKAY, 2)));
            preferWrite.assign(false);
        }).elseWhen(bReady, () -> bValid.assign(false));
        when(readFire, () -> {
            readBusy.assign(true);
            preferWrite.assign(true);
        });
        axi.bValid.assign(bValid);
        axi.bResp.assign(bResp);

        HwBool rspRead = wireBool("rspRead", rsp.valid().and(r.read));
        HwBits rspResp = Hw.mux(r.fault, Hw.bitsLit(SLVERR, 2), Hw.bitsLit(OKAY, 2));
        HwBool rValid = rHold.or(rspRead);
        axi.rValid.assign(rValid);
        axi.rData.assign(Hw.mux(rHold, rHoldData, r.data));
        axi.rResp.assign(Hw.mux(rHold, rHoldResp, rspResp));
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
    public AxiLite4Bus bus() {
        return axi;
    }
}
