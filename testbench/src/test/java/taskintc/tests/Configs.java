package taskintc.tests;

import java.util.List;

import taskintc.spec.BusKind;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.Trigger;

/** The named configurations the regression runs. */
final class Configs {
    private Configs() {}

    /** One context, one level, four entries, one hart, one (edge) source. */
    static final TaskIntcConfig SMALLEST = new TaskIntcConfig(1, 1, 4, 64, 1, 1, 0, 4, Trigger.EDGE, BusKind.AXI4LITE);
    static final TaskIntcConfig SMALL = new TaskIntcConfig(2, 4, 16, 64, 2, 8, 2, 4, Trigger.LEVEL, BusKind.AXI4LITE);
    static final TaskIntcConfig DEFAULT = TaskIntcConfig.defaults();
    static final TaskIntcConfig LARGE = new TaskIntcConfig(64, 32, 16384, 64, 8, 32, 4, 16, Trigger.LEVEL, BusKind.AXI4LITE);
    /** Many sources: regions grow to 8 KiB. */
    static final TaskIntcConfig MANY_SOURCES = new TaskIntcConfig(16, 8, 4096, 64, 4, 256, 8, 16, Trigger.EDGE, BusKind.AXI4LITE);
    static final TaskIntcConfig RV32 = new TaskIntcConfig(4, 8, 256, 32, 2, 16, 2, 12, Trigger.EDGE, BusKind.AXI4LITE);
    /** The scheduler alone: no wakeup unit at all. */
    static final TaskIntcConfig NO_IRQ = TaskIntcConfig.scheduler(8, 8, 1024, 64, 4, BusKind.AXI4LITE);

    /** IPC with shallow mailboxes (full inboxes and reply boxes are frequent), and on RV32 (32-bit words). */
    static final TaskIntcConfig SMALL_IPC = SMALL.withIpcChannels(2).withMailboxDepth(2).withIpcArgBytes(16).withIpcResultBytes(8);
    static final TaskIntcConfig RV32_IPC = RV32.withIpcChannels(3).withMailboxDepth(4);

    /** More IPC configurations for the bus regression (the core alone is the same as without IPC). */
    static List<TaskIntcConfig> ipc() {
        return List.of(SMALL_IPC, RV32_IPC);
    }

    static List<TaskIntcConfig> regression() {
        return selected(List.of(SMALLEST, SMALL, DEFAULT, LARGE, RV32, NO_IRQ, MANY_SOURCES).stream()).toList();
    }

    /**
     * -Dtaskintc.configs=TOP[,TOP...] keeps only the named configurations (top names, e.g. TaskIntc), so a
     * run such as {@code make coverage} can stay on the default configuration.
     */
    static java.util.stream.Stream<TaskIntcConfig> selected(java.util.stream.Stream<TaskIntcConfig> all) {
        String only = System.getProperty("taskintc.configs", "");
        if (only.isBlank()) return all;
        List<String> names = List.of(only.split(","));
        return all.filter(c -> names.contains(c.topName()));
    }
}
