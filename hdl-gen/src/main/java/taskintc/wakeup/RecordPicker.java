package taskintc.wakeup;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.FirstSet;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.dsl.RotatingSearch;
import taskintc.dsl.RowWrites;
import taskintc.spec.SourcePick;
import taskintc.spec.SourceUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The picker of {@code --line-buffer 1}: what a source has to deliver is read from RAM at the choice, not kept per
 * source. One rotating search (the first candidate past the last pick, else the first) over three bits a source: its
 * line's pending bit, this cycle's event, and {@code due}, which each read-modify-write of the source's count
 * ({@link CountRam}) sets when the source has, as written, a count and a one-shot waiter on a source that is not
 * persistent, a count and a handler on one that is, or one-shot waiters and a wake-all drain under way. The
 * choice reads the source's count and its waiter and mode bits (a RAM the scheduler's updates write) and is offered in
 * the next cycle only if it has something to deliver then; so {@code due} only steers the search, and the offer decides
 * on the source's record as it is. The same choice is the count's read-modify-write when S1 leaves it free, so a line's
 * bit is folded when its source comes round.
 *
 * <p>As in {@link SourcePicker}: a wake-all event drains the waiters until none is left, taking one event; a pick
 * changes no count (its wakeup takes the event when it passes S1). The drain flag is in the source's count word
 * ({@link CountRam}), set from the update of the wakeup whose pick started the drain ({@code SourcePick.startsDrain},
 * which the scheduler hands back with it). Unlike {@link SourcePicker}, this picker keeps no bit per source
 * for a pick in flight: any candidate may be chosen, and the scheduler refuses the offer of a source it is still working on
 * (slot, S1 or S2, {@link WakeupPort#pickSourceBusy}), whose record or count may still change. So a source's line bit is
 * folded as soon as the RAM is free, whatever its pick's state. The rotation moves on with a taken offer, with one
 * refused as busy, and with one that had nothing to deliver (a line's event on a source without waiters, a handler's
 * event while the pool is full), so such a source cannot hold the search; only a full slot holds it.
 */
final class RecordPicker extends Part {
    private static final int WAKE_ALL = 0, PERSISTENT = 1, ONE_SHOT = 2, HANDLER = 3;

    RecordPicker(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceModes modes, CountRam counts, HwBits event, HwUInt choice,
            HwBool chose) {
        super(owner);
        int n = cfg.sources(), sw = cfg.sourceWidth();
        HwStream<SourcePick> pick = sched.pick;
        SourceUpdate update = sched.update.payload();
        HwBits due = regBits("due", n, 0);

        // Each source's waiter and mode bits as the scheduler's last update left them, zeroed after reset with the counts.
        HwBool loads = modes.loads;
        HwBits updatedRecord = record(update);
        // (The scheduler makes no update while the counts are cleared.) A read in the cycle of a write to its address (a
        // cancel walk's update names a source S1 does not hold) takes the written bits.
        Ram records = ram("pickRecords", n, 4).inLogicIfSmall();
        RowWrites recordWrites = new RowWrites(owner, "pickRecord", records);
        recordWrites.write(loads, update.source, updatedRecord);
        recordWrites.write(counts.clearing, counts.clearAddress, Hw.bitsLit(0, 4));

        // The offer: last cycle's choice with its record, read at the choice.
        HwBool offered = regBool("offerValid", false);
        HwUInt offerSource = n > 1 ? regUInt("offerSource", sw, 0) : lit(0, sw);
        HwBits offerRecord = recordWrites.readSync(records, "offerRecord", choice);
        HwBits offerWord = counts.readForPick(choice);
        HwBool hasEvent = counts.hasEvent(offerWord, offerSource, event);
        HwBool offerDraining = CountRam.draining(offerWord);
        HwBool persistent = offerRecord.bit(PERSISTENT);
        HwBool delivers = wireBool("offerDelivers", offerRecord.bit(ONE_SHOT).and(hasEvent.or(offerDraining))
                .or(offerRecord.bit(HANDLER).and(hasEvent).and(sched.poolFull.not())));
        pick.valid().assign(offered.and(delivers));
        pick.payload().source.assign(offerSource);
        pick.payload().persistent.assign(persistent);
        pick.payload().takesEvent.assign(persistent.or(offerDraining.not()));
        // A wake-all event's first wakeup starts the drain, which the source's count word keeps from its update on
        // (CountRam): until then the scheduler refuses the source's offers.
        pick.payload().startsDrain.assign(persistent.not().and(offerRecord.bit(WAKE_ALL)).and(offerDraining.not()));

        // due, from each read-modify-write (and kept until the next: a pick leaves it, and its wakeup or handler copy
        // changes the source's count or waiters only through an update, which folds the source): the fold's record is
        // S1's update (registered) or the offer's (the fold then works on the choice the offer was read at).
        HwBits s1Record = delay("pickRecordOfS1", updatedRecord);
        HwBits foldRecord = mux(counts.foldForS1, s1Record, offerRecord);
        HwBool dueAtFold = foldRecord.bit(ONE_SHOT).and(counts.writtenNonZero.or(counts.writtenDraining))
                .or(foldRecord.bit(HANDLER).and(counts.writtenNonZero));
        due.assign(Hw.muxBits(counts.folded, Hw.fill(dueAtFold, n), due));

        HwBits candidates = wireBits("candidates", due.or(event).or(counts.buffered));
        HwBool moves = pick.fire().or(offered.and(delivers.not().or(sched.pickSourceBusy)));
        HwBool searching = counts.clearing.not();
        if (n > 1) {
            HwUInt lastPick = regUInt("lastPick", sw, 0);
            HwUInt pickNow = mux(moves, offerSource, lastPick);
            lastPick.assign(pickNow);
            FirstSet first = RotatingSearch.after(candidates, pickNow);
            chose.assign(searching.and(first.any()));
            choice.assign(first.index());
            offerSource.assign(choice);
        } else {
            chose.assign(searching.and(candidates.orR()));
            choice.assign(lit(0, sw));
        }
        offered.assign(chose);
    }

    /** The bits the picker reads of a source, as an update leaves them. */
    private static HwBits record(SourceUpdate u) {
        return Hw.cat(u.handler.and(u.persistent).asBits(), u.waiting.and(u.persistent.not()).asBits(), u.persistent.asBits(),
                u.wakeAll.asBits());
    }
}
