package taskintc.spec;

import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.PortBundle;

/**
 * Between the IPC unit (the master) and the scheduler: the tasks a send or reply makes ready, one at a time.
 * The scheduler answers each task it takes one cycle later: taken, or refused because the pool is full (the IPC
 * unit keeps it and offers it again once {@link #poolFull} falls).
 */
public final class DeliveryPort extends PortBundle {
    /** A task word and the context whose ready queue it joins. */
    public final HwStream<IpcDelivery> task;
    /** The verdict on the task taken the cycle before: valid, and ok (taken) or not (refused, pool full). */
    public final HwBool ackValid = bool("ack_valid"), ackOk = bool("ack_ok");
    /** The pool has no free entry: offering a task now would be refused. */
    public final HwBool poolFull = bool("poolFull");

    public DeliveryPort(TaskIntcConfig cfg) {
        task = stream("task", () -> new IpcDelivery(cfg));
    }

    @Override
    protected void directions(Directions d) {
        d.master(task);
        d.in(ackValid, ackOk, poolFull);
    }
}
