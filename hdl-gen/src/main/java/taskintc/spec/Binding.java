package taskintc.spec;


/**
 * How a register reaches the controller core: the operation a write (or a read with a side effect)
 * starts, the status word a read returns, or a constant.
 */
public record Binding(CoreOp op, Status status, ConfigTarget config, IpcOp ipc, long constant) {
    public static Binding op(CoreOp op) {
        return new Binding(op, null, null, null, 0);
    }

    public static Binding status(Status status) {
        return new Binding(CoreOp.READ_STATUS, status, null, null, 0);
    }

    public static Binding config(ConfigTarget target) {
        return new Binding(CoreOp.WRITE_CONFIG, null, target, null, 0);
    }

    /** An access executed by the IPC unit. */
    public static Binding ipc(IpcOp op) {
        return new Binding(CoreOp.IPC, null, null, op, 0);
    }

    public static Binding constant(long value) {
        return new Binding(CoreOp.READ_CONST, null, null, null, value);
    }

    /** The selector the core receives: the status word read, the configuration written or the IPC operation. */
    public int selector() {
        return status != null ? status.ordinal() : config != null ? config.ordinal() : ipc != null ? ipc.ordinal() : 0;
    }
}
