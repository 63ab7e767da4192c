package taskintc.wakeup;

import taskintc.dsl.Circuit;
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
 * all counted: {@link Triggers} (edge and level capture, one rule), {@link NicCoalescing} (the NIC's sources),
 * {@link SourceModes} (mode and waiter bits; the scheduler's updates decoded), {@link PendingCounts}
 * (saturating, never silently lost) with {@link SourcePicker} (one source a cycle, rotating), or {@link CountRam} (the counts in block RAM
 * behind one bit per line) with {@link RecordPicker} (the same, reading what a source has to deliver from RAM), and {@link StatusQuery}
 * (the status of the source a bus operation names, for the scheduler's S1).
 */
public final class SourceGateways extends Circuit {
    /** Generic interrupt lines (sources 2Q..I-1) and the NIC's queue lines, masks and acknowledges. */
    public final HwBits irq, nicRx, nicTx, nicRxMask, nicTxMask, nicRxAck, nicTxAck;
    /** The scheduler's port: picks out, the updates of its S1 operation (and whether S1 works on a source), status queries in. */
    public final WakeupPort sched;
    /** With {@code --line-buffer 1}: the source whose count the RAM's read-modify-write folds this cycle (testbenches
     *  fold the same one in the model); null otherwise. */
    public final HwBool traceFolding;
    public final HwUInt traceFoldSource;

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
        HwBits gate = new Triggers(this, cfg, irq, nicRx, nicTx).gate;
        HwBits coalesced = q == 0 ? gate
                : new NicCoalescing(this, cfg, gate, modes, sched.update.payload().coalesce, nicRxAck, nicTxAck, nicRxMask, nicTxMask).coalesced;
        // With line buffers the mask is in the count's RAM word, applied by the fold (CountRam): events reach the lines.
        HwBits event = wireBits("event", cfg.lineBuffer() > 0 ? coalesced : coalesced.and(modes.masked.not()));
        HwBits available = cfg.lineBuffer() == 0 ? wireBits("available", n) : null;
        CountUpdates countUpdates = new CountUpdates(this, sched);
        SourceCounts counts;
        if (cfg.lineBuffer() == 0) {
            new SourcePicker(this, cfg, sched, modes, available);
            counts = new PendingCounts(this, cfg, modes, countUpdates, event, available);
            traceFolding = null;
            traceFoldSource = null;
        } else {
            // The picker's choice is also the counts' read-modify-write when S1 leaves it free.
            HwUInt choice = wireUInt("pickChoice", cfg.sourceWidth());
            HwBool chose = wireBool("pickChose");
            CountRam ram = new CountRam(this, cfg, sched, modes, countUpdates, event, choice, chose);
            new RecordPicker(this, cfg, sched, modes, ram, event, choice, chose);
            counts = ram;
            traceFolding = ram.folding.simPublic();
            traceFoldSource = ram.foldSource.simPublic();
        }
        new StatusQuery(this, cfg, sched, counts, countUpdates);
    }
}
