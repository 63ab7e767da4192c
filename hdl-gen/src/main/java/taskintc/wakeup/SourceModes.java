package taskintc.wakeup;

import static taskintc.dsl.Hw.mux;

import java.util.function.Function;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourceUpdate;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The mode bits (wake-all, persistent, masked, set by the kernel) and the waiter bits (one-shot waiters queued, a
 * handler registered): a copy of the bits the scheduler's wait table keeps in each source's record. An update of a kind
 * that changes any of them carries all five as the record is after it, and the copy is loaded from it, with no
 * next-state logic of its own. What every source needs every cycle is in flip-flops, folded when loaded: masked,
 * waiting, and the picker's two tests (one-shot waiters on a source that is not persistent, a handler on one that is);
 * one load enable per source (its one-hot of the updated source), the update's bits as data. What only the offered
 * source needs (wake-all, persistent) is in a RAM the picker reads at its choice: a block RAM beyond 128 sources. It
 * needs no reset: a source is offered only with one of the two tests set, which only an update sets, and that update
 * wrote its entry. The scheduler's update of this cycle is decoded here once for every per-source piece. The trigger
 * mode is not here: capture is the same for both trigger modes ({@link Triggers}), and the status word takes it from
 * the record. With {@code --line-buffer k} only the NIC queues' masks are kept here (for the NIC's mask outputs): the
 * sources' masks are in their count words ({@link CountRam}) and {@link RecordPicker} reads the rest from RAM (the other
 * fields are then null).
 */
final class SourceModes extends Part {
    final HwBits masked, waiting;
    /** The picker's per-source tests: one-shot waiters queued on a source that is not persistent, and a handler
     *  registered on a persistent one. */
    final HwBits oneShot, handlerArmed;
    /** Each source's wake-all and persistent bits, for the offered source only. */
    private final Ram offerModes;
    /** The updated source, one-hot (with line buffers over the NIC's queues only; null without them). */
    final HwBits updated;
    /** Each source's waiting bit next cycle: this cycle's update applied. */
    final HwBits waitingNext;
    /** This cycle's update changes the bits (its kind is one that carries them). */
    final HwBool loads;
    private final HwBool[] isKind = new HwBool[GatewayUpdate.values().length];

    SourceModes(Circuit owner, TaskIntcConfig cfg, WakeupPort sched) {
        super(owner);
        int n = cfg.sources();
        // With line buffers the picker reads a source's waiter and mode bits from RAM (RecordPicker).
        boolean pickerBits = cfg.lineBuffer() == 0;
        SourceUpdate update = sched.update.payload();
        // With line buffers a source's mask is in its count word (CountRam); only the NIC's queues keep one here, for
        // the mask outputs.
        int maskedSources = pickerBits ? n : 2 * cfg.nicQueues();
        masked = maskedSources > 0 ? regBits("masked", maskedSources, 0) : null;
        waiting = pickerBits ? regBits("waiting", n, 0) : null;
        oneShot = pickerBits ? regBits("oneShot", n, 0) : null;
        handlerArmed = pickerBits ? regBits("handlerArmed", n, 0) : null;
        // The updated source, one-hot: with line buffers only the NIC's queues need it (their masks and coalescing).
        updated = maskedSources == 0 ? null : wireBits("upd_oneHot", Hw.oneHot(update.source, maskedSources));
        for (GatewayUpdate k : GatewayUpdate.values())
            isKind[k.ordinal()] = sched.update.valid().and(update.kind.eq(k.ordinal()));
        loads = is(GatewayUpdate.SET_WAITING).or(is(GatewayUpdate.CLEAR_WAITING)).or(is(GatewayUpdate.SET_HANDLER))
                .or(is(GatewayUpdate.CONFIG));
        if (!pickerBits) {
            if (masked != null) {
                HwBits load = wireBits("modesLoad", mux(loads, updated, Hw.bitsLit(0, maskedSources)));
                masked.assign(Hw.muxBits(load, Hw.fill(update.masked, maskedSources), masked));
            }
            waitingNext = null;
            offerModes = null;
            return;
        }

        HwBits load = wireBits("modesLoad", mux(loads, updated, Hw.bitsLit(0, n)));
        Mode loaded = new Mode(update.masked, update.waiting, update.waiting.and(update.persistent.not()),
                update.handler.and(update.persistent));
        Mode[] next = new Mode[n];
        for (int s = 0; s < n; s++) next[s] = at(s).loadedIf(load.bit(s), loaded);
        masked.assign(gather(next, Mode::masked));
        oneShot.assign(gather(next, Mode::oneShot));
        handlerArmed.assign(gather(next, Mode::handlerArmed));
        waitingNext = wireBits("waitingNext", gather(next, Mode::waiting));
        waiting.assign(waitingNext);
        offerModes = ram("offerModes", n, 2).inLogicIfSmall();
        offerModes.write(update.source, Hw.cat(update.wakeAll, update.persistent), loads);
    }

    /** Wake-all (bit 1) and persistent (bit 0) of {@code source}, a cycle later. */
    HwBits offerModesAt(HwUInt source) {
        return offerModes.readSync(source, Hw.lit(true));
    }

    /** One source's mode and waiter bits. */
    record Mode(HwBool masked, HwBool waiting, HwBool oneShot, HwBool handlerArmed) {
        /** These bits, or {@code loaded}'s when {@code load}. */
        Mode loadedIf(HwBool load, Mode loaded) {
            return new Mode(mux(load, loaded.masked, masked), mux(load, loaded.waiting, waiting), mux(load, loaded.oneShot, oneShot),
                    mux(load, loaded.handlerArmed, handlerArmed));
        }
    }

    /** Source {@code s}'s bits now. */
    Mode at(int s) {
        return new Mode(masked.bit(s), waiting.bit(s), oneShot.bit(s), handlerArmed.bit(s));
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
