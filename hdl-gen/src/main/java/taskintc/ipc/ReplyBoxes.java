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
 * word of the message it answers; a ring (head, count) per context in a row ({@link ContextRows}): a RAM read in I0
 * at the region's context, and a copy of it read in I1 at a reply's sender, whose row arrives in I2, where the reply
 * decides. {@code ipc_reply_pop} makes the oldest reply current and returns its task word; {@code ipc_reply_data}
 * reads its words.
 */
final class ReplyBoxes extends Part {
    /** The region's own reply box in I1: occupancy, and whether a reply is current. */
    final HwUInt count1;
    final HwBool current1;
    private final Ram replies;
    /** Per context, one row ({@link ReplyRow}): one write port, so one enable per context for all of its fields. */
    private final ContextRows rows;
    private final CopyEngine copy;
    private final Staging staging;
    private final int slotBits, countBits, wordBits, resultWords;

    ReplyBoxes(Circuit owner, TaskIntcConfig cfg, IpcStages st, CopyEngine copy, Staging staging, Scrub scrub,
               ClearAfterReset clear) {
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
        countBits = Hw.widthOf(cfg.mailboxDepth());
        // No field forms an I0 address (the reply words are read in I1), so the row I0 reads is a RAM; a reply's
        // sender box is read from a copy of it in I1 (senderBox), at a context I0 cannot name.
        rows = new ContextRows(owner, "replyBox", c, 0, ReplyRow.width(slotBits, countBits), st.context0, clear);
        ReplyRow row1 = ReplyRow.of(rows.row1, slotBits, countBits);

        // I1: a pop reads the task word of the reply it makes current (the one after the current one, if any), a
        // reply-word read the current reply's word; the word answers in I2.
        HwUInt head1 = row1.head();
        count1 = row1.count();
        current1 = row1.current();
        HwBool pop1 = st.is1(IpcOp.REPLY_POP);
        HwUInt slot1 = mux(pop1.and(current1), head1.plus(1), head1);
        HwBits word2 = replies.readSync(cat(st.context1, slot1, mux(pop1, lit(resultWords, wordBits), st.index1.resize(wordBits))).asUInt(),
                Hw.lit(true));

        // I1: REPLY_POP finishes the current reply and makes the next one current; REPLY_WORD reads it.
        HwUInt after = mux(current1, count1.minus(1), count1);
        rows.write(pop1, st.context1, new ReplyRow(after.ne(0), after, mux(current1, head1.plus(1), head1)).bits());
        st.answerWithRead(pop1.and(after.ne(0)).or(st.is1(IpcOp.REPLY_WORD).and(current1)), word2);
        // A scrub empties the context's reply box (a control-region access: never the pop above in the same cycle).
        // (The ring's head means nothing in an empty box: cleared with the rest.)
        rows.write(scrub.valid1, scrub.context1, Hw.bitsLit(0, ReplyRow.width(slotBits, countBits)));
    }

    /**
     * The reply box of a reply's sender in I2 (the sender is named only in I1, by the reply address read in I0), its
     * row read once: the replies it holds (the current one included) and its first free slot.
     */
    record SenderBox(HwUInt context, ReplyRow row, HwUInt tail) {
        HwUInt count() {
            return row.count();
        }
    }

    /** Reads {@code sender1}'s row in I1 from the rows' copy; the box is known in I2. Once, for the reply. */
    SenderBox senderBox(HwUInt sender1) {
        ReplyRow row = ReplyRow.of(rows.readInI1("replyBoxAtSender", sender1), slotBits, countBits);
        return new SenderBox(delay("i2_replySender", sender1), row, row.head().plus(row.count().resize(slotBits)));
    }

    /** A context's reply-box row, the one place its layout is written: a reply is current, the replies held, the ring's head. */
    record ReplyRow(HwBool current, HwUInt count, HwUInt head) {
        static int width(int slotBits, int countBits) {
            return 1 + countBits + slotBits;
        }

        static ReplyRow of(HwBits row, int slotBits, int countBits) {
            return new ReplyRow(row.bit(countBits + slotBits), row.slice(slotBits, countBits).asUInt(), row.slice(0, slotBits).asUInt());
        }

        HwBits bits() {
            return cat(current.asBits(), count, head);
        }
    }

    /**
     * The reply box's one write port: the copy engine's result words, else the task word of a reply accepted in I2
     * ({@code accepted}: into the sender's first free slot, which it reserves).
     */
    void write(HwBool accepted, SenderBox box, HwBits taskWord) {
        rows.write(accepted, box.context(), new ReplyRow(box.row().current(), box.count().plus(1), box.row().head()).bits());
        replies.write(mux(copy.writeValid, cat(copy.target, copy.targetSlot, copy.writeWord.resize(wordBits)).asUInt(),
                        cat(box.context(), box.tail(), lit(resultWords, wordBits)).asUInt()),
                mux(copy.writeValid, staging.result1, taskWord), copy.writeValid.and(copy.writeIsReply).or(accepted));
    }
}
