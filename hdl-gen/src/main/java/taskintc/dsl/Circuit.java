package taskintc.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import scala.collection.immutable.Seq;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.Component;
import spinal.core.Data;
import spinal.core.HardType$;
import spinal.core.Reg$;
import spinal.core.UInt;
import spinal.core.default$;
import spinal.core.in$;
import spinal.core.is$;
import spinal.core.out$;
import spinal.core.package$;
import spinal.core.switch$;
import spinal.core.when$;
import spinal.lib.IMasterSlave;
import spinal.lib.master$;
import spinal.lib.slave$;

/**
 * Base class of every circuit. It offers hardware vocabulary (ports, registers, wires, memories,
 * when/switch, sub-components) with names that reach the Verilog unchanged. Build instances with
 * {@link Hw#build}, never with a bare {@code new}, so SpinalHDL's post-construction callback runs.
 */
public abstract class Circuit extends Component {

    /** Sets the Verilog module name (otherwise the Java class name). */
    protected void moduleName(String name) {
        setDefinitionName(name, false);
    }

    // ---------------------------------------------------------------- naming

    protected <T extends HwData> T name(T signal, String name) {
        valCallback(signal.raw(), name);
        return signal;
    }

    protected <T> T name(T spinalObject, String name) {
        valCallback(spinalObject, name);
        return spinalObject;
    }

    // ---------------------------------------------------------------- ports

    protected HwBool inBool(String name) {
        return name(new HwBool(in$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT)), name);
    }

    protected HwBool outBool(String name) {
        return name(new HwBool(out$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT)), name);
    }

    protected HwUInt inUInt(String name, int width) {
        return name(new HwUInt(in$.MODULE$.UInt(Hw.bits(width))), name);
    }

    protected HwUInt outUInt(String name, int width) {
        return name(new HwUInt(out$.MODULE$.UInt(Hw.bits(width))), name);
    }

    protected HwBits inBits(String name, int width) {
        return name(new HwBits(in$.MODULE$.Bits(Hw.bits(width))), name);
    }

    protected HwBits outBits(String name, int width) {
        return name(new HwBits(out$.MODULE$.Bits(Hw.bits(width))), name);
    }

    /** A spinal.lib interface (Stream, Flow, AxiLite4, Apb3, Wishbone...) as a slave port. */
    protected <T extends IMasterSlave> T slavePort(String name, T bus) {
        return name(slave$.MODULE$.apply(bus), name);
    }

    /** A spinal.lib interface as a master port. */
    protected <T extends IMasterSlave> T masterPort(String name, T bus) {
        return name(master$.MODULE$.apply(bus), name);
    }

    /** A stream the circuit receives. */
    protected <T extends Data> HwStream<T> streamIn(String name, Supplier<T> payload) {
        return new HwStream<>(slavePort(name, HwStream.create(payload)));
    }

    /** A stream the circuit sends. */
    protected <T extends Data> HwStream<T> streamOut(String name, Supplier<T> payload) {
        return new HwStream<>(masterPort(name, HwStream.create(payload)));
    }

    protected <T extends Data> HwFlow<T> flowIn(String name, Supplier<T> payload) {
        return new HwFlow<>(slavePort(name, HwFlow.create(payload)));
    }

    protected <T extends Data> HwFlow<T> flowOut(String name, Supplier<T> payload) {
        return new HwFlow<>(masterPort(name, HwFlow.create(payload)));
    }

    /** An internal stream (neither port direction), to connect sub-components. */
    protected <T extends Data> HwStream<T> stream(String name, Supplier<T> payload) {
        return new HwStream<>(name(HwStream.create(payload), name));
    }

    protected <T extends Data> HwFlow<T> flow(String name, Supplier<T> payload) {
        return new HwFlow<>(name(HwFlow.create(payload), name));
    }

    // ---------------------------------------------------------------- wires

    protected HwBool wireBool(String name) {
        return name(new HwBool(package$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT)), name);
    }

    protected HwBool wireBool(String name, HwBool value) {
        HwBool w = wireBool(name);
        w.assign(value);
        return w;
    }

    protected HwUInt wireUInt(String name, int width) {
        return name(new HwUInt(package$.MODULE$.UInt(Hw.bits(width))), name);
    }

    protected HwUInt wireUInt(String name, HwUInt value) {
        HwUInt w = wireUInt(name, value.width());
        w.assign(value);
        return w;
    }

    protected HwBits wireBits(String name, int width) {
        return name(new HwBits(package$.MODULE$.Bits(Hw.bits(width))), name);
    }

    protected HwBits wireBits(String name, HwBits value) {
        HwBits w = wireBits(name, value.width());
        w.assign(value);
        return w;
    }

    // ---------------------------------------------------------------- registers

    protected HwBool regBool(String name, boolean reset) {
        Bool r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> package$.MODULE$.Bool(scala.runtime.BoxedUnit.UNIT)),
                Hw.lit(reset).raw(), null);
        return name(new HwBool(r), name);
    }

    /** Register with a reset value. */
    protected HwUInt regUInt(String name, int width, long reset) {
        UInt r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> package$.MODULE$.UInt(Hw.bits(width))),
                Hw.lit(reset, width).raw(), null);
        return name(new HwUInt(r), name);
    }

    /** Register without reset (datapath only: its value is qualified by a reset register elsewhere). */
    protected HwUInt regUInt(String name, int width) {
        UInt r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> package$.MODULE$.UInt(Hw.bits(width))), null, null);
        return name(new HwUInt(r), name);
    }

    protected HwBits regBits(String name, int width, long reset) {
        Bits r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> package$.MODULE$.Bits(Hw.bits(width))),
                Hw.bitsLit(reset, width).raw(), null);
        return name(new HwBits(r), name);
    }

    /** Register with a reset value of any width. */
    protected HwBits regBits(String name, HwBits reset) {
        Bits r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> package$.MODULE$.Bits(Hw.bits(reset.width()))),
                reset.raw(), null);
        return name(new HwBits(r), name);
    }

    protected HwBits regBits(String name, int width) {
        Bits r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> package$.MODULE$.Bits(Hw.bits(width))), null, null);
        return name(new HwBits(r), name);
    }

    /** Register that samples {@code value} every cycle, without reset. */
    protected HwUInt delay(String name, HwUInt value) {
        HwUInt r = regUInt(name, value.width());
        r.assign(value);
        return r;
    }

    protected HwBits delay(String name, HwBits value) {
        HwBits r = regBits(name, value.width());
        r.assign(value);
        return r;
    }

    /** Register that samples {@code value} every cycle, with a reset value. */
    protected HwBool delay(String name, HwBool value, boolean reset) {
        HwBool r = regBool(name, reset);
        r.assign(value);
        return r;
    }

    /** An array of {@code count} registers, each {@code width} bits with a reset value, indexable at run time. */
    protected RegArray regArray(String name, int count, int width, long reset) {
        List<HwBits> regs = new ArrayList<>();
        spinal.core.Vec<Bits> vec = package$.MODULE$.Vec(() -> {
            Bits r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> package$.MODULE$.Bits(Hw.bits(width))),
                    Hw.bitsLit(reset, width).raw(), null);
            regs.add(new HwBits(r));
            return r;
        }, count);
        name(vec, name);
        return new RegArray(vec, regs);
    }

    // ---------------------------------------------------------------- memories

    /** A memory of {@code depth} words of {@code width} bits; synchronous reads infer block RAM. */
    protected Ram ram(String name, int depth, int width) {
        return new Ram(this, name, depth, width);
    }

    // ---------------------------------------------------------------- control

    protected When when(HwBool cond, Runnable body) {
        return new When(when$.MODULE$.apply(cond.raw(), Hw.fn(body), Hw.loc()));
    }

    /** A Verilog case statement on {@code selector}. */
    protected void switchOn(HwUInt selector, Consumer<Cases> cases) {
        int width = selector.width();
        switch$.MODULE$.apply(selector.raw(), false, false, Hw.fn(() -> cases.accept(new Cases(width))), Hw.loc());
    }

    /** The cases of {@link #switchOn}. */
    public static final class Cases {
        private final int width;

        Cases(int width) {
            this.width = width;
        }

        public Cases is(long value, Runnable body) {
            is$.MODULE$.apply(Hw.lit(value, width).raw(), emptySeq(), Hw.fn(body));
            return this;
        }

        public void otherwise(Runnable body) {
            default$.MODULE$.apply(Hw.fn(body));
        }
    }

    @SuppressWarnings("unchecked")
    private static Seq<Object> emptySeq() {
        return (Seq<Object>) (Seq<?>) scala.collection.immutable.Nil$.MODULE$;
    }

    // ---------------------------------------------------------------- hierarchy

    /** Instantiates a sub-component under a name. */
    protected <T extends Component> T child(String name, Supplier<T> factory) {
        return name(Hw.build(factory), name);
    }

    /** Connects two interfaces of the same type by direction (SpinalHDL's {@code <>}). */
    protected static <T extends Data> void connect(T a, T b) {
        package$.MODULE$.DataPimped(a).$less$greater(b, Hw.loc());
    }

    /** {@code from} drives {@code to}: valid and payload forward, ready back. */
    protected static <T extends Data> void connect(HwStream<T> from, HwStream<T> to) {
        from.raw().$greater$greater(to.raw());
    }

    protected static <T extends Data> void connect(HwFlow<T> from, HwFlow<T> to) {
        from.raw().$greater$greater(to.raw());
    }

    /** Drives a SpinalHDL signal from the DSL (for spinal.lib interop). */
    protected static <T extends Data> void drive(T target, T value) {
        package$.MODULE$.DataPimped(target).$colon$eq(value, Hw.loc());
    }

    /** Drives a signal of any type (an enumeration, a bundle) from raw bits of its width. */
    protected static void driveBits(Data target, HwBits value) {
        target.assignFromBits(value.raw());
    }

    /**
     * Drops spinal.lib's stream {@code payload} level from the Verilog names of {@code bus}'s signals
     * ({@code tl_a_payload_opcode} becomes {@code tl_a_opcode}), as the bus specifications name them.
     */
    protected void specNames(Data bus) {
        addPrePopTask(Hw.fn(() -> {
            for (spinal.core.BaseType s : scala.jdk.javaapi.CollectionConverters.asJava(bus.flatten()))
                s.setName(s.getName().replace("_payload_", "_"), false);
        }));
    }
}
