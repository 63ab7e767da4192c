package taskintc.spec;

/** Status words the core can return for a read. */
public enum Status {
    CONTEXT_COUNT,
    CONTEXT_LEVELS,
    /** Read clears. */
    CONTEXT_ERROR,
    POOL_FREE,
    CURRENT_TASK,
    CURRENT_CONTEXT,
    /** Read clears. */
    CONTROL_ERROR,
    /** Per source: pending count and flags. */
    SOURCE_STATUS,
    /** Pops the lowest context with a pending kernel notification. */
    NOTIFY,
    /** Harts with a user preemption interrupt pending. */
    USIP;

    public static int width() {
        return 4;
    }
}
