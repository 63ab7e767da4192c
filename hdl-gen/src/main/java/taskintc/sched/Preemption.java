package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.CONTEXT_FIELD_BITS;
import static taskintc.spec.TaskIntcRegisters.HART_CONTEXT_VALID_BIT;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.RegArray;
import taskintc.spec.ConfigTarget;
import taskintc.spec.CoreOp;
import taskintc.spec.Status;
import taskintc.spec.TaskWord;

/**
 * Who hears of a woken task. The kernel says which context each hart runs ({@code hart_context}). In S2, a
 * task made ready by the hardware (wakeup, handler copy, wait served from a pending event, IPC delivery)
 * with its preempt bit set raises {@code usip} of the hart of its context running the lowest-priority task
 * below it (an idle hart counts as lowest); when no hart runs its context, the context is recorded for the
 * kernel ({@code notify}, popped by a read) and {@code ssip} of {@code notify_hart} rises. A hart's
 * {@code usip} clears when it dequeues. Software enqueues interrupt no one.
 */
final class Preemption extends Part {
    /** S2: the notify register's value (valid bit and the lowest context pending). */
    final HwBits notifyValue;
    final HwBits usipPending;

    Preemption(Circuit owner, SchedPipeline pipe, CurrentTasks current, HwBits usip, HwBits ssip) {
        super(owner);
        var cfg = pipe.cfg;
        var s1 = pipe.s1;
        var s2 = pipe.s2;
        int h = cfg.harts(), xw = cfg.contextWidth(), w = cfg.taskWidth(), hw = cfg.hartWidth();
        RegArray hartContext = regArray("hartCtx", h, xw + 1, 0);
        HwUInt notifyHart = regUInt("notifyHart", hw, 0);

        // S1: the kernel's writes (ErrorRegisters refused those out of range).
        HwUInt context = s1.data.slice(0, CONTEXT_FIELD_BITS).asUInt();
        HwUInt hart = s1.data.slice(0, 5).asUInt();
        when(s1.configOk.and(s1.status.eq(ConfigTarget.NOTIFY_HART.ordinal())), () -> notifyHart.assign(hart.resize(hw)));
        when(s1.configOk.and(s1.status.eq(ConfigTarget.HART_CONTEXT.ordinal())), () ->
                hartContext.get(s1.hart).assign(cat(s1.data.bit(HART_CONTEXT_VALID_BIT), context.resize(xw))));
        HwBool s2MadeReady = delay("s2_readyInsert", s1.readyInsert.and(s1.isEnq.not()), false);

        // S2: the victim is the eligible hart with the largest key (an idle hart's key, 32, beats every level).
        HwBits notifyPending = regBits("notifyPending", cfg.contexts(), 0);
        usipPending = regBits("usipPending", h, 0);
        notifyValue = wireBits("s2_notify_value", 32);
        HwUInt priority = s2.data.slice(TaskWord.PRIORITY_LSB, TaskWord.PRIORITY_WIDTH).asUInt();
        HwBool preempt = s2.data.bit(TaskWord.PREEMPT_BIT);
        HwBool decide = wireBool("s2_wakeDecision", s2.valid.and(s2MadeReady));
        HwBool anyRunning = Hw.lit(false);
        HwBool haveVictim = Hw.lit(false);
        HwUInt victim = lit(0, hw);
        HwUInt victimKey = lit(0, 6);
        for (int i = 0; i < h; i++) {
            HwBits hc = hartContext.get(i);
            HwBool runs = hc.bit(xw).and(hc.slice(0, xw).asUInt().eq(s2.context));
            anyRunning = anyRunning.or(runs);
            HwBits cur = current.task.get(i);
            HwBool idle = cur.slice(TaskWord.POINTER_LSB, w - TaskWord.POINTER_LSB).asUInt().eq(0);
            HwUInt key = mux(idle, lit(32, 6), cur.slice(TaskWord.PRIORITY_LSB, TaskWord.PRIORITY_WIDTH).asUInt().resize(6));
            HwBool eligible = runs.and(priority.resize(6).lt(key));
            HwBool better = eligible.and(haveVictim.not().or(key.gt(victimKey)));
            victim = mux(better, lit(i, hw), victim);
            victimKey = mux(better, key, victimKey);
            haveVictim = haveVictim.or(eligible);
        }
        HwBool notifyKernel = wireBool("s2_notifyKernel", decide.and(anyRunning.not()));
        HwBool interruptHart = wireBool("s2_preemptHart", decide.and(preempt).and(haveVictim));
        HwUInt victimHart = wireUInt("s2_victimHart", victim);
        HwBool readNotify = s2.valid.and(s2.op.eq(CoreOp.READ_STATUS.ordinal())).and(s2.status.eq(Status.NOTIFY.ordinal()));
        HwUInt lowest = Hw.firstSetIndex(notifyPending).resize(xw);
        notifyValue.assign(mux(notifyPending.orR(), cat(Hw.lit(true), Hw.bitsLit(0, 31 - xw), lowest), Hw.bitsLit(0, 32)));
        HwBits popped = mux(readNotify.and(notifyPending.orR()), Hw.oneHot(lowest, cfg.contexts()), Hw.bitsLit(0, cfg.contexts()));
        HwBits recorded = mux(notifyKernel, Hw.oneHot(s2.context, cfg.contexts()), Hw.bitsLit(0, cfg.contexts()));
        notifyPending.assign(notifyPending.and(popped.not()).or(recorded));
        HwBits raised = mux(interruptHart, Hw.oneHot(victimHart, h), Hw.bitsLit(0, h));
        HwBits dequeued = mux(s2.valid.and(s2.isDeq), Hw.oneHot(s2.hart, h), Hw.bitsLit(0, h));
        usipPending.assign(usipPending.and(dequeued.not()).or(raised));
        usip.assign(usipPending);
        ssip.assign(mux(notifyPending.orR(), Hw.oneHot(notifyHart, h), Hw.bitsLit(0, h)));
    }
}
