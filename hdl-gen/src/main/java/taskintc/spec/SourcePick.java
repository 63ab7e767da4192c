package taskintc.spec;

import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Record;

/** One interrupt source the wakeup unit offers the scheduler to serve: its head waiter, or a copy of its handler. */
public final class SourcePick extends Record {
    public final HwUInt source;
    public final HwBool persistent = bool("persistent");
    /** The wakeup takes one of the source's pending events when it passes S1 (not while a wake-all event drains). */
    public final HwBool takesEvent = bool("takesEvent");

    public SourcePick(TaskIntcConfig cfg) {
        source = uint("source", cfg.sourceWidth());
    }
}
