package taskintc.soc;

import java.util.List;

import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;
import spinal.core.BaseType;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.Bundle;
import spinal.core.ClockDomain$;
import spinal.core.Data;
import spinal.core.UInt;
import spinal.core.Vec;
import spinal.lib.Stream;
import spinal.lib.bus.amba4.axi.Axi4;
import spinal.lib.bus.amba4.axi.Axi4Config;
import spinal.lib.bus.amba4.axi.Axi4ReadOnly;
import spinal.lib.bus.amba4.axi.Axi4ReadOnlyDecoder;
import spinal.lib.bus.amba4.axi.Axi4SpecRenamer$;
import spinal.lib.bus.amba4.axi.Axi4WriteOnly;
import spinal.lib.bus.amba4.axi.Axi4WriteOnlyDecoder;
import spinal.lib.bus.misc.SizeMapping;
import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.top.TaskIntc;

/**
 * A Rocket system (rocket-chip's {@code ExampleRocketSystem}, a black box whose ports are read from its
 * generated Verilog) with the controller on its MMIO port.
 *
 * <ul>
 * <li>MMIO: decoded by spinal.lib's AXI4 decoders into the controller's window and a window passed out as the
 * {@code dev} AXI4 master port (the harness's console, exit and NIC model). Other MMIO addresses get DECERR.
 * <li>Memory: Rocket's AXI4 memory port is passed out unchanged ({@code mem_axi4_0_*}).
 * <li>Interrupts: {@code plic_irq} drives Rocket's external interrupts (PLIC sources 1..n); {@code nic_rx_irq}
 * and {@code nic_tx_irq} drive the controller's NIC queue lines. Hart h's {@code usip} and {@code ssip} drive its
 * core-local interrupts 0 and 1 ({@code mip} bits 16 and 17); the controller's masks, acknowledges and
 * interrupt outputs are also ports for the harness to observe.
 * <li>Rocket's debug port is idle (no debugger); any slave port into Rocket (the L2 frontend bus) is idle.
 * </ul>
 */
public final class SocTop extends Circuit {
    public static final String MODULE = "TaskIntcRocketSoc";
    private static final String MMIO = "mmio_axi4_0_", MEM = "mem_axi4_0_", LOCAL_INTERRUPTS = "local_interrupts_";

    public final TaskIntc intc;
    public final Axi4 dev;

    public SocTop(SocConfig cfg, VerilogModule rocketModule) {
        moduleName(MODULE);
        VerilogBlackBox rocket = child("rocket", () -> new VerilogBlackBox(rocketModule));
        intc = child("intc", () -> new TaskIntc(cfg.intc()));

        // Clock, reset, idle debug port and idle slave ports: every Rocket input not bound below.
        for (VerilogModule.Port p : rocketModule.ports()) {
            if (!p.input() || p.name().startsWith(MMIO) || p.name().startsWith(MEM) || p.name().equals("interrupts")
                    || p.name().startsWith(LOCAL_INTERRUPTS)) continue;
            BaseType t = rocket.port(p.name());
            String n = p.name().toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith("clock")) drive((Bool) t, ClockDomain$.MODULE$.current().readClockWire());
            else if (n.endsWith("reset")) drive((Bool) t, ClockDomain$.MODULE$.current().readResetWire());
            else assignFromBits(t, Hw.bitsLit(0, p.width()).raw());
        }

        // Memory port: passed through under Rocket's names.
        for (VerilogModule.Port p : rocketModule.ports()) {
            if (!p.name().startsWith(MEM)) continue;
            BaseType r = rocket.port(p.name());
            if (p.input()) {
                BaseType outer = p.vector() ? inBits(p.name(), p.width()).raw() : inBool(p.name()).raw();
                drive((Data) r, (Data) outer);
            } else {
                BaseType outer = p.vector() ? outBits(p.name(), p.width()).raw() : outBool(p.name()).raw();
                drive((Data) outer, (Data) r);
            }
        }

        // Interrupts.
        int plicLines = rocketModule.port("interrupts").width();
        HwBits plicIrq = inBits("plic_irq", plicLines);
        assignFromBits(rocket.port("interrupts"), plicIrq.raw());
        int q = cfg.intc().nicQueues();
        intc.nicRxIrq.assign(inBits("nic_rx_irq", q));
        intc.nicTxIrq.assign(inBits("nic_tx_irq", q));
        if (intc.irq != null) intc.irq.assign(Hw.bitsLit(0, cfg.intc().genericSources()));
        outBits("nic_rx_mask", q).assign(intc.nicRxMask);
        outBits("nic_rx_ack", q).assign(intc.nicRxAck);
        outBits("intc_usip", cfg.intc().harts()).assign(intc.usip);
        outBits("intc_ssip", cfg.intc().harts()).assign(intc.ssip);
        // Each hart's controller outputs into its core-local interrupts: usip (preempt) is mip bit 16, ssip
        // (kernel notification) bit 17. Same clock as the core, as rocket-chip requires of local interrupts.
        int harts = rocketHarts(rocketModule);
        if (harts != cfg.intc().harts())
            throw new taskintc.spec.InvalidConfigException(java.util.List.of("--harts must equal the Rocket system's harts ("
                    + harts + ", from its " + LOCAL_INTERRUPTS + "<h> ports); got " + cfg.intc().harts()));
        for (int h = 0; h < harts; h++) {
            List<VerilogModule.Port> lines = localInterrupts(rocketModule, h);
            if (lines.size() < 2) throw new IllegalStateException("hart " + h + " has " + lines.size() + " local interrupt lines, 2 needed");
            drive((Bool) rocket.port(lines.get(0).name()), intc.usip.bit(h).raw());
            drive((Bool) rocket.port(lines.get(1).name()), intc.ssip.bit(h).raw());
            for (VerilogModule.Port extra : lines.subList(2, lines.size())) drive((Bool) rocket.port(extra.name()), Hw.bitsLit(0, 1).raw().apply(0));
        }

        // MMIO: Rocket's port as a spinal.lib AXI4 bundle, split by address.
        Axi4Config mmioCfg = new Axi4Config(rocketModule.port(MMIO + "aw_bits_addr").width(), rocketModule.port(MMIO + "w_bits_data").width(),
                rocketModule.port(MMIO + "aw_bits_id").width(),
                true, false, false, true, true, true, true, true, true, true, true, true, true, false, false,
                -1, -1, -1, -1, -1, -1, -1, -1, -1);
        Axi4 mmio = name(new Axi4(mmioCfg), "mmio");
        bindMaster(rocket, MMIO, mmio);
        long intcSize = SocConfig.intcSize(cfg.intc());
        var windows = CollectionConverters.asScala(List.of(
                new SizeMapping(big(cfg.intcBase()), big(intcSize)),
                new SizeMapping(big(cfg.deviceBase()), big(cfg.deviceSize())))).toSeq();
        Axi4ReadOnlyDecoder readDecoder = child("mmioReadDecoder", () -> new Axi4ReadOnlyDecoder(mmioCfg, windows, 4));
        Axi4WriteOnlyDecoder writeDecoder = child("mmioWriteDecoder", () -> new Axi4WriteOnlyDecoder(mmioCfg, windows, 4));
        mmio.toReadOnly(false).$greater$greater(this.<Axi4ReadOnly>io(readDecoder, "input"));
        mmio.toWriteOnly(false).$greater$greater(this.<Axi4WriteOnly>io(writeDecoder, "input"));
        Vec<Axi4ReadOnly> reads = io(readDecoder, "outputs");
        Vec<Axi4WriteOnly> writes = io(writeDecoder, "outputs");

        Axi4 intcBus = (Axi4) intc.bus;
        connectResized(reads.apply(0).ar(), intcBus.ar());
        connectResized(intcBus.r(), reads.apply(0).r());
        connectResized(writes.apply(0).aw(), intcBus.aw());
        connectResized(writes.apply(0).w(), intcBus.w());
        connectResized(intcBus.b(), writes.apply(0).b());

        dev = masterPort("dev", new Axi4(mmioCfg));
        Axi4SpecRenamer$.MODULE$.apply(dev);
        reads.apply(1).$greater$greater(dev);
        writes.apply(1).$greater$greater(dev);
    }

    /** Harts of the Rocket system: one group of local interrupt inputs each ({@code local_interrupts_<h>_0_<i>}). */
    static int rocketHarts(VerilogModule rocket) {
        int h = 0;
        while (!localInterrupts(rocket, h).isEmpty()) h++;
        return h;
    }

    /** Hart h's local interrupt inputs (one bit each), in line order: mip bit 16 first. */
    static List<VerilogModule.Port> localInterrupts(VerilogModule rocket, int hart) {
        String prefix = LOCAL_INTERRUPTS + hart + "_0_";
        List<VerilogModule.Port> lines = new java.util.ArrayList<>();
        for (int i = 0; rocket.has(prefix + i); i++) {
            VerilogModule.Port p = rocket.port(prefix + i);
            if (!p.input() || p.width() != 1) throw new IllegalStateException("local interrupt " + p.name() + " is not a 1-bit input");
            lines.add(p);
        }
        return lines;
    }

    private static scala.math.BigInt big(long v) {
        return scala.math.BigInt$.MODULE$.apply(v);
    }

    /** spinal.lib's decoders declare {@code io} as an anonymous bundle, reachable from Java by reflection only. */
    @SuppressWarnings("unchecked")
    private <T> T io(spinal.core.Component c, String field) {
        try {
            Object io = c.getClass().getMethod("io").invoke(c);
            return (T) io.getClass().getMethod(field).invoke(io);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("spinal.lib " + c.getClass().getSimpleName() + " has no io." + field, e);
        }
    }

    /** Binds Rocket's AXI4 master port (prefix_aw_valid, prefix_aw_bits_addr, ...) to a bundle, field by field. */
    private static void bindMaster(VerilogBlackBox rocket, String prefix, Axi4 axi) {
        bindStream(rocket, prefix + "aw_", axi.aw(), true);
        bindStream(rocket, prefix + "w_", axi.w(), true);
        bindStream(rocket, prefix + "b_", axi.b(), false);
        bindStream(rocket, prefix + "ar_", axi.ar(), true);
        bindStream(rocket, prefix + "r_", axi.r(), false);
    }

    private static void bindStream(VerilogBlackBox rocket, String prefix, Stream<? extends Bundle> s, boolean fromRocket) {
        Bool valid = s.valid(), ready = s.ready();
        if (fromRocket) {
            drive(valid, (Bool) rocket.port(prefix + "valid"));
            drive((Bool) rocket.port(prefix + "ready"), ready);
        } else {
            drive((Bool) rocket.port(prefix + "valid"), valid);
            drive(ready, (Bool) rocket.port(prefix + "ready"));
        }
        for (Tuple2<String, Data> e : CollectionConverters.asJava(s.payload().elements())) {
            BaseType field = (BaseType) e._2();
            BaseType r = rocket.port(prefix + "bits_" + e._1());
            if (fromRocket) assignFromBits(field, asBits(r));
            else assignFromBits(r, asBits(field));
        }
    }

    /** from drives to: valid and payload forward, ready back; payload fields matched by name and resized. */
    private static void connectResized(Stream<? extends Bundle> from, Stream<? extends Bundle> to) {
        drive(to.valid(), from.valid());
        drive(from.ready(), to.ready());
        var src = CollectionConverters.asJava(from.payload().elements());
        for (Tuple2<String, Data> e : CollectionConverters.asJava(to.payload().elements())) {
            Data s = src.stream().filter(x -> x._1().equals(e._1())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no field " + e._1() + " to connect")).
                    _2();
            assignFromBits((BaseType) e._2(), asBits((BaseType) s));
        }
    }

    private static Bits asBits(BaseType t) {
        if (t instanceof Bool b) return b.asBits();
        if (t instanceof UInt u) return u.asBits();
        return (Bits) t;
    }

    /** Assigns a Bool, UInt or Bits from bits, zero-extending or truncating to the target's width. */
    private static void assignFromBits(BaseType target, Bits v) {
        int w = target.getBitsWidth();
        Bits sized = v.resize(w);
        if (target instanceof Bool b) drive(b, sized.apply(0));
        else if (target instanceof UInt u) drive(u, sized.asUInt());
        else drive((Bits) target, sized);
    }
}
