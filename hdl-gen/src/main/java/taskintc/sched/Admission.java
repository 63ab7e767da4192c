package taskintc.sched;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBool;
import taskintc.dsl.Part;

/**
 * S1 decides what the operation does, from its task word, the pool's space, the list record and (for a
 * wait) the wait table's verdict: insert into a ready list (at its head or tail), dequeue, take an entry.
 * A refused operation changes nothing; ErrorRegisters records why.
 */
final class Admission extends Part {
    /** {@code deliverAckValid} and {@code deliverAckOk} are the IPC unit's verdict ports (null without IPC). */
    Admission(Circuit owner, SchedPipeline pipe, HwBool deliverAckValid, HwBool deliverAckOk) {
        super(owner);
        var s1 = pipe.s1;
        HwBool enqueueOk = s1.valid.and(s1.isEnq).and(s1.wordOk).and(s1.poolFull.not());
        // A handler copy or an IPC delivery takes a free entry; with none left it is given back (and retried).
        HwBool copyOk = s1.isHandler.or(s1.isDeliver).and(s1.poolFull.not());
        if (deliverAckValid != null) {
            deliverAckValid.assign(s1.isDeliver);
            deliverAckOk.assign(s1.poolFull.not());
        }
        // A wakeup moves an entry it already has; a wait that takes a pending event is an enqueue.
        s1.readyInsert.assign(enqueueOk.or(copyOk).or(s1.isWake).or(s1.waitTakesPending));
        s1.allocates.assign(enqueueOk.or(copyOk).or(s1.waitTakesPending).or(s1.waitAppends));
        s1.dequeueOk.assign(s1.valid.and(s1.isDeq).and(s1.listNonEmpty));
        // Preempting wakeups (and enqueue_head) join the head of their level.
        s1.atHead.assign(s1.isEnqHead.or(s1.isEnqTail.not().and(s1.preempt)));
    }
}
