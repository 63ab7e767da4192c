package taskintc.ipc;

import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.Part;
import taskintc.dsl.RegArray;
import taskintc.spec.ErrorCode;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * The IPC error bits: one sticky register per context ({@code ipc_error} on its region) and one for the control
 * region. The access in I1 sets at most one bit ({@link #refuse}); reading the register returns it and clears it.
 */
final class ErrorRegister extends Part {
    private final HwBits error1;

    ErrorRegister(Circuit owner, TaskIntcConfig cfg, IpcStages st) {
        super(owner);
        int width = ErrorCode.Group.IPC.width();
        RegArray errors = regArray("errors", cfg.contexts(), width, 0);
        HwBits controlErrors = regBits("controlErrors", width, 0);
        error1 = wireBits("i1_error", width);
        error1.assign(0);

        HwBool readErr = st.is1(IpcOp.ERROR);
        when(readErr, () -> st.answer1.assign(mux(st.control1, controlErrors, errors.get(st.context1)).resize(cfg.taskWidth())));
        HwBits none = Hw.bitsLit(0, width);
        when(st.valid1.and(st.control1.not()), () -> {
            HwBits e = errors.get(st.context1);
            e.assign(mux(readErr, none, e).or(error1));
        });
        when(st.valid1.and(st.control1), () -> controlErrors.assign(mux(readErr, none, controlErrors).or(error1)));
    }

    /** The access in I1 is refused with {@code code} (call inside the condition that refuses it). */
    void refuse(ErrorCode code) {
        error1.assign(code.mask());
    }
}
