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
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * Each context's reply box: D slots in block RAM, each the R result words of a reply and, as word R, the task
 * word of the message it answers; a ring (head, count) in flip-flops. {@code ipc_reply_pop} makes the oldest
 * reply current and returns its task word; {@code ipc_reply_data} reads its words.
 */
final class ReplyBoxes extends Part {
    /** The reply-box word read in I0: the current reply's word, or (for a pop) the next reply's task word. */
    final HwBits word1;
    /** The region's own reply box in I1: occupancy, and whether a reply is current. */
    final HwUInt count1;
    final HwBool current1;
    private final Ram replies;
    /** Per context: the ring's head and how many replies it holds. */
    private final ContextRows head, count;
    private final CopyEngine copy;
    private final Staging staging;
    private final int slotBits, wordBits, resultWords;

    ReplyBoxes(Circuit owner, TaskIntcConfig cfg, IpcStages st, CopyEngine copy, Staging staging, Scrub scrub) {
        super(owner);
        this.copy = copy;
        this.staging = staging;
        int w = cfg.taskWidth();
        int xw = cfg.contextWidth();
        int c = cfg.contexts();
        resultWords = cfg.resultWords();
        slotBits = IpcUnit.slotBits(cfg);
        wordBits = IpcUnit.replyWordBits(cfg);

        replies = ram("replies", 1 << (xw + slotBits + wordBits), w);
        head = new ContextRows(owner, "replyHead", c, slotBits, st.context0);
        count = new ContextRows(owner, "replyCount", c, Hw.widthOf(cfg.mailboxDepth()), st.context0);
        HwBits current = regBits("replyCurrent", c, 0);

        // I0: a pop reads the task word of the reply it makes current (the one after the current one, if any).
        HwUInt head0 = head.row0.asUInt();
        HwBool pop0 = st.is0(IpcOp.REPLY_POP);
        HwUInt slot0 = mux(pop0.and(current.bit(st.context0)), head0.plus(1), head0);
        word1 = replies.readSync(cat(st.context0, slot0, mux(pop0, lit(resultWords, wordBits), st.index0.resize(wordBits))).asUInt(),
                Hw.lit(true));

        // I1: REPLY_POP finishes the current reply and makes the next one current; REPLY_WORD reads it.
        HwUInt head1 = head.row1.asUInt();
        count1 = count.row1.asUInt();
        current1 = current.bit(st.context1);
        HwBits mine = Hw.oneHot(st.context1, c);
        when(st.is1(IpcOp.REPLY_POP), () -> {
            HwUInt after = mux(current1, count1.minus(1), count1);
            head.write(current1, st.context1, head1.plus(1).asBits());
            count.write(current1, st.context1, count1.minus(1).asBits());
            current.assign(mux(after.ne(0), current.or(mine), current.and(mine.not())));
            when(after.ne(0), () -> st.answer1.assign(word1));
        });
        when(st.is1(IpcOp.REPLY_WORD).and(current1), () -> st.answer1.assign(word1));
        // A scrub empties the context's reply box (a control-region access: never the pop above in the same cycle).
        count.write(scrub.valid1, scrub.context1, Hw.bitsLit(0, count.row1.width()));
        when(scrub.valid1, () -> {
            current.assign(current.and(Hw.oneHot(scrub.context1, c).not()));
        });
    }

    /** Replies in {@code context}'s reply box (the current one included): for a reply's sender, named only in I1. */
    HwUInt countOf(HwUInt context) {
        return count.rowOf(context).asUInt();
    }

    /** The first free slot of {@code context}'s reply box. */
    HwUInt tailOf(HwUInt context) {
        return head.rowOf(context).asUInt().plus(countOf(context).resize(slotBits));
    }

    /**
     * The reply box's one write port: the copy engine's result words, else the task word of a reply accepted in I1
     * ({@code accepted}: into {@code sender}'s {@code slot}, which it reserves).
     */
    void write(HwBool accepted, HwUInt sender, HwUInt slot, HwBits taskWord) {
        count.write(accepted, sender, countOf(sender).plus(1).asBits());
        replies.write(mux(copy.writeValid, cat(copy.target, copy.targetSlot, copy.writeWord.resize(wordBits)).asUInt(),
                        cat(sender, slot, lit(resultWords, wordBits)).asUInt()),
                mux(copy.writeValid, staging.result1, taskWord), copy.writeValid.and(copy.writeIsReply).or(accepted));
    }
}
