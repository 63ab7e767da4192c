package taskintc.sched;

import taskintc.dsl.Circuit;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;

/**
 * After reset, one address per cycle of the scheduler's RAMs that must start cleared, which a RAM cannot be by reset:
 * the grant table (every context and source), the context error registers (every context; each is written as
 * many times as there are source addresses) and the sources' records in the wait table (their mode bits' reset values;
 * each written once per context). Nothing enters the pipeline until it is done: C x 2^ceil(log2 I)
 * cycles, C without sources.
 */
final class InitSweep extends Part {
    /** Still clearing. */
    final HwBool sweeping;
    /** The grant table's address this cycle: context (high bits) and source (low bits). */
    final HwUInt grantAt;
    /** The context this cycle. */
    final HwUInt contextAt;

    InitSweep(Circuit owner, SchedPipeline pipe) {
        super(owner);
        var cfg = pipe.cfg;
        int xw = cfg.contextWidth(), sw = pipe.irq ? cfg.sourceWidth() : 0;
        HwUInt counter = regUInt("initSweep", xw + sw + 1, 0);
        sweeping = wireBool("initializing", counter.bit(xw + sw).not());
        when(sweeping, () -> counter.assign(counter.plus(1)));
        grantAt = counter.resize(xw + sw);
        contextAt = counter.slice(sw, xw);
    }
}
