package taskintc.spec;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import taskintc.dsl.Hw;
import taskintc.regmap.RegisterMap;

/**
 * Every parameter of a generated controller, validated once, on construction: a bad value is refused with
 * every problem at once, each naming the parameter and its allowed range. Build one with {@link #builder()}
 * (named setters over the defaults) or from text keys ({@link Builder#set}: the command line and
 * properties files); named configurations are files in {@code configs/}.
 *
 * @param contexts     C: process address spaces, each with its own register region and ready queues
 * @param priorities   P: priority levels per context; 0 is the highest
 * @param capacity     N: task entries in the pool shared by ready and waiting tasks of every context (block RAM)
 * @param taskWidth    W: task-word and bus data width (64 for RV64, 32 for RV32)
 * @param harts        H: harts that dequeue; each has its own dequeue register on every context page
 * @param sources      I: interrupt sources tasks can wait on (0 leaves the wakeup unit out)
 * @param nicQueues    Q: NIC queue pairs; RX queue q drives source q, TX queue q drives source Q + q
 * @param pendingWidth bits of each source's saturating pending-event count
 * @param lineBuffer   0: each count in flip-flops with its own adder; k = 1..12: the counts in block RAM, k bits per line
 *                     in front of them (a pending bit, and for k > 1 a (k-1)-bit count of the events behind it: 2^(k-1)
 *                     events) and one read-modify-write a cycle folding a line's events into its count (an event on a
 *                     full line is lost and flagged)
 * @param ipcChannels  K: IPC channels each context can receive on (0 leaves the IPC unit out); channel K is the
 *                     system-call channel of the kernel context
 * @param mailboxDepth D: messages each context's inbox (and its reply box) holds
 * @param ipcArgBytes  bytes of arguments in a message (after the 3 header words: info pointer, task, type)
 * @param ipcResultBytes bytes of the result a reply carries back
 * @param commandStages registers between the register decoder and the units it feeds (scheduler, IPC unit): 1 starts
 *                     the units' paths at a register instead of at the bus (a higher Fmax), and a read answers one
 *                     cycle later; writes are posted, so their bus timing does not change
 * @param trigger      reset trigger of the generic sources (NIC sources are edge-counted)
 * @param bus          bus the register map is bound to
 * @param name         the top's Verilog name chosen by the user; empty: derived from the parameters ({@link #topName()})
 */
public record TaskIntcConfig(int contexts, int priorities, int capacity, int taskWidth, int harts, int sources,
                             int nicQueues, int pendingWidth, int lineBuffer, int ipcChannels, int mailboxDepth, int ipcArgBytes,
                             int ipcResultBytes, int commandStages, Trigger trigger, BusKind bus, String name) {

    public static final String DEFAULT_TOP = "TaskIntc";
    /** Text keys of every parameter, as long options and properties-file keys: the numbers, then trigger, bus, name. */
    public static final List<String> KEYS = keys();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    public TaskIntcConfig {
        if (name == null) name = "";
        Map<String, String> errors = new LinkedHashMap<>();
        range(errors, ConfigParam.CONTEXTS, contexts);
        range(errors, ConfigParam.PRIORITIES, priorities);
        range(errors, ConfigParam.CAPACITY, capacity);
        range(errors, ConfigParam.TASK_WIDTH, taskWidth);
        range(errors, ConfigParam.HARTS, harts);
        range(errors, ConfigParam.SOURCES, sources);
        range(errors, ConfigParam.NIC_QUEUES, nicQueues);
        range(errors, ConfigParam.PENDING_WIDTH, pendingWidth);
        range(errors, ConfigParam.LINE_BUFFER, lineBuffer);
        range(errors, ConfigParam.IPC_CHANNELS, ipcChannels);
        range(errors, ConfigParam.MAILBOX_DEPTH, mailboxDepth);
        range(errors, ConfigParam.IPC_ARG_BYTES, ipcArgBytes);
        range(errors, ConfigParam.IPC_RESULT_BYTES, ipcResultBytes);
        range(errors, ConfigParam.COMMAND_STAGES, commandStages);
        rule(errors, ConfigParam.CAPACITY, capacity, Hw.isPow2(capacity));
        rule(errors, ConfigParam.TASK_WIDTH, taskWidth, taskWidth == 32 || taskWidth == 64);
        rule(errors, ConfigParam.MAILBOX_DEPTH, mailboxDepth, Hw.isPow2(mailboxDepth));
        rule(errors, ConfigParam.IPC_ARG_BYTES, ipcArgBytes, ipcArgBytes % 8 == 0);
        rule(errors, ConfigParam.IPC_RESULT_BYTES, ipcResultBytes, ipcResultBytes % 8 == 0);
        if (ipcChannels > 0 && sources == 0)
            errors.putIfAbsent(ConfigParam.IPC_CHANNELS.key(), "--ipc-channels (" + ConfigParam.IPC_CHANNELS.description()
                    + ") must be 0 when --sources is 0: the IPC unit wakes handlers through the wakeup unit's preemption "
                    + "and notification logic; got " + ipcChannels);
        if (2L * nicQueues > sources)
            errors.putIfAbsent(ConfigParam.NIC_QUEUES.key(), "--nic-queues (" + ConfigParam.NIC_QUEUES.description()
                    + ") must be in 0..sources/2 = 0.." + Math.max(sources, 0) / 2 + " (each queue pair takes two of the --sources); got "
                    + nicQueues);
        if (trigger == null) errors.put("trigger", "--trigger " + Trigger.RANGE);
        if (bus == null) errors.put("bus", "--bus " + BusKind.RANGE);
        if (!name.isEmpty() && !IDENTIFIER.matcher(name).matches())
            errors.put("name", "--name (the top's Verilog module name and file prefix) must be a Verilog identifier: a letter "
                    + "or _, then letters, digits or _, at most 64 characters; got '" + name + "'");
        if (!errors.isEmpty()) throw new InvalidConfigException(List.copyOf(errors.values()));
    }

    private static void range(Map<String, String> errors, ConfigParam p, int v) {
        if (v < p.min() || v > p.max()) errors.putIfAbsent(p.key(), p.refusal(v));
    }

    private static void rule(Map<String, String> errors, ConfigParam p, int v, boolean ok) {
        if (!ok) errors.putIfAbsent(p.key(), p.refusal(v));
    }

    private static List<String> keys() {
        List<String> k = new ArrayList<>();
        for (ConfigParam p : ConfigParam.values()) k.add(p.key());
        k.addAll(List.of("trigger", "bus", "name"));
        return List.copyOf(k);
    }

    /** The default configuration: {@code TaskIntc}. */
    public static TaskIntcConfig defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration, to derive another from it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (ConfigParam p : ConfigParam.values()) b.values.put(p, p.of(this));
        return b.trigger(trigger).bus(bus).name(name);
    }

    /**
     * Collects parameters by name and validates them once, in {@link #build()}: values given as text that are
     * not numbers (or not a known bus or trigger) are reported there together with every range problem.
     */
    public static final class Builder {
        private final EnumMap<ConfigParam, Integer> values = new EnumMap<>(ConfigParam.class);
        private final Map<String, String> unreadable = new LinkedHashMap<>();
        private Trigger trigger = Trigger.LEVEL;
        private BusKind bus = BusKind.AXI4LITE;
        private String name = "";

        private Builder() {
            for (ConfigParam p : ConfigParam.values()) values.put(p, p.defaultValue());
        }

        public Builder set(ConfigParam p, int value) {
            values.put(p, value);
            unreadable.remove(p.key());
            return this;
        }

        public Builder contexts(int c) { return set(ConfigParam.CONTEXTS, c); }

        public Builder priorities(int p) { return set(ConfigParam.PRIORITIES, p); }

        public Builder capacity(int n) { return set(ConfigParam.CAPACITY, n); }

        public Builder taskWidth(int w) { return set(ConfigParam.TASK_WIDTH, w); }

        public Builder harts(int h) { return set(ConfigParam.HARTS, h); }

        public Builder sources(int i) { return set(ConfigParam.SOURCES, i); }

        public Builder nicQueues(int q) { return set(ConfigParam.NIC_QUEUES, q); }

        public Builder pendingWidth(int bits) { return set(ConfigParam.PENDING_WIDTH, bits); }

        public Builder lineBuffer(int bits) { return set(ConfigParam.LINE_BUFFER, bits); }

        public Builder ipcChannels(int k) { return set(ConfigParam.IPC_CHANNELS, k); }

        public Builder mailboxDepth(int d) { return set(ConfigParam.MAILBOX_DEPTH, d); }

        public Builder ipcArgBytes(int bytes) { return set(ConfigParam.IPC_ARG_BYTES, bytes); }

        public Builder ipcResultBytes(int bytes) { return set(ConfigParam.IPC_RESULT_BYTES, bytes); }

        public Builder commandStages(int stages) { return set(ConfigParam.COMMAND_STAGES, stages); }

        public Builder trigger(Trigger t) {
            trigger = t;
            unreadable.remove("trigger");
            return this;
        }

        public Builder bus(BusKind b) {
            bus = b;
            unreadable.remove("bus");
            return this;
        }

        /** The top's Verilog name; empty derives it from the parameters. */
        public Builder name(String n) {
            name = n == null ? "" : n;
            return this;
        }

        /**
         * Sets the parameter with text key {@code key} (one of {@link #KEYS}) from its text form, as given on the
         * command line or in a properties file. Throws IllegalArgumentException for an unknown key; a value that
         * cannot be read is reported by {@link #build()}.
         */
        public Builder set(String key, String text) {
            String v = text.trim();
            ConfigParam p = ConfigParam.byKey(key);
            if (p != null) {
                try {
                    return set(p, Integer.parseInt(v));
                } catch (NumberFormatException e) {
                    unreadable.put(key, "--" + key + " (" + p.description() + ") must be an integer in " + p.range() + "; got '" + text + "'");
                    return this;
                }
            }
            switch (key) {
                case "trigger" -> {
                    Trigger t = Trigger.byId(v);
                    if (t == null) unreadable.put(key, "--trigger " + Trigger.RANGE + "; got '" + text + "'");
                    else trigger(t);
                }
                case "bus" -> {
                    BusKind b = BusKind.byId(v);
                    if (b == null) unreadable.put(key, "--bus " + BusKind.RANGE + "; got '" + text + "'");
                    else bus(b);
                }
                case "name" -> name(v);
                default -> throw new IllegalArgumentException("unknown parameter '" + key + "'; known: " + String.join(", ", KEYS));
            }
            return this;
        }

        /** The configuration; throws {@link InvalidConfigException} listing every problem when it is not valid. */
        public TaskIntcConfig build() {
            List<String> problems = new ArrayList<>(unreadable.values());
            try {
                TaskIntcConfig cfg = new TaskIntcConfig(values.get(ConfigParam.CONTEXTS), values.get(ConfigParam.PRIORITIES),
                        values.get(ConfigParam.CAPACITY), values.get(ConfigParam.TASK_WIDTH), values.get(ConfigParam.HARTS),
                        values.get(ConfigParam.SOURCES), values.get(ConfigParam.NIC_QUEUES), values.get(ConfigParam.PENDING_WIDTH),
                        values.get(ConfigParam.LINE_BUFFER), values.get(ConfigParam.IPC_CHANNELS), values.get(ConfigParam.MAILBOX_DEPTH),
                        values.get(ConfigParam.IPC_ARG_BYTES), values.get(ConfigParam.IPC_RESULT_BYTES),
                        values.get(ConfigParam.COMMAND_STAGES), trigger, bus, name);
                if (problems.isEmpty()) return cfg;
            } catch (InvalidConfigException e) {
                problems.addAll(e.problems());
            }
            throw new InvalidConfigException(problems);
        }
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

    /** Rows of a context's that must read 0 after reset and after a scrub: its staged message and result words, its handlers (K + 1). */
    public int ipcContextRows() { return Math.max(messageWords(), Math.max(resultWords(), ipcChannels + 1)); }

    /** Cycles of the sweep after {@code ipc_scrub}: one step per inbox slot of every context, at least one per row of the scrubbed context's. */
    public int ipcScrubSweepCycles() { return Math.max(contexts * mailboxDepth, ipcContextRows()); }

    /**
     * Cycles the IPC unit spends zeroing its RAMs after reset, before it takes an access: per context, one step per
     * row of its ({@link #ipcContextRows}), of its inbox slots and of its grants (receivers x 2^ceil(log2 K) channels).
     */
    public int ipcClearCycles() {
        return contexts * Math.max(ipcContextRows(), Math.max(mailboxDepth, contexts << Hw.log2Up(ipcChannels)));
    }

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

    /** True for the default parameters (whatever the name). */
    public boolean isDefault() {
        return toBuilder().name("").build().equals(defaults());
    }

    /**
     * Verilog top and file name: the chosen {@link #name()}; else {@code TaskIntc} for the defaults, otherwise every
     * parameter in the name (so several configurations can share one design).
     */
    public String topName() {
        if (!name.isEmpty()) return name;
        if (isDefault()) return DEFAULT_TOP;
        return DEFAULT_TOP + "_c" + contexts + "_p" + priorities + "_n" + capacity + "_w" + taskWidth + "_h" + harts
                + "_i" + sources + "_q" + nicQueues + "_pw" + pendingWidth + (lineBuffer > 0 ? "_lb" + lineBuffer : "")
                + (hasIpc() ? "_k" + ipcChannels + "_d" + mailboxDepth + "_a" + ipcArgBytes + "_r" + ipcResultBytes : "")
                + (commandStages > 0 ? "_cs" + commandStages : "")
                + "_" + trigger.id() + "_" + bus.id();
    }

    /** Parameter values by key, in declaration order, for the register map and reports (the name is the top's). */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ConfigParam p : ConfigParam.values()) m.put(p.key(), p.of(this));
        m.put("trigger", trigger.id());
        m.put("bus", bus.id());
        return m;
    }
}
