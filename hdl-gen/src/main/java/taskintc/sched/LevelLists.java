package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import java.util.ArrayList;
import java.util.List;

import taskintc.dsl.Circuit;
import taskintc.dsl.FirstSet;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.dsl.RegArray;
import taskintc.dsl.RowWrites;
import taskintc.spec.CoreOp;
import taskintc.spec.TaskWord;

/**
 * The ready lists: one FIFO per (context, level), linked through the pool; head, tail and length in block
 * RAM ({@code lists}, a {@link ListRecord} each), with a bit that says the length is one (written with it), so
 * that S1's "this dequeue empties its list", which S0's next level pick waits for, is a bit of the record and
 * not a comparison. Each context's bitmap of non-empty levels is in a memory ({@code levelMap}, read in S0 at the
 * context S0 takes, so it arrives in S1, which updates it), and what S0 needs of it before it knows which operation
 * enters, the highest non-empty level and whether any is set ({@link LevelTop}, log2 P + 1 bits), is in flip-flops
 * per context ({@code levelTop}) read per operand: "highest non-empty level" is a register read, independent of N,
 * and a list record is trusted only while its bit is set (so reset clears no RAM). Each context's ready count is in
 * a second memory ({@code contextCounts}), read and bypassed like the records but keyed by context, so one adder
 * serves every context; it is trusted only while the context has a non-empty level (a context is empty exactly when
 * its count is 0). Both memories are built from logic while small (the default's 8 x 8 and 8 x 11 bits), rather
 * than take a block RAM, which small FPGAs run out of first; larger, RAMs.
 *
 * <p>S0 picks the list (the task's level, or the highest non-empty one for a dequeue) and reads its record and its
 * context's bitmap. S1 has the record, bypassed from S2's write of this cycle and last cycle's write, so back-to-back
 * operations on one list run at one per cycle; it computes the new record and updates bitmap, highest level and
 * count. S2 writes the record.
 */
final class LevelLists extends Part {
    /** Each context's highest non-empty level and whether it has one, for S0's picks. */
    private final RegArray levelTop;
    /** The bitmaps' and their tops' one write port: S1's update, or the walker's (which runs while S1 is empty). */
    private final RowWrites levelWrites, topWrites;
    /** S1: its context's level bitmap (S0's read, with the write made in S0's cycle taken from a register). */
    final HwBits levels1;
    /** S1: the context's ready count (status reads it); what S0 read of it, as the RAM returns it in S1 (the
     *  remove walker keeps it when it starts). */
    final HwUInt contextCount1;
    final HwBits contextCountRd;
    /** S0's record read, as the RAM returns it in S1 (the remove walker reads it when it starts). */
    final HwBits recordRd;
    /** S1: the list's head and tail entries. */
    final HwUInt head1, tail1;
    /** S1: a ready insertion into a non-empty list writes one link (at the old tail, or from the new head). */
    final HwBool insertLinks1;
    /** The remove walker's write port: it rewrites its list's record while the pipeline is empty. */
    final HwBool walkWrite;
    final HwUInt walkList;
    final HwBits walkRecord;
    /** The remove walker's write to its context's ready count (with walkWrite). */
    final HwBits walkContextCount;

    LevelLists(Circuit owner, SchedPipeline pipe) {
        super(owner);
        var cfg = pipe.cfg;
        var s0 = pipe.s0;
        var s1 = pipe.s1;
        var s2 = pipe.s2;
        int a = cfg.indexWidth(), cw = cfg.countWidth(), p = cfg.priorities(), pw = cfg.levelWidth();
        int listWidth = cfg.contextWidth() + pw;
        int recordWidth = ListRecord.width(a, cw);
        Ram lists = ram("lists", 1 << listWidth, recordWidth);
        Ram levelMap = ram("levelMap", 1 << cfg.contextWidth(), p).inLogicIfSmall();
        levelWrites = new RowWrites(owner, "levelMap", levelMap);
        // Reset: no level non-empty, and the level the search gives for an empty bitmap (all ones), as a dequeue of an
        // empty context picks.
        levelTop = regArray("levelTop", cfg.contexts(), LevelTop.width(pw), (1 << pw) - 1);
        topWrites = new RowWrites(owner, "levelTop", levelTop);
        Ram counts = ram("contextCounts", 1 << cfg.contextWidth(), cw).inLogicIfSmall();

        // S1's bitmap. The memory is not cleared after reset: its row is trusted only while the context has a non-empty
        // level (every write since that level was set went to the memory too), as the ready counts are.
        HwBool contextNonEmpty1 = regBool("s1_contextNonEmpty", false);
        levels1 = wireBits("s1_levels", mux(contextNonEmpty1, levelWrites.readSync(levelMap, "s1_levelMap", s0.context), Hw.bitsLit(0, p)));
        // S1's bitmap as it will be if it sets its level or clears it, and their tops, which S0 needs this cycle: S1
        // decides late whether it inserts or empties a list (its checks come first), so S0 picks for all three outcomes
        // (S1 sets its level, clears it, or neither) and S1's decision only chooses among the results.
        HwBits setLevels1 = levels1.or(s1.levelOH), clearedLevels1 = levels1.and(s1.levelOH.not());
        LevelTop setTop1 = LevelTop.highestOf(setLevels1), clearedTop1 = LevelTop.highestOf(clearedLevels1);

        // S0. The pick is made for each operation that may enter (S0's operands), and the taken one's is selected at
        // the end.
        HwBool s1SetsLevel = wireBool("s1_setLevel");
        HwBool s1ClearsLevel = wireBool("s1_clearLevel");
        HwUInt s2List = delay("s2_list", s1.list);
        List<LevelPick> picks = new ArrayList<>();
        for (SchedPipeline.Operand o : s0.operands)
            picks.add(pick(pipe, o, s1SetsLevel, s1ClearsLevel, setTop1, clearedTop1, s2List));
        LevelPick picked = s0.taken(picks, LevelPick::select);
        s0.priorityOk.assign(picked.priorityOk);
        s0.busPriorityOk.assign(picks.get(picks.size() - 1).priorityOk);
        s0.level.assign(picked.level);
        s0.list.assign(cat(s0.context, s0.level).asUInt());
        s0.levelOH.assign(Hw.oneHot(picked.level, p));
        recordRd = lists.readSync(s0.list, Hw.lit(true));
        contextCountRd = counts.readSync(s0.context, Hw.lit(true));
        contextNonEmpty1.assign(picked.anyNonEmpty);
        HwBool s1Writes = wireBool("s1_writesList");
        HwBool s2Writes = delay("s2_writesList", s1Writes, false);
        HwBool hitS2 = s1.valid.and(s1Writes).and(picked.sameListAsS1);
        HwBool hitW = s2.valid.and(s2Writes).and(picked.sameListAsS2);
        HwBool s1HitS2 = delay("s1_bypassS2", hitS2, false);
        HwBool s1HitW = delay("s1_bypassW", hitW, false);
        HwBool countHitS2 = delay("s1_countBypassS2", s1.valid.and(s1Writes).and(s1.context.eq(s0.context)), false);
        HwBool countHitW = delay("s1_countBypassW", s2.valid.and(s2Writes).and(s2.context.eq(s0.context)), false);

        // S1: the record as S2 is writing it, as written last cycle, or as read.
        HwBits s2NewRecord = wireBits("s2_newList", recordWidth);
        HwBits lastWritten = regBits("w_list", recordWidth);
        HwBits record1 = wireBits("s1_list_record", mux(s1HitS2, s2NewRecord, mux(s1HitW, lastWritten, recordRd)));
        ListRecord r1 = ListRecord.of(record1, a, cw);
        head1 = r1.head();
        tail1 = r1.tail();
        HwUInt count1 = r1.count();
        HwBool one1 = r1.one();
        // A dequeue's list is the highest non-empty one, so it is non-empty when any is; another operation's is its
        // level's bit.
        s1.listNonEmpty.assign(mux(s1.isDeq, contextNonEmpty1, levels1.and(s1.levelOH).orR()));
        HwUInt newHead1 = mux(s1.atHead.not().and(s1.listNonEmpty), head1, s1.alloc);
        HwUInt newTail1 = mux(s1.isDeq.or(s1.atHead.and(s1.listNonEmpty)), tail1, s1.alloc);
        HwUInt newCount1 = mux(s1.isDeq, count1.minus(1), mux(s1.listNonEmpty.not(), lit(1, cw), count1.plus(1)));
        HwBool newOne1 = mux(s1.isDeq, ListRecord.oneAfterRemove(count1), s1.listNonEmpty.not());
        insertLinks1 = s1.readyInsert.and(s1.listNonEmpty);
        HwBits s2NewCount = wireBits("s2_newContextCount", cw);
        HwBits lastCount = regBits("w_contextCount", cw);
        contextCount1 = wireUInt("s1_contextCount", mux(contextNonEmpty1,
                mux(countHitS2, s2NewCount, mux(countHitW, lastCount, contextCountRd)), Hw.bitsLit(0, cw)).asUInt());
        s1SetsLevel.assign(s1.readyInsert);
        s1ClearsLevel.assign(s1.dequeueOk.and(one1));
        s1Writes.assign(s1.readyInsert.or(s1.dequeueOk));
        writeLevels(s1.valid.and(s1SetsLevel), s1.context, setLevels1, setTop1);
        writeLevels(s1.valid.and(s1ClearsLevel), s1.context, clearedLevels1, clearedTop1);

        // S2: a dequeue's new head is the old head's successor, whose link S1 read.
        HwUInt s2NewHead = delay("s2_newHead", newHead1);
        HwUInt s2NewTail = delay("s2_newTail", newTail1);
        HwUInt s2NewListCount = delay("s2_newCount", newCount1);
        HwBool s2NewOne = delay("s2_newOne", newOne1, false);
        s2NewRecord.assign(new ListRecord(s2NewOne, s2NewListCount, s2NewTail, mux(s2.dequeueOk, pipe.link.index(s2.next), s2NewHead)).bits());
        walkWrite = wireBool("removeListWrite");
        walkList = wireUInt("removeListAddr", listWidth);
        walkRecord = wireBits("removeListRecord", recordWidth);
        lists.write(mux(pipe.walkActive, walkList, s2List), mux(pipe.walkActive, walkRecord, s2NewRecord),
                s2.valid.and(s2Writes).or(walkWrite));
        // S0 read the record while S2 wrote it (hitW): keep the written value for S1.
        lastWritten.assign(s2NewRecord);
        // Every list write moves its context's count by one: the same stages and enables.
        s2NewCount.assign(delay("s2_newContextCount_q", mux(s1.isDeq, contextCount1.minus(1), contextCount1.plus(1)).asBits()));
        walkContextCount = wireBits("removeCount", cw);
        counts.write(mux(pipe.walkActive, pipe.walkContext, s2.context), mux(pipe.walkActive, walkContextCount, s2NewCount),
                s2.valid.and(s2Writes).or(walkWrite));
        lastCount.assign(s2NewCount);
    }

    /**
     * A ready list's record in {@code lists}, the one place its layout is written: one | count | tail | head, where
     * {@code one} says the length is one.
     */
    record ListRecord(HwBool one, HwUInt count, HwUInt tail, HwUInt head) {
        static int width(int indexWidth, int countWidth) {
            return 2 * indexWidth + countWidth + 1;
        }

        /** The fields of a record as the RAM holds it. */
        static ListRecord of(HwBits bits, int indexWidth, int countWidth) {
            int a = indexWidth;
            return new ListRecord(bits.bit(2 * a + countWidth), bits.slice(2 * a, countWidth).asUInt(), bits.slice(a, a).asUInt(),
                    bits.slice(0, a).asUInt());
        }

        /** The record as the RAM holds it. */
        HwBits bits() {
            return cat(one.asBits(), count, tail, head);
        }

        /** The {@code one} bit of a list of {@code count} entries after one is taken out. */
        static HwBool oneAfterRemove(HwUInt count) {
            return count.eq(2);
        }
    }

    /**
     * When {@code cond}, {@code context}'s bitmap becomes {@code levels}, whose top is {@code top}: one write to the
     * bitmaps and one to their tops (of two writes whose conditions hold, the later one).
     */
    private void writeLevels(HwBool cond, HwUInt context, HwBits levels, LevelTop top) {
        levelWrites.write(cond, context, levels);
        topWrites.write(cond, context, top.bits());
    }

    /** The remove walker's write: when {@code cond}, {@code context}'s bitmap becomes {@code levels}. */
    void walkWriteLevels(HwBool cond, HwUInt context, HwBits levels) {
        writeLevels(cond, context, levels, LevelTop.highestOf(levels));
    }

    /** What S0 needs of a context's bitmap: whether a level is non-empty, and the highest one (all ones when none is). */
    record LevelTop(HwBool any, HwUInt level) {
        static int width(int levelWidth) {
            return levelWidth + 1;
        }

        /** The top of bitmap {@code levels}: its first set bit (FirstSet's index, all ones when none is set). */
        static LevelTop highestOf(HwBits levels) {
            FirstSet first = FirstSet.of(levels);
            return new LevelTop(first.any(), first.index());
        }

        /** A top as {@code levelTop} holds it ({@link #bits}). */
        static LevelTop of(HwBits bits, int levelWidth) {
            return new LevelTop(bits.bit(levelWidth), bits.slice(0, levelWidth).asUInt());
        }

        /** As {@code levelTop} holds it: any | level. */
        HwBits bits() {
            return cat(any.asBits(), level);
        }

        static LevelTop select(HwBool sel, LevelTop a, LevelTop b) {
            return new LevelTop(mux(sel, a.any, b.any), mux(sel, a.level, b.level));
        }
    }

    /**
     * S0's choice of list for one operand: the level, whether its context has a non-empty level, what the list
     * bypasses need, and whether the task's priority is in range.
     */
    private record LevelPick(HwUInt level, HwBool anyNonEmpty, HwBool sameListAsS1, HwBool sameListAsS2, HwBool priorityOk) {
        static LevelPick select(HwBool sel, LevelPick a, LevelPick b) {
            return new LevelPick(mux(sel, a.level, b.level), mux(sel, a.anyNonEmpty, b.anyNonEmpty),
                    mux(sel, a.sameListAsS1, b.sameListAsS1), mux(sel, a.sameListAsS2, b.sameListAsS2),
                    mux(sel, a.priorityOk, b.priorityOk));
        }
    }

    /**
     * The list an operand would work on if it entered now: its task's level, or for a dequeue the highest non-empty
     * one, from its context's top with S1's change of this cycle applied ({@code setTop1}, {@code clearedTop1}).
     */
    private LevelPick pick(SchedPipeline pipe, SchedPipeline.Operand o, HwBool s1SetsLevel, HwBool s1ClearsLevel,
                           LevelTop setTop1, LevelTop clearedTop1, HwUInt s2List) {
        var s1 = pipe.s1;
        int pw = pipe.cfg.levelWidth();
        HwBool s1SameContext = s1.valid.and(s1.context.eq(o.context()));
        HwBool sets = s1SameContext.and(s1SetsLevel);
        HwBool clears = s1SameContext.and(s1ClearsLevel);
        LevelTop kept = LevelTop.of(levelTop.get(o.context()), pw);
        LevelTop top = LevelTop.select(sets, setTop1, LevelTop.select(clears, clearedTop1, kept));
        HwUInt priority = TaskWord.priorityOf(o.data()).resize(pw);
        HwUInt level = o.mayDequeue() ? mux(o.op().eq(CoreOp.DEQUEUE.ordinal()), top.level, priority) : priority;
        HwUInt list = cat(o.context(), level).asUInt();
        return new LevelPick(level, top.any, s1.list.eq(list), s2List.eq(list), TaskWord.priorityInRange(o.data(), pipe.cfg.priorities()));
    }
}
