package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static taskintc.model.IpcModel.*;
import static taskintc.model.RegisterModel.*;
import static taskintc.sim.TaskWords.assertTaskWord;
import static taskintc.tests.IpcDirectedTest.grant;
import static taskintc.tests.IpcDirectedTest.page;
import static taskintc.tests.IpcDirectedTest.send;
import static taskintc.tests.IpcDirectedTest.sim;
import static taskintc.tests.IpcDirectedTest.stage;
import static taskintc.tests.IpcDirectedTest.task;

import java.util.List;

import org.junit.jupiter.api.Test;

import taskintc.sim.BusBench;
import taskintc.spec.TaskIntcConfig;

/**
 * Replies by token: ipc_take keeps several messages in service, ipc_reply names one by the token ipc_take (or
 * ipc_receive) returned and answers it in any order; stale, foreign and never-taken tokens are refused with
 * BAD_TOKEN and change nothing. Every access is also checked against the reference model by the bench.
 */
class IpcTokenTest {
    static final TaskIntcConfig CFG = Configs.DEFAULT;
    static final long MSG_MASK = (1L << 31) | 0xFFF;

    /** Context {@code from} sends {@code n} messages to context {@code to} on channel 0, each wanting a reply to task 0x100 + i. */
    static void sendMany(BusBench b, int from, int to, int n) {
        grant(b, from, to, 0, true);
        if (b.read(page(to) + IPC_HANDLER) == 0) b.write(page(to) + IPC_HANDLER, task(0x200 + to, 3));
        for (int i = 0; i < n; i++) {
            stage(b, CFG, from, task(0x100 + i, 2), i);
            b.write(page(from) + IPC_SEND, send(to, 0));
            assertEquals(0, b.read(page(from) + IPC_ERROR), "send " + i);
        }
    }

    static long slotOf(long token) {
        return (token >>> SLOT_LSB) & ((1 << SLOT_BITS) - 1);
    }

    /** Error bits and the receiver's and caller's mailbox state, to show a refusal changed nothing. */
    static List<Long> state(BusBench b, int receiver, int caller) {
        return List.of(b.read(page(receiver) + IPC_STATUS), b.read(page(caller) + IPC_STATUS), b.read(page(receiver) + IPC_RX + 16),
                b.read(page(receiver) + COUNT), b.read(page(caller) + COUNT));
    }

    @Test
    void twoMessagesTakenAreAnsweredInReverseOrder() {
        sim(CFG, "ipc_token_reverse", b -> {
            sendMany(b, 1, 2, 2);
            long first = b.read(page(2) + IPC_TAKE), second = b.read(page(2) + IPC_TAKE);
            assertEquals((1L << 31) | 1, first & MSG_MASK, "sender 1, channel 0");
            assertEquals(2, (first >>> OWNER_LSB) & 0x7F, "the token names its owner");
            assertNotEquals(slotOf(first), slotOf(second), "two slots in service");
            assertEquals(1002, b.read(page(2) + IPC_RX + 16), "the second message is current");
            assertEquals(2 | (1L << 8), b.read(page(2) + IPC_STATUS), "both held, one current");
            b.write(page(2) + IPC_RESULT, 0xB);
            b.write(page(2) + IPC_REPLY, second);
            b.write(page(2) + IPC_RESULT, 0xA);
            b.write(page(2) + IPC_REPLY, first);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(0, b.read(page(2) + IPC_STATUS), "both answered, none current");
            b.read(page(2) + DEQUEUE);
            b.read(page(2) + DEQUEUE);
            assertTaskWord(task(0x101, 2), b.read(page(1) + DEQUEUE), "the second caller is woken first");
            assertTaskWord(task(0x100, 2), b.read(page(1) + DEQUEUE));
            assertTaskWord(task(0x101, 2), b.read(page(1) + IPC_REPLY_POP));
            assertEquals(0xB, b.read(page(1) + IPC_REPLY_DATA));
            assertTaskWord(task(0x100, 2), b.read(page(1) + IPC_REPLY_POP));
            assertEquals(0xA, b.read(page(1) + IPC_REPLY_DATA));
        });
    }

    @Test
    void aTokenLessReplyAnswersTheCurrentMessageAndOthersStayInService() {
        sim(CFG, "ipc_token_current", b -> {
            sendMany(b, 1, 2, 2);
            long first = b.read(page(2) + IPC_TAKE);
            b.read(page(2) + IPC_TAKE);
            b.write(page(2) + IPC_REPLY, 0x7FFF_FFFFL);   // valid clear: the current (second) message, other bits ignored
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(1, b.read(page(2) + IPC_STATUS), "the first stays in service, none current");
            b.write(page(2) + IPC_REPLY, 0);
            assertEquals(NO_MESSAGE, b.read(page(2) + IPC_ERROR));
            b.write(page(2) + IPC_REPLY, first);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(0, b.read(page(2) + IPC_STATUS));
        });
    }

    @Test
    void aStaleTokenIsRefusedAndChangesNothing() {
        sim(CFG, "ipc_token_stale", b -> {
            sendMany(b, 1, 2, 1);
            long token = b.read(page(2) + IPC_TAKE);
            b.write(page(2) + IPC_REPLY, token);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            sendMany(b, 1, 2, 1);                          // reuses the slot
            long again = b.read(page(2) + IPC_TAKE);
            assertEquals(slotOf(token), slotOf(again), "the lowest free slot again");
            List<Long> before = state(b, 2, 1);
            b.write(page(2) + IPC_REPLY, token);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR), "answered already: the tag differs");
            assertEquals(before, state(b, 2, 1), "nothing changed");
            b.write(page(2) + IPC_REPLY, again);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            b.write(page(2) + IPC_REPLY, again);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR), "answered: the slot is free");
        });
    }

    @Test
    void aForeignTokenIsRefused() {
        sim(CFG, "ipc_token_foreign", b -> {
            sendMany(b, 1, 2, 1);
            sendMany(b, 1, 3, 1);
            long mine = b.read(page(2) + IPC_TAKE), theirs = b.read(page(3) + IPC_TAKE);
            assertEquals(slotOf(mine), slotOf(theirs), "same slot and tag, different owners");
            List<Long> before = state(b, 2, 1);
            b.write(page(2) + IPC_REPLY, theirs);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR));
            assertEquals(before, state(b, 2, 1), "nothing changed");
            assertEquals(1 | (1L << 8), b.read(page(3) + IPC_STATUS), "the owner's message is untouched");
            b.write(page(3) + IPC_REPLY, theirs);
            b.write(page(2) + IPC_REPLY, mine);
            assertEquals(0, b.read(page(2) + IPC_ERROR) | b.read(page(3) + IPC_ERROR));
        });
    }

    @Test
    void aTokenForASlotNeverTakenIsRefused() {
        sim(CFG, "ipc_token_untaken", b -> {
            sendMany(b, 1, 2, 2);
            long taken = b.read(page(2) + IPC_TAKE);
            long waitingSlot = slotOf(taken) ^ 1;          // the second message waits in the other slot
            List<Long> before = state(b, 2, 1);
            long forged = (taken & ~(((1L << SLOT_BITS) - 1) << SLOT_LSB)) | (waitingSlot << SLOT_LSB);
            b.write(page(2) + IPC_REPLY, forged);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR), "a waiting message is not in service");
            b.write(page(2) + IPC_REPLY, (1L << 31) | (2L << OWNER_LSB) | (3L << SLOT_LSB) | (1L << TAG_LSB));
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR), "a free slot");
            b.write(page(2) + IPC_REPLY, (1L << 31) | (2L << OWNER_LSB) | ((long) CFG.mailboxDepth() << SLOT_LSB));
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR), "a slot beyond the depth");
            b.write(page(4) + IPC_REPLY, (1L << 31) | (4L << OWNER_LSB));
            assertEquals(BAD_TOKEN, b.read(page(4) + IPC_ERROR), "an empty inbox");
            assertEquals(before, state(b, 2, 1), "nothing changed");
            long next = b.read(page(2) + IPC_TAKE);
            assertEquals(waitingSlot, slotOf(next), "the waiting message is taken normally");
            assertEquals(1002, b.read(page(2) + IPC_RX + 16));
        });
    }

    @Test
    void aFullInboxWithEverySlotInServiceRefusesUntilOneIsAnswered() {
        sim(CFG, "ipc_token_full", b -> {
            int d = CFG.mailboxDepth();
            sendMany(b, 1, 2, d);
            long[] tokens = new long[d];
            for (int i = 0; i < d; i++) tokens[i] = b.read(page(2) + IPC_TAKE);
            assertEquals(0, b.read(page(2) + IPC_TAKE), "nothing waiting");
            assertEquals(d | (1L << 8), b.read(page(2) + IPC_STATUS), "every slot in service, the last current");
            stage(b, CFG, 1, 0, 99);                       // one-way: the caller's reply box holds the other d replies
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertEquals(MAILBOX_FULL, b.read(page(1) + IPC_ERROR));
            b.write(page(2) + IPC_REPLY, tokens[1]);       // a middle one frees its slot
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertEquals(0, b.read(page(1) + IPC_ERROR), "room again");
            long next = b.read(page(2) + IPC_TAKE);
            assertEquals(slotOf(tokens[1]), slotOf(next), "it took the freed slot");
            assertEquals(99 * 1000 + 2, b.read(page(2) + IPC_RX + 16));
            for (int i = d - 1; i >= 0; i--) if (i != 1) b.write(page(2) + IPC_REPLY, tokens[i]);
            b.write(page(2) + IPC_REPLY, next);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(0, b.read(page(2) + IPC_STATUS) & 0x1FF);
        });
    }

    @Test
    void receiveFinishesOnlyTheCurrentMessage() {
        sim(CFG, "ipc_token_receive", b -> {
            sendMany(b, 1, 2, 3);
            long first = b.read(page(2) + IPC_TAKE);
            b.read(page(2) + IPC_TAKE);
            long third = b.read(page(2) + IPC_RECEIVE);    // finishes the second (unanswered), takes the third
            assertEquals(2 | (1L << 8), b.read(page(2) + IPC_STATUS));
            assertEquals(2002, b.read(page(2) + IPC_RX + 16));
            b.write(page(2) + IPC_REPLY, first);
            b.write(page(2) + IPC_REPLY, third);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(2L << 16, b.read(page(1) + IPC_STATUS), "two replies; the finished message got none");
        });
    }

    @Test
    void scrubDropsMessagesInServiceAndTheirTokens() {
        sim(CFG, "ipc_token_scrub", b -> {
            sendMany(b, 1, 2, 3);
            long a = b.read(page(2) + IPC_TAKE), c = b.read(page(2) + IPC_TAKE);
            b.write(IPC_SCRUB, 2);
            assertEquals(0, b.read(page(2) + IPC_STATUS));
            b.write(page(2) + IPC_REPLY, a);
            b.write(page(2) + IPC_REPLY, c);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR), "tokens of a scrubbed inbox are stale");
            sendMany(b, 1, 2, 1);                          // the handler was unregistered: sendMany registers it again
            long fresh = b.read(page(2) + IPC_TAKE);
            assertEquals(slotOf(a), slotOf(fresh));
            assertNotEquals(a, fresh, "the tag moved on: the old token stays stale");
            b.write(page(2) + IPC_REPLY, a);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR));
            b.write(page(2) + IPC_REPLY, fresh);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
        });
    }

    @Test
    void resetForgetsMessagesInService() {
        sim(CFG, "ipc_token_reset", b -> {
            sendMany(b, 1, 2, 2);
            long a = b.read(page(2) + IPC_TAKE);
            b.read(page(2) + IPC_TAKE);
            b.reset();
            assertEquals(0, b.read(page(2) + IPC_STATUS));
            b.write(page(2) + IPC_REPLY, a);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR));
            sendMany(b, 1, 2, 1);
            assertEquals(a, b.read(page(2) + IPC_TAKE), "tags restart after reset: the first take of slot 0 again");
            b.write(page(2) + IPC_REPLY, a);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
        });
    }

    @Test
    void aTokenWrittenToTakeMakesItsMessageCurrentAgain() {
        sim(CFG, "ipc_token_select", b -> {
            sendMany(b, 1, 2, 2);
            long first = b.read(page(2) + IPC_TAKE), second = b.read(page(2) + IPC_TAKE);
            assertEquals(1002, b.read(page(2) + IPC_RX + 16));
            b.write(page(2) + IPC_TAKE, first);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(2, b.read(page(2) + IPC_RX + 16), "the first message's words again");
            b.write(page(2) + IPC_REPLY, 0);               // the token-less reply answers the selected message
            assertEquals(1, b.read(page(2) + IPC_STATUS), "the second stays in service, none current");
            assertEquals(0, b.read(page(2) + IPC_RX + 16));
            List<Long> before = state(b, 2, 1);
            b.write(page(2) + IPC_TAKE, first);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR), "answered: nothing to select");
            b.write(page(2) + IPC_TAKE, 0);
            assertEquals(BAD_TOKEN, b.read(page(2) + IPC_ERROR), "valid clear names nothing");
            assertEquals(before, state(b, 2, 1), "nothing changed");
            b.write(page(2) + IPC_TAKE, second);
            assertEquals(1002, b.read(page(2) + IPC_RX + 16));
            b.write(page(2) + IPC_REPLY, second);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(0, b.read(page(2) + IPC_STATUS));
        });
    }
}
