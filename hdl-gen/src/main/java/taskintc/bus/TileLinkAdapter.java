package taskintc.bus;

import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.TileLinkBus;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/**
 * TileLink Uncached Lightweight (TL-UL) slave on spinal.lib's {@code tilelink.Bus}: Get, PutFullData and
 * PutPartialData on channel A, AccessAck and AccessAckData on channel D, size and source echoed. Registers are
 * accessed one full-width beat at a time: a Get narrower than the bus, a Put whose mask is not full, a Put
 * with corrupt data or any other opcode is refused like a partial AXI write, answered with {@code d_denied}
 * (and {@code d_corrupt} on AccessAckData, as the specification requires). Puts are answered as soon as the
 * core accepts them; one Get is outstanding at a time and A waits while it is, so responses stay in order.
 * The port's largest size is one beat, so a TL-UL master never sends a burst here (its interconnect
 * fragments larger transfers).
 */
public final class TileLinkAdapter extends BusAdapter {
    /** Source (transaction ID) width of the slave port; narrower masters drive zeros in the upper bits. */
    public static final int SOURCE_WIDTH = 8;
    /** TileLink opcodes (specification 1.8.1, tables 5.x): channel A, then channel D. */
    public static final int PUT_FULL_DATA = 0, PUT_PARTIAL_DATA = 1, GET = 4, ACCESS_ACK = 0, ACCESS_ACK_DATA = 1;
    private final TileLinkBus tl;

    public TileLinkAdapter(TaskIntcConfig cfg) {
        super(cfg);
        int w = cfg.taskWidth();
        tl = slavePort("tl", TileLinkBus.shape(cfg.addressWidth(), w, SOURCE_WIDTH));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();

        HwBool aValid = tl.aValid, dReady = tl.dReady;
        HwUInt aSize = tl.aSize;
        int sizeWidth = aSize.width();
        HwBool isGet = wireBool("isGet", tl.aOpcode.eq(Hw.bitsLit(GET, 3)));
        HwBool isPut = wireBool("isPut", tl.aOpcode.eq(Hw.bitsLit(PUT_FULL_DATA, 3)).or(tl.aOpcode.eq(Hw.bitsLit(PUT_PARTIAL_DATA, 3))));
        HwBool fullSize = aSize.eq(Integer.numberOfTrailingZeros(w / 8));
        HwBool fullMask = tl.aMask.andR();

        // The D channel holds one answer: a Put's AccessAck (registered) or a Get's data (from the core, held
        // while d_ready is low).
        HwBool ackValid = regBool("ackValid", false);
        HwBool ackDenied = regBool("ackDenied", false);
        HwBits ackSource = regBits("ackSource", SOURCE_WIDTH, 0);
        HwUInt ackSize = regUInt("ackSize", sizeWidth, 0);
        HwBool getBusy = regBool("getBusy", false);
        HwBits getSource = regBits("getSource", SOURCE_WIDTH, 0);
        HwUInt getSize = regUInt("getSize", sizeWidth, 0);
        HwBool hold = regBool("hold", false);
        HwBits holdData = regBits("holdData", w);
        HwBool holdDenied = regBool("holdDenied", false);

        HwBool accept = wireBool("accept", aValid.and(getBusy.not()).and(ackValid.not().or(dReady)));
        req.valid().assign(accept);
        q.write.assign(isGet.not());
        q.address.assign(tl.aAddress.resize(cfg.addressWidth()));
        q.data.assign(tl.aData);
        // Anything but a full-width Get or an uncorrupted full-mask Put reaches the decoder as a partial access:
        // refused there (BAD_ACCESS in the region's error register), denied here.
        q.fullWidth.assign(Hw.mux(isGet, fullSize.and(fullMask), isPut.and(fullSize).and(fullMask).and(tl.aCorrupt.not())));
        HwBool fire = wireBool("fire", accept.and(req.ready()));
        tl.aReady.assign(accept.and(req.ready()));

        when(fire.and(isGet.not()), () -> {
            ackValid.assign(true);
            ackDenied.assign(refused);
            ackSource.assign(tl.aSource.asBits().resize(SOURCE_WIDTH));
            ackSize.assign(aSize);
        }).elseWhen(dReady, () -> ackValid.assign(false));
        when(fire.and(isGet), () -> {
            getBusy.assign(true);
            getSource.assign(tl.aSource.asBits().resize(SOURCE_WIDTH));
            getSize.assign(aSize);
        });

        HwBool rspGet = wireBool("rspGet", rsp.valid().and(r.read));
        HwBool dataValid = hold.or(rspGet);
        HwBool dataDenied = Hw.mux(hold, holdDenied, r.fault);
        tl.dValid.assign(ackValid.or(dataValid));
        tl.driveDOpcode(Hw.mux(ackValid, Hw.bitsLit(ACCESS_ACK, 3), Hw.bitsLit(ACCESS_ACK_DATA, 3)));
        tl.dParam.assign(Hw.bitsLit(0, 3));
        tl.dSource.assign(Hw.mux(ackValid, ackSource, getSource).resize(tl.dSource.width()).asUInt());
        tl.dSize.assign(Hw.mux(ackValid, ackSize, getSize));
        HwBool denied = Hw.mux(ackValid, ackDenied, dataDenied);
        tl.dDenied.assign(denied);
        tl.dCorrupt.assign(ackValid.not().and(denied));
        tl.dData.assign(Hw.mux(ackValid, Hw.bitsLit(0, w), Hw.mux(hold, holdData, r.data)));
        when(rspGet.and(ackValid.or(dReady.not())), () -> {
            hold.assign(true);
            holdData.assign(r.data);
            holdDenied.assign(r.fault);
        });
        when(dataValid.and(ackValid.not()).and(dReady), () -> {
            hold.assign(false);
            getBusy.assign(false);
        });
    }

    @Override
    public TileLinkBus bus() {
        return tl;
    }
}
