package taskintc.soc;

import java.util.LinkedHashMap;
import java.util.Map;

import spinal.core.BaseType;
import spinal.core.BlackBox;
import spinal.core.in$;
import spinal.core.out$;
import taskintc.dsl.Hw;

/** A black box whose ports are exactly those of a module read from Verilog ({@link VerilogModule}). */
public final class VerilogBlackBox extends BlackBox {
    private final Map<String, BaseType> ports = new LinkedHashMap<>();

    public VerilogBlackBox(VerilogModule module) {
        setDefinitionName(module.name(), false);
        for (VerilogModule.Port p : module.ports()) {
            BaseType t;
            if (p.vector()) t = p.input() ? in$.MODULE$.Bits(Hw.bits(p.width())) : out$.MODULE$.Bits(Hw.bits(p.width()));
            else t = p.input() ? in$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT) : out$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT);
            valCallback(t, p.name());
            ports.put(p.name(), t);
        }
    }

    public BaseType port(String name) {
        BaseType t = ports.get(name);
        if (t == null) throw new IllegalArgumentException(definitionName() + " has no port " + name);
        return t;
    }

    public Map<String, BaseType> ports() {
        return ports;
    }
}
