package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.CoreOp;
import taskintc.spec.ErrorCode;
import taskintc.spec.TaskWord;

/**
 * The multi-cycle operations, one list walk each: remove walks a ready list (its task's level), cancel_wait
 * a source's wait list. Intake starts the walk once S1 and S2 are empty (and, for a cancel, the wakeup slot),
 * and nothing enters while it walks. It reads the list's record (META), follows the list one entry per cycle
 * comparing task words (SCAN; a cancel also compares the waiter's context, which the link to it carries; a remove
 * of an empty level ends in META),
 * unlinks the oldest match (UNLINK: the predecessor's link or the head, the list record, and the level bitmap
 * and ready count, or the source's waiting bit), pushes its entry onto the free list (FREE) and answers (DONE).
 * No other task moves, and a cancel never touches the source's pending events. It drives the pool's, the
 * level lists' and the wait table's RAM ports while it runs.
 */
final class ListWalker extends Part {
    private static final int IDLE = 0, META = 1, SCAN = 2, UNLINK = 3, FREE = 4, DONE = 5;

    /** The walk answers this cycle (errors went to the context's register). */
    final HwBool done;
    /** The answer's data: 0 for a remove; a cancel_wait's error bits (0: cancelled), which no bus returns for a
     *  write but which lets a testbench or the formal harness follow the outcome from the core's ports. */
    final HwBits answer;
    /** The operation came as a read access (the answer echoes it). */
    final HwBool read;

    /** {@code waits} is null without sources (no cancel_wait then). */
    ListWalker(Circuit owner, SchedPipeline pipe, LevelLists lists, TaskPool pool, ErrorRegisters errors, WaitTable waits) {
        super(owner);
        var cfg = pipe.cfg;
        var s0 = pipe.s0;
        Link link = pipe.link;
        int a = cfg.indexWidth(), w = cfg.taskWidth(), xw = cfg.contextWidth();
        boolean irq = waits != null;
        HwUInt state = regUInt("walkState", 3, IDLE);
        pipe.walkActive.assign(state.ne(IDLE));
        HwBool cancel = irq ? regBool("walkCancel", false) : Hw.lit(false);
        HwUInt source = irq ? regUInt("walkSourceReg", cfg.sourceWidth()) : null;
        HwUInt list = regUInt("removeList", cfg.contextWidth() + cfg.levelWidth());
        HwUInt context = regUInt("walkContext", xw);
        HwBits word = regBits("walkWord", w);
        read = regBool("walkRead", false);
        HwUInt cur = regUInt("walkCur", a);
        /** The context of the waiter at cur (from the link to it): a cancel takes only its own context's waiters. */
        HwUInt curContext = irq ? regUInt("walkCurContext", xw) : null;
        /** A cancel's source's mode bits, as read when it started: its record is rewritten with them. */
        HwBits modes = irq ? regBits("walkModes", WaitTable.MODE_BITS) : null;
        HwUInt prev = regUInt("walkPrev", a);
        /** The predecessor of prev. The scan window (cur, prev, prev2) moves every SCAN cycle, matched or not, so the
         *  task-word comparison drives only the state, error and matched-link registers: after a match, prev is the
         *  matched entry and prev2 its predecessor. */
        HwUInt prev2 = regUInt("walkPrev2", a);
        /** The matched entry's link: its successor, with the successor's routing (wait lists need it). */
        HwBits next = regBits("walkNext", link.width);
        HwUInt head = regUInt("walkHead", a);
        HwUInt tail = regUInt("walkTail", a);
        HwUInt count = regUInt("walkCount", cfg.countWidth());
        /** A remove's context's ready count, as read when it started. */
        HwUInt contextCount = regUInt("removeContextCount", cfg.countWidth());
        HwBits error = regBits("walkError", ErrorCode.Group.SCHEDULER.width(), 0);
        HwBits levelOH = regBits("removeLevelOH", cfg.priorities());
        /** A remove's context's level bitmap, as read when it started. */
        HwBits levels = regBits("removeLevels", cfg.priorities());
        HwUInt nextIndex = link.index(pipe.s2.next);

        // META reads its list's head entry; later states read the successor of the entry they look at.
        HwUInt levelHead = LevelLists.ListRecord.of(lists.recordRd, a, cfg.countWidth()).head();
        HwUInt metaHead = irq ? mux(cancel, link.index(waits.headRd), levelHead) : levelHead;
        pool.walkReadAddr.assign(mux(state.eq(META), metaHead, nextIndex));
        lists.walkWrite.assign(false);
        pool.walkLinkWrite.assign(false);
        pool.walkLinkAddr.assign(mux(state.eq(UNLINK), prev2, prev));
        pool.walkLinkData.assign(mux(state.eq(UNLINK), next, link.to(null, pool.freeHead)));
        lists.walkList.assign(list);
        pipe.walkContext.assign(context);
        lists.walkContextCount.assign(contextCount.minus(1).asBits());
        HwUInt nextIdx = link.index(next);
        lists.walkRecord.assign(new LevelLists.ListRecord(LevelLists.ListRecord.oneAfterRemove(count), count.minus(1), mux(prev.eq(tail), prev2, tail),
                mux(prev.eq(head), nextIdx, head)).bits());
        if (irq) {
            pipe.walkSource.assign(source);
            pipe.walkIsCancel.assign(cancel);
            pipe.walkClearsWaiting.assign(false);
            waits.walkHeadWrite.assign(false);
            waits.walkRecordWrite.assign(false);
            waits.walkHead.assign(next);
            // The cancelled waiter leaves the list; it was the last one when the list held one.
            waits.walkRecord.assign(WaitTable.record(count.eq(1).not(), modes, count.minus(1), mux(prev.eq(tail), prev2, tail)));
        }

        // While idle, the operands of a walk are taken from every bus command, whether or not it starts one (they are
        // read only while a walk runs), so that only the state and error registers wait for S0's arbitration.
        when(state.eq(IDLE), () -> {
            context.assign(pipe.bus.context);
            word.assign(pipe.bus.data);
            read.assign(pipe.bus.read);
            error.assign(0);
            if (irq) {
                cancel.assign(pipe.bus.op.eq(CoreOp.CANCEL_WAIT.ordinal()));
                source.assign(s0.busSource);
            }
            // A remove's list and level from the bus word's priority, as S0 picks them for an operation that is not
            // a dequeue; a priority out of range ends the walk before anything reads them.
            HwUInt level = TaskWord.priorityOf(pipe.bus.data).resize(cfg.levelWidth());
            list.assign(cat(pipe.bus.context, level).asUInt());
            levelOH.assign(Hw.oneHot(level, cfg.priorities()));
        });
        // A walk starts in META, where a cancel's records (wait list, head waiter, grant, waiting bit) and a remove's
        // (list record, level bitmap), read as it starts, are seen; a remove whose priority is out of range ends at
        // once. A remove starts only from the bus command, so the bus operand's priority check decides that, not the
        // one S0's arbitration selects.
        when(s0.walkStart, () -> state.assign(META));
        when(s0.removeStart.and(s0.busPriorityOk.not()), () -> {
            error.assign(ErrorCode.BAD_PRIORITY.mask());
            state.assign(DONE);
        });
        switchOn(state, cases -> cases
                .is(META, () -> {
                    if (irq) {
                        when(cancel, () -> {
                            head.assign(link.index(waits.headRd));
                            tail.assign(waits.tail1);
                            count.assign(waits.count1);
                            modes.assign(waits.modes1);
                            cur.assign(link.index(waits.headRd));
                            curContext.assign(link.context(waits.headRd));
                            when(pipe.s1.granted.not(), () -> {
                                error.assign(ErrorCode.NOT_GRANTED.mask());
                                state.assign(DONE);
                            }).elseWhen(waits.waiting1.not(), () -> {
                                error.assign(ErrorCode.NOT_FOUND.mask());
                                state.assign(DONE);
                            }).otherwise(() -> state.assign(SCAN));
                        }).otherwise(() -> levelMeta(lists, a, cfg.countWidth(), head, tail, count, contextCount, cur, levels, levelOH, error, state));
                    } else {
                        levelMeta(lists, a, cfg.countWidth(), head, tail, count, contextCount, cur, levels, levelOH, error, state);
                    }
                })
                .is(SCAN, () -> {
                    HwBool match = pool.word2.eq(word);
                    if (irq) match = match.and(cancel.not().or(curContext.eq(context)));
                    prev2.assign(prev);
                    prev.assign(cur);
                    cur.assign(nextIndex);
                    if (irq) curContext.assign(link.context(pipe.s2.next));
                    when(match, () -> {
                        next.assign(pipe.s2.next);
                        state.assign(UNLINK);
                    }).elseWhen(cur.eq(tail), () -> {
                        error.assign(ErrorCode.NOT_FOUND.mask());
                        state.assign(DONE);
                    });
                })
                .is(UNLINK, () -> {
                    pool.walkLinkWrite.assign(prev.ne(head));
                    pool.freeEntry();
                    state.assign(FREE);
                    Runnable ready = () -> {
                        lists.walkWrite.assign(true);
                        lists.walkWriteLevels(count.eq(1), context, levels.and(levelOH.not()));
                    };
                    if (irq) {
                        // The last waiter cancelled clears the source's waiting bit, in its record and in the wakeup unit.
                        when(cancel, () -> {
                            waits.walkRecordWrite.assign(true);
                            waits.walkHeadWrite.assign(prev.eq(head));
                            pipe.walkClearsWaiting.assign(count.eq(1));
                        }).otherwise(ready);
                    } else {
                        ready.run();
                    }
                })
                .is(FREE, () -> {
                    pool.walkLinkWrite.assign(true);
                    pool.freeHead.assign(prev);
                    state.assign(DONE);
                })
                .is(DONE, () -> {
                    errors.writes.write(Hw.lit(true), context, errors.row1.or(error));
                    state.assign(IDLE);
                }));
        done = state.eq(DONE);
        answer = mux(cancel, error.resize(w), Hw.bitsLit(0, w));
    }

    /**
     * A remove's META: its level's record (head, tail, length), its context's level bitmap and ready count as read
     * when it started; an empty level ends the walk.
     */
    private void levelMeta(LevelLists lists, int a, int cw, HwUInt head, HwUInt tail, HwUInt count,
                           HwUInt contextCount, HwUInt cur, HwBits levels, HwBits levelOH, HwBits error, HwUInt state) {
        // The pipeline was empty when the remove started, so the RAM's reads are current (no write to bypass).
        levels.assign(lists.levels1);
        contextCount.assign(lists.contextCountRd.asUInt());
        LevelLists.ListRecord read = LevelLists.ListRecord.of(lists.recordRd, a, cw);
        head.assign(read.head());
        tail.assign(read.tail());
        count.assign(read.count());
        cur.assign(read.head());
        when(lists.levels1.and(levelOH).orR(), () -> state.assign(SCAN)).otherwise(() -> {
            error.assign(ErrorCode.NOT_FOUND.mask());
            state.assign(DONE);
        });
    }
}
