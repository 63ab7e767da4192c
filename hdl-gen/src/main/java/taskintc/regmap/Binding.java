package taskintc.regmap;

import taskintc.core.CoreOp;
import taskintc.core.Status;

/**
 * How a register reaches the controller core: the operation a write (or a read with a side effect)
 * starts, the status word a read returns, or a constant.
 */
public record Binding(CoreOp op, Status status, long constant) {
    public static Binding op(CoreOp op) {
        return new Binding(op, null, 0);
    }

    public static Binding status(Status status) {
        return new Binding(CoreOp.READ_STATUS, status, 0);
    }

    public static Binding constant(long value) {
        return new Binding(CoreOp.READ_CONST, null, value);
    }
}
