package taskintc.spec;

/** IPC register accesses (the selector of an {@link CoreOp#IPC} operation), all executed by the IPC unit. */
public enum IpcOp {
    /** Context page, read/write: a word of this context's staged (outgoing) message. */
    MESSAGE,
    /** Context page, write: send the staged message to (receiver, channel) if this context holds the capability. */
    SEND,
    /** Context page, write: send the staged message to the kernel context's system-call channel (no capability needed). */
    SYSCALL,
    /** Context page, read/write: this context's handler task for a channel (0: none). */
    HANDLER,
    /** Context page, read: finish the current received message and make the oldest waiting one current. */
    RECEIVE,
    /** Context page, read: take the oldest waiting message into service and make it current, keeping the others in service. */
    TAKE,
    /** Context page, read: a word of the current received message. */
    RX_WORD,
    /** Context page, read/write: a word of this context's staged result. */
    RESULT,
    /** Context page, write: answer the message a token names (or the current one) with the staged result. */
    REPLY,
    /** Context page, read: finish the current reply and make the oldest waiting one current. */
    REPLY_POP,
    /** Context page, read: a word of the current reply's result. */
    REPLY_WORD,
    /** Read: inbox and reply-box occupancy of this context. */
    STATUS,
    /** Read and clear: this context's (or, on the control page, the kernel's) IPC error bits. */
    ERROR,
    /** Control page, write: grant or revoke the capability (sender, receiver, channel). */
    GRANT,
    /** Control page, write: the context that receives system calls. */
    SYSCALL_CONTEXT,
    /** Control page, write: forget a context's staged words, handlers, inbox, reply box and errors (for a new owner). */
    SCRUB;

    public static int width() {
        return 4;
    }
}
