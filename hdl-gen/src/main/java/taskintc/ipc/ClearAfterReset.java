package taskintc.ipc;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;
import taskintc.spec.TaskIntcConfig;

/**
 * After reset, a sweep of every context that zeroes the IPC unit's RAMs whose contents an access could see (a RAM
 * cannot be reset): per context, one row per cycle of the grant table ({@link Capabilities}: the context as sender),
 * its inbox slots' reply addresses and tags, its inbox row's late fields and its reply box's row ({@link Inboxes},
 * {@link ReplyBoxes}, {@link ContextRows}),
 * its staged words ({@link Staging}), handlers ({@link Handlers}) and error register ({@link ErrorRegister}). It visits
 * only the rows an access can reach, {@link TaskIntcConfig#ipcClearCycles} cycles in all; no access is taken before.
 *
 * <p>Left out ({@code enabled} false) only where the RAMs are known to start at 0 and are never reset afterwards: the
 * formal harness, whose model starts every memory at 0 and checks one run from power-up. Simulation checks the
 * clearing itself (a reset after traffic must leave every staged word, handler, error register and tag at 0).
 */
final class ClearAfterReset extends Part {
    /** The RAMs are being cleared. */
    final HwBool active;
    private final HwUInt context, step;

    ClearAfterReset(Circuit owner, TaskIntcConfig cfg, boolean enabled) {
        super(owner);
        int steps = cfg.ipcClearCycles() / cfg.contexts();
        if (!enabled) {
            active = wireBool("clearing", Hw.lit(false));
            context = Hw.lit(0, cfg.contextWidth());
            step = Hw.lit(0, 1);
            return;
        }
        active = regBool("clearing", true);
        context = regUInt("clearContext", cfg.contextWidth(), 0);
        step = regUInt("clearStep", Hw.log2Up(steps), 0);
        when(active, () -> {
            step.assign(step.plus(1));
            when(step.eq(steps - 1), () -> {
                step.assign(0);
                context.assign(context.plus(1));
                when(context.eq(cfg.contexts() - 1), () -> active.assign(false));
            });
        });
    }

    /**
     * The one write port of {@code ram}, a RAM of per-context rows that read 0 after reset: 0 at the row being cleared
     * while clearing after reset (accesses wait then), else {@code data} at {@code address} when {@code enable}.
     */
    void write(Ram ram, HwUInt address, HwBits data, HwBool enable) {
        ram.write(Hw.mux(active, rowOf(ram), address), Hw.mux(active, Hw.bitsLit(0, ram.width()), data), active.or(enable));
    }

    /** As {@link #write}, for rows that also read 0 after their context is scrubbed: 0 while the scrub's sweep runs. */
    void writeRows(Ram ram, Scrub scrub, HwUInt address, HwBits data, HwBool enable) {
        write(ram, Hw.mux(scrub.sweeping, scrub.rowOf(ram), address), Hw.mux(scrub.sweeping, Hw.bitsLit(0, ram.width()), data),
                scrub.sweeping.or(enable));
    }

    /** The row of {@code ram} (addressed by context, then row within the context) cleared this cycle, while {@link #active}. */
    HwUInt rowOf(Ram ram) {
        return rowOf(ram, context, step);
    }

    /** Row {@code step} of {@code context}'s rows of {@code ram} (its address: the context, then the row within it). */
    static HwUInt rowOf(Ram ram, HwUInt context, HwUInt step) {
        int rowBits = ram.addressWidth() - context.width();
        return rowBits == 0 ? context : Hw.cat(context, step.resize(rowBits)).asUInt();
    }
}
