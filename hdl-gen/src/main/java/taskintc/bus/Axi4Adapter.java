package taskintc.bus;

import taskintc.dsl.Axi4Bus;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/**
 * AXI4 slave, for system buses that carry IDs and bursts (a CPU's MMIO port). Registers are accessed one
 * full-width beat at a time, as on {@link AxiLite4Adapter}: the ID comes back on the response and a
 * single-beat read narrower than the bus is refused like a partial write (a narrow dequeue would lose half
 * of the task word). A burst (len > 0) never reaches a register: every beat of it is consumed and answered
 * SLVERR, so a stray burst cannot hang the bus or touch a queue.
 */
public final class Axi4Adapter extends BusAdapter {
    /** ID width of the slave port; narrower masters drive zeros in the upper bits. */
    public static final int ID_WIDTH = 8;
    private static final long OKAY = 0, SLVERR = 2;
    private final Axi4Bus axi;

    public Axi4Adapter(TaskIntcConfig cfg) {
        super(cfg);
        int w = cfg.taskWidth();
        int fullSize = Integer.numberOfTrailingZeros(w / 8);
        axi = slavePort("axi", shape(cfg));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();

        HwBool awValid = axi.awValid, wValid = axi.wValid, arValid = axi.arValid, bReady = axi.bReady, rReady = axi.rReady;
        HwBool awBurst = wireBool("awBurst", axi.awLen.orR());
        HwBool arBurst = wireBool("arBurst", axi.arLen.orR());
        HwBits awId = axi.awId.asBits();
        HwBits arId = axi.arId.asBits();

        HwBool bValid = regBool("bValid", false);
        HwBits bResp = regBits("bResp", 2, OKAY);
        HwBits bId = regBits("bId", ID_WIDTH, 0);
        HwBool readBusy = regBool("readBusy", false);
        HwBits rId = regBits("rId", ID_WIDTH, 0);
        HwBool rHold = regBool("rHold", false);
        HwBits rHoldData = regBits("rHoldData", w);
        HwBits rHoldResp = regBits("rHoldResp", 2);
        HwBool preferWrite = regBool("preferWrite", false);
        // A refused burst: W beats still to swallow, R beats still to answer (len counts down to 0 = last).
        HwBool wDrain = regBool("wDrain", false);
        HwBool rBurst = regBool("rBurst", false);
        HwUInt rBurstLeft = regUInt("rBurstLeft", 8, 0);

        HwBool bFree = wireBool("bFree", bValid.not().or(bReady));
        HwBool canWrite = wireBool("canWrite", awValid.and(awBurst.not()).and(wValid).and(wDrain.not()).and(bFree));
        HwBool canRead = wireBool("canRead", arValid.and(arBurst.not()).and(readBusy.not()));
        HwBool pickWrite = wireBool("pickWrite", canWrite.and(canRead.not().or(preferWrite)));

        req.valid().assign(canWrite.or(canRead));
        q.write.assign(pickWrite);
        q.address.assign(Hw.mux(pickWrite, axi.awAddr.resize(cfg.addressWidth()),
                axi.arAddr.resize(cfg.addressWidth())));
        q.data.assign(axi.wData);
        HwBool readFull = axi.arSize.eq(fullSize);
        q.fullWidth.assign(Hw.mux(pickWrite, axi.wStrb.andR(), readFull));

        HwBool writeFire = wireBool("writeFire", pickWrite.and(req.ready()));
        HwBool readFire = wireBool("readFire", pickWrite.not().and(canRead).and(req.ready()));
        // A burst write's address is taken alone once the B channel is free; its data beats are then drained.
        HwBool burstWriteStart = wireBool("burstWriteStart", awValid.and(awBurst).and(wDrain.not()).and(bValid.not()));
        HwBool drainBeat = wireBool("drainBeat", wDrain.and(wValid));
        HwBool burstReadStart = wireBool("burstReadStart", arValid.and(arBurst).and(readBusy.not()));
        axi.awReady.assign(writeFire.or(burstWriteStart));
        axi.wReady.assign(writeFire.or(drainBeat));
        axi.arReady.assign(readFire.or(burstReadStart));

        when(writeFire, () -> {
            bValid.assign(true);
            bResp.assign(Hw.mux(refused, Hw.bitsLit(SLVERR, 2), Hw.bitsLit(OKAY, 2)));
            bId.assign(awId.resize(ID_WIDTH));
            preferWrite.assign(false);
        }).elseWhen(bReady, () -> bValid.assign(false));
        when(burstWriteStart, () -> {
            wDrain.assign(true);
            bId.assign(awId.resize(ID_WIDTH));
        });
        when(drainBeat.and(axi.wLast), () -> {
            wDrain.assign(false);
            bValid.assign(true);
            bResp.assign(SLVERR);
        });
        when(readFire, () -> {
            readBusy.assign(true);
            preferWrite.assign(true);
            rId.assign(arId.resize(ID_WIDTH));
        });
        when(burstReadStart, () -> {
            readBusy.assign(true);
            rBurst.assign(true);
            rBurstLeft.assign(axi.arLen);
            rId.assign(arId.resize(ID_WIDTH));
        });
        axi.bValid.assign(bValid);
        axi.bResp.assign(bResp);
        axi.bId.assign(bId.resize(axi.idWidth()).asUInt());

        HwBool rspRead = wireBool("rspRead", rsp.valid().and(r.read));
        HwBits rspResp = Hw.mux(r.fault, Hw.bitsLit(SLVERR, 2), Hw.bitsLit(OKAY, 2));
        HwBool rValid = rHold.or(rspRead).or(rBurst);
        axi.rValid.assign(rValid);
        axi.rData.assign(Hw.mux(rBurst, Hw.bitsLit(0, w), Hw.mux(rHold, rHoldData, r.data)));
        axi.rResp.assign(Hw.mux(rBurst, Hw.bitsLit(SLVERR, 2), Hw.mux(rHold, rHoldResp, rspResp)));
        axi.rId.assign(rId.resize(axi.idWidth()).asUInt());
        axi.rLast.assign(rBurst.not().or(rBurstLeft.eq(0)));
        when(rspRead.and(rReady.not()), () -> {
            rHold.assign(true);
            rHoldData.assign(r.data);
            rHoldResp.assign(rspResp);
        });
        when(rValid.and(rReady), () -> {
            rHold.assign(false);
            when(rBurst, () -> {
                rBurstLeft.assign(rBurstLeft.minus(1));
                when(rBurstLeft.eq(0), () -> {
                    rBurst.assign(false);
                    readBusy.assign(false);
                });
            }).otherwise(() -> readBusy.assign(false));
        });
    }

    /** The port: the controller's address and data widths, {@link #ID_WIDTH}-bit IDs. */
    public static Axi4Bus.Shape<Axi4Bus> shape(TaskIntcConfig cfg) {
        return Axi4Bus.shape(cfg.addressWidth(), cfg.taskWidth(), ID_WIDTH);
    }

    @Override
    public Axi4Bus bus() {
        return axi;
    }
}
