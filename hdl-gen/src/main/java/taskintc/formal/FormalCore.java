package taskintc.formal;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.sched.ReadyQueueCore;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;
import taskintc.wakeup.SourceGateways;

/**
 * The controller without its bus: the ready-queue core and the source gateways, wired as in
 * {@link taskintc.top.TaskIntc}, with the core's command/response interface and the interrupt lines as
 * ports. The formal wrapper ({@code formal/core_props.sv}) states its properties on these ports only, so
 * they survive changes of the core's internals.
 */
public final class FormalCore extends Circuit {
    public final HwStream<CoreCmd> cmd;
    public final HwFlow<CoreRsp> rsp;
    public final HwBits irq, usip, ssip;

    public FormalCore(TaskIntcConfig cfg) {
        if (!cfg.hasWakeup() || cfg.nicQueues() != 0)
            throw new IllegalArgumentException("the formal harness needs --sources >= 1 and --nic-queues 0; got sources="
                    + cfg.sources() + ", nic-queues=" + cfg.nicQueues());
        moduleName("FormalCore");
        cmd = streamIn("cmd", () -> new CoreCmd(cfg));
        rsp = flowOut("rsp", () -> new CoreRsp(cfg));
        ReadyQueueCore core = child("core", () -> new ReadyQueueCore(cfg));
        SourceGateways gw = child("gateways", () -> new SourceGateways(cfg));
        connect(cmd, core.cmd);
        connect(core.rsp, rsp);
        // The same connection as the generated top (TaskIntc), minus the NIC.
        connect(core.wakeup, gw.sched);
        irq = expose("irq", gw.irq);
        usip = expose("usip", core.usip);
        ssip = expose("ssip", core.ssip);
    }
}
