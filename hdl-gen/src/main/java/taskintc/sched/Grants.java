package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.CONTEXT_FIELD_BITS;
import static taskintc.spec.TaskIntcRegisters.GRANT_ALLOW_BIT;
import static taskintc.spec.TaskIntcRegisters.GRANT_CONTEXT_LSB;
import static taskintc.spec.TaskIntcRegisters.SOURCE_BITS;
import static taskintc.spec.TaskIntcRegisters.SOURCE_LSB;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.ConfigTarget;

/**
 * Which context may wait on which source: one bit per (context, source) in block RAM, written by the
 * kernel (grant, control region) when the grant is in S1 and read in S0 for the operation entering, so S1 knows
 * whether a wait is granted. A RAM cannot be reset: after reset {@link InitSweep} writes every entry to "not granted",
 * one per cycle, and nothing enters the pipeline until it is done.
 */
final class Grants extends Part {
    /** The grant write that was in S0 names a context and a source that exist (ErrorRegisters refuses it otherwise). */
    final HwBool inRange1;

    Grants(Circuit owner, SchedPipeline pipe, InitSweep sweep) {
        super(owner);
        var cfg = pipe.cfg;
        var s0 = pipe.s0;
        int xw = cfg.contextWidth(), sw = cfg.sourceWidth();
        Ram grants = ram("grants", 1 << (xw + sw), 1);

        // Read at the bus command's context and source, not the entering operation's: only bus commands (waits,
        // cancel_waits) use the grant, and the bus command's fields do not wait for S0's arbitration.
        HwBits grantRd = grants.readSync(cat(pipe.bus.context, s0.busSource).asUInt(), Hw.lit(true));
        HwUInt context = pipe.bus.data.slice(GRANT_CONTEXT_LSB, CONTEXT_FIELD_BITS).asUInt();
        HwUInt source = pipe.bus.data.slice(SOURCE_LSB, SOURCE_BITS).asUInt();
        HwBool inRange = context.lt(cfg.contexts()).and(source.lt(cfg.sources()));
        inRange1 = delay("s1_grantInRange", inRange, false);
        // Written in S1, from S1's registers, not in S0, where whether the grant enters is settled late. A wait right
        // behind it (in S0 while it writes) takes the bit being written instead of the RAM's old one, so a wait behind
        // the grant sees it and one ahead does not. Only bus commands (waits, cancel_waits) use the grant, so S0
        // compares the bus command's context and source.
        var s1 = pipe.s1;
        HwUInt context1 = s1.data.slice(GRANT_CONTEXT_LSB, CONTEXT_FIELD_BITS).asUInt().resize(xw);
        HwUInt source1 = s1.data.slice(SOURCE_LSB, SOURCE_BITS).asUInt().resize(sw);
        HwBits allow1 = s1.data.slice(GRANT_ALLOW_BIT, 1);
        HwBool writes1 = wireBool("s1_grantWrites", s1.isConfig.and(s1.internal.not())
                .and(s1.status.eq(ConfigTarget.GRANT.ordinal())).and(inRange1));
        HwBool bypass = delay("s1_grantBypass", writes1.and(context1.eq(pipe.bus.context)).and(source1.eq(s0.busSource)), false);
        HwBool bypassAllow = delay("s1_grantBypassAllow", allow1.bit(0), false);
        pipe.s1.granted.assign(mux(bypass, bypassAllow, grantRd.bit(0)));
        grants.write(mux(sweep.sweeping, sweep.grantAt, cat(context1, source1).asUInt()),
                mux(sweep.sweeping, Hw.bitsLit(0, 1), allow1), sweep.sweeping.or(writes1));
    }
}
