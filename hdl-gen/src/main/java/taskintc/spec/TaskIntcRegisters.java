package taskintc.spec;

import static taskintc.regmap.Access.RC;
import static taskintc.regmap.Access.RO;
import static taskintc.regmap.Access.WO;
import static taskintc.regmap.IndexKind.CHANNEL;
import static taskintc.regmap.IndexKind.CONTEXT;
import static taskintc.regmap.IndexKind.HART;
import static taskintc.regmap.IndexKind.NONE;
import static taskintc.regmap.IndexKind.SOURCE;
import static taskintc.regmap.IndexKind.WORD;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taskintc.regmap.Access;
import taskintc.regmap.Field;
import taskintc.regmap.IndexKind;
import taskintc.regmap.Page;
import taskintc.regmap.PageKind;
import taskintc.regmap.Register;
import taskintc.regmap.RegisterMap;

/**
 * The register map of the controller, declared once. The RTL decoder, the JSON, the Markdown page,
 * the C header and the Rust constants are all generated from what this class returns.
 */
public final class TaskIntcRegisters {
    private TaskIntcRegisters() {}

    /** Identifies the block: "TIC" and a layout version software can check. */
    public static final long MAGIC = 0x544943;
    public static final int VERSION = 3;
    public static final int SLOT = 8;

    /** Fixed layouts of the words written to configuration registers, shared by RTL and documentation. */
    public static final int SOURCE_LSB = 0, SOURCE_BITS = 10;
    public static final int GRANT_CONTEXT_LSB = 16, GRANT_ALLOW_BIT = 31;
    public static final int CFG_EDGE_BIT = 16, CFG_WAKE_ALL_BIT = 17, CFG_PERSISTENT_BIT = 18, CFG_MASKED_BIT = 19;
    public static final int COALESCE_COUNT_LSB = 10, COALESCE_COUNT_BITS = 6, COALESCE_TIME_LSB = 16, COALESCE_TIME_BITS = 16;
    public static final int HART_CONTEXT_VALID_BIT = 31, CONTEXT_FIELD_BITS = 8;
    /** Source status word. */
    public static final int STATUS_PENDING_BITS = 24, ST_WAITING = 24, ST_HANDLER = 25, ST_EDGE = 26, ST_WAKE_ALL = 27,
            ST_PERSISTENT = 28, ST_MASKED = 29, ST_LOST = 30;

    /** IPC words: send target, grant, received-message header. */
    public static final int IPC_RECEIVER_LSB = 0, IPC_CHANNEL_LSB = 8, IPC_VALID_BIT = 31;
    public static final int GRANT_IPC_SENDER_LSB = 0, GRANT_IPC_RECEIVER_LSB = 8, GRANT_IPC_CHANNEL_LSB = 16;
    /** IPC windows of a context region (fixed: the parameter ranges keep every array inside its window). */
    public static final int IPC_SEND = 0x040, IPC_SYSCALL = 0x048, IPC_RECEIVE = 0x050, IPC_REPLY = 0x058,
            IPC_REPLY_POP = 0x060, IPC_STATUS = 0x068, IPC_ERROR = 0x070, IPC_HANDLER = 0x200, IPC_RESULT = 0x280,
            IPC_REPLY_DATA = 0x300, IPC_MESSAGE = 0x400, IPC_RX = 0x600;
    /** IPC registers of the control region. */
    public static final int IPC_GRANT = 0x058, IPC_SYSCALL_CONTEXT = 0x060, IPC_CONTROL_ERROR = 0x068;

    /** Offset of the per-source wait window in a context region. */
    public static int waitOffset(TaskIntcConfig cfg) {
        return alignUp(0x800, arrayBytes(cfg.sources()));
    }

    /** Offset of the per-source status array in the control region. */
    public static int sourceStatusOffset(TaskIntcConfig cfg) {
        return alignUp(0xC00, arrayBytes(cfg.sources()));
    }

    /** True when every window fits in regions of {@code regionBytes}. */
    static boolean fits(TaskIntcConfig cfg, int regionBytes) {
        if (cfg.sources() == 0) return regionBytes >= RegisterMap.PAGE_BYTES;
        int a = arrayBytes(cfg.sources());
        return waitOffset(cfg) + a <= regionBytes && sourceStatusOffset(cfg) + a <= regionBytes;
    }

    private static int arrayBytes(int count) {
        return Integer.highestOneBit(Math.max(1, count * SLOT - 1)) << 1;
    }

    private static int alignUp(int v, int align) {
        return (v + align - 1) / align * align;
    }

    public static RegisterMap<Binding> declare(TaskIntcConfig cfg) {
        int w = cfg.taskWidth();
        Decl d = new Decl(w);
        boolean irq = cfg.hasWakeup();

        // ---- control region (privileged) ----
        d.reg("id", PageKind.CONTROL, 0x000, RO, NONE, 1, Binding.constant((MAGIC << 8) | VERSION),
                "Block identification; read it to find the controller and its register layout version.",
                new Field("version", 0, 8, "register layout version"),
                new Field("magic", 8, 24, "0x544943 (\"TIC\")"));
        d.reg("params", PageKind.CONTROL, 0x008, RO, NONE, 1, Binding.constant(paramsWord(cfg)),
                "Generator parameters of this instance, so one driver serves every configuration.",
                new Field("contexts", 0, 9, "number of contexts C"),
                new Field("priorities", 9, 6, "number of priority levels P"),
                new Field("log2_capacity", 15, 5, "log2 of the pool capacity N"),
                new Field("harts", 20, 7, "number of harts H"),
                new Field("task_width_64", 27, 1, "1 when task words (and the bus) are 64 bits"),
                new Field("log2_region", 28, 4, "log2 of the region size minus 12 (0: 4 KiB regions)"));
        d.reg("pool_free", PageKind.CONTROL, 0x010, RO, NONE, 1, Binding.status(Status.POOL_FREE),
                "Free entries in the task pool shared by ready and waiting tasks of all contexts.",
                new Field("free", 0, cfg.countWidth(), "entries not holding a task"));
        d.reg("error", PageKind.CONTROL, 0x018, RC, NONE, 1, Binding.status(Status.CONTROL_ERROR),
                "Errors of accesses to the control region or to unmapped regions; sticky, a read returns and clears them.",
                errorFields());
        if (irq) {
            d.reg("grant", PageKind.CONTROL, 0x020, WO, NONE, 1, Binding.config(ConfigTarget.GRANT),
                    "Allow (or forbid) a context to wait on a source. Until granted, a wait sets NOT_GRANTED and changes nothing.",
                    sourceField(), new Field("context", GRANT_CONTEXT_LSB, CONTEXT_FIELD_BITS, "context"),
                    new Field("allow", GRANT_ALLOW_BIT, 1, "1 grants, 0 revokes"));
            d.reg("source_config", PageKind.CONTROL, 0x028, WO, NONE, 1, Binding.config(ConfigTarget.SOURCE_CONFIG),
                    "Configure a source. Clearing persistent drops its handler.", sourceField(),
                    new Field("edge", CFG_EDGE_BIT, 1, "1: every rising edge is an event; 0: level, one event per high period"),
                    new Field("wake_all", CFG_WAKE_ALL_BIT, 1, "1: an event wakes every waiter; 0: the oldest one"),
                    new Field("persistent", CFG_PERSISTENT_BIT, 1, "1: a wait registers a handler that stays armed; "
                            + "each event enqueues a copy of it"),
                    new Field("masked", CFG_MASKED_BIT, 1, "1: new events are ignored (and the NIC is told to hold them)"));
            d.reg("nic_coalesce", PageKind.CONTROL, 0x030, WO, NONE, 1, Binding.config(ConfigTarget.NIC_COALESCE),
                    "Interrupt coalescing of a NIC source: one event after K NIC events or T cycles after the first, "
                            + "whichever comes first. K <= 1 and T = 0 turn it off. Ignored for other sources.",
                    sourceField(), new Field("count", COALESCE_COUNT_LSB, COALESCE_COUNT_BITS, "K"),
                    new Field("time", COALESCE_TIME_LSB, COALESCE_TIME_BITS, "T in cycles, 0: no timer"));
            d.reg("inject", PageKind.CONTROL, 0x038, WO, NONE, 1, Binding.config(ConfigTarget.INJECT),
                    "Simulated event on a source, for tests and bring-up (privileged only).", sourceField());
            d.reg("notify", PageKind.CONTROL, 0x040, RO, NONE, 1, Binding.status(Status.NOTIFY),
                    "Kernel notification: a read returns the lowest context that had a task woken while no hart ran it, "
                            + "and clears it. The notify hart's supervisor software interrupt is high while any is pending.",
                    new Field("context", 0, CONTEXT_FIELD_BITS, "context"), new Field("valid", 31, 1, "1 when a context is returned"));
            d.reg("notify_hart", PageKind.CONTROL, 0x048, WO, NONE, 1, Binding.config(ConfigTarget.NOTIFY_HART),
                    "Hart whose supervisor software interrupt carries kernel notifications (reset 0).",
                    new Field("hart", 0, 5, "hart"));
            d.reg("usip", PageKind.CONTROL, 0x050, RO, NONE, 1, Binding.status(Status.USIP),
                    "Harts with a user software (preemption) interrupt pending; hart h's clears when it dequeues.",
                    new Field("harts", 0, cfg.harts(), "bit h for hart h"));
            d.reg("hart_context", PageKind.CONTROL, 0x300, WO, HART, cfg.harts(), Binding.config(ConfigTarget.HART_CONTEXT),
                    "Per hart: the context it runs, written by the kernel at each context switch. Wakeups into a context "
                            + "no hart runs raise a kernel notification.",
                    new Field("context", 0, CONTEXT_FIELD_BITS, "context"), new Field("valid", HART_CONTEXT_VALID_BIT, 1, "1: running it"));
        }
        if (cfg.hasIpc()) {
            d.reg("ipc_grant", PageKind.CONTROL, IPC_GRANT, WO, NONE, 1, Binding.ipc(IpcOp.GRANT),
                    "Grant (or revoke) the capability for a sender context to send to a receiver context on a channel. "
                            + "Out-of-range fields set BAD_TARGET in ipc_error and change nothing.",
                    new Field("sender", GRANT_IPC_SENDER_LSB, 8, "sending context"),
                    new Field("receiver", GRANT_IPC_RECEIVER_LSB, 8, "receiving context"),
                    new Field("channel", GRANT_IPC_CHANNEL_LSB, 4, "channel, below ipc-channels"),
                    new Field("allow", GRANT_ALLOW_BIT, 1, "1 grants, 0 revokes"));
            d.reg("ipc_syscall_context", PageKind.CONTROL, IPC_SYSCALL_CONTEXT, WO, NONE, 1, Binding.ipc(IpcOp.SYSCALL_CONTEXT),
                    "The kernel context: receiver of every context's system calls (ipc_syscall), on channel "
                            + cfg.ipcChannels() + ". Reset 0.",
                    new Field("context", 0, 8, "context"));
            d.reg("ipc_error", PageKind.CONTROL, IPC_CONTROL_ERROR, RC, NONE, 1, Binding.ipc(IpcOp.ERROR),
                    "IPC errors of control-region writes; sticky, a read returns and clears them.", ipcErrorFields());
        }
        d.reg("current_task", PageKind.CONTROL, 0x100, RO, HART, cfg.harts(), Binding.status(Status.CURRENT_TASK),
                "Per hart: the task word it last dequeued (0 when its last dequeue found the queues empty). "
                        + "Lets the kernel see which task runs where and at what priority.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("current_context", PageKind.CONTROL, 0x200, RO, HART, cfg.harts(), Binding.status(Status.CURRENT_CONTEXT),
                "Per hart: the context of its last dequeue.",
                new Field("context", 0, 8, "context index"),
                new Field("valid", 31, 1, "1 when the last dequeue returned a task"));
        d.reg("context_count", PageKind.CONTROL, 0x400, RO, CONTEXT, cfg.contexts(), Binding.status(Status.CONTEXT_COUNT),
                "Per context: tasks in its ready queues.",
                new Field("ready", 0, cfg.countWidth(), "queued tasks"));
        d.reg("context_levels", PageKind.CONTROL, 0x800, RO, CONTEXT, cfg.contexts(), Binding.status(Status.CONTEXT_LEVELS),
                "Per context: bitmap of priority levels that hold at least one task (bit p for level p).",
                new Field("levels", 0, cfg.priorities(), "non-empty levels"));
        if (irq)
            d.reg("source_status", PageKind.CONTROL, sourceStatusOffset(cfg), RO, SOURCE, cfg.sources(),
                    Binding.status(Status.SOURCE_STATUS),
                    "Per source: events not yet delivered and the source's state.",
                    new Field("pending", 0, Math.min(cfg.pendingWidth(), STATUS_PENDING_BITS), "pending events (saturating)"),
                    new Field("waiting", ST_WAITING, 1, "one-shot waiters are queued"),
                    new Field("handler", ST_HANDLER, 1, "a persistent handler is registered"),
                    new Field("edge", ST_EDGE, 1, "edge triggered"), new Field("wake_all", ST_WAKE_ALL, 1, "wake-all mode"),
                    new Field("persistent", ST_PERSISTENT, 1, "persistent mode"), new Field("masked", ST_MASKED, 1, "masked"),
                    new Field("lost", ST_LOST, 1, "an event was lost because the pending count was saturated"));

        // ---- context region (one per process) ----
        d.reg("enqueue", PageKind.CONTEXT, 0x000, WO, NONE, 1, Binding.op(CoreOp.ENQUEUE_TAIL),
                "Write a task word: it joins the tail of its priority level. Refusals set POOL_FULL, BAD_PRIORITY or NULL_TASK.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("enqueue_head", PageKind.CONTEXT, 0x008, WO, NONE, 1, Binding.op(CoreOp.ENQUEUE_HEAD),
                "Write a task word: it joins the head of its priority level (for preempting wakeups).",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("remove", PageKind.CONTEXT, 0x010, WO, NONE, 1, Binding.op(CoreOp.REMOVE),
                "Write a task word: the oldest queued (ready) task equal to it is cancelled. Takes one cycle per task ahead "
                        + "of it in its level; sets NOT_FOUND when there is none. No other task moves.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("count", PageKind.CONTEXT, 0x018, RO, NONE, 1, Binding.status(Status.CONTEXT_COUNT),
                "Tasks in this context's ready queues.",
                new Field("ready", 0, cfg.countWidth(), "queued tasks"));
        d.reg("levels", PageKind.CONTEXT, 0x020, RO, NONE, 1, Binding.status(Status.CONTEXT_LEVELS),
                "Bitmap of this context's non-empty priority levels (bit p for level p).",
                new Field("levels", 0, cfg.priorities(), "non-empty levels"));
        d.reg("error", PageKind.CONTEXT, 0x028, RC, NONE, 1, Binding.status(Status.CONTEXT_ERROR),
                "Errors of this context's operations; sticky, a read returns and clears them.",
                errorFields());
        d.reg("dequeue", PageKind.CONTEXT, 0x100, RO, HART, cfg.harts(), Binding.op(CoreOp.DEQUEUE),
                "Per hart: a read pops the highest-priority task (FIFO within a level) and returns its word, or 0 when "
                        + "the context has none; the word becomes that hart's current_task and its preemption interrupt clears.",
                TaskWord.fields(w).toArray(Field[]::new));
        if (irq)
            d.reg("wait", PageKind.CONTEXT, waitOffset(cfg), WO, SOURCE, cfg.sources(), Binding.op(CoreOp.WAIT),
                    "Per source s: write a task word to wait on s. One write: the task is parked in the controller and "
                            + "moved to its ready queue by the source's next event (at the head of its level when its "
                            + "preempt bit is set); an event already pending wakes it at once. On a persistent source the "
                            + "word becomes the source's handler. Refusals set NOT_GRANTED, POOL_FULL, BAD_PRIORITY or NULL_TASK.",
                    TaskWord.fields(w).toArray(Field[]::new));

        if (cfg.hasIpc()) declareIpcContext(d, cfg);

        int region = 1 << cfg.regionBits();
        List<Page> pages = List.of(
                new Page(PageKind.CONTROL, 0, region, 1,
                        "Privileged control region: configuration and kernel-visible state. Map it to the kernel only."),
                new Page(PageKind.CONTEXT, region, region, cfg.contexts(),
                        "Context c's region is at base + " + hex(region) + " * (c + 1). Map a process its own region and "
                                + "nothing else: its identity is the region it accesses."));

        Map<String, List<Field>> layouts = new LinkedHashMap<>();
        layouts.put("task_word", TaskWord.fields(w));
        // The error codes, each a one-bit field of its error register: software gets their names with their bits.
        layouts.put("error", ErrorCode.Group.SCHEDULER.fields());
        if (cfg.hasIpc()) layouts.put("ipc_error", ErrorCode.Group.IPC.fields());

        Map<String, Long> constants = new LinkedHashMap<>();
        // What control.id reads: software checks both before it trusts any other offset.
        constants.put("MAGIC", MAGIC);
        constants.put("LAYOUT_VERSION", (long) VERSION);
        constants.put("PAGE_SIZE", (long) region);
        constants.put("CONTEXTS", (long) cfg.contexts());
        constants.put("PRIORITIES", (long) cfg.priorities());
        constants.put("CAPACITY", (long) cfg.capacity());
        constants.put("HARTS", (long) cfg.harts());
        constants.put("TASK_WIDTH", (long) cfg.taskWidth());
        constants.put("SOURCES", (long) cfg.sources());
        constants.put("NIC_QUEUES", (long) cfg.nicQueues());
        for (ErrorCode e : ErrorCode.Group.SCHEDULER.codes()) constants.put(e.constantName(), e.mask());
        if (cfg.hasIpc()) {
            constants.put("IPC_CHANNELS", (long) cfg.ipcChannels());
            constants.put("IPC_SYSCALL_CHANNEL", (long) cfg.ipcChannels());
            constants.put("MAILBOX_DEPTH", (long) cfg.mailboxDepth());
            constants.put("IPC_MESSAGE_WORDS", (long) cfg.messageWords());
            constants.put("IPC_RESULT_WORDS", (long) cfg.resultWords());
            for (ErrorCode e : ErrorCode.Group.IPC.codes()) constants.put(e.constantName(), e.mask());
        }

        return new RegisterMap<>(cfg.topName(), cfg.regionBits(), w, cfg.addressWidth(), cfg.asMap(), pages, d.regs, layouts,
                constants);
    }

    /** The context region's IPC registers: staging, send, receive, reply. */
    private static void declareIpcContext(Decl d, TaskIntcConfig cfg) {
        int w = cfg.taskWidth();
        int k = cfg.ipcChannels();
        Field[] word = {new Field("word", 0, w, "message word")};
        d.reg("ipc_send", PageKind.CONTEXT, IPC_SEND, WO, NONE, 1, Binding.ipc(IpcOp.SEND),
                "Send the staged message (ipc_message) to a receiver's channel. Needs the kernel's grant; refusals "
                        + "(BAD_TARGET, NO_CAPABILITY, BAD_TASK, NO_HANDLER, MAILBOX_FULL, BUSY) leave the message staged. "
                        + "On success the receiver's handler for the channel is made ready (preempting like an interrupt wakeup "
                        + "when its preempt bit is set), and the message is copied while IPC accesses wait.",
                new Field("receiver", IPC_RECEIVER_LSB, 8, "receiving context"),
                new Field("channel", IPC_CHANNEL_LSB, 4, "channel, below ipc-channels"));
        d.reg("ipc_syscall", PageKind.CONTEXT, IPC_SYSCALL, WO, NONE, 1, Binding.ipc(IpcOp.SYSCALL),
                "Send the staged message to the kernel context (ipc_syscall_context) on the system-call channel " + k
                        + "; no grant needed. Written data is ignored.",
                new Field("ignored", 0, 1, "any value"));
        d.reg("ipc_receive", PageKind.CONTEXT, IPC_RECEIVE, RO, NONE, 1, Binding.ipc(IpcOp.RECEIVE),
                "Finish the current received message (without replying) and make the oldest waiting one current; "
                        + "returns its sender and channel, or 0 when the inbox is empty.",
                new Field("sender", IPC_RECEIVER_LSB, 8, "sending context"),
                new Field("channel", IPC_CHANNEL_LSB, 4, "channel (" + k + ": system call)"),
                new Field("valid", IPC_VALID_BIT, 1, "1 when a message is current"));
        d.reg("ipc_reply", PageKind.CONTEXT, IPC_REPLY, WO, NONE, 1, Binding.ipc(IpcOp.REPLY),
                "Answer the current received message with the staged result (ipc_result) and finish it. When the "
                        + "message's task word is not 0 the result goes to the sender's reply box and that task is made "
                        + "ready in the sender's context. Refusals: NO_MESSAGE, MAILBOX_FULL, BUSY (result stays staged). "
                        + "Written data is ignored.",
                new Field("ignored", 0, 1, "any value"));
        d.reg("ipc_reply_pop", PageKind.CONTEXT, IPC_REPLY_POP, RO, NONE, 1, Binding.ipc(IpcOp.REPLY_POP),
                "Finish the current reply and make the oldest waiting one current; returns the task word of the "
                        + "message it answers, or 0 when the reply box is empty.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("ipc_status", PageKind.CONTEXT, IPC_STATUS, RO, NONE, 1, Binding.ipc(IpcOp.STATUS),
                "This context's inbox and reply box.",
                new Field("inbox", 0, 8, "messages in the inbox (the current one included)"),
                new Field("inbox_current", 8, 1, "a received message is current"),
                new Field("replies", 16, 8, "replies in the reply box (the current one included)"),
                new Field("reply_current", 24, 1, "a reply is current"));
        d.reg("ipc_error", PageKind.CONTEXT, IPC_ERROR, RC, NONE, 1, Binding.ipc(IpcOp.ERROR),
                "IPC errors of this context's operations; sticky, a read returns and clears them.", ipcErrorFields());
        d.reg("ipc_handler", PageKind.CONTEXT, IPC_HANDLER, Access.RW, CHANNEL, k + 1, Binding.ipc(IpcOp.HANDLER),
                "Per channel (" + k + ": system calls, used on the kernel context): the task made ready for each message "
                        + "received on it; 0 unregisters. Without a handler, sends to the channel are refused (NO_HANDLER) "
                        + "and stay staged.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("ipc_result", PageKind.CONTEXT, IPC_RESULT, Access.RW, WORD, cfg.resultWords(), Binding.ipc(IpcOp.RESULT),
                "The staged result (" + cfg.ipcResultBytes() + " bytes) of the next ipc_reply.", word);
        d.reg("ipc_reply_data", PageKind.CONTEXT, IPC_REPLY_DATA, RO, WORD, cfg.resultWords(), Binding.ipc(IpcOp.REPLY_WORD),
                "The current reply's result (0 when there is none).", word);
        d.reg("ipc_message", PageKind.CONTEXT, IPC_MESSAGE, Access.RW, WORD, cfg.messageWords(), Binding.ipc(IpcOp.MESSAGE),
                "The staged message: word 0 process-info pointer, word 1 the task to wake with the reply (0: no reply "
                        + "wanted), word 2 IPC type, then " + cfg.ipcArgBytes() + " bytes of arguments.", word);
        d.reg("ipc_rx", PageKind.CONTEXT, IPC_RX, RO, WORD, cfg.messageWords(), Binding.ipc(IpcOp.RX_WORD),
                "The current received message, same layout as ipc_message (0 when there is none).", word);
    }

    private static Field[] ipcErrorFields() {
        return ErrorCode.Group.IPC.fields().toArray(Field[]::new);
    }

    private static Field sourceField() {
        return new Field("source", SOURCE_LSB, SOURCE_BITS, "source number");
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v).toUpperCase();
    }

    static long paramsWord(TaskIntcConfig cfg) {
        return cfg.contexts()
                | ((long) cfg.priorities() << 9)
                | ((long) Integer.numberOfTrailingZeros(cfg.capacity()) << 15)
                | ((long) cfg.harts() << 20)
                | ((cfg.taskWidth() == 64 ? 1L : 0L) << 27)
                | ((long) (cfg.regionBits() - RegisterMap.PAGE_BITS) << 28);
    }

    private static Field[] errorFields() {
        return ErrorCode.Group.SCHEDULER.fields().toArray(Field[]::new);
    }

    /** Collects registers in declaration order. */
    private static final class Decl {
        final int width;
        final List<Register<Binding>> regs = new ArrayList<>();

        Decl(int width) {
            this.width = width;
        }

        void reg(String name, PageKind page, int offset, Access access, IndexKind index, int count, Binding binding,
                 String description, Field... fields) {
            boolean sideEffect = access == Access.RC || binding.op() == CoreOp.DEQUEUE || binding.status() == Status.NOTIFY
                    || binding.ipc() == IpcOp.RECEIVE || binding.ipc() == IpcOp.REPLY_POP;
            regs.add(new Register<>(name, page, offset, access, 0, count, SLOT, index, List.of(fields), description,
                    sideEffect, binding));
        }
    }
}
