package taskintc.sim;

import java.util.Random;

import taskintc.dsl.Apb3Bus;
import taskintc.dsl.SimPin;

/** APB3 master: setup phase, then access phase held until PREADY; random idle cycles between transfers. */
public final class Apb3Master extends CompletionLog {
    private final Random rnd;
    private final int stall;
    private final SimPin psel, penable, pwrite, paddr, pwdata, pready, prdata, pslverr;
    private Access cur;
    private int phase; // 0 idle/wait, 1 setup, 2 access
    private int wait;
    private long start;

    public Apb3Master(Apb3Bus apb, Clock clock, Random rnd, int stallPercent) {
        super(clock);
        this.rnd = rnd;
        this.stall = stallPercent;
        psel = SimPin.of(apb.psel);
        penable = SimPin.of(apb.penable);
        pwrite = SimPin.of(apb.pwrite);
        paddr = SimPin.of(apb.paddr);
        pwdata = SimPin.of(apb.pwdata);
        pready = SimPin.of(apb.pready);
        prdata = SimPin.of(apb.prdata);
        pslverr = SimPin.of(apb.pslverror);
        psel.set(0);
        penable.set(0);
    }

    @Override
    public boolean concurrent() { return false; }

    @Override
    public void submit(Access a) {
        if (cur != null) throw new IllegalStateException("APB is one transfer at a time");
        if (!a.fullWidth()) throw new IllegalArgumentException("APB3 has no byte strobes");
        cur = a;
        phase = 0;
        wait = rnd.nextInt(100) < stall ? 1 + rnd.nextInt(3) : 0;
        start = clock.cycle();
    }

    @Override
    public boolean idle() { return cur == null; }

    @Override
    public void step() {
        if (cur != null && phase == 0 && wait <= 0) phase = 1;
        psel.set(cur != null && phase >= 1);
        penable.set(cur != null && phase == 2);
        if (cur != null) {
            pwrite.set(cur.write());
            paddr.set(cur.address());
            pwdata.set(cur.data());
        }
        clock.settle();
        long now = clock.cycle();
        if (cur != null && phase == 2 && pready.high()) {
            done.add(new Completion(cur, cur.write() ? 0 : prdata.get(), pslverr.high(), now, start, now));
            cur = null;
            phase = 0;
        } else if (cur != null && phase == 1) {
            phase = 2;
        }
        clock.tick();
        wait--;
    }



    @Override
    public void abort() {
        cur = null;
        phase = 0;
        done.clear();
        psel.set(0);
        penable.set(0);
    }
}
