package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskintc.model.IpcModel.*;
import static taskintc.model.RegisterModel.*;
import static taskintc.tests.IpcDirectedTest.CFG;
import static taskintc.tests.IpcDirectedTest.SMALL;
import static taskintc.tests.IpcDirectedTest.grant;
import static taskintc.tests.IpcDirectedTest.page;
import static taskintc.tests.IpcDirectedTest.send;
import static taskintc.tests.IpcDirectedTest.sim;
import static taskintc.tests.IpcDirectedTest.stage;
import static taskintc.tests.IpcDirectedTest.task;

import org.junit.jupiter.api.Test;

import taskintc.sim.BusMaster.Access;

/**
 * What an IPC region reads as 0, through the AXI4-Lite bus: staged words until written and after {@code ipc_scrub};
 * the scrub's sweep over every staged row when a context has more rows than inbox slots; every staged word,
 * handler and error register after a reset in the middle of traffic (the RAMs cleared after reset). Every access
 * is also checked against the reference model by the bench.
 */
class IpcClearingTest {
    @Test
    void stagedWordsReadZeroUntilWrittenAndScrubClearsAContext() {
        sim(CFG, "ipc_scrub", b -> {
            for (int i = 0; i < CFG.messageWords(); i++) assertEquals(0, b.read(page(4) + IPC_MESSAGE + 8L * i), "unwritten after reset");
            for (int i = 0; i < CFG.resultWords(); i++) assertEquals(0, b.read(page(4) + IPC_RESULT + 8L * i), "unwritten after reset");
            long handler = task(0x210, 1), caller = task(0x110, 1);
            grant(b, 1, 4, 0, true);
            grant(b, 4, 1, 0, true);
            b.write(page(4) + IPC_HANDLER, handler);
            b.write(page(1) + IPC_HANDLER, task(0x211, 1));
            stage(b, CFG, 1, caller, 5);
            b.write(page(1) + IPC_SEND, send(4, 0));                       // context 4 holds a message for its old owner
            long[] old = stage(b, CFG, 4, task(0x120, 1), 6);               // and its old owner staged a message
            b.write(page(4) + IPC_RESULT, 0x777);
            b.write(page(4) + IPC_SEND, send(1, 0));                        // and sent one that wants a reply
            b.write(page(4) + IPC_HANDLER + 8, 0x5);                        // a refused handler word: an error to clear
            assertEquals(1, b.read(page(4) + IPC_STATUS) & 0xFF);
            // The register map's timing: the scrub's sweep (one inbox slot's reply address, one staged word and
            // handler row per cycle) holds IPC accesses back; the next is accepted sweep + 3 cycles after the scrub.
            b.acceptedAt = new java.util.IdentityHashMap<>();
            Access scrub = Access.write(IPC_SCRUB, 4), next = Access.read(page(4) + IPC_STATUS);
            b.submit(scrub);
            b.idle(1);
            b.run(next);
            assertEquals(CFG.ipcScrubSweepCycles() + 3, b.acceptedAt.get(next) - b.acceptedAt.get(scrub),
                    "the access behind a scrub waits for its sweep");
            b.acceptedAt = null;
            for (int i = 0; i < old.length; i++) assertEquals(0, b.read(page(4) + IPC_MESSAGE + 8L * i), "the old owner's staged word");
            assertEquals(0, b.read(page(4) + IPC_RESULT), "the old owner's staged result");
            assertEquals(0, b.read(page(4) + IPC_HANDLER), "handlers unregistered");
            assertEquals(0, b.read(page(4) + IPC_STATUS), "inbox and reply box emptied");
            assertEquals(0, b.read(page(4) + IPC_RECEIVE), "nothing to receive");
            assertEquals(0, b.read(page(4) + IPC_ERROR), "errors cleared");
            b.read(page(1) + IPC_RECEIVE);                                  // context 1 answers the old owner's message
            b.write(page(1) + IPC_RESULT, 0x999);
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(0, b.read(page(1) + IPC_ERROR), "the reply finishes the message");
            assertEquals(0, b.read(page(4) + IPC_STATUS), "but no reply reaches the scrubbed context");
            b.write(IPC_SCRUB, CFG.contexts());
            assertEquals(BAD_TARGET, b.read(IPC_CONTROL_ERROR), "out-of-range scrub");
            b.write(page(4) + IPC_MESSAGE + 16, 0x1234);
            assertEquals(0x1234, b.read(page(4) + IPC_MESSAGE + 16), "the new owner's words read back");
        });
    }

    /**
     * A context's staged words and handler rows can outnumber the inbox slots of every context (here 8 message rows
     * against 2 contexts x 2 slots): the scrub's sweep then lasts as many cycles as the rows, and clears all of them.
     */
    @Test
    void scrubSweepCoversEveryStagedRowWhenThereAreMoreRowsThanSlots() {
        assertTrue(SMALL.ipcScrubSweepCycles() > SMALL.contexts() * SMALL.mailboxDepth(), "the configuration this test is about");
        sim(SMALL, "ipc_scrub_rows", b -> {
            for (int i = 0; i < SMALL.messageWords(); i++) b.write(page(1) + IPC_MESSAGE + 8L * i, 0x100 + i);
            for (int i = 0; i < SMALL.resultWords(); i++) b.write(page(1) + IPC_RESULT + 8L * i, 0x200 + i);
            for (int ch = 0; ch <= SMALL.ipcChannels(); ch++) b.write(page(1) + IPC_HANDLER + 8L * ch, task(0x30 + ch, 1));
            assertEquals(0x100 + SMALL.messageWords() - 1, b.read(page(1) + IPC_MESSAGE + 8L * (SMALL.messageWords() - 1)));
            b.acceptedAt = new java.util.IdentityHashMap<>();
            Access scrub = Access.write(IPC_SCRUB, 1), next = Access.read(page(1) + IPC_STATUS);
            b.submit(scrub);
            b.idle(1);
            b.run(next);
            assertEquals(SMALL.ipcScrubSweepCycles() + 3, b.acceptedAt.get(next) - b.acceptedAt.get(scrub),
                    "the access behind a scrub waits for the sweep over the staged rows");
            b.acceptedAt = null;
            for (int i = 0; i < SMALL.messageWords(); i++) assertEquals(0, b.read(page(1) + IPC_MESSAGE + 8L * i), "message word " + i);
            for (int i = 0; i < SMALL.resultWords(); i++) assertEquals(0, b.read(page(1) + IPC_RESULT + 8L * i), "result word " + i);
            for (int ch = 0; ch <= SMALL.ipcChannels(); ch++) assertEquals(0, b.read(page(1) + IPC_HANDLER + 8L * ch), "handler " + ch);
            assertEquals(0, b.read(page(1) + IPC_ERROR));
        });
    }

    /**
     * Reset in the middle of a run: every staged word, handler and error register reads 0 again, every inbox and reply
     * box is empty and old tokens are refused. The RAMs keep their contents through a reset, so this is the clearing
     * after reset at work (the formal harness starts from zeroed memories and leaves it out).
     */
    @Test
    void resetAfterTrafficZeroesStagedWordsHandlersAndErrors() {
        sim(SMALL, "ipc_reset_clears", b -> {
            for (int c = 0; c < SMALL.contexts(); c++) {
                for (int i = 0; i < SMALL.messageWords(); i++) b.write(page(c) + IPC_MESSAGE + 8L * i, 0x100 + i);
                for (int i = 0; i < SMALL.resultWords(); i++) b.write(page(c) + IPC_RESULT + 8L * i, 0x200 + i);
                for (int ch = 0; ch <= SMALL.ipcChannels(); ch++) b.write(page(c) + IPC_HANDLER + 8L * ch, task(0x30 + ch, 1));
                b.write(page(c) + IPC_SEND, send(SMALL.contexts() - 1 - c, 0));   // no grant: NO_CAPABILITY
            }
            assertEquals(NO_CAPABILITY, b.read(page(1) + IPC_ERROR) & NO_CAPABILITY, "an error to forget");
            // A reply left in context 0's reply box and a message in context 1's inbox: rows to forget.
            grant(b, 0, 1, 0, true);
            stage(b, SMALL, 0, task(0x110, 1), 7);
            b.write(page(0) + IPC_SEND, send(1, 0));
            b.read(page(1) + IPC_RECEIVE);
            b.write(page(1) + IPC_REPLY, 0);
            stage(b, SMALL, 0, task(0x111, 1), 8);
            b.write(page(0) + IPC_SEND, send(1, 0));
            assertEquals(1L << 16, b.read(page(0) + IPC_STATUS), "a reply held, none current");
            assertEquals(1, b.read(page(1) + IPC_STATUS), "a message held, none current");
            b.reset();
            for (int c = 0; c < SMALL.contexts(); c++) {
                for (int i = 0; i < SMALL.messageWords(); i++) assertEquals(0, b.read(page(c) + IPC_MESSAGE + 8L * i), "message word " + i);
                for (int i = 0; i < SMALL.resultWords(); i++) assertEquals(0, b.read(page(c) + IPC_RESULT + 8L * i), "result word " + i);
                for (int ch = 0; ch <= SMALL.ipcChannels(); ch++) assertEquals(0, b.read(page(c) + IPC_HANDLER + 8L * ch), "handler " + ch);
                assertEquals(0, b.read(page(c) + IPC_ERROR), "error register of context " + c);
                assertEquals(0, b.read(page(c) + IPC_STATUS), "inbox and reply box of context " + c);
            }
        });
    }

    /** The register map's rules for the cases it states explicitly. */
}
