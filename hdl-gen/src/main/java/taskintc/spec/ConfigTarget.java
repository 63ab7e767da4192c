package taskintc.spec;

/** What a privileged configuration write sets (the selector of a WRITE_CONFIG operation). */
public enum ConfigTarget {
    /** Allow or forbid one context to wait on one source. */
    GRANT,
    /** Trigger, wake-all, persistent and mask bits of one source. */
    SOURCE_CONFIG,
    /** NIC coalescing: fire after K events or T cycles. */
    NIC_COALESCE,
    /** One simulated event on a source. */
    INJECT,
    /** Which hart's supervisor software interrupt carries kernel notifications. */
    NOTIFY_HART,
    /** Which context a hart runs (written by the kernel at each context switch). */
    HART_CONTEXT
}
