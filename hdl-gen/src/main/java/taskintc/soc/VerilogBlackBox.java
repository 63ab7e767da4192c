package taskintc.soc;

import taskintc.dsl.BlackBoxModule;

/** A black box whose ports are exactly those of a module read from Verilog ({@link VerilogModule}). */
public final class VerilogBlackBox extends BlackBoxModule {
    public VerilogBlackBox(VerilogModule module) {
        super(module.name());
        for (VerilogModule.Port p : module.ports()) port(p.name(), p.input(), p.width(), p.vector());
    }
}
