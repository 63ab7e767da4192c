package taskintc.bus;

import spinal.lib.bus.amba4.axi.Axi4;
import spinal.lib.bus.amba4.axi.Axi4Config;
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
    private final Axi4 axi;

    public Axi4Adapter(TaskIntcConfig cfg) {
        super(cfg);
        int w = cfg.taskWidth();
        int fullSize = Integer.numberOfTrailingZeros(w / 8);
        axi = slavePort("axi", new Axi4(config(cfg)));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();

        HwBool awValid = new HwBool(axi.aw().valid()), wValid = new HwBool(axi.w().valid());
        HwBool arValid = new HwBool(axi.ar().valid());
        HwBool bReady = new HwBool(axi.b().ready()), rReady = new HwBool(axi.r().ready());
        HwBool awBurst = wireBool("awBurst", new HwUInt(axi.aw().payload().len()).orR());
        HwBool arBurst = wireBool("arBurst", new HwUInt(axi.ar().payload().len()).orR());
        HwBits awId = new HwBits(axi.aw().payload().id().asBits());
        HwBits arId = new HwBits(axi.ar().payload().id().asBits());

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
        q.address.assign(Hw.mux(pickWrite, new HwUInt(axi.aw().payload().addr()).resize(cfg.addressWidth()),
                new HwUInt(axi.ar().payload().addr()).resize(cfg.addressWidth())));
        q.data.assign(new HwBits(axi.w().payload().data()));
        HwBool readFull = new HwUInt(axi.ar().payload().size()).eq(fullSize);
        q.fullWidth.assign(Hw.mux(pickWrite, new HwBits(axi.w().payload().strb()).andR(), readFull));

        HwBool writeFire = wireBool("writeFire", pickWrite.and(req.ready()));
        HwBool readFire = wireBool("readFire", pickWrite.not().and(canRead).and(req.ready()));
        // A burst write's address is taken alone once the B channel is free; its data beats are then drained.
        HwBool burstWriteStart = wireBool("burstWriteStart", awValid.and(awBurst).and(wDrain.not()).and(bValid.not()));
        HwBool drainBeat = wireBool("drainBeat", wDrain.and(wValid));
        HwBool burstReadStart = wireBool("burstReadStart", arValid.and(arBurst).and(readBusy.not()));
        drive(axi.aw().ready(), writeFire.or(burstWriteStart).raw());
        drive(axi.w().ready(), writeFire.or(drainBeat).raw());
        drive(axi.ar().ready(), readFire.or(burstReadStart).raw());

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
        when(drainBeat.and(new HwBool(axi.w().payload().last())), () -> {
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
            rBurstLeft.assign(new HwUInt(axi.ar().payload().len()));
            rId.assign(arId.resize(ID_WIDTH));
        });
        drive(axi.b().valid(), bValid.raw());
        drive(axi.b().payload().resp(), bResp.raw());
        drive(axi.b().payload().id(), bId.resize(axi.config().idWidth()).asUInt().raw());

        HwBool rspRead = wireBool("rspRead", rsp.valid().and(r.read));
        HwBits rspResp = Hw.mux(r.fault, Hw.bitsLit(SLVERR, 2), Hw.bitsLit(OKAY, 2));
        HwBool rValid = rHold.or(rspRead).or(rBurst);
        drive(axi.r().valid(), rValid.raw());
        drive(axi.r().payload().data(), Hw.mux(rBurst, Hw.bitsLit(0, w), Hw.mux(rHold, rHoldData, r.data)).raw());
        drive(axi.r().payload().resp(), Hw.mux(rBurst, Hw.bitsLit(SLVERR, 2), Hw.mux(rHold, rHoldResp, rspResp)).raw());
        drive(axi.r().payload().id(), rId.resize(axi.config().idWidth()).asUInt().raw());
        drive(axi.r().payload().last(), rBurst.not().or(rBurstLeft.eq(0)).raw());
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

    /** The port's configuration: the controller's address and data widths, IDs, bursts, sizes and strobes. */
    public static Axi4Config config(TaskIntcConfig cfg) {
        // useId, withAxi3, useRegion, useBurst, useLock, useCache, useSize, useQos, useLen, useLast, useResp,
        // useProt, useStrb, useAllStrb, forceAxi4Len; then no user fields and no issuing limits.
        return new Axi4Config(cfg.addressWidth(), cfg.taskWidth(), ID_WIDTH,
                true, false, false, true, true, true, true, true, true, true, true, true, true, false, false,
                -1, -1, -1, -1, -1, -1, -1, -1, -1);
    }

    @Override
    public Axi4 bus() {
        return axi;
    }
}
