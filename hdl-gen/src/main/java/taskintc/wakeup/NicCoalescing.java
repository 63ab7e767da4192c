package taskintc.wakeup;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.COALESCE_COUNT_BITS;
import static taskintc.spec.TaskIntcRegisters.COALESCE_COUNT_LSB;
import static taskintc.spec.TaskIntcRegisters.COALESCE_TIME_BITS;
import static taskintc.spec.TaskIntcRegisters.COALESCE_TIME_LSB;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.RegArray;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.TaskIntcConfig;

/**
 * NIC coalescing on the NIC's 2Q sources: one event per K NIC events or T cycles after the first,
 * whichever comes first (K and T set at run time by the kernel; K <= 1 and T = 0 pass every event
 * through). The NIC gets a one-cycle acknowledge per event passed on, and the mask bits.
 */
final class NicCoalescing extends Part {
    /** One bit per source: the triggers' events, the NIC's sources coalesced. */
    final HwBits coalesced;

    NicCoalescing(Circuit owner, TaskIntcConfig cfg, HwBits gate, SourceModes modes, HwBits limits,
                  HwBits rxAck, HwBits txAck, HwBits rxMask, HwBits txMask) {
        super(owner);
        int n = cfg.sources(), q = cfg.nicQueues(), nq = 2 * q;
        RegArray kReg = regArray("coalesceCount", nq, COALESCE_COUNT_BITS, 1);
        RegArray tReg = regArray("coalesceTime", nq, COALESCE_TIME_BITS, 0);
        RegArray cnt = regArray("nicCount", nq, COALESCE_COUNT_BITS, 0);
        RegArray timer = regArray("nicTimer", nq, COALESCE_TIME_BITS, 0);
        HwBits active = regBits("nicActive", nq, 0);
        // Whether T cycles have passed (T != 0 and timer >= T), kept as a register computed from the timer's and T's
        // next values, so that the event a line makes does not wait for a 16-bit comparison.
        HwBits timeUp = regBits("nicTimeUp", nq, 0);
        HwBits[] timeUpParts = new HwBits[nq];
        // Likewise the count against K: count >= K, and count + 1 >= K without wrapping (after reset the count is 0 and
        // K is 1).
        HwBits reachK = regBits("nicReachK", nq, 0);
        HwBits reachKNext = regBits("nicReachKNext", Hw.bitsWith(nq, s -> true));
        HwBits[] reachKParts = new HwBits[nq], reachKNextParts = new HwBits[nq];
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
            // The count is compared with K for both outcomes of this cycle's line, which then only chooses: the
            // line comes from outside, late, and the wakeup picker waits for it. (c + 1 wraps to 0 at the
            // count's maximum, as cNext does.)
            HwBool cFull = atMax(c);
            HwBool byCount = mux(raw, reachKNext.bit(s), reachK.bit(s)).or(k.le(lit(1, COALESCE_COUNT_BITS)));
            HwBool byTime = timeUp.bit(s);
            HwBool counted = mux(raw, cFull.not(), c.ne(0));
            HwBool fire = wireBool("nicFire_" + s, act.and(byCount.or(byTime)).and(counted.or(active.bit(s))));
            fireParts[nq - 1 - s] = fire.asBits();
            // The next count and timer: cleared by an event passed on, stepped while active (the timer stops at its
            // maximum). The comparison registers below are computed from the same values.
            HwUInt tStep = mux(t.eq((1L << COALESCE_TIME_BITS) - 1), t, t.plus(1));
            HwUInt cAfter = mux(fire, lit(0, COALESCE_COUNT_BITS), mux(act, cNext, c));
            HwUInt tNext = mux(fire, lit(0, COALESCE_TIME_BITS), mux(act, tStep, t));
            cnt.get(s).assign(cAfter.asBits());
            timer.get(s).assign(tNext.asBits());
            HwBool setLimits = modes.is(GatewayUpdate.COALESCE).and(modes.updated.bit(s));
            HwBits newT = limits.slice(COALESCE_TIME_LSB - GatewayUpdate.DATA_LSB, COALESCE_TIME_BITS);
            HwBits newK = limits.slice(COALESCE_COUNT_LSB - GatewayUpdate.DATA_LSB, COALESCE_COUNT_BITS);
            when(setLimits, () -> {
                kReg.get(fs).assign(newK);
                tReg.get(fs).assign(newT);
            });
            // Compared with both T values: the kernel's write of T is decided late in the scheduler's S1, so it only
            // chooses between the two results.
            HwBool upWithNewT = newT.asUInt().ne(0).and(tNext.ge(newT.asUInt()));
            HwBool upWithT = tl.ne(0).and(tNext.ge(tl));
            timeUpParts[nq - 1 - s] = mux(setLimits, upWithNewT, upWithT).asBits();
            HwBool afterNotFull = atMax(cAfter).not();
            HwUInt afterPlus = cAfter.plus(1);
            reachKParts[nq - 1 - s] = mux(setLimits, cAfter.ge(newK.asUInt()), cAfter.ge(k)).asBits();
            reachKNextParts[nq - 1 - s] = afterNotFull.and(mux(setLimits, afterPlus.ge(newK.asUInt()), afterPlus.ge(k))).asBits();
        }
        fired.assign(Hw.cat(fireParts));
        timeUp.assign(Hw.cat(timeUpParts));
        reachK.assign(Hw.cat(reachKParts));
        reachKNext.assign(Hw.cat(reachKNextParts));
        active.assign(active.or(gate.slice(0, nq)).and(fired.not()));
        coalesced = n == nq ? fired : wireBits("coalesced", Hw.cat(gate.slice(nq, n - nq), fired));
        HwBits ack = regBits("nicAck", nq, 0);
        ack.assign(fired);
        rxAck.assign(ack.slice(0, q));
        txAck.assign(ack.slice(q, q));
        rxMask.assign(modes.masked.slice(0, q));
        txMask.assign(modes.masked.slice(q, q));
    }

    /** A coalescing count at its maximum (its next increment wraps to 0). */
    private static HwBool atMax(HwUInt count) {
        return count.eq((1L << COALESCE_COUNT_BITS) - 1);
    }
}
