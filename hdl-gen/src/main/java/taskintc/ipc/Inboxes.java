package taskintc.ipc;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.IPC_CHANNEL_LSB;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.dsl.RegArray;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * Each context's inbox: D message slots in block RAM, a ring (head, count) in flip-flops, and per slot the
 * sender, channel and whether a reply is wanted. The oldest message becomes current with {@code ipc_receive}
 * (its words read with {@code ipc_rx}) and stays current until the next receive or a reply finishes it.
 */
final class Inboxes extends Part {
    /** The inbox word read in I0: the current message's word for RX_WORD, its task word (word 1) for REPLY. */
    final HwBits word1;
    /** The region's own inbox in I1: ring head and occupancy, and whether a received message is current. */
    final HwUInt head1, count1;
    final HwBool current1;
    /** The current message's sender and whether it wants a reply. */
    final HwUInt sender1;
    final HwBool wantsReply1;
    /** The current message is finished in I1 (a receive moving on, or a reply). */
    final HwBool finish1;
    private final RegArray head, count, meta;
    private final int slotBits;

    Inboxes(Circuit owner, TaskIntcConfig cfg, IpcStages st, CopyEngine copy, Staging staging) {
        super(owner);
        int w = cfg.taskWidth();
        int xw = cfg.contextWidth();
        int kw = cfg.channelWidth();
        int c = cfg.contexts();
        int d = cfg.mailboxDepth();
        int mw = IpcUnit.messageWordBits(cfg);
        slotBits = IpcUnit.slotBits(cfg);

        Ram inbox = ram("inbox", 1 << (xw + slotBits + mw), w);
        head = regArray("inboxHead", c, slotBits, 0);
        count = regArray("inboxCount", c, Hw.widthOf(d), 0);
        HwBits current = regBits("inboxCurrent", c, 0);
        // Per slot: wants-reply | channel | sender.
        meta = regArray("inboxMeta", c * d, xw + kw + 1, 0);

        // I0: the current message's word (a reply reads its task word, word 1).
        word1 = inbox.readSync(cat(st.context0, head.get(st.context0).asUInt(),
                mux(st.is0(IpcOp.REPLY), lit(1, mw), st.index0.resize(mw))).asUInt(), Hw.lit(true));

        // I1: RECEIVE finishes the current message (without a reply) and makes the next one current.
        head1 = head.get(st.context1).asUInt();
        count1 = count.get(st.context1).asUInt();
        current1 = current.bit(st.context1);
        HwBits mine = Hw.oneHot(st.context1, c);
        finish1 = wireBool("i1_popInbox");
        finish1.assign(false);
        HwBool next = wireBool("i1_inboxNext", mux(current1, count1.minus(1), count1).ne(0));
        when(st.is1(IpcOp.RECEIVE), () -> {
            HwUInt newHead = mux(current1, head1.plus(1), head1);
            finish1.assign(current1);
            HwBits m = meta.get(cat(st.context1, newHead).asUInt());
            when(next, () -> st.answer1.assign(cat(Hw.lit(true), Hw.bitsLit(0, 31 - IPC_CHANNEL_LSB - 4),
                    m.slice(xw, kw).resize(4), m.slice(0, xw).resize(8)).resize(w)));
        });

        HwBits currentMeta = meta.get(cat(st.context1, head1).asUInt());
        sender1 = currentMeta.slice(0, xw).asUInt();
        wantsReply1 = currentMeta.bit(xw + kw);
        when(finish1, () -> {
            head.get(st.context1).assign(head1.plus(1).asBits());
            // A send into this inbox in the same cycle is impossible: sends and replies never share I1.
            count.get(st.context1).assign(count1.minus(1).asBits());
        });
        HwBits newCurrent = wireBits("i1_inboxCurrent", c);
        newCurrent.assign(current);
        when(st.is1(IpcOp.RECEIVE), () -> newCurrent.assign(mux(next, current.or(mine), current.and(mine.not()))))
                .elseWhen(finish1, () -> newCurrent.assign(current.and(mine.not())));
        current.assign(newCurrent);
        when(st.is1(IpcOp.RX_WORD).and(current1), () -> st.answer1.assign(word1));

        // The copy engine fills a slot reserved by a send.
        inbox.write(cat(copy.target, copy.targetSlot, copy.writeWord.resize(mw)).asUInt(), staging.message1,
                copy.writeValid.and(copy.writeIsReply.not()));
    }

    /** Messages in {@code context}'s inbox (the current one included). */
    HwUInt countOf(HwUInt context) {
        return count.get(context).asUInt();
    }

    /** The first free slot of {@code context}'s inbox. */
    HwUInt tailOf(HwUInt context) {
        return head.get(context).asUInt().plus(countOf(context).resize(slotBits));
    }

    /** A send into {@code context} was accepted in I1: its slot {@code slot} holds a message described by {@code slotMeta}. */
    void reserve(HwUInt context, HwUInt slot, HwBits slotMeta) {
        count.get(context).assign(countOf(context).plus(1).asBits());
        meta.get(cat(context, slot).asUInt()).assign(slotMeta);
    }
}
