package taskintc.examples;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Ram;

/**
 * The example of docs/dsl-guide.md: counts events per source in a block RAM (read-modify-write with a
 * one-cycle read), with a saturating total in a register. Small, but it uses every common construct.
 */
public final class EventCounter extends Circuit {
    public EventCounter(int sources, int width) {
        int sw = Hw.log2Up(sources);
        HwBool event = inBool("event");
        HwUInt source = inUInt("source", sw);
        HwUInt query = inUInt("query", sw);
        HwBits count = outBits("count", width);
        HwUInt total = outUInt("total", width);

        Ram counts = ram("counts", sources, width);
        HwUInt saturated = regUInt("totalReg", width, 0);

        // Stage 1 reads the counter; stage 2 writes it back incremented.
        HwBits current = counts.readSync(source, event);
        HwBool pending = delay("pending", event, false);
        HwUInt pendingSource = delay("pendingSource", source);
        counts.write(pendingSource, current.asUInt().plus(1).asBits(), pending);

        when(event.and(saturated.ne((1L << width) - 1)), () -> saturated.assign(saturated.plus(1)));
        count.assign(counts.readAsync(query));
        total.assign(saturated);
    }
}
