package taskintc.ipc;

import static taskintc.spec.TaskIntcRegisters.IPC_CHANNEL_LSB;
import static taskintc.spec.TaskIntcRegisters.IPC_RECEIVER_LSB;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreRsp;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * The IPC unit's pipeline, shared by every part: I0 accepts an access and issues the RAM reads it needs, I1
 * executes it with the read data, I2 answers (two cycles after accepting, like the scheduler). Each part reads
 * the access of the stage it works in from here and adds its own I0 reads and I1 effects. A reply executes over two
 * cycles: I1 checks the message it answers, and I2 decides on its sender's reply box, which I1 read.
 *
 * <p>Because RAMs are read in I0, one cycle before the access executes, an access waits in I0 ({@link #hazard})
 * while the access in I1 changes what it would read: a write of staged words, handlers, grants or the system-call
 * context, a receive, take or reply pop (which move the current message), a take behind a take (the head of the
 * waiting messages), or a send, reply or scrub (deciding, then copying or sweeping); and while a reply decides in I2
 * (an accepted one starts its copy then).
 */
final class IpcStages extends Part {
    // ---------------------------------------------------------------- I0: the access being accepted
    final HwBool fire0;
    /** The IPC operation ({@link IpcOp}), the context of the region accessed, the array index, the bus data. */
    final HwUInt op0, context0, index0;
    final HwBool read0;
    final HwBits data0;
    /** A send's target in the written word (receiver context, channel). */
    final HwUInt receiver0, channel0;
    final HwBool isSyscall0, isSend0;

    // ---------------------------------------------------------------- I1: the access executing
    final HwBool valid1, read1, write1, control1;
    final HwUInt op1, context1, index1;
    final HwBits data1;
    /** The answer of the access in I1 (0 unless a part answers it); the error bits it causes are the error register's. */
    final HwBits answer1;
    /** The access in I0 waits: the one in I1 changes what I0 reads. */
    final HwBool hazard;
    /** I2: the context of the access answered, which a reply deciding there works on. */
    final HwUInt context2;
    private final HwBool[] isOp1 = new HwBool[IpcOp.values().length];
    private final HwFlow<CoreRsp> rsp;

    IpcStages(Circuit owner, TaskIntcConfig cfg, HwStream<CoreCmd> cmd, HwFlow<CoreRsp> rsp) {
        super(owner);
        this.rsp = rsp;
        int xw = cfg.contextWidth();
        int kw = cfg.channelWidth();
        CoreCmd q = cmd.payload();

        valid1 = regBool("i1_valid", false);
        op1 = regUInt("i1_op", IpcOp.width(), 0);
        read1 = regBool("i1_read", false);
        op0 = q.status;
        read0 = q.read;
        HwBool reads0 = is0(IpcOp.SEND).or(is0(IpcOp.SYSCALL))
                .or(is0(IpcOp.RX_WORD)).or(is0(IpcOp.REPLY_WORD)).or(is0(IpcOp.REPLY_POP))
                .or(is0(IpcOp.REPLY))
                .or(read0.and(is0(IpcOp.MESSAGE).or(is0(IpcOp.RESULT)).or(is0(IpcOp.HANDLER))));
        HwBool writes1 = read1.not().and(op1.eq(IpcOp.MESSAGE.ordinal()).or(op1.eq(IpcOp.RESULT.ordinal()))
                .or(op1.eq(IpcOp.HANDLER.ordinal())).or(op1.eq(IpcOp.GRANT.ordinal())).or(op1.eq(IpcOp.SYSCALL_CONTEXT.ordinal())));
        HwBool moves1 = op1.eq(IpcOp.RECEIVE.ordinal()).or(op1.eq(IpcOp.TAKE.ordinal())).or(op1.eq(IpcOp.REPLY_POP.ordinal()));
        HwBool transfer1 = op1.eq(IpcOp.SEND.ordinal()).or(op1.eq(IpcOp.SYSCALL.ordinal())).or(op1.eq(IpcOp.REPLY.ordinal()));
        // A take reads the oldest waiting message's queue entry in I0, so it waits behind a take (which moves the
        // queue's head); everything waits behind a scrub, which starts the sweep of the inboxes' reply addresses.
        HwBool takes0 = is0(IpcOp.RECEIVE).or(is0(IpcOp.TAKE).and(read0));
        HwBool takes1 = op1.eq(IpcOp.RECEIVE.ordinal()).or(op1.eq(IpcOp.TAKE.ordinal()).and(read1));
        HwBool scrub1 = op1.eq(IpcOp.SCRUB.ordinal());
        // A reply decides in I2, with I1 empty: nothing is accepted behind it before.
        HwBool reply2 = delay("i2_reply", valid1.and(op1.eq(IpcOp.REPLY.ordinal())), false);
        hazard = wireBool("hazard", valid1.and(transfer1.or(scrub1).or(reads0.and(writes1.or(moves1))).or(takes0.and(takes1)))
                .or(reply2));
        fire0 = cmd.fire();

        context0 = q.context;
        index0 = q.index;
        data0 = q.data;
        receiver0 = q.data.slice(IPC_RECEIVER_LSB, xw).asUInt();
        channel0 = q.data.slice(IPC_CHANNEL_LSB, kw).asUInt();
        isSyscall0 = is0(IpcOp.SYSCALL);
        isSend0 = is0(IpcOp.SEND).or(isSyscall0);

        valid1.assign(fire0);
        when(fire0, () -> {
            op1.assign(op0);
            read1.assign(read0);
        });
        context1 = delay("i1_context", context0);
        context2 = delay("i2_context", context1);
        control1 = delay("i1_control", q.control, false);
        index1 = delay("i1_index", index0);
        data1 = delay("i1_data", q.data);
        for (IpcOp o : IpcOp.values()) isOp1[o.ordinal()] = valid1.and(op1.eq(o.ordinal()));
        write1 = read1.not();
        answer1 = wireBits("i1_rsp", cfg.taskWidth());
        answer1.assign(0);

        // I2: the answer, two cycles after the access was accepted.
        rsp.valid().assign(delay("i2_valid", valid1, false));
        rsp.payload().data.assign(delay("i2_data", answer1));
        rsp.payload().read.assign(delay("i2_read", read1, false));
        rsp.payload().fault.assign(false);
    }

    /**
     * When {@code cond1} holds in I1, the access's answer is {@code read2} instead of {@link #answer1}: a RAM read
     * that I1 addresses, whose data arrives in I2 with the response (so its address can come from a row I0 read).
     */
    void answerWithRead(HwBool cond1, HwBits read2) {
        HwBool fromRead = delay("i2_answerFromRead", cond1, false);
        when(fromRead, () -> rsp.payload().data.assign(read2));
    }

    /** The access in I0 is {@code op} (whether or not it is accepted this cycle). */
    HwBool is0(IpcOp op) {
        return op0.eq(op.ordinal());
    }

    /** The access in I1 is a valid {@code op}. */
    HwBool is1(IpcOp op) {
        return isOp1[op.ordinal()];
    }

    /** The access in I1 is a write of {@code op}. */
    HwBool writes1(IpcOp op) {
        return is1(op).and(write1);
    }
}
