package taskintc.core;

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
    CONTROL_ERROR;

    public static int width() {
        return 3;
    }
}
