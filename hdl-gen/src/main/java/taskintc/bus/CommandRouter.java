package taskintc.bus;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreOp;
import taskintc.spec.CoreRsp;
import taskintc.spec.TaskIntcConfig;

/**
 * Sends each decoded access to the unit that executes it (IPC registers to the IPC unit, everything else to
 * the scheduler) and merges their answers into the one response flow the bus adapter expects in request order.
 *
 * <p>The ordering rule it relies on and enforces: both units answer exactly two cycles after they accept, so
 * answers leave in the order accesses were accepted, one per cycle, as long as no access is accepted while
 * another's answer time is its own. The only such case is the scheduler's remove, which walks its level and
 * answers when done ({@code schedulerWalking}): IPC accesses wait until it has answered. The scheduler's
 * accesses wait until the IPC unit has cleared its grant table after reset ({@code ipcReady}), so that both
 * units start answering from the same access on.
 */
public final class CommandRouter extends Circuit {
    public final HwStream<CoreCmd> in;
    public final HwFlow<CoreRsp> out;
    public final HwStream<CoreCmd> toScheduler, toIpc;
    public final HwFlow<CoreRsp> fromScheduler, fromIpc;
    /** The scheduler is walking a level for a remove: its answer comes at a time of its own. */
    public final HwBool schedulerWalking;
    /** The IPC unit takes accesses (its grant table is cleared). */
    public final HwBool ipcReady;

    public CommandRouter(TaskIntcConfig cfg) {
        in = streamIn("in", () -> new CoreCmd(cfg));
        out = flowOut("out", () -> new CoreRsp(cfg));
        toScheduler = streamOut("toScheduler", () -> new CoreCmd(cfg));
        fromScheduler = flowIn("fromScheduler", () -> new CoreRsp(cfg));
        toIpc = streamOut("toIpc", () -> new CoreCmd(cfg));
        fromIpc = flowIn("fromIpc", () -> new CoreRsp(cfg));
        schedulerWalking = inBool("schedulerWalking");
        ipcReady = inBool("ipcReady");

        HwBool isIpc = in.payload().op.eq(CoreOp.IPC.ordinal());
        toScheduler.payload().assign(in.payload());
        toIpc.payload().assign(in.payload());
        toScheduler.valid().assign(in.valid().and(isIpc.not()).and(ipcReady));
        toIpc.valid().assign(in.valid().and(isIpc).and(schedulerWalking.not()));
        in.ready().assign(Hw.mux(isIpc, toIpc.ready().and(schedulerWalking.not()), toScheduler.ready().and(ipcReady)));

        // At most one unit answers in a cycle (the rule above), so the merge is a choice, not an arbiter.
        out.valid().assign(fromScheduler.valid().or(fromIpc.valid()));
        out.payload().assign(fromScheduler.payload());
        when(fromIpc.valid(), () -> out.payload().assign(fromIpc.payload()));
    }
}
