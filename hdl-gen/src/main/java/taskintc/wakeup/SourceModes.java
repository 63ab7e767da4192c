package taskintc.wakeup;

import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.CFG_EDGE_BIT;
import static taskintc.spec.TaskIntcRegisters.CFG_MASKED_BIT;
import static taskintc.spec.TaskIntcRegisters.CFG_PERSISTENT_BIT;
import static taskintc.spec.TaskIntcRegisters.CFG_WAKE_ALL_BIT;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.Part;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.Trigger;
import taskintc.spec.WakeupPort;

/**
 * Each source's mode bits (edge, wake-all, persistent, masked, set by the kernel) and waiter bits (one-shot
 * waiters queued, a handler registered, kept in step with the scheduler's wait table), one flip-flop per
 * source each, and the scheduler's update of this cycle decoded once for every per-source piece.
 */
final class SourceModes extends Part {
    final HwBits edge, wakeAll, persistent, masked, waiting, handler;
    /** The updated source, one-hot. */
    final HwBits updated;
    /** This cycle's update sets or clears its source's waiting bit. */
    final HwBits setWaiting, clearWaiting;
    private final HwBool[] isKind = new HwBool[GatewayUpdate.values().length];

    SourceModes(Circuit owner, TaskIntcConfig cfg, WakeupPort sched) {
        super(owner);
        int n = cfg.sources(), q = cfg.nicQueues();
        SourceUpdate upd = sched.update.payload();
        edge = regBits("edge", Hw.bitsWith(n, s -> s < 2 * q || cfg.trigger() == Trigger.EDGE));
        wakeAll = regBits("wakeAll", n, 0);
        persistent = regBits("persistent", n, 0);
        masked = regBits("masked", n, 0);
        waiting = regBits("waiting", n, 0);
        handler = regBits("handler", n, 0);
        updated = wireBits("upd_oneHot", Hw.oneHot(upd.source, n));
        for (GatewayUpdate k : GatewayUpdate.values())
            isKind[k.ordinal()] = sched.update.valid().and(upd.kind.eq(k.ordinal()));

        when(is(GatewayUpdate.CONFIG), () -> {
            HwBool e = upd.mode.bit(CFG_EDGE_BIT - CFG_EDGE_BIT), wa = upd.mode.bit(CFG_WAKE_ALL_BIT - CFG_EDGE_BIT);
            HwBool pe = upd.mode.bit(CFG_PERSISTENT_BIT - CFG_EDGE_BIT), ma = upd.mode.bit(CFG_MASKED_BIT - CFG_EDGE_BIT);
            edge.assign(setBit(edge, updated, e));
            wakeAll.assign(setBit(wakeAll, updated, wa));
            persistent.assign(setBit(persistent, updated, pe));
            masked.assign(setBit(masked, updated, ma));
            when(pe.not(), () -> handler.assign(handler.and(updated.not())));
        });
        when(is(GatewayUpdate.SET_HANDLER), () -> handler.assign(handler.or(updated)));
        clearWaiting = mux(is(GatewayUpdate.CLEAR_WAITING), updated, Hw.bitsLit(0, n));
        setWaiting = mux(is(GatewayUpdate.SET_WAITING), updated, Hw.bitsLit(0, n));
        waiting.assign(waiting.and(clearWaiting.not()).or(setWaiting));
    }

    /** This cycle's update is of kind {@code k}. */
    HwBool is(GatewayUpdate k) {
        return isKind[k.ordinal()];
    }

    private static HwBits setBit(HwBits v, HwBits oneHot, HwBool value) {
        return mux(value, v.or(oneHot), v.and(oneHot.not()));
    }
}
