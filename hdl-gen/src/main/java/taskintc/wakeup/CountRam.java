package taskintc.wakeup;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.FirstSet;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.dsl.RotatingSearch;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The pending counts in block RAM ({@code --line-buffer 1}): each line keeps one pending bit, and one read-modify-write
 * a cycle folds a source's bit into its count in the RAM, with the change the scheduler's S1 made (registered in
 * {@link CountUpdates}) and the line's event of that cycle. So a count's adder exists once, not per source, and neither
 * the counts nor their multiplexer for the status word are logic.
 *
 * <p>The read-modify-write works on S1's source when S1 updates one (its take or give lands in the cycle after S1, as
 * with the counters), else on a line whose bit is set (rotating, so every line is folded within I free cycles). Its
 * count is read in that cycle and written in the next, which adds {@code min(count + bit, max)} and then the cycle's
 * event and change, saturating; either step passing the maximum sets the lost flag. An event on a line whose bit is
 * still set and that is not being folded is lost and flags the source: the contract {@code --line-buffer 1} trades for
 * a count's logic. Until its fold the source's count is {@code min(RAM + bit, max)} for the picker and the status query,
 * and its lost flag shows {@code RAM + bit > max} too.
 *
 * <p>Two copies of the RAM, written together: one read by the read-modify-write, one by the status query at the bus
 * operation's source (S0's address, like the wait table's record). A read in the cycle of a write to its address takes
 * the written value from a register (the RAM's read-during-write value is left undefined).
 */
final class CountRam extends Part implements SourceCounts {
    final HwBits lost;
    /** The read-modify-write of this cycle, and its source (for testbenches: the model folds the same source). */
    final HwBool folding;
    final HwUInt foldSource;
    private final HwBits buffered;
    private final Ram statusCopy;
    private final HwBool lastWrote;
    private final HwUInt lastAddress;
    private final HwBits lastData;

    /**
     * Drives {@code available}: each count (with its line's bit) is not zero once this cycle's events and the scheduler's
     * change are applied, as {@link PendingCounts} does.
     */
    CountRam(Circuit owner, TaskIntcConfig cfg, WakeupPort sched, SourceModes modes, CountUpdates updates, HwBits event, HwBits available) {
        super(owner);
        int n = cfg.sources(), sw = cfg.sourceWidth(), pw = cfg.pendingWidth();
        buffered = regBits("lineBuffered", n, 0);
        lost = regBits("lost", n, 0);
        // Whether each RAM count is at least 1, kept beside the RAM for the picker.
        HwBits atLeast1 = regBits("countAtLeast1", n, 0);

        // After reset the RAM is zeroed, one count a cycle, before any fold: I cycles, fewer than the grant table's
        // clearing, which keeps the scheduler from taking a command (or making an update) until it is done.
        HwBool clearing = regBool("countClearing", true);
        HwUInt clearAddress = regUInt("countClearAddress", sw, 0);
        clearing.assign(clearing.and(clearAddress.eq(n - 1).not()));
        clearAddress.assign(mux(clearing, clearAddress.plus(1).resize(sw), clearAddress));

        // This cycle's read: S1's source when it updates one, else the next line with its bit set past the last fold.
        SourceUpdate update = sched.update.payload();
        folding = regBool("fold", false);
        foldSource = n > 1 ? regUInt("foldSource", sw, 0) : lit(0, sw);
        HwBits folded = wireBits("folded", mux(folding, Hw.oneHot(foldSource, n), Hw.bitsLit(0, n)));
        HwBits candidates = wireBits("foldCandidates", buffered.and(folded.not()));
        HwUInt lineToFold;
        HwBool anyLine;
        if (n > 1) {
            HwUInt lastFold = regUInt("lastFold", sw, 0);
            FirstSet first = RotatingSearch.after(candidates, lastFold);
            lineToFold = first.index();
            anyLine = first.any();
            lastFold.assign(mux(clearing.not().and(sched.update.valid().not()).and(anyLine), lineToFold, lastFold));
        } else {
            lineToFold = lit(0, sw);
            anyLine = candidates.orR();
        }
        HwUInt readAddress = mux(sched.update.valid(), update.source, lineToFold);
        folding.assign(clearing.not().and(sched.update.valid().or(anyLine)));
        if (n > 1) foldSource.assign(readAddress);

        Ram counts = ram("counts", n, pw);
        statusCopy = ram("countsForStatus", n, pw);
        lastWrote = regBool("countWrote", false);
        lastAddress = regUInt("countWroteAddress", sw, 0);
        lastData = regBits("countWroteData", pw, 0);
        HwBits stored = bypassed(counts.readSync(readAddress, lit(true)), foldSource);

        // The fold: min(count + bit, max), then this cycle's event and S1's registered change.
        HwBool bit = buffered.bit(foldSource);
        PendingCounts.Next withBit = PendingCounts.next(stored, bit, lit(false), lit(false));
        PendingCounts.Next after = PendingCounts.next(withBit.count(), event.bit(foldSource), updates.give, updates.take);
        HwBits written = wireBits("countWritten", after.count());
        HwUInt writeAddress = mux(clearing, clearAddress, foldSource);
        HwBits writeData = mux(clearing, Hw.bitsLit(0, pw), written);
        HwBool writes = clearing.or(folding);
        counts.write(writeAddress, writeData, writes);
        statusCopy.write(writeAddress, writeData, writes);
        lastWrote.assign(writes);
        lastAddress.assign(writeAddress);
        lastData.assign(writeData);

        atLeast1.assign(mux2(folded, fill(written.orR(), n), atLeast1));
        // What the picker sees: a source not folded this cycle has no change of the scheduler's (its take or give
        // comes with the fold of its source), so its count is there if the RAM holds one, its line's bit is set or an
        // event arrives. The folded source's is its fold's: the stored count and bit, less a take, plus the event and a
        // give (a take only follows a count shown non-zero, so the RAM count and bit hold at least one then).
        HwBool storedAtLeast1 = stored.orR(), storedAtLeast2 = pw > 1 ? stored.slice(1, pw - 1).orR() : lit(false);
        HwBool foldAvailable = mux(updates.take, storedAtLeast2.or(storedAtLeast1.and(bit)), storedAtLeast1.or(bit))
                .or(event.bit(foldSource)).or(updates.give);
        available.assign(mux2(folded, fill(foldAvailable, n), atLeast1.or(buffered).or(event)));
        // A line's bit: set by its event, cleared by its fold (which takes that cycle's event into the count).
        buffered.assign(buffered.or(event).and(folded.not()));
        HwBits overLine = buffered.and(event).and(folded.not());
        HwBits overFold = mux(withBit.over().or(after.over()), folded, Hw.bitsLit(0, n));
        HwBits configured = mux(modes.is(GatewayUpdate.CONFIG), modes.updated, Hw.bitsLit(0, n));
        lost.assign(lost.and(configured.not()).or(overLine).or(overFold));
    }

    /** The RAM's data for the address read last cycle, or the value written then if it was written then. */
    private HwBits bypassed(HwBits read, HwUInt readAddress) {
        return mux(lastWrote.and(lastAddress.eq(readAddress)), lastData, read);
    }

    /** {@code n} copies of {@code b}. */
    private static HwBits fill(HwBool b, int n) {
        return mux(b, Hw.bitsWith(n, i -> true), Hw.bitsLit(0, n));
    }

    /** Per bit: {@code a} where {@code select} is set, else {@code b}. */
    private static HwBits mux2(HwBits select, HwBits a, HwBits b) {
        return select.and(a).or(select.not().and(b));
    }

    @Override
    public View query(HwUInt querySource, HwUInt source1) {
        HwBits stored = bypassed(statusCopy.readSync(querySource, lit(true)), source1);
        PendingCounts.Next shown = PendingCounts.next(stored, buffered.bit(source1), lit(false), lit(false));
        return new View(shown.count(), lost.bit(source1).or(shown.over()));
    }
}
