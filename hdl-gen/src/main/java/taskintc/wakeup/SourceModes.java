package taskintc.wakeup;

import static taskintc.dsl.Hw.mux;

import java.util.function.Function;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.Part;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The mode bits that act on every source at once (wake-all, persistent, masked, set by the kernel) and the waiter
 * bits (one-shot waiters queued, a handler registered), one flip-flop per source each: a copy of the bits the
 * scheduler's wait table keeps in each source's record. An update of a kind that changes any of them carries all five
 * as the record is after it, and the source loads them: one load enable per source (its one-hot of the updated
 * source), every bit a flip-flop with that enable and the update's bit as data, no next-state logic of its own. The
 * scheduler's update of this cycle is decoded here once for every per-source piece. The trigger mode is not here:
 * capture is the same for both trigger modes ({@link Triggers}), and the status word takes it from the record.
 */
final class SourceModes extends Part {
    final HwBits wakeAll, persistent, masked, waiting, handler;
    /** The updated source, one-hot. */
    final HwBits updated;
    /** Each source's waiting bit next cycle: this cycle's update applied. */
    final HwBits waitingNext;
    private final HwBool[] isKind = new HwBool[GatewayUpdate.values().length];

    SourceModes(Circuit owner, TaskIntcConfig cfg, WakeupPort sched) {
        super(owner);
        int n = cfg.sources();
        SourceUpdate update = sched.update.payload();
        wakeAll = regBits("wakeAll", n, 0);
        persistent = regBits("persistent", n, 0);
        masked = regBits("masked", n, 0);
        waiting = regBits("waiting", n, 0);
        handler = regBits("handler", n, 0);
        updated = wireBits("upd_oneHot", Hw.oneHot(update.source, n));
        for (GatewayUpdate k : GatewayUpdate.values())
            isKind[k.ordinal()] = sched.update.valid().and(update.kind.eq(k.ordinal()));
        HwBool loads = is(GatewayUpdate.SET_WAITING).or(is(GatewayUpdate.CLEAR_WAITING)).or(is(GatewayUpdate.SET_HANDLER))
                .or(is(GatewayUpdate.CONFIG));
        HwBits load = wireBits("modesLoad", mux(loads, updated, Hw.bitsLit(0, n)));

        Mode loaded = new Mode(update.wakeAll, update.persistent, update.masked, update.handler, update.waiting);
        Mode[] next = new Mode[n];
        for (int s = 0; s < n; s++) next[s] = at(s).loadedIf(load.bit(s), loaded);
        wakeAll.assign(gather(next, Mode::wakeAll));
        persistent.assign(gather(next, Mode::persistent));
        masked.assign(gather(next, Mode::masked));
        handler.assign(gather(next, Mode::handler));
        waitingNext = wireBits("waitingNext", gather(next, Mode::waiting));
        waiting.assign(waitingNext);
    }

    /** One source's mode and waiter bits. */
    record Mode(HwBool wakeAll, HwBool persistent, HwBool masked, HwBool handler, HwBool waiting) {
        /** These bits, or {@code loaded}'s when {@code load}. */
        Mode loadedIf(HwBool load, Mode loaded) {
            return new Mode(mux(load, loaded.wakeAll, wakeAll), mux(load, loaded.persistent, persistent),
                    mux(load, loaded.masked, masked), mux(load, loaded.handler, handler), mux(load, loaded.waiting, waiting));
        }
    }

    /** Source {@code s}'s bits now. */
    Mode at(int s) {
        return new Mode(wakeAll.bit(s), persistent.bit(s), masked.bit(s), handler.bit(s), waiting.bit(s));
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
