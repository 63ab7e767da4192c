package taskintc.soc;

import java.util.List;
import java.util.Map;

import taskintc.dsl.Axi4Bus;
import taskintc.dsl.Axi4Decoder;
import taskintc.dsl.BusChannel;
import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwData;
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
    public final Axi4Bus dev;

    public SocTop(SocConfig cfg, VerilogModule rocketModule) {
        moduleName(MODULE);
        VerilogBlackBox rocket = child("rocket", () -> new VerilogBlackBox(rocketModule));
        intc = child("intc", () -> new TaskIntc(cfg.intc()));

        // Clock, reset, idle debug port and idle slave ports: every Rocket input not bound below.
        for (VerilogModule.Port p : rocketModule.ports()) {
            if (!p.input() || p.name().startsWith(MMIO) || p.name().startsWith(MEM) || p.name().equals("interrupts")
                    || p.name().startsWith(LOCAL_INTERRUPTS)) continue;
            String n = p.name().toLowerCase(java.util.Locale.ROOT);
            if (n.endsWith("clock")) rocket.bool(p.name()).assign(clockWire());
            else if (n.endsWith("reset")) rocket.bool(p.name()).assign(resetWire());
            else rocket.port(p.name()).assignBits(Hw.bitsLit(0, p.width()));
        }

        // Memory port: passed through under Rocket's names.
        for (VerilogModule.Port p : rocketModule.ports()) {
            if (!p.name().startsWith(MEM)) continue;
            HwData r = rocket.port(p.name());
            if (p.input()) r.assignFrom(p.vector() ? inBits(p.name(), p.width()) : inBool(p.name()));
            else (p.vector() ? outBits(p.name(), p.width()) : outBool(p.name())).assignFrom(r);
        }

        // Interrupts.
        int plicLines = rocketModule.port("interrupts").width();
        HwBits plicIrq = inBits("plic_irq", plicLines);
        rocket.port("interrupts").assignBits(plicIrq);
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
            rocket.bool(lines.get(0).name()).assign(intc.usip.bit(h));
            rocket.bool(lines.get(1).name()).assign(intc.ssip.bit(h));
            for (VerilogModule.Port extra : lines.subList(2, lines.size())) rocket.bool(extra.name()).assign(Hw.lit(false));
        }

        // MMIO: Rocket's port as an AXI4 interface, split by address.
        Axi4Bus.Shape<Axi4Bus> mmioShape = Axi4Bus.shape(rocketModule.port(MMIO + "aw_bits_addr").width(),
                rocketModule.port(MMIO + "w_bits_data").width(), rocketModule.port(MMIO + "aw_bits_id").width());
        Axi4Bus mmio = busWires("mmio", mmioShape);
        bindMaster(rocket, MMIO, mmio);
        long intcSize = SocConfig.intcSize(cfg.intc());
        List<Axi4Bus> windows = Axi4Decoder.split(this, "mmio", mmio, List.of(
                new Axi4Decoder.Window(cfg.intcBase(), intcSize),
                new Axi4Decoder.Window(cfg.deviceBase(), cfg.deviceSize())), 4);

        // The controller's port is narrower (its own window's address bits, 8-bit IDs): fields are resized.
        Axi4Bus intcBus = (Axi4Bus) intc.bus;
        Axi4Bus toIntc = windows.get(0);
        BusChannel.connectResized(toIntc.ar, intcBus.ar);
        BusChannel.connectResized(intcBus.r, toIntc.r);
        BusChannel.connectResized(toIntc.aw, intcBus.aw);
        BusChannel.connectResized(toIntc.w, intcBus.w);
        BusChannel.connectResized(intcBus.b, toIntc.b);

        dev = masterPort("dev", mmioShape);
        useStandardNames(dev);
        connect(windows.get(1), dev);
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

    /** Binds Rocket's AXI4 master port (prefix_aw_valid, prefix_aw_bits_addr, ...) to an interface, field by field. */
    private static void bindMaster(VerilogBlackBox rocket, String prefix, Axi4Bus axi) {
        for (BusChannel ch : axi.channels()) {
            String p = prefix + ch.name + "_";
            if (ch.fromMaster) {
                ch.valid.assign(rocket.bool(p + "valid"));
                rocket.bool(p + "ready").assign(ch.ready);
            } else {
                rocket.bool(p + "valid").assign(ch.valid);
                ch.ready.assign(rocket.bool(p + "ready"));
            }
            for (Map.Entry<String, HwData> f : ch.fields.entrySet()) {
                HwData r = rocket.port(p + "bits_" + f.getKey());
                if (ch.fromMaster) f.getValue().assignBits(r.asBits());
                else r.assignBits(f.getValue().asBits());
            }
        }
    }
}
