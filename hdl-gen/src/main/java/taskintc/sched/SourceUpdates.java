package taskintc.sched;

import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.CFG_EDGE_BIT;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.ConfigTarget;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.WakeupPort;

/**
 * S1 tells the wakeup unit what its operation changed about its source, one update per cycle: waiters
 * queued or gone, a pending event taken by a wait or given back by a handler copy that found the pool
 * full, a handler registered, and the kernel's source configuration, coalescing limits and injected events.
 */
final class SourceUpdates extends Part {
    SourceUpdates(Circuit owner, SchedPipeline pipe, WaitTable waits, WakeupPort port) {
        super(owner);
        var s1 = pipe.s1;
        HwBool update = wireBool("s1_gatewayUpdate");
        HwUInt kind = wireUInt("s1_gatewayKind", GatewayUpdate.width());
        update.assign(false);
        kind.assign(0);
        HwBool lastWaiter = s1.isWake.and(waits.count1.eq(1));
        HwBool configures = s1.configOk;
        // A cancel walk runs while S1 is empty: its update (the source's last waiter cancelled) takes S1's turn.
        when(s1.waitAppends.and(waits.waiting1.not()), () -> set(update, kind, GatewayUpdate.SET_WAITING))
                .elseWhen(lastWaiter.or(pipe.walkClearsWaiting), () -> set(update, kind, GatewayUpdate.CLEAR_WAITING))
                .elseWhen(s1.waitTakesPending, () -> set(update, kind, GatewayUpdate.CONSUME))
                .elseWhen(s1.setHandler, () -> set(update, kind, GatewayUpdate.SET_HANDLER))
                .elseWhen(s1.isHandler.and(s1.poolFull), () -> set(update, kind, GatewayUpdate.REFUND))
                .elseWhen(waits.configuresSource1, () -> set(update, kind, GatewayUpdate.CONFIG))
                .elseWhen(configures.and(s1.status.eq(ConfigTarget.NIC_COALESCE.ordinal())), () -> set(update, kind, GatewayUpdate.COALESCE))
                // An injected event is an event on the line: a masked source ignores it, so it is not sent.
                .elseWhen(configures.and(s1.status.eq(ConfigTarget.INJECT.ordinal())).and(waits.modes1.bit(WaitTable.M_MASKED).not()),
                        () -> set(update, kind, GatewayUpdate.INJECT));
        SourceUpdate u = port.update.payload();
        port.update.valid().assign(update);
        u.kind.assign(kind);
        u.source.assign(mux(pipe.walkActive, pipe.walkSource, s1.source));
        u.mode.assign(s1.data.slice(CFG_EDGE_BIT, 4));
        if (u.coalesce != null) u.coalesce.assign(s1.data.resize(32).slice(GatewayUpdate.DATA_LSB, 32 - GatewayUpdate.DATA_LSB));
        port.poolFull.assign(s1.poolFull);
    }

    private static void set(HwBool update, HwUInt kind, GatewayUpdate k) {
        update.assign(true);
        kind.assign(k.ordinal());
    }
}
