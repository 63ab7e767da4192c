package taskintc.sim;

import java.util.ArrayDeque;
import java.util.Random;

import taskintc.dsl.SimPin;
import taskintc.dsl.TileLinkBus;

/**
 * TileLink Uncached Lightweight master: one Get and one Put may be in flight, each under its own source ID,
 * issued on channel A with random delays and answered on D under random back-pressure. Checks the slave
 * against the specification: a response matches an issued request by source, AccessAck answers a Put and
 * AccessAckData a Get, size and source are echoed, param is 0, denied data is also corrupt, and a response
 * held while d_ready is low does not change. A partial access is a PutPartialData with a partial mask, or a
 * Get narrower than the bus.
 */
public final class TileLinkMaster extends CompletionLog {
    private static final int PUT_FULL = 0, PUT_PARTIAL = 1, GET = 4, ACCESS_ACK = 0, ACCESS_ACK_DATA = 1;
    private final Random rnd;
    private final int stall;
    private final int dataBytes, fullSize, sourceValues;
    private final SimPin aValid, aReady, aOpcode, aParam, aSize, aSource, aAddress, aMask, aData, aCorrupt;
    private final SimPin dValid, dReady, dOpcode, dParam, dSize, dSource, dDenied, dData, dCorrupt;

    /** An access on its way: on channel A (not yet accepted), then waiting for its D response. */
    private static final class InFlight {
        final Access access;
        final int opcode, size, source;
        final long mask, start;
        long accept = -1;
        int delay;

        InFlight(Access access, int opcode, int size, int source, long mask, long start, int delay) {
            this.access = access;
            this.opcode = opcode;
            this.size = size;
            this.source = source;
            this.mask = mask;
            this.start = start;
            this.delay = delay;
        }
    }

    private InFlight wr, rd;
    /** Accesses in the order they go out on channel A. */
    private final ArrayDeque<InFlight> toIssue = new ArrayDeque<>();
    private boolean dHeld;
    private long heldOpcode, heldSource, heldData, heldDenied;

    public TileLinkMaster(TileLinkBus tl, Clock clock, Random rnd, int stallPercent) {
        super(clock);
        this.rnd = rnd;
        this.stall = stallPercent;
        aValid = SimPin.of(tl.aValid); aReady = SimPin.of(tl.aReady);
        aOpcode = tl.simAOpcode(); aParam = SimPin.of(tl.aParam); aSize = SimPin.of(tl.aSize); aSource = SimPin.of(tl.aSource);
        aAddress = SimPin.of(tl.aAddress); aMask = SimPin.of(tl.aMask); aData = SimPin.of(tl.aData); aCorrupt = SimPin.of(tl.aCorrupt);
        dValid = SimPin.of(tl.dValid); dReady = SimPin.of(tl.dReady);
        dOpcode = tl.simDOpcode(); dParam = SimPin.of(tl.dParam); dSize = SimPin.of(tl.dSize); dSource = SimPin.of(tl.dSource);
        dDenied = SimPin.of(tl.dDenied); dData = SimPin.of(tl.dData); dCorrupt = SimPin.of(tl.dCorrupt);
        dataBytes = aMask.width;
        fullSize = Integer.numberOfTrailingZeros(dataBytes);
        sourceValues = 1 << aSource.width;
        for (SimPin p : new SimPin[]{aValid, aParam, aCorrupt, dReady}) p.set(0);
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
        long full = (1L << dataBytes) - 1;
        int source;
        do source = rnd.nextInt(sourceValues); while ((wr != null && wr.source == source) || (rd != null && rd.source == source));
        InFlight f;
        if (a.write()) {
            if (wr != null) throw new IllegalStateException("write already outstanding");
            // A full write goes out as PutFullData or, now and then, as PutPartialData with every mask bit set.
            boolean partialOpcode = !a.fullWidth() || rnd.nextInt(8) == 0;
            long mask = a.fullWidth() ? full : (rnd.nextLong() & full & ~(1L << rnd.nextInt(dataBytes)));
            f = wr = new InFlight(a, partialOpcode ? PUT_PARTIAL : PUT_FULL, fullSize, source, mask, clock.cycle(), delay());
        } else {
            if (rd != null) throw new IllegalStateException("read already outstanding");
            // A narrow read: a smaller size, its mask the matching aligned lanes.
            int size = a.fullWidth() ? fullSize : rnd.nextInt(fullSize);
            long mask = a.fullWidth() ? full : (1L << (1 << size)) - 1;
            f = rd = new InFlight(a, GET, size, source, mask, clock.cycle(), delay());
        }
        toIssue.add(f);
    }

    @Override
    public boolean idle() {
        return wr == null && rd == null;
    }

    @Override
    public void step() {
        InFlight head = toIssue.peek();
        boolean av = head != null && head.delay <= 0;
        aValid.set(av);
        if (head != null) {
            aOpcode.set(head.opcode);
            aSize.set(head.size);
            aSource.set(head.source);
            aAddress.set(head.access.address());
            aMask.set(head.mask);
            aData.set(head.opcode == GET ? 0 : head.access.data());
        }
        boolean dr = rnd.nextInt(100) >= stall;
        dReady.set(dr);
        clock.settle();

        long now = clock.cycle();
        boolean dv = dValid.high();
        if (dHeld && (!dv || dOpcode.get() != heldOpcode || dSource.get() != heldSource || dData.get() != heldData
                || dDenied.get() != heldDenied))
            throw new AssertionError("TileLink: D response changed before it was accepted");
        if (av && aReady.high()) {
            toIssue.poll();
            head.accept = now;
        }
        if (dv) {
            long source = dSource.get();
            InFlight f = wr != null && wr.accept >= 0 && wr.source == source ? wr
                    : rd != null && rd.accept >= 0 && rd.source == source ? rd : null;
            if (f == null) throw new AssertionError("TileLink: D response for source " + source + ", which has no accepted request");
            boolean get = f.opcode == GET;
            if (dOpcode.get() != (get ? ACCESS_ACK_DATA : ACCESS_ACK))
                throw new AssertionError("TileLink: D opcode " + dOpcode.get() + " answers a " + (get ? "Get" : "Put"));
            if (dSize.get() != f.size) throw new AssertionError("TileLink: D size " + dSize.get() + ", request size " + f.size);
            if (dParam.get() != 0) throw new AssertionError("TileLink: D param must be 0 on AccessAck(Data)");
            if (get && dDenied.high() && !dCorrupt.high()) throw new AssertionError("TileLink: denied AccessAckData must be corrupt");
            if (!get && dCorrupt.high()) throw new AssertionError("TileLink: AccessAck carries no data to corrupt");
            if (dr) {
                done.add(new Completion(f.access, get ? dData.get() : 0, dDenied.high(), f.accept, f.start, now));
                if (get) rd = null;
                else wr = null;
                dHeld = false;
            } else {
                dHeld = true;
                heldOpcode = dOpcode.get();
                heldSource = source;
                heldData = dData.get();
                heldDenied = dDenied.get();
            }
        }
        clock.tick();
        for (InFlight f : toIssue) f.delay--;
    }

    @Override
    public void abort() {
        wr = rd = null;
        toIssue.clear();
        dHeld = false;
        done.clear();
        aValid.set(false);
    }
}
