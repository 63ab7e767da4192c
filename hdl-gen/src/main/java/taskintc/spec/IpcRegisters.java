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

    /** The IPC accesses that read in the cycle before they execute, so they wait a cycle behind one that changes what they read. */
    private static final String READERS = "an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop, "
            + "ipc_message, ipc_result or ipc_handler read";

    /** The sentence saying that {@link #READERS} wait a cycle right behind {@code what} ("it", "a write"). */
    private static String readersWaitBehind(String what) {
        return "Right behind " + what + ", " + READERS + " (of any context) waits one cycle.";
    }

    /** The control region's IPC registers: capabilities, the kernel context, scrub, errors. */
    static void declareControl(TaskIntcRegisters.Decl d, TaskIntcConfig cfg) {
        d.reg("ipc_grant", PageKind.CONTROL, IPC_GRANT, WO, NONE, 1, Binding.ipc(IpcOp.GRANT),
                "Grant (or revoke) the capability for a sender context to send to a receiver context on a channel. "
                        + "Out-of-range fields (channel " + cfg.ipcChannels() + ", for system calls, included) set BAD_TARGET "
                        + "in ipc_error and change nothing. Revoking refuses later sends only: messages already in the "
                        + "receiver's inbox stay, and can be received and answered. " + readersWaitBehind("it"),
                new Field("sender", GRANT_IPC_SENDER_LSB, 8, "sending context"),
                new Field("receiver", GRANT_IPC_RECEIVER_LSB, 8, "receiving context"),
                new Field("channel", GRANT_IPC_CHANNEL_LSB, 4, "channel, below ipc-channels"),
                new Field("allow", GRANT_ALLOW_BIT, 1, "1 grants, 0 revokes"));
        d.reg("ipc_syscall_context", PageKind.CONTROL, IPC_SYSCALL_CONTEXT, WO, NONE, 1, Binding.ipc(IpcOp.SYSCALL_CONTEXT),
                "The kernel context: receiver of every context's system calls (ipc_syscall), on channel "
                        + cfg.ipcChannels() + ". Reset 0. An out-of-range context sets BAD_TARGET in ipc_error and keeps "
                        + "the previous one. " + readersWaitBehind("it"),
                new Field("context", 0, 8, "context"));
        d.reg("ipc_scrub", PageKind.CONTROL, IPC_SCRUB, WO, NONE, 1, Binding.ipc(IpcOp.SCRUB),
                "Give a context a clean mailbox before it serves a new process: its staged message and result words "
                        + "read 0 again until written, its channel handlers are unregistered, its inbox and reply box are "
                        + "emptied (messages in them are dropped unanswered), its ipc_error clears, and messages it sent "
                        + "that still wait in other inboxes lose their reply address (a reply to them only finishes them). "
                        + "The inbox, reply box and ipc_error are cleared in the cycle the scrub executes; then a sweep, one "
                        + "step per cycle, clears one inbox slot's reply address (of every context's slots) and one of the "
                        + "context's staged words and handlers per step, while IPC accesses wait: the next IPC access is accepted "
                        + (cfg.ipcScrubSweepCycles() + 3) + " cycles (the larger of contexts x mailbox depth and the context's "
                        + "rows: its message words, result words and channels + 1; then + 3) "
                        + "after the scrub is accepted. Ready queues, waiters, grants and deliveries already queued are not "
                        + "touched (first cancel the context's waiters while its grants stand, then revoke them and drain its ready "
                        + "queues). An out-of-range context sets "
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
                        + "when its preempt bit is set), dequeueable in the receiver's context " + IPC_SEND_TO_READY_CYCLES
                        + " cycles after the send is accepted, and the message is copied (" + cfg.messageWords() + " cycles) "
                        + "while IPC accesses wait: the next is accepted " + (3 + cfg.messageWords()) + " cycles after the send "
                        + "(2 after a refused one).",
                new Field("receiver", IPC_RECEIVER_LSB, 8, "receiving context"),
                new Field("channel", IPC_CHANNEL_LSB, 4, "channel, below ipc-channels"));
        d.reg("ipc_syscall", PageKind.CONTEXT, IPC_SYSCALL, WO, NONE, 1, Binding.ipc(IpcOp.SYSCALL),
                "Send the staged message to the kernel context (ipc_syscall_context) on the system-call channel " + k
                        + "; no grant needed. Refusals and timing as ipc_send, refusals from BAD_TASK on. Written data is ignored.",
                new Field("ignored", 0, 1, "any value"));
        int d0 = cfg.mailboxDepth();
        d.reg("ipc_receive", PageKind.CONTEXT, IPC_RECEIVE, RO, NONE, 1, Binding.ipc(IpcOp.RECEIVE),
                "Finish the current message (without replying: its sender's task is not woken) and take the oldest "
                        + "waiting one, as ipc_take does; returns its header and token, or 0 when none is waiting (then no "
                        + "message is current). A server that answers one message at a time uses this and a token-less ipc_reply. "
                        + "Timing as ipc_take's read.",
                headerFields(k));
        d.reg("ipc_take", PageKind.CONTEXT, IPC_TAKE, Access.RW, NONE, 1, Binding.ipc(IpcOp.TAKE),
                "Read: take the oldest waiting message into service and make it current (its words in ipc_rx); the message "
                        + "that was current stays in service. Returns its header and token, or 0 when none is waiting (the "
                        + "current message stays current). A message stays in service, holding its inbox slot, until ipc_reply "
                        + "answers it (or ipc_receive finishes it while current, or ipc_scrub), so at most " + d0 + " (the mailbox "
                        + "depth) are waiting or in service at once and they can be answered in any order. A message arriving "
                        + "takes the lowest free slot; the token names (owner context, slot, tag), the tag counting the messages "
                        + "that arrived in that slot, modulo " + (1 << IPC_TAG_BITS) + " (reset 0: the first message in a slot has tag 1; "
                        + "ipc_scrub keeps it). Like every IPC access it "
                        + "answers 2 cycles after it is accepted; " + READERS + ", and an ipc_receive or ipc_take read, right "
                        + "behind it (of any context) waits one cycle. "
                        + "Write a token (valid set) to make that message in service current again (its words in ipc_rx), "
                        + "e.g. to read a request after taking others; a token that names no message this context has in "
                        + "service (as for ipc_reply) sets BAD_TOKEN and changes nothing, and so does a write with valid clear.",
                headerFields(k));
        d.reg("ipc_reply", PageKind.CONTEXT, IPC_REPLY, WO, NONE, 1, Binding.ipc(IpcOp.REPLY),
                "Answer a message in service with the staged result (ipc_result) and finish it, freeing its slot. With "
                        + "valid set, the message the token names (write back the word ipc_take or ipc_receive returned; sender "
                        + "and channel are ignored); with valid clear, the current message (as before tokens; other bits ignored). "
                        + "When the message's task word is not 0 the result goes to the sender's reply box and that task is made "
                        + "ready in the sender's context; a task word with a zero pointer (whatever its low bits) asks for no "
                        + "reply, and the reply only finishes the message. Refusals, the first that applies: BAD_TOKEN (valid "
                        + "set and the token's owner is not this context, its slot is not below " + d0 + ", the slot holds no "
                        + "message in service, or its tag differs: an answered message's token is refused unless a multiple of "
                        + (1 << IPC_TAG_BITS) + " messages have since arrived in its slot) or NO_MESSAGE (valid clear and no "
                        + "message current), then MAILBOX_FULL (the sender's reply box is full), BUSY; a refusal changes nothing "
                        + "(the message stays in service, the result staged), so a later ipc_reply retries. Answering the current "
                        + "message (by token or not) leaves no message current; answering another leaves the current one current. "
                        + "A reply executes over two cycles (it reads the sender's reply box in the first and decides in the "
                        + "second), so the next IPC access is accepted 3 cycles after an ipc_reply at the earliest; an "
                        + "accepted reply's task is dequeueable in the sender's context " + IPC_REPLY_TO_READY_CYCLES
                        + " cycles after the reply is accepted, and its result is copied (" + cfg.resultWords() + " cycles) "
                        + "while IPC accesses wait: the next is accepted " + (4 + cfg.resultWords()) + " cycles after the reply.",
                headerFields(k));
        d.reg("ipc_reply_pop", PageKind.CONTEXT, IPC_REPLY_POP, RO, NONE, 1, Binding.ipc(IpcOp.REPLY_POP),
                "Finish the current reply and make the oldest waiting one current; returns the task word of the "
                        + "message it answers, or 0 when the reply box is empty. " + readersWaitBehind("it"),
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("ipc_status", PageKind.CONTEXT, IPC_STATUS, RO, NONE, 1, Binding.ipc(IpcOp.STATUS),
                "This context's inbox and reply box.",
                new Field("inbox", 0, 8, "messages in the inbox, waiting or in service (the current one included)"),
                new Field("inbox_current", 8, 1, "a received message is current"),
                new Field("replies", 16, 8, "replies in the reply box (the current one included)"),
                new Field("reply_current", 24, 1, "a reply is current"));
        d.reg("ipc_error", PageKind.CONTEXT, IPC_ERROR, RC, NONE, 1, Binding.ipc(IpcOp.ERROR),
                "IPC errors of this context's operations; sticky, a read returns and clears them.", errorFields());
        d.reg("ipc_handler", PageKind.CONTEXT, IPC_HANDLER, Access.RW, CHANNEL, k + 1, Binding.ipc(IpcOp.HANDLER),
                "Per channel (" + k + ": system calls, used on the kernel context): the task made ready for each message "
                        + "received on it. A word with a zero pointer (whatever its low bits) unregisters it and reads back as 0; "
                        + "one naming a task beyond the levels sets BAD_TASK and keeps the handler. Without a handler, sends to "
                        + "the channel are refused (NO_HANDLER) "
                        + "and stay staged. " + readersWaitBehind("a write"),
                TaskWord.fields(w).toArray(Field[]::new));
        d.reg("ipc_result", PageKind.CONTEXT, IPC_RESULT, Access.RW, WORD, cfg.resultWords(), Binding.ipc(IpcOp.RESULT),
                "The staged result (" + cfg.ipcResultBytes() + " bytes) of the next ipc_reply. A word reads (and is "
                        + "sent) as 0 until written since reset or the context's last ipc_scrub. " + readersWaitBehind("a write"), word);
        d.reg("ipc_reply_data", PageKind.CONTEXT, IPC_REPLY_DATA, RO, WORD, cfg.resultWords(), Binding.ipc(IpcOp.REPLY_WORD),
                "The current reply's result (0 when there is none).", word);
        d.reg("ipc_message", PageKind.CONTEXT, IPC_MESSAGE, Access.RW, WORD, cfg.messageWords(), Binding.ipc(IpcOp.MESSAGE),
                "The staged message: word 0 process-info pointer, word 1 the task to wake with the reply (0: no reply "
                        + "wanted), word 2 IPC type, then " + cfg.ipcArgBytes() + " bytes of arguments. A word reads (and is "
                        + "sent) as 0 until written since reset or the context's last ipc_scrub. " + readersWaitBehind("a write"), word);
        d.reg("ipc_rx", PageKind.CONTEXT, IPC_RX, RO, WORD, cfg.messageWords(), Binding.ipc(IpcOp.RX_WORD),
                "The current received message, same layout as ipc_message (0 when there is none).", word);
    }

    /** The received-message header of ipc_receive and ipc_take, which ipc_reply takes back as a token. */
    private static Field[] headerFields(int k) {
        return new Field[]{
                new Field("sender", IPC_RECEIVER_LSB, 8, "sending context"),
                new Field("channel", IPC_CHANNEL_LSB, 4, "channel (" + k + ": system call)"),
                new Field("tag", IPC_TAG_LSB, IPC_TAG_BITS, "token: takes of the slot, modulo " + (1 << IPC_TAG_BITS)),
                new Field("slot", IPC_SLOT_LSB, IPC_SLOT_BITS, "token: inbox slot"),
                new Field("owner", IPC_OWNER_LSB, IPC_OWNER_BITS, "token: the context that took it"),
                new Field("valid", IPC_VALID_BIT, 1, "1 when a message was taken (on ipc_reply: 1 names the message by the token)")};
    }

    static Field[] errorFields() {
        return ErrorCode.Group.IPC.fields().toArray(Field[]::new);
    }
}
