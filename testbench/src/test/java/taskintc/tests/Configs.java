package taskintc.tests;

import java.util.List;

import taskintc.core.BusKind;
import taskintc.core.TaskIntcConfig;

/** The named configurations the regression runs. */
final class Configs {
    private Configs() {}

    static final TaskIntcConfig SMALLEST = new TaskIntcConfig(1, 1, 4, 64, 1, BusKind.AXI4LITE);
    static final TaskIntcConfig SMALL = new TaskIntcConfig(2, 4, 16, 64, 2, BusKind.AXI4LITE);
    static final TaskIntcConfig DEFAULT = TaskIntcConfig.defaults();
    static final TaskIntcConfig LARGE = new TaskIntcConfig(64, 32, 16384, 64, 8, BusKind.AXI4LITE);
    static final TaskIntcConfig RV32 = new TaskIntcConfig(4, 8, 256, 32, 2, BusKind.AXI4LITE);

    static List<TaskIntcConfig> regression() {
        return List.of(SMALLEST, SMALL, DEFAULT, LARGE, RV32);
    }
}
