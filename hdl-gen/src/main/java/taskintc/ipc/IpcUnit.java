package taskintc.ipc;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreRsp;
import taskintc.spec.DeliveryPort;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;

/**
 * The IPC mailbox, bus-agnostic: executes the {@code IPC} operations the register decoder produces (one in,
 * one answer two cycles later, like the scheduler) and hands the tasks it wakes to the scheduler as deliveries.
 * A context's identity is the region it accesses: every operation names its own context, and the only
 * cross-context effects are the checked send and reply.
 *
 * <p>Its parts, each a class of this package sharing the pipeline of {@link IpcStages}: {@link Staging} (the
 * outgoing message and result of each context), {@link Inboxes}, {@link ReplyBoxes}, {@link Handlers},
 * {@link Capabilities} (the grant table and the kernel context), {@link ClearAfterReset}, {@link Transfers} (send and reply: checks and
 * effects), {@link CopyEngine}, {@link DeliveryQueue}, {@link ErrorRegister} and {@link Scrub} (a context's state
 * forgotten for a new owner).
 */
public final class IpcUnit extends Circuit {
    public final HwStream<CoreCmd> cmd;
    public final HwFlow<CoreRsp> rsp;
    /** The tasks it makes ready, to the scheduler. */
    public final DeliveryPort deliveries;
    /** The grant table is cleared (after reset); no command is taken before. */
    public final HwBool initDone;
    /** The operation in the execute stage, for testbenches that follow the order of execution. */
    public final HwBool traceI1Valid;

    public IpcUnit(TaskIntcConfig cfg) {
        this(cfg, true);
    }

    /**
     * {@code clearRamsAfterReset} false leaves out {@link ClearAfterReset}: only for a model whose memories start at 0
     * and which is never reset after power-up (the formal harness).
     */
    public IpcUnit(TaskIntcConfig cfg, boolean clearRamsAfterReset) {
        cmd = streamIn("cmd", () -> new CoreCmd(cfg));
        rsp = flowOut("rsp", () -> new CoreRsp(cfg));
        deliveries = masterPort("deliveries", new DeliveryPort(cfg));
        initDone = outBool("initDone");

        IpcStages stages = new IpcStages(this, cfg, cmd, rsp);
        ClearAfterReset clear = new ClearAfterReset(this, cfg, clearRamsAfterReset);
        ErrorRegister errors = new ErrorRegister(this, cfg, stages, clear);
        Scrub scrub = new Scrub(this, cfg, stages, errors);
        Capabilities capabilities = new Capabilities(this, cfg, stages, errors, clear);
        DeliveryQueue queue = new DeliveryQueue(this, cfg, deliveries);
        CopyEngine copy = new CopyEngine(this, cfg);
        Staging staging = new Staging(this, cfg, stages, copy, scrub, clear);
        Handlers handlers = new Handlers(this, cfg, stages, capabilities, errors, scrub, clear);
        Inboxes inboxes = new Inboxes(this, cfg, stages, copy, staging, scrub, errors, handlers, clear);
        ReplyBoxes replyBoxes = new ReplyBoxes(this, cfg, stages, copy, staging, scrub, clear);
        new Transfers(this, cfg, stages, errors, capabilities, handlers, staging, inboxes, replyBoxes, copy, queue);

        when(stages.is1(IpcOp.STATUS), () -> stages.answer1.assign(Hw.cat(replyBoxes.current1, replyBoxes.count1.resize(8),
                Hw.bitsLit(0, 7), inboxes.current1, inboxes.count1.resize(8)).resize(cfg.taskWidth())));

        initDone.assign(clear.active.not());
        // An access waits while the RAMs clear after reset, while a copy or a scrub's sweep runs and behind a change of
        // what it reads.
        cmd.ready().assign(initDone.and(copy.active.not()).and(copy.writeValid.not()).and(scrub.busy.not())
                .and(stages.hazard.not()));
        traceI1Valid = stages.valid1;
    }

    /** Bits of a word index within a staged message (M words). */
    static int messageWordBits(TaskIntcConfig cfg) {
        return Hw.log2Up(cfg.messageWords());
    }

    /** Bits of a word index within a reply slot: the R result words and, as word R, the task it wakes. */
    static int replyWordBits(TaskIntcConfig cfg) {
        return Hw.log2Up(cfg.resultWords() + 1);
    }

    /** Bits of a slot index in an inbox or reply box (D slots). */
    static int slotBits(TaskIntcConfig cfg) {
        return Hw.log2Up(cfg.mailboxDepth());
    }
}
