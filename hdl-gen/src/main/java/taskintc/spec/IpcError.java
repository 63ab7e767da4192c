package taskintc.spec;

/** Bits of the IPC error registers: sticky until read. Every refused IPC operation changes nothing else. */
public enum IpcError {
    NO_CAPABILITY(0, "send refused: the kernel has not granted this context (sender, receiver, channel)"),
    MAILBOX_FULL(1, "send or reply refused: the receiver's inbox (or the sender's reply box) is full; the message or "
            + "result stays staged and can be sent again"),
    NO_HANDLER(2, "send refused: the receiver has no handler task on that channel; the message stays staged"),
    BAD_TARGET(3, "refused: receiver context or channel out of range (or a grant naming one)"),
    NO_MESSAGE(4, "reply refused: this context has no current received message"),
    BAD_TASK(5, "refused: a handler word, or the task word of a message, has a priority beyond the levels "
            + "(handler words must also have a non-zero pointer)"),
    BUSY(6, "send or reply refused: the task pool is full and earlier deliveries are still waiting for an entry; "
            + "the message or result stays staged");

    private final int bit;
    private final String description;

    IpcError(int bit, String description) {
        this.bit = bit;
        this.description = description;
    }

    public int bit() { return bit; }

    public long mask() { return 1L << bit; }

    public String description() { return description; }

    public static int width() { return values().length; }
}
