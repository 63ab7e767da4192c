package taskintc.spec;

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
    FAULT,
    /** Wait on a source: one-shot waiter appended to its list, or the persistent handler of a persistent source. */
    WAIT,
    /** A privileged configuration write; the selector says which ({@link ConfigTarget}). */
    WRITE_CONFIG,
    /** Internal: move the head waiter of a source into its ready queue. */
    WAKE,
    /** Internal: enqueue a copy of a source's persistent handler. */
    HANDLER,
    /** An IPC register access, executed by the IPC unit; the selector says which ({@link IpcOp}). */
    IPC,
    /** Internal: enqueue a task the IPC unit delivers (a receiver's handler, a sender's reply task). */
    DELIVER,
    /** Take one waiting task word of this context off a source's wait list (multi-cycle walk of the list). */
    CANCEL_WAIT;

    public static int width() {
        return 4;
    }
}
