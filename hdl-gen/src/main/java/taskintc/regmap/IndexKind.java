package taskintc.regmap;

/** What the index of a register array selects. */
public enum IndexKind {
    NONE, HART, CONTEXT, SOURCE,
    /** A word of an IPC message or result. */
    WORD,
    /** An IPC channel. */
    CHANNEL
}
