package taskintc.sim;

import java.util.Random;

import taskintc.dsl.AxiLite4Bus;
import taskintc.dsl.HwData;
import taskintc.dsl.SimPin;

/**
 * AXI4-Lite master with random delays on every valid and random back-pressure on every ready, and
 * protocol checks on the slave: a response held until accepted must not change.
 */
public final class AxiLiteMaster extends CompletionLog {
    private final Random rnd;
    private final int stall;
    private final int dataBytes;
    private final SimPin awValid, awReady, awAddr, awProt, wValid, wReady, wData, wStrb, bValid, bReady, bResp;
    private final SimPin arValid, arReady, arAddr, arProt, rValid, rReady, rData, rResp;

    private Access wr, rd;
    private boolean awDone, wDone, arDone;
    private int awDelay, wDelay, arDelay;
    private long wrStart, rdStart, wrAccept, rdAccept, wrStrb;
    private boolean bHeld, rHeld;
    private long bHeldResp, rHeldData, rHeldResp;

    public AxiLiteMaster(AxiLite4Bus axi, Clock clock, Random rnd, int stallPercent) {
        super(clock);
        this.rnd = rnd;
        this.stall = stallPercent;
        awValid = pin(axi.awValid); awReady = pin(axi.awReady); awAddr = pin(axi.awAddr); awProt = pin(axi.awProt);
        wValid = pin(axi.wValid); wReady = pin(axi.wReady); wData = pin(axi.wData); wStrb = pin(axi.wStrb);
        bValid = pin(axi.bValid); bReady = pin(axi.bReady); bResp = pin(axi.bResp);
        arValid = pin(axi.arValid); arReady = pin(axi.arReady); arAddr = pin(axi.arAddr); arProt = pin(axi.arProt);
        rValid = pin(axi.rValid); rReady = pin(axi.rReady); rData = pin(axi.rData); rResp = pin(axi.rResp);
        dataBytes = wStrb.width;
        for (SimPin p : new SimPin[]{awValid, wValid, arValid, bReady, rReady, awProt, arProt}) p.set(0);
    }

    private static SimPin pin(HwData d) {
        return SimPin.of(d);
    }

    private int delay() {
        return rnd.nextInt(100) < stall ? 1 + rnd.nextInt(4) : 0;
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public void submit(Access a) {
        if (a.write()) {
            if (wr != null) throw new IllegalStateException("write already outstanding");
            wr = a;
            awDone = wDone = false;
            awDelay = delay();
            wDelay = delay();
            wrStart = clock.cycle();
            wrAccept = -1;
            long full = (1L << dataBytes) - 1;
            wrStrb = a.fullWidth() ? full : (rnd.nextLong() & full & ~(1L << rnd.nextInt(dataBytes)));
        } else {
            if (rd != null) throw new IllegalStateException("read already outstanding");
            rd = a;
            arDone = false;
            arDelay = delay();
            rdStart = clock.cycle();
        }
    }

    @Override
    public boolean idle() {
        return wr == null && rd == null;
    }

    @Override
    public void step() {
        boolean awv = wr != null && !awDone && awDelay <= 0;
        boolean wv = wr != null && !wDone && wDelay <= 0;
        boolean arv = rd != null && !arDone && arDelay <= 0;
        awValid.set(awv);
        wValid.set(wv);
        arValid.set(arv);
        if (wr != null) {
            awAddr.set(wr.address());
            wData.set(wr.data());
            wStrb.set(wrStrb);
        }
        if (rd != null) arAddr.set(rd.address());
        boolean br = rnd.nextInt(100) >= stall;
        boolean rr = rnd.nextInt(100) >= stall;
        bReady.set(br);
        rReady.set(rr);
        clock.settle();

        long now = clock.cycle();
        boolean bv = bValid.high(), rv = rValid.high();
        if (bHeld && (!bv || bResp.get() != bHeldResp)) throw new AssertionError("AXI: B response changed before it was accepted");
        if (rHeld && (!rv || rData.get() != rHeldData || rResp.get() != rHeldResp))
            throw new AssertionError("AXI: R response changed before it was accepted");
        if (awv && awReady.high()) awDone = true;
        if (wv && wReady.high()) wDone = true;
        if (wr != null && awDone && wDone && wrAccept < 0) wrAccept = now;
        if (arv && arReady.high()) {
            arDone = true;
            rdAccept = now;
        }
        if (bv) {
            if (wr == null || !awDone || !wDone) throw new AssertionError("AXI: B response without an accepted write");
            if (br) {
                done.add(new Completion(wr, 0, bResp.get() != 0, wrAccept, wrStart, now));
                wr = null;
                wrAccept = -1;
                bHeld = false;
            } else {
                bHeld = true;
                bHeldResp = bResp.get();
            }
        }
        if (rv) {
            if (rd == null || !arDone) throw new AssertionError("AXI: R response without an accepted read");
            if (rr) {
                done.add(new Completion(rd, rData.get(), rResp.get() != 0, rdAccept, rdStart, now));
                rd = null;
                rHeld = false;
            } else {
                rHeld = true;
                rHeldData = rData.get();
                rHeldResp = rResp.get();
            }
        }
        clock.tick();
        awDelay--;
        wDelay--;
        arDelay--;
    }

    {
        wrAccept = -1;
    }


    @Override
    public void abort() {
        wr = rd = null;
        wrAccept = -1;
        bHeld = rHeld = false;
        done.clear();
        awValid.set(false);
        wValid.set(false);
        arValid.set(false);
    }

}
