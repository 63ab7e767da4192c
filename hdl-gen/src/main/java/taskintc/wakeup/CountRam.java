package taskintc.wakeup;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.dsl.RegArray;
import taskintc.dsl.RowWrites;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The pending counts in block RAM ({@code --line-buffer k}): each line keeps one pending bit (and with k > 1 a count of
 * the events behind it, so the line holds 2^(k-1)), and one read-modify-write a cycle folds a source's line into its
 * count in the RAM, with the change the scheduler's S1 made (registered in
 * {@link CountUpdates}) and the line's event of that cycle. So a count's adder exists once, not per source, and neither
 * the counts nor their multiplexer for the status word are logic.
 *
 * <p>The read-modify-write works on S1's source when S1 updates one (its take or give lands in the cycle after S1, as
 * with the counters), else on the source the picker ({@link RecordPicker}) chose this cycle, so
 * a line's bit is folded when its source is offered. Its count is read in that cycle and written in the next, which
 * adds {@code min(count + bit, max)} and then the cycle's event and change, saturating; either step passing the maximum
 * sets the lost flag. An event on a line whose bit is still set and that is not being folded is lost and sets the line's
 * lost bit, which the fold moves into the flag: the contract {@code --line-buffer 1} trades for a count's logic. Until its
 * fold the source's count is {@code min(RAM + bit, max)} for the status query, and its lost flag shows the line's lost
 * bit and {@code RAM + bit > max} too. With k > 1 read "bit" as the line's events (its bit plus the count behind it), and
 * "still set" as full.
 *
 * <p>Above the count, each word keeps three flags. The drain flag (a wake-all event's drain under way, for the picker):
 * the read-modify-write for S1's update sets it when the update is the wakeup whose pick started the drain
 * ({@code SourceUpdate.startsDrain}) and clears it when the update leaves the source without waiters; a fold of the
 * picker's choice keeps it. Until that update the scheduler refuses the source's offers, so no offer reads it early.
 * The lost flag, which a configuration's fold (the cycle after its S1) clears with the line's lost bit. The mask, which
 * a configuration's fold writes: events reach the lines whatever the mask, and a fold drops a masked source's line
 * events (the line holds events of the mask its word has: every configuration folds it) and its fold cycle's event
 * when the mask written is set; the status query and the offer ignore a masked source's line.
 *
 * <p>Three copies of the RAM, written together: one read by the read-modify-write, one by the status query at the bus
 * operation's source (S0's address, like the wait table's record) and one by the picker at its choice. Their one
 * writer at a time (the clearing sweep, then the read-modify-write) goes through {@link RowWrites}, whose synchronous
 * read takes a write to the address read in the same cycle from a register (the RAM's read-during-write value is left
 * undefined).
 */
final class CountRam extends Part implements SourceCounts {
    /** Each line's loss since its fold (an event that found it full), moved into the RAM word's lost flag by the fold. */
    private final HwBits lineLost;
    /** The read-modify-write of this cycle, and its source (for testbenches: the model folds the same source). */
    final HwBool folding;
    final HwUInt foldSource;
    /** This cycle's read-modify-write is S1's (its source's record is the update S1 made last cycle), not the choice's. */
    final HwBool foldForS1;
    /** The count it writes is not zero, and the drain flag it writes. */
    final HwBool writtenNonZero, writtenDraining;
    /** The one-hot of its source (none while it does not fold). */
    final HwBits folded;
    /** Each line's pending bit (an event not folded yet). */
    final HwBits buffered;
    /** With {@code --line-buffer k}, k > 1: each line's count of the events after its pending bit (k - 1 bits). */
    private final RegArray extra;
    /** After reset: the RAMs are zeroed, one address a cycle, at {@link #clearAddress}. */
    final HwBool clearing;
    final HwUInt clearAddress;
    private final Ram statusCopy, pickCopy;
    private final RowWrites countWrites;

    /** {@code choice} and {@code chose}: the picker's choice of this cycle, folded when S1 leaves the RAM free. */
    CountRam(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceModes modes, CountUpdates updates, HwBits event, HwUInt choice,
            HwBool chose) {
        super(owner);
        int n = cfg.sources(), sw = cfg.sourceWidth(), pw = cfg.pendingWidth();
        buffered = regBits("lineBuffered", n, 0);
        lineLost = regBits("lineLost", n, 0);
        extra = cfg.lineBuffer() > 1 ? regArray("lineExtra", n, cfg.lineBuffer() - 1, 0) : null;

        // After reset the RAM is zeroed, one count a cycle, before any fold: I cycles, fewer than the grant table's
        // clearing, which keeps the scheduler from taking a command (or making an update) until it is done.
        clearing = regBool("countClearing", true);
        clearAddress = regUInt("countClearAddress", sw, 0);
        clearing.assign(clearing.and(clearAddress.eq(n - 1).not()));
        clearAddress.assign(mux(clearing, clearAddress.plus(1).resize(sw), clearAddress));

        // This cycle's read: S1's source when S1 updates one (a cancel walk's update comes with S1 empty), else the
        // picker's choice.
        SourceUpdate update = sched.update.payload();
        HwBool s1Folds = sched.update.valid();
        folding = regBool("fold", false);
        foldSource = n > 1 ? regUInt("foldSource", sw, 0) : lit(0, sw);
        foldForS1 = regBool("foldForS1", false);
        folded = wireBits("folded", mux(folding, Hw.oneHot(foldSource, n), Hw.bitsLit(0, n)));
        HwUInt readAddress = mux(s1Folds, update.source, choice);
        folding.assign(clearing.not().and(s1Folds.or(chose)));
        foldForS1.assign(s1Folds);
        if (n > 1) foldSource.assign(readAddress);

        // A word a source: its count, and above it the drain flag (a wake-all event's drain under way), the lost flag
        // and the mask.
        Ram counts = ram("counts", n, pw + FLAGS);
        statusCopy = ram("countsForStatus", n, pw + FLAGS);
        pickCopy = ram("countsForPick", n, pw + FLAGS);
        countWrites = new RowWrites(owner, "count", counts);
        countWrites.mirror(statusCopy);
        countWrites.mirror(pickCopy);
        HwBits stored = countWrites.readSync(counts, "countForFold", readAddress);

        // The mask: a configuration's fold writes the one its update carries (S1's, registered). The line holds events
        // of the mask stored (every change of it folds the line), this cycle's event is under the new one.
        HwBool configFold = delay("configAtFold", modes.is(GatewayUpdate.CONFIG), false);
        HwBool maskAtFold = delay("maskAtFold", update.masked, false);
        HwBool maskStored = masked(stored);
        HwBool maskWritten = mux(configFold, maskAtFold, maskStored);
        // The fold: min(count + line's events, max), then this cycle's event and S1's registered change.
        PendingCounts.Next withBit = withLine(count(stored), foldSource, maskStored);
        PendingCounts.Next after = PendingCounts.next(withBit.count(), event.bit(foldSource).and(maskWritten.not()), updates.give,
                updates.take);
        HwBits written = wireBits("countWritten", after.count());
        writtenNonZero = written.orR();
        // The drain: started by the update of the wakeup whose pick started it, ended by an update that leaves the
        // source without waiters (both S1's, registered with its change); a fold of the picker's choice keeps it.
        HwBool drainStarts = delay("drainStarts", s1Folds.and(update.startsDrain), false);
        HwBool drainEnds = delay("drainEnds", modes.loads.and(update.waiting.not()), false);
        writtenDraining = wireBool("drainingWritten", mux(foldForS1, draining(stored).or(drainStarts).and(drainEnds.not()),
                draining(stored)));
        // Lost: the word's flag and the line's losses (a configuration's fold clears both), and what passes the maximum.
        HwBool lostKept = lost(stored).or(lineLost.bit(foldSource).and(maskStored.not())).and(configFold.not());
        HwBool lostWritten = lostKept.or(withBit.over()).or(after.over());
        countWrites.write(folding, foldSource, Hw.cat(maskWritten, lostWritten, writtenDraining, written));
        countWrites.write(clearing, clearAddress, Hw.bitsLit(0, pw + FLAGS));

        // A line's bit: set by its event, cleared by its fold (which takes that cycle's event into the count).
        buffered.assign(buffered.or(event).and(folded.not()));
        HwBits overLine = extra == null ? buffered.and(event).and(folded.not()) : updateLineCounts(event);
        lineLost.assign(lineLost.or(overLine).and(folded.not()));
    }

    /** The picker's read at its choice: a cycle later, the offered source's word as the RAM has it then. */
    HwBits readForPick(HwUInt choice) {
        return countWrites.readSync(pickCopy, "countForPick", choice);
    }

    /**
     * Whether the offered source ({@code offered}, its word {@code read} by {@link #readForPick}) has an event now: its
     * RAM count, its line's bit or an event this cycle. An offer whose take may still be pending, or whose word S1's
     * update may still change, is refused: the scheduler is still working on its source (slot to S2).
     */
    HwBool hasEvent(HwBits read, HwUInt offered, HwBits event) {
        return count(read).orR().or(buffered.bit(offered).or(event.bit(offered)).and(masked(read).not()));
    }

    /**
     * {@code min(count + the events line q holds, max)}: its pending bit, and with {@code --line-buffer k > 1} the count
     * of events after it. One adder at the index, not one per line.
     */
    private PendingCounts.Next withLine(HwBits count, HwUInt q, HwBool masked) {
        HwBool bit = buffered.bit(q).and(masked.not());
        if (extra == null) return PendingCounts.next(count, bit, lit(false), lit(false));
        int pw = count.width(), ew = extra.get(0).width(), w = Math.max(pw, ew + 1) + 1;
        HwBits behind = extra.get(q).and(Hw.fill(masked.not(), ew));
        HwUInt sum = count.asUInt().resize(w).plus(bit.asUInt().resize(w)).plus(behind.asUInt().resize(w));
        HwBool over = sum.asBits().slice(pw, w - pw).orR();
        return new PendingCounts.Next(mux(over, lit((1L << pw) - 1, pw), sum.resize(pw)).asBits(), over);
    }

    /**
     * With {@code --line-buffer k > 1}: each line's count of the events after its bit goes up by an event on a line whose
     * bit is set, and clears with the line's fold; an event that finds it full (and the line not folded) is lost. Returns
     * those losses, a bit per line.
     */
    private HwBits updateLineCounts(HwBits event) {
        int n = buffered.width();
        HwBits[] overParts = new HwBits[n];
        for (int s = 0; s < n; s++) {
            HwBits c = extra.get(s);
            HwBool behindBit = buffered.bit(s).and(event.bit(s)).and(folded.bit(s).not());
            HwBool full = c.andR();
            c.assign(mux(folded.bit(s), Hw.bitsLit(0, c.width()),
                    mux(behindBit.and(full.not()), c.asUInt().plus(1).resize(c.width()).asBits(), c)));
            overParts[n - 1 - s] = behindBit.and(full).asBits();
        }
        return Hw.cat(overParts);
    }

    /** The flags above a word's count: drain, lost, mask (the top bit). */
    private static final int FLAGS = 3;

    /** A word's drain flag. */
    static HwBool draining(HwBits word) {
        return word.bit(word.width() - 3);
    }

    /** A word's lost flag: an event lost before the word's last fold (the line's losses since are in its lost bit). */
    private static HwBool lost(HwBits word) {
        return word.bit(word.width() - 2);
    }

    /** A word's mask: the source's events are discarded by its fold while it is set. */
    private static HwBool masked(HwBits word) {
        return word.bit(word.width() - 1);
    }

    /** A word's pending count (the bits below the flags). */
    private static HwBits count(HwBits word) {
        return word.slice(0, word.width() - FLAGS);
    }

    @Override
    public View query(HwUInt querySource, HwUInt source1) {
        HwBits stored = countWrites.readSync(statusCopy, "countForStatus", querySource);
        HwBool mask = masked(stored);
        PendingCounts.Next shown = withLine(count(stored), source1, mask);
        return new View(shown.count(), lost(stored).or(lineLost.bit(source1).and(mask.not())).or(shown.over()));
    }
}
