package taskintc.dsl;

import spinal.core.Data;

/** Common base of the DSL's signal wrappers; {@link #raw()} reaches SpinalHDL for spinal.lib interop. */
public abstract class HwData {
    public abstract Data raw();

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
}
