package taskintc.regmap;

/** What the index of a register array selects. */
public enum IndexKind {
    NONE, HART, CONTEXT, SOURCE
}
