package taskintc.wakeup;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.Part;
import taskintc.spec.TaskIntcConfig;

/**
 * The line of each source turned into events: an edge source gives one per rising edge, a level source
 * one per high period (it re-arms when the line is seen low). Sources 0..Q-1 are the NIC's RX lines,
 * Q..2Q-1 its TX lines, the rest the generic lines.
 */
final class Triggers extends Part {
    /** One bit per source: an event this cycle (before NIC coalescing and masking). */
    final HwBits gate;

    /** {@code irq}, {@code nicRx} and {@code nicTx} are the input ports (null where there are none). */
    Triggers(Circuit owner, TaskIntcConfig cfg, HwBits irq, HwBits nicRx, HwBits nicTx, HwBits edge) {
        super(owner);
        int n = cfg.sources(), q = cfg.nicQueues();
        HwBits armed = regBits("armed", Hw.bitsWith(n, s -> true));
        HwBits prev = regBits("prev", n, 0);
        HwBits line = wireBits("line", n);
        HwBits[] parts = new HwBits[n];
        for (int s = 0; s < n; s++) {
            HwBool b = s < q ? nicRx.bit(s) : s < 2 * q ? nicTx.bit(s - q) : irq.bit(s - 2 * q);
            parts[n - 1 - s] = b.asBits();
        }
        line.assign(Hw.cat(parts));
        prev.assign(line);
        HwBits rising = line.and(prev.not());
        // Level: an event when the line is high and armed; disarmed until the line is seen low.
        HwBits levelEvent = line.and(armed);
        armed.assign(armed.and(levelEvent.not()).or(line.not()));
        gate = wireBits("gate", edge.and(rising).or(edge.not().and(levelEvent)));
    }
}
