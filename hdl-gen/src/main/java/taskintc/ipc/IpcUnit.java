package taskintc.ipc;

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
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreRsp;
import taskintc.spec.IpcDelivery;
import taskintc.spec.IpcError;
import taskintc.spec.IpcOp;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * The IPC mailbox, bus-agnostic: executes the {@code IPC} operations the register decoder produces (one in,
 * one answer two cycles later, like the task core) and hands the tasks it wakes to the core as deliveries.
 *
 * <p>Each context has a staged message and a staged result (written word by word through its own region),
 * an inbox and a reply box of D slots each, and a handler task per channel. A send checks the capability
 * (sender, receiver, channel) in the grant table the kernel writes, reserves a slot in the receiver's inbox
 * and queues the handler for delivery in the same cycle; a copy engine then moves the staged words into the
 * slot (one word per cycle) while IPC accesses wait, so nobody reads a half-copied message. A reply does the
 * same towards the sender's reply box and wakes the message's task. A context's identity is the region it
 * accesses: every operation names its own context, and the only cross-context effects are the checked
 * send and reply.
 *
 * <p>Deliveries wait in a small queue until the core has a free pool entry for them, so a full pool delays
 * a wakeup but never loses it; a send or reply that would overflow the queue is refused (BUSY) and stays
 * staged.
 */
public final class IpcUnit extends Circuit {

    public static final int DELIVERY_QUEUE = 4;

    public final HwStream<CoreCmd> cmd;
    public final HwFlow<CoreRsp> rsp;
    public final HwStream<IpcDelivery> deliver;
    /** The core's verdict on the delivery it took (one cycle after): taken, or refused for a full pool. */
    public final HwBool ackValid, ackOk, poolFull;
    /** The grant table is cleared (after reset); no command is taken before. */
    public final HwBool initDone;
    /** The operation in the execute stage, for testbenches that follow the order of execution. */
    public final HwBool traceI1Valid;

    public IpcUnit(TaskIntcConfig cfg) {
        final int w = cfg.taskWidth();
        final int xw = cfg.contextWidth();
        final int c = cfg.contexts();
        final int k = cfg.ipcChannels();
        final int kw = cfg.channelWidth();
        final int kgw = Hw.log2Up(k);
        final int d = cfg.mailboxDepth();
        final int dw = Hw.log2Up(d);
        final int nw = Hw.widthOf(d);
        final int m = cfg.messageWords();
        final int r = cfg.resultWords();
        final int mw = Hw.log2Up(m);
        final int rw = Hw.log2Up(r + 1);     // a reply slot holds the result and the task it wakes (word r)
        final int iw = cfg.ipcIndexWidth();
        final int metaW = xw + kw + 1;       // inbox slot: wants-reply | channel | sender

        cmd = streamIn("cmd", () -> new CoreCmd(cfg));
        rsp = flowOut("rsp", () -> new CoreRsp(cfg));
        deliver = streamOut("deliver", () -> new IpcDelivery(cfg));
        ackValid = inBool("ack_valid");
        ackOk = inBool("ack_ok");
        poolFull = inBool("poolFull");
        initDone = outBool("initDone");
        CoreCmd q = cmd.payload();

        // ------------------------------------------------------------ state
        Ram stage = ram("stage", 1 << (xw + mw), w);
        Ram result = ram("result", 1 << (xw + rw), w);
        Ram inbox = ram("inbox", 1 << (xw + dw + mw), w);
        Ram replies = ram("replies", 1 << (xw + dw + rw), w);
        Ram handlers = ram("handlers", 1 << (xw + kw), w);
        Ram grants = ram("grants", 1 << (2 * xw + kgw), 1);
        RegArray handlerValid = regArray("handlerValid", c, k + 1, 0);
        RegArray inHead = regArray("inboxHead", c, dw, 0);
        RegArray inCount = regArray("inboxCount", c, nw, 0);
        HwBits inCurrent = regBits("inboxCurrent", c, 0);
        RegArray inMeta = regArray("inboxMeta", c * d, metaW, 0);
        RegArray rpHead = regArray("replyHead", c, dw, 0);
        RegArray rpCount = regArray("replyCount", c, nw, 0);
        HwBits rpCurrent = regBits("replyCurrent", c, 0);
        RegArray errors = regArray("errors", c, IpcError.width(), 0);
        HwBits controlErrors = regBits("controlErrors", IpcError.width(), 0);
        HwUInt syscallCtx = regUInt("syscallContext", xw, 0);

        // After reset a counter clears the grant table (a RAM cannot be reset) before the first command.
        HwUInt initCount = regUInt("grantInit", 2 * xw + kgw + 1, 0);
        HwBool initializing = wireBool("initializing", initCount.bit(2 * xw + kgw).not());
        when(initializing, () -> initCount.assign(initCount.plus(1)));
        initDone.assign(initializing.not());

        // Delivery queue.
        RegArray dq = regArray("deliveries", DELIVERY_QUEUE, xw + w, 0);
        HwUInt dqHead = regUInt("deliveryHead", 2, 0);
        HwUInt dqCount = regUInt("deliveryCount", 3, 0);
        HwBool dqInFlight = regBool("deliveryInFlight", false);
        HwBool dqFull = wireBool("deliveryQueueFull", dqCount.eq(DELIVERY_QUEUE));

        // Copy engine.
        HwBool engActive = regBool("copyActive", false);
        HwBool engReply = regBool("copyIsReply", false);
        HwUInt engStep = regUInt("copyStep", Hw.widthOf(Math.max(m, r + 1)), 0);
        HwUInt engLast = regUInt("copyLast", Hw.widthOf(Math.max(m, r + 1)), 0);
        HwUInt engSrc = regUInt("copySource", xw, 0);
        HwUInt engDst = regUInt("copyTarget", xw, 0);
        HwUInt engDstSlot = regUInt("copyTargetSlot", dw, 0);
        HwBool wrValid = regBool("copyWriteValid", false);
        HwUInt wrWord = regUInt("copyWriteWord", Math.max(mw, rw), 0);

        // ------------------------------------------------------------ I0: accept, read the RAMs
        HwBool i1Valid = regBool("i1_valid", false);
        HwUInt i1Op = regUInt("i1_op", IpcOp.width(), 0);
        HwBool i1Read = regBool("i1_read", false);
        HwUInt op0 = q.status;
        HwBool read0 = q.read;
        HwBool reads0 = op0.eq(IpcOp.SEND.ordinal()).or(op0.eq(IpcOp.SYSCALL.ordinal()))
                .or(op0.eq(IpcOp.RX_WORD.ordinal())).or(op0.eq(IpcOp.REPLY_WORD.ordinal())).or(op0.eq(IpcOp.REPLY_POP.ordinal()))
                .or(op0.eq(IpcOp.REPLY.ordinal()))
                .or(read0.and(op0.eq(IpcOp.MESSAGE.ordinal()).or(op0.eq(IpcOp.RESULT.ordinal())).or(op0.eq(IpcOp.HANDLER.ordinal()))));
        HwBool i1Writes = i1Read.not().and(i1Op.eq(IpcOp.MESSAGE.ordinal()).or(i1Op.eq(IpcOp.RESULT.ordinal()))
                .or(i1Op.eq(IpcOp.HANDLER.ordinal())).or(i1Op.eq(IpcOp.GRANT.ordinal())).or(i1Op.eq(IpcOp.SYSCALL_CONTEXT.ordinal())));
        HwBool i1Moves = i1Op.eq(IpcOp.RECEIVE.ordinal()).or(i1Op.eq(IpcOp.REPLY_POP.ordinal()));
        HwBool i1Transfer = i1Op.eq(IpcOp.SEND.ordinal()).or(i1Op.eq(IpcOp.SYSCALL.ordinal())).or(i1Op.eq(IpcOp.REPLY.ordinal()));
        // An access waits while a copy runs, while a transfer is deciding, and behind a change of what it reads
        // (the RAMs are read here, one cycle before the operation executes).
        HwBool hazard = wireBool("hazard", i1Valid.and(i1Transfer.or(reads0.and(i1Writes.or(i1Moves)))));
        cmd.ready().assign(initDone.and(engActive.not()).and(wrValid.not()).and(hazard.not()));
        HwBool fire0 = cmd.fire();

        HwUInt ctx0 = q.context;
        HwUInt idx0 = q.index;
        HwUInt recv0 = q.data.slice(IPC_RECEIVER_LSB, xw).asUInt();
        HwUInt chan0 = q.data.slice(IPC_CHANNEL_LSB, kw).asUInt();
        HwBool isSyscall0 = op0.eq(IpcOp.SYSCALL.ordinal());
        HwBool isSend0 = op0.eq(IpcOp.SEND.ordinal()).or(isSyscall0);

        HwUInt engReadWord = wireUInt("copyReadWord", Math.max(mw, rw));
        HwUInt stageRdAddr = mux(engActive, cat(engSrc, engReadWord.resize(mw)).asUInt(),
                cat(ctx0, mux(isSend0, lit(1, mw), idx0.resize(mw))).asUInt());
        HwBits stageRd = stage.readSync(stageRdAddr, Hw.lit(true));
        HwUInt resultRdAddr = mux(engActive, cat(engSrc, engReadWord.resize(rw)).asUInt(), cat(ctx0, idx0.resize(rw)).asUInt());
        HwBits resultRd = result.readSync(resultRdAddr, Hw.lit(true));
        // A reply reads the task word (word 1) of the message it answers.
        HwUInt inboxRdAddr = cat(ctx0, inHead.get(ctx0).asUInt(),
                mux(op0.eq(IpcOp.REPLY.ordinal()), lit(1, mw), idx0.resize(mw))).asUInt();
        HwBits inboxRd = inbox.readSync(inboxRdAddr, Hw.lit(true));
        HwUInt rpHead0 = rpHead.get(ctx0).asUInt();
        HwBool isReplyPop0 = op0.eq(IpcOp.REPLY_POP.ordinal());
        HwUInt rpSlot0 = mux(isReplyPop0.and(rpCurrent.bit(ctx0)), rpHead0.plus(1), rpHead0);
        HwBits repliesRd = replies.readSync(cat(ctx0, rpSlot0, mux(isReplyPop0, lit(r, rw), idx0.resize(rw))).asUInt(),
                Hw.lit(true));
        HwUInt handlerCtx0 = mux(isSyscall0, syscallCtx, mux(isSend0, recv0, ctx0));
        HwUInt handlerChan0 = mux(isSyscall0, lit(k, kw), mux(isSend0, chan0, idx0.resize(kw)));
        HwBits handlerRd = handlers.readSync(cat(handlerCtx0, handlerChan0).asUInt(), Hw.lit(true));
        HwBits grantRd = grants.readSync(cat(ctx0, recv0, q.data.slice(IPC_CHANNEL_LSB, kgw)).asUInt(), Hw.lit(true));

        i1Valid.assign(fire0);
        when(fire0, () -> {
            i1Op.assign(op0);
            i1Read.assign(read0);
        });
        HwUInt i1Ctx = delay("i1_context", ctx0);
        HwBool i1Control = delay("i1_control", q.control, false);
        HwUInt i1Idx = delay("i1_index", idx0);
        HwBits i1Data = delay("i1_data", q.data);
        HwUInt i1HandlerCtx = delay("i1_handlerContext", handlerCtx0);
        HwUInt i1HandlerChan = delay("i1_handlerChannel", handlerChan0);
        traceI1Valid = i1Valid;

        // ------------------------------------------------------------ I1: execute
        HwBool isOp1[] = new HwBool[IpcOp.values().length];
        for (IpcOp o : IpcOp.values()) isOp1[o.ordinal()] = i1Valid.and(i1Op.eq(o.ordinal()));
        HwBool wr1 = i1Read.not();
        HwBits err1 = wireBits("i1_error", IpcError.width());
        err1.assign(0);
        HwBits rspData1 = wireBits("i1_rsp", w);
        rspData1.assign(0);
        HwBool push1 = wireBool("i1_deliveryPush");
        push1.assign(false);
        HwBool startCopy = wireBool("i1_startCopy");
        startCopy.assign(false);

        // Task words: a zero pointer is "none"; otherwise the priority must name a level.
        HwBool taskNone1 = noTask(stageRd);
        HwBool taskBad1 = badTask(stageRd, cfg);

        // MESSAGE / RESULT / HANDLER: the staged words and handler registrations of the context.
        stage.write(cat(i1Ctx, i1Idx.resize(mw)).asUInt(), i1Data, isOp1[IpcOp.MESSAGE.ordinal()].and(wr1));
        result.write(cat(i1Ctx, i1Idx.resize(rw)).asUInt(), i1Data, isOp1[IpcOp.RESULT.ordinal()].and(wr1));
        HwBool hNone = noTask(i1Data);
        HwBool hBad = badTask(i1Data, cfg);
        HwBool setHandler = isOp1[IpcOp.HANDLER.ordinal()].and(wr1);
        handlers.write(cat(i1Ctx, i1Idx.resize(kw)).asUInt(), i1Data, setHandler.and(hNone.not()).and(hBad.not()));
        when(setHandler, () -> {
            HwBits hv = handlerValid.get(i1Ctx);
            HwBits one = Hw.oneHot(i1Idx.resize(kw), k + 1);
            when(hBad, () -> err1.assign(IpcError.BAD_TASK.mask()))
                    .elseWhen(hNone, () -> hv.assign(hv.and(one.not())))
                    .otherwise(() -> hv.assign(hv.or(one)));
        });
        when(isOp1[IpcOp.MESSAGE.ordinal()], () -> rspData1.assign(stageRd));
        when(isOp1[IpcOp.RESULT.ordinal()], () -> rspData1.assign(resultRd));
        when(isOp1[IpcOp.HANDLER.ordinal()].and(i1Read), () ->
                rspData1.assign(mux(handlerValid.get(i1Ctx).bit(i1Idx.resize(kw)), handlerRd, Hw.bitsLit(0, w))));

        // SEND / SYSCALL.
        HwUInt recv1 = i1Data.slice(IPC_RECEIVER_LSB, 8).asUInt();
        HwUInt chan1 = i1Data.slice(IPC_CHANNEL_LSB, 4).asUInt();
        HwBool isSyscall1 = isOp1[IpcOp.SYSCALL.ordinal()];
        HwBool isSend1 = isOp1[IpcOp.SEND.ordinal()].or(isSyscall1);
        HwBool badTarget1 = isOp1[IpcOp.SEND.ordinal()].and(recv1.lt(c).not().or(chan1.lt(k).not()));
        HwBool hasHandler1 = handlerValid.get(i1HandlerCtx).bit(i1HandlerChan);
        HwUInt rCount = inCount.get(i1HandlerCtx).asUInt();
        HwUInt rTail = inHead.get(i1HandlerCtx).asUInt().plus(rCount.resize(dw));
        HwBool sendOk = wireBool("i1_sendOk");
        sendOk.assign(false);
        when(isSend1, () -> {
            when(badTarget1, () -> err1.assign(IpcError.BAD_TARGET.mask()))
                    .elseWhen(isSyscall1.not().and(grantRd.bit(0).not()), () -> err1.assign(IpcError.NO_CAPABILITY.mask()))
                    .elseWhen(taskBad1, () -> err1.assign(IpcError.BAD_TASK.mask()))
                    .elseWhen(hasHandler1.not(), () -> err1.assign(IpcError.NO_HANDLER.mask()))
                    .elseWhen(rCount.eq(d), () -> err1.assign(IpcError.MAILBOX_FULL.mask()))
                    .elseWhen(dqFull, () -> err1.assign(IpcError.BUSY.mask()))
                    .otherwise(() -> sendOk.assign(true));
        });
        when(sendOk, () -> {
            HwBits cnt = inCount.get(i1HandlerCtx);
            cnt.assign(rCount.plus(1).asBits());
            inMeta.get(cat(i1HandlerCtx, rTail).asUInt()).assign(cat(taskNone1.not(), i1HandlerChan, i1Ctx));
            push1.assign(true);
            startCopy.assign(true);
        });

        // RECEIVE: finish the current message (without a reply) and make the next one current.
        HwUInt myHead = inHead.get(i1Ctx).asUInt();
        HwUInt myCount = inCount.get(i1Ctx).asUInt();
        HwBool myCurrent = inCurrent.bit(i1Ctx);
        HwBits myOne = Hw.oneHot(i1Ctx, c);
        HwBool popInbox = wireBool("i1_popInbox");
        popInbox.assign(false);
        // What a receive leaves: the current message finished, the next one (if any) current.
        HwBool rxNext = wireBool("i1_inboxNext", mux(myCurrent, myCount.minus(1), myCount).ne(0));
        when(isOp1[IpcOp.RECEIVE.ordinal()], () -> {
            HwUInt newHead = mux(myCurrent, myHead.plus(1), myHead);
            popInbox.assign(myCurrent);
            HwBits meta = inMeta.get(cat(i1Ctx, newHead).asUInt());
            when(rxNext, () -> rspData1.assign(cat(Hw.lit(true), Hw.bitsLit(0, 31 - IPC_CHANNEL_LSB - 4),
                    meta.slice(xw, kw).resize(4), meta.slice(0, xw).resize(8)).resize(w)));
        });

        // REPLY: the result goes to the sender's reply box and wakes the message's task (none: just finish).
        HwBits curMeta = inMeta.get(cat(i1Ctx, myHead).asUInt());
        HwUInt sender1 = curMeta.slice(0, xw).asUInt();
        HwBool wants1 = curMeta.bit(xw + kw);
        HwUInt sCount = rpCount.get(sender1).asUInt();
        HwUInt sTail = rpHead.get(sender1).asUInt().plus(sCount.resize(dw));
        HwBool replyOk = wireBool("i1_replyOk");
        replyOk.assign(false);
        when(isOp1[IpcOp.REPLY.ordinal()], () -> {
            when(myCurrent.not(), () -> err1.assign(IpcError.NO_MESSAGE.mask()))
                    .elseWhen(wants1.not(), () -> popInbox.assign(true))
                    .elseWhen(sCount.eq(d), () -> err1.assign(IpcError.MAILBOX_FULL.mask()))
                    .elseWhen(dqFull, () -> err1.assign(IpcError.BUSY.mask()))
                    .otherwise(() -> {
                        replyOk.assign(true);
                        popInbox.assign(true);
                    });
        });
        when(replyOk, () -> rpCount.get(sender1).assign(sCount.plus(1).asBits()));
        when(popInbox, () -> {
            inHead.get(i1Ctx).assign(myHead.plus(1).asBits());
            // A send into this inbox in the same cycle is impossible: sends and replies never share I1.
            inCount.get(i1Ctx).assign(myCount.minus(1).asBits());
        });
        HwBits newCur = wireBits("i1_inboxCurrent", c);
        newCur.assign(inCurrent);
        when(isOp1[IpcOp.RECEIVE.ordinal()], () -> newCur.assign(mux(rxNext, inCurrent.or(myOne), inCurrent.and(myOne.not()))))
                .elseWhen(popInbox, () -> newCur.assign(inCurrent.and(myOne.not())));
        inCurrent.assign(newCur);

        // REPLY_POP / REPLY_WORD / RX_WORD.
        HwUInt myRpHead = rpHead.get(i1Ctx).asUInt();
        HwUInt myRpCount = rpCount.get(i1Ctx).asUInt();
        HwBool myRpCurrent = rpCurrent.bit(i1Ctx);
        when(isOp1[IpcOp.REPLY_POP.ordinal()], () -> {
            HwUInt after = mux(myRpCurrent, myRpCount.minus(1), myRpCount);
            when(myRpCurrent, () -> {
                rpHead.get(i1Ctx).assign(myRpHead.plus(1).asBits());
                rpCount.get(i1Ctx).assign(myRpCount.minus(1).asBits());
            });
            rpCurrent.assign(mux(after.ne(0), rpCurrent.or(myOne), rpCurrent.and(myOne.not())));
            when(after.ne(0), () -> rspData1.assign(repliesRd));
        });
        when(isOp1[IpcOp.REPLY_WORD.ordinal()].and(myRpCurrent), () -> rspData1.assign(repliesRd));
        when(isOp1[IpcOp.RX_WORD.ordinal()].and(myCurrent), () -> rspData1.assign(inboxRd));

        // STATUS / ERROR.
        when(isOp1[IpcOp.STATUS.ordinal()], () -> rspData1.assign(cat(myRpCurrent, myRpCount.resize(8), Hw.bitsLit(0, 7),
                myCurrent, myCount.resize(8)).resize(w)));
        HwBool readErr = isOp1[IpcOp.ERROR.ordinal()];
        when(readErr, () -> rspData1.assign(mux(i1Control, controlErrors, errors.get(i1Ctx)).resize(w)));

        // GRANT / SYSCALL_CONTEXT (control page).
        HwUInt gSender = i1Data.slice(GRANT_IPC_SENDER_LSB, 8).asUInt();
        HwUInt gRecv = i1Data.slice(GRANT_IPC_RECEIVER_LSB, 8).asUInt();
        HwUInt gChan = i1Data.slice(GRANT_IPC_CHANNEL_LSB, 4).asUInt();
        HwBool gOk = gSender.lt(c).and(gRecv.lt(c)).and(gChan.lt(k));
        HwBool isGrant1 = isOp1[IpcOp.GRANT.ordinal()];
        grants.write(mux(initializing, initCount.resize(2 * xw + kgw),
                        cat(gSender.resize(xw), gRecv.resize(xw), gChan.resize(kgw)).asUInt()),
                mux(initializing, Hw.bitsLit(0, 1), i1Data.slice(GRANT_ALLOW_BIT, 1)), initializing.or(isGrant1.and(gOk)));
        when(isGrant1.and(gOk.not()), () -> err1.assign(IpcError.BAD_TARGET.mask()));
        HwUInt sysCtx = i1Data.slice(0, 8).asUInt();
        when(isOp1[IpcOp.SYSCALL_CONTEXT.ordinal()], () -> {
            when(sysCtx.lt(c), () -> syscallCtx.assign(sysCtx.resize(xw)))
                    .otherwise(() -> err1.assign(IpcError.BAD_TARGET.mask()));
        });

        HwBits zeroErr = Hw.bitsLit(0, IpcError.width());
        when(i1Valid.and(i1Control.not()), () -> {
            HwBits e = errors.get(i1Ctx);
            e.assign(mux(readErr, zeroErr, e).or(err1));
        });
        when(i1Valid.and(i1Control), () -> controlErrors.assign(mux(readErr, zeroErr, controlErrors).or(err1)));

        // ------------------------------------------------------------ copy engine
        // Send: stage[sender][0..m-1] -> inbox[receiver][slot]. Reply: result[replier][0..r-1] ->
        // replies[sender][slot][0..r-1] (the task word, replies[sender][slot][r], is written when the reply executes).
        engReadWord.assign(engStep.resize(Math.max(mw, rw)));
        HwBool lastStep = engStep.eq(engLast);
        when(startCopy.or(replyOk), () -> {
            engActive.assign(true);
            engReply.assign(replyOk);
            engStep.assign(0);
            engLast.assign(mux(replyOk, lit(r - 1, engLast.width()), lit(m - 1, engLast.width())));
            engSrc.assign(i1Ctx);
            engDst.assign(mux(replyOk, sender1, i1HandlerCtx));
            engDstSlot.assign(mux(replyOk, sTail, rTail));
        }).elseWhen(engActive, () -> {
            engStep.assign(engStep.plus(1));
            when(lastStep, () -> engActive.assign(false));
        });
        wrValid.assign(engActive);
        wrWord.assign(engReadWord);
        HwBool wrReply = delay("copyWriteIsReply", engReply, false);
        inbox.write(cat(engDst, engDstSlot, wrWord.resize(mw)).asUInt(), stageRd, wrValid.and(wrReply.not()));
        replies.write(mux(wrValid, cat(engDst, engDstSlot, wrWord.resize(rw)).asUInt(), cat(sender1, sTail, lit(r, rw)).asUInt()),
                mux(wrValid, resultRd, inboxRd), wrValid.and(wrReply).or(replyOk));

        // ------------------------------------------------------------ delivery queue
        HwBool push = push1.or(replyOk);
        HwBits pushEntry = mux(replyOk, cat(sender1, inboxRd), cat(i1HandlerCtx, handlerRd));
        HwBool pop = ackValid.and(ackOk);
        when(push, () -> dq.get(dqHead.plus(dqCount.resize(2))).assign(pushEntry));
        dqCount.assign(dqCount.plus(mux(push, lit(1, 3), lit(0, 3))).minus(mux(pop, lit(1, 3), lit(0, 3))));
        when(pop, () -> dqHead.assign(dqHead.plus(1)));
        HwBits headEntry = dq.get(dqHead);
        deliver.valid().assign(dqCount.ne(0).and(dqInFlight.not()).and(poolFull.not()));
        deliver.payload().context.assign(headEntry.slice(w, xw).asUInt());
        deliver.payload().word.assign(headEntry.slice(0, w));
        when(deliver.fire(), () -> dqInFlight.assign(true)).elseWhen(ackValid, () -> dqInFlight.assign(false));

        // ------------------------------------------------------------ I2: answer
        rsp.valid().assign(delay("i2_valid", i1Valid, false));
        rsp.payload().data.assign(delay("i2_data", rspData1));
        rsp.payload().read.assign(delay("i2_read", i1Read, false));
        rsp.payload().fault.assign(false);
    }

    /** The word names no task: its pointer is 0. */
    private static HwBool noTask(HwBits word) {
        return word.slice(TaskWord.POINTER_LSB, word.width() - TaskWord.POINTER_LSB).asUInt().eq(0);
    }

    /** The word names a task whose priority is not one of the levels. */
    private static HwBool badTask(HwBits word, TaskIntcConfig cfg) {
        return noTask(word).not().and(word.slice(TaskWord.PRIORITY_LSB, TaskWord.PRIORITY_WIDTH).asUInt().resize(6)
                .ge(lit(cfg.priorities(), 6)));
    }
}