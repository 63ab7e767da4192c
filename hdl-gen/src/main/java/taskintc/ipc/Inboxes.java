package taskintc.ipc;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.IPC_OWNER_BITS;
import static taskintc.spec.TaskIntcRegisters.IPC_OWNER_LSB;
import static taskintc.spec.TaskIntcRegisters.IPC_SLOT_BITS;
import static taskintc.spec.TaskIntcRegisters.IPC_SLOT_LSB;
import static taskintc.spec.TaskIntcRegisters.IPC_TAG_BITS;
import static taskintc.spec.TaskIntcRegisters.IPC_TAG_LSB;
import static taskintc.spec.TaskIntcRegisters.IPC_VALID_BIT;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwData;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.ErrorCode;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * Each context's inbox: D message slots in block RAM ({@code inbox}), each slot's sender and wants-reply bit in block
 * RAM ({@code inboxReplyTo}), the waiting messages in arrival order as a ring of (slot, sender, channel, tag) entries
 * in block RAM ({@code inboxQueue}); per context a row ({@link ContextRows}): in flip-flops, the ring's head and the
 * current slot; in a RAM ({@code inboxLate}), per slot whether it holds a message ({@code occupied}) and whether its
 * message is in service (taken, not answered), and whether a message is current; and in a RAM of a row per context
 * ({@code inboxTags}), every slot's tag (arrivals modulo 2^{@value taskintc.spec.TaskIntcRegisters#IPC_TAG_BITS}).
 * The RAMs that can hold earlier data are cleared after reset by {@link ClearAfterReset}. Counts are counts of those
 * bits: a context's messages, its occupied slots; its waiting messages (the ring's length), the occupied slots not in
 * service. The RAMs are read in I0 at addresses the flip-flops give, so no access needs two dependent reads: a send
 * reads its receiver's rows, and takes its free slot's tag from the tag row in I1 (the new message gets the next
 * one); a take reads the ring's head entry, which carries what its answer needs; a reply or a token written to
 * {@code ipc_take} reads the named (or current) slot's sender, and its tag from the tag row.
 *
 * <p>A scrub's "messages it sent lose their reply address" is the scrub's sweep ({@link Scrub}): one slot of every
 * inbox per step clears the wants-reply bit of the slots whose sender is the scrubbed context, while IPC accesses wait.
 * A send takes the lowest free slot; {@code ipc_take} (and {@code ipc_receive}, which first finishes the current
 * message) takes the oldest waiting one into service and hands out its token (owner, slot, tag); a reply names a
 * message in service by that token, or the current one, and finishes it in any order; a token written to
 * {@code ipc_take} makes its message current again, so its words can be read after another was taken.
 */
final class Inboxes extends Part {
    /** The inbox word read in I0: the current message's word for RX_WORD, the named message's task word (word 1) for REPLY. */
    final HwBits word1;
    /** The region's inbox in I1: messages held (waiting or in service), and whether one is current. */
    final HwUInt count1;
    /** The inbox a send in I1 targets: every slot holds a message; else its lowest free slot. */
    final HwBool full1;
    final HwUInt freeSlot1;
    final HwBool current1;
    /** A reply in I1: it names a message by token; the token names a message this context has in service. */
    final HwBool named1, tokenOk1;
    /** The message a reply in I1 answers (the named or the current one): its sender and whether it wants a reply. */
    final HwUInt sender1;
    final HwBool wantsReply1;
    /** The reply in I1 finishes its message (it wants no reply), or the reply deciding in I2 does (set by {@link Transfers}). */
    final HwBool finish1, finish2;
    /** Per context, one row ({@link InboxRow}): one write port, so one enable per context for all of its fields. */
    private final ContextRows rows;
    /** The row's fields read in I0, and the whole row as it is when its access executes in I1. */
    private final InboxPlaces places0;
    private final InboxRow row1;
    private final Ram replyTo, queue;
    /** The send accepted in I1 (set by {@link #reserve}): where its reply address goes and what it is. */
    private final HwBool reserving;
    /** The tag row of the context whose rows I0 read, as it is when the access executes in I1: slot s's tag. */
    private final HwBits[] slotTags1;
    private final Ram tags;
    private final ClearAfterReset clear;
    private final HwUInt reserveAt;
    /** How many messages wait in the inbox of the context read in I0 (the receiver's for a send), modulo D. */
    private final HwUInt waiting1;
    private final HwBits reserveReplyTo;
    private final int slotBits, depth;

    Inboxes(Circuit owner, TaskIntcConfig cfg, IpcStages st, CopyEngine copy, Staging staging, Scrub scrub, ErrorRegister errors,
            Handlers handlers, ClearAfterReset clear) {
        super(owner);
        int w = cfg.taskWidth();
        int xw = cfg.contextWidth();
        int kw = cfg.channelWidth();
        int c = cfg.contexts();
        int d = cfg.mailboxDepth();
        int mw = IpcUnit.messageWordBits(cfg);
        depth = d;
        this.clear = clear;
        slotBits = IpcUnit.slotBits(cfg);

        Ram inbox = ram("inbox", 1 << (xw + slotBits + mw), w);
        // The rows are read at the context whose inbox the access works on: a send's receiver, else its own.
        HwUInt rowAt0 = handlers.context0;
        rows = new ContextRows(owner, "inbox", c, InboxPlaces.width(slotBits), InboxRow.lateWidth(d), rowAt0, clear);
        places0 = InboxPlaces.of(rows.early0, slotBits);
        row1 = InboxRow.of(rows.row1, slotBits, d);
        // Per slot (context, slot): wants-reply | sender. Per context: every slot's tag, read with the rows (a send's
        // free slot is known only in I1, from its receiver's occupied bits) and written back by a send in I1. No
        // bypass: only a send in I1 writes the tags, and no access is accepted behind it in that cycle (the hazard).
        replyTo = ram("inboxReplyTo", 1 << (xw + slotBits), 1 + xw);
        tags = ram("inboxTags", 1 << xw, d * IPC_TAG_BITS);
        HwBits tagRow1 = tags.readSync(rowAt0, Hw.lit(true));
        slotTags1 = new HwBits[d];
        for (int s = 0; s < d; s++) slotTags1[s] = tagRow1.slice(s * IPC_TAG_BITS, IPC_TAG_BITS);
        // Per context: the waiting messages in arrival order, each entry tag | channel | sender | slot. How many wait
        // is the count of slots held and not in service (no counter of its own).
        queue = ram("inboxQueue", 1 << (xw + slotBits), IPC_TAG_BITS + kw + xw + slotBits);

        // I0: the word an access reads: the current message's, or for a reply word 1 of the message it names.
        // (A TAKE read is never followed in I0 by a read of the current message: the hazard holds it back.)
        HwBool named0 = st.is0(IpcOp.REPLY).or(st.is0(IpcOp.TAKE).and(st.read0.not())).and(st.data0.bit(IPC_VALID_BIT));
        HwUInt slot0 = mux(named0, st.data0.slice(IPC_SLOT_LSB, slotBits).asUInt(), places0.currentSlot());
        word1 = inbox.readSync(cat(st.context0, slot0,
                mux(st.is0(IpcOp.REPLY), lit(1, mw), st.index0.resize(mw))).asUInt(), Hw.lit(true));
        // I0 also reads the named or current slot's reply address and the head of the waiting messages (for a take).
        // While a scrub sweeps, the sweep reads the reply addresses instead: one slot per cycle, rewritten a cycle
        // later.
        reserving = wireBool("i1_inboxReserve");
        reserving.assign(false);
        reserveAt = wireUInt("i1_inboxReserveAt", xw + slotBits);
        reserveAt.assign(0);
        reserveReplyTo = wireBits("i1_inboxReserveReplyTo", replyTo.width());
        reserveReplyTo.assign(0);
        HwUInt sweepAt = scrub.sweepAt.resize(xw + slotBits);
        HwBool sweepWrite = scrub.writing;
        HwUInt sweepWriteAt = delay("inboxSweepWriteAt", sweepAt);
        HwBits replyTo1 = replyTo.readSync(mux(scrub.sweeping, sweepAt, at(st.context0, slot0)), Hw.lit(true));
        HwUInt slot1 = delay("i1_inboxSlot", slot0);
        HwBits head1 = queue.readSync(at(st.context0, places0.queueHead()), Hw.lit(true));

        // I1: the inbox whose rows I0 read (the region's own but for a send).
        HwBits occupied1 = wireBits("i1_inboxOccupied", row1.occupied()), inService1 = wireBits("i1_inboxInService", row1.inService());
        full1 = wireBool("i1_inboxFull", occupied1.andR());
        freeSlot1 = wireUInt("i1_inboxFreeSlot", Hw.firstSetIndex(occupied1.not()).resize(slotBits));
        count1 = wireUInt("i1_inboxCount", popCount(occupied1));
        waiting1 = wireUInt("i1_inboxWaiting", popCount(occupied1.and(inService1.not())));
        current1 = row1.current();
        HwUInt currentSlot1 = row1.places().currentSlot();

        // REPLY: the message it answers.
        named1 = st.data1.bit(IPC_VALID_BIT);
        HwUInt tokenSlotField = st.data1.slice(IPC_SLOT_LSB, IPC_SLOT_BITS).asUInt();
        HwUInt tokenSlot = tokenSlotField.resize(slotBits);
        HwUInt replySlot = mux(named1, tokenSlot, currentSlot1);
        tokenOk1 = wireBool("i1_tokenOk", st.data1.slice(IPC_OWNER_LSB, IPC_OWNER_BITS).asUInt().eq(st.context1.resize(IPC_OWNER_BITS))
                .and(tokenSlotField.lt(d))
                .and(inService1.bit(tokenSlot))
                .and(wireBits("i1_tokenTag", tagOf(slot1)).eq(st.data1.slice(IPC_TAG_LSB, IPC_TAG_BITS))));
        sender1 = replyTo1.slice(0, xw).asUInt();
        wantsReply1 = replyTo1.bit(xw);
        finish1 = wireBool("i1_inboxFinish");
        finish1.assign(false);

        // RECEIVE finishes the current message; RECEIVE and a TAKE read take the oldest waiting one.
        HwBool taking = st.is1(IpcOp.RECEIVE).or(st.is1(IpcOp.TAKE).and(st.read1));
        // A TAKE write (a token) makes that message in service current again.
        HwBool selecting = st.writes1(IpcOp.TAKE);
        HwBool select = wireBool("i1_inboxSelect", selecting.and(named1).and(tokenOk1));
        when(selecting.and(select.not()), () -> errors.refuse(ErrorCode.BAD_TOKEN));
        HwBool dropCurrent = st.is1(IpcOp.RECEIVE).and(current1);
        HwUInt qHead = row1.places().queueHead();
        HwBool take = wireBool("i1_inboxTake", taking.and(waiting1.ne(0)));
        HwUInt takenSlot = head1.slice(0, slotBits).asUInt();
        HwBits takenSender = head1.slice(slotBits, xw), takenChannel = head1.slice(slotBits + xw, kw);
        HwBits takenTag = head1.slice(slotBits + xw + kw, IPC_TAG_BITS);

        // A finished message frees its slot (a reply's, or the current one a receive drops). The row a reply leaves
        // is written now when it finishes in I1, or kept for I2, where an accepted reply finishes its message.
        HwBool replying = st.is1(IpcOp.REPLY);
        HwBool finishing = replying.or(dropCurrent);
        HwUInt finishedSlot = mux(replying, replySlot, currentSlot1);
        // A receive does both in one cycle (different slots).
        HwBits finished = mux(finishing, Hw.oneHot(finishedSlot, d), Hw.bitsLit(0, d));
        HwBits taken = mux(take, Hw.oneHot(takenSlot, d), Hw.bitsLit(0, d));
        when(take, () -> {
            st.answer1.assign(cat(Hw.lit(true), st.context1.resize(IPC_OWNER_BITS), Hw.bitsLit(0, IPC_OWNER_LSB - IPC_SLOT_LSB - IPC_SLOT_BITS),
                    takenSlot.resize(IPC_SLOT_BITS), takenTag, takenChannel.resize(4), takenSender.resize(8)).resize(w));
        });

        HwBool answersCurrent = replying.and(current1).and(replySlot.eq(currentSlot1));
        HwBool makesCurrent = take.or(select), endsCurrent = dropCurrent.or(answersCurrent);
        // The access's own inbox: every field it changes in one write (the others as read).
        HwBits row = new InboxRow(makesCurrent.or(current1.and(endsCurrent.not())),
                inService1.and(finished.not()).or(taken), occupied1.and(finished.not()),
                new InboxPlaces(mux(select, tokenSlot, mux(take, takenSlot, currentSlot1)), mux(take, qHead.plus(1), qHead))).bits();
        rows.write(makesCurrent.or(dropCurrent).or(finish1), st.context1, row);
        finish2 = wireBool("i2_inboxFinish");
        finish2.assign(false);
        rows.write(finish2, st.context2, delay("i2_inboxRow", row));
        // A scrub empties the context's inbox, and messages it sent (in any inbox) lose their reply address: the
        // sweep visits slots 0, 1, ... (context-major, D a power of two; every slot at least once), clearing wants-reply
        // where the sender matches.
        // (Its ring's head and current slot mean nothing in an empty inbox: cleared with the rest.)
        rows.write(scrub.valid1, scrub.context1, Hw.bitsLit(0, rows.row1.width()));
        HwBool sweptSender = sweepWrite.and(replyTo1.slice(0, xw).asUInt().eq(scrub.sweepFor));
        clear.write(replyTo, mux(sweepWrite, sweepWriteAt, reserveAt),
                mux(sweepWrite, cat(Hw.lit(false), replyTo1.slice(0, xw)), reserveReplyTo), sweptSender.or(reserving));
        when(st.is1(IpcOp.RX_WORD).and(current1), () -> st.answer1.assign(word1));

        // The copy engine fills a slot reserved by a send.
        inbox.write(cat(copy.target, copy.targetSlot, copy.writeWord.resize(mw)).asUInt(), staging.message1,
                copy.writeValid.and(copy.writeIsReply.not()));
    }

    /**
     * A context's inbox row, the one place its layout is written: whether a message is current, the slots in service
     * and the slots holding a message (bit s for slot s), which only I1 reads (the row's late fields, in a RAM), above
     * its {@link InboxPlaces}.
     */
    private record InboxRow(HwBool current, HwBits inService, HwBits occupied, InboxPlaces places) {
        static int lateWidth(int depth) {
            return 1 + 2 * depth;
        }

        static InboxRow of(HwBits row, int slotBits, int depth) {
            int early = InboxPlaces.width(slotBits);
            return new InboxRow(row.bit(early + 2 * depth), row.slice(early + depth, depth), row.slice(early, depth),
                    InboxPlaces.of(row.slice(0, early), slotBits));
        }

        HwBits bits() {
            return cat(current.asBits(), inService, occupied, places.bits());
        }
    }

    /** The inbox row's early fields, which I0 reads to form its RAM addresses (flip-flops): the current slot, the waiting ring's head. */
    private record InboxPlaces(HwUInt currentSlot, HwUInt queueHead) {
        static int width(int slotBits) {
            return 2 * slotBits;
        }

        static InboxPlaces of(HwBits row, int slotBits) {
            return new InboxPlaces(row.slice(slotBits, slotBits).asUInt(), row.slice(0, slotBits).asUInt());
        }

        HwBits bits() {
            return cat(currentSlot, queueHead);
        }
    }

    /** The tag of {@code slot} in the tag row read with the rows. */
    private HwBits tagOf(HwUInt slot) {
        return Hw.select(slotTags1, slot);
    }

    /** The per-slot index of {@code slot} of {@code context}'s inbox. */
    private static HwUInt at(HwData context, HwData slot) {
        return cat(context, slot).asUInt();
    }

    private HwUInt popCount(HwBits bits) {
        int width = Hw.widthOf(depth);
        HwUInt sum = Hw.lit(0, width);
        for (int s = 0; s < depth; s++) sum = sum.plus(bits.bit(s).asUInt().resize(width));
        return sum;
    }

    /**
     * A send into {@code context} from {@code sender} on {@code channel} is accepted in I1 when {@code accepted}: its
     * free slot {@link #freeSlot1} holds the message, the newest waiting, with the slot's next tag. Called once, by
     * {@link Transfers}; the slot's write shares the RAM's write port with the sweep (never in the same cycle:
     * accesses wait while it runs).
     */
    void reserve(HwBool accepted, HwUInt context, HwUInt sender, HwUInt channel, HwBool wantsReply) {
        HwUInt slot = freeSlot1;
        HwBits tag = tagOf(slot).asUInt().plus(1).asBits();
        HwData[] tagRow = new HwData[depth];
        for (int s = 0; s < depth; s++) {
            tagRow[depth - 1 - s] = mux(slot.eq(s), tag, slotTags1[s]);
        }
        clear.write(tags, context, cat(tagRow), accepted);
        // The receiver's rows were read in I0: its ring's head and length (modulo D) place the new entry.
        queue.write(at(context, row1.places().queueHead().plus(waiting1.resize(slotBits))),
                cat(tag, channel, sender, slot), accepted);
        InboxPlaces places = row1.places();
        rows.write(accepted, context, new InboxRow(row1.current(), row1.inService(),
                row1.occupied().or(Hw.oneHot(slot, depth)), places).bits());
        when(accepted, () -> {
            reserving.assign(true);
            reserveAt.assign(at(context, slot));
            reserveReplyTo.assign(cat(wantsReply, sender));
        });
    }
}
