package taskintc.core;

import static taskintc.dsl.Hw.cat;
import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwFlow;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Ram;
import taskintc.dsl.RegArray;

/**
 * The ready-queue scheduler, bus-agnostic: one {@link CoreCmd} in per cycle, one {@link CoreRsp} out
 * two cycles later, in order.
 *
 * <p>Storage: task words live in a pool of N entries in block RAM ({@code words}), linked into lists
 * by a parallel RAM of successor indices ({@code links}). Each (context, level) is one linked list whose
 * head, tail and length sit in a third RAM ({@code lists}); a flip-flop bitmap per context marks the
 * non-empty levels, so "highest non-empty level" is a priority encoder, independent of N. Free entries
 * form one more linked list (head in {@code freeHead}) plus a counter of never-used entries, so reset is
 * instant. Nothing scales with N except RAM depth and index width, so latency is independent of N and C.
 *
 * <p>Pipeline: S0 accepts a command, picks its list (the task's level for an enqueue, the bitmap's first
 * set bit for a dequeue) and reads that list's record. S1 has the record, allocates or frees, writes the
 * task word, reads the head entry, and updates bitmap and counters. S2 has the head entry's word and
 * successor, writes the list record and the link, and answers. Back-to-back operations on the same list
 * are resolved by bypasses, so the core takes one operation every cycle with no stall. Remove is the
 * only multi-cycle operation: it waits for the pipeline to drain and walks its level.
 */
public final class ReadyQueueCore extends Circuit {
    public final HwStream<CoreCmd> cmd;
    public final HwFlow<CoreRsp> rsp;

    private static final int IDLE = 0, META = 1, SCAN = 2, UNLINK = 3, FREE = 4, DONE = 5;

    public ReadyQueueCore(TaskIntcConfig cfg) {
        final int w = cfg.taskWidth();
        final int a = cfg.indexWidth();
        final int cw = cfg.countWidth();
        final int pw = cfg.levelWidth();
        final int xw = cfg.contextWidth();
        final int p = cfg.priorities();
        final int n = cfg.capacity();
        final int mw = 2 * a + cw;

        cmd = streamIn("cmd", () -> new CoreCmd(cfg));
        rsp = flowOut("rsp", () -> new CoreRsp(cfg));
        CoreCmd c = cmd.payload();
        CoreRsp r = rsp.payload();

        // ------------------------------------------------------------ state
        Ram words = ram("words", n, w);
        Ram links = ram("links", n, a);
        Ram lists = ram("lists", 1 << (xw + pw), mw);
        RegArray levelMap = regArray("levelMap", cfg.contexts(), p, 0);
        RegArray readyCount = regArray("readyCount", cfg.contexts(), cw, 0);
        RegArray errors = regArray("errors", cfg.contexts(), ErrorCode.width(), 0);
        RegArray currentTask = regArray("currentTask", cfg.harts(), w, 0);
        RegArray currentContext = regArray("currentContext", cfg.harts(), xw + 1, 0);
        HwBits controlError = regBits("controlError", ErrorCode.width(), 0);
        HwUInt used = regUInt("used", cw, 0);
        HwUInt fresh = regUInt("fresh", cw, 0);
        HwUInt freeHead = regUInt("freeHead", a);

        HwUInt fsmState = regUInt("removeState", 3, IDLE);
        HwBool fsmActive = wireBool("removeActive", fsmState.ne(IDLE));

        // Pipeline registers written below; declared first because S0 looks at S1 and S2.
        HwBool s1Valid = regBool("s1_valid", false);
        HwBool s2Valid = regBool("s2_valid", false);
        HwUInt s1Op = regUInt("s1_op", CoreOp.width());
        HwUInt s1Ctx = regUInt("s1_context", xw);
        HwUInt s1List = regUInt("s1_list", xw + pw);
        HwBits s1LevelOH = regBits("s1_levelOH", p);
        HwUInt s2List = regUInt("s2_list", xw + pw);
        HwBool s2WritesMeta = regBool("s2_writesList", false);

        // ------------------------------------------------------------ S0: accept, choose the list
        HwBool isRemoveCmd = c.op.eq(CoreOp.REMOVE.ordinal());
        HwBool pipeEmpty = s1Valid.not().and(s2Valid.not());
        cmd.ready().assign(fsmActive.not().and(isRemoveCmd.not().or(pipeEmpty)));
        HwBool s0Fire = wireBool("s0_fire", cmd.fire().and(isRemoveCmd.not()));
        HwBool removeStart = wireBool("removeStart", cmd.fire().and(isRemoveCmd));

        // S1 changes this context's bitmap at the end of the cycle; S0 must see the result now.
        HwBool s1SetBit = wireBool("s1_setLevel");
        HwBool s1ClrBit = wireBool("s1_clearLevel");
        HwBool s1SameCtx = s1Valid.and(s1Ctx.eq(c.context));
        HwBits zeroRow = Hw.bitsLit(0, p);
        HwBits row0 = wireBits("s0_levels", levelMap.get(c.context)
                .or(mux(s1SameCtx.and(s1SetBit), s1LevelOH, zeroRow))
                .and(mux(s1SameCtx.and(s1ClrBit), s1LevelOH, zeroRow).not()));
        HwUInt prio0 = c.data.slice(TaskWord.PRIORITY_LSB, TaskWord.PRIORITY_WIDTH).asUInt();
        HwBool prioOk0 = p >= 32 ? Hw.lit(true) : prio0.lt(p);
        HwBool isDeq0 = c.op.eq(CoreOp.DEQUEUE.ordinal());
        HwUInt level0 = wireUInt("s0_level", mux(isDeq0, Hw.firstSetIndex(row0), prio0.resize(pw)));
        HwBool nonEmpty0 = wireBool("s0_listNonEmpty", mux(isDeq0, row0.orR(), row0.bit(level0)));
        HwUInt list0 = wireUInt("s0_list", cat(c.context, level0).asUInt());
        HwBits levelOH0 = wireBits("s0_levelOH", Hw.oneHot(level0, p));
        HwBits listRd = lists.readSync(list0, Hw.lit(true));

        HwBool s1WritesMeta = wireBool("s1_writesList");
        HwBool hitS2 = s1Valid.and(s1WritesMeta).and(s1List.eq(list0));
        HwBool hitW = s2Valid.and(s2WritesMeta).and(s2List.eq(list0));

        s1Valid.assign(s0Fire);
        s1Op.assign(c.op);
        s1Ctx.assign(c.context);
        s1List.assign(list0);
        s1LevelOH.assign(levelOH0);
        HwUInt s1Status = delay("s1_status", c.status);
        HwUInt s1Hart = delay("s1_hart", c.hart);
        HwBits s1Data = delay("s1_data", c.data);
        HwBool s1Control = delay("s1_control", c.control, false);
        HwBool s1Read = delay("s1_read", c.read, false);
        HwBool s1NonEmpty = delay("s1_listNonEmpty", nonEmpty0, false);
        HwBool s1PrioOk = delay("s1_priorityOk", prioOk0, false);
        HwBool s1HitS2 = delay("s1_bypassS2", hitS2, false);
        HwBool s1HitW = delay("s1_bypassW", hitW, false);

        // ------------------------------------------------------------ S1: allocate, free, count
        // Declared here, driven in S2: the list record S2 writes this cycle, and last cycle's write.
        HwBits s2NewMeta = wireBits("s2_newList", mw);
        HwBits wMeta = regBits("w_list", mw);
        HwBool s2DeqOk = regBool("s2_dequeueOk", false);
        HwBool s2EnqOk = regBool("s2_enqueueOk", false);
        HwBool s2FromList = regBool("s2_fromFreeList", false);
        HwUInt s2Head = regUInt("s2_head", a);
        HwBits next2 = wireBits("s2_next", a);

        HwBits meta1 = wireBits("s1_list_record", mux(s1HitS2, s2NewMeta, mux(s1HitW, wMeta, listRd)));
        HwUInt head1 = meta1.slice(0, a).asUInt();
        HwUInt tail1 = meta1.slice(a, a).asUInt();
        HwUInt count1 = meta1.slice(2 * a, cw).asUInt();

        HwBool isEnqTail1 = s1Op.eq(CoreOp.ENQUEUE_TAIL.ordinal());
        HwBool isEnq1 = isEnqTail1.or(s1Op.eq(CoreOp.ENQUEUE_HEAD.ordinal()));
        HwBool isDeq1 = s1Op.eq(CoreOp.DEQUEUE.ordinal());
        HwBool ptrNull1 = s1Data.slice(TaskWord.POINTER_LSB, w - TaskWord.POINTER_LSB).asUInt().eq(0);
        HwBool poolFull1 = used.eq(n);
        HwBool enqOk1 = wireBool("s1_enqueueOk", s1Valid.and(isEnq1).and(s1PrioOk).and(ptrNull1.not()).and(poolFull1.not()));
        HwBool deqOk1 = wireBool("s1_dequeueOk", s1Valid.and(isDeq1).and(s1NonEmpty));
        s1WritesMeta.assign(enqOk1.or(deqOk1));

        HwBits enqErr1 = wireBits("s1_enqueueError", ErrorCode.width());
        enqErr1.assign(0);
        when(s1Valid.and(isEnq1), () -> {
            when(s1PrioOk.not(), () -> enqErr1.assign(ErrorCode.BAD_PRIORITY.mask()))
                    .elseWhen(ptrNull1, () -> enqErr1.assign(ErrorCode.NULL_TASK.mask()))
                    .elseWhen(poolFull1, () -> enqErr1.assign(ErrorCode.POOL_FULL.mask()));
        });

        // Entries freed but not reused sit on the free list; use them before never-used ones.
        HwBool fromList1 = wireBool("s1_fromFreeList", fresh.ne(used));
        HwUInt freeHeadNow = wireUInt("s1_freeHead", mux(s2Valid.and(s2DeqOk), s2Head,
                mux(s2Valid.and(s2EnqOk).and(s2FromList), next2.asUInt(), freeHead)));
        HwUInt alloc1 = wireUInt("s1_alloc", mux(fromList1, freeHeadNow, fresh.resize(a)));

        HwBool count0 = s1NonEmpty.not();
        HwUInt newHead1 = mux(isEnqTail1.and(s1NonEmpty), head1, alloc1);
        HwUInt newTail1 = mux(isDeq1.or(isEnqTail1.not().and(s1NonEmpty)), tail1, alloc1);
        HwUInt newCount1 = mux(isDeq1, count1.minus(1), mux(count0, lit(1, cw), count1.plus(1)));
        HwBool linkEn1 = enqOk1.and(s1NonEmpty);
        HwUInt linkAddr1 = mux(isEnqTail1, tail1, alloc1);
        HwUInt linkData1 = mux(isEnqTail1, alloc1, head1);
        s1SetBit.assign(enqOk1);
        s1ClrBit.assign(deqOk1.and(count1.eq(1)));

        // Remove walk (below) drives the RAM ports while the pipeline is empty.
        HwUInt fsmReadAddr = wireUInt("removeReadAddr", a);
        HwUInt nextRdAddr1 = wireUInt("s1_linkReadAddr", mux(fsmActive, fsmReadAddr, mux(isDeq1, head1, alloc1)));
        HwUInt wordRdAddr1 = wireUInt("s1_wordReadAddr", mux(fsmActive, fsmReadAddr, head1));
        HwBits linkRd = links.readSync(nextRdAddr1, Hw.lit(true));
        HwBits wordRd = words.readSync(wordRdAddr1, Hw.lit(true));
        words.write(alloc1, s1Data, enqOk1);

        HwBool s2NextWe = wireBool("s2_linkWriteEnable");
        HwUInt s2NextWa = wireUInt("s2_linkWriteAddr", a);
        HwUInt s2NextWd = wireUInt("s2_linkWriteData", a);
        HwBool nbHit1 = s2NextWe.and(s2NextWa.eq(nextRdAddr1));

        when(s1Valid, () -> {
            HwBits row = levelMap.get(s1Ctx);
            when(s1SetBit, () -> row.assign(row.or(s1LevelOH)));
            when(s1ClrBit, () -> row.assign(row.and(s1LevelOH.not())));
            HwBits cnt = readyCount.get(s1Ctx);
            when(enqOk1, () -> {
                cnt.assign(cnt.asUInt().plus(1).asBits());
                used.assign(used.plus(1));
                when(fromList1.not(), () -> fresh.assign(fresh.plus(1)));
            });
            when(deqOk1, () -> {
                cnt.assign(cnt.asUInt().minus(1).asBits());
                used.assign(used.minus(1));
            });
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
                .is(Status.CONTROL_ERROR.ordinal(), () -> statusVal1.assign(controlError.resize(w)))));

        HwBits faultBits = Hw.bitsLit(ErrorCode.BAD_ACCESS.mask(), ErrorCode.width());
        HwBits zeroErr = Hw.bitsLit(0, ErrorCode.width());
        when(s1Valid.and(s1Control.not()), () -> {
            HwBits e = errors.get(s1Ctx);
            HwBool clear = s1IsRead.and(s1Status.eq(Status.CONTEXT_ERROR.ordinal()));
            e.assign(mux(clear, zeroErr, e).or(enqErr1).or(mux(s1IsFault, faultBits, zeroErr)));
        });
        when(s1Valid.and(s1Control), () -> {
            HwBool clear = s1IsRead.and(s1Status.eq(Status.CONTROL_ERROR.ordinal()));
            controlError.assign(mux(clear, zeroErr, controlError).or(mux(s1IsFault, faultBits, zeroErr)));
        });
        // A context page can read the control error only through the control page; a context's own
        // error register is cleared by a control-page read of it too (context_count/levels are read-only).

        s2Valid.assign(s1Valid);
        s2List.assign(s1List);
        s2WritesMeta.assign(s1WritesMeta);
        s2DeqOk.assign(deqOk1);
        s2EnqOk.assign(enqOk1);
        s2FromList.assign(fromList1);
        s2Head.assign(head1);
        HwUInt s2Op = delay("s2_op", s1Op);
        HwUInt s2Status = delay("s2_status", s1Status);
        HwUInt s2Hart = delay("s2_hart", s1Hart);
        HwUInt s2Ctx = delay("s2_context", s1Ctx);
        HwBits s2Data = delay("s2_data", s1Data);
        HwBool s2Read = delay("s2_read", s1Read, false);
        HwBits s2StatusVal = delay("s2_status_value", statusVal1);
        HwUInt s2NewHead = delay("s2_newHead", newHead1);
        HwUInt s2NewTail = delay("s2_newTail", newTail1);
        HwUInt s2NewCount = delay("s2_newCount", newCount1);
        HwBool s2LinkEn = delay("s2_linkEnable", linkEn1, false);
        HwUInt s2LinkAddr = delay("s2_linkAddr", linkAddr1);
        HwUInt s2LinkData = delay("s2_linkData", linkData1);
        HwBool s2NbHit = delay("s2_linkBypass", nbHit1, false);
        HwUInt s2NbData = delay("s2_linkBypassData", s2NextWd);

        // ------------------------------------------------------------ S2: link, answer
        next2.assign(mux(s2NbHit, s2NbData.asBits(), linkRd));
        HwBits word2 = wordRd;
        s2NewMeta.assign(cat(s2NewCount, s2NewTail, mux(s2DeqOk, next2.asUInt(), s2NewHead)));

        HwBool fsmMetaWe = wireBool("removeListWrite");
        HwBits fsmMeta = wireBits("removeListRecord", mw);
        HwUInt fsmList = regUInt("removeList", xw + pw);
        HwBool pipeMetaWe = s2Valid.and(s2WritesMeta);
        lists.write(mux(fsmActive, fsmList, s2List), mux(fsmActive, fsmMeta, s2NewMeta), pipeMetaWe.or(fsmMetaWe));
        // S0 read the record while S2 wrote it (hitW): keep the written value for S1.
        wMeta.assign(s2NewMeta);

        s2NextWe.assign(s2Valid.and(s2DeqOk.or(s2LinkEn)));
        s2NextWa.assign(mux(s2DeqOk, s2Head, s2LinkAddr));
        s2NextWd.assign(mux(s2DeqOk, freeHead, s2LinkData));
        HwBool fsmLinkWe = wireBool("removeLinkWrite");
        HwUInt fsmLinkWa = wireUInt("removeLinkAddr", a);
        HwUInt fsmLinkWd = wireUInt("removeLinkData", a);
        links.write(mux(fsmActive, fsmLinkWa, s2NextWa), mux(fsmActive, fsmLinkWd, s2NextWd).asBits(),
                s2NextWe.or(fsmLinkWe));

        when(s2Valid.and(s2DeqOk), () -> freeHead.assign(s2Head))
                .elseWhen(s2Valid.and(s2EnqOk).and(s2FromList), () -> freeHead.assign(next2.asUInt()));

        HwBool isDeq2 = s2Op.eq(CoreOp.DEQUEUE.ordinal());
        HwBits deqWord2 = mux(s2DeqOk, word2, Hw.bitsLit(0, w));
        when(s2Valid.and(isDeq2), () -> {
            currentTask.get(s2Hart).assign(deqWord2);
            currentContext.get(s2Hart).assign(cat(s2DeqOk, s2Ctx));
        });

        HwBits rspData = wireBits("s2_rsp_data", w);
        rspData.assign(s2StatusVal);
        when(isDeq2, () -> rspData.assign(deqWord2))
                .elseWhen(s2Op.eq(CoreOp.READ_CONST.ordinal()), () -> rspData.assign(s2Data))
                .elseWhen(s2Op.eq(CoreOp.READ_STATUS.ordinal()).and(s2Status.eq(Status.CURRENT_TASK.ordinal())),
                        () -> rspData.assign(currentTask.get(s2Hart)))
                .elseWhen(s2Op.eq(CoreOp.READ_STATUS.ordinal()).and(s2Status.eq(Status.CURRENT_CONTEXT.ordinal())), () -> {
                    HwBits cc = currentContext.get(s2Hart);
                    rspData.assign(cat(cc.bit(xw), Hw.bitsLit(0, 31 - xw), cc.slice(0, xw)).resize(w));
                });

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

        fsmReadAddr.assign(mux(fsmState.eq(META), listRd.slice(0, a).asUInt(), next2.asUInt()));
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
                        fsmNext.assign(next2.asUInt());
                        fsmState.assign(UNLINK);
                    }).elseWhen(fsmCur.eq(fsmTail), () -> {
                        fsmErr.assign(ErrorCode.NOT_FOUND.mask());
                        fsmState.assign(DONE);
                    }).otherwise(() -> {
                        fsmPrev.assign(fsmCur);
                        fsmCur.assign(next2.asUInt());
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
        rsp.valid().assign(s2Valid.or(fsmDone));
        r.data.assign(mux(fsmDone, Hw.bitsLit(0, w), rspData));
        r.fault.assign(s2Valid.and(s2Op.eq(CoreOp.FAULT.ordinal())));
        r.read.assign(mux(fsmDone, fsmRead, s2Read));
    }
}
