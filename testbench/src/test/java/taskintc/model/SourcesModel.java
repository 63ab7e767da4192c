package taskintc.model;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Reference model of the interrupt side, written from the specification: per-source gateways (edge,
 * level, NIC coalescing ({@link NicCoalescingModel}), mask), saturating pending counts, FIFO one-shot waiters in the shared pool,
 * persistent handlers, wake-all draining and grants; the preemption / kernel-notification decision is
 * {@link PreemptionModel}.
 *
 * <p>The gateways are modelled cycle by cycle, because the pending count a software read returns depends
 * on which cycle an event arrived; everything else is transactional. Within a cycle the harness calls,
 * in this order: the operation in the pipeline's execute stage, the pick of the cycle, then {@link #endCycle}
 * with the lines as they were during the cycle; all pending-count changes of a cycle are summed and
 * saturated together, as a counter does. An operation's own count change (a wait, a wakeup or a handler copy
 * that takes an event, an inject) joins the next cycle's changes; until then the count it shows (status, the
 * next operation's decision) includes it. A pick changes no count: its wakeup takes the event when it executes.
 *
 * <p>With {@link #lineBuffer} ({@code --line-buffer k}) a line's event joins the line's buffer instead (up to
 * {@code 2^(k-1)} events: a pending bit and a count behind it), and each cycle the source the hardware names (its
 * read-modify-write, {@link #commit(boolean, int)}) has its buffer folded into its count; an event on a full line is
 * lost ({@link #eventsLostInLines} counts those). Which source is folded is the hardware's choice, as the picks are;
 * what folding does to the count, the bit and the lost flag is the model's.
 */
public final class SourcesModel {
    public final int sources, nicQueues, pendingWidth;
    public final boolean edgeDefault;
    /** Bits per line in front of the counts (which the hardware then keeps in RAM): {@code --line-buffer k}, 0 for none. */
    public final int lineBuffer;
    /** Events a line holds before its fold: {@code 2^(lineBuffer-1)}. */
    private final int lineCapacity;
    private final SchedulerModel s;
    private final long pendingMax;

    private final boolean[][] grant;
    private final boolean[] edge, wakeAll, persistent, masked, draining, lost, armed, prev;
    /** The line's events not yet folded into {@code pending} (always 0 without {@link #lineBuffer}). */
    private final int[] buffered;
    /** The source's last pick takes an event when its wakeup executes (set by {@link #pick}). */
    private final boolean[] pickTakes;
    private final long[] pending, delta;
    /** The execute stage's count changes of this cycle, and of the last one (applied with this cycle's changes). */
    private final long[] staged, late;
    /** With {@link #lineBuffer}: a configuration's clearing of lost, staged in its execute stage and applied by its fold
     *  (the next cycle's), as the count changes are. */
    private final boolean[] lostClearStaged, lostClearLate;
    private final Deque<long[]>[] waiters;      // {context, word}
    private final long[][] handler;             // {context, word} or null
    private final NicCoalescingModel nic;

    /** Events that arrived and that were delivered, for the storm's accounting. */
    public long eventsArrived, eventsDelivered, eventsLost;
    /** Of {@link #eventsLost}: those that found their line's buffer full (the rest passed a count's maximum). */
    public long eventsLostInLines;
    /** Where the tasks this side makes ready interrupt a hart or notify the kernel. */
    public final PreemptionModel preemption;

    @SuppressWarnings("unchecked")
    public SourcesModel(SchedulerModel s, int sources, int nicQueues, int pendingWidth, boolean edgeDefault) {
        this(s, sources, nicQueues, pendingWidth, edgeDefault, 0);
    }

    public SourcesModel(SchedulerModel s, int sources, int nicQueues, int pendingWidth, boolean edgeDefault, int lineBuffer) {
        this.s = s;
        this.lineBuffer = lineBuffer;
        this.lineCapacity = lineBuffer > 0 ? 1 << (lineBuffer - 1) : 0;
        this.buffered = new int[sources];
        this.preemption = new PreemptionModel(s);
        this.sources = sources;
        this.nicQueues = nicQueues;
        this.pendingWidth = pendingWidth;
        this.edgeDefault = edgeDefault;
        this.pendingMax = (1L << pendingWidth) - 1;
        grant = new boolean[s.contexts][sources];
        edge = new boolean[sources];
        wakeAll = new boolean[sources];
        persistent = new boolean[sources];
        masked = new boolean[sources];
        draining = new boolean[sources];
        pickTakes = new boolean[sources];
        lost = new boolean[sources];
        armed = new boolean[sources];
        prev = new boolean[sources];
        pending = new long[sources];
        delta = new long[sources];
        staged = new long[sources];
        late = new long[sources];
        lostClearStaged = new boolean[sources];
        lostClearLate = new boolean[sources];
        waiters = new Deque[sources];
        for (int i = 0; i < sources; i++) waiters[i] = new ArrayDeque<>();
        handler = new long[sources][];
        nic = new NicCoalescingModel(nicQueues);
        delivery = new DeliveryBoundCheck(sources);
        s.sources = this;
        reset();
    }

    public void reset() {
        preemption.reset();
        for (boolean[] g : grant) Arrays.fill(g, false);
        if (eventNow != null) Arrays.fill(eventNow, false);
        for (int i = 0; i < sources; i++) {
            edge[i] = i < 2 * nicQueues || edgeDefault;
            wakeAll[i] = persistent[i] = masked[i] = draining[i] = lost[i] = prev[i] = pickTakes[i] = false;
            buffered[i] = 0;
            armed[i] = true;
            pending[i] = delta[i] = staged[i] = late[i] = 0;
            lostClearStaged[i] = lostClearLate[i] = false;
            waiters[i].clear();
            handler[i] = null;
        }
        nic.reset();
        delivery.reset();
    }

    // ------------------------------------------------------------------ operations in program order

    public void grant(int ctx, int source, boolean allow) {
        grant[ctx][source] = allow;
    }

    /** A context waits on a source (one register write); returns the error bits. */
    public long waitOn(int ctx, int src, long word) {
        word &= s.wordMask();
        long err;
        if (!grant[ctx][src]) err = SchedulerModel.NOT_GRANTED;
        else if ((err = s.wordError(word)) != 0) {
            // refused word
        } else if (persistent[src]) {
            handler[src] = new long[]{ctx, word};
            err = 0;
        } else if (waiters[src].isEmpty() && pending(src) > 0) {
            if (s.poolFull()) err = SchedulerModel.POOL_FULL;
            else {
                s.adjustUsed(+1);
                takeEvent(src);
                deliver(ctx, word);
                err = 0;
            }
        } else if (s.poolFull()) {
            err = SchedulerModel.POOL_FULL;
        } else {
            s.adjustUsed(+1);
            waiters[src].addLast(new long[]{ctx, word});
            err = 0;
        }
        s.recordError(ctx, err);
        return err;
    }

    /**
     * Cycles the last cancel_wait held the core, from the cycle it was accepted to its answer (the register map's
     * timing): 2 when refused or when the source has no waiter, j + 5 when it found the task with j waiters ahead of
     * it, L + 2 when none of the source's L waiters is it.
     */
    public int lastCancelCycles;
    /** cancel_wait outcomes: cancelled, not found (on a source with a pending event among them), not granted. */
    public long cancelsDone, cancelsNotFound, cancelsWithPending, cancelsNotGranted;

    /**
     * cancel_wait: takes the oldest waiter of {@code src} that is {@code ctx}'s and equal to the word off the wait
     * list and frees its entry; pending events are not touched. Returns the error bits (0: it was waiting).
     */
    public long cancelWait(int ctx, int src, long word) {
        word &= s.wordMask();
        long err = SchedulerModel.NOT_FOUND;
        lastCancelCycles = 2;
        if (!grant[ctx][src]) {
            err = SchedulerModel.NOT_GRANTED;
        } else if (!waiters[src].isEmpty()) {
            int ahead = 0;
            for (java.util.Iterator<long[]> it = waiters[src].iterator(); it.hasNext(); ahead++) {
                long[] w = it.next();
                if (w[0] == ctx && w[1] == word) {
                    it.remove();
                    s.adjustUsed(-1);
                    err = 0;
                    break;
                }
            }
            lastCancelCycles = err == 0 ? ahead + 5 : ahead + 2;
            if (waiters[src].isEmpty()) draining[src] = false;
        }
        if (err == 0) cancelsDone++;
        else if (err == SchedulerModel.NOT_FOUND) cancelsNotFound++;
        else cancelsNotGranted++;
        if (pending(src) > 0) cancelsWithPending++;
        s.recordError(ctx, err);
        return err;
    }

    /**
     * The hardware picked {@code src} this cycle: it must have something to deliver. Its wakeup (or handler copy) takes
     * one pending event when it executes, unless a wake-all event is draining the source's waiters.
     */
    public void pick(int src) {
        boolean p = persistent[src];
        boolean avail = pending[src] > 0 || buffered[src] > 0 || eventNow[src];
        boolean ok = p ? avail && handler[src] != null && !s.poolFull()
                : (avail || draining[src]) && !waiters[src].isEmpty();
        if (!ok) throw new AssertionError("picked source " + src + " with nothing to deliver (pending " + pending[src]
                + ", waiters " + waiters[src].size() + ", handler " + (handler[src] != null) + ", draining " + draining[src] + ")");
        pickTakes[src] = p || !draining[src];
        if (!p && wakeAll[src] && !draining[src]) draining[src] = true;
    }

    /** Internal wakeup of the oldest waiter of {@code src} (the entry moves, the pool is unchanged); returns its word. */
    public long wake(int src) {
        long[] w = waiters[src].pollFirst();
        if (w == null) throw new AssertionError("woke source " + src + " which has no waiter");
        if (waiters[src].isEmpty()) draining[src] = false;
        delivery.served(src);
        if (pickTakes[src]) takeEvent(src);
        deliver((int) w[0], w[1]);
        return w[1];
    }

    /** The waiters of a source, oldest first: {context, word} each (for tests choosing a task to cancel). */
    public long[][] waiterList(int src) {
        return waiters[src].toArray(new long[0][]);
    }

    /** Internal copy of the persistent handler, which takes the event; a full pool leaves it for a later pick. */
    public void handlerCopy(int src) {
        long[] h = handler[src];
        if (h == null) throw new AssertionError("handler copy for source " + src + " without a handler");
        delivery.served(src);
        if (s.poolFull()) return;
        takeEvent(src);
        s.adjustUsed(+1);
        deliver((int) h[0], h[1]);
    }

    /** An execute-stage operation takes one of the source's pending events (applied with the next cycle's changes). */
    private void takeEvent(int src) {
        staged[src]--;
        eventsDelivered++;
    }

    /** A task made ready by the hardware (a wakeup, a handler copy, an IPC delivery): queue it, then preempt or notify. */
    public void deliver(int ctx, long word) {
        s.insertReady(ctx, word);
        preemption.delivered(ctx, word);
    }

    public void configure(int src, boolean e, boolean all, boolean pers, boolean mask) {
        edge[src] = e;
        wakeAll[src] = all;
        persistent[src] = pers;
        masked[src] = mask;
        // With line buffers lost is in the count's RAM word: the configuration's fold clears it (with the line's losses of
        // the execute stage's cycle), a cycle after the counters' flags.
        if (lineBuffer > 0) lostClearStaged[src] = true;
        else lost[src] = false;
        if (!pers) handler[src] = null;
    }

    public void coalesce(int src, int count, int time) {
        nic.configure(src, count, time);
    }

    /** A simulated event: like an event on the line, ignored while the source is masked. */
    public void inject(int src) {
        if (masked[src]) return;
        staged[src]++;
        eventsArrived++;
    }

    public long status(int src) {
        long p = pending(src) & ((1L << Math.min(pendingWidth, 24)) - 1);
        return p | (waiters[src].isEmpty() ? 0 : 1L << 24) | (handler[src] != null ? 1L << 25 : 0) | (edge[src] ? 1L << 26 : 0)
                | (wakeAll[src] ? 1L << 27 : 0) | (persistent[src] ? 1L << 28 : 0) | (masked[src] ? 1L << 29 : 0)
                | (lost[src] || pending[src] + buffered[src] > pendingMax ? 1L << 30 : 0);
    }

    /** The count the scheduler sees: the counter with last cycle's change of the execute stage applied, saturating. */
    public long pending(int src) {
        return Math.min(Math.min(pending[src] + buffered[src], pendingMax) + late[src], pendingMax);
    }

    public int waiters(int src) {
        return waiters[src].size();
    }

    public boolean granted(int ctx, int src) {
        return grant[ctx][src];
    }

    public boolean persistent(int src) {
        return persistent[src];
    }

    // ------------------------------------------------------------------ the gateways, once per cycle

    private boolean[] eventNow = new boolean[0];

    /** The gateways' events of this cycle, from the lines during it ({@code line[s]} for every source, NIC ones included). */
    public void arrivals(boolean[] line) {
        if (eventNow.length != sources) eventNow = new boolean[sources];
        for (int i = 0; i < sources; i++) {
            boolean rising = line[i] && !prev[i];
            boolean levelEvent = line[i] && armed[i];
            boolean gate = edge[i] ? rising : levelEvent;
            armed[i] = (armed[i] && !levelEvent) || !line[i];
            prev[i] = line[i];
            boolean ev = i < 2 * nicQueues ? nic.step(i, gate) : gate;
            eventNow[i] = ev && !masked[i];
            if (eventNow[i]) {
                delta[i]++;
                eventsArrived++;
            }
        }
    }

    /**
     * Applies the cycle's count changes, saturating as the counters do, then checks the delivery bound:
     * {@code coreHeld} says the core spent this cycle on a remove (waiting for its pipeline to drain or walking),
     * which the bound does not count.
     */
    public void commit(boolean coreHeld) {
        commit(coreHeld, -1);
    }

    /**
     * {@link #commit(boolean)} with {@link #lineBuffer}: {@code fold} is the source whose count the hardware's
     * read-modify-write updates this cycle (-1: none). Its count becomes min(count + bit, max) plus the cycle's event
     * and the execute stage's change, saturating, and its bit clears; every other line's event sets its bit, or is lost
     * when the bit is set already. A change of the execute stage can only land on the folded source.
     */
    public void commit(boolean coreHeld, int fold) {
        if (lineBuffer > 0) commitFold(fold);
        else commitCounts();
        checkDelivery(coreHeld);
    }

    private void commitFold(int fold) {
        for (int i = 0; i < sources; i++) {
            if (i == fold) {
                if (lostClearLate[i]) lost[i] = false;
                long pre = pending[i] + buffered[i];
                if (pre > pendingMax) {
                    eventsLost += pre - pendingMax;
                    lost[i] = true;
                    pre = pendingMax;
                }
                pending[i] = saturate(i, pre + delta[i] + late[i]);
                buffered[i] = 0;
            } else {
                if (late[i] != 0 || lostClearLate[i])
                    throw new AssertionError("source " + i + ": its count or lost flag changes this cycle but the hardware folds "
                            + (fold < 0 ? "no source" : "source " + fold));
                long room = lineCapacity - buffered[i];
                if (delta[i] > room) {
                    eventsLost += delta[i] - room;
                    eventsLostInLines += delta[i] - room;
                    lost[i] = true;
                }
                buffered[i] += (int) Math.min(delta[i], room);
            }
            delta[i] = 0;
            late[i] = staged[i];
            staged[i] = 0;
            lostClearLate[i] = lostClearStaged[i];
            lostClearStaged[i] = false;
        }
    }

    /** {@code sum} saturated at the maximum; what passes it is lost and flagged. */
    private long saturate(int i, long sum) {
        if (sum < 0) throw new AssertionError("pending of source " + i + " went negative");
        if (sum > pendingMax) {
            eventsLost += sum - pendingMax;
            lost[i] = true;
            return pendingMax;
        }
        return sum;
    }

    private void commitCounts() {
        for (int i = 0; i < sources; i++) {
            pending[i] = saturate(i, pending[i] + delta[i] + late[i]);
            delta[i] = 0;
            late[i] = staged[i];
            staged[i] = 0;
        }
    }

    private void checkDelivery(boolean coreHeld) {
        delivery.endCycle(coreHeld, this::due,
                i -> "pending " + pending[i] + ", waiters " + waiters[i].size() + ", handler " + (handler[i] != null));
    }

    // ------------------------------------------------------------------ liveness

    /** The register map's delivery bound for I sources ({@link DeliveryBoundCheck}). */
    public static int deliveryBound(int sources) {
        return DeliveryBoundCheck.bound(sources);
    }

    private final DeliveryBoundCheck delivery;

    /** The longest a source waited for a delivery (cycles, removes not counted). */
    public long worstDelivery() {
        return delivery.worst;
    }

    /** The source has something to deliver and somewhere to deliver it. */
    private boolean due(int i) {
        if (persistent[i]) return handler[i] != null && pending(i) > 0 && !s.poolFull();
        return !waiters[i].isEmpty() && (pending(i) > 0 || draining[i]);
    }

    // ------------------------------------------------------------------ output pins

    /** The mask (RX or TX) the controller drives to the NIC: bit q for queue q. */
    public java.math.BigInteger nicMask(boolean tx) {
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        for (int q = 0; q < nicQueues; q++) if (masked[(tx ? nicQueues : 0) + q]) v = v.setBit(q);
        return v;
    }

    /** The acknowledges (RX or TX) of the batches completed in the last cycle the gateways saw. */
    public java.math.BigInteger nicAck(boolean tx) {
        return nic.acks(tx);
    }

    /** Sources whose lost flag is set. */
    public int saturatedSources() {
        int n = 0;
        for (boolean l : lost) if (l) n++;
        return n;
    }

    public long totalPending() {
        long t = 0;
        for (int i = 0; i < sources; i++) t += pending[i] + buffered[i] + late[i] + staged[i];
        return t;
    }
}
