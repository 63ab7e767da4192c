package taskintc.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import spinal.core.BaseType;
import spinal.core.BlackBox;
import spinal.core.in$;
import spinal.core.out$;

/**
 * A module defined outside the generator (a black box: only its ports are known), instantiated with
 * {@link Circuit#child}. Subclasses declare its ports in their constructor with {@link #port(String, boolean, int, boolean)}.
 */
public abstract class BlackBoxModule extends BlackBox {
    private final Map<String, HwData> ports = new LinkedHashMap<>();

    /** {@code moduleName}: the Verilog module the instance refers to. */
    protected BlackBoxModule(String moduleName) {
        setDefinitionName(moduleName, false);
    }

    /** Declares a port: a vector of {@code width} bits, or a single bit when {@code vector} is false. */
    protected void port(String name, boolean input, int width, boolean vector) {
        BaseType t;
        if (vector) t = input ? in$.MODULE$.Bits(Hw.bits(width)) : out$.MODULE$.Bits(Hw.bits(width));
        else t = input ? in$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT) : out$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT);
        valCallback(t, name);
        ports.put(name, HwData.wrap(t));
    }

    /** The port {@code name} (a bit vector, or one bit for a scalar port). */
    public HwData port(String name) {
        HwData d = ports.get(name);
        if (d == null) throw new IllegalArgumentException(definitionName() + " has no port " + name);
        return d;
    }

    /** A one-bit port. */
    public HwBool bool(String name) {
        if (!(port(name) instanceof HwBool b)) throw new IllegalArgumentException(definitionName() + "." + name + " is a vector");
        return b;
    }

    public Map<String, HwData> ports() {
        return Collections.unmodifiableMap(ports);
    }
}
