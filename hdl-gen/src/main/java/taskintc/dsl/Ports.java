package taskintc.dsl;

import java.util.ArrayList;
import java.util.List;

import scala.jdk.javaapi.CollectionConverters;
import spinal.core.BaseType;
import spinal.core.Component;
import spinal.core.Data;

/** The Verilog ports of an elaborated circuit, read off the design so they always match the emitted Verilog. */
public final class Ports {
    private Ports() {}

    /** One port: its Verilog name, {@code input} or {@code output}, and its width in bits. */
    public record Port(String name, String direction, int width) {}

    /** Every port of {@code top}, in the order of the Verilog module header. */
    public static List<Port> of(Component top) {
        return list(CollectionConverters.asJava(top.getOrdredNodeIo()));
    }

    /** The ports {@code signal} (a bus interface) flattens to. */
    public static List<Port> of(Data signal) {
        return list(CollectionConverters.asJava(signal.flatten()));
    }

    private static List<Port> list(Iterable<? extends BaseType> signals) {
        List<Port> out = new ArrayList<>();
        for (BaseType s : signals)
            out.add(new Port(s.getName(), s.isInput() ? "input" : s.isOutput() ? "output" : "inout", s.getBitsWidth()));
        return out;
    }
}
