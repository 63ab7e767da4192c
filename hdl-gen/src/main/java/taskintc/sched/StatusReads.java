package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.Part;
import taskintc.spec.CoreOp;
import taskintc.spec.CoreRsp;
import taskintc.spec.Status;

/**
 * The answers. Status words are sampled in S1, where every older operation has already updated them and
 * no younger one has; per-hart words, the notify pop and the dequeued task are taken in S2. Every bus
 * operation answers in S2 in order, a remove or cancel_wait when its walk is done; internal work does not answer.
 */
final class StatusReads extends Part {
    /** {@code sourceStatus1} and {@code preemption} are null without sources. */
    StatusReads(Circuit owner, SchedPipeline pipe, HwFlow<CoreRsp> rsp, LevelLists lists, TaskPool pool,
                ErrorRegisters errors, HwBits sourceStatus1, CurrentTasks current, Preemption preemption, ListWalker remove) {
        super(owner);
        var cfg = pipe.cfg;
        var s1 = pipe.s1;
        var s2 = pipe.s2;
        int w = cfg.taskWidth(), xw = cfg.contextWidth();
        HwBits value1 = wireBits("s1_status_value", w);
        value1.assign(0);
        when(s1.op.eq(CoreOp.READ_STATUS.ordinal()), () -> switchOn(s1.status, cases -> cases
                .is(Status.CONTEXT_COUNT.ordinal(), () -> value1.assign(lists.contextCount1.asBits().resize(w)))
                .is(Status.CONTEXT_LEVELS.ordinal(), () -> value1.assign(lists.levels1.resize(w)))
                .is(Status.CONTEXT_ERROR.ordinal(), () -> value1.assign(errors.row1.resize(w)))
                .is(Status.POOL_FREE.ordinal(), () -> value1.assign(lit(cfg.capacity(), cfg.countWidth()).minus(pool.used).asBits().resize(w)))
                .is(Status.CONTROL_ERROR.ordinal(), () -> value1.assign(errors.controlError.resize(w)))
                .is(Status.SOURCE_STATUS.ordinal(), () -> value1.assign(
                        (sourceStatus1 == null ? Hw.bitsLit(0, 32) : sourceStatus1).resize(w)))));
        HwBits value2 = delay("s2_status_value", value1);

        HwBits data2 = wireBits("s2_rsp_data", w);
        data2.assign(value2);
        HwBool isRead2 = s2.op.eq(CoreOp.READ_STATUS.ordinal());
        HwBits notify = preemption == null ? Hw.bitsLit(0, 32) : preemption.notifyValue;
        when(s2.isDeq, () -> data2.assign(current.dequeued2))
                .elseWhen(s2.op.eq(CoreOp.READ_CONST.ordinal()), () -> data2.assign(s2.data))
                .elseWhen(isRead2.and(s2.status.eq(Status.CURRENT_TASK.ordinal())),
                        () -> data2.assign(current.task.get(s2.hart)))
                .elseWhen(isRead2.and(s2.status.eq(Status.CURRENT_CONTEXT.ordinal())), () -> {
                    HwBits cc = current.context.get(s2.hart);
                    data2.assign(cat(cc.bit(xw), Hw.bitsLit(0, 31 - xw), cc.slice(0, xw)).resize(w));
                })
                .elseWhen(isRead2.and(s2.status.eq(Status.NOTIFY.ordinal())), () -> data2.assign(notify.resize(w)))
                .elseWhen(isRead2.and(s2.status.eq(Status.USIP.ordinal())),
                        () -> data2.assign(preemption != null ? preemption.usipPending.resize(w) : Hw.bitsLit(0, w)));

        CoreRsp r = rsp.payload();
        rsp.valid().assign(s2.valid.and(s2.internal.not()).or(remove.done));
        r.data.assign(mux(remove.done, remove.answer, data2));
        r.fault.assign(s2.valid.and(s2.op.eq(CoreOp.FAULT.ordinal())));
        r.read.assign(mux(remove.done, remove.read, s2.read));
    }
}
