package taskintc.examples;

import taskintc.dsl.Apb3Bus;
import taskintc.dsl.BusRegisters;
import taskintc.dsl.Circuit;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;

/**
 * The DSL's BusSlaveFactory interop (docs/dsl-guide.md): an APB3 peripheral with a scratch register,
 * an event counter software reads, and a write that clears it.
 */
public final class ApbEventBlock extends Circuit {
    public static final long SCRATCH = 0x0, EVENTS = 0x4, CLEAR = 0x8;

    public final Apb3Bus apb;
    public final HwBool event;

    public ApbEventBlock() {
        apb = slavePort("apb", Apb3Bus.shape(4, 32));
        event = inBool("event");
        HwUInt scratch = regUInt("scratch", 32, 0);
        HwUInt events = regUInt("events", 32, 0);
        when(event, () -> events.assign(events.plus(1)));

        BusRegisters regs = BusRegisters.on(apb);
        regs.readAndWrite(scratch, SCRATCH, "scratch");
        regs.read(events, EVENTS, "events counted");
        regs.onWrite(CLEAR, () -> events.assign(0));
    }
}
