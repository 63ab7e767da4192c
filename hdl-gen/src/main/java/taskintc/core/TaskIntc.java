package taskintc.core;

import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.bus.amba4.axilite.AxiLite4SpecRenamer$;
import taskintc.bus.Apb3Adapter;
import taskintc.bus.AxiLite4Adapter;
import taskintc.bus.BusAdapter;
import taskintc.bus.RegisterDecoder;
import taskintc.bus.WishboneAdapter;
import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.irq.SourceGateways;
import taskintc.regmap.RegisterMap;

/** The generated top: bus adapter, register decoder and ready-queue core. */
public final class TaskIntc extends Circuit {
    public final TaskIntcConfig config;
    public final RegisterMap registers;
    public final spinal.core.Data bus;
    public final ReadyQueueCore core;
    /** Interrupt-side ports (null when the configuration has no sources or no NIC). */
    public HwBits irq, nicRxIrq, nicTxIrq, nicRxMask, nicTxMask, nicRxAck, nicTxAck, usip, ssip;

    public TaskIntc(TaskIntcConfig cfg) {
        this.config = cfg;
        this.registers = TaskIntcRegisters.declare(cfg);
        moduleName(cfg.topName());
        BusAdapter adapter = switch (cfg.bus()) {
            case AXI4LITE -> child("busAdapter", () -> new AxiLite4Adapter(cfg));
            case APB3 -> child("busAdapter", () -> new Apb3Adapter(cfg));
            case WISHBONE -> child("busAdapter", () -> new WishboneAdapter(cfg));
        };
        RegisterDecoder decoder = child("decoder", () -> new RegisterDecoder(cfg, registers));
        core = child("core", () -> new ReadyQueueCore(cfg));

        spinal.core.Data port = switch (cfg.bus()) {
            case AXI4LITE -> slavePort("axi", new AxiLite4(((AxiLite4) adapter.bus()).config()));
            case APB3 -> slavePort("apb", new spinal.lib.bus.amba3.apb.Apb3(((spinal.lib.bus.amba3.apb.Apb3) adapter.bus()).config()));
            case WISHBONE -> slavePort("wb", new spinal.lib.bus.wishbone.Wishbone(((spinal.lib.bus.wishbone.Wishbone) adapter.bus()).config()));
        };
        if (port instanceof AxiLite4 axi) AxiLite4SpecRenamer$.MODULE$.apply(axi);
        connect(port, adapter.bus());
        bus = port;

        connect(adapter.req, decoder.req);
        connect(decoder.cmd, core.cmd);
        connect(core.rsp, adapter.rsp);
        adapter.refused.assign(decoder.refused);

        if (cfg.hasWakeup()) {
            SourceGateways gw = child("gateways", () -> new SourceGateways(cfg));
            connect(gw.pick, core.pick);
            gw.updValid.assign(core.updValid);
            gw.updKind.assign(core.updKind);
            gw.updSource.assign(core.updSource);
            gw.updMode.assign(core.updMode);
            if (gw.updCoalesce != null) gw.updCoalesce.assign(core.updCoalesce);
            for (int i = 0; i < SourceGateways.BUSY_PORTS; i++) {
                gw.busyValid[i].assign(core.busyValid[i]);
                gw.busySource[i].assign(core.busySource[i]);
            }
            gw.poolFull.assign(core.poolFullOut);
            gw.querySource.assign(core.querySource);
            core.queryStatus.assign(gw.queryStatus);
            if (gw.irq != null) gw.irq.assign(irq = inBits("irq", cfg.genericSources()));
            if (gw.nicRx != null) {
                gw.nicRx.assign(nicRxIrq = inBits("nic_rx_irq", cfg.nicQueues()));
                gw.nicTx.assign(nicTxIrq = inBits("nic_tx_irq", cfg.nicQueues()));
                (nicRxMask = outBits("nic_rx_mask", cfg.nicQueues())).assign(gw.nicRxMask);
                (nicTxMask = outBits("nic_tx_mask", cfg.nicQueues())).assign(gw.nicTxMask);
                (nicRxAck = outBits("nic_rx_ack", cfg.nicQueues())).assign(gw.nicRxAck);
                (nicTxAck = outBits("nic_tx_ack", cfg.nicQueues())).assign(gw.nicTxAck);
            }
            (usip = outBits("usip", cfg.harts())).assign(core.usip);
            (ssip = outBits("ssip", cfg.harts())).assign(core.ssip);
        }
    }
}
