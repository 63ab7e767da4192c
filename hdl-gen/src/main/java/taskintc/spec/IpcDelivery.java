package taskintc.spec;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Record;

/** A task word the IPC unit hands the scheduler to make ready in a context: a handler for a message, or the caller for a reply. */
public final class IpcDelivery extends Record {
    public final HwUInt context;
    public final HwBits word;

    public IpcDelivery(TaskIntcConfig cfg) {
        context = uint("context", cfg.contextWidth());
        word = bits("word", cfg.taskWidth());
    }
}
