package taskintc.regmap;

import java.util.List;

/**
 * One register, or an array of {@code count} registers {@code stride} bytes apart.
 *
 * @param sideEffect true when a read changes state (dequeue pops, error clears)
 * @param binding    what the register does in the block that declares it (opaque to the map and its emitters)
 * @param <B>        the declaring block's binding type
 */
public record Register<B>(String name, PageKind page, int offset, Access access, long resetValue, int count, int stride,
                       IndexKind index, List<Field> fields, String description, boolean sideEffect, B binding) {
    public Register {
        fields = List.copyOf(fields);
        if (count < 1) throw new IllegalArgumentException(name + ": count must be >= 1");
    }

    public boolean isArray() {
        return count > 1 || index != IndexKind.NONE;
    }

    /** Byte offset of element {@code i} within its page. */
    public int offsetOf(int i) {
        return offset + i * stride;
    }

    public int endOffset() {
        return offset + count * stride;
    }
}
