package taskintc.ipc;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.RegArray;
import taskintc.spec.DeliveryPort;
import taskintc.spec.IpcDelivery;
import taskintc.spec.TaskIntcConfig;

/**
 * Tasks to make ready (a receiver's handler, a replied sender's task), each with its context, waiting for the
 * scheduler: a queue of {@link #DEPTH} in flip-flops, handed over one at a time. The scheduler answers each
 * hand-over one cycle later: taken, or refused for a full pool, in which case the same entry is offered again
 * once the pool has room. A full pool delays a wakeup but never loses it; a transfer that would overflow the
 * queue is refused (BUSY) instead.
 */
final class DeliveryQueue extends Part {
    static final int DEPTH = 4;

    /** No room for another delivery. */
    final HwBool full;
    private final RegArray entries;
    private final HwUInt head, count;
    private final HwBool pop;

    DeliveryQueue(Circuit owner, TaskIntcConfig cfg, DeliveryPort port) {
        super(owner);
        HwStream<IpcDelivery> deliver = port.task;
        HwBool ackValid = port.ackValid, ackOk = port.ackOk, poolFull = port.poolFull;
        int w = cfg.taskWidth();
        int xw = cfg.contextWidth();
        entries = regArray("deliveries", DEPTH, xw + w, 0);
        head = regUInt("deliveryHead", 2, 0);
        count = regUInt("deliveryCount", 3, 0);
        HwBool inFlight = regBool("deliveryInFlight", false);
        full = wireBool("deliveryQueueFull", count.eq(DEPTH));

        pop = ackValid.and(ackOk);
        when(pop, () -> head.assign(head.plus(1)));
        HwBits first = entries.get(head);
        deliver.valid().assign(count.ne(0).and(inFlight.not()).and(poolFull.not()));
        deliver.payload().context.assign(first.slice(w, xw).asUInt());
        deliver.payload().word.assign(first.slice(0, w));
        when(deliver.fire(), () -> inFlight.assign(true)).elseWhen(ackValid, () -> inFlight.assign(false));
    }

    /** Queues {@code entry} ({@code context} above the task word) when {@code push}. */
    void push(HwBool push, HwBits entry) {
        when(push, () -> entries.get(head.plus(count.resize(2))).assign(entry));
        count.assign(count.plus(mux(push, lit(1, 3), lit(0, 3))).minus(mux(pop, lit(1, 3), lit(0, 3))));
    }
}
