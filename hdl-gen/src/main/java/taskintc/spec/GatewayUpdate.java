package taskintc.spec;

/** What the scheduler tells the wakeup unit about one source in a cycle ({@link SourceUpdate}'s kind). */
public enum GatewayUpdate {
    /** A one-shot waiter was queued on an empty source. */
    SET_WAITING,
    /** The last one-shot waiter was woken. */
    CLEAR_WAITING,
    /** A wait took a pending event directly. */
    CONSUME,
    /** A picked event could not be delivered (pool full): give it back. */
    REFUND,
    /** New trigger/wake-all/persistent/mask bits. */
    CONFIG,
    /** New NIC coalescing limits. */
    COALESCE,
    /** One simulated event. */
    INJECT,
    /** A persistent handler was registered. */
    SET_HANDLER;

    /** The coalescing update carries bits [31:10] of the configuration word (bits [9:0], the source, travel separately). */
    public static final int DATA_LSB = 10;

    public static int width() {
        return 3;
    }
}
