package taskintc.bus;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Record;
import taskintc.spec.TaskIntcConfig;

/** One bus access, stripped of its protocol. */
public final class BusRequest extends Record {
    public final HwBool write = bool("write");
    /** Byte address within the controller's window. */
    public final HwUInt address;
    public final HwBits data;
    /** Every byte lane is written (partial writes are refused). */
    public final HwBool fullWidth = bool("fullWidth");

    public BusRequest(TaskIntcConfig cfg) {
        address = uint("address", cfg.addressWidth());
        data = bits("data", cfg.taskWidth());
    }
}
