package taskintc.spec;

import static taskintc.regmap.Access.RC;
import static taskintc.regmap.Access.RO;
import static taskintc.regmap.Access.WO;
import static taskintc.regmap.IndexKind.CONTEXT;
import static taskintc.regmap.IndexKind.HART;
import static taskintc.regmap.IndexKind.NONE;
import static taskintc.regmap.IndexKind.SOURCE;

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
    public static final int VERSION = 4;
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
    /** The token in the received-message header (ipc_receive, ipc_take) that ipc_reply names: tag, slot, owner. */
    public static final int IPC_TAG_LSB = 12, IPC_TAG_BITS = 4, IPC_SLOT_LSB = 16, IPC_SLOT_BITS = 6, IPC_OWNER_LSB = 24,
            IPC_OWNER_BITS = 7;
    /**
     * Cycles from the cycle an accepted send (or system call) or reply is accepted to the first cycle in which an accepted
     * dequeue in the receiver's (the sender's) context returns the task it makes ready: a reply decides a cycle after it
     * executes. {@code make bench} measures them; IpcDirectedTest checks them.
     */
    public static final int IPC_SEND_TO_READY_CYCLES = 3, IPC_REPLY_TO_READY_CYCLES = 4;
    public static final int GRANT_IPC_SENDER_LSB = 0, GRANT_IPC_RECEIVER_LSB = 8, GRANT_IPC_CHANNEL_LSB = 16;
    /** IPC windows of a context region (fixed: the parameter ranges keep every array inside its window). */
    public static final int IPC_SEND = 0x040, IPC_SYSCALL = 0x048, IPC_RECEIVE = 0x050, IPC_REPLY = 0x058,
            IPC_REPLY_POP = 0x060, IPC_STATUS = 0x068, IPC_ERROR = 0x070, IPC_TAKE = 0x078, IPC_HANDLER = 0x200, IPC_RESULT = 0x280,
            IPC_REPLY_DATA = 0x300, IPC_MESSAGE = 0x400, IPC_RX = 0x600;
    /** IPC registers of the control region. */
    public static final int IPC_GRANT = 0x058, IPC_SYSCALL_CONTEXT = 0x060, IPC_CONTROL_ERROR = 0x068, IPC_SCRUB = 0x070;

    /** Offset of the per-source wait window in a context region. */
    public static int waitOffset(TaskIntcConfig cfg) {
        return alignUp(0x800, arrayBytes(cfg.sources()));
    }

    /** Offset of the per-source cancel_wait window in a context region: right after the wait window. */
    public static int cancelWaitOffset(TaskIntcConfig cfg) {
        return waitOffset(cfg) + windowBytes(cfg.sources());
    }

    /** The bytes the decoder gives an array: a power of two with at least one index bit (two slots). */
    private static int windowBytes(int count) {
        return Math.max(arrayBytes(count), 2 * SLOT);
    }

    /** Offset of the per-source status array in the control region. */
    public static int sourceStatusOffset(TaskIntcConfig cfg) {
        return alignUp(0xC00, arrayBytes(cfg.sources()));
    }

    /** True when every window fits in regions of {@code regionBytes}. */
    static boolean fits(TaskIntcConfig cfg, int regionBytes) {
        if (cfg.sources() == 0) return regionBytes >= RegisterMap.PAGE_BYTES;
        int a = arrayBytes(cfg.sources());
        return cancelWaitOffset(cfg) + windowBytes(cfg.sources()) <= regionBytes && sourceStatusOffset(cfg) + a <= regionBytes;
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
        d.reset((MAGIC << 8) | VERSION).reg("id", PageKind.CONTROL, 0x000, RO, NONE, 1, Binding.constant((MAGIC << 8) | VERSION),
                "Block identification; read it to find the controller and its register layout version.",
                new Field("version", 0, 8, "register layout version"),
                new Field("magic", 8, 24, "0x544943 (\"TIC\")"));
        d.reset(paramsWord(cfg)).reg("params", PageKind.CONTROL, 0x008, RO, NONE, 1, Binding.constant(paramsWord(cfg)),
                "Generator parameters of this instance, so one driver serves every configuration.",
                new Field("contexts", 0, 9, "number of contexts C"),
                new Field("priorities", 9, 6, "number of priority levels P"),
                new Field("log2_capacity", 15, 5, "log2 of the pool capacity N"),
                new Field("harts", 20, 7, "number of harts H"),
                new Field("task_width_64", 27, 1, "1 when task words (and the bus) are 64 bits"),
                new Field("log2_region", 28, 4, "log2 of the region size minus 12 (0: 4 KiB regions)"));
        d.reset(cfg.capacity()).reg("pool_free", PageKind.CONTROL, 0x010, RO, NONE, 1, Binding.status(Status.POOL_FREE),
                "Free entries in the task pool shared by ready and waiting tasks of all contexts.",
                new Field("free", 0, cfg.countWidth(), "entries not holding a task"));
        d.reg("error", PageKind.CONTROL, 0x018, RC, NONE, 1, Binding.status(Status.CONTROL_ERROR),
                "Errors of accesses to the control region or to unmapped regions (BAD_ACCESS for a refused access or an "
                        + "out-of-range configuration write); sticky, a read returns and clears them.",
                errorFields());
        if (irq) {
            d.reg("grant", PageKind.CONTROL, 0x020, WO, NONE, 1, Binding.config(ConfigTarget.GRANT),
                    "Allow (or forbid) a context to wait on a source. Until granted, a wait or cancel_wait sets NOT_GRANTED and changes "
                            + "nothing. Revoking refuses later waits and cancel_waits only: the context's waiters already queued on the "
                            + "source stay and are woken by its events (cancel them first to take them off).",
                    sourceField(), new Field("context", GRANT_CONTEXT_LSB, CONTEXT_FIELD_BITS, "context"),
                    new Field("allow", GRANT_ALLOW_BIT, 1, "1 grants, 0 revokes"));
            d.reg("source_config", PageKind.CONTROL, 0x028, WO, NONE, 1, Binding.config(ConfigTarget.SOURCE_CONFIG),
                    "Configure a source. Clearing persistent drops its handler. The write clears the source's lost flag; its pending "
                            + "count and waiters stay.", sourceField(),
                    new Field("edge", CFG_EDGE_BIT, 1, "1: every rising edge is an event; 0: level, one event per high period"),
                    new Field("wake_all", CFG_WAKE_ALL_BIT, 1, "1: an event wakes the source's waiters, oldest first, one every 4 "
                            + "cycles (the core takes one wakeup of a source at a time), until none is left: a wait that joins "
                            + "meanwhile is woken by it too; 0: the oldest one. No effect while persistent"),
                    new Field("persistent", CFG_PERSISTENT_BIT, 1, "1: a wait registers a handler that stays armed; "
                            + "each event enqueues a copy of it, and waiters queued before stay queued, unwoken, until persistent "
                            + "is cleared. The handler holds no pool entry; each copy holds one until it is dequeued; with the "
                            + "pool full the event stays pending and its copy is made when an entry frees"),
                    new Field("masked", CFG_MASKED_BIT, 1, "1: new events, from the line or from inject, are ignored (and the "
                            + "NIC is told to hold them); events already pending are still delivered. An event is a rising edge (a "
                            + "level source's high period starts with one), so a line that rose while masked brings none when unmasked"));
            d.reg("nic_coalesce", PageKind.CONTROL, 0x030, WO, NONE, 1, Binding.config(ConfigTarget.NIC_COALESCE),
                    "Interrupt coalescing of a NIC source: one event after K NIC events or T cycles after the first, "
                            + "whichever comes first. K <= 1 (K = 0 behaves as 1) and T = 0 turn it off. The NIC's acknowledge "
                            + "(nic_rx_ack / nic_tx_ack bit q) pulses for one cycle the cycle after a batch completes, and its mask "
                            + "output follows the source's masked bit one cycle after the source_config write. Edges arriving while "
                            + "the source is masked still count towards the current batch; a batch that completes while masked is "
                            + "dropped (its acknowledge still pulses). Neither this write nor masking resets a partial batch: a new K "
                            + "at or below its count, or a new T at or below its age, completes it in the next cycle. A source "
                            + "outside the NIC's sets BAD_ACCESS.",
                    sourceField(), new Field("count", COALESCE_COUNT_LSB, COALESCE_COUNT_BITS, "K"),
                    new Field("time", COALESCE_TIME_LSB, COALESCE_TIME_BITS, "T in cycles, 0: no timer"));
            d.reg("inject", PageKind.CONTROL, 0x038, WO, NONE, 1, Binding.config(ConfigTarget.INJECT),
                    "Simulated event on a source, for tests and bring-up (privileged only): counted like an event on the "
                            + "source's line, so a masked source ignores it. With a task waiting and nothing else competing, its "
                            + "wakeup executes 5 cycles after the write is accepted (the count rises 2 cycles after, and the source is not "
                            + "picked while the write is still in the core); a dequeue accepted then returns the task.",
                    sourceField());
            d.reg("notify", PageKind.CONTROL, 0x040, RO, NONE, 1, Binding.status(Status.NOTIFY),
                    "Kernel notification: a read returns the lowest context that had a task woken while no hart ran it, "
                            + "and clears it. The notify hart's supervisor software interrupt is high while any is pending.",
                    new Field("context", 0, CONTEXT_FIELD_BITS, "context"), new Field("valid", 31, 1, "1 when a context is returned"));
            d.reg("notify_hart", PageKind.CONTROL, 0x048, WO, NONE, 1, Binding.config(ConfigTarget.NOTIFY_HART),
                    "Hart whose supervisor software interrupt carries kernel notifications (reset 0).",
                    new Field("hart", 0, 5, "hart"));
            d.reg("usip", PageKind.CONTROL, 0x050, RO, NONE, 1, Binding.status(Status.USIP),
                    "Harts with a user software (preemption) interrupt pending; hart h's clears when it dequeues. A task "
                            + "with its preempt bit set made ready by a wakeup, a handler copy, a wait served from a pending event "
                            + "or an IPC delivery (not by enqueue) sets the bit of the hart, among those running its context "
                            + "(hart_context), whose current task has the lowest priority below the task's (an idle hart counts as "
                            + "lowest; the lowest-numbered hart among equals); none when each runs a task of equal or higher priority. "
                            + "Made ready that way in a context no hart runs, a task (preempt bit or not) notifies the kernel "
                            + "instead (notify). The usip "
                            + "and ssip outputs change 2 cycles after the operation that sets or clears them executes (the "
                            + "core's S1, the cycle after it is accepted); a notify_hart write moves ssip 1 cycle after it executes.",
                    new Field("harts", 0, cfg.harts(), "bit h for hart h"));
            d.reg("hart_context", PageKind.CONTROL, 0x300, WO, HART, cfg.harts(), Binding.config(ConfigTarget.HART_CONTEXT),
                    "Per hart: the context it runs, written by the kernel at each context switch. Wakeups into a context "
                            + "no hart runs raise a kernel notification.",
                    new Field("context", 0, CONTEXT_FIELD_BITS, "context"), new Field("valid", HART_CONTEXT_VALID_BIT, 1, "1: running it"));
        }
        if (cfg.hasIpc()) IpcRegisters.declareControl(d, cfg);
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
            d.reset(sourceStatusResets(cfg)).reg("source_status", PageKind.CONTROL, sourceStatusOffset(cfg), RO, SOURCE, cfg.sources(),
                    Binding.status(Status.SOURCE_STATUS),
                    "Per source: events not yet delivered and the source's state. A source with an event to deliver and a "
                            + "waiter (or a persistent handler and a free pool entry) has its next task made ready within "
                            + deliveryBound(cfg) + " cycles (4 per source, plus 8), not counting cycles the core spends on removes. "
                            + "A pending count that would pass its maximum stays there and sets lost: the events beyond it are lost."
                            + (cfg.lineBuffer() == 1 ? " The counts are in block RAM behind one pending bit per line: each cycle one "
                            + "read-modify-write folds a source's bit into its count (the source of the scheduler's S1 update that cycle, "
                            + "else the source the wakeup picker chose that cycle, in rotation among the lines whose bit is set or "
                            + "that have an event and the sources with something to deliver; and the line's event of that cycle with it); an event on a line whose bit is still set and that is not folded in its cycle is lost "
                            + "and sets lost. Until its fold the count shows min(count + bit, maximum), and lost shows count + bit > maximum." : "")
                            + (cfg.lineBuffer() > 1 ? " The counts are in block RAM behind " + cfg.lineBuffer() + " bits per line, which "
                            + "hold " + (1 << (cfg.lineBuffer() - 1)) + " events (a pending bit and a count of the events after it): each "
                            + "cycle one read-modify-write folds a source's line events into its count (the source of the scheduler's S1 "
                            + "update that cycle, else the source the wakeup picker chose that cycle, in rotation among the lines that "
                            + "hold events or have an event and the sources with something to deliver; and the line's event of that cycle "
                            + "with it); an event on a full line that is not folded in its cycle is lost and sets lost. Until its fold the "
                            + "count shows min(count + line events, maximum), and lost shows count + line events > maximum." : "")
                            + (cfg.lineBuffer() > 0 ? " The lost flag and the mask are in the count's RAM word: a source_config write "
                            + "clears lost a cycle later than the counters do, when its update folds the source (the events its line "
                            + "lost until then are cleared with it), so a status read in the cycle after the write's own may still "
                            + "show it." : ""),
                    new Field("pending", 0, Math.min(cfg.pendingWidth(), STATUS_PENDING_BITS), "pending events (saturating)"),
                    new Field("waiting", ST_WAITING, 1, "one-shot waiters are queued"),
                    new Field("handler", ST_HANDLER, 1, "a persistent handler is registered"),
                    new Field("edge", ST_EDGE, 1, "edge triggered"), new Field("wake_all", ST_WAKE_ALL, 1, "wake-all mode"),
                    new Field("persistent", ST_PERSISTENT, 1, "persistent mode"), new Field("masked", ST_MASKED, 1, "masked"),
                    new Field("lost", ST_LOST, 1, cfg.lineBuffer() > 0
                            ? "an event was lost: the pending count was saturated, or its line" + (cfg.lineBuffer() == 1
                                    ? "'s bit was still set" : " was full") + "; sticky until "
                                    + "the source's next source_config write"
                            : "an event was lost because the pending count was saturated; sticky until the source's next "
                                    + "source_config write"));

        // ---- context region (one per process) ----
        d.reg("enqueue", PageKind.CONTEXT, 0x000, WO, NONE, 1, Binding.op(CoreOp.ENQUEUE_TAIL),
                "Write a task word: it joins the tail of its priority level. A refusal sets one error bit, the first that "
                        + "applies of BAD_PRIORITY, NULL_TASK, POOL_FULL.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("enqueue_head", PageKind.CONTEXT, 0x008, WO, NONE, 1, Binding.op(CoreOp.ENQUEUE_HEAD),
                "Write a task word: it joins the head of its priority level (for preempting wakeups). Refusals as enqueue.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("remove", PageKind.CONTEXT, 0x010, WO, NONE, 1, Binding.op(CoreOp.REMOVE),
                "Write a task word: the oldest queued (ready) task equal to it is cancelled; BAD_PRIORITY, else NOT_FOUND "
                        + "when there is none. No other task moves. The core takes nothing else (no access, no wakeup) from the "
                        + "cycle the remove waits for its pipeline to drain (at most 2 cycles) until it answers: 1 cycle after it "
                        + "is accepted for a bad priority, j + 5 when the task had j tasks ahead of it, L + 2 when none of its "
                        + "level's L tasks equals it (2 for an empty level).",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("count", PageKind.CONTEXT, 0x018, RO, NONE, 1, Binding.status(Status.CONTEXT_COUNT),
                "Tasks in this context's ready queues.",
                new Field("ready", 0, cfg.countWidth(), "queued tasks"));
        d.reg("levels", PageKind.CONTEXT, 0x020, RO, NONE, 1, Binding.status(Status.CONTEXT_LEVELS),
                "Bitmap of this context's non-empty priority levels (bit p for level p).",
                new Field("levels", 0, cfg.priorities(), "non-empty levels"));
        d.reg("error", PageKind.CONTEXT, 0x028, RC, NONE, 1, Binding.status(Status.CONTEXT_ERROR),
                "Errors of this context's operations; sticky, a read returns and clears them. A refused operation sets "
                        + "exactly one bit, by the precedence its register states.",
                errorFields());
        d.reg("dequeue", PageKind.CONTEXT, 0x100, RO, HART, cfg.harts(), Binding.op(CoreOp.DEQUEUE),
                "Per hart: a read pops the highest-priority task (FIFO within a level) and returns its word, or 0 when "
                        + "the context has none; the word becomes that hart's current_task and its preemption interrupt clears.",
                TaskWord.fields(w).toArray(Field[]::new));
        if (irq)
            d.reg("wait", PageKind.CONTEXT, waitOffset(cfg), WO, SOURCE, cfg.sources(), Binding.op(CoreOp.WAIT),
                    "Per source s: write a task word to wait on s. One write: the task is parked in the controller and "
                            + "moved to its ready queue by an event of the source, waiters in the order they came (at the head of "
                            + "its level when its preempt bit is set); an event already pending wakes it at once when no other "
                            + "waiter is queued. On a persistent source the word becomes the source's handler, replacing the one "
                            + "registered (no pool entry taken), and each event already pending makes a copy of it, as later ones "
                            + "do. A refusal sets one error bit, the first that applies of NOT_GRANTED, BAD_PRIORITY, NULL_TASK, "
                            + "POOL_FULL (never POOL_FULL on a persistent source).",
                    TaskWord.fields(w).toArray(Field[]::new));
        if (irq)
            d.reg("cancel_wait", PageKind.CONTEXT, cancelWaitOffset(cfg), WO, SOURCE, cfg.sources(), Binding.op(CoreOp.CANCEL_WAIT),
                    "Per source s: write a task word to take it off s's wait list (for timeouts and select). The oldest "
                            + "waiter of s that is this context's and equal to the word is cancelled: its pool entry is freed "
                            + "and no other waiter moves. The result, in this context's error register: nothing set when it "
                            + "was waiting and is cancelled; else one bit, the first that applies of NOT_GRANTED (the context "
                            + "is not granted s), NOT_FOUND (no such waiter: already woken, or never waited). Events are "
                            + "never touched: a pending count stays, an event arriving during the walk stays pending and goes "
                            + "to the next waiter (or waits for one). A persistent handler is not a waiter (source_config "
                            + "clears it). Timing: the core takes nothing else (no access, no wakeup, no new pick) from the "
                            + "cycle the cancel is offered, while it waits for a wakeup already picked and its pipeline to "
                            + "drain (at most 3 cycles), until it answers: 2 cycles after it is accepted when refused or "
                            + "when s has no waiter, j + 5 when the task had j waiters ahead of it, L + 2 when none of "
                            + "s's L waiters is it.",
                    TaskWord.fields(w).toArray(Field[]::new));

        if (cfg.hasIpc()) IpcRegisters.declareContext(d, cfg);

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

    /** The delivery bound K of the register map: the picker serves sources in rotation, up to 4 cycles each. */
    public static int deliveryBound(TaskIntcConfig cfg) {
        return 4 * cfg.sources() + 8;
    }

    /** After reset a source's status shows only its trigger: edge for the NIC's sources and with --trigger edge. */
    private static long[] sourceStatusResets(TaskIntcConfig cfg) {
        long[] v = new long[cfg.sources()];
        for (int s = 0; s < v.length; s++)
            v[s] = s < 2 * cfg.nicQueues() || cfg.trigger() == Trigger.EDGE ? 1L << ST_EDGE : 0;
        return v;
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
    static final class Decl {
        final int width;
        final List<Register<Binding>> regs = new ArrayList<>();
        private long[] nextReset;

        Decl(int width) {
            this.width = width;
        }

        /** The reset value(s) of the next register declared: one for all elements, or one per element. */
        Decl reset(long... values) {
            nextReset = values;
            return this;
        }

        /** Declares a register; a readable one reads 0 after reset unless {@link #reset} said otherwise. */
        void reg(String name, PageKind page, int offset, Access access, IndexKind index, int count, Binding binding,
                 String description, Field... fields) {
            boolean sideEffect = access == Access.RC || binding.op() == CoreOp.DEQUEUE || binding.status() == Status.NOTIFY
                    || binding.ipc() == IpcOp.RECEIVE || binding.ipc() == IpcOp.TAKE || binding.ipc() == IpcOp.REPLY_POP;
            List<Long> resets = new ArrayList<>();
            if (nextReset != null) for (long v : nextReset) resets.add(v);
            else if (access != Access.WO) resets.add(0L);
            nextReset = null;
            regs.add(new Register<>(name, page, offset, access, resets, count, SLOT, index, List.of(fields), description,
                    sideEffect, binding));
        }
    }
}
