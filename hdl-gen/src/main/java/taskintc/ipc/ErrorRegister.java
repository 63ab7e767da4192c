package taskintc.ipc;

import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.ErrorCode;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * The IPC error bits: one sticky register per context ({@code ipc_error} on its region), a row of a RAM, and one
 * for the control region in flip-flops. The access in I1 sets at most one bit ({@link #refuse}), or a reply
 * deciding in I2 ({@link #refuseInI2}); reading the register returns it and clears it. Every context-region access
 * reads its context's row in I0 and writes it back in I1, so the row an access reads right behind another of the
 * same context comes from a one-entry bypass of the last write. Zeroed after reset ({@link ClearAfterReset}) and by a scrub ({@link #clear}).
 */
final class ErrorRegister extends Part {
    private final HwBits error1, error2;
    private final HwBool clearing;
    private final HwUInt clearContext;

    ErrorRegister(Circuit owner, TaskIntcConfig cfg, IpcStages st, ClearAfterReset clear) {
        super(owner);
        int width = ErrorCode.Group.IPC.width();
        Ram errors = ram("errors", 1 << cfg.contextWidth(), width);
        HwBits controlErrors = regBits("controlErrors", width, 0);
        error1 = wireBits("i1_error", width);
        error1.assign(0);
        error2 = wireBits("i2_error", width);
        error2.assign(0);
        clearing = wireBool("i1_errorsClear");
        clearing.assign(false);
        clearContext = wireUInt("i1_errorsClearContext", cfg.contextWidth());
        clearContext.assign(0);

        // I0 reads the region's row; I1 takes the last cycle's write instead when it was to the same row.
        HwBits stored1 = errors.readSync(st.context0, Hw.lit(true));
        HwBool update = wireBool("i1_errorsUpdate");
        HwUInt writeContext = wireUInt("i1_errorsWriteContext", cfg.contextWidth());
        HwBits writeData = wireBits("i1_errorsWriteData", width);
        HwBool lastValid = delay("i1_errorsLastValid", update, false);
        HwUInt lastContext = delay("i1_errorsLastContext", writeContext);
        HwBits last = delay("i1_errorsLast", writeData);
        HwBits mine = wireBits("i1_errors", mux(lastValid.and(lastContext.eq(st.context1)), last, stored1));

        HwBool readErr = st.is1(IpcOp.ERROR);
        HwBits none = Hw.bitsLit(0, width);
        when(readErr, () -> st.answer1.assign(mux(st.control1, controlErrors, mine).resize(cfg.taskWidth())));
        // A scrub (a control-region access) clears another context's row: the port is free of the region's write then.
        // A reply refused in I2 (I1 is empty then) adds its bit to the row its I1 wrote, which the bypass holds.
        HwBool own = st.valid1.and(st.control1.not());
        HwBool late = error2.orR();
        update.assign(own.or(clearing).or(late));
        writeContext.assign(mux(own, st.context1, mux(late, lastContext, clearContext)));
        writeData.assign(mux(own, mux(readErr, none, mine).or(error1), mux(late, last.or(error2), none)));
        clear.write(errors, writeContext, writeData, update);
        when(st.valid1.and(st.control1), () -> controlErrors.assign(mux(readErr, none, controlErrors).or(error1)));
    }

    /** Clears {@code context}'s register when {@code valid} (a scrub, on the control region: never the register the access in I1 updates). */
    void clear(HwBool valid, HwUInt context) {
        when(valid, () -> {
            clearing.assign(true);
            clearContext.assign(context);
        });
    }

    /** The access in I1 is refused with {@code code} (call inside the condition that refuses it). */
    void refuse(ErrorCode code) {
        error1.assign(code.mask());
    }

    /** The reply deciding in I2 is refused with {@code code} (call inside the condition that refuses it). */
    void refuseInI2(ErrorCode code) {
        error2.assign(code.mask());
    }
}
