package taskintc.ipc;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.IPC_CHANNEL_LSB;
import static taskintc.spec.TaskIntcRegisters.IPC_RECEIVER_LSB;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.ErrorCode;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * The two operations that cross contexts, decided by checks in a fixed order; the first failing check sets its
 * error bit and nothing changes (the message or result stays staged). A send decides in I1. A reply checks its
 * message in I1 and, when it sends a result, decides in I2 on its sender's reply box, which I1 reads from a RAM at the
 * sender the message's reply address names (nothing is accepted behind a reply until then).
 *
 * <ul>
 * <li><b>Send</b> ({@code ipc_send}, or {@code ipc_syscall} to the kernel context's channel K without a grant):
 * BAD_TARGET, NO_CAPABILITY, BAD_TASK (the message's reply task), NO_HANDLER, MAILBOX_FULL, BUSY. Accepted, it
 * reserves the receiver's inbox slot, queues the receiver's handler for delivery and starts copying the message.
 * <li><b>Reply</b> ({@code ipc_reply}, naming a message in service by its token or the current one): BAD_TOKEN
 * or NO_MESSAGE; a message that wants no reply is just finished; then
 * MAILBOX_FULL (the sender's reply box), BUSY. Accepted, it reserves the sender's reply slot, writes the message's
 * task word there, queues that task for delivery to the sender, finishes the message and starts copying the result.
 * </ul>
 */
final class Transfers extends Part {
    Transfers(Circuit owner, TaskIntcConfig cfg, IpcStages st, ErrorRegister errors, Capabilities capabilities,
              Handlers handlers, Staging staging, Inboxes inboxes, ReplyBoxes replyBoxes, CopyEngine copy,
              DeliveryQueue deliveries) {
        super(owner);
        int c = cfg.contexts();
        int k = cfg.ipcChannels();
        int d = cfg.mailboxDepth();

        // SEND / SYSCALL: the staged word read in I0 is word 1, the task to wake with the reply (0: one-way).
        HwBool oneWay = TaskChecks.none(staging.message1);
        HwBool badTask = TaskChecks.badPriority(staging.message1, cfg.priorities());
        HwUInt receiver = st.data1.slice(IPC_RECEIVER_LSB, 8).asUInt();
        HwUInt channel = st.data1.slice(IPC_CHANNEL_LSB, 4).asUInt();
        HwBool syscall = st.is1(IpcOp.SYSCALL);
        HwBool send = st.is1(IpcOp.SEND).or(syscall);
        HwBool badTarget = st.is1(IpcOp.SEND).and(receiver.lt(c).not().or(channel.lt(k).not()));
        HwUInt inboxSlot = inboxes.freeSlot1;
        HwBool sendOk = wireBool("i1_sendOk");
        sendOk.assign(false);
        when(send, () -> {
            when(badTarget, () -> errors.refuse(ErrorCode.BAD_TARGET))
                    .elseWhen(syscall.not().and(capabilities.granted1().not()), () -> errors.refuse(ErrorCode.NO_CAPABILITY))
                    .elseWhen(badTask, () -> errors.refuse(ErrorCode.BAD_TASK))
                    .elseWhen(handlers.registered1.not(), () -> errors.refuse(ErrorCode.NO_HANDLER))
                    .elseWhen(inboxes.full1, () -> errors.refuse(ErrorCode.MAILBOX_FULL))
                    .elseWhen(deliveries.full, () -> errors.refuse(ErrorCode.BUSY))
                    .otherwise(() -> sendOk.assign(true));
        });
        inboxes.reserve(sendOk, handlers.context1, st.context1, handlers.channel1, oneWay.not());

        // REPLY, I1: the message named by the token, or the region's current message.
        HwBool replying1 = wireBool("i1_replying");
        replying1.assign(false);
        when(st.is1(IpcOp.REPLY), () -> {
            when(inboxes.named1.and(inboxes.tokenOk1.not()), () -> errors.refuse(ErrorCode.BAD_TOKEN))
                    .elseWhen(inboxes.named1.not().and(inboxes.current1.not()), () -> errors.refuse(ErrorCode.NO_MESSAGE))
                    .elseWhen(inboxes.wantsReply1.not(), () -> inboxes.finish1.assign(true))
                    .otherwise(() -> replying1.assign(true));
        });
        // REPLY, I2: to the message's sender, whose reply box I1 read (I1 is empty now: no send decides).
        ReplyBoxes.SenderBox senderBox = replyBoxes.senderBox(inboxes.sender1);
        HwBool replying2 = delay("i2_replying", replying1, false);
        HwBits replyTask2 = delay("i2_replyTask", inboxes.word1);
        HwBool replyOk = wireBool("i2_replyOk");
        replyOk.assign(false);
        when(replying2, () -> {
            when(senderBox.count().eq(d), () -> errors.refuseInI2(ErrorCode.MAILBOX_FULL))
                    .elseWhen(deliveries.full, () -> errors.refuseInI2(ErrorCode.BUSY))
                    .otherwise(() -> {
                        replyOk.assign(true);
                        inboxes.finish2.assign(true);
                    });
        });
        replyBoxes.write(replyOk, senderBox, replyTask2);

        copy.start(sendOk, replyOk, mux(replyOk, st.context2, st.context1), handlers.context1, inboxSlot, senderBox.context(),
                senderBox.tail());
        deliveries.push(sendOk.or(replyOk), mux(replyOk, cat(senderBox.context(), replyTask2), cat(handlers.context1, handlers.word1)));
    }
}
