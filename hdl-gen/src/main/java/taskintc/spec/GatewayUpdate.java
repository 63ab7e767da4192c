package taskintc.spec;

/**
 * What the scheduler's operation in S1 changes about its source's mode and waiter bits ({@link SourceUpdate}'s kind).
 * A change of the source's pending count travels beside it, in the update's {@code take} and {@code give} bits.
 */
public enum GatewayUpdate {
    /** Neither: the update changes the pending count only. */
    NONE,
    /** A one-shot waiter was queued on an empty source. */
    SET_WAITING,
    /** The last one-shot waiter was woken. */
    CLEAR_WAITING,
    /** New trigger/wake-all/persistent/mask bits. */
    CONFIG,
    /** New NIC coalescing limits. */
    COALESCE,
    /** A persistent handler was registered. */
    SET_HANDLER;

    /** The coalescing update carries bits [31:10] of the configuration word (bits [9:0], the source, travel separately). */
    public static final int DATA_LSB = 10;

    public static int width() {
        return 3;
    }
}
