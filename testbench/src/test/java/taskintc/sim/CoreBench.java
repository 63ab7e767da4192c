package taskintc.sim;

import java.util.ArrayDeque;
import java.util.Random;

import taskintc.dsl.SimPin;
import taskintc.model.SchedulerModel;
import taskintc.sched.ReadyQueueCore;
import taskintc.spec.CoreOp;
import taskintc.spec.Status;
import taskintc.spec.TaskIntcConfig;

/**
 * Drives the bus-agnostic core directly, one command per cycle when the stimulus wants it, and checks
 * every response against the reference model, in order.
 */
public final class CoreBench {
    public record Cmd(CoreOp op, Status status, int ctx, int hart, long data, boolean control, boolean read) {}

    static final Status[] SCHEDULER_STATUS = {Status.CONTEXT_COUNT, Status.CONTEXT_LEVELS, Status.CONTEXT_ERROR,
            Status.POOL_FREE, Status.CURRENT_TASK, Status.CURRENT_CONTEXT, Status.CONTROL_ERROR};

    public final TaskIntcConfig cfg;
    public final SchedulerModel model;
    private final Clock clock;
    private final SimPin cmdValid, cmdReady, op, status, context, hart, source, data, control, read;
    private final SimPin rspValid, rspData, rspFault, rspRead;
    private final ArrayDeque<long[]> expected = new ArrayDeque<>();
    private final long wordMask;
    public long accepted, responses, cycles;

    public CoreBench(ReadyQueueCore dut, TaskIntcConfig cfg) {
        this.cfg = cfg;
        this.model = new SchedulerModel(cfg.contexts(), cfg.priorities(), cfg.capacity(), cfg.taskWidth(), cfg.harts());
        this.wordMask = model.wordMask();
        clock = new Clock(dut);
        var c = dut.cmd.payload();
        var r = dut.rsp.payload();
        cmdValid = SimPin.of(dut.cmd.valid());
        cmdReady = SimPin.of(dut.cmd.ready());
        op = SimPin.of(c.op);
        status = SimPin.of(c.status);
        context = SimPin.of(c.context);
        hart = SimPin.of(c.hart);
        source = c.source == null ? null : SimPin.of(c.source);
        data = SimPin.of(c.data);
        control = SimPin.of(c.control);
        read = SimPin.of(c.read);
        rspValid = SimPin.of(dut.rsp.valid());
        rspData = SimPin.of(r.data);
        rspFault = SimPin.of(r.fault);
        rspRead = SimPin.of(r.read);
        cmdValid.set(false);
        // The wakeup side is not driven here: no picks, quiet gateways.
        if (dut.pick != null) {
            SimPin.of(dut.pick.valid()).set(false);
            SimPin.of(dut.wakeup.queryCount).set(0);
            SimPin.of(dut.wakeup.queryLost).set(0);
        }
        if (dut.deliver != null) SimPin.of(dut.deliver.valid()).set(false);
        clock.reset(3);
        awaitReady();
    }

    /** After reset the controller clears its grant table before it takes the first command. */
    public void awaitReady() {
        cmdValid.set(false);
        for (int i = 0; i < (1 << 20); i++) {
            clock.settle();
            if (cmdReady.high()) return;
            clock.tick();
        }
        throw new AssertionError("the core never became ready after reset");
    }

    /** Asserts reset for a few cycles; the model forgets everything too. Pending responses are dropped. */
    public void reset() {
        cmdValid.set(false);
        clock.reset(2);
        model.reset();
        expected.clear();
        awaitReady();
    }

    /**
     * Offers {@code cmd} (or nothing when null) for one cycle; returns true when it was accepted. The
     * response of any earlier command arriving this cycle is checked.
     */
    public boolean cycle(Cmd cmd) {
        if (cmd != null) {
            cmdValid.set(true);
            op.set(cmd.op.ordinal());
            status.set(cmd.status == null ? 0 : cmd.status.ordinal());
            context.set(cmd.ctx);
            hart.set(cmd.hart);
            if (source != null) source.set(0);
            data.set(cmd.data);
            control.set(cmd.control);
            read.set(cmd.read);
        } else {
            cmdValid.set(false);
        }
        clock.settle();
        boolean fire = cmd != null && cmdReady.high();
        if (rspValid.high()) check();
        if (fire) {
            long data = expect(cmd);
            // Every answer comes two cycles after its command is accepted; a remove's when its walk ends.
            long at = clock.cycle() + (cmd.op == CoreOp.REMOVE ? model.lastRemoveCycles : LATENCY);
            expected.add(new long[]{data, cmd.op == CoreOp.FAULT ? 1 : 0, cmd.read ? 1 : 0, at});
            accepted++;
        }
        clock.tick();
        cycles++;
        return fire;
    }

    /** Idles until every accepted command has been answered. */
    public void drain() {
        int guard = 0;
        while (!expected.isEmpty()) {
            cycle(null);
            if (++guard > 4 * cfg.capacity() + 100) throw new AssertionError("core stopped answering: " + expected.size() + " responses missing");
        }
    }

    /** Cycles from a command's acceptance to its answer (the register map's timing). */
    public static final int LATENCY = 2;

    private void check() {
        long[] e = expected.poll();
        if (e == null) throw new AssertionError("unexpected response at cycle " + clock.cycle());
        if (clock.cycle() != e[3])
            throw new AssertionError(String.format("response %d came at cycle %d, expected at cycle %d", responses, clock.cycle(), e[3]));
        long got = rspData.get();
        if (got != e[0] || rspFault.get() != e[1] || rspRead.get() != e[2])
            throw new AssertionError(String.format("response %d at cycle %d: got data=0x%x fault=%d read=%d, expected data=0x%x fault=%d read=%d",
                    responses, clock.cycle(), got, rspFault.get(), rspRead.get(), e[0], e[1], e[2]));
        responses++;
    }

    private long expect(Cmd c) {
        switch (c.op) {
            case ENQUEUE_TAIL: model.enqueue(c.ctx, c.data, false); return 0;
            case ENQUEUE_HEAD: model.enqueue(c.ctx, c.data, true); return 0;
            case DEQUEUE: return model.dequeue(c.ctx, c.hart);
            case REMOVE: model.remove(c.ctx, c.data); return 0;
            case READ_CONST: return c.data & wordMask;
            case FAULT: model.fault(c.control ? -1 : c.ctx); return 0;
            case READ_STATUS:
                switch (c.status) {
                    case CONTEXT_COUNT: return model.count(c.ctx);
                    case CONTEXT_LEVELS: return model.levels(c.ctx);
                    case CONTEXT_ERROR: return model.readError(c.ctx);
                    case POOL_FREE: return model.poolFree();
                    case CURRENT_TASK: return model.currentTask(c.hart);
                    case CURRENT_CONTEXT: return model.currentContext(c.hart);
                    case CONTROL_ERROR: return model.readControlError();
                    default: throw new IllegalStateException();
                }
            default: throw new IllegalStateException();
        }
    }

    // ------------------------------------------------------------------ stimulus

    /** Random task word: mostly valid priorities and pointers, sometimes invalid ones. */
    public static long randomWord(Random rnd, TaskIntcConfig cfg, int pointerSpace) {
        int prio = rnd.nextInt(100) < 3 ? cfg.priorities() + rnd.nextInt(32 - Math.min(cfg.priorities(), 31)) : rnd.nextInt(cfg.priorities());
        if (prio > 31) prio = 31;
        long ptr = rnd.nextInt(100) < 2 ? 0 : (1 + rnd.nextInt(pointerSpace));
        long word = (ptr << 6) | ((long) prio << 1) | (rnd.nextBoolean() ? 1 : 0);
        if (cfg.taskWidth() == 64 && rnd.nextInt(100) < 10) word |= 1L << 63; // high pointer bits are data too
        return word;
    }

    /**
     * A random command. {@code enqueueBias} in percent shifts the mix between filling and draining, so
     * runs reach both the empty and the full pool.
     */
    public Cmd randomCmd(Random rnd, int enqueueBias, int hotContexts) {
        int ctx = rnd.nextInt(Math.min(hotContexts, cfg.contexts()));
        int h = rnd.nextInt(cfg.harts());
        int roll = rnd.nextInt(100);
        if (roll < enqueueBias) {
            boolean head = rnd.nextInt(100) < 25;
            return new Cmd(head ? CoreOp.ENQUEUE_HEAD : CoreOp.ENQUEUE_TAIL, null, ctx, h, randomWord(rnd, cfg, 64), false, false);
        }
        roll -= enqueueBias;
        int rest = 100 - enqueueBias;
        if (roll < rest * 70 / 100) return new Cmd(CoreOp.DEQUEUE, null, ctx, h, 0, false, true);
        if (roll < rest * 78 / 100) {
            long word = randomWord(rnd, cfg, 64);
            int lvl = rnd.nextInt(cfg.priorities());
            Long[] q = model.queue(ctx, lvl);
            if (q.length > 0 && rnd.nextInt(100) < 80) word = q[rnd.nextInt(q.length)];
            return new Cmd(CoreOp.REMOVE, null, ctx, h, word, false, false);
        }
        if (roll < rest * 95 / 100) {
            // The scheduler's own status words (the interrupt side is tested through the whole controller).
            Status s = SCHEDULER_STATUS[rnd.nextInt(SCHEDULER_STATUS.length)];
            boolean ctl = s == Status.CONTROL_ERROR || (s != Status.CONTEXT_ERROR && rnd.nextBoolean());
            return new Cmd(CoreOp.READ_STATUS, s, ctx, h, 0, ctl, true);
        }
        if (roll < rest * 98 / 100) return new Cmd(CoreOp.READ_CONST, null, ctx, h, rnd.nextLong(), rnd.nextBoolean(), true);
        return new Cmd(CoreOp.FAULT, null, ctx, h, 0, rnd.nextBoolean(), rnd.nextBoolean());
    }

    public long clockCycle() {
        return clock.cycle();
    }
}
