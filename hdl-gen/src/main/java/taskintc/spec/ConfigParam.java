package taskintc.spec;

import java.util.function.ToIntFunction;

/**
 * One numeric parameter of {@link TaskIntcConfig}: its key (the long option and the properties-file key),
 * what it means, its allowed range and default. The CLI's help, the validation messages and the docs'
 * parameter table all read this one list.
 */
public enum ConfigParam {
    CONTEXTS("contexts", "process contexts C (one register region each)", 1, 128, 8, "", TaskIntcConfig::contexts),
    PRIORITIES("priorities", "priority levels P (0 is highest)", 1, 32, 8, "", TaskIntcConfig::priorities),
    CAPACITY("capacity", "task entries N in the shared pool", 4, 65536, 1024, "a power of two", TaskIntcConfig::capacity),
    TASK_WIDTH("task-width", "task word and bus data width W", 32, 64, 64, "one of 32, 64", TaskIntcConfig::taskWidth),
    HARTS("harts", "harts H (one dequeue register each per context page)", 1, 32, 4, "", TaskIntcConfig::harts),
    SOURCES("sources", "interrupt sources I (0: no wakeup unit)", 0, 1024, 32, "", TaskIntcConfig::sources),
    NIC_QUEUES("nic-queues", "NIC queue pairs Q (RX and TX lines per queue)", 0, 512, 4, "and 2*Q <= sources",
            TaskIntcConfig::nicQueues),
    PENDING_WIDTH("pending-width", "bits of each source's pending-event count", 2, 24, 16, "", TaskIntcConfig::pendingWidth),
    IPC_CHANNELS("ipc-channels", "IPC channels K per receiving context (0: no IPC unit)", 0, 15, 4,
            "and sources >= 1 when K > 0", TaskIntcConfig::ipcChannels),
    MAILBOX_DEPTH("mailbox-depth", "messages D in each context's inbox and reply box", 2, 64, 4, "a power of two",
            TaskIntcConfig::mailboxDepth),
    IPC_ARG_BYTES("ipc-arg-bytes", "argument bytes of an IPC message", 8, 128, 64, "a multiple of 8", TaskIntcConfig::ipcArgBytes),
    IPC_RESULT_BYTES("ipc-result-bytes", "result bytes of an IPC reply", 8, 64, 40, "a multiple of 8", TaskIntcConfig::ipcResultBytes),
    LINE_BUFFER("line-buffer", "pending bits per line in front of the counts, which then live in block RAM (0: counts in flip-flops; k > 0: a line holds 2^(k-1) events before its fold, a pending bit and a (k-1)-bit count behind it; an event beyond them is lost and flagged)",
            0, 12, 0, "", TaskIntcConfig::lineBuffer),
    COMMAND_STAGES("command-stages", "registers between the register decoder and the units (1: reads answer a cycle later, for Fmax)",
            0, 1, 0, "", TaskIntcConfig::commandStages);

    private final String key;
    private final String description;
    private final int min, max, defaultValue;
    private final String rule;
    private final ToIntFunction<TaskIntcConfig> value;

    ConfigParam(String key, String description, int min, int max, int defaultValue, String rule,
                ToIntFunction<TaskIntcConfig> value) {
        this.key = key;
        this.description = description;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.rule = rule;
        this.value = value;
    }

    /** The long option ({@code --key}) and properties-file key. */
    public String key() { return key; }

    public String description() { return description; }

    public int min() { return min; }

    public int max() { return max; }

    public int defaultValue() { return defaultValue; }

    /** The allowed values as the help and the error messages say them, e.g. {@code 4..65536, a power of two}. */
    public String range() {
        if (rule.startsWith("one of")) return rule;
        return rule.isEmpty() ? min + ".." + max : min + ".." + max + ", " + rule;
    }

    /** This parameter's value in {@code cfg}. */
    public int of(TaskIntcConfig cfg) {
        return value.applyAsInt(cfg);
    }

    /** The one-line refusal of {@code got}, naming the option, what it means and its allowed values. */
    public String refusal(Object got) {
        String r = range();
        return "--" + key + " (" + description + ") must be " + (r.startsWith("one of") ? "" : "in ") + r + "; got " + got;
    }

    /** The parameter whose key is {@code key}, or null. */
    public static ConfigParam byKey(String key) {
        for (ConfigParam p : values()) if (p.key.equals(key)) return p;
        return null;
    }
}
