package taskintc.top;

import spinal.lib.bus.amba4.axi.Axi4;
import spinal.lib.bus.amba4.axi.Axi4SpecRenamer$;
import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.bus.amba4.axilite.AxiLite4SpecRenamer$;
import taskintc.bus.Apb3Adapter;
import taskintc.bus.Axi4Adapter;
import taskintc.bus.AxiLite4Adapter;
import taskintc.bus.BusAdapter;
import taskintc.bus.RegisterDecoder;
import taskintc.bus.WishboneAdapter;
import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.ipc.IpcUnit;
import taskintc.regmap.RegisterMap;
import taskintc.sched.ReadyQueueCore;
import taskintc.spec.Binding;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreOp;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskIntcRegisters;
import taskintc.wakeup.SourceGateways;

/** The generated top: bus adapter, register decoder and ready-queue core. */
public final class TaskIntc extends Circuit {
    public final TaskIntcConfig config;
    public final RegisterMap<Binding> registers;
    public final spinal.core.Data bus;
    public final ReadyQueueCore core;
    /** The IPC unit (null without IPC). */
    public final IpcUnit ipc;
    /** Every access the decoder hands on, to the core or the IPC unit (testbenches follow it). */
    public HwStream<CoreCmd> commands() {
        return commands;
    }

    private final HwStream<CoreCmd> commands;
    /** Interrupt-side ports (null when the configuration has no sources or no NIC). */
    public HwBits irq, nicRxIrq, nicTxIrq, nicRxMask, nicTxMask, nicRxAck, nicTxAck, usip, ssip;

    public TaskIntc(TaskIntcConfig cfg) {
        this.config = cfg;
        this.registers = TaskIntcRegisters.declare(cfg);
        moduleName(cfg.topName());
        BusAdapter adapter = switch (cfg.bus()) {
            case AXI4LITE -> child("busAdapter", () -> new AxiLite4Adapter(cfg));
            case AXI4 -> child("busAdapter", () -> new Axi4Adapter(cfg));
            case APB3 -> child("busAdapter", () -> new Apb3Adapter(cfg));
            case WISHBONE -> child("busAdapter", () -> new WishboneAdapter(cfg));
        };
        RegisterDecoder decoder = child("decoder", () -> new RegisterDecoder(cfg, registers));
        commands = decoder.cmd;
        core = child("core", () -> new ReadyQueueCore(cfg));

        spinal.core.Data port = switch (cfg.bus()) {
            case AXI4LITE -> slavePort("axi", new AxiLite4(((AxiLite4) adapter.bus()).config()));
            case AXI4 -> slavePort("axi", new Axi4(((Axi4) adapter.bus()).config()));
            case APB3 -> slavePort("apb", new spinal.lib.bus.amba3.apb.Apb3(((spinal.lib.bus.amba3.apb.Apb3) adapter.bus()).config()));
            case WISHBONE -> slavePort("wb", new spinal.lib.bus.wishbone.Wishbone(((spinal.lib.bus.wishbone.Wishbone) adapter.bus()).config()));
        };
        if (port instanceof AxiLite4 axi) AxiLite4SpecRenamer$.MODULE$.apply(axi);
        if (port instanceof Axi4 axi) Axi4SpecRenamer$.MODULE$.apply(axi);
        connect(port, adapter.bus());
        bus = port;

        connect(adapter.req, decoder.req);
        if (cfg.hasIpc()) {
            // IPC accesses go to the IPC unit, the rest to the core; both answer two cycles after accepting, so
            // answers stay in order as long as the IPC unit waits while a remove walks (its answer time is its own).
            IpcUnit ipcUnit = child("ipc", () -> new IpcUnit(cfg));
            ipc = ipcUnit;
            HwBool isIpc = decoder.cmd.payload().op.eq(CoreOp.IPC.ordinal());
            drive(core.cmd.raw().payload(), decoder.cmd.payload());
            drive(ipcUnit.cmd.raw().payload(), decoder.cmd.payload());
            core.cmd.valid().assign(decoder.cmd.valid().and(isIpc.not()).and(ipcUnit.initDone));
            ipcUnit.cmd.valid().assign(decoder.cmd.valid().and(isIpc).and(core.removeBusy.not()));
            decoder.cmd.ready().assign(Hw.mux(isIpc, ipcUnit.cmd.ready().and(core.removeBusy.not()),
                    core.cmd.ready().and(ipcUnit.initDone)));
            adapter.rsp.valid().assign(core.rsp.valid().or(ipcUnit.rsp.valid()));
            drive(adapter.rsp.raw().payload(), core.rsp.payload());
            when(ipcUnit.rsp.valid(), () -> drive(adapter.rsp.raw().payload(), ipcUnit.rsp.payload()));
            connect(ipcUnit.deliver, core.deliver);
            ipcUnit.ackValid.assign(core.deliverAckValid);
            ipcUnit.ackOk.assign(core.deliverAckOk);
            ipcUnit.poolFull.assign(core.poolFullOut);
        } else {
            ipc = null;
            connect(decoder.cmd, core.cmd);
            connect(core.rsp, adapter.rsp);
        }
        adapter.refused.assign(decoder.refused);

        if (cfg.hasWakeup()) {
            SourceGateways gw = child("gateways", () -> new SourceGateways(cfg));
            connect(gw.pick, core.pick);
            gw.updValid.assign(core.updValid);
            gw.updKind.assign(core.updKind);
            gw.updSource.assign(core.updSource);
            gw.updMode.assign(core.updMode);
            if (gw.updCoalesce != null) gw.updCoalesce.assign(core.updCoalesce);
            for (int i = 0; i < GatewayUpdate.BUSY_PORTS; i++) {
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
