package taskintc.sched;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwStream;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.CoreCmd;
import taskintc.spec.CoreOp;
import taskintc.spec.IpcDelivery;
import taskintc.spec.TaskWord;

/**
 * S0's door: which operation enters this cycle. Internal work (the wakeup in the slot and IPC deliveries,
 * alternating) and the bus take turns when both wait. Which internal operation is next depends on registers
 * only, so the two are one operand of S0 (one read of the level bitmaps between them). A remove waits until S1
 * and S2 are empty and then starts the walker instead of entering; a cancel_wait also waits for the wakeup slot
 * to empty (from the cycle after the cancel_wait is offered no new pick is taken: the walk needs the slot's read
 * of the wait heads). A bus command naming the source of the slot, of the pick behind it or of the pick taken
 * this cycle waits for them. Nothing enters while the walker runs, or while the grant table is being cleared
 * after reset.
 */
final class Intake extends Part {
    /** {@code waits} is null without sources, {@code deliver} null without IPC. */
    Intake(Circuit owner, SchedPipeline pipe, HwStream<IpcDelivery> deliver, WaitTable waits) {
        super(owner);
        var e = pipe.e;
        var s0 = pipe.s0;
        HwStream<CoreCmd> cmd = pipe.cmd;
        CoreCmd c = pipe.bus;
        boolean irq = pipe.irq, ipc = deliver != null;

        HwBool isRemove = c.op.eq(CoreOp.REMOVE.ordinal());
        HwBool isCancel = irq ? c.op.eq(CoreOp.CANCEL_WAIT.ordinal()) : Hw.lit(false);
        HwBool pipeEmpty = pipe.s1.valid.not().and(pipe.s2.valid.not());
        // The wakeup unit's offer taken this cycle goes before a bus command on its source (the pick was made for
        // the state before that command), and before a cancel_wait (which borrows the slot's read port).
        HwBool slotQuiet = irq ? e.valid.not().and(e.pickFires.not()) : e.valid.not();
        // A bus command on the source of the slot or of the pick behind it never overtakes them: the slot's data was
        // read, and the pick made, for the state before that command.
        HwBool busOnSource = irq ? wireBool("busOnSlotSource", s0.busHasSource.and(e.valid.and(s0.busSource.eq(e.source))
                .or(e.nextValid.and(s0.busSource.eq(e.nextSource))))) : Hw.lit(false);
        // The bus's turn against internal work is decided on registers (busWants); a pick taken this cycle, which
        // settles late in the wakeup unit, can then only hold the command back (busAllowed). When it does so in the
        // bus's turn, nothing enters that cycle; from the next the pick, in the slot or behind it, holds it back.
        HwBool busAllowedEarly = pipe.walkActive.not().and(isRemove.or(isCancel).not().or(pipeEmpty))
                .and(isCancel.not().or(e.valid.not())).and(busOnSource.not());
        HwBool busAllowed = irq
                ? busAllowedEarly.and(isCancel.and(e.pickFires).not())
                        .and(e.pickFires.and(s0.busHasSource).and(s0.busSource.eq(e.pickSource)).not())
                : busAllowedEarly;
        // A waiting remove holds internal work back so the pipeline can drain for it; a waiting cancel_wait
        // lets the slot's wakeup go and, from the next cycle, holds new picks (registered: the wakeup unit's offer
        // depends on registers only) and deliveries back.
        HwBool cancelWaiting = cmd.valid().and(isCancel);
        if (irq) s0.cancelQuiet.assign(cancelWaiting.and(slotQuiet));
        HwBool removeWaiting = cmd.valid().and(isRemove).or(cancelWaiting.and(e.valid.not()));
        HwBool busWants = cmd.valid().and(busAllowedEarly);
        HwBool slotLast = irq ? regBool("slotWentLast", false) : Hw.lit(false);
        HwBool deliverValid = ipc ? deliver.valid() : Hw.lit(false);
        HwBool deliverLast = ipc ? regBool("deliverWentLast", false) : Hw.lit(false);
        HwBool slotFirst = irq ? wireBool("slotFirst", e.valid.and(deliverValid.not().or(deliverLast))) : Hw.lit(false);
        HwBool internalValid = e.valid.or(deliverValid);
        // The bus waits behind internal work only when internal work did not go last.
        s0.internal.assign(irq
                ? internalValid.and(pipe.walkActive.not()).and(removeWaiting.not())
                        .and(busWants.and(slotLast).not()).and(pipe.initDone)
                : Hw.lit(false));
        if (irq) s0.takeSlot.assign(s0.internal.and(slotFirst));
        HwBool takeDeliver = ipc ? wireBool("takeDeliver", s0.internal.and(slotFirst.not())) : Hw.lit(false);
        if (ipc) {
            deliver.ready().assign(takeDeliver);
            when(takeDeliver, () -> deliverLast.assign(true)).elseWhen(s0.takeSlot, () -> deliverLast.assign(false));
        }
        cmd.ready().assign(busAllowed.and(s0.internal.not()).and(pipe.initDone));
        if (irq) when(s0.internal, () -> slotLast.assign(true)).elseWhen(cmd.fire(), () -> slotLast.assign(false));
        s0.fire.assign(cmd.fire().and(isRemove.not()).and(isCancel.not()).or(s0.internal));
        s0.removeStart.assign(cmd.fire().and(isRemove));
        s0.cancelStart.assign(cmd.fire().and(isCancel));
        s0.walkStart.assign(s0.removeStart.or(s0.cancelStart));
        if (irq) {
            HwBool cancelWaited = delay("cancelWaited", cancelWaiting.and(s0.cancelStart.not()), false);
            pipe.cancelHoldsPicks.assign(cancelWaited.or(pipe.walkActive.and(pipe.walkIsCancel)));
        }

        // The operands: internal work (the wakeup's, or the delivery's: an enqueue of its word) or the bus command's.
        if (ipc) {
            HwUInt deliverOp = lit(CoreOp.DELIVER.ordinal(), CoreOp.width());
            s0.operands.add(new SchedPipeline.Operand(s0.internal, mux(slotFirst, waits.slotOp, deliverOp),
                    mux(slotFirst, waits.slotContext, deliver.payload().context),
                    mux(slotFirst, waits.slotData, deliver.payload().word), false));
        } else if (irq) {
            s0.operands.add(new SchedPipeline.Operand(s0.internal, waits.slotOp, waits.slotContext, waits.slotData, false));
        }
        s0.operands.add(new SchedPipeline.Operand(Hw.lit(true), c.op, c.context, c.data, true));
        s0.op.assign(s0.taken(s0.operands.stream().map(SchedPipeline.Operand::op).toList(), Hw::mux));
        s0.context.assign(s0.taken(s0.operands.stream().map(SchedPipeline.Operand::context).toList(), Hw::mux));
        s0.data.assign(s0.taken(s0.operands.stream().map(SchedPipeline.Operand::data).toList(), Hw::mux));
        s0.pointerNull.assign(s0.taken(s0.operands.stream().map(o -> TaskWord.isNull(o.data())).toList(), Hw::mux));
        if (irq) {
            s0.source.assign(mux(s0.takeSlot, e.source, s0.busSource));
        }
    }
}
