package taskintc.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import scala.collection.immutable.Seq;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.ClockDomain$;
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

    /** A spinal.lib interface (Stream, Flow, bus) as a slave port. */
    <T extends IMasterSlave> T slavePort(String name, T bus) {
        return name(slave$.MODULE$.apply(bus), name);
    }

    /** A spinal.lib interface as a master port. */
    <T extends IMasterSlave> T masterPort(String name, T bus) {
        return name(master$.MODULE$.apply(bus), name);
    }

    /** An interface between circuits ({@link PortBundle}) of which this circuit is the master side. */
    protected <T extends PortBundle> T masterPort(String name, T bundle) {
        masterPort(name, (IMasterSlave) bundle);
        return bundle;
    }

    /** An interface between circuits of which this circuit is the slave side. */
    protected <T extends PortBundle> T slavePort(String name, T bundle) {
        slavePort(name, (IMasterSlave) bundle);
        return bundle;
    }

    /** A bus interface (AXI4, AXI4-Lite, APB3, Wishbone) this circuit serves: {@code AxiLite4Bus.shape(16, 64)}. */
    protected <B extends HwBus> B slavePort(String name, HwBus.Shape<B> shape) {
        B bus = shape.create();
        slavePort(name, (IMasterSlave) bus.raw());
        return bus;
    }

    /** A bus interface this circuit drives as the master. */
    protected <B extends HwBus> B masterPort(String name, HwBus.Shape<B> shape) {
        B bus = shape.create();
        masterPort(name, (IMasterSlave) bus.raw());
        return bus;
    }

    /** A bus interface inside this circuit (no port), to connect children. */
    protected <B extends HwBus> B busWires(String name, HwBus.Shape<B> shape) {
        B bus = shape.create();
        valCallback(bus.raw(), name);
        return bus;
    }

    /**
     * Raises a child's slave bus port to a port of this circuit: same protocol, shape and name, the protocol's
     * standard signal names (AXI's awvalid...), connected to the child.
     */
    protected <B extends HwBus> B exposeSlave(B childPort) {
        HwBus.Shape<B> shape = childPort.shape();
        B port = slavePort(childPort.name(), shape);
        shape.standardNames(port);
        connect(port, childPort);
        return port;
    }

    /**
     * Raises a child's port to a port of this circuit with the same direction and width, named {@code name}, and
     * connects the two; returns the new port (null when the child has no such port).
     */
    protected HwBits expose(String name, HwBits childPort) {
        if (childPort == null) return null;
        if (childPort.raw().isInput()) {
            HwBits port = inBits(name, childPort.width());
            childPort.assign(port);
            return port;
        }
        HwBits port = outBits(name, childPort.width());
        port.assign(childPort);
        return port;
    }

    /** The protocol's standard signal names on a port of this circuit (AXI's awvalid instead of aw_valid). */
    protected <B extends HwBus> void useStandardNames(B port) {
        HwBus.Shape<B> shape = port.shape();
        shape.standardNames(port);
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

    /** The clock of this circuit's clock domain as a signal (to drive a black box's clock input). */
    protected HwBool clockWire() {
        return new HwBool(ClockDomain$.MODULE$.current().readClockWire());
    }

    /** The reset of this circuit's clock domain as a signal. */
    protected HwBool resetWire() {
        return new HwBool(ClockDomain$.MODULE$.current().readResetWire());
    }

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

    /**
     * Connects a bus master side to a slave side of the same protocol: a port of this circuit and a child's
     * port by direction, or a decoder's output ({@link Axi4Decoder}) to a slave.
     */
    protected static void connect(HwBus master, HwBus slave) {
        if (master instanceof Axi4Bus m && slave instanceof Axi4Bus s && m.isDecoderOutput()) Axi4Bus.drive(m, s);
        else package$.MODULE$.DataPimped(master.raw()).$less$greater(slave.raw(), Hw.loc());
    }

    /**
     * {@code from} through a register stage (spinal.lib's {@code m2sPipe}): valid and payload leave from flip-flops one
     * cycle later, one transfer per cycle still; ready stays combinational, back through the stage.
     */
    protected static <T extends Data> HwStream<T> registered(HwStream<T> from) {
        return new HwStream<>(from.raw().stage());
    }

    /** {@code from} drives {@code to}: valid and payload forward, ready back. */
    protected static <T extends Data> void connect(HwStream<T> from, HwStream<T> to) {
        from.raw().$greater$greater(to.raw());
    }

    protected static <T extends Data> void connect(HwFlow<T> from, HwFlow<T> to) {
        from.raw().$greater$greater(to.raw());
    }
}
