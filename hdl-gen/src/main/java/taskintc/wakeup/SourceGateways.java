package taskintc.wakeup;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.*;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.RegArray;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.SourcePick;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.Trigger;

/**
 * Turns interrupt lines into counted events and picks which source the core serves next.
 *
 * <p>Per source: a gateway (edge: every rising edge is an event; level: one event per high period,
 * re-armed when the line is seen low), NIC coalescing on the NIC's sources, a saturating pending count
 * (an event with nobody to wake waits there; an overflow is flagged, never silent), and the mode bits.
 * Every source is handled in parallel every cycle, so simultaneous events on different sources are all
 * counted. The picker offers the core one source per cycle that has something to deliver (a pending
 * event and a waiter or handler), rotating priority, never a source the core is still working on.
 */
public final class SourceGateways extends Circuit {


    /** Generic interrupt lines (sources 2Q..I-1) and the NIC's queue lines, masks and acknowledges. */
    public final HwBits irq, nicRx, nicTx, nicRxMask, nicTxMask, nicRxAck, nicTxAck;
    public final HwStream<SourcePick> pick;
    public final HwBool updValid;
    public final HwUInt updKind, updSource;
    /** Mode bits of a CONFIG update (edge, wake-all, persistent, masked) and the limits of a COALESCE update (NIC only). */
    public final HwBits updMode, updCoalesce;
    public final HwBool[] busyValid = new HwBool[GatewayUpdate.BUSY_PORTS];
    public final HwUInt[] busySource = new HwUInt[GatewayUpdate.BUSY_PORTS];
    public final HwBool poolFull;
    public final HwUInt querySource;
    public final HwBits queryStatus;

    public SourceGateways(TaskIntcConfig cfg) {
        final int n = cfg.sources();
        final int q = cfg.nicQueues();
        final int sw = cfg.sourceWidth();
        final int pw = cfg.pendingWidth();
        final long pmax = (1L << pw) - 1;

        irq = cfg.genericSources() > 0 ? inBits("irq", cfg.genericSources()) : null;
        nicRx = q > 0 ? inBits("nic_rx_irq", q) : null;
        nicTx = q > 0 ? inBits("nic_tx_irq", q) : null;
        nicRxMask = q > 0 ? outBits("nic_rx_mask", q) : null;
        nicTxMask = q > 0 ? outBits("nic_tx_mask", q) : null;
        nicRxAck = q > 0 ? outBits("nic_rx_ack", q) : null;
        nicTxAck = q > 0 ? outBits("nic_tx_ack", q) : null;

        pick = streamOut("pick", () -> new SourcePick(cfg));
        updValid = inBool("upd_valid");
        updKind = inUInt("upd_kind", GatewayUpdate.width());
        updSource = inUInt("upd_source", sw);
        updMode = inBits("upd_mode", 4);
        updCoalesce = q > 0 ? inBits("upd_coalesce", 32 - GatewayUpdate.DATA_LSB) : null;
        for (int i = 0; i < GatewayUpdate.BUSY_PORTS; i++) {
            busyValid[i] = inBool("busy" + i + "_valid");
            busySource[i] = inUInt("busy" + i + "_source", sw);
        }
        poolFull = inBool("poolFull");
        querySource = inUInt("query_source", sw);
        queryStatus = outBits("query_status", 32);

        HwBits edge = regBits("edge", Hw.bitsWith(n, s -> s < 2 * q || cfg.trigger() == Trigger.EDGE));
        HwBits wakeAll = regBits("wakeAll", n, 0);
        HwBits persistent = regBits("persistent", n, 0);
        HwBits masked = regBits("masked", n, 0);
        HwBits waiting = regBits("waiting", n, 0);
        HwBits handler = regBits("handler", n, 0);
        HwBits draining = regBits("draining", n, 0);
        HwBits lost = regBits("lost", n, 0);
        HwBits armed = regBits("armed", Hw.bitsWith(n, s -> true));
        HwBits prev = regBits("prev", n, 0);
        RegArray pending = regArray("pending", n, pw, 0);
        HwUInt lastPick = n > 1 ? regUInt("lastPick", sw, 0) : null;

        // The updated source as a one-hot vector, decoded once and used by every per-source piece below.
        HwBits updOH = wireBits("upd_oneHot", Hw.oneHot(updSource, n));
        HwBool[] isKind = new HwBool[GatewayUpdate.values().length];
        for (GatewayUpdate k : GatewayUpdate.values()) isKind[k.ordinal()] = updValid.and(updKind.eq(k.ordinal()));

        // Busy sources: the core is still working on them, so their state must not be read now.
        HwBits busy = Hw.bitsLit(0, n);
        for (int i = 0; i < GatewayUpdate.BUSY_PORTS; i++) busy = busy.or(Hw.mux(busyValid[i], Hw.oneHot(busySource[i], n), Hw.bitsLit(0, n)));
        busy = wireBits("busy", busy);

        // ------------------------------------------------------------------ gateways
        HwBits line = wireBits("line", n);
        HwBits event = wireBits("event", n);
        {
            HwBits[] parts = new HwBits[n];
            for (int s = 0; s < n; s++) {
                HwBool b = s < q ? nicRx.bit(s) : s < 2 * q ? nicTx.bit(s - q) : irq.bit(s - 2 * q);
                parts[n - 1 - s] = b.asBits();
            }
            line.assign(Hw.cat(parts));
        }
        prev.assign(line);
        HwBits rising = line.and(prev.not());
        // Level: an event when the line is high and armed; disarmed until the line is seen low.
        HwBits levelEvent = line.and(armed);
        armed.assign(armed.and(levelEvent.not()).or(line.not()));
        HwBits gate = wireBits("gate", edge.and(rising).or(edge.not().and(levelEvent)));

        // NIC coalescing: K events or T cycles after the first, whichever first; K <= 1 and T = 0 pass through.
        HwBits coalesced = gate;
        if (q > 0) {
            int nq = 2 * q;
            RegArray kReg = regArray("coalesceCount", nq, COALESCE_COUNT_BITS, 1);
            RegArray tReg = regArray("coalesceTime", nq, COALESCE_TIME_BITS, 0);
            RegArray cnt = regArray("nicCount", nq, COALESCE_COUNT_BITS, 0);
            RegArray timer = regArray("nicTimer", nq, COALESCE_TIME_BITS, 0);
            HwBits active = regBits("nicActive", nq, 0);
            HwBits fired = wireBits("nicFire", nq);
            HwBits[] fireParts = new HwBits[nq];
            for (int s = 0; s < nq; s++) {
                final int fs = s;
                HwBool raw = gate.bit(s);
                HwUInt c = cnt.get(s).asUInt();
                HwUInt t = timer.get(s).asUInt();
                HwUInt k = kReg.get(s).asUInt();
                HwUInt tl = tReg.get(s).asUInt();
                HwUInt cNext = c.plus(raw.asUInt().resize(COALESCE_COUNT_BITS));
                HwBool act = active.bit(s).or(raw);
                HwBool byCount = cNext.ge(k).or(k.le(lit(1, COALESCE_COUNT_BITS)));
                HwBool byTime = tl.ne(0).and(t.ge(tl));
                HwBool fire = wireBool("nicFire_" + s, act.and(byCount.or(byTime)).and(cNext.ne(0).or(active.bit(s))));
                fireParts[nq - 1 - s] = fire.asBits();
                when(fire, () -> {
                    cnt.get(fs).assign(0);
                    timer.get(fs).assign(0);
                }).elseWhen(act, () -> {
                    cnt.get(fs).assign(cNext.asBits());
                    timer.get(fs).assign(mux(t.eq((1L << COALESCE_TIME_BITS) - 1), t, t.plus(1)).asBits());
                });
                HwBool setCoalesce = isKind[GatewayUpdate.COALESCE.ordinal()].and(updOH.bit(s));
                when(setCoalesce, () -> {
                    kReg.get(fs).assign(updCoalesce.slice(COALESCE_COUNT_LSB - GatewayUpdate.DATA_LSB, COALESCE_COUNT_BITS));
                    tReg.get(fs).assign(updCoalesce.slice(COALESCE_TIME_LSB - GatewayUpdate.DATA_LSB, COALESCE_TIME_BITS));
                });
            }
            fired.assign(Hw.cat(fireParts));
            active.assign(active.or(gate.slice(0, nq)).and(fired.not()));
            coalesced = n == nq ? fired : wireBits("coalesced", Hw.cat(gate.slice(nq, n - nq), fired));
            HwBits ack = regBits("nicAck", nq, 0);
            ack.assign(fired);
            nicRxAck.assign(ack.slice(0, q));
            nicTxAck.assign(ack.slice(q, q));
            nicRxMask.assign(masked.slice(0, q));
            nicTxMask.assign(masked.slice(q, q));
        }
        event.assign(coalesced.and(masked.not()));

        // ------------------------------------------------------------------ picker
        HwBits pendingNz = wireBits("pendingNonZero", n);
        {
            HwBits[] parts = new HwBits[n];
            for (int s = 0; s < n; s++) parts[n - 1 - s] = pending.get(s).orR().asBits();
            pendingNz.assign(Hw.cat(parts));
        }
        // An event arriving this cycle can be picked in the same cycle: the count nets out.
        HwBits avail = wireBits("available", pendingNz.or(event));
        HwBits oneShot = avail.or(draining).and(waiting).and(persistent.not());
        HwBits handlerReady = mux(poolFull, Hw.bitsLit(0, n), avail.and(handler).and(persistent));
        HwBits cand = wireBits("candidates", oneShot.or(handlerReady).and(busy.not()));
        // Rotating priority: first candidate above the last pick, else the first candidate.
        HwUInt chosen;
        if (n > 1) {
            HwBits[] parts = new HwBits[n];
            for (int s = 0; s < n; s++) parts[n - 1 - s] = (s == 0 ? Hw.lit(false) : lastPick.lt(lit(s, sw))).asBits();
            HwBits above = wireBits("abovePick", Hw.cat(parts));
            HwBits upper = cand.and(above);
            chosen = wireUInt("chosen", mux(upper.orR(), Hw.firstSetIndex(upper), Hw.firstSetIndex(cand)).resize(sw));
        } else {
            chosen = lit(0, sw);
        }
        pick.valid().assign(cand.orR());
        pick.payload().source.assign(chosen);
        pick.payload().persistent.assign(persistent.bit(chosen));
        HwBool pickFire = pick.fire();
        if (lastPick != null) when(pickFire, () -> lastPick.assign(chosen));
        HwBits pickOH = wireBits("pickOneHot", mux(pickFire, Hw.oneHot(chosen, n), Hw.bitsLit(0, n)));
        // A pick takes a pending event, except while a wake-all event is draining its waiters.
        HwBits pickConsumes = pickOH.and(persistent.or(draining.not()));
        HwBits startDrain = pickOH.and(persistent.not()).and(wakeAll).and(draining.not());

        // ------------------------------------------------------------------ pending counts
        HwBits[] overParts = new HwBits[n];
        for (int s = 0; s < n; s++) {
            final int fs = s;
            HwBool mine = updOH.bit(s);
            HwBool inc1 = event.bit(s);
            HwBool inc2 = isKind[GatewayUpdate.INJECT.ordinal()].or(isKind[GatewayUpdate.REFUND.ordinal()]).and(mine);
            HwBool dec = pickConsumes.bit(s).or(isKind[GatewayUpdate.CONSUME.ordinal()].and(mine));
            HwUInt p = pending.get(s).asUInt().resize(pw + 2);
            // One adder per source: the cycle's change is -1..+2; -1 is added as all ones (two's complement).
            HwUInt up = inc1.asUInt().resize(2).plus(inc2.asUInt().resize(2));
            HwUInt change = mux(dec, up.resize(pw + 2).minus(1), up.resize(pw + 2));
            HwUInt sum = p.plus(change);
            HwBool over = sum.gt(lit(pmax, pw + 2));
            pending.get(fs).assign(mux(over, lit(pmax, pw), sum.resize(pw)).asBits());
            overParts[n - 1 - s] = over.asBits();
        }
        HwBits overflow = wireBits("overflow", Hw.cat(overParts));
        // One assignment: a configuration write clears its source's flag, an overflow (of any source,
        // in the same cycle too) sets it.
        HwBits lostCleared = mux(isKind[GatewayUpdate.CONFIG.ordinal()], updOH, Hw.bitsLit(0, n));
        lost.assign(lost.and(lostCleared.not()).or(overflow));

        // ------------------------------------------------------------------ mode and waiter bits
        when(isKind[GatewayUpdate.CONFIG.ordinal()], () -> {
            HwBool e = updMode.bit(CFG_EDGE_BIT - CFG_EDGE_BIT), wa = updMode.bit(CFG_WAKE_ALL_BIT - CFG_EDGE_BIT);
            HwBool pe = updMode.bit(CFG_PERSISTENT_BIT - CFG_EDGE_BIT), ma = updMode.bit(CFG_MASKED_BIT - CFG_EDGE_BIT);
            edge.assign(setBit(edge, updOH, e));
            wakeAll.assign(setBit(wakeAll, updOH, wa));
            persistent.assign(setBit(persistent, updOH, pe));
            masked.assign(setBit(masked, updOH, ma));
            when(pe.not(), () -> handler.assign(handler.and(updOH.not())));
        });
        when(isKind[GatewayUpdate.SET_HANDLER.ordinal()], () -> handler.assign(handler.or(updOH)));
        HwBits clearWaiting = mux(isKind[GatewayUpdate.CLEAR_WAITING.ordinal()], updOH, Hw.bitsLit(0, n));
        HwBits setWaiting = mux(isKind[GatewayUpdate.SET_WAITING.ordinal()], updOH, Hw.bitsLit(0, n));
        waiting.assign(waiting.and(clearWaiting.not()).or(setWaiting));
        draining.assign(draining.or(startDrain).and(clearWaiting.not()).and(waiting.or(setWaiting)));

        // ------------------------------------------------------------------ status of one source
        int shown = Math.min(pw, STATUS_PENDING_BITS);
        HwBits status = wireBits("status", 32);
        status.assign(Hw.cat(Hw.bitsLit(0, 1), lost.bit(querySource).asBits(), masked.bit(querySource).asBits(),
                persistent.bit(querySource).asBits(), wakeAll.bit(querySource).asBits(), edge.bit(querySource).asBits(),
                handler.bit(querySource).asBits(), waiting.bit(querySource).asBits(),
                pending.get(querySource).slice(0, shown).resize(STATUS_PENDING_BITS)));
        queryStatus.assign(status);
    }

    private static HwBits setBit(HwBits v, HwBits oneHot, HwBool value) {
        return mux(value, v.or(oneHot), v.and(oneHot.not()));
    }
}
