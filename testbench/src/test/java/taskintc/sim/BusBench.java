package taskintc.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import spinal.lib.bus.amba3.apb.Apb3;
import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.bus.wishbone.Wishbone;
import taskintc.core.TaskIntc;
import taskintc.core.TaskIntcConfig;
import taskintc.model.RegisterModel;
import taskintc.model.SchedulerModel;
import taskintc.sim.BusMaster.Access;
import taskintc.sim.BusMaster.Completion;

/**
 * Drives the generated top through its bus with the accesses software makes, and checks every answer
 * (data and bus error) against the register model, in the order the controller accepted the accesses.
 */
public final class BusBench {
    public final TaskIntcConfig cfg;
    public final SchedulerModel scheduler;
    public final RegisterModel model;
    public final BusMaster bus;
    public final Clock clock;
    private final Random rnd;
    public long accesses, errorsSeen, concurrentPairs;

    public BusBench(TaskIntc dut, TaskIntcConfig cfg, Random rnd, int stallPercent) {
        this.cfg = cfg;
        this.rnd = rnd;
        this.scheduler = new SchedulerModel(cfg.contexts(), cfg.priorities(), cfg.capacity(), cfg.taskWidth(), cfg.harts());
        this.model = new RegisterModel(scheduler);
        this.clock = new Clock(dut.clockDomain().get());
        this.bus = switch (cfg.bus()) {
            case AXI4LITE -> new AxiLiteMaster((AxiLite4) dut.bus, clock, rnd, stallPercent);
            case APB3 -> new Apb3Master((Apb3) dut.bus, clock, rnd, stallPercent);
            case WISHBONE -> new WishboneMaster((Wishbone) dut.bus, clock, rnd, stallPercent);
        };
        clock.reset(3);
    }

    /** Runs the accesses (at most one read and one write), waits for all, checks them; returns the completions. */
    public List<Completion> run(Access... batch) {
        for (Access a : batch) bus.submit(a);
        int guard = 0;
        while (!bus.idle()) {
            bus.step();
            if (++guard > 10 * cfg.capacity() + 1000) throw new AssertionError("bus access never completed: " + List.of(batch));
        }
        List<Completion> done = new ArrayList<>(bus.takeCompleted());
        done.sort(Comparator.comparingLong(Completion::acceptCycle));
        for (Completion c : done) check(c);
        accesses += done.size();
        return done;
    }

    /** Resets the controller (and the master's outstanding accesses) mid-run; the model forgets everything. */
    public void reset() {
        bus.abort();
        clock.reset(2);
        scheduler.reset();
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

    private void check(Completion c) {
        Access a = c.access();
        RegisterModel.Result e = a.write() ? model.write(a.address(), a.data(), a.fullWidth()) : model.read(a.address());
        if (c.error()) errorsSeen++;
        if (c.error() != e.error() || (!a.write() && c.data() != e.data()))
            throw new AssertionError(String.format("%s 0x%x%s at cycle %d: got data=%x error=%b, expected data=%x error=%b",
                    a.write() ? "write" : "read", a.address(), a.write() ? String.format(" <- %x%s", a.data(), a.fullWidth() ? "" : " (partial)") : "",
                    c.acceptCycle(), c.data(), c.error(), e.data(), e.error()));
    }

    // ------------------------------------------------------------------ stimulus

    private long ctxPage(int c) {
        return RegisterModel.contextPage(c);
    }

    private long word() {
        return CoreBench.randomWord(rnd, cfg, 1 << 12);
    }

    /** One random access of the kind software makes (with a share of invalid ones). */
    public Access randomAccess(int enqueueBias, boolean wantWrite, boolean wantRead) {
        int c = rnd.nextInt(cfg.contexts());
        long page = ctxPage(c);
        int h = rnd.nextInt(cfg.harts());
        for (int attempt = 0; attempt < 8; attempt++) {
            int roll = rnd.nextInt(100);
            Access a;
            if (roll < enqueueBias) {
                a = Access.write(page + (rnd.nextInt(4) == 0 ? RegisterModel.ENQUEUE_HEAD : RegisterModel.ENQUEUE), word());
            } else if (roll < enqueueBias + (100 - enqueueBias) * 6 / 10) {
                a = Access.read(page + RegisterModel.DEQUEUE + 8L * h);
            } else {
                int r = rnd.nextInt(100);
                if (r < 12) {
                    long w = word();
                    Long[] q = scheduler.queue(c, rnd.nextInt(cfg.priorities()));
                    if (q.length > 0 && rnd.nextInt(100) < 80) w = q[rnd.nextInt(q.length)];
                    a = Access.write(page + RegisterModel.REMOVE, w);
                } else if (r < 40) {
                    int[] offs = {RegisterModel.COUNT, RegisterModel.LEVELS, RegisterModel.ERROR};
                    a = Access.read(page + offs[rnd.nextInt(offs.length)]);
                } else if (r < 75) {
                    int k = rnd.nextInt(8);
                    long off = switch (k) {
                        case 0 -> RegisterModel.ID;
                        case 1 -> RegisterModel.PARAMS;
                        case 2 -> RegisterModel.POOL_FREE;
                        case 3 -> RegisterModel.CONTROL_ERROR;
                        case 4 -> RegisterModel.CURRENT_TASK + 8L * rnd.nextInt(cfg.harts());
                        case 5 -> RegisterModel.CURRENT_CONTEXT + 8L * rnd.nextInt(cfg.harts());
                        case 6 -> RegisterModel.CONTEXT_COUNT + 8L * rnd.nextInt(cfg.contexts());
                        default -> RegisterModel.CONTEXT_LEVELS + 8L * rnd.nextInt(cfg.contexts());
                    };
                    a = Access.read(off);
                } else {
                    a = badAccess(page);
                }
            }
            if ((a.write() && wantWrite) || (!a.write() && wantRead)) return a;
        }
        return wantWrite ? Access.write(page + RegisterModel.ENQUEUE, word()) : Access.read(page + RegisterModel.COUNT);
    }

    /** An access the controller must refuse: unmapped offset or page, wrong direction, partial or misaligned. */
    public Access badAccess(long page) {
        long window = 1L << cfg.addressWidth();
        boolean wb = cfg.bus() == taskintc.core.BusKind.WISHBONE;
        long align = wb ? cfg.taskWidth() / 8 : 1;
        switch (rnd.nextInt(7)) {
            case 0: // write to a read-only register
                return Access.write(page + RegisterModel.COUNT, word());
            case 1: // read of a write-only register
                return Access.read(page + (rnd.nextBoolean() ? RegisterModel.ENQUEUE : RegisterModel.REMOVE));
            case 2: // partial write
                if (cfg.bus() != taskintc.core.BusKind.APB3) return new Access(true, page + RegisterModel.ENQUEUE, word(), false);
                return Access.write(0x8, word());
            case 3: // misaligned or between registers
                return Access.read(page + RegisterModel.COUNT + (wb ? 8 * (1 + rnd.nextInt(3)) + 0x30 : 1 + rnd.nextInt(7)));
            case 4: { // page past the last context
                long pages = window >>> 12;
                if (pages > cfg.contexts() + 1) {
                    long p = cfg.contexts() + 1 + rnd.nextLong(pages - cfg.contexts() - 1);
                    return rnd.nextBoolean() ? Access.read(p << 12) : Access.write(p << 12, word());
                }
                return Access.read(page + 0xFF8);
            }
            case 5: // unmapped offset on the control page, or a write to it
                return rnd.nextBoolean() ? Access.read(0xFF8 & ~(align - 1)) : Access.write(RegisterModel.POOL_FREE, 1);
            default: // dequeue register of a hart that does not exist
                return Access.read(page + RegisterModel.DEQUEUE + 8L * (cfg.harts() + rnd.nextInt(4)) );
        }
    }

    /** {@code n} random accesses; writes and reads are paired in the same cycle now and then. */
    public void randomTraffic(long n) {
        int phase = 0;
        long start = accesses;
        while (accesses - start < n) {
            if (rnd.nextInt(500) == 0) phase = rnd.nextInt(3);
            int bias = switch (phase) { case 0 -> 50; case 1 -> 25; default -> 70; };
            if (bus.concurrent() && rnd.nextInt(100) < 25) {
                run(randomAccess(bias, true, false), randomAccess(bias, false, true));
                concurrentPairs++;
            } else {
                run(randomAccess(bias, true, true));
            }
            if (rnd.nextInt(100) < 10) idle(rnd.nextInt(3));
        }
    }
}
