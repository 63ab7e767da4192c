package taskintc.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import scala.jdk.javaapi.CollectionConverters;
import spinal.core.BaseType;
import spinal.core.Bundle;

/**
 * A standard bus interface (spinal.lib's AXI4, AXI4-Lite, APB3 or Wishbone) seen as named DSL signals, so
 * adapters, bus masters and tops drive it like any other signal. Make one with a {@link Shape}: as a port
 * ({@link Circuit#slavePort(String, Shape)}, {@link Circuit#masterPort(String, Shape)}), as wires inside a
 * circuit ({@link Circuit#busWires(String, Shape)}), or as a child's port raised to the parent
 * ({@link Circuit#exposeSlave(HwBus)}).
 */
public abstract class HwBus {
    /** One signal of the interface: its role in the protocol (awvalid, PADDR...) and its Verilog name. */
    public record Signal(String role, String name, boolean input, int width) {}

    /** How to make an interface of one protocol and size (the widths and options of its configuration). */
    public abstract static class Shape<B extends HwBus> {
        /** A fresh interface of this shape, without direction or name. */
        abstract B create();

        /**
         * Renames a port to the protocol's signal names (AXI's awvalid, araddr...) instead of SpinalHDL's
         * {@code aw_valid}, {@code ar_payload_addr}; protocols whose names are already the standard ones keep them.
         */
        void standardNames(B port) {}
    }

    private final Shape<?> shape;

    HwBus(Shape<?> shape) {
        this.shape = shape;
    }

    abstract Bundle raw();

    /** The shape this interface was made with (to make another one like it). */
    @SuppressWarnings("unchecked")
    <B extends HwBus> Shape<B> shape() {
        return (Shape<B>) shape;
    }

    /** The interface's name in the Verilog (after elaboration): the prefix of its signals. */
    public String name() {
        return raw().getName();
    }

    /** Every signal with its Verilog name and direction, in declaration order (after elaboration). */
    public List<Signal> signals() {
        String prefix = name() + "_";
        List<Signal> out = new ArrayList<>();
        for (BaseType s : CollectionConverters.asJava(raw().flatten())) {
            String n = s.getName();
            out.add(new Signal(n.startsWith(prefix) ? n.substring(prefix.length()) : n, n, s.isInput(), s.getBitsWidth()));
        }
        return out;
    }

    static <B extends HwBus> Shape<B> shapeOf(Supplier<B> make) {
        return new Shape<>() {
            @Override
            B create() {
                return make.get();
            }
        };
    }
}
