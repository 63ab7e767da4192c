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
import taskintc.dsl.RegArray;
import taskintc.spec.ErrorCode;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * Each context's handler task per channel ({@code ipc_handler}; channel K is the system-call channel): the task
 * a message on that channel makes ready. The words live in RAM, a valid bit per channel in flip-flops.
 */
final class Handlers extends Part {
    /** The handler the access in I1 concerns: the receiver's for a send or system call, else the region's own. */
    final HwUInt context1, channel1;
    /** That handler's task word, and whether one is registered. */
    final HwBits word1;
    final HwBool registered1;

    Handlers(Circuit owner, TaskIntcConfig cfg, IpcStages st, Capabilities capabilities, ErrorRegister errors) {
        super(owner);
        int w = cfg.taskWidth();
        int xw = cfg.contextWidth();
        int k = cfg.ipcChannels();
        int kw = cfg.channelWidth();

        Ram handlers = ram("handlers", 1 << (xw + kw), w);
        RegArray valid = regArray("handlerValid", cfg.contexts(), k + 1, 0);

        // I0: read the handler the access needs.
        HwUInt context0 = mux(st.isSyscall0, capabilities.syscallContext, mux(st.isSend0, st.receiver0, st.context0));
        HwUInt channel0 = mux(st.isSyscall0, lit(k, kw), mux(st.isSend0, st.channel0, st.index0.resize(kw)));
        word1 = handlers.readSync(cat(context0, channel0).asUInt(), Hw.lit(true));
        context1 = delay("i1_handlerContext", context0);
        channel1 = delay("i1_handlerChannel", channel0);

        // I1: HANDLER, the region's own handlers (0 unregisters).
        HwBool none = TaskChecks.none(st.data1);
        HwBool bad = TaskChecks.badPriority(st.data1, cfg.priorities());
        HwBool set = st.writes1(IpcOp.HANDLER);
        handlers.write(cat(st.context1, st.index1.resize(kw)).asUInt(), st.data1, set.and(none.not()).and(bad.not()));
        when(set, () -> {
            HwBits mine = valid.get(st.context1);
            HwBits one = Hw.oneHot(st.index1.resize(kw), k + 1);
            when(bad, () -> errors.refuse(ErrorCode.BAD_TASK))
                    .elseWhen(none, () -> mine.assign(mine.and(one.not())))
                    .otherwise(() -> mine.assign(mine.or(one)));
        });
        when(st.is1(IpcOp.HANDLER).and(st.read1), () ->
                st.answer1.assign(mux(valid.get(st.context1).bit(st.index1.resize(kw)), word1, Hw.bitsLit(0, w))));
        registered1 = valid.get(context1).bit(channel1);
    }
}
