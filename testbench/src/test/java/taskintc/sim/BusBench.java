package taskintc.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import taskintc.dsl.Apb3Bus;
import taskintc.dsl.Axi4Bus;
import taskintc.dsl.AxiLite4Bus;
import taskintc.dsl.SimPin;
import taskintc.dsl.TileLinkBus;
import taskintc.dsl.WishboneBus;
import taskintc.model.IpcModel;
import taskintc.model.RegisterModel;
import taskintc.model.SchedulerModel;
import taskintc.model.SourcesModel;
import taskintc.sim.BusMaster.Access;
import taskintc.sim.BusMaster.Completion;
import taskintc.spec.CoreOp;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.Trigger;
import taskintc.top.TaskIntc;

/**
 * Drives the generated top through its bus with the accesses software makes, drives its interrupt lines,
 * and checks every answer (data and bus error) against the reference model.
 *
 * <p>Ordering: the model executes each access when the core's execute stage (S1) does, and each internal
 * wakeup when it passes S1, so software operations, wakeups and interrupt arrivals interleave in the
 * model exactly as in the RTL. The RTL tells the harness only the order; the model computes every
 * effect itself and rejects an order the specification does not allow (a wakeup of a source with nothing
 * to deliver, an execute stage holding an access that was never issued).
 */
public final class BusBench {
    /** Share of AXI4 accesses preceded by an unsolicited burst, which the slave must refuse beat by beat. */
    public static final int AXI4_BURST_PERCENT = 5;
    public final TaskIntcConfig cfg;
    public final SchedulerModel scheduler;
    public final SourcesModel sources;
    public final IpcModel ipc;
    public final RegisterModel model;
    public final BusMaster bus;
    public final Clock clock;
    private final Random rnd;
    public long accesses, errorsSeen, concurrentPairs, wakes, handlerCopies, picks, deliveries;

    private final SimPin cmdValid, cmdReady, cmdRead, s1Valid, s1Internal, s1Op, s1Source, removeStart, ipcI1Valid, coreAnswers;
    private final SimPin pickValid, pickReady, pickSource;
    /** With line bits in front of counts in RAM: the source the RAM's read-modify-write folds this cycle. */
    private final SimPin foldValid, foldSource;
    private final SimPin irqPin, nicRxPin, nicTxPin, usipPin, ssipPin, nicRxMaskPin, nicTxMaskPin, nicRxAckPin, nicTxAckPin;
    private final boolean[] lines;

    private record Issued(Access access, RegisterModel.Decoded decoded) {}

    private final ArrayDeque<Issued> inPipeline = new ArrayDeque<>();
    /** An ipc_reply that left the IPC unit's execute stage last cycle: it decides now, in I2 (register map). */
    private Issued replyDeciding;
    private final Map<Access, RegisterModel.Result> results = new IdentityHashMap<>();
    /** Accesses the bus took (or was given) that no unit has accepted yet, oldest first: with command stages a posted
     *  write's bus response comes before the scheduler or the IPC unit takes it, so several can be on their way. */
    private final ArrayDeque<Access> outstandingReads = new ArrayDeque<>(), outstandingWrites = new ArrayDeque<>();
    /** When set, the cycle the controller accepted each access (for latency measurements). */
    public Map<Access, Long> acceptedAt;
    /** When set, {cycle, operation, source} of every internal operation (wakeup, handler copy, delivery) in S1. */
    public List<long[]> internalOps;
    /** The random software the regressions run on this bench. */
    public final RandomAccesses random;
    /** Chooses the interrupt lines of the next cycle; may be replaced by a test. */
    public Consumer<boolean[]> lineDriver = l -> {};

    public BusBench(TaskIntc dut, TaskIntcConfig cfg, Random rnd, int stallPercent) {
        this.cfg = cfg;
        this.rnd = rnd;
        this.random = new RandomAccesses(this, cfg, rnd);
        this.scheduler = new SchedulerModel(cfg.contexts(), cfg.priorities(), cfg.capacity(), cfg.taskWidth(), cfg.harts());
        this.sources = cfg.hasWakeup()
                ? new SourcesModel(scheduler, cfg.sources(), cfg.nicQueues(), cfg.pendingWidth(), cfg.trigger() == Trigger.EDGE,
                        cfg.lineBuffer())
                : null;
        this.ipc = cfg.hasIpc() ? new IpcModel(scheduler, sources, cfg.ipcChannels(), cfg.mailboxDepth(), cfg.messageWords(),
                cfg.resultWords()) : null;
        this.model = new RegisterModel(scheduler);
        this.clock = new Clock(dut);
        this.bus = switch (cfg.bus()) {
            case AXI4LITE -> new AxiLiteMaster((AxiLite4Bus) dut.bus, clock, rnd, stallPercent);
            case AXI4 -> new Axi4Master((Axi4Bus) dut.bus, clock, rnd, stallPercent, AXI4_BURST_PERCENT);
            case APB3 -> new Apb3Master((Apb3Bus) dut.bus, clock, rnd, stallPercent);
            case WISHBONE -> new WishboneMaster((WishboneBus) dut.bus, clock, rnd, stallPercent);
            case TILELINK -> new TileLinkMaster((TileLinkBus) dut.bus, clock, rnd, stallPercent);
        };
        var core = dut.core;
        cmdValid = SimPin.of(dut.commands().valid());
        cmdReady = SimPin.of(dut.commands().ready());
        cmdRead = SimPin.of(dut.commands().payload().read);
        ipcI1Valid = dut.ipc == null ? null : SimPin.of(dut.ipc.traceI1Valid);
        s1Valid = SimPin.of(core.traceS1Valid);
        s1Internal = SimPin.of(core.traceS1Internal);
        s1Op = SimPin.of(core.traceS1Op);
        s1Source = core.traceS1Source == null ? null : SimPin.of(core.traceS1Source);
        removeStart = SimPin.of(core.traceWalkStart);
        coreAnswers = SimPin.of(core.rsp.valid());
        pickValid = core.pick == null ? null : SimPin.of(core.pick.valid());
        pickReady = core.pick == null ? null : SimPin.of(core.pick.ready());
        pickSource = core.pick == null ? null : SimPin.of(core.pick.payload().source);
        foldValid = dut.gateways == null || dut.gateways.traceFolding == null ? null : SimPin.of(dut.gateways.traceFolding);
        foldSource = foldValid == null ? null : SimPin.of(dut.gateways.traceFoldSource);
        irqPin = dut.irq == null ? null : SimPin.of(dut.irq);
        nicRxPin = dut.nicRxIrq == null ? null : SimPin.of(dut.nicRxIrq);
        nicTxPin = dut.nicTxIrq == null ? null : SimPin.of(dut.nicTxIrq);
        usipPin = dut.usip == null ? null : SimPin.of(dut.usip);
        ssipPin = dut.ssip == null ? null : SimPin.of(dut.ssip);
        nicRxMaskPin = dut.nicRxMask == null ? null : SimPin.of(dut.nicRxMask);
        nicTxMaskPin = dut.nicTxMask == null ? null : SimPin.of(dut.nicTxMask);
        nicRxAckPin = dut.nicRxAck == null ? null : SimPin.of(dut.nicRxAck);
        nicTxAckPin = dut.nicTxAck == null ? null : SimPin.of(dut.nicTxAck);
        lines = new boolean[cfg.sources()];
        driveLines();
        clock.onCycle(this::observe, this::nextLines);
        clock.reset(3);
        awaitReady();
    }

    /** After reset the controller clears its grant table before it takes a command: wait for that. */
    private void awaitReady() {
        for (int i = 0; i < (1 << 22); i++) {
            clock.settle();
            if (cmdReady.high()) return;
            clock.tick();
        }
        throw new AssertionError("the controller never became ready after reset");
    }

    // ------------------------------------------------------------------ following the RTL's order

    private static final boolean TRACE = Boolean.getBoolean("taskintc.trace");
    private final ArrayDeque<String> traceLog = new ArrayDeque<>();

    private void log(String s) {
        if (!TRACE) return;
        traceLog.add(clock.cycle() + ": " + s);
        if (traceLog.size() > 80) traceLog.poll();
    }

    /** The last events seen (with -Dtaskintc.trace=true), for failure messages. */
    public String recentTrace() {
        return String.join("\n", traceLog);
    }

    private void observe() {
        if (clock.resetting()) return;
        try {
            observeCycle();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + (TRACE ? "\nrecent:\n" + recentTrace() : ""), e);
        }
    }

    private void observeCycle() {
        long now = clock.cycle();
        // A walk (remove, cancel_wait) answers exactly when the register map says, and nothing answers before it.
        if (now > walkStartedAt && now <= removeUntil && coreAnswers.high() != (now == removeUntil))
            throw new AssertionError("cycle " + now + ": the walk accepted at cycle " + walkStartedAt + " must answer at cycle "
                    + removeUntil + (coreAnswers.high() ? ", not before" : ""));
        if (sources != null) {
            checkOutputPins(now);
            sources.arrivals(lines);
        }
        // A pick is judged on the state at the start of the cycle (and this cycle's arrivals), as the hardware made it.
        if (pickValid != null && pickValid.high() && pickReady.high()) {
            log("pick " + pickSource.get());
            sources.pick((int) pickSource.get());
            picks++;
        }
        // The access in S1 (or in the IPC unit's execute stage) was issued earlier: it executes now, before
        // anything issued this cycle, and before a delivery the core passes in the same cycle. A reply decides in the
        // cycle after its execute stage (I2), with that stage empty: it takes effect then, as a whole.
        if (replyDeciding != null) {
            if (ipcI1Valid.high()) throw new AssertionError("cycle " + now + ": an IPC access executes while a reply decides");
            execute(replyDeciding);
            replyDeciding = null;
        }
        if (ipcI1Valid != null && ipcI1Valid.high()) {
            Issued i = inPipeline.poll();
            if (i == null) throw new AssertionError("the IPC unit executes an access that was never issued (cycle " + clock.cycle() + ")");
            if (i.decoded().kind() == RegisterModel.Kind.IPC_REPLY) replyDeciding = i;
            else execute(i);
        }
        if (s1Valid.high()) {
            if (s1Internal.high()) {
                int src = (int) s1Source.get();
                int op = (int) s1Op.get();
                log("S1 internal " + CoreOp.values()[op] + " source " + src);
                if (internalOps != null) internalOps.add(new long[]{now, op, src});
                if (op == CoreOp.WAKE.ordinal()) {
                    random.woken(sources.wake(src));
                    wakes++;
                } else if (op == CoreOp.HANDLER.ordinal()) {
                    sources.handlerCopy(src);
                    handlerCopies++;
                } else if (op == CoreOp.DELIVER.ordinal() && ipc != null) {
                    ipc.delivery();
                    deliveries++;
                } else throw new AssertionError("internal operation " + op + " in S1");
            } else {
                Issued i = inPipeline.poll();
                if (i == null) throw new AssertionError("S1 holds an access that was never issued (cycle " + clock.cycle() + ")");
                execute(i);
            }
        }
        if (cmdValid.high() && cmdReady.high()) {
            boolean read = cmdRead.high();
            Access a = (read ? outstandingReads : outstandingWrites).poll();
            if (a == null) throw new AssertionError("the core accepted a " + (read ? "read" : "write") + " nobody issued");
            Issued i = new Issued(a, model.decode(a.address(), a.write(), a.fullWidth()));
            if (acceptedAt != null) acceptedAt.put(a, clock.cycle());
            if (now <= removeUntil) throw new AssertionError("an access was accepted at cycle " + now + " while a walk runs (until " + removeUntil + ")");
            log("accept " + i.decoded() + " data " + Long.toHexString(a.data()) + (removeStart.high() ? " (walk starts)" : ""));
            boolean walks = i.decoded().kind() == RegisterModel.Kind.REMOVE || i.decoded().kind() == RegisterModel.Kind.CANCEL_WAIT;
            if (removeStart.high() != walks)
                throw new AssertionError("cycle " + now + ": " + i.decoded() + (walks ? " did not start" : " started") + " a list walk");
            if (walks) {
                execute(i); // a remove or cancel_wait runs alone: the pipeline is empty
                removeUntil = now + (i.decoded().kind() == RegisterModel.Kind.REMOVE ? scheduler.lastRemoveCycles : sources.lastCancelCycles);
                walkStartedAt = now;
            } else inPipeline.add(i);
        }
        // A remove or cancel_wait holds the core while its pipeline drains (offered, not taken) and while it walks.
        Access offeredWrite = outstandingWrites.peek();
        RegisterModel.Kind offered = cmdValid.high() && !cmdReady.high() && !cmdRead.high() && offeredWrite != null
                ? model.decode(offeredWrite.address(), true, offeredWrite.fullWidth()).kind() : null;
        boolean removeDraining = offered == RegisterModel.Kind.REMOVE || offered == RegisterModel.Kind.CANCEL_WAIT;
        if (sources != null) {
            int fold = foldValid != null && foldValid.high() ? (int) foldSource.get() : -1;
            if (fold >= 0) log("fold " + fold);
            sources.commit(removeDraining || now <= removeUntil, fold);
            recordOutputs(now);
        }
    }

    /** Last cycle of the remove or cancel_wait in progress (the core takes nothing else until then; it answers then). */
    private long removeUntil = -1, walkStartedAt = -1;

    // ------------------------------------------------------------------ output pins, every cycle

    /** The model's outputs after each of the last cycles: usip, notification pending, notify hart, NIC masks, acknowledges. */
    private final long[] usipAt = new long[4], notifyHartAt = new long[4];
    private final boolean[] notifyAt = new boolean[4];
    private final java.math.BigInteger[][] nicAt = new java.math.BigInteger[4][];
    private long outputsFrom = Long.MAX_VALUE;

    private void recordOutputs(long now) {
        int k = (int) (now & 3);
        usipAt[k] = sources.preemption.usip();
        notifyAt[k] = sources.preemption.notifyPending();
        notifyHartAt[k] = sources.preemption.notifyHart();
        nicAt[k] = nicRxPin == null ? null : new java.math.BigInteger[]{sources.nicMask(false), sources.nicMask(true),
                sources.nicAck(false), sources.nicAck(true)};
        if (outputsFrom == Long.MAX_VALUE) outputsFrom = now;
    }

    /**
     * Compares the controller's output pins with the model every cycle. The register map's timing: usip and the
     * kernel notification follow the operation that changes them (its execute stage, S1) two cycles later, the
     * notify hart and the NIC masks one cycle later, and a NIC acknowledge pulses the cycle after the batch completed.
     */
    private void checkOutputPins(long now) {
        if (now - 2 < outputsFrom) return;
        int one = (int) ((now - 1) & 3), two = (int) ((now - 2) & 3);
        long usip = usipPin.get(), ssip = ssipPin.get();
        long wantSsip = notifyAt[two] ? 1L << notifyHartAt[one] : 0;
        if (usip != usipAt[two] || ssip != wantSsip)
            throw new AssertionError(String.format("cycle %d: usip=%x ssip=%x, model usip=%x ssip=%x", now, usip, ssip, usipAt[two], wantSsip));
        if (nicRxPin == null) return;
        SimPin[] pins = {nicRxMaskPin, nicTxMaskPin, nicRxAckPin, nicTxAckPin};
        String[] names = {"nic_rx_mask", "nic_tx_mask", "nic_rx_ack", "nic_tx_ack"};
        for (int i = 0; i < 4; i++) {
            java.math.BigInteger got = pins[i].width <= 63 ? java.math.BigInteger.valueOf(pins[i].get()) : pins[i].getBig();
            if (!got.equals(nicAt[one][i]))
                throw new AssertionError(String.format("cycle %d: %s=%x, model %x", now, names[i], got, nicAt[one][i]));
        }
    }

    private void execute(Issued i) {
        RegisterModel.Result r = model.execute(i.decoded(), i.access().data());
        log("exec " + i.decoded() + " data " + Long.toHexString(i.access().data()) + " -> " + Long.toHexString(r.data()) + (r.error() ? " ERR" : ""));
        results.put(i.access(), r);
    }

    private boolean[] driven = new boolean[0];

    private void nextLines() {
        if (lines.length == 0) return;
        lineDriver.accept(lines);
        if (!java.util.Arrays.equals(lines, driven)) driveLines();
    }

    private void driveLines() {
        driven = lines.clone();
        int q = cfg.nicQueues();
        if (nicRxPin != null) {
            long rx = 0, tx = 0;
            for (int i = 0; i < q; i++) {
                if (lines[i]) rx |= 1L << i;
                if (lines[q + i]) tx |= 1L << i;
            }
            nicRxPin.set(rx);
            nicTxPin.set(tx);
        }
        if (irqPin != null) {
            long v = 0;
            int n = cfg.genericSources();
            if (n <= 64) {
                for (int i = 0; i < n; i++) if (lines[2 * q + i]) v |= 1L << i;
                irqPin.set(v);
            } else {
                java.math.BigInteger b = java.math.BigInteger.ZERO;
                for (int i = 0; i < n; i++) if (lines[2 * q + i]) b = b.setBit(i);
                irqPin.setBig(b);
            }
        }
    }

    /** The interrupt-line value of every source this cycle (what the model sees). */
    public boolean[] lines() {
        return lines;
    }

    // ------------------------------------------------------------------ accesses

    /** Starts an access without waiting for it (the harness still follows it into the controller). */
    public void submit(Access a) {
        (a.write() ? outstandingWrites : outstandingReads).add(a);
        bus.submit(a);
    }

    /** Runs the accesses (at most one read and one write), waits for all, checks them; returns the completions. */
    public List<Completion> run(Access... batch) {
        for (Access a : batch) submit(a);
        int guard = 0;
        while (!bus.idle() || !inPipeline.isEmpty() || replyDeciding != null || !outstandingWrites.isEmpty() || !outstandingReads.isEmpty()) {
            bus.step();
            if (++guard > 20 * cfg.capacity() + 2000) throw new AssertionError("bus access never completed: " + List.of(batch));
        }
        List<Completion> done = new ArrayList<>(bus.takeCompleted());
        for (Completion c : done) check(c);
        accesses += done.size();
        return done;
    }

    /** Submits {@code a} and runs the clock until the controller accepts it (with {@link #acceptedAt} set): its cycle. */
    public long submitUntilAccepted(Access a) {
        if (acceptedAt == null) throw new IllegalStateException("submitUntilAccepted needs acceptedAt");
        submit(a);
        while (!acceptedAt.containsKey(a)) bus.step();
        return acceptedAt.get(a);
    }

    public long read(long address) {
        return run(Access.read(address)).get(0).data();
    }

    public void write(long address, long data) {
        run(Access.write(address, data));
    }

    public void idle(int cycles) {
        for (int i = 0; i < cycles; i++) bus.step();
    }

    /** Resets the controller (and the master's outstanding accesses) mid-run; the model forgets everything. */
    public void reset() {
        bus.abort();
        outstandingReads.clear();
        outstandingWrites.clear();
        inPipeline.clear();
        replyDeciding = null;
        clock.reset(2);
        scheduler.reset();
        outputsFrom = Long.MAX_VALUE;
        removeUntil = walkStartedAt = -1;
        for (int i = 0; i < lines.length; i++) lines[i] = false;
        driveLines();
        awaitReady();
    }

    private void check(Completion c) {
        Access a = c.access();
        boolean expectError;
        long expectData = 0;
        if (a.write()) {
            expectError = model.decode(a.address(), true, a.fullWidth()).refused();
            results.remove(a);
        } else {
            RegisterModel.Result r = results.remove(a);
            if (r == null) throw new AssertionError("read 0x" + Long.toHexString(a.address()) + " completed but never executed");
            expectError = r.error();
            expectData = r.data();
        }
        if (c.error()) errorsSeen++;
        if (c.error() != expectError || (!a.write() && c.data() != expectData))
            throw new AssertionError((TRACE ? "recent:\n" + recentTrace() + "\n" : "") + String.format("%s 0x%x%s at cycle %d: got data=0x%x error=%b, expected data=0x%x error=%b",
                    a.write() ? "write" : "read", a.address(), a.write() ? String.format(" <- %x%s", a.data(), a.fullWidth() ? "" : " (partial)") : "",
                    c.acceptCycle(), c.data(), c.error(), expectData, expectError));
    }

    /** The controller's interrupt outputs must match the model's (checked when nothing is in flight). */
    public void checkInterruptPins() {
        if (usipPin == null) return;
        long u = usipPin.get(), sp = ssipPin.get();
        if (u != sources.preemption.usip() || sp != sources.preemption.ssip())
            throw new AssertionError(String.format("usip=%x ssip=%x, model usip=%x ssip=%x", u, sp, sources.preemption.usip(), sources.preemption.ssip()));
    }

    // ------------------------------------------------------------------ stimulus

    public long ctxPage(int c) {
        return model.contextPage(c);
    }

}
