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
    /** With {@code --line-buffer 1} only (else null): the wakeup starts a wake-all event's drain. The scheduler hands
     *  it back with the wakeup's update ({@link SourceUpdate#startsDrain}), and the wakeup unit keeps the drain in
     *  the source's count word from there. */
    public final HwBool startsDrain;

    public SourcePick(TaskIntcConfig cfg) {
        source = uint("source", cfg.sourceWidth());
        startsDrain = cfg.lineBuffer() > 0 ? bool("startsDrain") : null;
    }
}
