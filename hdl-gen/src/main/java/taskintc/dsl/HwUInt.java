package taskintc.dsl;

import spinal.core.UInt;

/** An unsigned bit vector with arithmetic. Results of +/- keep the wider operand's width (wrapping). */
public final class HwUInt extends HwData {
    private final UInt raw;

    HwUInt(UInt raw) {
        this.raw = raw;
    }

    @Override
    UInt raw() {
        return raw;
    }

    /** Assigns, zero-extending or truncating is refused: widths must match (use {@link #resize}). */
    public void assign(HwUInt v) {
        raw.$colon$eq(v.raw, Hw.loc());
    }

    public void assign(long v) {
        assign(Hw.lit(v, width()));
    }

    public HwUInt plus(HwUInt o) { return new HwUInt(raw.$plus(o.raw)); }

    public HwUInt plus(long v) { return plus(Hw.lit(v, width())); }

    public HwUInt minus(HwUInt o) { return new HwUInt(raw.$minus(o.raw)); }

    public HwUInt minus(long v) { return minus(Hw.lit(v, width())); }

    public HwBool eq(HwUInt o) { return new HwBool(raw.$eq$eq$eq(o.raw)); }

    public HwBool eq(long v) { return eq(Hw.lit(v, width())); }

    public HwBool ne(HwUInt o) { return new HwBool(raw.$eq$div$eq(o.raw)); }

    public HwBool ne(long v) { return ne(Hw.lit(v, width())); }

    public HwBool lt(HwUInt o) { return new HwBool(raw.$less(o.raw)); }

    /** Against a constant; a constant beyond the range of this width gives a constant result. */
    public HwBool lt(long v) {
        if (v > maxValue()) return Hw.lit(true);
        if (v <= 0) return Hw.lit(false);
        return lt(Hw.lit(v, width()));
    }

    private long maxValue() {
        return width() >= 63 ? Long.MAX_VALUE : (1L << width()) - 1;
    }

    public HwBool ge(HwUInt o) { return new HwBool(raw.$greater$eq(o.raw)); }

    public HwBool ge(long v) {
        if (v > maxValue()) return Hw.lit(false);
        if (v <= 0) return Hw.lit(true);
        return ge(Hw.lit(v, width()));
    }

    public HwBool gt(HwUInt o) { return new HwBool(raw.$greater(o.raw)); }

    public HwBool le(HwUInt o) { return new HwBool(raw.$less$eq(o.raw)); }

    public HwUInt and(HwUInt o) { return new HwUInt(raw.$amp(o.raw)); }

    public HwUInt or(HwUInt o) { return new HwUInt(raw.$bar(o.raw)); }

    public HwUInt shl(int n) { return new HwUInt(raw.$less$less(n)); }

    public HwUInt shr(int n) { return new HwUInt(raw.$greater$greater(n)); }

    public HwUInt resize(int w) { return new HwUInt(raw.resize(w)); }

    public HwBool bit(int i) { return new HwBool(raw.apply(i)); }

    /** {@code width} bits starting at {@code lsb}. */
    public HwUInt slice(int lsb, int width) { return new HwUInt(raw.apply(lsb, Hw.bits(width))); }

    public HwBool orR() { return new HwBool(raw.orR()); }

    @Override
    public HwBits asBits() { return new HwBits(raw.asBits()); }
}
