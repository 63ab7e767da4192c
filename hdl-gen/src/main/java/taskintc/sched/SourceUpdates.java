package taskintc.sched;

import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.ConfigTarget;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.WakeupPort;

/**
 * S1 tells the wakeup unit what its operation changed about its source, one update per cycle: waiters
 * queued or gone, a handler registered, the kernel's source configuration and coalescing limits, and the
 * pending count's change (a pending event taken by a wait, a wakeup or a handler copy, or an injected one).
 */
final class SourceUpdates extends Part {
    SourceUpdates(Circuit owner, SchedPipeline pipe, WaitTable waits, WakeupPort port) {
        super(owner);
        var s1 = pipe.s1;
        HwUInt kind = wireUInt("s1_gatewayKind", GatewayUpdate.width());
        kind.assign(GatewayUpdate.NONE.ordinal());
        HwBool lastWaiter = s1.isWake.and(waits.count1.eq(1));
        HwBool configures = s1.configOk;
        // A cancel walk runs while S1 is empty: its update (the source's last waiter cancelled) takes S1's turn.
        when(s1.waitAppends.and(waits.waiting1.not()), () -> kind.assign(GatewayUpdate.SET_WAITING.ordinal()))
                .elseWhen(lastWaiter.or(pipe.walkClearsWaiting), () -> kind.assign(GatewayUpdate.CLEAR_WAITING.ordinal()))
                .elseWhen(s1.setHandler, () -> kind.assign(GatewayUpdate.SET_HANDLER.ordinal()))
                .elseWhen(waits.configuresSource1, () -> kind.assign(GatewayUpdate.CONFIG.ordinal()))
                .elseWhen(configures.and(s1.status.eq(ConfigTarget.NIC_COALESCE.ordinal())),
                        () -> kind.assign(GatewayUpdate.COALESCE.ordinal()));
        // The count: a wait takes a pending event, so does a wakeup whose pick took one and a handler copy that finds
        // room in the pool (one that does not leaves the event for a later pick); an injected event is an event on
        // the line: a masked source ignores it, so it is not given.
        HwBool take = wireBool("s1_countTake", s1.waitTakesPending.or(s1.isWake.and(s1.takesEvent))
                .or(s1.isHandler.and(s1.poolFull.not())));
        HwBool give = wireBool("s1_countGive", configures.and(s1.status.eq(ConfigTarget.INJECT.ordinal()))
                .and(waits.modes1.bit(WaitTable.M_MASKED).not()));
        SourceUpdate u = port.update.payload();
        port.update.valid().assign(kind.eq(GatewayUpdate.NONE.ordinal()).not().or(take).or(give));
        u.kind.assign(kind);
        u.take.assign(take);
        u.give.assign(give);
        u.source.assign(mux(pipe.walkActive, pipe.walkSource, s1.source));
        // The bits the wakeup unit keeps of the source, as the operation (or the cancel walk) leaves its record.
        HwBits after = mux(pipe.walkActive, waits.walkRecord, waits.recordAfter1);
        HwBits modes = WaitTable.modes(after);
        u.wakeAll.assign(modes.bit(WaitTable.M_WAKE_ALL));
        u.persistent.assign(modes.bit(WaitTable.M_PERSISTENT));
        u.masked.assign(modes.bit(WaitTable.M_MASKED));
        u.handler.assign(modes.bit(WaitTable.M_HANDLER));
        u.waiting.assign(WaitTable.waiting(after));
        if (u.startsDrain != null) u.startsDrain.assign(s1.isWake.and(s1.startsDrain));
        if (u.coalesce != null) u.coalesce.assign(s1.data.resize(32).slice(GatewayUpdate.DATA_LSB, 32 - GatewayUpdate.DATA_LSB));
        port.poolFull.assign(s1.poolFull);
    }
}
