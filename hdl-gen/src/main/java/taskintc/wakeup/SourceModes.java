package taskintc.wakeup;

import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.CFG_MASKED_BIT;
import static taskintc.spec.TaskIntcRegisters.CFG_PERSISTENT_BIT;
import static taskintc.spec.TaskIntcRegisters.CFG_WAKE_ALL_BIT;

import java.util.function.Function;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The mode bits that act on every source at once (wake-all, persistent, masked, set by the kernel) and the waiter
 * bits (one-shot waiters queued, a handler registered, kept in step with the scheduler's wait table), one flip-flop
 * per source each, and the scheduler's update of this cycle decoded once for every per-source piece. The trigger
 * mode is not here: capture is the same for both trigger modes ({@link Triggers}), and the status word takes it
 * from the wait table's record.
 */
final class SourceModes extends Part {
    final HwBits wakeAll, persistent, masked, waiting, handler;
    /** The updated source, one-hot. */
    final HwBits updated;
    /** This cycle's update from the scheduler. */
    private final SourceUpdate update;
    /** This cycle's update sets or clears its source's waiting bit. */
    final HwBits setWaiting, clearWaiting;
    private final HwBool[] isKind = new HwBool[GatewayUpdate.values().length];

    SourceModes(Circuit owner, TaskIntcConfig cfg, WakeupPort sched) {
        super(owner);
        int n = cfg.sources();
        update = sched.update.payload();
        wakeAll = regBits("wakeAll", n, 0);
        persistent = regBits("persistent", n, 0);
        masked = regBits("masked", n, 0);
        waiting = regBits("waiting", n, 0);
        handler = regBits("handler", n, 0);
        updated = wireBits("upd_oneHot", Hw.oneHot(update.source, n));
        for (GatewayUpdate k : GatewayUpdate.values())
            isKind[k.ordinal()] = sched.update.valid().and(update.kind.eq(k.ordinal()));

        Mode[] next = new Mode[n];
        for (int s = 0; s < n; s++) next[s] = next(at(s), updated.bit(s));
        wakeAll.assign(gather(next, Mode::wakeAll));
        persistent.assign(gather(next, Mode::persistent));
        masked.assign(gather(next, Mode::masked));
        handler.assign(gather(next, Mode::handler));
        waiting.assign(gather(next, Mode::waiting));
        clearWaiting = mux(is(GatewayUpdate.CLEAR_WAITING), updated, Hw.bitsLit(0, n));
        setWaiting = mux(is(GatewayUpdate.SET_WAITING), updated, Hw.bitsLit(0, n));
    }

    /** One source's mode and waiter bits. */
    record Mode(HwBool wakeAll, HwBool persistent, HwBool masked, HwBool handler, HwBool waiting) {}

    /** Source {@code s}'s bits now. */
    Mode at(int s) {
        return new Mode(wakeAll.bit(s), persistent.bit(s), masked.bit(s), handler.bit(s), waiting.bit(s));
    }


    /**
     * A source's bits next cycle: this cycle's update applied when it names the source ({@code hit}). The kernel's
     * configuration sets the three mode bits (and unregisters the handler of a source no longer persistent); the
     * wait table's updates set or clear the waiter bits.
     */
    Mode next(Mode now, HwBool hit) {
        HwBool configured = is(GatewayUpdate.CONFIG).and(hit);
        HwBool wa = update.modeBit(CFG_WAKE_ALL_BIT);
        HwBool pe = update.modeBit(CFG_PERSISTENT_BIT), ma = update.modeBit(CFG_MASKED_BIT);
        HwBool handlerSet = now.handler().or(is(GatewayUpdate.SET_HANDLER).and(hit));
        return new Mode(mux(configured, wa, now.wakeAll()),
                mux(configured, pe, now.persistent()), mux(configured, ma, now.masked()),
                handlerSet.and(configured.and(pe.not()).not()),
                waitingNext(now.waiting(), hit));
    }

    /** A source's waiting bit next cycle: this cycle's update applied when it names the source ({@code hit}). */
    private HwBool waitingNext(HwBool now, HwBool hit) {
        return now.and(is(GatewayUpdate.CLEAR_WAITING).and(hit).not()).or(is(GatewayUpdate.SET_WAITING).and(hit));
    }

    private static HwBits gather(Mode[] perSource, Function<Mode, HwBool> bit) {
        HwBits[] parts = new HwBits[perSource.length];
        for (int s = 0; s < perSource.length; s++) parts[perSource.length - 1 - s] = bit.apply(perSource[s]).asBits();
        return Hw.cat(parts);
    }

    /** This cycle's update is of kind {@code k}. */
    HwBool is(GatewayUpdate k) {
        return isKind[k.ordinal()];
    }
}
