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
            HwBool cFull = c.eq((1L << COALESCE_COUNT_BITS) - 1);
            HwBool byCount = mux(raw, cFull.not().and(c.plus(1).ge(k)), c.ge(k)).or(k.le(lit(1, COALESCE_COUNT_BITS)));
            HwBool byTime = tl.ne(0).and(t.ge(tl));
            HwBool counted = mux(raw, cFull.not(), c.ne(0));
            HwBool fire = wireBool("nicFire_" + s, act.and(byCount.or(byTime)).and(counted.or(active.bit(s))));
            fireParts[nq - 1 - s] = fire.asBits();
            when(fire, () -> {
                cnt.get(fs).assign(0);
                timer.get(fs).assign(0);
            }).elseWhen(act, () -> {
                cnt.get(fs).assign(cNext.asBits());
                timer.get(fs).assign(mux(t.eq((1L << COALESCE_TIME_BITS) - 1), t, t.plus(1)).asBits());
            });
            HwBool setLimits = modes.is(GatewayUpdate.COALESCE).and(modes.updated.bit(s));
            when(setLimits, () -> {
                kReg.get(fs).assign(limits.slice(COALESCE_COUNT_LSB - GatewayUpdate.DATA_LSB, COALESCE_COUNT_BITS));
                tReg.get(fs).assign(limits.slice(COALESCE_TIME_LSB - GatewayUpdate.DATA_LSB, COALESCE_TIME_BITS));
            });
        }
        fired.assign(Hw.cat(fireParts));
        active.assign(active.or(gate.slice(0, nq)).and(fired.not()));
        coalesced = n == nq ? fired : wireBits("coalesced", Hw.cat(gate.slice(nq, n - nq), fired));
        HwBits ack = regBits("nicAck", nq, 0);
        ack.assign(fired);
        rxAck.assign(ack.slice(0, q));
        txAck.assign(ack.slice(q, q));
        rxMask.assign(modes.masked.slice(0, q));
        txMask.assign(modes.masked.slice(q, q));
    }
}
