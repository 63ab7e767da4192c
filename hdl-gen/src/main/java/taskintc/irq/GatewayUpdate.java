package taskintc.irq;

/** What the core tells the gateways about one source in a cycle (at most one update per cycle). */
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

    public static int width() {
        return 3;
    }
}
