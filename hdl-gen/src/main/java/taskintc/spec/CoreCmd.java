package taskintc.spec;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Record;

/** One operation for the core, produced by the register-map decoder from one bus access. */
public final class CoreCmd extends Record {
    public final HwUInt op = uint("op", CoreOp.width());
    /** Status word read, or configuration written. */
    public final HwUInt status = uint("status", Status.width());
    /** Context of the page accessed, or the context a control-page array element names. */
    public final HwUInt context;
    /** Hart of a per-hart register. */
    public final HwUInt hart;
    /** Source of a per-source register (absent without sources). */
    public final HwUInt source;
    /** Element of an IPC register array: message or result word, or channel (absent without IPC). */
    public final HwUInt index;
    /** Write data, or the constant of a READ_CONST. */
    public final HwBits data;
    /** The access came through the control page (or no page): its errors go to the control error register. */
    public final HwBool control = bool("control");
    /** The bus expects read data back; echoed in the response. */
    public final HwBool read = bool("read");

    public CoreCmd(TaskIntcConfig cfg) {
        context = uint("context", cfg.contextWidth());
        hart = uint("hart", cfg.hartWidth());
        source = cfg.hasWakeup() ? uint("source", cfg.sourceWidth()) : null;
        index = cfg.hasIpc() ? uint("index", cfg.ipcIndexWidth()) : null;
        data = bits("data", cfg.taskWidth());
    }
}
