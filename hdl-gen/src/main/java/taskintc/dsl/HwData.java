package taskintc.dsl;

import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.Data;
import spinal.core.UInt;

/** Common base of the DSL's signal wrappers. */
public abstract class HwData {
    /** The SpinalHDL signal underneath (for the DSL's own interop only). */
    abstract Data raw();

    public abstract HwBits asBits();

    public int width() {
        return raw().getBitsWidth();
    }

    /** Renames the signal in the generated Verilog. */
    public <T extends HwData> T named(String name) {
        raw().setName(name, false);
        @SuppressWarnings("unchecked") T self = (T) this;
        return self;
    }

    /** Keeps the signal reachable from the simulator even if synthesis would not need it. */
    public <T extends HwData> T simPublic() {
        raw().addTag(spinal.core.sim.SimPublic$.MODULE$);
        @SuppressWarnings("unchecked") T self = (T) this;
        return self;
    }

    /**
     * Assigns {@code value} zero-extended or truncated to this signal's width, whatever this signal's kind (one
     * bit, unsigned, bit vector): for connecting interfaces whose widths differ and ports known only as bits.
     */
    public void assignBits(HwBits value) {
        Bits sized = value.raw().resize(width());
        Data target = raw();
        if (target instanceof Bool b) b.$colon$eq(sized.apply(0), Hw.loc());
        else if (target instanceof UInt u) u.$colon$eq(sized.asUInt(), Hw.loc());
        else ((Bits) target).$colon$eq(sized, Hw.loc());
    }

    /** Assigns a signal of the same kind (one bit, unsigned, bit vector) and width, known here only as a signal. */
    public void assignFrom(HwData value) {
        if (value.getClass() != getClass() || value.width() != width())
            throw new IllegalArgumentException("cannot assign a " + value.width() + "-bit " + value.getClass().getSimpleName()
                    + " to a " + width() + "-bit " + getClass().getSimpleName());
        spinal.core.package$.MODULE$.DataPimped(raw()).$colon$eq(value.raw(), Hw.loc());
    }

    /** The DSL view of a SpinalHDL signal. */
    static HwData wrap(Data d) {
        if (d instanceof Bool b) return new HwBool(b);
        if (d instanceof UInt u) return new HwUInt(u);
        if (d instanceof Bits b) return new HwBits(b);
        throw new IllegalArgumentException("no DSL view of " + d.getClass().getSimpleName() + " " + d);
    }
}
