package taskintc.ipc;

import static taskintc.dsl.Hw.cat;
import static taskintc.spec.TaskIntcRegisters.GRANT_ALLOW_BIT;
import static taskintc.spec.TaskIntcRegisters.GRANT_IPC_CHANNEL_LSB;
import static taskintc.spec.TaskIntcRegisters.GRANT_IPC_RECEIVER_LSB;
import static taskintc.spec.TaskIntcRegisters.GRANT_IPC_SENDER_LSB;
import static taskintc.spec.TaskIntcRegisters.IPC_CHANNEL_LSB;

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
 * Who may send to whom: the grant table (one bit per sender, receiver and channel, written by the kernel with
 * {@code ipc_grant}) and the kernel context that receives system calls ({@code ipc_syscall_context}). The table
 * is cleared after reset by {@link ClearAfterReset}.
 */
final class Capabilities extends Part {
    /** The context that receives every context's system calls. */
    final HwUInt syscallContext;
    private final HwBits grant1;

    Capabilities(Circuit owner, TaskIntcConfig cfg, IpcStages st, ErrorRegister errors, ClearAfterReset clear) {
        super(owner);
        int xw = cfg.contextWidth();
        int c = cfg.contexts();
        int k = cfg.ipcChannels();
        int kgw = Hw.log2Up(k);

        Ram grants = ram("grants", 1 << (2 * xw + kgw), 1);
        syscallContext = regUInt("syscallContext", xw, 0);

        // I0: a send's capability (sender = the region's context).
        grant1 = grants.readSync(cat(st.context0, st.receiver0, st.data0.slice(IPC_CHANNEL_LSB, kgw)).asUInt(), Hw.lit(true));

        // I1: GRANT and SYSCALL_CONTEXT, control region only (the register map has them nowhere else).
        HwUInt sender = st.data1.slice(GRANT_IPC_SENDER_LSB, 8).asUInt();
        HwUInt receiver = st.data1.slice(GRANT_IPC_RECEIVER_LSB, 8).asUInt();
        HwUInt channel = st.data1.slice(GRANT_IPC_CHANNEL_LSB, 4).asUInt();
        HwBool inRange = sender.lt(c).and(receiver.lt(c)).and(channel.lt(k));
        HwBool grant = st.is1(IpcOp.GRANT);
        clear.write(grants, cat(sender.resize(xw), receiver.resize(xw), channel.resize(kgw)).asUInt(),
                st.data1.slice(GRANT_ALLOW_BIT, 1), grant.and(inRange));
        when(grant.and(inRange.not()), () -> errors.refuse(ErrorCode.BAD_TARGET));
        HwUInt kernel = st.data1.slice(0, 8).asUInt();
        when(st.is1(IpcOp.SYSCALL_CONTEXT), () -> {
            when(kernel.lt(c), () -> syscallContext.assign(kernel.resize(xw)))
                    .otherwise(() -> errors.refuse(ErrorCode.BAD_TARGET));
        });
    }

    /** The context of the send in I1 holds the capability for the (receiver, channel) it names. */
    HwBool granted1() {
        return grant1.bit(0);
    }
}
