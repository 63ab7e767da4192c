package taskintc.dsl;

import static taskintc.dsl.Hw.mux;

import java.util.ArrayList;
import java.util.List;

/**
 * The lowest set bit of a vector, found by a tree of two-way choices: whether any bit is set, its index, and a
 * flag carried along from the chosen position. Each level adds one small choice, so the depth grows with the
 * logarithm of the width, and the search needs none of the subtraction form's carry chain, one-hot and encoder
 * ({@code x & -x}). {@link Hw#firstSetIndex} is this tree's index.
 */
public record FirstSet(HwBool any, HwUInt index, HwBool flag) {
    /** The first set bit of {@code v} (index all ones when none is set), without a flag. */
    public static FirstSet of(HwBits v) {
        return of(v, Hw.bitsLit(0, v.width()));
    }

    /** The first set bit of {@code v} (index all ones when none is set) and {@code flag}'s bit at that position. */
    public static FirstSet of(HwBits v, HwBits flag) {
        int w = v.width();
        if (flag.width() != w) throw new IllegalArgumentException("flag width " + flag.width() + " differs from " + w);
        int levels = Hw.log2Up(Math.max(w, 2));
        List<FirstSet> nodes = new ArrayList<>();
        for (int i = 0; i < 1 << levels; i++)
            nodes.add(i < w ? new FirstSet(v.bit(i), null, flag.bit(i)) : new FirstSet(Hw.lit(false), null, Hw.lit(false)));
        while (nodes.size() > 1) {
            List<FirstSet> next = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i += 2) {
                FirstSet low = nodes.get(i), high = nodes.get(i + 1);
                // The low half wins when it has a set bit; the new index bit says which half was chosen.
                HwBits half = low.any.not().asBits();
                HwBits index = low.index == null ? half : Hw.cat(half, mux(low.any, low.index, high.index).asBits());
                next.add(new FirstSet(low.any.or(high.any), index.asUInt(), mux(low.any, low.flag, high.flag)));
            }
            nodes = next;
        }
        return nodes.get(0);
    }
}
