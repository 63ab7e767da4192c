package taskintc.formal;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.ipc.IpcUnit;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreRsp;
import taskintc.spec.DeliveryPort;
import taskintc.spec.TaskIntcConfig;

/**
 * The IPC unit alone, with its ports: the IPC accesses the register decoder hands it, their answers, and the
 * delivery port to the scheduler (the tasks it offers and the scheduler's verdicts). The formal wrapper
 * ({@code formal/ipc_props.sv}) plays the decoder and the scheduler and states its properties on these ports only.
 * The unit is built without its clearing of the RAMs after reset: the formal model starts every memory at 0 (as
 * the clearing leaves them) and checks one run from power-up, and the ten-odd cycles of clearing would deepen every
 * proof by as many frames; the clearing is checked in simulation.
 */
public final class FormalIpc extends Circuit {
    public final HwStream<CoreCmd> cmd;
    public final HwFlow<CoreRsp> rsp;
    public final DeliveryPort deliveries;
    public final HwBool initDone;

    public FormalIpc(TaskIntcConfig cfg) {
        if (!cfg.hasIpc()) throw new IllegalArgumentException("the IPC harness needs --ipc-channels >= 1");
        moduleName("FormalIpc");
        cmd = streamIn("cmd", () -> new CoreCmd(cfg));
        rsp = flowOut("rsp", () -> new CoreRsp(cfg));
        deliveries = masterPort("deliveries", new DeliveryPort(cfg));
        initDone = outBool("initDone");
        IpcUnit ipc = child("ipc", () -> new IpcUnit(cfg, false));
        connect(cmd, ipc.cmd);
        connect(ipc.rsp, rsp);
        connect(ipc.deliveries, deliveries);
        initDone.assign(ipc.initDone);
    }
}
