package taskintc.model;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Reference model of the IPC mailbox, written from the specification (docs/architecture.md, the register
 * descriptions): per-context staged message and result, inbox and reply box of {@code depth} messages,
 * handlers per channel, the kernel's capability table, the system-call channel, and the queue of tasks
 * waiting to be delivered to the ready queues. Transactional: each operation is applied when the
 * controller executes it; deliveries reach the scheduler when the core passes them.
 */
public final class IpcModel {
    public static final long NO_CAPABILITY = 1, MAILBOX_FULL = 2, NO_HANDLER = 4, BAD_TARGET = 8, NO_MESSAGE = 16,
            BAD_TASK = 32, BUSY = 64;
    public static final int DELIVERY_QUEUE = 4;

    public final int contexts, channels, depth, messageWords, resultWords;
    private final SchedulerModel s;
    private final SourcesModel src;

    /** A message in an inbox; {@code replyTo} is cleared when the kernel scrubs its sender. */
    private record Message(int sender, int channel, long[] words, boolean replyTo) {}

    private record Reply(long task, long[] words) {}

    private final long[][] stage, result, handler;
    /** Staged words written since reset or the context's last scrub; the others read (and are sent) as 0. */
    private final boolean[][] stageWritten, resultWritten;
    private final boolean[][][] grant;
    private final Deque<Message>[] inbox;
    private final Deque<Reply>[] replies;
    private final boolean[] inboxCurrent, replyCurrent;
    private final long[] errors;
    private long controlErrors;
    private int syscallContext;
    private final ArrayDeque<long[]> deliveries = new ArrayDeque<>();
    /** Counters for tests and benches. */
    public long sends, repliesSent, delivered, refused;

    @SuppressWarnings("unchecked")
    public IpcModel(SchedulerModel s, SourcesModel src, int channels, int depth, int messageWords, int resultWords) {
        this.s = s;
        this.src = src;
        this.contexts = s.contexts;
        this.channels = channels;
        this.depth = depth;
        this.messageWords = messageWords;
        this.resultWords = resultWords;
        stage = new long[contexts][messageWords];
        result = new long[contexts][resultWords];
        handler = new long[contexts][channels + 1];
        stageWritten = new boolean[contexts][messageWords];
        resultWritten = new boolean[contexts][resultWords];
        grant = new boolean[contexts][contexts][channels];
        inbox = new Deque[contexts];
        replies = new Deque[contexts];
        for (int c = 0; c < contexts; c++) {
            inbox[c] = new ArrayDeque<>();
            replies[c] = new ArrayDeque<>();
        }
        inboxCurrent = new boolean[contexts];
        replyCurrent = new boolean[contexts];
        errors = new long[contexts];
        s.ipc = this;
        reset();
    }

    /** Reset: every context's mailbox is as after a scrub; grants, the kernel context and deliveries are cleared. */
    public void reset() {
        for (int c = 0; c < contexts; c++) clearContext(c);
        for (boolean[][] g : grant) for (boolean[] gg : g) Arrays.fill(gg, false);
        controlErrors = 0;
        syscallContext = 0;
        deliveries.clear();
    }

    private long mask(long w) {
        return w & s.wordMask();
    }

    private boolean none(long task) {
        return (mask(task) & ~63L) == 0;
    }

    private boolean badTask(long task) {
        return !none(task) && SchedulerModel.priorityOf(mask(task)) >= s.priorities;
    }

    // ------------------------------------------------------------------ staging and handlers

    public void writeMessage(int c, int i, long v) {
        stage[c][i] = mask(v);
        stageWritten[c][i] = true;
    }

    public long readMessage(int c, int i) { return stageWritten[c][i] ? stage[c][i] : 0; }

    public void writeResult(int c, int i, long v) {
        result[c][i] = mask(v);
        resultWritten[c][i] = true;
    }

    public long readResult(int c, int i) { return resultWritten[c][i] ? result[c][i] : 0; }

    /** The staged message (or result) as it is sent: unwritten words are 0. */
    private long[] staged(int c) {
        long[] w = new long[messageWords];
        for (int i = 0; i < messageWords; i++) w[i] = readMessage(c, i);
        return w;
    }

    private long[] stagedResult(int c) {
        long[] w = new long[resultWords];
        for (int i = 0; i < resultWords; i++) w[i] = readResult(c, i);
        return w;
    }

    public void writeHandler(int c, int k, long word) {
        word = mask(word);
        if (none(word)) handler[c][k] = 0;
        else if (badTask(word)) errors[c] |= BAD_TASK;
        else handler[c][k] = word;
    }

    public long readHandler(int c, int k) { return handler[c][k]; }

    // ------------------------------------------------------------------ send and receive

    /** ipc_send; returns the error bits (0: sent). */
    public long send(int c, long data) {
        int receiver = (int) (data & 0xFF), channel = (int) ((data >>> 8) & 0xF);
        if (receiver >= contexts || channel >= channels) return fail(c, BAD_TARGET);
        if (!grant[c][receiver][channel]) return fail(c, NO_CAPABILITY);
        return transfer(c, receiver, channel);
    }

    /** ipc_syscall: to the kernel context's system-call channel, no capability needed. */
    public long syscall(int c) {
        return transfer(c, syscallContext, channels);
    }

    private long transfer(int c, int receiver, int channel) {
        long[] words = staged(c);
        if (badTask(words[1])) return fail(c, BAD_TASK);
        if (handler[receiver][channel] == 0) return fail(c, NO_HANDLER);
        if (inbox[receiver].size() == depth) return fail(c, MAILBOX_FULL);
        if (deliveries.size() == DELIVERY_QUEUE) return fail(c, BUSY);
        inbox[receiver].addLast(new Message(c, channel, words, !none(words[1])));
        deliveries.addLast(new long[]{receiver, handler[receiver][channel]});
        sends++;
        return 0;
    }

    private long fail(int c, long err) {
        errors[c] |= err;
        refused++;
        return err;
    }

    /** ipc_receive: finish the current message, make the next current; its header or 0. */
    public long receive(int c) {
        if (inboxCurrent[c]) inbox[c].pollFirst();
        Message m = inbox[c].peekFirst();
        inboxCurrent[c] = m != null;
        if (m == null) return 0;
        return (1L << 31) | ((long) m.channel << 8) | m.sender;
    }

    public long readRx(int c, int i) {
        return inboxCurrent[c] ? inbox[c].peekFirst().words[i] : 0;
    }

    /** ipc_reply; returns the error bits. */
    public long reply(int c) {
        if (!inboxCurrent[c]) return fail(c, NO_MESSAGE);
        Message m = inbox[c].peekFirst();
        long task = m.words[1];
        if (m.replyTo) {
            if (replies[m.sender].size() == depth) return fail(c, MAILBOX_FULL);
            if (deliveries.size() == DELIVERY_QUEUE) return fail(c, BUSY);
            replies[m.sender].addLast(new Reply(task, stagedResult(c)));
            deliveries.addLast(new long[]{m.sender, task});
            repliesSent++;
        }
        inbox[c].pollFirst();
        inboxCurrent[c] = false;
        return 0;
    }

    /** ipc_reply_pop: finish the current reply, make the next current; its task word or 0. */
    public long replyPop(int c) {
        if (replyCurrent[c]) replies[c].pollFirst();
        Reply r = replies[c].peekFirst();
        replyCurrent[c] = r != null;
        return r == null ? 0 : r.task;
    }

    public long readReply(int c, int i) {
        return replyCurrent[c] ? replies[c].peekFirst().words[i] : 0;
    }

    public long status(int c) {
        return inbox[c].size() | (inboxCurrent[c] ? 1L << 8 : 0) | ((long) replies[c].size() << 16)
                | (replyCurrent[c] ? 1L << 24 : 0);
    }

    public long readError(int c) {
        long e = errors[c];
        errors[c] = 0;
        return e;
    }

    public long readControlError() {
        long e = controlErrors;
        controlErrors = 0;
        return e;
    }

    // ------------------------------------------------------------------ kernel

    public void grant(long data) {
        int sender = (int) (data & 0xFF), receiver = (int) ((data >>> 8) & 0xFF), channel = (int) ((data >>> 16) & 0xF);
        if (sender >= contexts || receiver >= contexts || channel >= channels) controlErrors |= BAD_TARGET;
        else grant[sender][receiver][channel] = ((data >>> 31) & 1) != 0;
    }

    public void syscallContext(long data) {
        int c = (int) (data & 0xFF);
        if (c >= contexts) controlErrors |= BAD_TARGET;
        else syscallContext = c;
    }

    /** ipc_scrub: the context starts afresh; messages it sent lose their reply address. */
    public void scrub(long data) {
        int c = (int) (data & 0xFF);
        if (c >= contexts) {
            controlErrors |= BAD_TARGET;
            return;
        }
        clearContext(c);
        for (Deque<Message> q : inbox)
            for (int i = q.size(); i > 0; i--) {
                Message m = q.pollFirst();
                q.addLast(m.sender == c ? new Message(m.sender, m.channel, m.words, false) : m);
            }
    }

    private void clearContext(int c) {
        Arrays.fill(handler[c], 0);
        Arrays.fill(stage[c], 0);
        Arrays.fill(result[c], 0);
        Arrays.fill(stageWritten[c], false);
        Arrays.fill(resultWritten[c], false);
        inbox[c].clear();
        replies[c].clear();
        inboxCurrent[c] = false;
        replyCurrent[c] = false;
        errors[c] = 0;
    }

    public boolean granted(int sender, int receiver, int channel) {
        return grant[sender][receiver][channel];
    }

    // ------------------------------------------------------------------ deliveries

    /** The core passed a delivery: it takes a pool entry and goes to its ready queue, or (pool full) waits. */
    public void delivery() {
        long[] d = deliveries.peekFirst();
        if (d == null) throw new AssertionError("the core delivered an IPC task nobody queued");
        if (s.poolFull()) return;
        deliveries.pollFirst();
        s.adjustUsed(+1);
        src.deliver((int) d[0], d[1]);
        delivered++;
    }

    public int pendingDeliveries() {
        return deliveries.size();
    }

    public int inboxSize(int c) {
        return inbox[c].size();
    }

    public int replySize(int c) {
        return replies[c].size();
    }
}
