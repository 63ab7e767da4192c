package taskintc.regmap;

import java.util.List;

/**
 * One register, or an array of {@code count} registers {@code stride} bytes apart.
 *
 * @param resetValues what a read returns after reset: no value for a write-only register, one value for
 *                    every element, or one value per element
 * @param sideEffect  true when a read changes state (dequeue pops, error clears)
 * @param binding     what the register does in the block that declares it (opaque to the map and its emitters)
 * @param <B>         the declaring block's binding type
 */
public record Register<B>(String name, PageKind page, int offset, Access access, List<Long> resetValues, int count, int stride,
                          IndexKind index, List<Field> fields, String description, boolean sideEffect, B binding) {
    public Register {
        fields = List.copyOf(fields);
        resetValues = List.copyOf(resetValues);
        if (count < 1) throw new IllegalArgumentException(name + ": count must be >= 1");
        if (resetValues.size() > 1 && resetValues.size() != count)
            throw new IllegalArgumentException(name + ": " + resetValues.size() + " reset values for " + count + " elements");
        if (access == Access.WO && !resetValues.isEmpty())
            throw new IllegalArgumentException(name + ": a write-only register has no reset value to read");
    }

    public boolean isArray() {
        return count > 1 || index != IndexKind.NONE;
    }

    /** The end of the offsets the decoder assigns to this register: an array's index is a bit slice of the
     *  offset, at least one bit wide, so it answers for a power of two of slots, at least two. */
    public int decodedEnd() {
        if (!isArray()) return offset + stride;
        int slots = 2;
        while (slots < count) slots *= 2;
        return offset + slots * stride;
    }

    /** True when a read after reset has a defined value (every readable register). */
    public boolean hasReset() {
        return !resetValues.isEmpty();
    }

    /** The value element {@code i} reads after reset. */
    public long resetOf(int i) {
        if (resetValues.isEmpty()) throw new IllegalStateException(name + " is write-only");
        return resetValues.size() == 1 ? resetValues.get(0) : resetValues.get(i);
    }

    /** True when every element has the same reset value. */
    public boolean uniformReset() {
        return resetValues.stream().distinct().count() <= 1;
    }

    /** Byte offset of element {@code i} within its page. */
    public int offsetOf(int i) {
        return offset + i * stride;
    }

    public int endOffset() {
        return offset + count * stride;
    }
}
