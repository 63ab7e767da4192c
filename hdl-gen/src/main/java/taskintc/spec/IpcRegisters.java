package taskintc.spec;

import static taskintc.regmap.Access.RC;
import static taskintc.regmap.Access.RO;
import static taskintc.regmap.Access.WO;
import static taskintc.regmap.IndexKind.CHANNEL;
import static taskintc.regmap.IndexKind.NONE;
import static taskintc.regmap.IndexKind.WORD;
import static taskintc.spec.TaskIntcRegisters.*;

import taskintc.regmap.Access;
import taskintc.regmap.Field;
import taskintc.regmap.PageKind;

/** The IPC unit's part of the register map ({@link TaskIntcRegisters} declares the rest). */
final class IpcRegisters {
    private IpcRegisters() {}

    /** The control region's IPC registers: capabilities, the kernel context, scrub, errors. */
    static void declareControl(TaskIntcRegisters.Decl d, TaskIntcConfig cfg) {
        d.reg("ipc_grant", PageKind.CONTROL, IPC_GRANT, WO, NONE, 1, Binding.ipc(IpcOp.GRANT),
                "Grant (or revoke) the capability for a sender context to send to a receiver context on a channel. "
                        + "Out-of-range fields (channel " + cfg.ipcChannels() + ", for system calls, included) set BAD_TARGET "
                        + "in ipc_error and change nothing. Revoking refuses later sends only: messages already in the "
                        + "receiver's inbox stay, and can be received and answered.",
                new Field("sender", GRANT_IPC_SENDER_LSB, 8, "sending context"),
                new Field("receiver", GRANT_IPC_RECEIVER_LSB, 8, "receiving context"),
                new Field("channel", GRANT_IPC_CHANNEL_LSB, 4, "channel, below ipc-channels"),
                new Field("allow", GRANT_ALLOW_BIT, 1, "1 grants, 0 revokes"));
        d.reg("ipc_syscall_context", PageKind.CONTROL, IPC_SYSCALL_CONTEXT, WO, NONE, 1, Binding.ipc(IpcOp.SYSCALL_CONTEXT),
                "The kernel context: receiver of every context's system calls (ipc_syscall), on channel "
                        + cfg.ipcChannels() + ". Reset 0. An out-of-range context sets BAD_TARGET in ipc_error and keeps "
                        + "the previous one.",
                new Field("context", 0, 8, "context"));
        d.reg("ipc_scrub", PageKind.CONTROL, IPC_SCRUB, WO, NONE, 1, Binding.ipc(IpcOp.SCRUB),
                "Give a context a clean mailbox before it serves a new process: its staged message and result words "
                        + "read 0 again until written, its channel handlers are unregistered, its inbox and reply box are "
                        + "emptied (messages in them are dropped unanswered), its ipc_error clears, and messages it sent "
                        + "that still wait in other inboxes lose their reply address (a reply to them only finishes them). "
                        + "Takes effect in one cycle. Ready queues, waiters, grants and deliveries already queued are not "
                        + "touched (revoke the context's grants and drain its queues first). An out-of-range context sets "
                        + "BAD_TARGET in this page's ipc_error and changes nothing.",
                new Field("context", 0, 8, "context"));
        d.reg("ipc_error", PageKind.CONTROL, IPC_CONTROL_ERROR, RC, NONE, 1, Binding.ipc(IpcOp.ERROR),
                "IPC errors of control-region writes; sticky, a read returns and clears them.", errorFields());
    }

    /** The context region's IPC registers: staging, send, receive, reply. */
    static void declareContext(TaskIntcRegisters.Decl d, TaskIntcConfig cfg) {
        int w = cfg.taskWidth();
        int k = cfg.ipcChannels();
        Field[] word = {new Field("word", 0, w, "message word")};
        d.reg("ipc_send", PageKind.CONTEXT, IPC_SEND, WO, NONE, 1, Binding.ipc(IpcOp.SEND),
                "Send the staged message (ipc_message) to a receiver's channel. Needs the kernel's grant; a refusal sets "
                        + "one bit, the first that applies of BAD_TARGET (receiver or channel out of range: channel " + k + ", for "
                        + "system calls, is reached only by ipc_syscall), NO_CAPABILITY, BAD_TASK, NO_HANDLER, MAILBOX_FULL, "
                        + "BUSY, and leaves the message staged. A context may send to itself (with the grant (c, c, channel)). "
                        + "On success the receiver's handler for the channel is made ready (preempting like an interrupt wakeup "
                        + "when its preempt bit is set), and the message is copied while IPC accesses wait.",
                new Field("receiver", IPC_RECEIVER_LSB, 8, "receiving context"),
                new Field("channel", IPC_CHANNEL_LSB, 4, "channel, below ipc-channels"));
        d.reg("ipc_syscall", PageKind.CONTEXT, IPC_SYSCALL, WO, NONE, 1, Binding.ipc(IpcOp.SYSCALL),
                "Send the staged message to the kernel context (ipc_syscall_context) on the system-call channel " + k
                        + "; no grant needed. Refusals as ipc_send from BAD_TASK on. Written data is ignored.",
                new Field("ignored", 0, 1, "any value"));
        d.reg("ipc_receive", PageKind.CONTEXT, IPC_RECEIVE, RO, NONE, 1, Binding.ipc(IpcOp.RECEIVE),
                "Finish the current received message (without replying) and make the oldest waiting one current; "
                        + "returns its sender and channel, or 0 when the inbox is empty.",
                new Field("sender", IPC_RECEIVER_LSB, 8, "sending context"),
                new Field("channel", IPC_CHANNEL_LSB, 4, "channel (" + k + ": system call)"),
                new Field("valid", IPC_VALID_BIT, 1, "1 when a message is current"));
        d.reg("ipc_reply", PageKind.CONTEXT, IPC_REPLY, WO, NONE, 1, Binding.ipc(IpcOp.REPLY),
                "Answer the current received message with the staged result (ipc_result) and finish it. When the "
                        + "message's task word is not 0 the result goes to the sender's reply box and that task is made "
                        + "ready in the sender's context; a task word with a zero pointer (whatever its low bits) asks for no "
                        + "reply, and the reply only finishes the message. Refusals: NO_MESSAGE, then MAILBOX_FULL (the sender's "
                        + "reply box is full), BUSY; the message stays current and the result staged, so a later ipc_reply retries. "
                        + "Written data is ignored.",
                new Field("ignored", 0, 1, "any value"));
        d.reg("ipc_reply_pop", PageKind.CONTEXT, IPC_REPLY_POP, RO, NONE, 1, Binding.ipc(IpcOp.REPLY_POP),
                "Finish the current reply and make the oldest waiting one current; returns the task word of the "
                        + "message it answers, or 0 when the reply box is empty.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("ipc_status", PageKind.CONTEXT, IPC_STATUS, RO, NONE, 1, Binding.ipc(IpcOp.STATUS),
                "This context's inbox and reply box.",
                new Field("inbox", 0, 8, "messages in the inbox (the current one included)"),
                new Field("inbox_current", 8, 1, "a received message is current"),
                new Field("replies", 16, 8, "replies in the reply box (the current one included)"),
                new Field("reply_current", 24, 1, "a reply is current"));
        d.reg("ipc_error", PageKind.CONTEXT, IPC_ERROR, RC, NONE, 1, Binding.ipc(IpcOp.ERROR),
                "IPC errors of this context's operations; sticky, a read returns and clears them.", errorFields());
        d.reg("ipc_handler", PageKind.CONTEXT, IPC_HANDLER, Access.RW, CHANNEL, k + 1, Binding.ipc(IpcOp.HANDLER),
                "Per channel (" + k + ": system calls, used on the kernel context): the task made ready for each message "
                        + "received on it; 0 unregisters. Without a handler, sends to the channel are refused (NO_HANDLER) "
                        + "and stay staged.",
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("ipc_result", PageKind.CONTEXT, IPC_RESULT, Access.RW, WORD, cfg.resultWords(), Binding.ipc(IpcOp.RESULT),
                "The staged result (" + cfg.ipcResultBytes() + " bytes) of the next ipc_reply. A word reads (and is "
                        + "sent) as 0 until written since reset or the context's last ipc_scrub.", word);
        d.reg("ipc_reply_data", PageKind.CONTEXT, IPC_REPLY_DATA, RO, WORD, cfg.resultWords(), Binding.ipc(IpcOp.REPLY_WORD),
                "The current reply's result (0 when there is none).", word);
        d.reg("ipc_message", PageKind.CONTEXT, IPC_MESSAGE, Access.RW, WORD, cfg.messageWords(), Binding.ipc(IpcOp.MESSAGE),
                "The staged message: word 0 process-info pointer, word 1 the task to wake with the reply (0: no reply "
                        + "wanted), word 2 IPC type, then " + cfg.ipcArgBytes() + " bytes of arguments. A word reads (and is "
                        + "sent) as 0 until written since reset or the context's last ipc_scrub.", word);
        d.reg("ipc_rx", PageKind.CONTEXT, IPC_RX, RO, WORD, cfg.messageWords(), Binding.ipc(IpcOp.RX_WORD),
                "The current received message, same layout as ipc_message (0 when there is none).", word);
    }

    static Field[] errorFields() {
        return ErrorCode.Group.IPC.fields().toArray(Field[]::new);
    }
}
