package taskintc.sched;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;
import static taskintc.spec.TaskIntcRegisters.*;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Ram;
import taskintc.dsl.RegArray;
import taskintc.spec.ConfigTarget;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreOp;
import taskintc.spec.CoreRsp;
import taskintc.spec.ErrorCode;
import taskintc.spec.GatewayUpdate;
import taskintc.spec.IpcDelivery;
import taskintc.spec.SourcePick;
import taskintc.spec.Status;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * The task core, bus-agnostic: one {@link CoreCmd} in per cycle, one {@link CoreRsp} out two cycles
 * later, in order; plus, when the configuration has interrupt sources, internal wakeups fed by the
 * wakeup unit's source gateways.
 *
 * <p>Storage: task words live in a pool of N entries in block RAM ({@code words}), linked into lists by
 * a parallel RAM of successor links ({@code links}). Each (context, level) is one ready list whose head,
 * tail and length sit in a third RAM ({@code lists}); a flip-flop bitmap per context marks the non-empty
 * levels, so "highest non-empty level" is a priority encoder, independent of N. Free entries form one
 * more linked list (head in {@code freeHead}) plus a counter of never-used entries, so reset is instant.
 *
 * <p>Waiting tasks use the same pool: each source has a FIFO list of one-shot waiters (tail and length in
 * {@code waitLists}; the head entry with its context and priority in {@code waitHeads}, so a wakeup knows
 * its destination list before it starts), or a persistent handler ({@code handlers}). A link carries its
 * successor's context and priority for the same reason. A wakeup moves the head waiter's entry into its
 * ready list: the same single pass as an enqueue, with the entry taken from the wait list instead of the
 * free list.
 *
 * <p>Pipeline: S0 accepts a command (or the internal wakeup waiting in the slot), picks its list (the
 * task's level for an enqueue or wakeup, the bitmap's first set bit for a dequeue) and reads that list's
 * record. S1 has the record, allocates or frees, writes the task word, reads the head entry's link, and
 * updates bitmap, counters and errors. S2 has the link, writes list records and one link, decides on
 * preemption and answers. Bypasses resolve back-to-back operations on one list, so the core takes one
 * operation every cycle. Remove is the only multi-cycle operation: it waits for the pipeline to drain
 * and walks its level.
 */
public final class ReadyQueueCore extends Circuit {
    public final HwStream<CoreCmd> cmd;
    public final HwFlow<CoreRsp> rsp;
    /** Wakeup interface, present when the configuration has sources. */
    public final HwStream<SourcePick> pick;
    public final HwBool updValid, poolFullOut;
    public final HwUInt updKind, updSource, querySource;
    public final HwBits updMode, updCoalesce, queryStatus;
    public final HwBool[] busyValid = new HwBool[GatewayUpdate.BUSY_PORTS];
    public final HwUInt[] busySource = new HwUInt[GatewayUpdate.BUSY_PORTS];
    public final HwBits usip, ssip;
    /** Tasks the IPC unit delivers (present with IPC), and the verdict one cycle after one is taken. */
    public final HwStream<IpcDelivery> deliver;
    public final HwBool deliverAckValid, deliverAckOk;
    /** A remove is walking its level (its answer comes at a time of its own); present with IPC. */
    public final HwBool removeBusy;
    /** What the execute stage holds, for testbenches that follow the core's order of operations. */
    public HwBool traceS1Valid, traceS1Internal, traceRemoveStart;
    public HwUInt traceS1Op, traceS1Source;

    private static final int IDLE = 0, META = 1, SCAN = 2, UNLINK = 3, FREE = 4, DONE = 5;
    private int routingWidth;

    /** A link word: the successor's routing (context, priority, preempt; only wait lists need it) and index. */
    private HwBits link(HwBits routing, HwUInt index) {
        if (routingWidth == 0) return index.asBits();
        return cat(routing == null ? Hw.bitsLit(0, routingWidth) : routing, index);
    }

    public ReadyQueueCore(TaskIntcConfig cfg) {
        final int w = cfg.taskWidth();
        final int a = cfg.indexWidth();
        final int cw = cfg.countWidth();
        final int pw = cfg.levelWidth();
        final int xw = cfg.contextWidth();
        final int sw = cfg.sourceWidth();
        final int p = cfg.priorities();
        final int n = cfg.capacity();
        final int h = cfg.harts();
        final boolean irq = cfg.hasWakeup();
        final int mw = 2 * a + cw;           // list record: count | tail | head
        final int rw = irq ? xw + 6 : 0;     // routing of an entry: context | priority | preempt (wait lists only)
        final int lw = a + rw;               // link: routing of the successor | successor index
        routingWidth = rw;
        final int ww = a + cw;               // wait record: count | tail

        cmd = streamIn("cmd", () -> new CoreCmd(cfg));
        rsp = flowOut("rsp", () -> new CoreRsp(cfg));
        CoreCmd c = cmd.payload();
        CoreRsp r = rsp.payload();

        if (irq) {
            pick = streamIn("pick", () -> new SourcePick(cfg));
            updValid = outBool("upd_valid");
            updKind = outUInt("upd_kind", GatewayUpdate.width());
            updSource = outUInt("upd_source", sw);
            updMode = outBits("upd_mode", 4);
            updCoalesce = cfg.nicQueues() > 0 ? outBits("upd_coalesce", 32 - GatewayUpdate.DATA_LSB) : null;
            for (int i = 0; i < GatewayUpdate.BUSY_PORTS; i++) {
                busyValid[i] = outBool("busy" + i + "_valid");
                busySource[i] = outUInt("busy" + i + "_source", sw);
            }
            poolFullOut = outBool("poolFull");
            querySource = outUInt("query_source", sw);
            queryStatus = inBits("query_status", 32);
            usip = outBits("usip", h);
            ssip = outBits("ssip", h);
            deliver = cfg.hasIpc() ? streamIn("deliver", () -> new IpcDelivery(cfg)) : null;
            deliverAckValid = cfg.hasIpc() ? outBool("deliverAck_valid") : null;
            deliverAckOk = cfg.hasIpc() ? outBool("deliverAck_ok") : null;
        } else {
            deliver = null;
            deliverAckValid = deliverAckOk = null;
            pick = null;
            updValid = poolFullOut = null;
            updKind = updSource = querySource = null;
            updMode = updCoalesce = queryStatus = usip = ssip = null;
        }

        // ------------------------------------------------------------ state
        Ram words = ram("words", n, w);
        Ram links = ram("links", n, lw);
        Ram lists = ram("lists", 1 << (xw + pw), mw);
        RegArray levelMap = regArray("levelMap", cfg.contexts(), p, 0);
        RegArray readyCount = regArray("readyCount", cfg.contexts(), cw, 0);
        RegArray errors = regArray("errors", cfg.contexts(), ErrorCode.width(), 0);
        RegArray currentTask = regArray("currentTask", h, w, 0);
        RegArray currentContext = regArray("currentContext", h, xw + 1, 0);
        HwBits controlError = regBits("controlError", ErrorCode.width(), 0);
        HwUInt used = regUInt("used", cw, 0);
        HwUInt fresh = regUInt("fresh", cw, 0);
        HwUInt freeHead = regUInt("freeHead", a);

        HwUInt fsmState = regUInt("removeState", 3, IDLE);
        HwBool fsmActive = wireBool("removeActive", fsmState.ne(IDLE));
        removeBusy = cfg.hasIpc() ? outBool("removeBusy") : null;
        if (removeBusy != null) removeBusy.assign(fsmActive);

        // Pipeline registers written below; declared first because S0 looks at S1 and S2.
        HwBool s1Valid = regBool("s1_valid", false);
        HwBool s2Valid = regBool("s2_valid", false);
        HwUInt s1Op = regUInt("s1_op", CoreOp.width());
        HwUInt s1Ctx = regUInt("s1_context", xw);
        HwUInt s1List = regUInt("s1_list", xw + pw);
        HwBits s1LevelOH = regBits("s1_levelOH", p);
        HwUInt s1Source = irq ? regUInt("s1_source", sw) : lit(0, sw);
        HwUInt s2List = regUInt("s2_list", xw + pw);
        HwBool s2WritesMeta = regBool("s2_writesList", false);
        HwUInt s2Source = irq ? regUInt("s2_source", sw) : lit(0, sw);
        HwBool s2WritesWait = irq ? regBool("s2_writesWait", false) : Hw.lit(false);

        // ------------------------------------------------------------ E: the wakeup slot
        // A picked source's head waiter (or handler) is read here, one cycle ahead of S0, so the wakeup
        // enters S0 knowing which ready list it goes to.
        Ram waitHeads = irq ? ram("waitHeads", 1 << sw, lw) : null;
        Ram handlers = irq ? ram("handlers", 1 << sw, xw + w) : null;
        Ram waitLists = irq ? ram("waitLists", 1 << sw, ww) : null;
        Ram grants = irq ? ram("grants", 1 << (xw + sw), 1) : null;
        HwBool slotValid = irq ? regBool("slot_valid", false) : Hw.lit(false);
        HwUInt slotSource = irq ? regUInt("slot_source", sw) : lit(0, sw);
        HwBool slotPersistent = irq ? regBool("slot_persistent", false) : Hw.lit(false);
        HwBits headRd = irq ? waitHeads.readSync(pick.payload().source, pick.fire()) : null;
        HwBits handlerRd = irq ? handlers.readSync(pick.payload().source, pick.fire()) : null;

        // ------------------------------------------------------------ S0: accept, choose the list
        HwBool isRemoveCmd = c.op.eq(CoreOp.REMOVE.ordinal());
        HwBool pipeEmpty = s1Valid.not().and(s2Valid.not());
        HwBool busAllowed = fsmActive.not().and(isRemoveCmd.not().or(pipeEmpty));
        HwBool initDone = wireBool("initDone");
        // The slot and the bus take turns when both wait; a waiting remove holds the slot back so the
        // pipeline can drain for it.
        HwBool slotLast = irq ? regBool("slotWentLast", false) : Hw.lit(false);
        // Grants live in a RAM that reset cannot clear: after reset a counter writes every entry to
        // "not granted" before the first command is taken (one cycle per context and source).
        HwUInt grantInit = irq ? regUInt("grantInit", xw + sw + 1, 0) : null;
        HwBool initializing = irq ? wireBool("initializing", grantInit.bit(xw + sw).not()) : Hw.lit(false);
        if (irq) when(initializing, () -> grantInit.assign(grantInit.plus(1)));
        HwBool removeWaiting = cmd.valid().and(isRemoveCmd);
        HwBool busWants = cmd.valid().and(busAllowed);
        // A bus command on the slot's own source never overtakes the slot: the slot's data was read for
        // the state before that command.
        HwBool busOnSource = irq ? wireBool("busOnSlotSource") : Hw.lit(false);
        // Internal work (the wakeup slot and IPC deliveries, alternating) and the bus take turns.
        final boolean ipc = deliver != null;
        HwBool deliverValid = ipc ? deliver.valid() : Hw.lit(false);
        HwBool deliverLast = ipc ? regBool("deliverWentLast", false) : Hw.lit(false);
        HwBool slotFirst = wireBool("slotFirst", slotValid.and(deliverValid.not().or(deliverLast).or(busOnSource)));
        HwBool internalValid = slotValid.or(deliverValid);
        // The bus waits behind internal work only when internal work did not go last, or when the slot holds
        // the source the bus command names (that command must see the slot's effect).
        HwBool takeInternal = wireBool("takeInternal", irq
                ? internalValid.and(fsmActive.not()).and(removeWaiting.not())
                        .and(busWants.and(slotLast).and(slotFirst.and(busOnSource).not()).not()).and(initDone)
                : Hw.lit(false));
        HwBool takeSlot = wireBool("takeSlot", takeInternal.and(slotFirst));
        HwBool takeDeliver = ipc ? wireBool("takeDeliver", takeInternal.and(slotFirst.not())) : Hw.lit(false);
        if (ipc) {
            deliver.ready().assign(takeDeliver);
            when(takeDeliver, () -> deliverLast.assign(true)).elseWhen(takeSlot, () -> deliverLast.assign(false));
        }
        cmd.ready().assign(busAllowed.and(takeInternal.not()).and(initDone));
        initDone.assign(initializing.not());
        if (irq) {
            when(takeInternal, () -> slotLast.assign(true)).elseWhen(cmd.fire(), () -> slotLast.assign(false));
            pick.ready().assign(slotValid.not().or(takeSlot));
            when(pick.fire(), () -> {
                slotValid.assign(true);
                slotSource.assign(pick.payload().source);
                slotPersistent.assign(pick.payload().persistent);
            }).elseWhen(takeSlot, () -> slotValid.assign(false));
        }
        HwBool s0Fire = wireBool("s0_fire", cmd.fire().and(isRemoveCmd.not()).or(takeInternal));
        HwBool removeStart = wireBool("removeStart", cmd.fire().and(isRemoveCmd));

        // The operation entering S0: the bus command, or a wakeup (a handler copy is an enqueue).
        HwUInt slotOp = mux(slotPersistent, lit(CoreOp.HANDLER.ordinal(), CoreOp.width()), lit(CoreOp.WAKE.ordinal(), CoreOp.width()));
        HwUInt busOrDeliverOp = ipc ? mux(takeDeliver, lit(CoreOp.DELIVER.ordinal(), CoreOp.width()), c.op) : c.op;
        HwUInt busOrDeliverCtx = ipc ? mux(takeDeliver, deliver.payload().context, c.context) : c.context;
        HwBits busOrDeliverData = ipc ? mux(takeDeliver, deliver.payload().word, c.data) : c.data;
        HwUInt op0 = wireUInt("s0_op", mux(takeSlot, slotOp, busOrDeliverOp));
        HwUInt ctx0 = wireUInt("s0_context", irq ? mux(takeSlot, mux(slotPersistent,
                handlerRd.slice(w, xw).asUInt(), headRd.slice(a + 6, xw).asUInt()), busOrDeliverCtx) : c.context);
        HwBits data0 = wireBits("s0_data", irq ? mux(takeSlot, mux(slotPersistent, handlerRd.slice(0, w),
                headRd.slice(a, 6).resize(w)), busOrDeliverData) : c.data);
        HwBool isConfig0 = c.op.eq(CoreOp.WRITE_CONFIG.ordinal());
        HwUInt busSource0 = irq ? wireUInt("s0_busSource", mux(isConfig0, c.data.slice(SOURCE_LSB, sw).asUInt(), c.source)) : null;
        HwBool busHasSource0 = isConfig0.or(c.op.eq(CoreOp.WAIT.ordinal()));
        if (irq) busOnSource.assign(cmd.valid().and(busHasSource0).and(busSource0.eq(slotSource)));
        HwUInt source0 = irq ? wireUInt("s0_source", mux(takeSlot, slotSource, busSource0)) : lit(0, sw);

        // S1 changes this context's bitmap at the end of the cycle; S0 must see the result now.
        HwBool s1SetBit = wireBool("s1_setLevel");
        HwBool s1ClrBit = wireBool("s1_clearLevel");
        HwBool s1SameCtx = s1Valid.and(s1Ctx.eq(ctx0));
        HwBits zeroRow = Hw.bitsLit(0, p);
        HwBits row0 = wireBits("s0_levels", levelMap.get(ctx0)
                .or(mux(s1SameCtx.and(s1SetBit), s1LevelOH, zeroRow))
                .and(mux(s1SameCtx.and(s1ClrBit), s1LevelOH, zeroRow).not()));
        HwUInt prio0 = data0.slice(TaskWord.PRIORITY_LSB, TaskWord.PRIORITY_WIDTH).asUInt();
        HwBool prioOk0 = p >= 32 ? Hw.lit(true) : prio0.lt(p);
        HwBool isDeq0 = op0.eq(CoreOp.DEQUEUE.ordinal());
        HwUInt level0 = wireUInt("s0_level", mux(isDeq0, Hw.firstSetIndex(row0), prio0.resize(pw)));
        HwBool nonEmpty0 = wireBool("s0_listNonEmpty", mux(isDeq0, row0.orR(), row0.bit(level0)));
        HwUInt list0 = wireUInt("s0_list", cat(ctx0, level0).asUInt());
        HwBits levelOH0 = wireBits("s0_levelOH", Hw.oneHot(level0, p));
        HwBits listRd = lists.readSync(list0, Hw.lit(true));

        HwBool s1WritesMeta = wireBool("s1_writesList");
        HwBool hitS2 = s1Valid.and(s1WritesMeta).and(s1List.eq(list0));
        HwBool hitW = s2Valid.and(s2WritesMeta).and(s2List.eq(list0));

        HwBool s1WritesWait = irq ? wireBool("s1_writesWait") : null;
        HwBits waitRd = irq ? waitLists.readSync(source0, Hw.lit(true)) : null;
        HwBits grantRd = irq ? grants.readSync(cat(ctx0, source0).asUInt(), Hw.lit(true)) : null;
        HwBool wHitS2 = irq ? s1Valid.and(s1WritesWait).and(s1Source.eq(source0)) : null;
        HwBool wHitW = irq ? s2Valid.and(s2WritesWait).and(s2Source.eq(source0)) : null;
        // A grant's fields are checked here, where it is written; S1 reports the same verdict.
        HwBool grantInRange0 = null;
        if (irq) {
            // Grants are written here, in S0, so a wait behind the grant reads it and one ahead does not.
            HwBool isGrant0 = s0Fire.and(takeInternal.not()).and(isConfig0).and(c.status.eq(ConfigTarget.GRANT.ordinal()));
            HwUInt gCtx = c.data.slice(GRANT_CONTEXT_LSB, CONTEXT_FIELD_BITS).asUInt();
            HwUInt gSrc = c.data.slice(SOURCE_LSB, SOURCE_BITS).asUInt();
            HwBool inRange = grantInRange0 = gCtx.lt(cfg.contexts()).and(gSrc.lt(cfg.sources()));
            grants.write(mux(initializing, grantInit.resize(xw + sw), cat(gCtx.resize(xw), gSrc.resize(sw)).asUInt()),
                    mux(initializing, Hw.bitsLit(0, 1), c.data.slice(GRANT_ALLOW_BIT, 1)), initializing.or(isGrant0.and(inRange)));
        }

        s1Valid.assign(s0Fire);
        s1Op.assign(op0);
        s1Ctx.assign(ctx0);
        s1List.assign(list0);
        s1LevelOH.assign(levelOH0);
        if (irq) s1Source.assign(source0);
        HwUInt s1Status = delay("s1_status", c.status);
        HwUInt s1Hart = delay("s1_hart", c.hart);
        HwBits s1Data = delay("s1_data", data0);
        HwBool s1Internal = delay("s1_internal", takeInternal, false);
        HwUInt s1Moved = irq ? delay("s1_moved", headRd.slice(0, a).asUInt()) : lit(0, a);
        HwBool s1Control = delay("s1_control", c.control, false);
        HwBool s1Read = delay("s1_read", c.read, false);
        HwBool s1NonEmpty = delay("s1_listNonEmpty", nonEmpty0, false);
        HwBool s1PrioOk = delay("s1_priorityOk", prioOk0, false);
        HwBool s1HitS2 = delay("s1_bypassS2", hitS2, false);
        HwBool s1HitW = delay("s1_bypassW", hitW, false);
        HwBool s1WHitS2 = irq ? delay("s1_waitBypassS2", wHitS2, false) : Hw.lit(false);
        HwBool s1WHitW = irq ? delay("s1_waitBypassW", wHitW, false) : Hw.lit(false);
        HwBool s1GrantInRange = irq ? delay("s1_grantInRange", grantInRange0, false) : null;

        traceS1Valid = s1Valid;
        traceS1Internal = s1Internal;
        traceS1Op = s1Op;
        traceS1Source = irq ? s1Source : null;
        traceRemoveStart = removeStart;

        // ------------------------------------------------------------ S1: allocate, free, count
        HwBits s2NewMeta = wireBits("s2_newList", mw);
        HwBits wMeta = regBits("w_list", mw);
        HwBits s2NewWait = irq ? regBits("s2_newWait", ww) : Hw.bitsLit(0, ww);
        HwBits wWait = irq ? regBits("w_wait", ww) : Hw.bitsLit(0, ww);
        HwBool s2DeqOk = regBool("s2_dequeueOk", false);
        HwBool s2AllocFromList = regBool("s2_allocFromFreeList", false);
        HwUInt s2Head = regUInt("s2_head", a);
        HwBits next2 = wireBits("s2_next", lw);

        HwBits meta1 = wireBits("s1_list_record", mux(s1HitS2, s2NewMeta, mux(s1HitW, wMeta, listRd)));
        HwUInt head1 = meta1.slice(0, a).asUInt();
        HwUInt tail1 = meta1.slice(a, a).asUInt();
        HwUInt count1 = meta1.slice(2 * a, cw).asUInt();

        HwBool isEnqTail1 = s1Op.eq(CoreOp.ENQUEUE_TAIL.ordinal());
        HwBool isEnqHead1 = s1Op.eq(CoreOp.ENQUEUE_HEAD.ordinal());
        HwBool isEnq1 = isEnqTail1.or(isEnqHead1);
        HwBool isDeq1 = s1Op.eq(CoreOp.DEQUEUE.ordinal());
        HwBool isWait1 = s1Valid.and(s1Op.eq(CoreOp.WAIT.ordinal()));
        HwBool isWake1 = s1Valid.and(s1Op.eq(CoreOp.WAKE.ordinal()));
        HwBool isHandler1 = s1Valid.and(s1Op.eq(CoreOp.HANDLER.ordinal()));
        HwBool isConfig1 = s1Valid.and(s1Op.eq(CoreOp.WRITE_CONFIG.ordinal()));
        HwBool ptrNull1 = s1Data.slice(TaskWord.POINTER_LSB, w - TaskWord.POINTER_LSB).asUInt().eq(0);
        HwBool preempt1 = s1Data.bit(TaskWord.PREEMPT_BIT);
        HwBool poolFull1 = wireBool("s1_poolFull", used.eq(n));
        HwBool wordOk1 = s1PrioOk.and(ptrNull1.not());

        // Waiting: the gateways' view of the source (registered state, updated by S1 at the end of each cycle).
        HwBits srcStatus1 = irq ? queryStatus : Hw.bitsLit(0, 32);
        if (irq) querySource.assign(s1Source);
        HwBool srcWaiting1 = srcStatus1.bit(ST_WAITING);
        HwBool srcPersistent1 = srcStatus1.bit(ST_PERSISTENT);
        HwBool srcPending1 = srcStatus1.slice(0, Math.min(cfg.pendingWidth(), STATUS_PENDING_BITS)).orR();
        HwBool granted1 = irq ? grantRd.bit(0) : Hw.lit(false);
        HwBits wait1 = irq ? wireBits("s1_wait_record", mux(s1WHitS2, s2NewWait, mux(s1WHitW, wWait, waitRd))) : Hw.bitsLit(0, ww);
        HwUInt wTail1 = wait1.slice(0, a).asUInt();
        HwUInt wCount1 = wait1.slice(a, cw).asUInt();

        HwBool waitOk1 = isWait1.and(granted1).and(wordOk1);
        HwBool setHandler1 = wireBool("s1_setHandler", waitOk1.and(srcPersistent1));
        HwBool convert1 = wireBool("s1_waitTakesPending", waitOk1.and(srcPersistent1.not()).and(srcWaiting1.not())
                .and(srcPending1).and(poolFull1.not()));
        HwBool append1 = wireBool("s1_waitAppends", waitOk1.and(srcPersistent1.not()).and(convert1.not()).and(poolFull1.not()));
        HwBool enqOk1 = s1Valid.and(isEnq1).and(wordOk1).and(poolFull1.not());
        // A handler copy or an IPC delivery takes a free entry; with none left it is given back (and retried).
        HwBool isDeliver1 = s1Valid.and(s1Op.eq(CoreOp.DELIVER.ordinal()));
        HwBool handlerOk1 = isHandler1.or(isDeliver1).and(poolFull1.not());
        if (deliverAckValid != null) {
            deliverAckValid.assign(isDeliver1);
            deliverAckOk.assign(poolFull1.not());
        }
        HwBool readyIns1 = wireBool("s1_readyInsert", enqOk1.or(handlerOk1).or(isWake1).or(convert1));
        HwBool allocates1 = wireBool("s1_allocates", enqOk1.or(handlerOk1).or(convert1).or(append1));
        HwBool deqOk1 = wireBool("s1_dequeueOk", s1Valid.and(isDeq1).and(s1NonEmpty));
        HwBool atHead1 = isEnqHead1.or(isEnqTail1.not().and(preempt1));
        s1WritesMeta.assign(readyIns1.or(deqOk1));
        if (irq) s1WritesWait.assign(append1.or(isWake1));

        HwBits enqErr1 = wireBits("s1_error", ErrorCode.width());
        enqErr1.assign(0);
        when(s1Valid.and(isEnq1.or(s1Op.eq(CoreOp.WAIT.ordinal()))), () -> {
            when(s1Op.eq(CoreOp.WAIT.ordinal()).and(granted1.not()), () -> enqErr1.assign(ErrorCode.NOT_GRANTED.mask()))
                    .elseWhen(s1PrioOk.not(), () -> enqErr1.assign(ErrorCode.BAD_PRIORITY.mask()))
                    .elseWhen(ptrNull1, () -> enqErr1.assign(ErrorCode.NULL_TASK.mask()))
                    .elseWhen(poolFull1.and(setHandler1.not()), () -> enqErr1.assign(ErrorCode.POOL_FULL.mask()));
        });

        // Entries freed but not reused sit on the free list; use them before never-used ones.
        HwBool fromList1 = wireBool("s1_fromFreeList", fresh.ne(used));
        HwUInt freeHeadNow = wireUInt("s1_freeHead", mux(s2Valid.and(s2DeqOk), s2Head,
                mux(s2Valid.and(s2AllocFromList), next2.slice(0, a).asUInt(), freeHead)));
        HwUInt alloc1 = wireUInt("s1_alloc", mux(isWake1, s1Moved, mux(fromList1, freeHeadNow, fresh.resize(a))));

        HwBool count0 = s1NonEmpty.not();
        HwUInt newHead1 = mux(atHead1.not().and(s1NonEmpty), head1, alloc1);
        HwUInt newTail1 = mux(isDeq1.or(atHead1.and(s1NonEmpty)), tail1, alloc1);
        HwUInt newCount1 = mux(isDeq1, count1.minus(1), mux(count0, lit(1, cw), count1.plus(1)));
        HwBits routing1 = irq ? cat(s1Ctx, s1Data.slice(0, 6)) : null;
        // One link write per operation, in S2: the ready insertion's, the wait append's, or (dequeue) the free push.
        HwBool readyLink1 = readyIns1.and(s1NonEmpty);
        HwBool waitLink1 = append1.and(srcWaiting1);
        HwBool linkEn1 = readyLink1.or(waitLink1);
        HwUInt linkAddr1 = mux(waitLink1, wTail1, mux(atHead1, alloc1, tail1));
        HwBits linkData1 = mux(waitLink1.or(atHead1.not()), link(routing1, alloc1), link(null, head1));
        s1SetBit.assign(readyIns1);
        s1ClrBit.assign(deqOk1.and(count1.eq(1)));

        // Remove walk (below) drives the RAM ports while the pipeline is empty.
        HwUInt fsmReadAddr = wireUInt("removeReadAddr", a);
        HwUInt nextRdAddr1 = wireUInt("s1_linkReadAddr", mux(fsmActive, fsmReadAddr, mux(isDeq1, head1, alloc1)));
        HwUInt wordRdAddr1 = wireUInt("s1_wordReadAddr", mux(fsmActive, fsmReadAddr, head1));
        HwBits linkRd = links.readSync(nextRdAddr1, Hw.lit(true));
        HwBits wordRd = words.readSync(wordRdAddr1, Hw.lit(true));
        words.write(alloc1, s1Data, allocates1);

        HwBool s2NextWe = wireBool("s2_linkWriteEnable");
        HwUInt s2NextWa = wireUInt("s2_linkWriteAddr", a);
        HwBits s2NextWd = wireBits("s2_linkWriteData", lw);
        HwBool nbHit1 = s2NextWe.and(s2NextWa.eq(nextRdAddr1));

        when(s1Valid, () -> {
            HwBits row = levelMap.get(s1Ctx);
            when(s1SetBit, () -> row.assign(row.or(s1LevelOH)));
            when(s1ClrBit, () -> row.assign(row.and(s1LevelOH.not())));
            HwBits cnt = readyCount.get(s1Ctx);
            when(readyIns1, () -> cnt.assign(cnt.asUInt().plus(1).asBits()));
            when(deqOk1, () -> cnt.assign(cnt.asUInt().minus(1).asBits()));
            when(allocates1, () -> {
                used.assign(used.plus(1));
                when(fromList1.not(), () -> fresh.assign(fresh.plus(1)));
            });
            when(deqOk1, () -> used.assign(used.minus(1)));
        });

        // Status words are sampled in S1, where every older operation has already updated them.
        HwBool s1IsRead = s1Valid.and(s1Op.eq(CoreOp.READ_STATUS.ordinal()));
        HwBool s1IsFault = s1Valid.and(s1Op.eq(CoreOp.FAULT.ordinal()));
        HwBits statusVal1 = wireBits("s1_status_value", w);
        statusVal1.assign(0);
        when(s1Op.eq(CoreOp.READ_STATUS.ordinal()), () -> switchOn(s1Status, cases -> cases
                .is(Status.CONTEXT_COUNT.ordinal(), () -> statusVal1.assign(readyCount.get(s1Ctx).resize(w)))
                .is(Status.CONTEXT_LEVELS.ordinal(), () -> statusVal1.assign(levelMap.get(s1Ctx).resize(w)))
                .is(Status.CONTEXT_ERROR.ordinal(), () -> statusVal1.assign(errors.get(s1Ctx).resize(w)))
                .is(Status.POOL_FREE.ordinal(), () -> statusVal1.assign(lit(n, cw).minus(used).asBits().resize(w)))
                .is(Status.CONTROL_ERROR.ordinal(), () -> statusVal1.assign(controlError.resize(w)))
                .is(Status.SOURCE_STATUS.ordinal(), () -> statusVal1.assign(srcStatus1.resize(w)))));

        // Configuration writes: range-checked, out-of-range fields are refused as bad accesses.
        HwBool cfgBad1 = wireBool("s1_configRefused");
        cfgBad1.assign(false);
        RegArray hartCtx = irq ? regArray("hartCtx", h, xw + 1, 0) : null;
        HwUInt notifyHart = irq ? regUInt("notifyHart", cfg.hartWidth(), 0) : null;
        if (irq) {
            HwUInt dSrc = s1Data.slice(SOURCE_LSB, SOURCE_BITS).asUInt();
            HwUInt dCtx = s1Data.slice(0, CONTEXT_FIELD_BITS).asUInt();
            HwUInt dHart = s1Data.slice(0, 5).asUInt();
            HwBool srcOk = dSrc.lt(cfg.sources());
            switchOn(s1Status, cases -> cases
                    .is(ConfigTarget.GRANT.ordinal(), () -> cfgBad1.assign(s1GrantInRange.not()))
                    .is(ConfigTarget.SOURCE_CONFIG.ordinal(), () -> cfgBad1.assign(srcOk.not()))
                    .is(ConfigTarget.NIC_COALESCE.ordinal(), () -> cfgBad1.assign(dSrc.lt(2L * cfg.nicQueues()).not()))
                    .is(ConfigTarget.INJECT.ordinal(), () -> cfgBad1.assign(srcOk.not()))
                    .is(ConfigTarget.NOTIFY_HART.ordinal(), () -> cfgBad1.assign(dHart.lt(h).not()))
                    .is(ConfigTarget.HART_CONTEXT.ordinal(), () -> cfgBad1.assign(
                            s1Data.bit(HART_CONTEXT_VALID_BIT).and(dCtx.lt(cfg.contexts()).not()))));
            HwBool cfgOk1 = isConfig1.and(cfgBad1.not());
            when(cfgOk1.and(s1Status.eq(ConfigTarget.NOTIFY_HART.ordinal())), () -> notifyHart.assign(dHart.resize(cfg.hartWidth())));
            when(cfgOk1.and(s1Status.eq(ConfigTarget.HART_CONTEXT.ordinal())), () ->
                    hartCtx.get(s1Hart).assign(cat(s1Data.bit(HART_CONTEXT_VALID_BIT), dCtx.resize(xw))));
            handlers.write(s1Source, cat(s1Ctx, s1Data), setHandler1);

            // One gateway update per cycle, from the operation in S1.
            HwBool toGw = wireBool("s1_gatewayUpdate");
            HwUInt kind = wireUInt("s1_gatewayKind", GatewayUpdate.width());
            toGw.assign(false);
            kind.assign(0);
            HwBool lastWaiter = isWake1.and(wCount1.eq(1));
            when(append1.and(srcWaiting1.not()), () -> { toGw.assign(true); kind.assign(GatewayUpdate.SET_WAITING.ordinal()); })
                    .elseWhen(lastWaiter, () -> { toGw.assign(true); kind.assign(GatewayUpdate.CLEAR_WAITING.ordinal()); })
                    .elseWhen(convert1, () -> { toGw.assign(true); kind.assign(GatewayUpdate.CONSUME.ordinal()); })
                    .elseWhen(setHandler1, () -> { toGw.assign(true); kind.assign(GatewayUpdate.SET_HANDLER.ordinal()); })
                    .elseWhen(isHandler1.and(poolFull1), () -> { toGw.assign(true); kind.assign(GatewayUpdate.REFUND.ordinal()); })
                    .elseWhen(cfgOk1.and(s1Status.eq(ConfigTarget.SOURCE_CONFIG.ordinal())),
                            () -> { toGw.assign(true); kind.assign(GatewayUpdate.CONFIG.ordinal()); })
                    .elseWhen(cfgOk1.and(s1Status.eq(ConfigTarget.NIC_COALESCE.ordinal())),
                            () -> { toGw.assign(true); kind.assign(GatewayUpdate.COALESCE.ordinal()); })
                    .elseWhen(cfgOk1.and(s1Status.eq(ConfigTarget.INJECT.ordinal())),
                            () -> { toGw.assign(true); kind.assign(GatewayUpdate.INJECT.ordinal()); });
            updValid.assign(toGw);
            updKind.assign(kind);
            updSource.assign(s1Source);
            updMode.assign(s1Data.slice(CFG_EDGE_BIT, 4));
            if (updCoalesce != null)
                updCoalesce.assign(s1Data.resize(32).slice(GatewayUpdate.DATA_LSB, 32 - GatewayUpdate.DATA_LSB));
            poolFullOut.assign(poolFull1);
        }

        HwBits faultBits = Hw.bitsLit(ErrorCode.BAD_ACCESS.mask(), ErrorCode.width());
        HwBits zeroErr = Hw.bitsLit(0, ErrorCode.width());
        HwBool faults1 = s1IsFault.or(isConfig1.and(cfgBad1));
        when(s1Valid.and(s1Control.not()).and(s1Internal.not()), () -> {
            HwBits e = errors.get(s1Ctx);
            HwBool clear = s1IsRead.and(s1Status.eq(Status.CONTEXT_ERROR.ordinal()));
            e.assign(mux(clear, zeroErr, e).or(enqErr1).or(mux(faults1, faultBits, zeroErr)));
        });
        when(s1Valid.and(s1Control).and(s1Internal.not()), () -> {
            HwBool clear = s1IsRead.and(s1Status.eq(Status.CONTROL_ERROR.ordinal()));
            controlError.assign(mux(clear, zeroErr, controlError).or(mux(faults1, faultBits, zeroErr)));
        });

        s2Valid.assign(s1Valid);
        s2List.assign(s1List);
        s2WritesMeta.assign(s1WritesMeta);
        if (irq) {
            s2Source.assign(s1Source);
            s2WritesWait.assign(s1WritesWait);
        }
        s2DeqOk.assign(deqOk1);
        s2AllocFromList.assign(allocates1.and(fromList1));
        s2Head.assign(head1);
        HwUInt s2Op = delay("s2_op", s1Op);
        HwUInt s2Status = delay("s2_status", s1Status);
        HwUInt s2Hart = delay("s2_hart", s1Hart);
        HwUInt s2Ctx = delay("s2_context", s1Ctx);
        HwBits s2Data = delay("s2_data", s1Data);
        HwBool s2Read = delay("s2_read", s1Read, false);
        HwBool s2Internal = delay("s2_internal", s1Internal, false);
        HwBool s2ReadyIns = irq ? delay("s2_readyInsert", readyIns1.and(isEnq1.not()), false) : null;
        HwBool s2IsWake = irq ? delay("s2_wake", isWake1, false) : null;
        HwBool s2AppendToEmpty = irq ? delay("s2_appendToEmpty", append1.and(srcWaiting1.not()), false) : null;
        HwUInt s2Alloc = irq ? delay("s2_alloc", alloc1) : null;
        HwBits s2Routing = irq ? delay("s2_routing", routing1) : null;
        HwBits s2StatusVal = delay("s2_status_value", statusVal1);
        HwUInt s2NewHead = delay("s2_newHead", newHead1);
        HwUInt s2NewTail = delay("s2_newTail", newTail1);
        HwUInt s2NewCount = delay("s2_newCount", newCount1);
        HwBool s2LinkEn = delay("s2_linkEnable", linkEn1, false);
        HwUInt s2LinkAddr = delay("s2_linkAddr", linkAddr1);
        HwBits s2LinkData = delay("s2_linkData", linkData1);
        HwBool s2NbHit = delay("s2_linkBypass", nbHit1, false);
        HwBits s2NbData = delay("s2_linkBypassData", s2NextWd);
        if (irq) s2NewWait.assign(mux(isWake1, cat(wCount1.minus(1), wTail1),
                cat(mux(srcWaiting1, wCount1.plus(1), lit(1, cw)), alloc1)));

        // ------------------------------------------------------------ S2: link, answer
        next2.assign(mux(s2NbHit, s2NbData, linkRd));
        HwBits word2 = wordRd;
        s2NewMeta.assign(cat(s2NewCount, s2NewTail, mux(s2DeqOk, next2.slice(0, a).asUInt(), s2NewHead)));

        HwBool fsmMetaWe = wireBool("removeListWrite");
        HwBits fsmMeta = wireBits("removeListRecord", mw);
        HwUInt fsmList = regUInt("removeList", xw + pw);
        HwBool pipeMetaWe = s2Valid.and(s2WritesMeta);
        lists.write(mux(fsmActive, fsmList, s2List), mux(fsmActive, fsmMeta, s2NewMeta), pipeMetaWe.or(fsmMetaWe));
        // S0 read the record while S2 wrote it (hitW): keep the written value for S1.
        wMeta.assign(s2NewMeta);
        if (irq) {
            wWait.assign(s2NewWait);
            HwBool waitWe = s2Valid.and(s2WritesWait);
            waitLists.write(s2Source, s2NewWait, waitWe);
            // The head waiter changes when a wait lands on an empty list or a wakeup pops the head.
            waitHeads.write(s2Source, mux(s2IsWake, next2, cat(s2Routing, s2Alloc)),
                    s2Valid.and(s2IsWake.or(s2AppendToEmpty)));
        }

        s2NextWe.assign(s2Valid.and(s2DeqOk.or(s2LinkEn)));
        s2NextWa.assign(mux(s2DeqOk, s2Head, s2LinkAddr));
        s2NextWd.assign(mux(s2DeqOk, link(null, freeHead), s2LinkData));
        HwBool fsmLinkWe = wireBool("removeLinkWrite");
        HwUInt fsmLinkWa = wireUInt("removeLinkAddr", a);
        HwUInt fsmLinkWd = wireUInt("removeLinkData", a);
        links.write(mux(fsmActive, fsmLinkWa, s2NextWa), mux(fsmActive, link(null, fsmLinkWd), s2NextWd),
                s2NextWe.or(fsmLinkWe));

        when(s2Valid.and(s2DeqOk), () -> freeHead.assign(s2Head))
                .elseWhen(s2Valid.and(s2AllocFromList), () -> freeHead.assign(next2.slice(0, a).asUInt()));

        HwBool isDeq2 = s2Op.eq(CoreOp.DEQUEUE.ordinal());
        HwBits deqWord2 = mux(s2DeqOk, word2, Hw.bitsLit(0, w));
        when(s2Valid.and(isDeq2), () -> {
            currentTask.get(s2Hart).assign(deqWord2);
            currentContext.get(s2Hart).assign(cat(s2DeqOk, s2Ctx));
        });

        // Preemption: a woken task with the preempt bit interrupts the hart of its context running the
        // lowest-priority task below it (an idle hart counts as lowest); no hart runs the context: notify the kernel.
        HwBits notifyBits = irq ? regBits("notifyPending", cfg.contexts(), 0) : null;
        HwBits usipReg = irq ? regBits("usipPending", h, 0) : null;
        HwBits notifyRead = wireBits("s2_notify_value", 32);
        if (!irq) notifyRead.assign(0);
        if (irq) {
            HwUInt prio2 = s2Data.slice(TaskWord.PRIORITY_LSB, TaskWord.PRIORITY_WIDTH).asUInt();
            HwBool pre2 = s2Data.bit(TaskWord.PREEMPT_BIT);
            HwBool decide = wireBool("s2_wakeDecision", s2Valid.and(s2ReadyIns));
            HwBits running = Hw.bitsLit(0, h);
            HwBool anyRunning = Hw.lit(false);
            HwBool haveVictim = Hw.lit(false);
            HwUInt victim = lit(0, cfg.hartWidth());
            HwUInt victimKey = lit(0, 6);
            for (int i = 0; i < h; i++) {
                HwBits hc = hartCtx.get(i);
                HwBool runs = hc.bit(xw).and(hc.slice(0, xw).asUInt().eq(s2Ctx));
                anyRunning = anyRunning.or(runs);
                HwBits cur = currentTask.get(i);
                HwBool idle = cur.slice(TaskWord.POINTER_LSB, w - TaskWord.POINTER_LSB).asUInt().eq(0);
                HwUInt key = mux(idle, lit(32, 6), cur.slice(TaskWord.PRIORITY_LSB, TaskWord.PRIORITY_WIDTH).asUInt().resize(6));
                HwBool eligible = runs.and(prio2.resize(6).lt(key));
                HwBool better = eligible.and(haveVictim.not().or(key.gt(victimKey)));
                victim = mux(better, lit(i, cfg.hartWidth()), victim);
                victimKey = mux(better, key, victimKey);
                haveVictim = haveVictim.or(eligible);
            }
            HwBool notifyKernel = wireBool("s2_notifyKernel", decide.and(anyRunning.not()));
            HwBool interruptHart = wireBool("s2_preemptHart", decide.and(pre2).and(haveVictim));
            HwUInt victimHart = wireUInt("s2_victimHart", victim);
            HwBool readNotify = s2Valid.and(s2Op.eq(CoreOp.READ_STATUS.ordinal())).and(s2Status.eq(Status.NOTIFY.ordinal()));
            HwUInt lowest = Hw.firstSetIndex(notifyBits).resize(xw);
            notifyRead.assign(mux(notifyBits.orR(), cat(Hw.lit(true), Hw.bitsLit(0, 31 - xw), lowest), Hw.bitsLit(0, 32)));
            HwBits clearN = mux(readNotify.and(notifyBits.orR()), Hw.oneHot(lowest, cfg.contexts()), Hw.bitsLit(0, cfg.contexts()));
            HwBits setN = mux(notifyKernel, Hw.oneHot(s2Ctx, cfg.contexts()), Hw.bitsLit(0, cfg.contexts()));
            notifyBits.assign(notifyBits.and(clearN.not()).or(setN));
            HwBits setU = mux(interruptHart, Hw.oneHot(victimHart, h), Hw.bitsLit(0, h));
            HwBits clearU = mux(s2Valid.and(isDeq2), Hw.oneHot(s2Hart, h), Hw.bitsLit(0, h));
            usipReg.assign(usipReg.and(clearU.not()).or(setU));
            usip.assign(usipReg);
            HwBool anyNotify = notifyBits.orR();
            ssip.assign(mux(anyNotify, Hw.oneHot(notifyHart, h), Hw.bitsLit(0, h)));

            busyValid[0].assign(slotValid);
            busySource[0].assign(slotSource);
            HwBool s1Has = s1Valid.and(s1Op.eq(CoreOp.WAIT.ordinal()).or(s1Op.eq(CoreOp.WAKE.ordinal()))
                    .or(s1Op.eq(CoreOp.HANDLER.ordinal())).or(s1Op.eq(CoreOp.WRITE_CONFIG.ordinal())));
            HwBool s2Has = s2Valid.and(s2Op.eq(CoreOp.WAIT.ordinal()).or(s2Op.eq(CoreOp.WAKE.ordinal()))
                    .or(s2Op.eq(CoreOp.HANDLER.ordinal())).or(s2Op.eq(CoreOp.WRITE_CONFIG.ordinal())));
            busyValid[1].assign(s1Has);
            busySource[1].assign(s1Source);
            busyValid[2].assign(s2Has);
            busySource[2].assign(s2Source);
            busyValid[3].assign(cmd.valid().and(busHasSource0));
            busySource[3].assign(busSource0);
        }

        HwBits rspData = wireBits("s2_rsp_data", w);
        rspData.assign(s2StatusVal);
        HwBool s2IsRead = s2Op.eq(CoreOp.READ_STATUS.ordinal());
        when(isDeq2, () -> rspData.assign(deqWord2))
                .elseWhen(s2Op.eq(CoreOp.READ_CONST.ordinal()), () -> rspData.assign(s2Data))
                .elseWhen(s2IsRead.and(s2Status.eq(Status.CURRENT_TASK.ordinal())),
                        () -> rspData.assign(currentTask.get(s2Hart)))
                .elseWhen(s2IsRead.and(s2Status.eq(Status.CURRENT_CONTEXT.ordinal())), () -> {
                    HwBits cc = currentContext.get(s2Hart);
                    rspData.assign(cat(cc.bit(xw), Hw.bitsLit(0, 31 - xw), cc.slice(0, xw)).resize(w));
                })
                .elseWhen(s2IsRead.and(s2Status.eq(Status.NOTIFY.ordinal())), () -> rspData.assign(notifyRead.resize(w)))
                .elseWhen(s2IsRead.and(s2Status.eq(Status.USIP.ordinal())),
                        () -> rspData.assign(irq ? usipReg.resize(w) : Hw.bitsLit(0, w)));

        // ------------------------------------------------------------ remove: drain, then walk the level
        HwUInt fsmCtx = regUInt("removeContext", xw);
        HwBits fsmWord = regBits("removeWord", w);
        HwBool fsmRead = regBool("removeRead", false);
        HwUInt fsmCur = regUInt("removeCur", a);
        HwUInt fsmPrev = regUInt("removePrev", a);
        HwUInt fsmNext = regUInt("removeNext", a);
        HwUInt fsmHead = regUInt("removeHead", a);
        HwUInt fsmTail = regUInt("removeTail", a);
        HwUInt fsmCount = regUInt("removeCount", cw);
        HwBits fsmErr = regBits("removeError", ErrorCode.width(), 0);
        HwBits fsmLevelOH = regBits("removeLevelOH", p);
        HwUInt next2Index = next2.slice(0, a).asUInt();

        fsmReadAddr.assign(mux(fsmState.eq(META), listRd.slice(0, a).asUInt(), next2Index));
        fsmMetaWe.assign(false);
        fsmLinkWe.assign(false);
        fsmLinkWa.assign(mux(fsmState.eq(UNLINK), fsmPrev, fsmCur));
        fsmLinkWd.assign(mux(fsmState.eq(UNLINK), fsmNext, freeHead));
        fsmMeta.assign(cat(fsmCount.minus(1), mux(fsmCur.eq(fsmTail), fsmPrev, fsmTail),
                mux(fsmCur.eq(fsmHead), fsmNext, fsmHead)));

        when(removeStart, () -> {
            fsmCtx.assign(c.context);
            fsmWord.assign(c.data);
            fsmRead.assign(c.read);
            fsmList.assign(list0);
            fsmLevelOH.assign(levelOH0);
            fsmErr.assign(0);
            when(prioOk0.not(), () -> {
                fsmErr.assign(ErrorCode.BAD_PRIORITY.mask());
                fsmState.assign(DONE);
            }).elseWhen(nonEmpty0.not(), () -> {
                fsmErr.assign(ErrorCode.NOT_FOUND.mask());
                fsmState.assign(DONE);
            }).otherwise(() -> fsmState.assign(META));
        });
        switchOn(fsmState, cases -> cases
                .is(META, () -> {
                    fsmHead.assign(listRd.slice(0, a).asUInt());
                    fsmTail.assign(listRd.slice(a, a).asUInt());
                    fsmCount.assign(listRd.slice(2 * a, cw).asUInt());
                    fsmCur.assign(listRd.slice(0, a).asUInt());
                    fsmState.assign(SCAN);
                })
                .is(SCAN, () -> {
                    when(wordRd.eq(fsmWord), () -> {
                        fsmNext.assign(next2Index);
                        fsmState.assign(UNLINK);
                    }).elseWhen(fsmCur.eq(fsmTail), () -> {
                        fsmErr.assign(ErrorCode.NOT_FOUND.mask());
                        fsmState.assign(DONE);
                    }).otherwise(() -> {
                        fsmPrev.assign(fsmCur);
                        fsmCur.assign(next2Index);
                    });
                })
                .is(UNLINK, () -> {
                    fsmMetaWe.assign(true);
                    fsmLinkWe.assign(fsmCur.ne(fsmHead));
                    when(fsmCount.eq(1), () -> {
                        HwBits row = levelMap.get(fsmCtx);
                        row.assign(row.and(fsmLevelOH.not()));
                    });
                    HwBits cnt = readyCount.get(fsmCtx);
                    cnt.assign(cnt.asUInt().minus(1).asBits());
                    used.assign(used.minus(1));
                    fsmState.assign(FREE);
                })
                .is(FREE, () -> {
                    fsmLinkWe.assign(true);
                    freeHead.assign(fsmCur);
                    fsmState.assign(DONE);
                })
                .is(DONE, () -> {
                    HwBits e = errors.get(fsmCtx);
                    e.assign(e.or(fsmErr));
                    fsmState.assign(IDLE);
                }));

        // ------------------------------------------------------------ response
        HwBool fsmDone = fsmState.eq(DONE);
        rsp.valid().assign(s2Valid.and(s2Internal.not()).or(fsmDone));
        r.data.assign(mux(fsmDone, Hw.bitsLit(0, w), rspData));
        r.fault.assign(s2Valid.and(s2Op.eq(CoreOp.FAULT.ordinal())));
        r.read.assign(mux(fsmDone, fsmRead, s2Read));
    }
}
