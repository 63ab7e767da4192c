package taskintc.spec;

import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.Record;

/** The answer to one {@link CoreCmd}, in command order. */
public final class CoreRsp extends Record {
    public final HwBits data;
    /** The access was refused: the bus answers with an error. */
    public final HwBool fault = bool("fault");
    /** Echo of the command's read flag. */
    public final HwBool read = bool("read");

    public CoreRsp(TaskIntcConfig cfg) {
        data = bits("data", cfg.taskWidth());
    }
}
