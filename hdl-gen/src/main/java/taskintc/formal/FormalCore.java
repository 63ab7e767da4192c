package taskintc.formal;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.sched.ReadyQueueCore;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreRsp;
import taskintc.spec.GatewayUpdate;
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
        // The same connections as the generated top (TaskIntc), minus the NIC.
        connect(gw.pick, core.pick);
        gw.updValid.assign(core.updValid);
        gw.updKind.assign(core.updKind);
        gw.updSource.assign(core.updSource);
        gw.updMode.assign(core.updMode);
        for (int i = 0; i < GatewayUpdate.BUSY_PORTS; i++) {
            gw.busyValid[i].assign(core.busyValid[i]);
            gw.busySource[i].assign(core.busySource[i]);
        }
        gw.poolFull.assign(core.poolFullOut);
        gw.querySource.assign(core.querySource);
        core.queryStatus.assign(gw.queryStatus);
        gw.irq.assign(irq = inBits("irq", cfg.genericSources()));
        (usip = outBits("usip", cfg.harts())).assign(core.usip);
        (ssip = outBits("ssip", cfg.harts())).assign(core.ssip);
    }
}
