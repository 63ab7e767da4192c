package taskintc.sim;

import java.util.Random;

import taskintc.dsl.Axi4Bus;
import taskintc.dsl.HwData;
import taskintc.dsl.SimPin;

/**
 * AXI4 master: random IDs, random delays on every valid and back-pressure on every ready, narrow reads for
 * accesses that are not full width, and (at {@code burstPercent}) an unsolicited burst before an access,
 * which the slave must answer with SLVERR on every beat without touching a register. Checks the protocol:
 * response IDs, RLAST, and responses held until accepted must not change.
 */
public final class Axi4Master extends CompletionLog {
    private static final long SLVERR = 2;
    private final Random rnd;
    private final int stall, burstPercent, dataBytes, fullSize, idBits;
    private final SimPin awValid, awReady, awAddr, awId, awLen, awSize, awBurst, wValid, wReady, wData, wStrb, wLast;
    private final SimPin bValid, bReady, bResp, bId;
    private final SimPin arValid, arReady, arAddr, arId, arLen, arSize, arBurst, rValid, rReady, rData, rResp, rId, rLast;

    private Access wr, rd;
    private boolean awDone, wDone, arDone;
    private int awDelay, wDelay, arDelay;
    private long wrStart, rdStart, wrAccept = -1, rdAccept, wrStrb, wrIdValue, rdIdValue, rdSize;
    /** An unsolicited burst ahead of the access: beats still to send (writes) or to receive (reads); 0 = none. */
    private int wrBurstLen, wrBurstBeatsLeft, rdBurstLen, rdBurstBeatsLeft;
    private boolean wrBurstAwDone;
    private boolean bHeld, rHeld;
    private long bHeldResp, rHeldData, rHeldResp;
    private long burstsAnswered;

    public Axi4Master(Axi4Bus axi, Clock clock, Random rnd, int stallPercent, int burstPercent) {
        super(clock);
        this.rnd = rnd;
        this.stall = stallPercent;
        this.burstPercent = burstPercent;
        awValid = pin(axi.awValid); awReady = pin(axi.awReady); awAddr = pin(axi.awAddr); awId = pin(axi.awId);
        awLen = pin(axi.awLen); awSize = pin(axi.awSize); awBurst = pin(axi.awBurst);
        wValid = pin(axi.wValid); wReady = pin(axi.wReady); wData = pin(axi.wData); wStrb = pin(axi.wStrb); wLast = pin(axi.wLast);
        bValid = pin(axi.bValid); bReady = pin(axi.bReady); bResp = pin(axi.bResp); bId = pin(axi.bId);
        arValid = pin(axi.arValid); arReady = pin(axi.arReady); arAddr = pin(axi.arAddr); arId = pin(axi.arId);
        arLen = pin(axi.arLen); arSize = pin(axi.arSize); arBurst = pin(axi.arBurst);
        rValid = pin(axi.rValid); rReady = pin(axi.rReady); rData = pin(axi.rData); rResp = pin(axi.rResp);
        rId = pin(axi.rId); rLast = pin(axi.rLast);
        dataBytes = wStrb.width;
        fullSize = Integer.numberOfTrailingZeros(dataBytes);
        idBits = awId.width;
        for (SimPin p : new SimPin[]{awValid, wValid, arValid, bReady, rReady, awLen, arLen, wLast}) p.set(0);
        for (HwData d : new HwData[]{axi.awProt, axi.arProt, axi.awCache, axi.arCache, axi.awLock, axi.arLock, axi.awQos,
                axi.arQos}) pin(d).set(0);
        awBurst.set(1);
        arBurst.set(1);
    }

    private static SimPin pin(HwData d) {
        return SimPin.of(d);
    }

    private int delay() {
        return rnd.nextInt(100) < stall ? 1 + rnd.nextInt(4) : 0;
    }

    /** Bursts the slave refused, every beat checked. */
    public long burstsAnswered() {
        return burstsAnswered;
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
            wrIdValue = rnd.nextInt(1 << idBits);
            wrBurstLen = rnd.nextInt(100) < burstPercent ? 1 + rnd.nextInt(3) : 0;
            wrBurstBeatsLeft = wrBurstLen + 1;
            wrBurstAwDone = false;
        } else {
            if (rd != null) throw new IllegalStateException("read already outstanding");
            rd = a;
            arDone = false;
            arDelay = delay();
            rdStart = clock.cycle();
            rdIdValue = rnd.nextInt(1 << idBits);
            rdSize = a.fullWidth() ? fullSize : rnd.nextInt(fullSize);
            rdBurstLen = rnd.nextInt(100) < burstPercent ? 1 + rnd.nextInt(3) : 0;
            rdBurstBeatsLeft = rdBurstLen + 1;
        }
    }

    @Override
    public boolean idle() {
        return wr == null && rd == null;
    }

    @Override
    public void step() {
        boolean wrBurst = wr != null && wrBurstLen > 0;
        boolean rdBurst = rd != null && rdBurstLen > 0;
        boolean awv, wv, arv;
        if (wrBurst) {
            awv = !wrBurstAwDone && awDelay <= 0;
            wv = wrBurstAwDone && wrBurstBeatsLeft > 0 && wDelay <= 0;
            awAddr.set(wr.address());
            awId.set(wrIdValue);
            awLen.set(wrBurstLen);
            awSize.set(fullSize);
            wData.set(rnd.nextLong());
            wStrb.set((1L << dataBytes) - 1);
            wLast.set(wrBurstBeatsLeft == 1);
        } else {
            awv = wr != null && !awDone && awDelay <= 0;
            wv = wr != null && !wDone && wDelay <= 0;
            if (wr != null) {
                awAddr.set(wr.address());
                awId.set(wrIdValue);
                awLen.set(0);
                awSize.set(fullSize);
                wData.set(wr.data());
                wStrb.set(wrStrb);
                wLast.set(true);
            }
        }
        arv = rd != null && !arDone && arDelay <= 0;
        if (rd != null) {
            arAddr.set(rd.address());
            arId.set(rdIdValue);
            arLen.set(rdBurst ? rdBurstLen : 0);
            arSize.set(rdBurst ? fullSize : rdSize);
        }
        awValid.set(awv);
        wValid.set(wv);
        arValid.set(arv);
        boolean br = rnd.nextInt(100) >= stall;
        boolean rr = rnd.nextInt(100) >= stall;
        bReady.set(br);
        rReady.set(rr);
        clock.settle();

        long now = clock.cycle();
        boolean bv = bValid.high(), rv = rValid.high();
        if (bHeld && (!bv || bResp.get() != bHeldResp)) throw new AssertionError("AXI4: B response changed before it was accepted");
        if (rHeld && (!rv || rData.get() != rHeldData || rResp.get() != rHeldResp))
            throw new AssertionError("AXI4: R response changed before it was accepted");
        if (wrBurst) {
            if (awv && awReady.high()) wrBurstAwDone = true;
            if (wv && wReady.high()) wrBurstBeatsLeft--;
        } else {
            if (awv && awReady.high()) awDone = true;
            if (wv && wReady.high()) wDone = true;
            if (wr != null && awDone && wDone && wrAccept < 0) wrAccept = now;
        }
        if (arv && arReady.high()) {
            arDone = true;
            rdAccept = now;
        }
        if (bv) {
            if (bId.get() != wrIdValue) throw new AssertionError("AXI4: B ID " + bId.get() + ", expected " + wrIdValue);
            if (wrBurst) {
                if (wrBurstBeatsLeft != 0) throw new AssertionError("AXI4: B response before the burst's last beat");
                if (bResp.get() != SLVERR) throw new AssertionError("AXI4: a write burst must be refused with SLVERR");
            } else if (wr == null || !awDone || !wDone) throw new AssertionError("AXI4: B response without an accepted write");
            if (br) {
                bHeld = false;
                if (wrBurst) {
                    wrBurstLen = 0;
                    burstsAnswered++;
                    awDelay = delay();
                    wDelay = delay();
                } else {
                    done.add(new Completion(wr, 0, bResp.get() != 0, wrAccept, wrStart, now));
                    wr = null;
                    wrAccept = -1;
                }
            } else {
                bHeld = true;
                bHeldResp = bResp.get();
            }
        }
        if (rv) {
            if (rd == null || !arDone) throw new AssertionError("AXI4: R response without an accepted read");
            if (rId.get() != rdIdValue) throw new AssertionError("AXI4: R ID " + rId.get() + ", expected " + rdIdValue);
            boolean last = rdBurst ? rdBurstBeatsLeft == 1 : true;
            if (rLast.high() != last) throw new AssertionError("AXI4: RLAST " + rLast.high() + ", expected " + last);
            if (rdBurst && (rResp.get() != SLVERR || rData.get() != 0))
                throw new AssertionError("AXI4: a read burst must be answered SLVERR with data 0 on every beat");
            if (rr) {
                rHeld = false;
                if (rdBurst) {
                    if (--rdBurstBeatsLeft == 0) {
                        rdBurstLen = 0;
                        burstsAnswered++;
                        arDone = false;
                        arDelay = delay();
                    }
                } else {
                    done.add(new Completion(rd, rData.get(), rResp.get() != 0, rdAccept, rdStart, now));
                    rd = null;
                }
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

    @Override
    public void abort() {
        wr = rd = null;
        wrAccept = -1;
        wrBurstLen = rdBurstLen = 0;
        bHeld = rHeld = false;
        done.clear();
        awValid.set(false);
        wValid.set(false);
        arValid.set(false);
    }
}
