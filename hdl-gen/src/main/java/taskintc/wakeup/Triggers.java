package taskintc.wakeup;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.Part;
import taskintc.spec.TaskIntcConfig;

/**
 * The line of each source turned into events: one per rising edge. That is also a level source's event, one per
 * high period (re-armed when the line is seen low): with the line sampled once per cycle a high period starts with
 * exactly one rising edge, so a level source's "armed" flag would always equal "the line was low last cycle", and
 * the trigger mode needs no logic here (it shows in the source's status only). Sources 0..Q-1 are the NIC's RX
 * lines, Q..2Q-1 its TX lines, the rest the generic lines.
 */
final class Triggers extends Part {
    /** One bit per source: an event this cycle (before NIC coalescing and masking). */
    final HwBits gate;

    /** {@code irq}, {@code nicRx} and {@code nicTx} are the input ports (null where there are none). */
    Triggers(Circuit owner, TaskIntcConfig cfg, HwBits irq, HwBits nicRx, HwBits nicTx) {
        super(owner);
        int n = cfg.sources(), q = cfg.nicQueues();
        HwBits prev = regBits("prev", n, 0);
        HwBits line = wireBits("line", n);
        HwBits[] parts = new HwBits[n];
        for (int s = 0; s < n; s++) {
            HwBool b = s < q ? nicRx.bit(s) : s < 2 * q ? nicTx.bit(s - q) : irq.bit(s - 2 * q);
            parts[n - 1 - s] = b.asBits();
        }
        line.assign(Hw.cat(parts));
        prev.assign(line);
        gate = wireBits("gate", line.and(prev.not()));
    }
}
