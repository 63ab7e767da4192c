package taskintc.sched;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreRsp;
import taskintc.spec.DeliveryPort;
import taskintc.spec.IpcDelivery;
import taskintc.spec.SourcePick;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.WakeupPort;

/**
 * The scheduler, bus-agnostic: one {@link CoreCmd} in per cycle, one {@link CoreRsp} out two cycles later,
 * in order; plus, with sources, the wakeups the wakeup unit picks ({@link WakeupPort}) and, with IPC, the
 * tasks the IPC unit delivers.
 *
 * <p>It is built from parts that share one pipeline description ({@link SchedPipeline}: the wakeup slot
 * E, then S0 accept, S1 allocate, S2 link and answer): {@link Intake} (who enters S0), {@link LevelLists}
 * (ready lists, level bitmap and level pick), {@link TaskPool} (task words, links, free list),
 * {@link WaitTable} (wait lists, head waiters, handlers) with {@link Grants} and {@link SourceUpdates},
 * {@link Admission} (what an operation does), {@link ErrorRegisters}, {@link CurrentTasks},
 * {@link Preemption} (usip, notify, ssip), {@link ListWalker} (remove, cancel_wait) and {@link StatusReads} (the answers).
 */
public final class ReadyQueueCore extends Circuit {
    public final HwStream<CoreCmd> cmd;
    public final HwFlow<CoreRsp> rsp;
    /** The wakeup unit's port, present when the configuration has sources. */
    public final WakeupPort wakeup;
    /** The wakeup unit's picks (part of {@link #wakeup}), for testbenches that follow them. */
    public final HwStream<SourcePick> pick;
    /** The pool is full (part of {@link #wakeup}; the IPC unit reads it too). */
    public final HwBool poolFullOut;
    public final HwBits usip, ssip;
    /** The IPC unit's port (present with IPC): tasks it delivers, and the verdict one cycle after one is taken. */
    public final DeliveryPort deliveries;
    /** The delivered tasks (part of {@link #deliveries}). */
    public final HwStream<IpcDelivery> deliver;
    public final HwBool deliverAckValid, deliverAckOk;
    /** A remove or cancel_wait is walking its list (its answer comes at a time of its own); present with IPC. */
    public final HwBool removeBusy;
    /** What the execute stage (S1) holds, for testbenches that follow the core's order of operations. */
    public final HwBool traceS1Valid, traceS1Internal, traceWalkStart;
    public final HwUInt traceS1Op, traceS1Source;

    public ReadyQueueCore(TaskIntcConfig cfg) {
        final boolean irq = cfg.hasWakeup();
        final boolean ipc = irq && cfg.hasIpc();
        cmd = streamIn("cmd", () -> new CoreCmd(cfg));
        rsp = flowOut("rsp", () -> new CoreRsp(cfg));
        wakeup = irq ? masterPort("wakeup", new WakeupPort(cfg)) : null;
        pick = irq ? wakeup.pick : null;
        poolFullOut = irq ? wakeup.poolFull : null;
        usip = irq ? outBits("usip", cfg.harts()) : null;
        ssip = irq ? outBits("ssip", cfg.harts()) : null;
        deliveries = ipc ? slavePort("deliveries", new DeliveryPort(cfg)) : null;
        deliver = ipc ? deliveries.task : null;
        deliverAckValid = ipc ? deliveries.ackValid : null;
        deliverAckOk = ipc ? deliveries.ackOk : null;
        if (ipc) deliveries.poolFull.assign(wakeup.poolFull);
        removeBusy = ipc ? outBool("removeBusy") : null;

        SchedPipeline pipe = new SchedPipeline(this, cfg, cmd);
        InitSweep sweep = new InitSweep(this, pipe);
        Grants grants = irq ? new Grants(this, pipe, sweep) : null;
        pipe.initDone.assign(sweep.sweeping.not());
        WaitTable waits = irq ? new WaitTable(this, pipe, wakeup, sweep) : null;
        new Intake(this, pipe, deliver, waits);
        LevelLists lists = new LevelLists(this, pipe);
        new Admission(this, pipe, deliverAckValid, deliverAckOk);
        TaskPool pool = new TaskPool(this, pipe, lists, waits);
        ErrorRegisters errors = new ErrorRegisters(this, pipe, grants, sweep);
        if (irq) new SourceUpdates(this, pipe, waits, wakeup);
        CurrentTasks current = new CurrentTasks(this, pipe, pool);
        Preemption preemption = irq ? new Preemption(this, pipe, current, usip, ssip) : null;
        // Built after the parts whose registers it also writes (bitmap, counts, free list, errors), so
        // its assignments take precedence; it runs only while nothing else is in the pipeline anyway.
        ListWalker remove = new ListWalker(this, pipe, lists, pool, errors, waits);
        new StatusReads(this, pipe, rsp, lists, pool, errors, irq ? waits.sourceStatus1 : null, current, preemption, remove);
        if (irq && wakeup.s1OnSource != null) wakeup.s1OnSource.assign(pipe.s1TouchesSource());
        if (removeBusy != null) removeBusy.assign(pipe.walkActive);

        traceS1Valid = pipe.s1.valid;
        traceS1Internal = pipe.s1.internal;
        traceS1Op = pipe.s1.op;
        traceS1Source = irq ? pipe.s1.source : null;
        traceWalkStart = pipe.s0.walkStart;
    }
}
