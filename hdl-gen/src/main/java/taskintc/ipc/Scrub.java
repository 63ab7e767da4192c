package taskintc.ipc;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.ErrorCode;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * {@code ipc_scrub} (control region): the kernel gives a context a clean mailbox for a new owner. In the cycle
 * it executes, {@link Inboxes} and {@link ReplyBoxes} forget the context's state (in flip-flops) and
 * {@link ErrorRegister} zeroes its row. Then a sweep runs for {@link TaskIntcConfig#ipcScrubSweepCycles} cycles, one step per
 * cycle, while IPC accesses wait: it zeroes the context's rows of the RAMs that hold its staged words
 * ({@link Staging}) and handlers ({@link Handlers}) and visits every inbox slot, so messages the context sent lose
 * their reply address ({@link Inboxes}: read in one step, rewritten in the next). A context out of range sets
 * BAD_TARGET and changes nothing.
 */
final class Scrub extends Part {
    /** A scrub of {@link #context1} executes in I1. */
    final HwBool valid1;
    final HwUInt context1;
    /** The sweep runs (this cycle is step {@link #sweepAt}), for the scrubbed context {@link #sweepFor}. */
    final HwBool sweeping;
    final HwUInt sweepAt, sweepFor;
    /** The sweep ran last cycle (a part that reads in one step writes back in the next: {@link Inboxes}). */
    final HwBool writing;
    /** The sweep runs or writes its last step's read back: IPC accesses wait. */
    final HwBool busy;

    Scrub(Circuit owner, TaskIntcConfig cfg, IpcStages st, ErrorRegister errors) {
        super(owner);
        HwUInt named = st.data1.slice(0, 8).asUInt();
        HwBool scrub = st.is1(IpcOp.SCRUB);
        valid1 = wireBool("i1_scrub", scrub.and(named.lt(cfg.contexts())));
        context1 = named.resize(cfg.contextWidth());
        when(scrub.and(valid1.not()), () -> errors.refuse(ErrorCode.BAD_TARGET));
        errors.clear(valid1, context1);

        int steps = cfg.ipcScrubSweepCycles();
        sweeping = regBool("sweeping", false);
        sweepAt = regUInt("sweepAt", Hw.log2Up(steps), 0);
        sweepFor = regUInt("sweepFor", cfg.contextWidth(), 0);
        when(valid1, () -> {
            sweeping.assign(true);
            sweepAt.assign(0);
            sweepFor.assign(context1);
        });
        when(sweeping, () -> {
            sweepAt.assign(sweepAt.plus(1));
            when(sweepAt.eq(steps - 1), () -> sweeping.assign(false));
        });
        writing = delay("sweepWriting", sweeping, false);
        busy = sweeping.or(writing);
    }

    /** The row of {@code ram} (addressed context, then word) the sweep zeroes this cycle: the scrubbed context's. */
    HwUInt rowOf(Ram ram) {
        return ClearAfterReset.rowOf(ram, sweepFor, sweepAt);
    }
}
