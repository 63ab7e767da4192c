package taskintc.dsl;

import static taskintc.dsl.Hw.mux;

/**
 * The first set bit past a position, else the first set bit: the round-robin choice of the wakeup unit's picker
 * and of its count folds. Up to a group's width it is one search over the bits past the position followed by all of
 * them, a tree twice the width ({@link FirstSet}) behind a thermometer ({@link Hw#above}). Wider, the bits are split
 * into groups: the position's own group is searched past the position, else the first group past it with a bit set,
 * else the first group with one (the same rotating search, over the groups' "any" bits), and the chosen group's bits
 * are brought by a multiplexer to a search one group wide. The choice is the same; what grows with the width is a
 * group's "any" and two multiplexers' share per bit instead of a thermometer bit and two tree nodes per bit
 * (`make unit-cost`: about 2 to 4 LUT4 fewer per source in the source unit; more at 1,024 sources).
 */
public final class RotatingSearch {
    /** The group width: at 128 and 1,024 sources, 32 gave fewer LUT4 than 16 or 64 (yosys {@code synth_ice40}). */
    public static final int GROUP = 32;

    private RotatingSearch() {}

    /** The first set bit of {@code v} at an index above {@code last}, else its first set bit (index 0 when none is
     *  set); the index is as wide as {@code last}, the flag is unused (false). */
    public static FirstSet after(HwBits v, HwUInt last) {
        return after(v, last, GROUP);
    }

    /** {@link #after(HwBits, HwUInt)} with groups of {@code group} bits (a power of two). */
    public static FirstSet after(HwBits v, HwUInt last, int group) {
        if (Integer.bitCount(group) != 1 || group < 2) throw new IllegalArgumentException("group " + group + " is not a power of two >= 2");
        int n = v.width();
        if (n <= group) {
            int half = 1 << Hw.log2Up(Math.max(n, 2));
            FirstSet f = FirstSet.of(Hw.cat(v.resize(half), v.and(Hw.above(last, n)).resize(half)));
            return new FirstSet(f.any(), f.index().resize(last.width()), Hw.lit(false));
        }
        int groupBits = Hw.log2Up(group), groups = (n + group - 1) / group, groupIndexBits = Hw.log2Up(groups);
        HwBits padded = v.resize(groups * group);
        HwBits[] members = new HwBits[groups];
        HwData[] any = new HwData[groups];
        for (int g = 0; g < groups; g++) {
            members[g] = padded.slice(g * group, group);
            any[groups - 1 - g] = members[g].orR();
        }
        HwUInt lastGroup = last.slice(groupBits, groupIndexBits);
        FirstSet pastLast = FirstSet.of(Hw.select(members, lastGroup).and(Hw.above(last.resize(groupBits), group)));
        FirstSet nextGroup = after(Hw.cat(any), lastGroup, group);
        HwUInt chosenGroup = nextGroup.index();
        FirstSet inChosen = FirstSet.of(Hw.select(members, chosenGroup));
        HwUInt index = mux(pastLast.any(), Hw.cat(lastGroup, pastLast.index()).asUInt(), Hw.cat(chosenGroup, inChosen.index()).asUInt());
        return new FirstSet(pastLast.any().or(nextGroup.any()), index.resize(last.width()), Hw.lit(false));
    }
}
