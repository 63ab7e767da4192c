package taskintc.ipc;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.ErrorCode;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * Each context's handler task per channel ({@code ipc_handler}; channel K is the system-call channel): the task
 * a message on that channel makes ready. The words live in RAM, zeroed after reset ({@link ClearAfterReset}) and by
 * a scrub's sweep ({@link Scrub}); a channel has a handler while its word names a task (writing 0 unregisters).
 */
final class Handlers extends Part {
    /** The handler the access in I0 (and in I1) concerns: the receiver's for a send or system call, else the region's own. */
    final HwUInt context0, context1, channel1;
    /** That handler's task word, and whether one is registered. */
    final HwBits word1;
    final HwBool registered1;

    Handlers(Circuit owner, TaskIntcConfig cfg, IpcStages st, Capabilities capabilities, ErrorRegister errors, Scrub scrub,
             ClearAfterReset clear) {
        super(owner);
        int w = cfg.taskWidth();
        int xw = cfg.contextWidth();
        int k = cfg.ipcChannels();
        int kw = cfg.channelWidth();

        Ram handlers = ram("handlers", 1 << (xw + kw), w);

        // I0: read the handler the access needs.
        context0 = mux(st.isSyscall0, capabilities.syscallContext, mux(st.isSend0, st.receiver0, st.context0));
        HwUInt channel0 = mux(st.isSyscall0, lit(k, kw), mux(st.isSend0, st.channel0, st.index0.resize(kw)));
        word1 = handlers.readSync(cat(context0, channel0).asUInt(), Hw.lit(true));
        context1 = delay("i1_handlerContext", context0);
        channel1 = delay("i1_handlerChannel", channel0);

        // I1: HANDLER, the region's own handlers (a word naming no task unregisters; it reads as 0).
        HwBool bad = TaskChecks.badPriority(st.data1, cfg.priorities());
        HwBool set = st.writes1(IpcOp.HANDLER);
        clear.writeRows(handlers, scrub, cat(st.context1, st.index1.resize(kw)).asUInt(), st.data1, set.and(bad.not()));
        when(set.and(bad), () -> errors.refuse(ErrorCode.BAD_TASK));
        registered1 = TaskChecks.none(word1).not();
        when(st.is1(IpcOp.HANDLER).and(st.read1), () -> st.answer1.assign(mux(registered1, word1, Hw.bitsLit(0, w))));
    }
}
