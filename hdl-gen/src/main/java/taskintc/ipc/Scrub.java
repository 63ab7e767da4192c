package taskintc.ipc;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.ErrorCode;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * {@code ipc_scrub} (control region): the kernel gives a context a clean mailbox for a new owner. In the cycle
 * it executes, the parts holding a context's state forget it: {@link Staging} (its staged words read 0 again),
 * {@link Handlers}, {@link Inboxes} (and messages it sent lose their reply address, so no reply reaches the new
 * owner), {@link ReplyBoxes} and {@link ErrorRegister}. A context out of range sets BAD_TARGET and changes nothing.
 */
final class Scrub extends Part {
    /** A scrub of {@link #context1} executes in I1. */
    final HwBool valid1;
    final HwUInt context1;

    Scrub(Circuit owner, TaskIntcConfig cfg, IpcStages st, ErrorRegister errors) {
        super(owner);
        HwUInt named = st.data1.slice(0, 8).asUInt();
        HwBool scrub = st.is1(IpcOp.SCRUB);
        valid1 = wireBool("i1_scrub", scrub.and(named.lt(cfg.contexts())));
        context1 = named.resize(cfg.contextWidth());
        when(scrub.and(valid1.not()), () -> errors.refuse(ErrorCode.BAD_TARGET));
        errors.clear(valid1, context1);
    }
}
