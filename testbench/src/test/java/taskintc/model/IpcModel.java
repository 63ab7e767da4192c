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
            BAD_TASK = 32, BUSY = 64, BAD_TOKEN = 128;
    /** Token fields of a received-message header (written out from the register description). */
    public static final int TAG_LSB = 12, TAG_BITS = 4, SLOT_LSB = 16, SLOT_BITS = 6, OWNER_LSB = 24, OWNER_BITS = 7;
    public static final int DELIVERY_QUEUE = 4;

    public final int contexts, channels, depth, messageWords, resultWords;
    private final SchedulerModel s;
    private final SourcesModel src;

    /** A message in an inbox; {@code replyTo} is cleared when the kernel scrubs its sender. */
    private record Message(int sender, int channel, long[] words, boolean replyTo) {}

    private record Reply(long task, long[] words) {}

    /** An inbox slot: the message it holds (null: free), whether it is in service, and its tag (arrivals modulo 16). */
    private static final class Slot {
        Message message;
        boolean inService;
        int tag;
        long takenAt;
    }

    private final long[][] stage, result, handler;
    /** Staged words written since reset or the context's last scrub; the others read (and are sent) as 0. */
    private final boolean[][] stageWritten, resultWritten;
    private final boolean[][][] grant;
    private final Slot[][] inbox;
    /** Per context: the waiting messages' slots, oldest first; the current message's slot (-1: none). */
    private final Deque<Integer>[] waiting;
    private final int[] currentSlot;
    /** Tokens handed out by receives and takes, newest last (for random stimulus; bounded). */
    public final java.util.List<Long> tokens = new java.util.ArrayList<>();
    private final Deque<Reply>[] replies;
    private final boolean[] replyCurrent;
    private final long[] errors;
    private long controlErrors;
    private int syscallContext;
    private final ArrayDeque<long[]> deliveries = new ArrayDeque<>();
    /** Counters for tests and benches. */
    public long sends, repliesSent, delivered, refused;
    /** Replies accepted by token, those answering a message while an older-taken one of the context stays in service, and BAD_TOKEN refusals. */
    public long tokenReplies, outOfOrderReplies, badTokens, selects;
    private long takes;

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
        inbox = new Slot[contexts][depth];
        waiting = new Deque[contexts];
        replies = new Deque[contexts];
        for (int c = 0; c < contexts; c++) {
            for (int i = 0; i < depth; i++) inbox[c][i] = new Slot();
            waiting[c] = new ArrayDeque<>();
            replies[c] = new ArrayDeque<>();
        }
        currentSlot = new int[contexts];
        replyCurrent = new boolean[contexts];
        errors = new long[contexts];
        s.ipc = this;
        reset();
    }

    /** Reset: every context's mailbox is as after a scrub; grants, the kernel context and deliveries are cleared. */
    public void reset() {
        for (int c = 0; c < contexts; c++) {
            clearContext(c);
            for (Slot sl : inbox[c]) sl.tag = 0;
        }
        tokens.clear();
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
        if (inboxSize(receiver) == depth) return fail(c, MAILBOX_FULL);
        if (deliveries.size() == DELIVERY_QUEUE) return fail(c, BUSY);
        int free = 0;
        while (inbox[receiver][free].message != null) free++; // the lowest free slot
        inbox[receiver][free].message = new Message(c, channel, words, !none(words[1]));
        inbox[receiver][free].tag = (inbox[receiver][free].tag + 1) & ((1 << TAG_BITS) - 1);
        waiting[receiver].addLast(free);
        deliveries.addLast(new long[]{receiver, handler[receiver][channel]});
        sends++;
        return 0;
    }

    private long fail(int c, long err) {
        errors[c] |= err;
        refused++;
        return err;
    }

    /** ipc_receive: finish the current message (unanswered), take the oldest waiting one; its header and token, or 0. */
    public long receive(int c) {
        if (currentSlot[c] >= 0) finish(c, currentSlot[c]);
        return take(c);
    }

    /** ipc_take: the oldest waiting message goes into service and becomes current; its header and token, or 0. */
    public long take(int c) {
        Integer slot = waiting[c].pollFirst();
        if (slot == null) return 0;
        Slot sl = inbox[c][slot];
        sl.inService = true;
        sl.takenAt = ++takes;
        currentSlot[c] = slot;
        long token = token(c, slot);
        tokens.add(token);
        if (tokens.size() > 64) tokens.remove(0);
        return token;
    }

    private void finish(int c, int slot) {
        inbox[c][slot].message = null;
        inbox[c][slot].inService = false;
        if (currentSlot[c] == slot) currentSlot[c] = -1;
    }

    public long readRx(int c, int i) {
        return currentSlot[c] >= 0 ? inbox[c][currentSlot[c]].message.words[i] : 0;
    }

    /** The slot a token names if this context has that message in service, else -1. */
    private int tokenSlot(int c, long data) {
        if (((data >>> 31) & 1) == 0) return -1;
        int owner = (int) ((data >>> OWNER_LSB) & ((1 << OWNER_BITS) - 1));
        int named = (int) ((data >>> SLOT_LSB) & ((1 << SLOT_BITS) - 1));
        int tag = (int) ((data >>> TAG_LSB) & ((1 << TAG_BITS) - 1));
        return owner == c && named < depth && inbox[c][named].inService && inbox[c][named].tag == tag ? named : -1;
    }

    /** ipc_take written: the message the token names becomes current again (BAD_TOKEN if none). */
    public void select(int c, long data) {
        int slot = tokenSlot(c, data);
        if (slot < 0) {
            badTokens++;
            fail(c, BAD_TOKEN);
        } else {
            currentSlot[c] = slot;
            selects++;
        }
    }

    /** ipc_reply: answers the message the token in {@code data} names (valid bit set) or the current one; the error bits. */
    public long reply(int c, long data) {
        int slot;
        if (((data >>> 31) & 1) != 0) {
            slot = tokenSlot(c, data);
            if (slot < 0) {
                badTokens++;
                return fail(c, BAD_TOKEN);
            }
        } else {
            if (currentSlot[c] < 0) return fail(c, NO_MESSAGE);
            slot = currentSlot[c];
        }
        Message m = inbox[c][slot].message;
        long task = m.words[1];
        if (m.replyTo) {
            if (replies[m.sender].size() == depth) return fail(c, MAILBOX_FULL);
            if (deliveries.size() == DELIVERY_QUEUE) return fail(c, BUSY);
            replies[m.sender].addLast(new Reply(task, stagedResult(c)));
            deliveries.addLast(new long[]{m.sender, task});
            repliesSent++;
        }
        if (((data >>> 31) & 1) != 0) {
            tokenReplies++;
            for (Slot other : inbox[c])
                if (other.inService && other.takenAt < inbox[c][slot].takenAt) {
                    outOfOrderReplies++;
                    break;
                }
        }
        finish(c, slot);
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
        return inboxSize(c) | (currentSlot[c] >= 0 ? 1L << 8 : 0) | ((long) replies[c].size() << 16)
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
        for (Slot[] box : inbox)
            for (Slot sl : box)
                if (sl.message != null && sl.message.sender == c)
                    sl.message = new Message(sl.message.sender, sl.message.channel, sl.message.words, false);
    }

    private void clearContext(int c) {
        Arrays.fill(handler[c], 0);
        Arrays.fill(stage[c], 0);
        Arrays.fill(result[c], 0);
        Arrays.fill(stageWritten[c], false);
        Arrays.fill(resultWritten[c], false);
        for (Slot sl : inbox[c]) { // tags survive: a token from before stays stale
            sl.message = null;
            sl.inService = false;
        }
        waiting[c].clear();
        currentSlot[c] = -1;
        replies[c].clear();
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

    /** Messages in {@code c}'s inbox, waiting or in service. */
    public int inboxSize(int c) {
        int n = 0;
        for (Slot sl : inbox[c]) if (sl.message != null) n++;
        return n;
    }

    /** The tokens of every message in service now, in any context. */
    public java.util.List<Long> inServiceTokens() {
        java.util.List<Long> out = new java.util.ArrayList<>();
        for (int c = 0; c < contexts; c++)
            for (int i = 0; i < depth; i++) {
                Slot sl = inbox[c][i];
                if (sl.inService) out.add(token(c, i));
            }
        return out;
    }

    private long token(int c, int slot) {
        Slot sl = inbox[c][slot];
        return (1L << 31) | ((long) c << OWNER_LSB) | ((long) slot << SLOT_LSB) | ((long) sl.tag << TAG_LSB)
                | ((long) sl.message.channel << 8) | sl.message.sender;
    }

    /** Messages {@code c} has in service (taken, not answered). */
    public int inService(int c) {
        int n = 0;
        for (Slot sl : inbox[c]) if (sl.inService) n++;
        return n;
    }

    public int replySize(int c) {
        return replies[c].size();
    }
}
