package taskintc.dsl;

import spinal.core.Bits;

/** A raw bit vector (no arithmetic). */
public final class HwBits extends HwData {
    private final Bits raw;

    HwBits(Bits raw) {
        this.raw = raw;
    }

    @Override
    Bits raw() {
        return raw;
    }

    public void assign(HwBits v) {
        raw.$colon$eq(v.raw, Hw.loc());
    }

    public void assign(long v) {
        assign(Hw.bitsLit(v, width()));
    }

    public HwBits and(HwBits o) { return new HwBits(raw.$amp(o.raw)); }

    public HwBits or(HwBits o) { return new HwBits(raw.$bar(o.raw)); }

    public HwBits xor(HwBits o) { return new HwBits(raw.$up(o.raw)); }

    public HwBits not() { return new HwBits(raw.unary_$tilde()); }

    public HwBool eq(HwBits o) { return new HwBool(raw.$eq$eq$eq(o.raw)); }

    public HwBool bit(int i) { return new HwBool(raw.apply(i)); }

    /** Bit selected by a run-time index. */
    public HwBool bit(HwUInt i) {
        if (width() == 1) return bit(0);
        return new HwBool(raw.apply(i.resize(Hw.log2Up(width())).raw()));
    }

    /** {@code width} bits starting at {@code lsb}. */
    public HwBits slice(int lsb, int width) { return new HwBits(raw.apply(lsb, Hw.bits(width))); }

    /** {@code width} bits starting at a run-time offset. */
    public HwBits slice(HwUInt lsb, int width) { return new HwBits(raw.apply(lsb.raw(), Hw.bits(width))); }

    public HwBits resize(int w) { return new HwBits(raw.resize(w)); }

    public HwBool orR() { return new HwBool(raw.orR()); }

    public HwBool andR() { return new HwBool(raw.andR()); }

    public HwUInt asUInt() { return new HwUInt(raw.asUInt()); }

    @Override
    public HwBits asBits() { return this; }
}
