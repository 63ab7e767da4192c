package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.CONTEXT_FIELD_BITS;
import static taskintc.spec.TaskIntcRegisters.HART_CONTEXT_VALID_BIT;

import java.util.ArrayList;
import java.util.List;

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
    /** An idle hart's preemption key: above every priority level, so any woken task may interrupt it. */
    private static final int IDLE_KEY = 32, KEY_WIDTH = 6;
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

        // S2: the victim is the eligible hart with the largest key (an idle hart's key beats every level), the
        // lowest-numbered one among equals; a tree of pairwise choices, so the path grows with log2(harts).
        HwBits notifyPending = regBits("notifyPending", cfg.contexts(), 0);
        usipPending = regBits("usipPending", h, 0);
        notifyValue = wireBits("s2_notify_value", 32);
        // Each hart's key, recorded with its current task so that the comparison starts from a register (not from a
        // zero test of the task's pointer): the task's priority, or IDLE_KEY (above every level) with no task.
        RegArray currentKey = regArray("currentKey", h, KEY_WIDTH, IDLE_KEY);
        HwBool idle = TaskWord.isNull(current.dequeued2);
        HwUInt dequeuedKey = mux(idle, lit(IDLE_KEY, KEY_WIDTH), TaskWord.priorityOf(current.dequeued2).resize(KEY_WIDTH));
        when(s2.valid.and(s2.isDeq), () -> currentKey.get(s2.hart).assign(dequeuedKey.asBits()));
        HwUInt priority = TaskWord.priorityOf(s2.data).resize(KEY_WIDTH);
        HwBool preempt = s2.data.bit(TaskWord.PREEMPT_BIT);
        HwBool decide = wireBool("s2_wakeDecision", s2.valid.and(s2MadeReady));
        HwBool anyRunning = Hw.lit(false);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < h; i++) {
            HwBits hc = hartContext.get(i);
            HwBool runs = hc.bit(xw).and(hc.slice(0, xw).asUInt().eq(s2.context));
            anyRunning = anyRunning.or(runs);
            HwUInt key = currentKey.get(i).asUInt();
            candidates.add(new Candidate(runs.and(priority.lt(key)), key, lit(i, hw)));
        }
        Candidate best = Candidate.best(candidates);
        HwBool haveVictim = best.eligible;
        HwUInt victim = best.hart;
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

    /** A hart a woken task may interrupt: eligible, its key, its number. */
    private record Candidate(HwBool eligible, HwUInt key, HwUInt hart) {
        /** The eligible candidate with the largest key, the first in the list among equals (pairwise, as a tree). */
        static Candidate best(List<Candidate> list) {
            while (list.size() > 1) {
                List<Candidate> next = new ArrayList<>();
                for (int i = 0; i + 1 < list.size(); i += 2) {
                    Candidate a = list.get(i), b = list.get(i + 1);
                    HwBool takeB = b.eligible.and(a.eligible.not().or(b.key.gt(a.key)));
                    next.add(new Candidate(a.eligible.or(b.eligible), mux(takeB, b.key, a.key), mux(takeB, b.hart, a.hart)));
                }
                if (list.size() % 2 == 1) next.add(list.get(list.size() - 1));
                list = next;
            }
            return list.get(0);
        }
    }
}
