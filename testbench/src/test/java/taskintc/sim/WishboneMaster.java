package taskintc.sim;

import java.util.Random;

import taskintc.dsl.SimPin;
import taskintc.dsl.WishboneBus;

/** Wishbone classic master (word addresses): CYC/STB held until ACK or ERR. */
public final class WishboneMaster extends CompletionLog {
    private final Random rnd;
    private final int stall;
    private final int wordShift;
    private final SimPin cyc, stb, we, adr, datW, sel, ack, err, datR;
    private Access cur;
    private int wait;
    private long start, selBits;

    public WishboneMaster(WishboneBus wb, Clock clock, Random rnd, int stallPercent) {
        super(clock);
        this.rnd = rnd;
        this.stall = stallPercent;
        cyc = SimPin.of(wb.cyc);
        stb = SimPin.of(wb.stb);
        we = SimPin.of(wb.we);
        adr = SimPin.of(wb.adr);
        datW = SimPin.of(wb.datMosi);
        sel = SimPin.of(wb.sel);
        ack = SimPin.of(wb.ack);
        err = SimPin.of(wb.err);
        datR = SimPin.of(wb.datMiso);
        wordShift = Integer.numberOfTrailingZeros(datW.width / 8);
        cyc.set(0);
        stb.set(0);
    }

    @Override
    public boolean concurrent() { return false; }

    @Override
    public void submit(Access a) {
        if (cur != null) throw new IllegalStateException("one transfer at a time");
        if ((a.address() & ((1L << wordShift) - 1)) != 0) throw new IllegalArgumentException("word addresses only");
        cur = a;
        wait = rnd.nextInt(100) < stall ? 1 + rnd.nextInt(3) : 0;
        start = clock.cycle();
        long full = (1L << sel.width) - 1;
        selBits = a.fullWidth() ? full : (rnd.nextLong() & full & ~(1L << rnd.nextInt(sel.width)));
    }

    @Override
    public boolean idle() { return cur == null; }

    @Override
    public void step() {
        boolean active = cur != null && wait <= 0;
        cyc.set(active);
        stb.set(active);
        if (cur != null) {
            we.set(cur.write());
            adr.set(cur.address() >>> wordShift);
            datW.set(cur.data());
            sel.set(selBits);
        }
        clock.settle();
        long now = clock.cycle();
        if (ack.high() && err.high()) throw new AssertionError("Wishbone: ACK and ERR together");
        if (!active && (ack.high() || err.high())) throw new AssertionError("Wishbone: termination without a cycle");
        if (active && (ack.high() || err.high())) {
            done.add(new Completion(cur, cur.write() ? 0 : datR.get(), err.high(), now, start, now));
            cur = null;
        }
        clock.tick();
        wait--;
    }



    @Override
    public void abort() {
        cur = null;
        done.clear();
        cyc.set(0);
        stb.set(0);
    }
}
