package taskintc.bus;

import spinal.lib.bus.tilelink.Bus;
import spinal.lib.bus.tilelink.BusParameter;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
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
    private final Bus tl;

    public TileLinkAdapter(TaskIntcConfig cfg) {
        super(cfg);
        int w = cfg.taskWidth();
        tl = slavePort("tl", new Bus(parameter(cfg)));
        BusRequest q = req.payload();
        CoreRsp r = rsp.payload();

        var a = tl.a().payload();
        var d = tl.d().payload();
        HwBool aValid = new HwBool(tl.a().valid()), dReady = new HwBool(tl.d().ready());
        HwBits aOpcode = new HwBits(a.opcode().asBits());
        HwUInt aSize = new HwUInt(a.size());
        int sizeWidth = aSize.width();
        HwBool isGet = wireBool("isGet", aOpcode.eq(Hw.bitsLit(GET, 3)));
        HwBool isPut = wireBool("isPut", aOpcode.eq(Hw.bitsLit(PUT_FULL_DATA, 3)).or(aOpcode.eq(Hw.bitsLit(PUT_PARTIAL_DATA, 3))));
        HwBool fullSize = aSize.eq(Integer.numberOfTrailingZeros(w / 8));
        HwBool fullMask = new HwBits(a.mask()).andR();

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
        q.address.assign(new HwUInt(a.address()).resize(cfg.addressWidth()));
        q.data.assign(new HwBits(a.data()));
        // Anything but a full-width Get or an uncorrupted full-mask Put reaches the decoder as a partial access:
        // refused there (BAD_ACCESS in the region's error register), denied here.
        q.fullWidth.assign(Hw.mux(isGet, fullSize.and(fullMask), isPut.and(fullSize).and(fullMask).and(new HwBool(a.corrupt()).not())));
        HwBool fire = wireBool("fire", accept.and(req.ready()));
        drive(tl.a().ready(), accept.and(req.ready()).raw());

        when(fire.and(isGet.not()), () -> {
            ackValid.assign(true);
            ackDenied.assign(refused);
            ackSource.assign(new HwBits(a.source().asBits()).resize(SOURCE_WIDTH));
            ackSize.assign(aSize);
        }).elseWhen(dReady, () -> ackValid.assign(false));
        when(fire.and(isGet), () -> {
            getBusy.assign(true);
            getSource.assign(new HwBits(a.source().asBits()).resize(SOURCE_WIDTH));
            getSize.assign(aSize);
        });

        HwBool rspGet = wireBool("rspGet", rsp.valid().and(r.read));
        HwBool dataValid = hold.or(rspGet);
        HwBool dataDenied = Hw.mux(hold, holdDenied, r.fault);
        drive(tl.d().valid(), ackValid.or(dataValid).raw());
        driveBits(d.opcode(), Hw.mux(ackValid, Hw.bitsLit(ACCESS_ACK, 3), Hw.bitsLit(ACCESS_ACK_DATA, 3)));
        drive(d.param(), Hw.bitsLit(0, 3).raw());
        drive(d.source(), Hw.mux(ackValid, ackSource, getSource).resize(tl.p().sourceWidth()).asUInt().raw());
        drive(d.size(), Hw.mux(ackValid, ackSize, getSize).raw());
        HwBool denied = Hw.mux(ackValid, ackDenied, dataDenied);
        drive(d.denied(), denied.raw());
        drive(d.corrupt(), ackValid.not().and(denied).raw());
        drive(d.data(), Hw.mux(ackValid, Hw.bitsLit(0, w), Hw.mux(hold, holdData, r.data)).raw());
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

    /** TL-UL with the controller's address and data widths, one beat at most, {@link #SOURCE_WIDTH}-bit sources. */
    public static BusParameter parameter(TaskIntcConfig cfg) {
        return BusParameter.simple(cfg.addressWidth(), cfg.taskWidth(), cfg.taskWidth() / 8, SOURCE_WIDTH);
    }

    @Override
    public Bus bus() {
        return tl;
    }
}
