package taskintc.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import taskintc.regmap.Field;

/**
 * Every error code of the controller, declared once: the error register it is reported in, its bit there and
 * what it means. Error registers are sticky until read, and a refused operation changes nothing else. The
 * register map turns each group into the fields of its register (documentation) and into constants for
 * software ({@code ERR_POOL_FULL}, {@code IPC_ERR_BUSY}: the C header and the Rust module), so RTL, documents
 * and drivers share these bits.
 */
public enum ErrorCode {
    // The scheduler's error register (error, on every region).
    POOL_FULL(Group.SCHEDULER, 0, "enqueue refused: every pool entry is in use; nothing queued changed"),
    BAD_PRIORITY(Group.SCHEDULER, 1, "enqueue or remove refused: the task word's priority is not below the number of levels"),
    NULL_TASK(Group.SCHEDULER, 2, "enqueue refused: the task pointer is 0 (dequeue returns 0 for an empty queue)"),
    NOT_FOUND(Group.SCHEDULER, 3, "remove found no queued task equal to the word written; cancel_wait found no task of "
            + "this context equal to it waiting on the source (already woken, or never waited)"),
    BAD_ACCESS(Group.SCHEDULER, 4, "an access was refused (unmapped offset, write to a read-only or read of a write-only register, "
            + "partial-width or misaligned access); the bus also answered with an error"),
    NOT_GRANTED(Group.SCHEDULER, 5, "wait or cancel_wait refused: the kernel has not granted this context the source"),

    // The IPC unit's error register (ipc_error).
    NO_CAPABILITY(Group.IPC, 0, "send refused: the kernel has not granted this context (sender, receiver, channel)"),
    MAILBOX_FULL(Group.IPC, 1, "send or reply refused: the receiver's inbox (or the sender's reply box) is full; the message or "
            + "result stays staged and can be sent again"),
    NO_HANDLER(Group.IPC, 2, "send refused: the receiver has no handler task on that channel; the message stays staged"),
    BAD_TARGET(Group.IPC, 3, "refused: receiver context or channel out of range (channel K, the system-call channel, is reached "
            + "only by ipc_syscall); on the control page: an ipc_grant, ipc_syscall_context or ipc_scrub naming one"),
    NO_MESSAGE(Group.IPC, 4, "reply refused: this context has no current received message"),
    BAD_TASK(Group.IPC, 5, "refused: a handler word, or the task word of a message, names a task (a non-zero pointer) whose "
            + "priority is beyond the levels"),
    BUSY(Group.IPC, 6, "send or reply refused: the task pool is full and earlier deliveries are still waiting for an entry; "
            + "the message or result stays staged"),
    BAD_TOKEN(Group.IPC, 7, "reply or select (ipc_take written) refused: its token names no message this context has in "
            + "service (already answered, taken by another context, never taken, a slot beyond the mailbox depth, or no token)");

    /** An error register and the prefix of its codes' constants. */
    public enum Group {
        /** {@code error}: operations of the scheduler and the wakeup unit, and refused accesses. */
        SCHEDULER("ERR_"),
        /** {@code ipc_error}: operations of the IPC unit. */
        IPC("IPC_ERR_");

        private final String constantPrefix;

        Group(String constantPrefix) {
            this.constantPrefix = constantPrefix;
        }

        /** The group's codes in bit order. */
        public List<ErrorCode> codes() {
            List<ErrorCode> out = new ArrayList<>();
            for (ErrorCode e : ErrorCode.values()) if (e.group == this) out.add(e);
            return out;
        }

        /** Bits of the error register. */
        public int width() {
            return codes().size();
        }

        /** The error register's fields, one bit per code, named like the code in lower case. */
        public List<Field> fields() {
            List<Field> f = new ArrayList<>();
            for (ErrorCode e : codes()) f.add(new Field(e.name().toLowerCase(Locale.ROOT), e.bit, 1, e.description));
            return f;
        }
    }

    private final Group group;
    private final int bit;
    private final String description;

    ErrorCode(Group group, int bit, String description) {
        this.group = group;
        this.bit = bit;
        this.description = description;
    }

    static {
        // Each group's bits are 0, 1, 2... in declaration order, so a register's width is its number of codes.
        for (Group g : Group.values()) {
            List<ErrorCode> codes = g.codes();
            for (int i = 0; i < codes.size(); i++)
                if (codes.get(i).bit != i) throw new ExceptionInInitializerError(codes.get(i) + " must be bit " + i);
        }
    }

    public Group group() { return group; }

    public int bit() { return bit; }

    public long mask() { return 1L << bit; }

    public String description() { return description; }

    /** The name software sees: {@code ERR_POOL_FULL}, {@code IPC_ERR_BUSY}. */
    public String constantName() { return group.constantPrefix + name(); }
}
