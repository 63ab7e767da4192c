package taskintc.dsl;

import spinal.core.Bool;

/** A one-bit signal. */
public final class HwBool extends HwData {
    private final Bool raw;

    HwBool(Bool raw) {
        this.raw = raw;
    }

    @Override
    Bool raw() {
        return raw;
    }

    public void assign(HwBool v) {
        raw.$colon$eq(v.raw, Hw.loc());
    }

    public void assign(boolean v) {
        assign(Hw.lit(v));
    }

    public HwBool and(HwBool o) { return new HwBool(raw.$amp$amp(o.raw)); }

    public HwBool or(HwBool o) { return new HwBool(raw.$bar$bar(o.raw)); }

    public HwBool xor(HwBool o) { return new HwBool(raw.$up(o.raw)); }

    public HwBool not() { return new HwBool(raw.unary_$bang()); }

    public HwBool eq(HwBool o) { return new HwBool(raw.$eq$eq$eq(o.raw)); }

    public HwUInt asUInt() { return new HwUInt(raw.asUInt()); }

    @Override
    public HwBits asBits() { return new HwBits(raw.asBits()); }
}
