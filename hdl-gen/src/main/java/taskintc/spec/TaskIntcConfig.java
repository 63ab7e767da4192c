package taskintc.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taskintc.dsl.Hw;
import taskintc.regmap.RegisterMap;

/**
 * Every parameter of a generated controller, validated on construction.
 *
 * @param contexts     C: process address spaces, each with its own register region and ready queues
 * @param priorities   P: priority levels per context; 0 is the highest
 * @param capacity     N: task entries in the pool shared by ready and waiting tasks of every context (block RAM)
 * @param taskWidth    W: task-word and bus data width (64 for RV64, 32 for RV32)
 * @param harts        H: harts that dequeue; each has its own dequeue register on every context page
 * @param sources      I: interrupt sources tasks can wait on (0 leaves the wakeup unit out)
 * @param nicQueues    Q: NIC queue pairs; RX queue q drives source q, TX queue q drives source Q + q
 * @param pendingWidth bits of each source's saturating pending-event count
 * @param ipcChannels  K: IPC channels each context can receive on (0 leaves the IPC unit out); channel K is the
 *                     system-call channel of the kernel context
 * @param mailboxDepth D: messages each context's inbox (and its reply box) holds
 * @param ipcArgBytes  bytes of arguments in a message (after the 3 header words: info pointer, task, type)
 * @param ipcResultBytes bytes of the result a reply carries back
 * @param trigger      reset trigger of the generic sources (NIC sources are edge-counted)
 * @param bus          bus the register map is bound to
 */
public record TaskIntcConfig(int contexts, int priorities, int capacity, int taskWidth, int harts, int sources,
                             int nicQueues, int pendingWidth, int ipcChannels, int mailboxDepth, int ipcArgBytes,
                             int ipcResultBytes, Trigger trigger, BusKind bus) {

    public static final String DEFAULT_TOP = "TaskIntc";

    /** One numeric parameter's name, allowed range and default, for validation, the CLI and the docs. */
    public record Param(String name, String description, long min, long max, long defaultValue, String rule) {
        public String range() {
            if (rule.startsWith("one of")) return rule;
            return rule.isEmpty() ? min + ".." + max : min + ".." + max + ", " + rule;
        }
    }

    public static final Param CONTEXTS = new Param("contexts", "process contexts C (one register region each)", 1, 128, 8, "");
    public static final Param PRIORITIES = new Param("priorities", "priority levels P (0 is highest)", 1, 32, 8, "");
    public static final Param CAPACITY = new Param("capacity", "task entries N in the shared pool", 4, 65536, 1024, "a power of two");
    public static final Param TASK_WIDTH = new Param("task-width", "task word and bus data width W", 32, 64, 64, "one of 32, 64");
    public static final Param HARTS = new Param("harts", "harts H (one dequeue register each per context page)", 1, 32, 4, "");
    public static final Param SOURCES = new Param("sources", "interrupt sources I (0: no wakeup unit)", 0, 1024, 32, "");
    public static final Param NIC_QUEUES = new Param("nic-queues", "NIC queue pairs Q (RX and TX lines per queue)", 0, 512, 4,
            "and 2*Q <= sources");
    public static final Param PENDING_WIDTH = new Param("pending-width", "bits of each source's pending-event count", 2, 24, 16, "");

    public static final Param IPC_CHANNELS = new Param("ipc-channels", "IPC channels K per receiving context (0: no IPC unit)",
            0, 15, 4, "and sources >= 1 when K > 0");
    public static final Param MAILBOX_DEPTH = new Param("mailbox-depth", "messages D in each context's inbox and reply box",
            2, 64, 4, "a power of two");
    public static final Param IPC_ARG_BYTES = new Param("ipc-arg-bytes", "argument bytes of an IPC message", 8, 128, 64,
            "a multiple of 8");
    public static final Param IPC_RESULT_BYTES = new Param("ipc-result-bytes", "result bytes of an IPC reply", 8, 64, 40,
            "a multiple of 8");

    /** Numeric parameters in record order (bus and trigger are named values). */
    public static final List<Param> PARAMS = List.of(CONTEXTS, PRIORITIES, CAPACITY, TASK_WIDTH, HARTS, SOURCES, NIC_QUEUES,
            PENDING_WIDTH, IPC_CHANNELS, MAILBOX_DEPTH, IPC_ARG_BYTES, IPC_RESULT_BYTES);

    /** Without the IPC unit (its other parameters at their defaults). */
    public TaskIntcConfig(int contexts, int priorities, int capacity, int taskWidth, int harts, int sources, int nicQueues,
                          int pendingWidth, Trigger trigger, BusKind bus) {
        this(contexts, priorities, capacity, taskWidth, harts, sources, nicQueues, pendingWidth, 0,
                (int) MAILBOX_DEPTH.defaultValue(), (int) IPC_ARG_BYTES.defaultValue(), (int) IPC_RESULT_BYTES.defaultValue(),
                trigger, bus);
    }

    public TaskIntcConfig {
        List<String> errors = problems(new long[]{contexts, priorities, capacity, taskWidth, harts, sources, nicQueues, pendingWidth,
                ipcChannels, mailboxDepth, ipcArgBytes, ipcResultBytes});
        if (bus == null) errors.add("--bus must be one of axi4lite, axi4, apb3, wishbone");
        if (trigger == null) errors.add("--trigger must be one of level, edge");
        if (!errors.isEmpty()) throw new InvalidConfigException(errors);
    }

    public static TaskIntcConfig defaults() {
        return new TaskIntcConfig(8, 8, 1024, 64, 4, 32, 4, 16, 4, 4, 64, 40, Trigger.LEVEL, BusKind.AXI4LITE);
    }

    /** The scheduler alone (no wakeup unit), otherwise as given. */
    public static TaskIntcConfig scheduler(int contexts, int priorities, int capacity, int taskWidth, int harts, BusKind bus) {
        return new TaskIntcConfig(contexts, priorities, capacity, taskWidth, harts, 0, 0, 16, Trigger.LEVEL, bus);
    }

    /** Every violated rule, each naming the parameter, its allowed range and the value given; values in {@link #PARAMS} order. */
    public static List<String> problems(long[] v) {
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < PARAMS.size(); i++) {
            Param p = PARAMS.get(i);
            if (v[i] < p.min || v[i] > p.max) errors.add(msg(p, v[i]));
        }
        long capacity = v[2], taskWidth = v[3], sources = v[5], nicQueues = v[6];
        if (capacity >= CAPACITY.min && capacity <= CAPACITY.max && !Hw.isPow2(capacity)) errors.add(msg(CAPACITY, capacity));
        if (taskWidth != 32 && taskWidth != 64) errors.add(msg(TASK_WIDTH, taskWidth));
        long ipcChannels = v[8], depth = v[9], argBytes = v[10], resultBytes = v[11];
        if (depth >= MAILBOX_DEPTH.min && depth <= MAILBOX_DEPTH.max && !Hw.isPow2(depth)) errors.add(msg(MAILBOX_DEPTH, depth));
        if (argBytes % 8 != 0) errors.add(msg(IPC_ARG_BYTES, argBytes));
        if (resultBytes % 8 != 0) errors.add(msg(IPC_RESULT_BYTES, resultBytes));
        if (ipcChannels > 0 && sources == 0)
            errors.add("--ipc-channels (" + IPC_CHANNELS.description + ") must be 0 when --sources is 0: the IPC unit wakes "
                    + "handlers through the wakeup unit's preemption and notification logic; got " + ipcChannels);
        if (nicQueues >= 0 && sources >= 0 && 2 * nicQueues > sources)
            errors.add("--nic-queues (" + NIC_QUEUES.description + ") must be in 0..sources/2 = 0.." + sources / 2
                    + " (each queue pair takes two of the --sources); got " + nicQueues);
        return errors;
    }

    private static String msg(Param p, long v) {
        String range = p.range();
        return "--" + p.name + " (" + p.description + ") must be " + (range.startsWith("one of") ? "" : "in ") + range + "; got " + v;
    }

    public long[] values() {
        return new long[]{contexts, priorities, capacity, taskWidth, harts, sources, nicQueues, pendingWidth, ipcChannels,
                mailboxDepth, ipcArgBytes, ipcResultBytes};
    }

    public static TaskIntcConfig of(long[] v, Trigger trigger, BusKind bus) {
        return new TaskIntcConfig((int) v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4], (int) v[5], (int) v[6], (int) v[7],
                (int) v[8], (int) v[9], (int) v[10], (int) v[11], trigger, bus);
    }

    public TaskIntcConfig withContexts(int c) { return with(0, c); }

    public TaskIntcConfig withPriorities(int p) { return with(1, p); }

    public TaskIntcConfig withCapacity(int n) { return with(2, n); }

    public TaskIntcConfig withTaskWidth(int w) { return with(3, w); }

    public TaskIntcConfig withHarts(int h) { return with(4, h); }

    public TaskIntcConfig withSources(int i) { return with(5, i); }

    public TaskIntcConfig withNicQueues(int q) { return with(6, q); }

    public TaskIntcConfig withPendingWidth(int pw) { return with(7, pw); }

    public TaskIntcConfig withIpcChannels(int k) { return with(8, k); }

    public TaskIntcConfig withMailboxDepth(int d) { return with(9, d); }

    public TaskIntcConfig withIpcArgBytes(int b) { return with(10, b); }

    public TaskIntcConfig withIpcResultBytes(int b) { return with(11, b); }

    public TaskIntcConfig withTrigger(Trigger t) { return of(values(), t, bus); }

    public TaskIntcConfig withBus(BusKind b) { return of(values(), trigger, b); }

    private TaskIntcConfig with(int index, long value) {
        long[] v = values();
        v[index] = value;
        return of(v, trigger, bus);
    }

    // ------------------------------------------------------------------ derived widths

    /** Bits of a pool index. */
    public int indexWidth() { return Hw.log2Up(capacity); }

    /** Bits of a count of 0..N entries. */
    public int countWidth() { return Hw.widthOf(capacity); }

    public int contextWidth() { return Hw.log2Up(contexts); }

    public int levelWidth() { return Hw.log2Up(priorities); }

    public int hartWidth() { return Hw.log2Up(harts); }

    /** Bits of a source number (1 when there are no sources, so ports keep a width). */
    public int sourceWidth() { return Hw.log2Up(Math.max(sources, 1)); }

    public boolean hasWakeup() { return sources > 0; }

    public boolean hasIpc() { return ipcChannels > 0; }

    /** Words of a message: info pointer, task word, type, then the arguments. */
    public int messageWords() { return 3 + ipcArgBytes * 8 / taskWidth; }

    public int resultWords() { return ipcResultBytes * 8 / taskWidth; }

    /** Bits of a channel number, the system-call channel K included. */
    public int channelWidth() { return Hw.log2Up(ipcChannels + 1); }

    /** Bits of the index of an IPC register array (message words, result words, channels). */
    public int ipcIndexWidth() { return Math.max(Hw.log2Up(messageWords()), Math.max(Hw.log2Up(resultWords()), channelWidth())); }

    /** Generic interrupt lines ({@code irq} port): the sources the NIC does not drive. */
    public int genericSources() { return sources - 2 * nicQueues; }

    /** Ready lists, one per (context, level). */
    public int lists() { return contexts * priorities; }

    public int listWidth() { return Hw.log2Up(lists()); }

    /** Regions: the control region, then one per context. */
    public int pages() { return contexts + 1; }

    /**
     * log2 of the region size: 4 KiB unless the per-source windows need more (the context region's wait
     * window at 0x800 holds 8 bytes per source; the control region's per-source status array must fit too).
     */
    public int regionBits() {
        int bits = RegisterMap.PAGE_BITS;
        while (!TaskIntcRegisters.fits(this, 1 << bits)) bits++;
        return bits;
    }

    public int addressWidth() { return regionBits() + Hw.log2Up(pages()); }

    public boolean isDefault() { return equals(defaults()); }

    /** Verilog top and file name: {@code TaskIntc} for the defaults, otherwise every parameter in the name. */
    public String topName() {
        if (isDefault()) return DEFAULT_TOP;
        return DEFAULT_TOP + "_c" + contexts + "_p" + priorities + "_n" + capacity + "_w" + taskWidth + "_h" + harts
                + "_i" + sources + "_q" + nicQueues + "_pw" + pendingWidth
                + (hasIpc() ? "_k" + ipcChannels + "_d" + mailboxDepth + "_a" + ipcArgBytes + "_r" + ipcResultBytes : "")
                + "_" + trigger.id() + "_" + bus.id();
    }

    /** Parameter values by CLI name, in declaration order, for the register map and reports. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        long[] v = values();
        for (int i = 0; i < PARAMS.size(); i++) m.put(PARAMS.get(i).name(), (int) v[i]);
        m.put("trigger", trigger.id());
        m.put("bus", bus.id());
        return m;
    }
}
