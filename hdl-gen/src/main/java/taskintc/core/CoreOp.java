package taskintc.core;

/** Operations of the controller core; every bus access becomes exactly one. */
public enum CoreOp {
    /** Queue the task word at the tail of its priority level. */
    ENQUEUE_TAIL,
    /** Queue the task word at the head of its priority level (preempting wakeups). */
    ENQUEUE_HEAD,
    /** Pop the highest-priority task of the context (0 when empty); records it as the hart's current task. */
    DEQUEUE,
    /** Cancel one queued task equal to the given word (multi-cycle walk of its level). */
    REMOVE,
    /** Read a status word. */
    READ_STATUS,
    /** Read a constant supplied by the decoder. */
    READ_CONST,
    /** A refused access: sets BAD_ACCESS in the page's error register and answers with a bus error. */
    FAULT;

    public static int width() {
        return 3;
    }
}
