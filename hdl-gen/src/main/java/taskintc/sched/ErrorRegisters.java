package taskintc.sched;

import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.CONTEXT_FIELD_BITS;
import static taskintc.spec.TaskIntcRegisters.HART_CONTEXT_VALID_BIT;
import static taskintc.spec.TaskIntcRegisters.SOURCE_BITS;
import static taskintc.spec.TaskIntcRegisters.SOURCE_LSB;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.dsl.RowWrites;
import taskintc.spec.ConfigTarget;
import taskintc.spec.CoreOp;
import taskintc.spec.ErrorCode;
import taskintc.spec.Status;

/**
 * What S1 refuses, and where it is recorded: one error register per context (read through the context's
 * page, cleared by the read) and one for the control region. An enqueue or wait refused sets the first
 * reason that applies (NOT_GRANTED, BAD_PRIORITY, NULL_TASK, POOL_FULL); a refused access, or a
 * configuration write with a field out of range (which then changes nothing), sets BAD_ACCESS.
 *
 * <p>The context error registers are a memory ({@code errors}, built from logic while small), cleared after reset by
 * {@link InitSweep}: only bus commands read or write them, so S0 reads the row at the bus command's context (the walk's
 * while one runs), not at the entering operation's, and S1 has it with the write of S0's cycle bypassed. A row per
 * context in flip-flops would need a multiplexer over the contexts in S1.
 */
final class ErrorRegisters extends Part {
    /** The context error registers' one write port: S1's access, the walker's result (while S1 is empty), or the clearing
     *  after reset. */
    final RowWrites writes;
    /** The error register S1 reads: its context's, or the walk's while one runs (S1 is empty then). */
    final HwBits row1;
    final HwBits controlError;

    /** {@code grants} is null without sources. */
    ErrorRegisters(Circuit owner, SchedPipeline pipe, Grants grants, InitSweep sweep) {
        super(owner);
        var cfg = pipe.cfg;
        var s1 = pipe.s1;
        int width = ErrorCode.Group.SCHEDULER.width();
        Ram errors = ram("errors", 1 << cfg.contextWidth(), width).inLogicIfSmall();
        writes = new RowWrites(owner, "errors", errors);
        writes.write(sweep.sweeping, sweep.contextAt, Hw.bitsLit(0, width));
        controlError = regBits("controlError", width, 0);

        HwBits refusal = wireBits("s1_error", width);
        refusal.assign(0);
        when(s1.valid.and(s1.isEnq.or(s1.op.eq(CoreOp.WAIT.ordinal()))), () -> {
            when(s1.op.eq(CoreOp.WAIT.ordinal()).and(s1.granted.not()), () -> refusal.assign(ErrorCode.NOT_GRANTED.mask()))
                    .elseWhen(s1.priorityOk.not(), () -> refusal.assign(ErrorCode.BAD_PRIORITY.mask()))
                    .elseWhen(s1.pointerNull, () -> refusal.assign(ErrorCode.NULL_TASK.mask()))
                    .elseWhen(s1.poolFull.and(s1.setHandler.not()), () -> refusal.assign(ErrorCode.POOL_FULL.mask()));
        });

        HwBool configRefused = wireBool("s1_configRefused");
        configRefused.assign(false);
        if (pipe.irq) {
            HwUInt source = s1.data.slice(SOURCE_LSB, SOURCE_BITS).asUInt();
            HwUInt context = s1.data.slice(0, CONTEXT_FIELD_BITS).asUInt();
            HwUInt hart = s1.data.slice(0, 5).asUInt();
            HwBool sourceOk = source.lt(cfg.sources());
            switchOn(s1.status, cases -> cases
                    .is(ConfigTarget.GRANT.ordinal(), () -> configRefused.assign(grants.inRange1.not()))
                    .is(ConfigTarget.SOURCE_CONFIG.ordinal(), () -> configRefused.assign(sourceOk.not()))
                    .is(ConfigTarget.NIC_COALESCE.ordinal(), () -> configRefused.assign(source.lt(2L * cfg.nicQueues()).not()))
                    .is(ConfigTarget.INJECT.ordinal(), () -> configRefused.assign(sourceOk.not()))
                    .is(ConfigTarget.NOTIFY_HART.ordinal(), () -> configRefused.assign(hart.lt(cfg.harts()).not()))
                    .is(ConfigTarget.HART_CONTEXT.ordinal(), () -> configRefused.assign(
                            s1.data.bit(HART_CONTEXT_VALID_BIT).and(context.lt(cfg.contexts()).not()))));
            s1.configOk.assign(s1.isConfig.and(configRefused.not()));
        }

        // Internal work (wakeups, deliveries) has no page to report to.
        HwBits badAccess = Hw.bitsLit(ErrorCode.BAD_ACCESS.mask(), width);
        HwBits none = Hw.bitsLit(0, width);
        HwBool faults = s1.isFault.or(s1.isConfig.and(configRefused));
        row1 = wireBits("s1_contextError", writes.readSync(errors, "s1_contextError", mux(pipe.walkActive, pipe.walkContext, pipe.bus.context)));
        HwBits e = row1;
        HwBool readClears = s1.isRead.and(s1.status.eq(Status.CONTEXT_ERROR.ordinal()));
        writes.write(s1.valid.and(s1.control.not()).and(s1.internal.not()), s1.context,
                mux(readClears, none, e).or(refusal).or(mux(faults, badAccess, none)));
        when(s1.valid.and(s1.control).and(s1.internal.not()), () -> {
            HwBool clear = s1.isRead.and(s1.status.eq(Status.CONTROL_ERROR.ordinal()));
            controlError.assign(mux(clear, none, controlError).or(mux(faults, badAccess, none)));
        });
    }
}
