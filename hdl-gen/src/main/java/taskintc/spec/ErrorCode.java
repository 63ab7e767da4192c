package taskintc.spec;

/** Bits of the error registers: sticky until read. */
public enum ErrorCode {
    POOL_FULL(0, "enqueue refused: every pool entry is in use; nothing queued changed"),
    BAD_PRIORITY(1, "enqueue or remove refused: the task word's priority is not below the number of levels"),
    NULL_TASK(2, "enqueue refused: the task pointer is 0 (dequeue returns 0 for an empty queue)"),
    NOT_FOUND(3, "remove found no queued task equal to the word written"),
    BAD_ACCESS(4, "an access was refused (unmapped offset, write to a read-only or read of a write-only register, "
            + "partial-width or misaligned access); the bus also answered with an error"),
    NOT_GRANTED(5, "wait refused: the kernel has not granted this context the source");

    private final int bit;
    private final String description;

    ErrorCode(int bit, String description) {
        this.bit = bit;
        this.description = description;
    }

    public int bit() { return bit; }

    public long mask() { return 1L << bit; }

    public String description() { return description; }

    public static int width() { return values().length; }
}
