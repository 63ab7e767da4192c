package taskintc.sched;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.SOURCE_LSB;

import java.util.ArrayList;
import java.util.List;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreOp;
import taskintc.spec.SourcePick;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * The scheduler's pipeline, declared once: its stages and the values that travel between them. Parts read
 * the stage values they need here; a value that one part computes and others read is declared here too,
 * and its comment names the part that drives it.
 *
 * <pre>
 *  E   wakeup slot   a picked source's head waiter or handler, read one cycle ahead; a second entry
 *                    holds the next pick while the slot waits, so the picker never waits for S0 (WaitTable)
 *  S0  accept        one operation enters: bus command, wakeup or IPC delivery (Intake); its list is
 *                    chosen (LevelLists) and its records are read (list, wait list, grant)
 *  S1  allocate      records arrive (bypassed); checks and decisions (Admission); allocate or free
 *                    (TaskPool); counts, bitmap, errors; status reads sample here
 *  S2  link, answer  list records and one link written; current task, preemption; the answer leaves
 * </pre>
 *
 * One operation enters per cycle; bypasses in the parts let back-to-back operations on one list or source
 * follow each other. Remove and cancel_wait are the exceptions: ListWalker walks the level or the wait list
 * while nothing enters.
 */
final class SchedPipeline extends Part {
    final TaskIntcConfig cfg;
    /** The configuration has sources (the wakeup side). */
    final boolean irq;
    final Link link;
    /** The bus command offered to S0. */
    final HwStream<CoreCmd> cmd;
    final CoreCmd bus;

    /** A remove walks its level or a cancel_wait its source's wait list, so nothing enters S0 (ListWalker). */
    final HwBool walkActive;
    /** A cancel_wait is offered or walking: the wakeup slot takes no new pick (its read port is the walk's) (ListWalker). */
    final HwBool cancelHoldsPicks;
    /** The source a cancel_wait walks, and its last waiter is gone this cycle (ListWalker; with sources). */
    final HwUInt walkSource;
    final HwBool walkClearsWaiting;
    /** The context a remove or cancel_wait works on (ListWalker): while it walks, S0 and S1 read their per-context
     *  rows at this context instead of their own (both stages are empty), so the walker needs no read ports. */
    final HwUInt walkContext;
    /** The walk is a cancel_wait's (ListWalker). */
    final HwBool walkIsCancel;
    /** The grant table is cleared after reset, so operations may enter (Grants). */
    final HwBool initDone;

    final Slot e;
    final Accept s0;
    final Allocate s1;
    final Answer s2;

    SchedPipeline(Circuit owner, TaskIntcConfig cfg, HwStream<CoreCmd> cmd) {
        super(owner);
        this.cfg = cfg;
        this.irq = cfg.hasWakeup();
        this.link = new Link(cfg);
        this.cmd = cmd;
        this.bus = cmd.payload();
        walkActive = wireBool("walkActive");
        cancelHoldsPicks = irq ? wireBool("cancelHoldsPicks") : Hw.lit(false);
        walkSource = irq ? wireUInt("walkSource", cfg.sourceWidth()) : null;
        walkClearsWaiting = irq ? wireBool("walkClearsWaiting") : Hw.lit(false);
        walkIsCancel = irq ? wireBool("walkIsCancel") : Hw.lit(false);
        walkContext = wireUInt("walkContextAt", cfg.contextWidth());
        initDone = wireBool("initDone");
        e = new Slot();
        s0 = new Accept();
        s1 = new Allocate();
        s2 = new Answer();
    }

    /** E: the wakeup waiting to enter S0 (WaitTable fills it from a pick, Intake takes it). */
    final class Slot {
        final HwBool valid = irq ? regBool("slot_valid", false) : Hw.lit(false);
        final HwUInt source = irq ? regUInt("slot_source", cfg.sourceWidth()) : lit(0, cfg.sourceWidth());
        /** The source has a persistent handler: the wakeup enqueues a copy of it. */
        final HwBool persistent = irq ? regBool("slot_persistent", false) : Hw.lit(false);
        /** The wakeup takes one of the source's pending events from the count when it passes S1 (its pick's
         *  SourcePick.takesEvent: not while a wake-all event drains). */
        final HwBool takesEvent = irq ? regBool("slot_takesEvent", false) : Hw.lit(false);
        /** The pick behind it, taken while the slot was held; it moves up when the slot leaves (only ever
         *  valid with the slot valid). Its handler and head waiter are read when it moves up. */
        final HwBool nextValid = irq ? regBool("slotNext_valid", false) : Hw.lit(false);
        final HwUInt nextSource = irq ? regUInt("slotNext_source", cfg.sourceWidth()) : lit(0, cfg.sourceWidth());
        final HwBool nextPersistent = irq ? regBool("slotNext_persistent", false) : Hw.lit(false);
        final HwBool nextTakesEvent = irq ? regBool("slotNext_takesEvent", false) : Hw.lit(false);
        /** With --line-buffer 1: the wakeup (and the one behind it) starts a wake-all event's drain (SourcePick). */
        final HwBool startsDrain = irq && cfg.lineBuffer() > 0 ? regBool("slot_startsDrain", false) : null;
        final HwBool nextStartsDrain = irq && cfg.lineBuffer() > 0 ? regBool("slotNext_startsDrain", false) : null;
        /** The wakeup unit's offer is taken this cycle, and its source (WaitTable): a bus command on that source
         *  waits (Intake). Registers only drive them. */
        final HwBool pickFires = irq ? wireBool("pickFires") : Hw.lit(false);
        final HwUInt pickSource = irq ? wireUInt("pickSource", cfg.sourceWidth()) : lit(0, cfg.sourceWidth());

        /** Loads the slot's event flags (in the caller's when): from the second entry, else from {@code pick}. */
        void loadFlags(HwBool fromNext, SourcePick pick) {
            takesEvent.assign(mux(fromNext, nextTakesEvent, pick.takesEvent));
            if (startsDrain != null) startsDrain.assign(mux(fromNext, nextStartsDrain, pick.startsDrain));
        }

        /** Loads the second entry's event flags from {@code pick} (in the caller's when). */
        void holdFlags(SourcePick pick) {
            nextTakesEvent.assign(pick.takesEvent);
            if (nextStartsDrain != null) nextStartsDrain.assign(pick.startsDrain);
        }
    }

    /** S0: one operation enters and its list is chosen. */
    final class Accept {
        /** An operation enters the pipeline (Intake); a remove or cancel_wait does not: it starts the walker. */
        final HwBool fire = wireBool("s0_fire");
        final HwBool removeStart = wireBool("removeStart");
        final HwBool cancelStart = wireBool("cancelStart");
        /** Either: the walker takes the bus command's operands (Intake). */
        final HwBool walkStart = wireBool("walkStart");
        /** It is internal work, a wakeup or an IPC delivery, rather than the bus command (Intake). */
        final HwBool internal = wireBool("takeInternal");
        final HwBool takeSlot = irq ? wireBool("takeSlot") : Hw.lit(false);
        /**
         * A cancel_wait is offered with the wakeup slot empty and no pick taken (Intake): the cycles it may start in,
         * in which the wait table lends it the slot's head read.
         */
        final HwBool cancelQuiet = irq ? wireBool("s0_cancelQuiet") : Hw.lit(false);
        /**
         * The operations that may enter, in Intake's order of precedence, the last (the bus command) taken when no
         * other is. A part whose S0 result depends on the operands computes it for each of them, from registers and
         * the bus, and selects the taken one's at the end: the arbitration, which settles late in the cycle, then
         * only drives that selection.
         */
        final List<Operand> operands = new ArrayList<>();
        /** The operation's operands (Intake). */
        final HwUInt op = wireUInt("s0_op", CoreOp.width());
        final HwUInt context = wireUInt("s0_context", cfg.contextWidth());
        final HwBits data = wireBits("s0_data", cfg.taskWidth());
        final HwUInt source = irq ? wireUInt("s0_source", cfg.sourceWidth()) : lit(0, cfg.sourceWidth());
        /** The bus command names a source: a wait, or a configuration write (its source field). */
        final HwBool busIsConfig = bus.op.eq(CoreOp.WRITE_CONFIG.ordinal());
        final HwBool busHasSource = busIsConfig.or(bus.op.eq(CoreOp.WAIT.ordinal()));
        final HwUInt busSource = irq ? wireUInt("s0_busSource",
                mux(busIsConfig, bus.data.slice(SOURCE_LSB, cfg.sourceWidth()).asUInt(), bus.source)) : null;
        /** The list chosen: the task's level, or for a dequeue the highest non-empty one (LevelLists). */
        final HwUInt level = wireUInt("s0_level", cfg.levelWidth());
        final HwUInt list = wireUInt("s0_list", cfg.contextWidth() + cfg.levelWidth());
        final HwBits levelOH = wireBits("s0_levelOH", cfg.priorities());
        final HwBool priorityOk = wireBool("s0_priorityOk");
        /** The bus command's own priority check, whichever operand S0 takes: a remove starts the walker with it. */
        final HwBool busPriorityOk = wireBool("s0_busPriorityOk");
        /** The taken operand's word names no task (Intake: tested for each operand, the taken one's selected). */
        final HwBool pointerNull = wireBool("s0_pointerNull");

        /** The taken operand's value, of values computed for each operand ({@code perOperand} in operand order). */
        <T> T taken(List<T> perOperand, Selector<T> mux) {
            T v = perOperand.get(perOperand.size() - 1);
            for (int i = perOperand.size() - 2; i >= 0; i--) v = mux.select(operands.get(i).taken(), perOperand.get(i), v);
            return v;
        }
    }

    /**
     * An operation S0 may take: taken (ignored for the last operand), and its operands. Only an operand that
     * {@code mayDequeue} gets a search for the highest non-empty level (the others' levels are their tasks').
     */
    record Operand(HwBool taken, HwUInt op, HwUInt context, HwBits data, boolean mayDequeue) {}

    /** A two-way multiplexer of some value type. */
    interface Selector<T> {
        T select(HwBool sel, T whenTrue, T whenFalse);
    }

    /** S1: the operation is checked, allocates or frees, and counts. */
    final class Allocate {
        final HwBool valid = delay("s1_valid", s0.fire, false);
        final HwUInt op = delay("s1_op", s0.op);
        final HwUInt context = delay("s1_context", s0.context);
        final HwUInt list = delay("s1_list", s0.list);
        final HwBits levelOH = delay("s1_levelOH", s0.levelOH);
        final HwUInt source = irq ? delay("s1_source", s0.source) : lit(0, cfg.sourceWidth());
        final HwUInt status = delay("s1_status", bus.status);
        final HwUInt hart = delay("s1_hart", bus.hart);
        final HwBits data = delay("s1_data", s0.data);
        final HwBool internal = delay("s1_internal", s0.internal, false);
        final HwBool control = delay("s1_control", bus.control, false);
        final HwBool read = delay("s1_read", bus.read, false);
        /** The operation's list is non-empty (LevelLists: from the context's bitmap, read in S0). */
        final HwBool listNonEmpty = wireBool("s1_listNonEmpty");
        final HwBool priorityOk = delay("s1_priorityOk", s0.priorityOk, false);
        /** The wakeup from the slot takes one of its source's pending events (its pick's). */
        final HwBool takesEvent = irq ? delay("s1_takesEvent", s0.takeSlot.and(e.takesEvent), false) : Hw.lit(false);
        /** With --line-buffer 1: that wakeup starts a wake-all event's drain (else null). */
        final HwBool startsDrain = e.startsDrain != null ? delay("s1_startsDrain", s0.takeSlot.and(e.startsDrain), false) : null;
        /** The entry a wakeup moves: its head waiter's, read in E (WaitTable). */
        final HwUInt moved = irq ? regUInt("s1_moved", cfg.indexWidth()) : lit(0, cfg.indexWidth());

        final HwBool isEnqTail = op.eq(CoreOp.ENQUEUE_TAIL.ordinal());
        final HwBool isEnqHead = op.eq(CoreOp.ENQUEUE_HEAD.ordinal());
        final HwBool isEnq = isEnqTail.or(isEnqHead);
        final HwBool isDeq = op.eq(CoreOp.DEQUEUE.ordinal());
        final HwBool isWait = valid.and(op.eq(CoreOp.WAIT.ordinal()));
        final HwBool isWake = valid.and(op.eq(CoreOp.WAKE.ordinal()));
        final HwBool isHandler = valid.and(op.eq(CoreOp.HANDLER.ordinal()));
        final HwBool isDeliver = valid.and(op.eq(CoreOp.DELIVER.ordinal()));
        final HwBool isConfig = valid.and(op.eq(CoreOp.WRITE_CONFIG.ordinal()));
        final HwBool isRead = valid.and(op.eq(CoreOp.READ_STATUS.ordinal()));
        final HwBool isFault = valid.and(op.eq(CoreOp.FAULT.ordinal()));
        /** Tested in S0 (a zero test as wide as the pointer), so S1's decisions start from a register. */
        final HwBool pointerNull = delay("s1_pointerNull", s0.pointerNull, false);
        final HwBool preempt = data.bit(TaskWord.PREEMPT_BIT);
        final HwBool wordOk = priorityOk.and(pointerNull.not());
        /** Where the task goes in a list's link: its context, priority and preempt bit (with sources). */
        final HwBits routing = irq ? Hw.cat(context, data.slice(0, Link.TASK_BITS)) : null;

        /** No entry is free (TaskPool). */
        final HwBool poolFull = wireBool("s1_poolFull");
        /** The entry the operation takes: the moved waiter's, the free list's head or a never-used one (TaskPool). */
        final HwUInt alloc = wireUInt("s1_alloc", cfg.indexWidth());
        /** The waiter is granted the source it names (Grants). */
        final HwBool granted = irq ? wireBool("s1_granted") : Hw.lit(false);
        /** A wait on a persistent source registers its handler; one that finds a pending event goes straight to
         *  the ready list; otherwise it joins the source's wait list (WaitTable). */
        final HwBool setHandler = irq ? wireBool("s1_setHandler") : Hw.lit(false);
        final HwBool waitTakesPending = irq ? wireBool("s1_waitTakesPending") : Hw.lit(false);
        final HwBool waitAppends = irq ? wireBool("s1_waitAppends") : Hw.lit(false);
        /** What the operation does to the ready lists and the pool (Admission). */
        final HwBool readyInsert = wireBool("s1_readyInsert");
        final HwBool allocates = wireBool("s1_allocates");
        final HwBool dequeueOk = wireBool("s1_dequeueOk");
        final HwBool atHead = wireBool("s1_atHead");
        /** A configuration write with every field in range (ErrorRegisters); only sources need configuring. */
        final HwBool configOk = irq ? wireBool("s1_configOk") : null;
    }

    /** S2: links and list records are written, and the operation answers. */
    final class Answer {
        final HwBool valid = delay("s2_valid", s1.valid, false);
        final HwUInt op = delay("s2_op", s1.op);
        final HwUInt status = delay("s2_status", s1.status);
        final HwUInt hart = delay("s2_hart", s1.hart);
        final HwUInt context = delay("s2_context", s1.context);
        final HwBits data = delay("s2_data", s1.data);
        final HwBool read = delay("s2_read", s1.read, false);
        final HwBool internal = delay("s2_internal", s1.internal, false);
        final HwUInt source = irq ? delay("s2_source", s1.source) : lit(0, cfg.sourceWidth());
        final HwBool dequeueOk = delay("s2_dequeueOk", s1.dequeueOk, false);
        final HwBool isDeq = op.eq(CoreOp.DEQUEUE.ordinal());
        /** The link of the entry S1 read (the list head's successor, or the moved waiter's), S2's own write
         *  bypassed (TaskPool). */
        final HwBits next = wireBits("s2_next", link.width);
    }

    /**
     * S1's operation works on its source, which the wakeup unit must not choose this cycle for its next offer: the
     * source's state may still change, and the operation is in S2 when the offer is made, where {@link #sourceBusy}
     * refuses it. S1's update to the wakeup unit names that source (a cancel walk's update names the walked source, but
     * the walk runs with S1 empty), so the wakeup unit decodes it once for both. S2's own source may be chosen: its
     * update was made in S1, and it has left by the time the offer is taken. The wakeups in the slot are the wakeup
     * unit's own picks, which it excludes until they pass S1.
     */
    HwBool s1TouchesSource() {
        return touchesSource(s1.valid, s1.op);
    }

    /** The scheduler is still working on {@code source} (slot, S1 or S2): an offer of it is not taken this cycle. */
    HwBool sourceBusy(HwUInt source) {
        return e.valid.and(e.source.eq(source)).or(e.nextValid.and(e.nextSource.eq(source)))
                .or(s1TouchesSource().and(s1.source.eq(source)))
                .or(touchesSource(s2.valid, s2.op).and(s2.source.eq(source)));
    }

    private static HwBool touchesSource(HwBool valid, HwUInt op) {
        return valid.and(op.eq(CoreOp.WAIT.ordinal()).or(op.eq(CoreOp.WAKE.ordinal()))
                .or(op.eq(CoreOp.HANDLER.ordinal())).or(op.eq(CoreOp.WRITE_CONFIG.ordinal())));
    }
}
