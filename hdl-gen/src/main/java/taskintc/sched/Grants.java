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
 * kernel (grant, control region) and read in S0 for the operation entering, so S1 knows whether a wait is
 * granted. A RAM cannot be reset: after reset a counter writes every entry to "not granted", one per
 * cycle, and nothing enters the pipeline until it is done.
 */
final class Grants extends Part {
    /** The table is still being cleared. */
    final HwBool initializing;
    /** The grant write that was in S0 names a context and a source that exist (ErrorRegisters refuses it otherwise). */
    final HwBool inRange1;

    Grants(Circuit owner, SchedPipeline pipe) {
        super(owner);
        var cfg = pipe.cfg;
        var s0 = pipe.s0;
        int xw = cfg.contextWidth(), sw = cfg.sourceWidth();
        Ram grants = ram("grants", 1 << (xw + sw), 1);
        HwUInt clearing = regUInt("grantInit", xw + sw + 1, 0);
        initializing = wireBool("initializing", clearing.bit(xw + sw).not());
        when(initializing, () -> clearing.assign(clearing.plus(1)));

        HwBits grantRd = grants.readSync(cat(s0.context, s0.source).asUInt(), Hw.lit(true));
        pipe.s1.granted.assign(grantRd.bit(0));
        // Written in S0, so a wait behind the grant reads it and one ahead does not.
        HwBool isGrant = s0.fire.and(s0.internal.not()).and(s0.busIsConfig).and(pipe.bus.status.eq(ConfigTarget.GRANT.ordinal()));
        HwUInt context = pipe.bus.data.slice(GRANT_CONTEXT_LSB, CONTEXT_FIELD_BITS).asUInt();
        HwUInt source = pipe.bus.data.slice(SOURCE_LSB, SOURCE_BITS).asUInt();
        HwBool inRange = context.lt(cfg.contexts()).and(source.lt(cfg.sources()));
        grants.write(mux(initializing, clearing.resize(xw + sw), cat(context.resize(xw), source.resize(sw)).asUInt()),
                mux(initializing, Hw.bitsLit(0, 1), pipe.bus.data.slice(GRANT_ALLOW_BIT, 1)), initializing.or(isGrant.and(inRange)));
        inRange1 = delay("s1_grantInRange", inRange, false);
    }
}
