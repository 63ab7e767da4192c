package taskintc.ipc;

import static taskintc.dsl.Hw.lit;
import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.spec.TaskIntcConfig;

/**
 * Moves a transfer's words once it is accepted, one word per cycle: a send's M staged message words into the
 * receiver's inbox slot, a reply's R staged result words into the sender's reply slot. It reads the staging RAM
 * one cycle and the inbox or reply box writes the word the next; IPC accesses wait while it runs, so nobody
 * reads a half-copied message (scheduler accesses go on).
 */
final class CopyEngine extends Part {
    /** A copy is reading: the staging RAMs' read ports are the engine's. */
    final HwBool active;
    /** The context whose staged words are read, and the word read this cycle. */
    final HwUInt source, readWord;
    /** The write of the word read last cycle: valid, into a reply box (else an inbox), where. */
    final HwBool writeValid, writeIsReply;
    final HwUInt target, targetSlot, writeWord;
    private final HwBool isReply;
    private final HwUInt step, last;
    private final int messageWords, resultWords;

    CopyEngine(Circuit owner, TaskIntcConfig cfg) {
        super(owner);
        int xw = cfg.contextWidth();
        messageWords = cfg.messageWords();
        resultWords = cfg.resultWords();
        int stepWidth = Hw.widthOf(Math.max(messageWords, resultWords + 1));
        int wordWidth = Math.max(IpcUnit.messageWordBits(cfg), IpcUnit.replyWordBits(cfg));

        active = regBool("copyActive", false);
        isReply = regBool("copyIsReply", false);
        step = regUInt("copyStep", stepWidth, 0);
        last = regUInt("copyLast", stepWidth, 0);
        source = regUInt("copySource", xw, 0);
        target = regUInt("copyTarget", xw, 0);
        targetSlot = regUInt("copyTargetSlot", IpcUnit.slotBits(cfg), 0);
        writeValid = regBool("copyWriteValid", false);
        writeWord = regUInt("copyWriteWord", wordWidth, 0);
        readWord = wireUInt("copyReadWord", wordWidth);

        readWord.assign(step.resize(wordWidth));
        writeValid.assign(active);
        writeWord.assign(readWord);
        writeIsReply = delay("copyWriteIsReply", isReply, false);
    }

    /**
     * Starts the copy of the transfer accepted in I1 (a send or a reply, never both): from {@code from}'s staged
     * words into the receiver's inbox slot or the sender's reply slot. Otherwise a running copy takes its next step.
     */
    void start(HwBool send, HwBool reply, HwUInt from, HwUInt receiver, HwUInt inboxSlot, HwUInt sender, HwUInt replySlot) {
        HwBool lastStep = step.eq(last);
        when(send.or(reply), () -> {
            active.assign(true);
            isReply.assign(reply);
            step.assign(0);
            last.assign(mux(reply, lit(resultWords - 1, last.width()), lit(messageWords - 1, last.width())));
            source.assign(from);
            target.assign(mux(reply, sender, receiver));
            targetSlot.assign(mux(reply, replySlot, inboxSlot));
        }).elseWhen(active, () -> {
            step.assign(step.plus(1));
            when(lastStep, () -> active.assign(false));
        });
    }
}
