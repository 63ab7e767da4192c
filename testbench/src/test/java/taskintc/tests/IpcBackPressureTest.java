package taskintc.tests;

import static taskintc.sim.TaskWords.assertTaskWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static taskintc.model.IpcModel.*;
import static taskintc.model.RegisterModel.*;
import static taskintc.tests.IpcDirectedTest.CFG;
import static taskintc.tests.IpcDirectedTest.SMALL;
import static taskintc.tests.IpcDirectedTest.grant;
import static taskintc.tests.IpcDirectedTest.header;
import static taskintc.tests.IpcDirectedTest.page;
import static taskintc.tests.IpcDirectedTest.send;
import static taskintc.tests.IpcDirectedTest.sim;
import static taskintc.tests.IpcDirectedTest.stage;
import static taskintc.tests.IpcDirectedTest.task;

import org.junit.jupiter.api.Test;

/**
 * IPC under back-pressure, through the AXI4-Lite bus: a full inbox or reply box refuses (MAILBOX_FULL) and keeps
 * what is staged for a second try; a full task pool delays a delivery without losing it; a full delivery queue
 * (the pool full and {@value taskintc.model.IpcModel#DELIVERY_QUEUE} deliveries waiting) refuses a send (BUSY)
 * and loses nothing. Every access is also checked against the reference model by the bench.
 */
class IpcBackPressureTest {
    @Test
    void fullInboxRefusesAndTheStagedMessageCanBeResent() {
        sim(CFG, "ipc_full_inbox", b -> {
            int d = CFG.mailboxDepth();
            grant(b, 1, 2, 1, true);
            b.write(page(2) + IPC_HANDLER + 8, task(0x500, 4));
            for (int i = 0; i < d; i++) {
                stage(b, CFG, 1, 0, i);
                b.write(page(1) + IPC_SEND, send(2, 1));
            }
            assertEquals(0, b.read(page(1) + IPC_ERROR));
            long[] last = stage(b, CFG, 1, 0, 99);
            b.write(page(1) + IPC_SEND, send(2, 1));
            assertEquals(MAILBOX_FULL, b.read(page(1) + IPC_ERROR));
            assertEquals(d, b.read(page(2) + IPC_STATUS));
            assertEquals(d, b.read(page(2) + COUNT), "one handler activation per accepted message");
            // The receiver takes one message; the same staged message goes out on a second try.
            assertEquals((1L << 31) | (1L << 8) | 1, header(b.read(page(2) + IPC_RECEIVE)));
            assertEquals(0 * 1000 + 2, b.read(page(2) + IPC_RX + 16), "oldest message first");
            assertEquals(0 * 1000 + 2, b.read(page(2) + IPC_RX + 16));
            b.read(page(2) + IPC_RECEIVE); // finishes message 0 (one-way), makes message 1 current
            b.write(page(1) + IPC_SEND, send(2, 1));
            assertEquals(0, b.read(page(1) + IPC_ERROR));
            for (int i = 1; i < d; i++) {
                assertEquals(i * 1000L + 2, b.read(page(2) + IPC_RX + 16));
                b.write(page(2) + IPC_REPLY, 0); // one-way: finishes without a reply
                b.read(page(2) + IPC_RECEIVE);
            }
            for (int i = 0; i < last.length; i++) assertEquals(last[i], b.read(page(2) + IPC_RX + 8L * i));
            assertEquals(0, b.read(page(1) + IPC_STATUS), "one-way messages leave no replies");
        });
    }

    @Test
    void fullReplyBoxRefusesTheReplyUntilTheCallerPops() {
        sim(SMALL, "ipc_full_replies", b -> {
            int d = SMALL.mailboxDepth();
            grant(b, 0, 1, 0, true);
            b.write(page(1) + IPC_HANDLER, task(0x20, 1));
            for (int round = 0; round < d; round++) {
                stage(b, SMALL, 0, task(0x30 + round, 2), round);
                b.write(page(0) + IPC_SEND, send(1, 0));
                b.read(page(1) + IPC_RECEIVE);
                b.write(page(1) + IPC_RESULT, round);
                b.write(page(1) + IPC_REPLY, 0);
                assertEquals(0, b.read(page(1) + IPC_ERROR));
            }
            stage(b, SMALL, 0, task(0x3F, 2), 9);
            b.write(page(0) + IPC_SEND, send(1, 0));
            b.read(page(1) + IPC_RECEIVE);
            b.write(page(1) + IPC_RESULT, 77);
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(MAILBOX_FULL, b.read(page(1) + IPC_ERROR));
            assertEquals((1L << 8) | 1, b.read(page(1) + IPC_STATUS), "the message stays current");
            assertTaskWord(task(0x30, 2), b.read(page(0) + IPC_REPLY_POP));
            assertEquals(0, b.read(page(0) + IPC_REPLY_DATA));
            assertTaskWord(task(0x31, 2), b.read(page(0) + IPC_REPLY_POP), "popping finishes the first reply");
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(0, b.read(page(1) + IPC_ERROR));
            assertEquals(1, b.read(page(0) + IPC_REPLY_DATA), "current reply unchanged by the new arrival");
            assertTaskWord(task(0x3F, 2), b.read(page(0) + IPC_REPLY_POP));
            assertEquals(77, b.read(page(0) + IPC_REPLY_DATA));
        });
    }

    @Test
    void aFullPoolDelaysTheHandlerWithoutLosingIt() {
        sim(SMALL, "ipc_pool_full", b -> {
            grant(b, 0, 1, 1, true);
            long handler = task(0x9, 0);
            b.write(page(1) + IPC_HANDLER + 8, handler);
            for (int i = 0; i < SMALL.capacity(); i++) b.write(page(0) + ENQUEUE, task(0x100 + i, 3));
            assertEquals(0, b.read(POOL_FREE));
            stage(b, SMALL, 0, 0, 1);
            b.write(page(0) + IPC_SEND, send(1, 1));
            assertEquals(0, b.read(page(0) + IPC_ERROR), "accepted: the message is in the inbox");
            b.idle(20);
            assertTaskWord(0, b.read(page(1) + DEQUEUE), "no pool entry for the handler yet");
            assertEquals(1, b.read(page(1) + IPC_STATUS));
            assertTaskWord(task(0x100, 3), b.read(page(0) + DEQUEUE));
            b.idle(4);
            assertTaskWord(handler, b.read(page(1) + DEQUEUE), "delivered once an entry was free");
            assertEquals((1L << 31) | (1L << 8), header(b.read(page(1) + IPC_RECEIVE)));
        });
    }

    @Test
    void aFullDeliveryQueueRefusesTheSendAndLosesNothing() {
        sim(CFG, "ipc_busy", b -> {
            int q = DELIVERY_QUEUE;
            int refused = 2 + q; // receivers 2 .. 2 + q - 1 fill the queue, receiver 2 + q is refused
            for (int r = 2; r <= refused; r++) {
                grant(b, 1, r, 1, true);
                b.write(page(r) + IPC_HANDLER + 8, task(0x600 + r, 4));
            }
            for (int i = 0; i < CFG.capacity(); i++) b.write(page(0) + ENQUEUE, task(0x100 + i, 3));
            assertEquals(0, b.read(POOL_FREE));
            for (int r = 2; r < refused; r++) {
                stage(b, CFG, 1, 0, r);
                b.write(page(1) + IPC_SEND, send(r, 1));
                assertEquals(0, b.read(page(1) + IPC_ERROR), "accepted: its handler waits for a pool entry");
            }
            long[] last = stage(b, CFG, 1, 0, 99);
            b.write(page(1) + IPC_SEND, send(refused, 1));
            assertEquals(BUSY, b.read(page(1) + IPC_ERROR), "every delivery slot holds a handler waiting for the pool");
            assertEquals(0, b.read(page(refused) + IPC_STATUS), "the refused message is in no inbox");
            // Entries freed: each waiting handler is delivered once, and the staged message goes out on a second try.
            for (int i = 0; i < q; i++) assertTaskWord(task(0x100 + i, 3), b.read(page(0) + DEQUEUE));
            b.idle(20);
            for (int r = 2; r < refused; r++) {
                assertTaskWord(task(0x600 + r, 4), b.read(page(r) + DEQUEUE), "delivered once an entry was free");
                assertTaskWord(0, b.read(page(r) + DEQUEUE), "and only once");
                assertEquals(1, b.read(page(r) + IPC_STATUS));
            }
            assertTaskWord(task(0x100 + q, 3), b.read(page(0) + DEQUEUE));
            b.write(page(1) + IPC_SEND, send(refused, 1));
            assertEquals(0, b.read(page(1) + IPC_ERROR));
            b.idle(20);
            assertTaskWord(task(0x600 + refused, 4), b.read(page(refused) + DEQUEUE));
            assertEquals((1L << 31) | (1L << 8) | 1, header(b.read(page(refused) + IPC_RECEIVE)));
            for (int i = 0; i < last.length; i++) assertEquals(last[i], b.read(page(refused) + IPC_RX + 8L * i));
        });
    }
}
