package taskintc.ipc;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * Each context's staged outgoing message ({@code ipc_message}, M words) and staged result ({@code ipc_result},
 * R words), written word by word through its own region and read by the copy engine when a send or reply is
 * accepted. Block RAM, zeroed after reset ({@link ClearAfterReset}) and, for the scrubbed context, by the scrub's
 * sweep ({@link Scrub}), so a word reads, and is copied, as 0 until written and a context never sees what an
 * earlier owner of it staged.
 */
final class Staging extends Part {
    /** The staged message word read in I0: the one an access reads, word 1 (the reply task) for a send, or the word being copied. */
    final HwBits message1;
    /** The staged result word read in I0: the one an access reads, or the word being copied. */
    final HwBits result1;

    Staging(Circuit owner, TaskIntcConfig cfg, IpcStages st, CopyEngine copy, Scrub scrub, ClearAfterReset clear) {
        super(owner);
        int w = cfg.taskWidth();
        int xw = cfg.contextWidth();
        int mw = IpcUnit.messageWordBits(cfg);
        int rw = IpcUnit.replyWordBits(cfg);

        Ram stage = ram("stage", 1 << (xw + mw), w);
        Ram result = ram("result", 1 << (xw + rw), w);

        // I0: the copy engine has the read ports while it runs.
        HwUInt messageAddress = mux(copy.active, cat(copy.source, copy.readWord.resize(mw)).asUInt(),
                cat(st.context0, mux(st.isSend0, lit(1, mw), st.index0.resize(mw))).asUInt());
        message1 = stage.readSync(messageAddress, Hw.lit(true));
        HwUInt resultAddress = mux(copy.active, cat(copy.source, copy.readWord.resize(rw)).asUInt(),
                cat(st.context0, st.index0.resize(rw)).asUInt());
        result1 = result.readSync(resultAddress, Hw.lit(true));

        // I1: MESSAGE and RESULT words of the region's own context; the sweep and the clearing after reset write 0.
        clear.writeRows(stage, scrub, cat(st.context1, st.index1.resize(mw)).asUInt(), st.data1, st.writes1(IpcOp.MESSAGE));
        clear.writeRows(result, scrub, cat(st.context1, st.index1.resize(rw)).asUInt(), st.data1, st.writes1(IpcOp.RESULT));
        when(st.is1(IpcOp.MESSAGE), () -> st.answer1.assign(message1));
        when(st.is1(IpcOp.RESULT), () -> st.answer1.assign(result1));
    }

}
