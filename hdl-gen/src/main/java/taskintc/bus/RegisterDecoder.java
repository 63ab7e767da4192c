package taskintc.bus;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.regmap.Access;
import taskintc.regmap.IndexKind;
import taskintc.regmap.PageKind;
import taskintc.regmap.Register;
import taskintc.regmap.RegisterMap;
import taskintc.spec.Binding;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreOp;
import taskintc.spec.TaskIntcConfig;

/**
 * Binds the register map to the core: turns one bus access into one core operation, using nothing but
 * the register-map declaration. An access that matches no register, or breaks its access rules, becomes
 * a FAULT operation (error bit set in the page's error register, bus error answered).
 */
public final class RegisterDecoder extends Circuit {
    public final HwStream<BusRequest> req;
    public final HwStream<CoreCmd> cmd;
    /** The request now offered is refused (combinational with {@code req}). */
    public final HwBool refused;

    public RegisterDecoder(TaskIntcConfig cfg, RegisterMap<Binding> map) {
        req = streamIn("req", () -> new BusRequest(cfg));
        cmd = streamOut("cmd", () -> new CoreCmd(cfg));
        refused = outBool("refused");
        BusRequest q = req.payload();
        CoreCmd c = cmd.payload();
        int aw = cfg.addressWidth();
        int xw = cfg.contextWidth();

        cmd.valid().assign(req.valid());
        req.ready().assign(cmd.ready());

        int rb = map.regionBits();
        HwUInt page = wireUInt("page", q.address.slice(rb, aw - rb));
        HwUInt offset = wireUInt("offset", q.address.slice(0, rb));
        HwBool onControl = wireBool("onControl", page.eq(0));
        // When the context pages fill the page-number space there is no upper bound to check.
        boolean allPagesMapped = cfg.contexts() + 1 == 1 << page.width();
        HwBool onContext = wireBool("onContext", allPagesMapped ? page.ne(0)
                : page.ne(0).and(page.le(Hw.lit(cfg.contexts(), page.width()))));
        HwUInt pageContext = page.minus(1).slice(0, xw);

        c.op.assign(CoreOp.FAULT.ordinal());
        c.status.assign(0);
        c.context.assign(Hw.mux(onContext, pageContext, Hw.lit(0, xw)));
        c.hart.assign(0);
        if (c.source != null) c.source.assign(0);
        if (c.index != null) c.index.assign(0);
        c.data.assign(q.data);
        c.control.assign(onContext.not());
        c.read.assign(q.write.not());

        for (Register<Binding> r : map.registers()) {
            HwBool onPage = r.page() == PageKind.CONTROL ? onControl : onContext;
            // Arrays sit on a boundary of their own power-of-two size (the map checks it), so the element
            // index is a bit slice of the offset and the hit test a comparison of the bits above it.
            int slotBits = Integer.numberOfTrailingZeros(r.stride());
            int indexBits = r.isArray() ? Hw.log2Up(r.count()) : 0;
            int regionBits = slotBits + indexBits;
            HwUInt index = r.isArray() ? offset.slice(slotBits, indexBits) : Hw.lit(0, 1);
            HwBool inRegion = offset.slice(regionBits, rb - regionBits).eq(r.offset() >> regionBits)
                    .and(offset.slice(0, slotBits).eq(0));
            HwBool hit = r.isArray() && r.count() < (1 << indexBits) ? inRegion.and(index.lt(r.count())) : inRegion;
            HwBool writeOk = q.write.and(q.fullWidth);
            HwBool readOk = q.write.not().and(q.fullWidth);
            HwBool allowed = r.access() == Access.RW ? readOk.or(writeOk)
                    : r.access().writable() ? writeOk : readOk;
            when(onPage.and(hit).and(allowed), () -> {
                c.op.assign(r.binding().op().ordinal());
                c.status.assign(r.binding().selector());
                if (r.binding().op() == CoreOp.READ_CONST)
                    c.data.assign(Hw.bitsLit(r.binding().constant(), cfg.taskWidth()));
                if (r.index() == IndexKind.HART) c.hart.assign(index.resize(cfg.hartWidth()));
                if (r.index() == IndexKind.CONTEXT) c.context.assign(index.resize(xw));
                if (r.index() == IndexKind.SOURCE && c.source != null) c.source.assign(index.resize(cfg.sourceWidth()));
                if ((r.index() == IndexKind.WORD || r.index() == IndexKind.CHANNEL) && c.index != null)
                    c.index.assign(index.resize(cfg.ipcIndexWidth()));
            });
        }
        refused.assign(c.op.eq(CoreOp.FAULT.ordinal()));
    }
}
