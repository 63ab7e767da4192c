package taskintc.dsl;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.function.Supplier;

import spinal.core.ClockDomainConfig;
import spinal.core.Component;
import spinal.core.HIGH$;
import spinal.core.RISING$;
import spinal.core.SYNC$;
import spinal.core.SpinalConfig;
import spinal.core.SpinalConfig$;
import spinal.core.SpinalReport;

/**
 * Turns a circuit into Verilog with the project's fixed conventions: clock {@code clk}, synchronous
 * active-high {@code reset}, sub-modules prefixed with the top's name (so two configurations can live in
 * one design), and no dates in the output.
 */
public final class Elaborator {
    private Elaborator() {}

    public static final String CLOCK = "clk";
    public static final String RESET = "reset";

    public static ClockDomainConfig clockDomainConfig() {
        return new ClockDomainConfig(RISING$.MODULE$, SYNC$.MODULE$, HIGH$.MODULE$, HIGH$.MODULE$, HIGH$.MODULE$);
    }

    /** SpinalHDL's configuration with every default except ours. Scala default arguments reached by reflection. */
    public static SpinalConfig spinalConfig(Path targetDirectory) {
        try {
            Constructor<?> ctor = null;
            for (Constructor<?> c : SpinalConfig.class.getConstructors())
                if (ctor == null || c.getParameterCount() > ctor.getParameterCount()) ctor = c;
            Class<?>[] types = ctor.getParameterTypes();
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                Method m = SpinalConfig$.class.getMethod("$lessinit$greater$default$" + (i + 1));
                args[i] = m.invoke(SpinalConfig$.MODULE$);
                if (types[i] == ClockDomainConfig.class) args[i] = clockDomainConfig();
            }
            SpinalConfig cfg = (SpinalConfig) ctor.newInstance(args);
            cfg.targetDirectory_$eq(targetDirectory.toString());
            cfg.privateNamespace_$eq(true);
            return cfg;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build SpinalConfig for this SpinalHDL version", e);
        }
    }

    /** Elaborates the top and writes {@code <top>.v} into {@code targetDirectory}. */
    public static <T extends Component> SpinalReport<T> verilog(Path targetDirectory, Supplier<T> top) {
        return spinalConfig(targetDirectory).generateVerilog(() -> Hw.build(top));
    }
}
