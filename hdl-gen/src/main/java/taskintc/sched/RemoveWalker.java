package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.ErrorCode;

/**
 * Remove, the only multi-cycle operation: Intake starts it once S1 and S2 are empty, and nothing enters
 * while it walks. It reads its level's record (META), follows the list one entry per cycle comparing task
 * words (SCAN), unlinks the oldest equal word (UNLINK: predecessor's link, list record, bitmap, count),
 * pushes its entry onto the free list (FREE) and answers (DONE). No other task moves. It drives the pool's
 * and the level lists' RAM ports while it runs.
 */
final class RemoveWalker extends Part {
    private static final int IDLE = 0, META = 1, SCAN = 2, UNLINK = 3, FREE = 4, DONE = 5;

    /** The remove answers this cycle (a bus read gets 0; errors went to the context's register). */
    final HwBool done;
    /** The remove came as a read access (the answer echoes it). */
    final HwBool read;

    RemoveWalker(Circuit owner, SchedPipeline pipe, LevelLists lists, TaskPool pool, ErrorRegisters errors) {
        super(owner);
        var cfg = pipe.cfg;
        var s0 = pipe.s0;
        int a = cfg.indexWidth(), w = cfg.taskWidth();
        HwUInt state = regUInt("removeState", 3, IDLE);
        pipe.removeActive.assign(state.ne(IDLE));
        HwUInt list = regUInt("removeList", cfg.contextWidth() + cfg.levelWidth());
        HwUInt context = regUInt("removeContext", cfg.contextWidth());
        HwBits word = regBits("removeWord", w);
        read = regBool("removeRead", false);
        HwUInt cur = regUInt("removeCur", a);
        HwUInt prev = regUInt("removePrev", a);
        HwUInt next = regUInt("removeNext", a);
        HwUInt head = regUInt("removeHead", a);
        HwUInt tail = regUInt("removeTail", a);
        HwUInt count = regUInt("removeCount", cfg.countWidth());
        HwBits error = regBits("removeError", ErrorCode.Group.SCHEDULER.width(), 0);
        HwBits levelOH = regBits("removeLevelOH", cfg.priorities());
        HwUInt nextIndex = pipe.link.index(pipe.s2.next);

        // META reads its list's head entry; later states read the successor of the entry they look at.
        pool.walkReadAddr.assign(mux(state.eq(META), lists.recordRd.slice(0, a).asUInt(), nextIndex));
        lists.walkWrite.assign(false);
        pool.walkLinkWrite.assign(false);
        pool.walkLinkAddr.assign(mux(state.eq(UNLINK), prev, cur));
        pool.walkLinkData.assign(mux(state.eq(UNLINK), next, pool.freeHead));
        lists.walkList.assign(list);
        lists.walkRecord.assign(cat(count.minus(1), mux(cur.eq(tail), prev, tail), mux(cur.eq(head), next, head)));

        when(s0.removeStart, () -> {
            context.assign(pipe.bus.context);
            word.assign(pipe.bus.data);
            read.assign(pipe.bus.read);
            list.assign(s0.list);
            levelOH.assign(s0.levelOH);
            error.assign(0);
            when(s0.priorityOk.not(), () -> {
                error.assign(ErrorCode.BAD_PRIORITY.mask());
                state.assign(DONE);
            }).elseWhen(s0.listNonEmpty.not(), () -> {
                error.assign(ErrorCode.NOT_FOUND.mask());
                state.assign(DONE);
            }).otherwise(() -> state.assign(META));
        });
        switchOn(state, cases -> cases
                .is(META, () -> {
                    head.assign(lists.recordRd.slice(0, a).asUInt());
                    tail.assign(lists.recordRd.slice(a, a).asUInt());
                    count.assign(lists.recordRd.slice(2 * a, cfg.countWidth()).asUInt());
                    cur.assign(lists.recordRd.slice(0, a).asUInt());
                    state.assign(SCAN);
                })
                .is(SCAN, () -> {
                    when(pool.word2.eq(word), () -> {
                        next.assign(nextIndex);
                        state.assign(UNLINK);
                    }).elseWhen(cur.eq(tail), () -> {
                        error.assign(ErrorCode.NOT_FOUND.mask());
                        state.assign(DONE);
                    }).otherwise(() -> {
                        prev.assign(cur);
                        cur.assign(nextIndex);
                    });
                })
                .is(UNLINK, () -> {
                    lists.walkWrite.assign(true);
                    pool.walkLinkWrite.assign(cur.ne(head));
                    when(count.eq(1), () -> {
                        HwBits row = lists.levelMap.get(context);
                        row.assign(row.and(levelOH.not()));
                    });
                    HwBits ready = lists.readyCount.get(context);
                    ready.assign(ready.asUInt().minus(1).asBits());
                    pool.used.assign(pool.used.minus(1));
                    state.assign(FREE);
                })
                .is(FREE, () -> {
                    pool.walkLinkWrite.assign(true);
                    pool.freeHead.assign(cur);
                    state.assign(DONE);
                })
                .is(DONE, () -> {
                    HwBits e = errors.errors.get(context);
                    e.assign(e.or(error));
                    state.assign(IDLE);
                }));
        done = state.eq(DONE);
    }
}
