package taskintc.top;

import taskintc.bus.BusAdapter;
import taskintc.bus.BusBinding;
import taskintc.bus.CommandRouter;
import taskintc.bus.RegisterDecoder;
import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBus;
import taskintc.dsl.HwStream;
import taskintc.ipc.IpcUnit;
import taskintc.regmap.RegisterMap;
import taskintc.sched.ReadyQueueCore;
import taskintc.spec.Binding;
import taskintc.spec.CoreCmd;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskIntcRegisters;
import taskintc.wakeup.SourceGateways;

/**
 * The generated controller, composed: the bus adapter of the configured bus and the register decoder in front,
 * the scheduler (ready queues), the wakeup unit (source gateways) and the IPC unit behind, and the router that
 * sends each access to the unit that executes it.
 */
public final class TaskIntc extends Circuit {
    public final TaskIntcConfig config;
    public final RegisterMap<Binding> registers;
    /** The bus port (AXI4-Lite, AXI4, APB3 or Wishbone, as configured). */
    public final HwBus bus;
    public final ReadyQueueCore core;
    /** The wakeup unit's source side (null without sources). */
    public final SourceGateways gateways;
    /** The IPC unit (null without IPC). */
    public final IpcUnit ipc;
    /** Every access the decoder hands on, to the core or the IPC unit (testbenches follow it). */
    public HwStream<CoreCmd> commands() {
        return commands;
    }

    private final HwStream<CoreCmd> commands;
    /** Interrupt-side ports (null when the configuration has no sources or no NIC). */
    public final HwBits irq, nicRxIrq, nicTxIrq, nicRxMask, nicTxMask, nicRxAck, nicTxAck, usip, ssip;

    public TaskIntc(TaskIntcConfig cfg) {
        this.config = cfg;
        this.registers = TaskIntcRegisters.declare(cfg);
        moduleName(cfg.topName());
        BusAdapter adapter = child("busAdapter", BusBinding.adapter(cfg));
        RegisterDecoder decoder = child("decoder", () -> new RegisterDecoder(cfg, registers));
        // With command stages, every unit's path starts at a register, not at the bus.
        HwStream<CoreCmd> decoded = decoder.cmd;
        for (int i = 0; i < cfg.commandStages(); i++) decoded = registered(decoded);
        commands = decoded;
        core = child("core", () -> new ReadyQueueCore(cfg));
        bus = exposeSlave(adapter.bus());

        connect(adapter.req, decoder.req);
        if (cfg.hasIpc()) {
            ipc = child("ipc", () -> new IpcUnit(cfg));
            CommandRouter router = child("router", () -> new CommandRouter(cfg));
            connect(commands, router.in);
            connect(router.toScheduler, core.cmd);
            connect(router.toIpc, ipc.cmd);
            connect(core.rsp, router.fromScheduler);
            connect(ipc.rsp, router.fromIpc);
            connect(router.out, adapter.rsp);
            router.schedulerWalking.assign(core.removeBusy);
            router.ipcReady.assign(ipc.initDone);
            connect(ipc.deliveries, core.deliveries);
        } else {
            ipc = null;
            connect(commands, core.cmd);
            connect(core.rsp, adapter.rsp);
        }
        adapter.refused.assign(decoder.refused);

        if (cfg.hasWakeup()) {
            SourceGateways gw = child("gateways", () -> new SourceGateways(cfg));
            gateways = gw;
            connect(core.wakeup, gw.sched);
            irq = expose("irq", gw.irq);
            nicRxIrq = expose("nic_rx_irq", gw.nicRx);
            nicTxIrq = expose("nic_tx_irq", gw.nicTx);
            nicRxMask = expose("nic_rx_mask", gw.nicRxMask);
            nicTxMask = expose("nic_tx_mask", gw.nicTxMask);
            nicRxAck = expose("nic_rx_ack", gw.nicRxAck);
            nicTxAck = expose("nic_tx_ack", gw.nicTxAck);
            usip = expose("usip", core.usip);
            ssip = expose("ssip", core.ssip);
        } else {
            gateways = null;
            irq = nicRxIrq = nicTxIrq = nicRxMask = nicTxMask = nicRxAck = nicTxAck = usip = ssip = null;
        }
    }
}
