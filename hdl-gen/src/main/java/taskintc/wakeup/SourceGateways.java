package taskintc.wakeup;

import static taskintc.spec.TaskIntcRegisters.STATUS_PENDING_BITS;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The wakeup unit's source side: turns interrupt lines into counted events and picks which source the
 * scheduler serves next. Its waiters (wait lists, handlers, grants) live in the scheduler's wait table,
 * beside the ready lists they share the task pool with; the two meet through one {@link WakeupPort}.
 *
 * <p>Parts, every source handled in parallel every cycle, so simultaneous events on different sources are
 * all counted: {@link Triggers} (edge or level capture), {@link NicCoalescing} (the NIC's sources),
 * {@link SourceModes} (mode and waiter bits; the scheduler's updates decoded), {@link PendingCounts}
 * (saturating, never silently lost) and {@link SourcePicker} (one source a cycle, rotating).
 */
public final class SourceGateways extends Circuit {
    /** Generic interrupt lines (sources 2Q..I-1) and the NIC's queue lines, masks and acknowledges. */
    public final HwBits irq, nicRx, nicTx, nicRxMask, nicTxMask, nicRxAck, nicTxAck;
    /** The scheduler's port: picks out, the updates of its S1 operation, its busy sources and status queries in. */
    public final WakeupPort sched;

    public SourceGateways(TaskIntcConfig cfg) {
        final int n = cfg.sources();
        final int q = cfg.nicQueues();
        irq = cfg.genericSources() > 0 ? inBits("irq", cfg.genericSources()) : null;
        nicRx = q > 0 ? inBits("nic_rx_irq", q) : null;
        nicTx = q > 0 ? inBits("nic_tx_irq", q) : null;
        nicRxMask = q > 0 ? outBits("nic_rx_mask", q) : null;
        nicTxMask = q > 0 ? outBits("nic_tx_mask", q) : null;
        nicRxAck = q > 0 ? outBits("nic_rx_ack", q) : null;
        nicTxAck = q > 0 ? outBits("nic_tx_ack", q) : null;
        sched = slavePort("sched", new WakeupPort(cfg));

        SourceModes modes = new SourceModes(this, cfg, sched);
        HwBits gate = new Triggers(this, cfg, irq, nicRx, nicTx, modes.edge).gate;
        HwBits coalesced = q == 0 ? gate
                : new NicCoalescing(this, cfg, gate, modes, sched.update.payload().coalesce, nicRxAck, nicTxAck, nicRxMask, nicTxMask).coalesced;
        HwBits event = wireBits("event", coalesced.and(modes.masked.not()));
        HwBits pendingNonZero = wireBits("pendingNonZero", n);
        CountUpdates countUpdates = new CountUpdates(this, cfg, sched, modes);
        SourcePicker picker = new SourcePicker(this, cfg, sched, modes, countUpdates, pendingNonZero, event);
        PendingCounts counts = new PendingCounts(this, cfg, modes, countUpdates, event, picker.consumes, pendingNonZero);

        // The status word of the source the scheduler's S1 operation names, its count change of last cycle applied.
        HwUInt s = sched.querySource;
        int pw = cfg.pendingWidth();
        HwBits count = counts.pending.get(s);
        HwBool masked = modes.masked.bit(s);
        HwUInt shown = countUpdates.shownPending(s, count, masked, pw);
        sched.queryPending.assign(countUpdates.shownNonZero(s, count, masked, pw));
        HwBits status = wireBits("status", 32);
        status.assign(Hw.cat(Hw.bitsLit(0, 1), counts.lost.bit(s).asBits(), masked.asBits(),
                modes.persistent.bit(s).asBits(), modes.wakeAll.bit(s).asBits(), modes.edge.bit(s).asBits(),
                modes.handler.bit(s).asBits(), modes.waiting.bit(s).asBits(),
                shown.asBits().slice(0, Math.min(pw, STATUS_PENDING_BITS)).resize(STATUS_PENDING_BITS)));
        sched.queryStatus.assign(status);
    }
}
