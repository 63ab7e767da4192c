package taskintc.model;

import java.util.Arrays;

/**
 * Reference model of the preemption and kernel-notification decision (the scheduler's {@code Preemption}):
 * a task made ready in a context some hart runs raises {@code usip} of the hart running the lowest-priority
 * task below it when the task asks for preemption; a task made ready in a context no hart runs notifies the
 * kernel ({@code ssip} of the notify hart, the context readable from {@code notify}).
 */
public final class PreemptionModel {
    private final SchedulerModel s;
    private final boolean[] hartValid;
    private final int[] hartCtx;
    private final boolean[] notify;
    private int notifyHart;
    private long usip;

    PreemptionModel(SchedulerModel s) {
        this.s = s;
        hartValid = new boolean[s.harts];
        hartCtx = new int[s.harts];
        notify = new boolean[s.contexts];
    }

    void reset() {
        Arrays.fill(hartValid, false);
        Arrays.fill(hartCtx, 0);
        Arrays.fill(notify, false);
        notifyHart = 0;
        usip = 0;
    }

    /** {@code word} was just made ready in {@code ctx}: preempt a hart or notify the kernel. */
    void delivered(int ctx, long word) {
        boolean running = false;
        int victim = -1, victimKey = -1;
        int prio = SchedulerModel.priorityOf(word);
        for (int h = 0; h < s.harts; h++) {
            if (!hartValid[h] || hartCtx[h] != ctx) continue;
            running = true;
            long cur = s.currentTask(h);
            int key = (cur & ~63L) == 0 ? 32 : SchedulerModel.priorityOf(cur);
            if (prio < key && key > victimKey) {
                victim = h;
                victimKey = key;
            }
        }
        if (!running) notify[ctx] = true;
        else if ((word & 1) != 0 && victim >= 0) usip |= 1L << victim;
    }

    public void hartContext(int hart, boolean valid, int ctx) {
        hartValid[hart] = valid;
        hartCtx[hart] = ctx;
    }

    public void notifyHart(int hart) {
        notifyHart = hart;
    }

    /** Pops the lowest notified context: {valid bit 31, context}. */
    public long readNotify() {
        for (int c = 0; c < notify.length; c++)
            if (notify[c]) {
                notify[c] = false;
                return (1L << 31) | c;
            }
        return 0;
    }

    public long usip() {
        return usip;
    }

    public long ssip() {
        for (boolean b : notify) if (b) return 1L << notifyHart;
        return 0;
    }

    /** The hart dequeued: its usip clears. */
    void dequeued(int hart) {
        usip &= ~(1L << hart);
    }

    public boolean notifyPending() {
        for (boolean b : notify) if (b) return true;
        return false;
    }

    public int notifyHart() {
        return notifyHart;
    }
}
