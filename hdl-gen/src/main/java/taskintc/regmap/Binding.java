package taskintc.regmap;

import taskintc.core.ConfigTarget;
import taskintc.core.CoreOp;
import taskintc.core.Status;

/**
 * How a register reaches the controller core: the operation a write (or a read with a side effect)
 * starts, the status word a read returns, or a constant.
 */
public record Binding(CoreOp op, Status status, ConfigTarget config, long constant) {
    public static Binding op(CoreOp op) {
        return new Binding(op, null, null, 0);
    }

    public static Binding status(Status status) {
        return new Binding(CoreOp.READ_STATUS, status, null, 0);
    }

    public static Binding config(ConfigTarget target) {
        return new Binding(CoreOp.WRITE_CONFIG, null, target, 0);
    }

    public static Binding constant(long value) {
        return new Binding(CoreOp.READ_CONST, null, null, value);
    }

    /** The selector the core receives: the status word read or the configuration written. */
    public int selector() {
        return status != null ? status.ordinal() : config != null ? config.ordinal() : 0;
    }
}
