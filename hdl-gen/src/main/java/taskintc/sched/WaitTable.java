package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.CFG_EDGE_BIT;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.ConfigTarget;
import taskintc.spec.CoreOp;
import taskintc.spec.SourcePick;
import taskintc.spec.Trigger;
import taskintc.spec.WakeupPort;

/**
 * The waiters of every source, kept in the task pool like ready tasks: each source has a FIFO of one-shot
 * waiters linked through the pool's links RAM (tail and length in {@code waitLists}; the head entry with its
 * context and priority in {@code waitHeads}), or a persistent handler ({@code handlers}). The source's record in
 * {@code waitLists} also keeps its mode bits (the configuration's four and whether a handler is registered), the
 * ones its status word and S1's decisions read: one RAM read of the operation's source instead of a selection
 * over every source's flip-flops in the wakeup unit, which keeps its own copy for what it does on every source
 * at once (capture, masking, picking). {@link InitSweep} writes every record's reset modes after reset, so the mode
 * bits are always valid. So is its waiting bit (one-shot waiters are queued), which the status word and S1's decisions
 * read here too, beside the mode bits (the wakeup unit's waiting bits, kept in step by the same updates, are for its
 * picker); the tail and length mean something only while it is set. Because the head
 * waiter's routing is at hand, a wakeup knows its ready list when it enters S0 and moves the entry in one
 * pass, like an enqueue whose entry comes from the wait list instead of the free list.
 *
 * <p>E: a picked source's head waiter and handler are read into the slot (or, while the slot is held, when
 * the pick waiting behind it moves up). S0: the wait-list record of the
 * operation's source is read, and the wakeup unit looks up the bus operation's source. S1: the record (S1's and
 * S2's writes bypassed) and the wakeup unit's view of the source (its pending count) decide a wait: register the handler, take a pending event, or append. S2: the record and the
 * head waiter are written.
 */
final class WaitTable extends Part {
    /** The wakeup in the slot, as the operation it becomes in S0. */
    final HwUInt slotOp, slotContext;
    final HwBits slotData;
    /** S1: the wait list's length, the source is waited on, the append links the old tail (to the new entry). */
    final HwUInt count1, tail1;
    final HwBool waiting1, linksTail1;
    /** S1: the status word of the operation's source: its record's mode bits, the wakeup unit's count, waiting and lost bits. */
    final HwBits sourceStatus1;
    /** A record's mode bits: the source_config word's four, in its order, and a handler registered. */
    static final int MODE_BITS = 5, M_EDGE = 0, M_WAKE_ALL = 1, M_PERSISTENT = 2, M_MASKED = 3, M_HANDLER = 4;

    /** A source's record, the one place its layout is written: waiting | modes | length | tail. */
    static HwBits record(HwBool waiting, HwBits modes, HwUInt count, HwUInt tail) {
        return cat(waiting.asBits(), modes, count, tail);
    }

    /** The waiting bit of a {@link #record}. */
    static HwBool waiting(HwBits record) {
        return record.bit(record.width() - 1);
    }

    /** The mode bits of a {@link #record}. */
    static HwBits modes(HwBits record) {
        return record.slice(record.width() - 1 - MODE_BITS, MODE_BITS);
    }
    /** S1: the mode bits of the operation's source (S1's and S2's writes bypassed); a cancel walk keeps them. */
    final HwBits modes1;
    /** S1 writes the mode bits of a source (source_config). */
    final HwBool configuresSource1;
    /** S1: the record of the operation's source as the operation leaves it (what S2 writes). */
    final HwBits recordAfter1;
    /** The head waiter's link (routing and entry) of the source last picked, or of the cancel_wait starting. */
    final HwBits headRd;
    /** The cancel walk's write ports (ListWalker): a new head waiter, a new wait-list record of its source. */
    final HwBool walkHeadWrite, walkRecordWrite;
    final HwBits walkHead, walkRecord;

    WaitTable(Circuit owner, SchedPipeline pipe, WakeupPort port, InitSweep sweep) {
        super(owner);
        var cfg = pipe.cfg;
        var e = pipe.e;
        var s0 = pipe.s0;
        var s1 = pipe.s1;
        var s2 = pipe.s2;
        int w = cfg.taskWidth(), a = cfg.indexWidth(), cw = cfg.countWidth(), xw = cfg.contextWidth();
        int sw = cfg.sourceWidth();
        int recordWidth = 1 + MODE_BITS + cw + a;
        Ram waitHeads = ram("waitHeads", 1 << sw, pipe.link.width);
        Ram handlers = ram("handlers", 1 << sw, xw + w);
        Ram waitLists = ram("waitLists", 1 << sw, recordWidth);

        // E: the slot, filled by a pick; its head waiter and handler are read one cycle ahead of S0. The wakeup
        // unit's offer is taken on registers only (a second entry free, no cancel_wait holding picks, its source
        // not in the slot, S1 or S2), not on whether S0 takes the slot this cycle: a pick goes straight into the
        // slot when the slot is free or leaving, and into the second entry otherwise, which moves up when the slot
        // leaves. Same latency, one pick a cycle.
        HwStream<SourcePick> pick = port.pick;
        pick.ready().assign(e.nextValid.not().and(pipe.cancelHoldsPicks.not()).and(pickSourceBusy(pipe, port).not()));
        e.pickFires.assign(pick.fire());
        e.pickSource.assign(pick.payload().source);
        HwBool slotFrees = e.valid.not().or(s0.takeSlot);
        HwBool slotLoads = wireBool("slotLoads", slotFrees.and(e.nextValid.or(pick.fire())));
        HwUInt loadSource = mux(e.nextValid, e.nextSource, pick.payload().source);
        // A cancel_wait starts only with the slot empty and no pick taken, and takes no pick until done, so it can
        // borrow the head read. The address follows a cancel_wait offered in such a cycle rather than one starting,
        // which waits for S0's arbitration: the slot loads in no such cycle.
        headRd = waitHeads.readSync(mux(s0.cancelQuiet, s0.busSource, loadSource), slotLoads.or(s0.cancelStart));
        HwBits handlerRd = handlers.readSync(loadSource, slotLoads);
        when(slotLoads, () -> {
            e.valid.assign(true);
            e.source.assign(loadSource);
            e.persistent.assign(mux(e.nextValid, e.nextPersistent, pick.payload().persistent));
            e.loadFlags(e.nextValid, pick.payload());
        }).elseWhen(s0.takeSlot, () -> e.valid.assign(false));
        when(pick.fire().and(slotFrees.not()), () -> {
            e.nextValid.assign(true);
            e.nextSource.assign(pick.payload().source);
            e.nextPersistent.assign(pick.payload().persistent);
            e.holdFlags(pick.payload());
        }).elseWhen(slotFrees, () -> e.nextValid.assign(false));
        // A wakeup moves its head waiter; a persistent source's wakeup enqueues a copy of the handler.
        slotOp = mux(e.persistent, lit(CoreOp.HANDLER.ordinal(), CoreOp.width()), lit(CoreOp.WAKE.ordinal(), CoreOp.width()));
        slotContext = mux(e.persistent, handlerRd.slice(w, xw).asUInt(), pipe.link.context(headRd));
        slotData = mux(e.persistent, handlerRd.slice(0, w), pipe.link.taskBits(headRd).resize(w));
        s1.moved.assign(pipe.link.index(headRd));

        // S0: read the source's record; note whether S1 or S2 will have rewritten it by the time S1 uses it.
        HwBool s1Writes = wireBool("s1_writesWait");
        HwBool s2Writes = delay("s2_writesWait", s1Writes, false);
        HwBits recordRd = waitLists.readSync(s0.source, Hw.lit(true));
        HwBool hitS2 = s1.valid.and(s1Writes).and(s1.source.eq(s0.source));
        HwBool hitW = s2.valid.and(s2Writes).and(s2.source.eq(s0.source));
        HwBool s1HitS2 = delay("s1_waitBypassS2", hitS2, false);
        HwBool s1HitW = delay("s1_waitBypassW", hitW, false);

        // S1: the record as S2 is writing it, as written last cycle, or as read.
        HwBits s2NewRecord = regBits("s2_newWait", recordWidth);
        HwBits lastWritten = regBits("w_wait", recordWidth);
        HwBits record1 = wireBits("s1_wait_record", mux(s1HitS2, s2NewRecord, mux(s1HitW, lastWritten, recordRd)));
        tail1 = record1.slice(0, a).asUInt();
        count1 = record1.slice(a, cw).asUInt();
        modes1 = wireBits("s1_waitModes", modes(record1));
        // The wakeup unit's view of the bus operation's source (its count and lost bit): named in S0, read from its
        // registers in S1. Whether the source is waited on is the record's waiting bit.
        port.querySource.assign(s0.busSource);
        waiting1 = wireBool("s1_waiting", waiting(record1));
        HwBool persistent1 = modes1.bit(M_PERSISTENT);
        HwBool pending1 = port.queryPending;
        sourceStatus1 = wireBits("s1_sourceStatus", cat(lit(false).asBits(), port.queryLost.asBits(), modes1.bit(M_MASKED).asBits(),
                modes1.bit(M_PERSISTENT).asBits(), modes1.bit(M_WAKE_ALL).asBits(), modes1.bit(M_EDGE).asBits(),
                modes1.bit(M_HANDLER).asBits(), waiting1.asBits(), port.queryCount));

        HwBool waitOk = s1.isWait.and(s1.granted).and(s1.wordOk);
        s1.setHandler.assign(waitOk.and(persistent1));
        s1.waitTakesPending.assign(waitOk.and(persistent1.not()).and(waiting1.not()).and(pending1).and(s1.poolFull.not()));
        s1.waitAppends.assign(waitOk.and(persistent1.not()).and(s1.waitTakesPending.not()).and(s1.poolFull.not()));
        configuresSource1 = wireBool("s1_configuresSource", s1.configOk.and(s1.status.eq(ConfigTarget.SOURCE_CONFIG.ordinal())));
        s1Writes.assign(s1.waitAppends.or(s1.isWake).or(s1.setHandler).or(configuresSource1));
        linksTail1 = s1.waitAppends.and(waiting1);
        handlers.write(s1.source, cat(s1.context, s1.data), s1.setHandler);

        // S2: the new record, and the head waiter when a wait lands on an empty list or a wakeup pops the head.
        HwBool s2IsWake = delay("s2_wake", s1.isWake, false);
        HwBool s2AppendToEmpty = delay("s2_appendToEmpty", s1.waitAppends.and(waiting1.not()), false);
        HwUInt s2Alloc = delay("s2_alloc", s1.alloc);
        HwBits s2Routing = delay("s2_routing", s1.routing);
        // A configuration sets the four mode bits and unregisters the handler of a source no longer persistent.
        HwBits configured = s1.data.slice(CFG_EDGE_BIT, 4);
        HwBits newModes = mux(configuresSource1, cat(modes1.bit(M_HANDLER).and(configured.bit(M_PERSISTENT)).asBits(), configured),
                mux(s1.setHandler, cat(lit(true).asBits(), modes1.slice(0, M_HANDLER)), modes1));
        HwUInt newCount = mux(s1.isWake, count1.minus(1), mux(s1.waitAppends, mux(waiting1, count1.plus(1), lit(1, cw)), count1));
        HwUInt newTail = mux(s1.waitAppends, s1.alloc, tail1);
        // Still waited on: a wakeup took not the last waiter, or a wait appended.
        HwBool newWaiting = waiting1.and(s1.isWake.and(count1.eq(1)).not()).or(s1.waitAppends);
        recordAfter1 = wireBits("s1_waitRecordAfter", record(newWaiting, newModes, newCount, newTail));
        s2NewRecord.assign(recordAfter1);
        lastWritten.assign(s2NewRecord);
        walkHeadWrite = wireBool("cancelHeadWrite");
        walkRecordWrite = wireBool("cancelRecordWrite");
        walkHead = wireBits("cancelHead", pipe.link.width);
        walkRecord = wireBits("cancelRecord", recordWidth);
        // The cancel walk writes while the pipeline is empty; the sweep after reset writes each record's reset modes
        // (the edge bit of the NIC's sources and, with --trigger edge, of every source) before anything enters.
        HwUInt sweepSource = sweep.grantAt.resize(sw);
        int nicSources = 2 * cfg.nicQueues();
        HwBool edgeAtReset = cfg.trigger() == Trigger.EDGE ? lit(true) : nicSources == 0 ? lit(false) : sweepSource.lt(nicSources);
        HwBits resetRecord = record(lit(false), cat(Hw.bitsLit(0, MODE_BITS - 1), edgeAtReset.asBits()), lit(0, cw), lit(0, a));
        waitLists.write(mux(sweep.sweeping, sweepSource, mux(pipe.walkActive, pipe.walkSource, s2.source)),
                mux(sweep.sweeping, resetRecord, mux(pipe.walkActive, walkRecord, s2NewRecord)),
                sweep.sweeping.or(s2.valid.and(s2Writes)).or(walkRecordWrite));
        waitHeads.write(mux(pipe.walkActive, pipe.walkSource, s2.source),
                mux(pipe.walkActive, walkHead, mux(s2IsWake, s2.next, pipe.link.to(s2Routing, s2Alloc))),
                s2.valid.and(s2IsWake.or(s2AppendToEmpty)).or(walkHeadWrite));
    }

    /** The scheduler is still working on the offered pick's source; with {@code --line-buffer 1} the wakeup unit is
     *  told ({@link WakeupPort#pickSourceBusy}). */
    private static HwBool pickSourceBusy(SchedPipeline pipe, WakeupPort port) {
        HwBool busy = pipe.sourceBusy(port.pick.payload().source);
        if (port.pickSourceBusy != null) port.pickSourceBusy.assign(busy);
        return busy;
    }
}
