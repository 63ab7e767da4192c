package taskintc.core;

import static taskintc.regmap.Access.RC;
import static taskintc.regmap.Access.RO;
import static taskintc.regmap.Access.WO;
import static taskintc.regmap.IndexKind.CONTEXT;
import static taskintc.regmap.IndexKind.HART;
import static taskintc.regmap.IndexKind.NONE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taskintc.regmap.Access;
import taskintc.regmap.Binding;
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
    public static final int VERSION = 1;
    public static final int SLOT = 8;

    public static RegisterMap declare(TaskIntcConfig cfg) {
        int w = cfg.taskWidth();
        Decl d = new Decl(w);

        // ---- control page (privileged) ----
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
                new Field("task_width_64", 27, 1, "1 when task words (and the bus) are 64 bits"));
        d.reg("pool_free", PageKind.CONTROL, 0x010, RO, NONE, 1, Binding.status(Status.POOL_FREE),
                "Free entries in the task pool shared by all contexts.",
                new Field("free", 0, cfg.countWidth(), "entries not holding a task"));
        d.reg("error", PageKind.CONTROL, 0x018, RC, NONE, 1, Binding.status(Status.CONTROL_ERROR),
                "Errors of accesses to the control page or to unmapped pages; sticky, a read returns and clears them.",
                errorFields());
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

        // ---- context page (one per process) ----
        d.reg("enqueue", PageKind.CONTEXT, 0x000, WO, NONE, 1, Binding.op(CoreOp.ENQUEUE_TAIL),
                "Write a task word: it joins the tail of its priority level. Refusals set POOL_FULL, BAD_PRIORITY or NULL_TASK.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("enqueue_head", PageKind.CONTEXT, 0x008, WO, NONE, 1, Binding.op(CoreOp.ENQUEUE_HEAD),
                "Write a task word: it joins the head of its priority level (for preempting wakeups).",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("remove", PageKind.CONTEXT, 0x010, WO, NONE, 1, Binding.op(CoreOp.REMOVE),
                "Write a task word: the oldest queued task equal to it is cancelled. Takes one cycle per task ahead of it "
                        + "in its level; sets NOT_FOUND when there is none. No other task moves.",
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
                        + "the context has none; the word becomes that hart's current_task.",
                TaskWord.fields(w).toArray(Field[]::new));

        List<Page> pages = List.of(
                new Page(PageKind.CONTROL, 0, RegisterMap.PAGE_BYTES, 1,
                        "Privileged control page: configuration and kernel-visible state. Map it to the kernel only."),
                new Page(PageKind.CONTEXT, RegisterMap.PAGE_BYTES, RegisterMap.PAGE_BYTES, cfg.contexts(),
                        "Context c's page is at base + 0x1000 * (c + 1). Map a process its own page and nothing else: "
                                + "its identity is the page it accesses."));

        Map<String, List<Field>> layouts = new LinkedHashMap<>();
        layouts.put("task_word", TaskWord.fields(w));

        Map<String, Long> constants = new LinkedHashMap<>();
        constants.put("PAGE_SIZE", (long) RegisterMap.PAGE_BYTES);
        constants.put("CONTEXTS", (long) cfg.contexts());
        constants.put("PRIORITIES", (long) cfg.priorities());
        constants.put("CAPACITY", (long) cfg.capacity());
        constants.put("HARTS", (long) cfg.harts());
        constants.put("TASK_WIDTH", (long) cfg.taskWidth());
        for (ErrorCode e : ErrorCode.values()) constants.put("ERR_" + e.name(), e.mask());

        return new RegisterMap(cfg.topName(), w, cfg.addressWidth(), cfg.asMap(), pages, d.regs, layouts, constants);
    }

    static long paramsWord(TaskIntcConfig cfg) {
        return cfg.contexts()
                | ((long) cfg.priorities() << 9)
                | ((long) Integer.numberOfTrailingZeros(cfg.capacity()) << 15)
                | ((long) cfg.harts() << 20)
                | ((cfg.taskWidth() == 64 ? 1L : 0L) << 27);
    }

    private static Field[] errorFields() {
        List<Field> f = new ArrayList<>();
        for (ErrorCode e : ErrorCode.values()) f.add(new Field(e.name().toLowerCase(), e.bit(), 1, e.description()));
        return f.toArray(Field[]::new);
    }

    /** Collects registers in declaration order. */
    private static final class Decl {
        final int width;
        final List<Register> regs = new ArrayList<>();

        Decl(int width) {
            this.width = width;
        }

        void reg(String name, PageKind page, int offset, Access access, IndexKind index, int count, Binding binding,
                 String description, Field... fields) {
            boolean sideEffect = access == Access.RC || binding.op() == CoreOp.DEQUEUE;
            regs.add(new Register(name, page, offset, access, 0, count, SLOT, index, List.of(fields), description,
                    sideEffect, binding));
        }
    }
}
