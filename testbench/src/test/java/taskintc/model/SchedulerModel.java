package taskintc.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Reference model of the ready-queue scheduler, written from the specification and independent of the
 * RTL: plain deques per (context, level), a counter for the shared pool, sticky error bits. Every method
 * is one core operation and returns what the hardware must answer.
 */
public final class SchedulerModel {
    public static final long POOL_FULL = 1, BAD_PRIORITY = 2, NULL_TASK = 4, NOT_FOUND = 8, BAD_ACCESS = 16, NOT_GRANTED = 32;

    public final int contexts, priorities, capacity, width, harts;
    /** Interrupt sources, when the model is built with them (see {@link SourcesModel}). */
    public SourcesModel sources;
    public IpcModel ipc;
    private final long wordMask;
    private final Deque<Long>[][] queues;
    private final long[] errors;
    private final long[] currentTask;
    private final long[] currentContext;
    private long controlError;
    private int used;

    @SuppressWarnings("unchecked")
    public SchedulerModel(int contexts, int priorities, int capacity, int width, int harts) {
        this.contexts = contexts;
        this.priorities = priorities;
        this.capacity = capacity;
        this.width = width;
        this.harts = harts;
        this.wordMask = width == 64 ? -1L : (1L << width) - 1;
        queues = new Deque[contexts][priorities];
        for (Deque<Long>[] row : queues)
            for (int p = 0; p < priorities; p++) row[p] = new ArrayDeque<>();
        errors = new long[contexts];
        currentTask = new long[harts];
        currentContext = new long[harts];
    }

    /** Back to the state after reset. */
    public void reset() {
        for (Deque<Long>[] row : queues)
            for (Deque<Long> q : row) q.clear();
        java.util.Arrays.fill(errors, 0);
        java.util.Arrays.fill(currentTask, 0);
        java.util.Arrays.fill(currentContext, 0);
        controlError = 0;
        used = 0;
        if (sources != null) sources.reset();
        if (ipc != null) ipc.reset();
    }

    public static int priorityOf(long word) {
        return (int) ((word >>> 1) & 31);
    }

    private long check(long word) {
        word &= wordMask;
        if (priorityOf(word) >= priorities) return BAD_PRIORITY;
        if ((word & ~63L) == 0) return NULL_TASK;
        if (used == capacity) return POOL_FULL;
        return 0;
    }

    /** True when every pool entry holds a task (ready or waiting). */
    public boolean poolFull() {
        return used == capacity;
    }

    /** Checks a word as enqueue does: 0 or the error bit (without recording it). */
    public long wordError(long word) {
        word &= wordMask;
        if (priorityOf(word) >= priorities) return BAD_PRIORITY;
        if ((word & ~63L) == 0) return NULL_TASK;
        return 0;
    }

    public void recordError(int ctx, long err) {
        errors[ctx] |= err;
    }

    /** Takes (or returns) pool entries for tasks held outside the ready queues (waiters). */
    public void adjustUsed(int delta) {
        used += delta;
        if (used < 0 || used > capacity) throw new AssertionError("pool accounting broken: used " + used);
    }

    /** Puts a task into its ready queue without a pool allocation (the entry exists already, or the caller took it). */
    public void insertReady(int ctx, long word) {
        word &= wordMask;
        Deque<Long> q = queues[ctx][priorityOf(word)];
        if ((word & 1) != 0) q.addFirst(word);
        else q.addLast(word);
    }

    /** Enqueue at the tail (or head) of the word's level; returns the error bits it raised (0 on success). */
    public long enqueue(int ctx, long word, boolean atHead) {
        word &= wordMask;
        long err = check(word);
        if (err != 0) {
            errors[ctx] |= err;
            return err;
        }
        Deque<Long> q = queues[ctx][priorityOf(word)];
        if (atHead) q.addFirst(word);
        else q.addLast(word);
        used++;
        return 0;
    }

    /** Highest-priority task of the context, FIFO within a level; 0 when none. Records the hart's current task. */
    public long dequeue(int ctx, int hart) {
        for (int p = 0; p < priorities; p++) {
            Deque<Long> q = queues[ctx][p];
            if (!q.isEmpty()) {
                long w = q.removeFirst();
                used--;
                currentTask[hart] = w;
                currentContext[hart] = (1L << 31) | ctx;
                if (sources != null) sources.preemption.dequeued(hart);
                return w;
            }
        }
        currentTask[hart] = 0;
        currentContext[hart] = ctx;
        if (sources != null) sources.preemption.dequeued(hart);
        return 0;
    }

    /**
     * Cycles the last remove held the core, from the cycle it was accepted to its answer (the register map's
     * timing): 1 for a bad priority, j + 5 when it found the task with j tasks ahead of it, L + 2 when its level's
     * L tasks do not hold it (2 for an empty level).
     */
    public int lastRemoveCycles;

    /** Cancel the oldest queued task equal to the word. */
    public long remove(int ctx, long word) {
        word &= wordMask;
        int p = priorityOf(word);
        long err;
        lastRemoveCycles = 1;
        if (p >= priorities) {
            err = BAD_PRIORITY;
        } else {
            err = NOT_FOUND;
            int ahead = 0;
            for (Iterator<Long> it = queues[ctx][p].iterator(); it.hasNext(); ahead++) {
                if (it.next() == word) {
                    it.remove();
                    used--;
                    err = 0;
                    break;
                }
            }
            if (err == 0) lastRemoveCycles = ahead + 5;
            else lastRemoveCycles = ahead + 2;
        }
        errors[ctx] |= err;
        return err;
    }

    public long count(int ctx) {
        long n = 0;
        for (Deque<Long> q : queues[ctx]) n += q.size();
        return n;
    }

    public long levels(int ctx) {
        long m = 0;
        for (int p = 0; p < priorities; p++) if (!queues[ctx][p].isEmpty()) m |= 1L << p;
        return m;
    }

    public long readError(int ctx) {
        long e = errors[ctx];
        errors[ctx] = 0;
        return e;
    }

    public long readControlError() {
        long e = controlError;
        controlError = 0;
        return e;
    }

    public long poolFree() {
        return capacity - used;
    }

    public long currentTask(int hart) {
        return currentTask[hart];
    }

    public long currentContext(int hart) {
        return currentContext[hart];
    }

    /** A refused access on a context page (ctx >= 0) or on the control page / no page (ctx < 0). */
    public void controlFault() {
        controlError |= BAD_ACCESS;
    }

    public void fault(int ctx) {
        if (ctx >= 0) errors[ctx] |= BAD_ACCESS;
        else controlError |= BAD_ACCESS;
    }

    public int used() {
        return used;
    }

    /** Snapshot of one level, oldest first (for tests choosing a task to remove). */
    public Long[] queue(int ctx, int level) {
        return queues[ctx][level].toArray(new Long[0]);
    }

    public long wordMask() {
        return wordMask;
    }
}
