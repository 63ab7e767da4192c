package taskintc.tests;

import static taskintc.sim.TaskWords.assertTaskWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskintc.model.IpcModel.*;
import static taskintc.model.RegisterModel.*;
import static taskintc.spec.TaskIntcRegisters.IPC_REPLY_TO_READY_CYCLES;
import static taskintc.spec.TaskIntcRegisters.IPC_SEND_TO_READY_CYCLES;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import taskintc.bench.Latencies;
import taskintc.sim.BusBench;
import taskintc.sim.BusMaster.Access;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * Directed IPC cases through the AXI4-Lite bus: a full round trip, each refusal and that it changes nothing,
 * the system-call path, preemption, isolation (no access through one context's region touches another's
 * mailbox), the corner cases the register map states. Full inboxes, reply boxes, pools and delivery queues are in
 * {@link IpcBackPressureTest}; what reads 0 after a scrub or a reset in {@link IpcClearingTest}. Every access is also checked against the reference model by the bench.
 */
class IpcDirectedTest {
    static final TaskIntcConfig CFG = Configs.DEFAULT;
    static final TaskIntcConfig SMALL = Configs.SMALL_IPC;

    static void sim(TaskIntcConfig cfg, String name, Consumer<BusBench> body) {
        SimRun.run(w -> SimModels.top(cfg, w), name, 11, dut -> body.accept(new BusBench(dut, cfg, new Random(11), 0)));
    }

    static long page(int c) {
        return contextPage4k(c);
    }

    static long task(long tcb, int prio) {
        return TaskWord.make(tcb << 6, prio, false);
    }

    static void grant(BusBench b, int sender, int receiver, int channel, boolean allow) {
        b.write(IPC_GRANT, sender | ((long) receiver << 8) | ((long) channel << 16) | (allow ? 1L << 31 : 0));
    }

    /** Stages a message: info pointer, reply task, type, then arguments derived from {@code seed}. */
    static long[] stage(BusBench b, TaskIntcConfig cfg, int ctx, long replyTask, long seed) {
        long[] words = new long[cfg.messageWords()];
        for (int i = 0; i < words.length; i++) {
            words[i] = i == 1 ? replyTask : seed * 1000 + i;
            b.write(page(ctx) + IPC_MESSAGE + 8L * i, words[i]);
        }
        return words;
    }

    /** A received-message header without its token: valid, channel, sender. */
    static long header(long received) {
        return received & ((1L << 31) | 0xFFF);
    }

    static long send(int receiver, int channel) {
        return receiver | ((long) channel << 8);
    }

    @Test
    void roundTripCarriesMessageAndResultAndWakesBothSides() {
        sim(CFG, "ipc_round_trip", b -> {
            long handler = task(0x200, 3), caller = task(0x100, 2);
            grant(b, 1, 2, 0, true);
            b.write(page(2) + IPC_HANDLER, handler);
            assertTaskWord(handler, b.read(page(2) + IPC_HANDLER));
            long[] msg = stage(b, CFG, 1, caller, 7);
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertEquals(0, b.read(page(1) + IPC_ERROR));
            assertTaskWord(handler, b.read(page(2) + DEQUEUE), "the receiver's handler is ready");
            assertEquals(1, b.read(page(2) + IPC_STATUS));
            assertEquals((1L << 31) | 1, header(b.read(page(2) + IPC_RECEIVE)), "sender 1, channel 0");
            for (int i = 0; i < msg.length; i++) assertEquals(msg[i], b.read(page(2) + IPC_RX + 8L * i));
            long[] res = new long[CFG.resultWords()];
            for (int i = 0; i < res.length; i++) b.write(page(2) + IPC_RESULT + 8L * i, res[i] = 0xABC0 + i);
            assertTaskWord(0, b.read(page(1) + DEQUEUE), "nothing for the caller before the reply");
            b.write(page(2) + IPC_REPLY, 0);
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(0, b.read(page(2) + IPC_STATUS), "the message is finished");
            assertTaskWord(caller, b.read(page(1) + DEQUEUE), "the reply wakes the caller's task");
            assertEquals(1L << 16, b.read(page(1) + IPC_STATUS));
            assertEquals(caller, b.read(page(1) + IPC_REPLY_POP));
            for (int i = 0; i < res.length; i++) assertEquals(res[i], b.read(page(1) + IPC_REPLY_DATA + 8L * i));
            assertEquals(0, b.read(page(1) + IPC_REPLY_POP), "reply box empty");
            assertEquals(0, b.read(page(1) + IPC_REPLY_DATA), "no current reply reads 0");
            assertEquals(0, b.read(page(1) + IPC_STATUS));
        });
    }

    @Test
    void refusalsSetOneErrorAndChangeNothing() {
        sim(CFG, "ipc_refusals", b -> {
            long handler = task(0x300, 1);
            long[] msg = stage(b, CFG, 1, task(0x40, 0), 3);
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertEquals(NO_CAPABILITY, b.read(page(1) + IPC_ERROR));
            grant(b, 1, 2, 0, true);
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertEquals(NO_HANDLER, b.read(page(1) + IPC_ERROR));
            b.write(page(1) + IPC_SEND, send(CFG.contexts(), 0));
            b.write(page(1) + IPC_SEND, send(2, CFG.ipcChannels()));
            assertEquals(BAD_TARGET, b.read(page(1) + IPC_ERROR));
            b.write(page(2) + IPC_HANDLER, task(0x300, CFG.priorities()));
            assertEquals(BAD_TASK, b.read(page(2) + IPC_ERROR), "handler priority beyond the levels");
            assertTaskWord(0, b.read(page(2) + IPC_HANDLER), "not registered");
            b.write(page(2) + IPC_HANDLER, handler);
            b.write(page(1) + IPC_MESSAGE + 8, task(0x40, CFG.priorities()));
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertEquals(BAD_TASK, b.read(page(1) + IPC_ERROR), "reply task priority beyond the levels");
            b.write(page(1) + IPC_MESSAGE + 8, msg[1]);
            assertEquals(0, b.read(page(2) + IPC_STATUS));
            assertEquals(0, b.read(page(2) + COUNT), "no refused send made the handler ready");
            for (int i = 0; i < msg.length; i++) assertEquals(msg[i], b.read(page(1) + IPC_MESSAGE + 8L * i), "still staged");
            b.write(page(3) + IPC_REPLY, 0);
            assertEquals(NO_MESSAGE, b.read(page(3) + IPC_ERROR));
            // Revoking works; the control-page error register reports bad grants.
            grant(b, 1, 2, 0, false);
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertEquals(NO_CAPABILITY, b.read(page(1) + IPC_ERROR));
            grant(b, CFG.contexts(), 2, 0, true);
            b.write(IPC_SYSCALL_CONTEXT, CFG.contexts());
            assertEquals(BAD_TARGET, b.read(IPC_CONTROL_ERROR));
            assertEquals(0, b.read(IPC_CONTROL_ERROR), "read clears");
        });
    }

    /** The register map's delivery times: a send's handler, and a reply's task, which decides a cycle after it executes. */
    @Test
    void transfersMakeTheirTasksReadyWhenTheRegisterMapSays() {
        assertEquals(IPC_SEND_TO_READY_CYCLES, Latencies.ipcSendToReady(CFG), "send accepted to handler dequeueable");
        assertEquals(IPC_REPLY_TO_READY_CYCLES, Latencies.ipcReplyToReady(CFG), "reply accepted to caller dequeueable");
    }

    /**
     * The register map's wait behind ipc_reply: the next IPC access is accepted 3 cycles after a reply (it decides in
     * the cycle after it executes), and after an accepted reply once its result is copied.
     */
    @Test
    void theAccessBehindAReplyWaitsForItsDecisionAndItsCopy() {
        sim(CFG, "ipc_reply_wait", b -> {
            b.acceptedAt = new java.util.IdentityHashMap<>();
            long handler = task(0x200, 3), caller = task(0x100, 2);
            grant(b, 1, 2, 0, true);
            b.write(page(2) + IPC_HANDLER, handler);
            // Refused (no message current): the next access waits for the decision only.
            assertEquals(3, acceptedAfter(b, Access.write(page(2) + IPC_REPLY, 0), Access.read(page(2) + IPC_ERROR)));
            stage(b, CFG, 1, caller, 3);
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertTaskWord(handler, b.read(page(2) + DEQUEUE));
            b.read(page(2) + IPC_RECEIVE);
            // Accepted: then its result is copied, one word a cycle.
            assertEquals(4 + CFG.resultWords(), acceptedAfter(b, Access.write(page(2) + IPC_REPLY, 0), Access.read(page(2) + IPC_ERROR)));
            assertTaskWord(caller, b.read(page(1) + DEQUEUE));
            assertEquals(caller, b.read(page(1) + IPC_REPLY_POP));
        });
    }

    @Test
    void theAccessBehindASendWaitsForItsDecisionAndItsCopy() {
        // The register map (ipc_send): the next IPC access is accepted 2 cycles after a refused send, 3 + M after an
        // accepted one (M message words copied, one a cycle).
        sim(CFG, "ipc_send_wait", b -> {
            b.acceptedAt = new java.util.IdentityHashMap<>();
            grant(b, 1, 2, 0, true);
            stage(b, CFG, 1, task(0x100, 2), 3);
            assertEquals(2, acceptedAfter(b, Access.write(page(1) + IPC_SEND, send(2, 0)), Access.read(page(1) + IPC_ERROR)),
                    "refused: NO_HANDLER");
            b.write(page(2) + IPC_HANDLER, task(0x200, 3));
            assertEquals(3 + CFG.messageWords(), acceptedAfter(b, Access.write(page(1) + IPC_SEND, send(2, 0)),
                    Access.read(page(1) + IPC_ERROR)));
            assertEquals(0, b.read(page(1) + IPC_ERROR));
            // ipc_syscall: the same, to the kernel context (0 after reset) on channel K.
            assertEquals(2, acceptedAfter(b, Access.write(page(1) + IPC_SYSCALL, 0), Access.read(page(1) + IPC_ERROR)),
                    "refused: NO_HANDLER");
            b.write(page(0) + IPC_HANDLER + 8L * CFG.ipcChannels(), task(0x300, 1));
            assertEquals(3 + CFG.messageWords(), acceptedAfter(b, Access.write(page(1) + IPC_SYSCALL, 0),
                    Access.read(page(1) + IPC_ERROR)));
            assertEquals(0, b.read(page(1) + IPC_ERROR));
        });
    }

    @Test
    void anAccessThatReadsWhatTheOneAheadChangedWaitsOneCycle() {
        // The register map: right behind an ipc_take, ipc_receive or ipc_reply_pop, or a write of ipc_message, ipc_result
        // or ipc_handler, an ipc_send, ipc_syscall or ipc_reply write or an ipc_rx, ipc_reply_data, ipc_reply_pop,
        // ipc_message, ipc_result or ipc_handler read waits one cycle, of any context; other accesses do not.
        sim(CFG, "ipc_read_after_change", b -> {
            b.acceptedAt = new java.util.IdentityHashMap<>();
            assertEquals(2, acceptedAfter(b, Access.read(page(1) + IPC_TAKE), Access.write(page(1) + IPC_SEND, send(2, 0))));
            assertEquals(2, acceptedAfter(b, Access.read(page(1) + IPC_RECEIVE), Access.write(page(1) + IPC_REPLY, 0)));
            assertEquals(2, acceptedAfter(b, Access.read(page(1) + IPC_REPLY_POP), Access.write(page(1) + IPC_SEND, send(2, 0))));
            assertEquals(1, acceptedAfter(b, Access.read(page(1) + IPC_STATUS), Access.write(page(1) + IPC_SEND, send(2, 0))));
            assertEquals(2, acceptedAfter(b, Access.write(page(1) + IPC_MESSAGE, 5), Access.read(page(2) + IPC_RX)), "another context");
            assertEquals(2, acceptedAfter(b, Access.write(page(1) + IPC_RESULT, 5), Access.read(page(1) + IPC_REPLY_DATA)));
            assertEquals(2, acceptedAfter(b, Access.write(page(1) + IPC_HANDLER, 0), Access.read(page(1) + IPC_MESSAGE)));
            assertEquals(2, acceptedAfter(b, Access.write(page(1) + IPC_MESSAGE, 5), Access.read(page(1) + IPC_REPLY_POP)));
            assertEquals(1, acceptedAfter(b, Access.write(page(1) + IPC_MESSAGE, 5), Access.read(page(1) + IPC_STATUS)));
            assertEquals(1, acceptedAfter(b, Access.write(page(1) + IPC_MESSAGE, 5), Access.read(page(1) + IPC_TAKE)));
        });
    }

    @Test
    void aHandlerWordWithoutAPointerUnregistersAndABadPriorityKeepsTheHandler() {
        // The register map (ipc_handler, BAD_TASK): a word with a zero pointer unregisters whatever its low bits; a word
        // naming a task beyond the levels is refused and the registered handler stays.
        sim(CFG, "ipc_handler_words", b -> {
            long good = task(0x200, 3);
            b.write(page(2) + IPC_HANDLER, good);
            b.write(page(2) + IPC_HANDLER, (0x300L << 6) | ((long) CFG.priorities() << 1));
            assertEquals(BAD_TASK, b.read(page(2) + IPC_ERROR));
            assertEquals(good, b.read(page(2) + IPC_HANDLER), "still registered");
            b.write(page(2) + IPC_HANDLER, ((long) CFG.priorities() << 1) | 1);   // no pointer, a bad priority, preempt
            assertEquals(0, b.read(page(2) + IPC_ERROR));
            assertEquals(0, b.read(page(2) + IPC_HANDLER), "unregistered");
            grant(b, 1, 2, 0, true);
            stage(b, CFG, 1, task(0x100, 2), 3);
            b.write(page(1) + IPC_SEND, send(2, 0));
            assertEquals(NO_HANDLER, b.read(page(1) + IPC_ERROR));
        });
    }

    /** Cycles between the acceptance of {@code first} and of {@code next}, issued as soon as {@code first} is accepted. */
    private static long acceptedAfter(BusBench b, Access first, Access next) {
        long accepted = b.submitUntilAccepted(first);
        b.run(next);
        return b.acceptedAt.get(next) - accepted;
    }

    @Test
    void systemCallsGoToTheKernelContextWithoutAGrant() {
        sim(CFG, "ipc_syscall", b -> {
            int k = CFG.ipcChannels(), kernel = 0, user = 5;
            long kh = task(0x700, 0), ut = task(0x701, 6);
            b.write(page(kernel) + IPC_HANDLER + 8L * k, kh);
            stage(b, CFG, user, ut, 64);
            b.write(page(user) + IPC_SYSCALL, 0);
            assertEquals(0, b.read(page(user) + IPC_ERROR));
            assertTaskWord(kh, b.read(page(kernel) + DEQUEUE));
            assertEquals((1L << 31) | ((long) k << 8) | user, header(b.read(page(kernel) + IPC_RECEIVE)));
            assertEquals(64_002, b.read(page(kernel) + IPC_RX + 16), "the syscall number (type word)");
            b.write(page(kernel) + IPC_RESULT, 42);
            b.write(page(kernel) + IPC_REPLY, 0);
            b.idle(4); // the woken task reaches its ready queue 4 cycles after the reply is accepted
            assertTaskWord(ut, b.read(page(user) + DEQUEUE));
            assertEquals(ut, b.read(page(user) + IPC_REPLY_POP));
            assertEquals(42, b.read(page(user) + IPC_REPLY_DATA));
            // Another kernel context: the old one no longer receives system calls.
            b.write(IPC_SYSCALL_CONTEXT, 7);
            b.write(page(user) + IPC_SYSCALL, 0);
            assertEquals(NO_HANDLER, b.read(page(user) + IPC_ERROR));
            b.write(page(7) + IPC_HANDLER + 8L * k, kh);
            b.write(page(user) + IPC_SYSCALL, 0);
            b.idle(3);
            assertTaskWord(kh, b.read(page(7) + DEQUEUE));
            assertEquals(0, b.read(page(kernel) + IPC_STATUS));
        });
    }

    @Test
    void aPreemptingHandlerInterruptsTheHartRunningTheReceiver() {
        sim(CFG, "ipc_preempt", b -> {
            grant(b, 1, 2, 0, true);
            b.write(HART_CONTEXT + 8L * 3, (1L << 31) | 2);
            b.write(page(2) + ENQUEUE, task(0x50, 6));
            assertTaskWord(task(0x50, 6), b.read(page(2) + DEQUEUE + 8L * 3), "hart 3 runs a priority-6 task of context 2");
            b.write(page(2) + IPC_HANDLER, TaskWord.make(0x60 << 6, 1, true));
            stage(b, CFG, 1, 0, 5);
            b.write(page(1) + IPC_SEND, send(2, 0));
            b.idle(4);
            assertEquals(1L << 3, b.read(USIP));
            b.checkInterruptPins();
            // A receiver no hart runs: the kernel is notified instead.
            grant(b, 1, 4, 0, true);
            b.write(page(4) + IPC_HANDLER, task(0x61, 2));
            b.write(page(1) + IPC_SEND, send(4, 0));
            b.idle(4);
            b.checkInterruptPins();
            assertEquals((1L << 31) | 4, b.read(NOTIFY));
        });
    }

    /**
     * Isolation: every IPC register of one context's region, read and written with random data, leaves
     * another context's staged message, handlers, inbox (and its current message) and replies as they were.
     */
    @Test
    void noContextReachesAnotherContextsMailbox() {
        sim(CFG, "ipc_isolation", b -> {
            int victim = 2, attacker = 3;
            Random rnd = new Random(5);
            grant(b, 1, victim, 0, true);
            grant(b, attacker, 1, 0, true);
            b.write(page(victim) + IPC_HANDLER, task(0x80, 1));
            b.write(page(1) + IPC_HANDLER, task(0x81, 1));
            long[] staged = stage(b, CFG, victim, task(0x82, 2), 11);
            for (int i = 0; i < CFG.resultWords(); i++) b.write(page(victim) + IPC_RESULT + 8L * i, 0x5000 + i);
            stage(b, CFG, 1, task(0x83, 2), 12);
            b.write(page(1) + IPC_SEND, send(victim, 0));
            b.write(page(1) + IPC_SEND, send(victim, 0));
            long victimToken = b.read(page(victim) + IPC_RECEIVE);
            List<Long> before = snapshot(b, victim);
            // The victim's own token, written through the attacker's region, is foreign there.
            b.write(page(attacker) + IPC_REPLY, victimToken);
            b.write(page(attacker) + IPC_TAKE, victimToken);
            assertEquals(BAD_TOKEN, b.read(page(attacker) + IPC_ERROR));
            List<Long> offsets = new ArrayList<>();
            for (long o = 0x040; o <= 0x078; o += 8) offsets.add(o);
            for (int i = 0; i <= CFG.ipcChannels(); i++) offsets.add((long) IPC_HANDLER + 8L * i);
            for (int i = 0; i < CFG.resultWords(); i++) { offsets.add((long) IPC_RESULT + 8L * i); offsets.add((long) IPC_REPLY_DATA + 8L * i); }
            for (int i = 0; i < CFG.messageWords(); i++) { offsets.add((long) IPC_MESSAGE + 8L * i); offsets.add((long) IPC_RX + 8L * i); }
            for (long o : offsets) {
                b.run(Access.write(page(attacker) + o, victim | ((long) rnd.nextInt(4) << 8) | (rnd.nextLong() & ~0xFFFL)));
                b.run(Access.read(page(attacker) + o));
            }
            assertEquals(before, snapshot(b, victim), "the victim's mailbox is unchanged");
            for (int i = 0; i < staged.length; i++) assertEquals(staged[i], b.read(page(victim) + IPC_MESSAGE + 8L * i));
            assertEquals(taskintc.model.SchedulerModel.BAD_ACCESS, b.read(page(attacker) + ERROR) & taskintc.model.SchedulerModel.BAD_ACCESS,
                    "writes to the attacker's read-only IPC registers are reported to it");
            assertTrue(b.errorsSeen > 0, "writes to read-only IPC registers are bus errors");
        });
    }

    /** Staged words read 0 until written; ipc_scrub gives a context a clean mailbox for its next owner. */
    @Test
    void statedCornerCases() {
        sim(SMALL, "ipc_corners", b -> {
            int k = SMALL.ipcChannels();
            long h0 = task(0x20, 1), h1 = task(0x21, 1);
            // Channel K (system calls) is neither a send nor a grant target.
            b.write(page(0) + IPC_HANDLER + 8L * k, h0);
            grant(b, 1, 0, k, true);
            assertEquals(BAD_TARGET, b.read(IPC_CONTROL_ERROR), "grant on channel K");
            stage(b, SMALL, 1, 0, 1);
            b.write(page(1) + IPC_SEND, send(0, k));
            assertEquals(BAD_TARGET, b.read(page(1) + IPC_ERROR), "send on channel K");
            // Sending to oneself works like any send, with the grant (c, c, k).
            b.write(page(1) + IPC_HANDLER, h1);
            b.write(page(1) + IPC_SEND, send(1, 0));
            assertEquals(NO_CAPABILITY, b.read(page(1) + IPC_ERROR));
            grant(b, 1, 1, 0, true);
            b.write(page(1) + IPC_SEND, send(1, 0));
            assertEquals(0, b.read(page(1) + IPC_ERROR));
            assertEquals((1L << 31) | 1, header(b.read(page(1) + IPC_RECEIVE)), "its own message, from itself");
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(h1, b.read(page(1) + DEQUEUE));
            // A reply task word with a null pointer and non-zero low bits wants no reply.
            grant(b, 0, 1, 0, true);
            stage(b, SMALL, 0, 0x3F, 2);
            b.write(page(0) + IPC_SEND, send(1, 0));
            b.read(page(1) + IPC_RECEIVE);
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(0, b.read(page(1) + IPC_ERROR));
            assertEquals(0, b.read(page(0) + IPC_STATUS), "no reply queued for a null task word");
            assertEquals(h1, b.read(page(1) + DEQUEUE));
            // A reply when the caller's reply box is full: MAILBOX_FULL, the message stays current, the result staged.
            long caller = task(0x30, 1);
            stage(b, SMALL, 0, caller, 3);
            b.write(page(0) + IPC_SEND, send(1, 0));
            b.write(page(0) + IPC_SEND, send(1, 0));
            b.read(page(1) + IPC_RECEIVE);
            b.write(page(1) + IPC_REPLY, 0);
            b.write(page(0) + IPC_SEND, send(1, 0));
            b.read(page(1) + IPC_RECEIVE);
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(0, b.read(page(0) + IPC_ERROR) | b.read(page(1) + IPC_ERROR));
            assertEquals((long) SMALL.mailboxDepth() << 16, b.read(page(0) + IPC_STATUS), "the caller's reply box is full");
            b.write(page(1) + IPC_RESULT, 0x55);
            assertEquals(1L << 31, header(b.read(page(1) + IPC_RECEIVE)), "the third message, from context 0");
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(MAILBOX_FULL, b.read(page(1) + IPC_ERROR), "no room in the caller's reply box");
            assertEquals(1 | (1L << 8), b.read(page(1) + IPC_STATUS) & 0x1FF, "the message stays current");
            assertEquals(0x55, b.read(page(1) + IPC_RESULT), "the result stays staged");
            b.read(page(0) + IPC_REPLY_POP);
            b.read(page(0) + IPC_REPLY_POP);
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(0, b.read(page(1) + IPC_ERROR), "room again: the reply goes through");
            while (b.read(page(0) + IPC_REPLY_POP) != 0) b.read(page(0) + IPC_REPLY_DATA);
            // An out-of-range system-call context is refused and changes nothing.
            b.write(IPC_SYSCALL_CONTEXT, 1);
            b.write(IPC_SYSCALL_CONTEXT, SMALL.contexts());
            assertEquals(BAD_TARGET, b.read(IPC_CONTROL_ERROR));
            b.write(page(1) + IPC_HANDLER + 8L * k, h1);
            b.write(page(0) + IPC_SYSCALL, 0);
            assertEquals(0, b.read(page(0) + IPC_ERROR), "system calls still go to context 1");
            assertEquals((1L << 31) | ((long) k << 8), header(b.read(page(1) + IPC_RECEIVE)));
            b.read(page(1) + IPC_RECEIVE);
            // Revoking a grant refuses later sends; messages already queued stay, and can be received and answered.
            b.write(page(0) + IPC_SEND, send(1, 0));
            grant(b, 0, 1, 0, false);
            b.write(page(0) + IPC_SEND, send(1, 0));
            assertEquals(NO_CAPABILITY, b.read(page(0) + IPC_ERROR));
            assertEquals((1L << 31) | 0, header(b.read(page(1) + IPC_RECEIVE)), "the queued message survives the revocation");
            b.write(page(1) + IPC_REPLY, 0);
            assertEquals(0, b.read(page(1) + IPC_ERROR));
        });
    }

    private static List<Long> snapshot(BusBench b, int c) {
        List<Long> s = new ArrayList<>();
        s.add(b.read(page(c) + IPC_STATUS));
        for (int i = 0; i <= CFG.ipcChannels(); i++) s.add(b.read(page(c) + IPC_HANDLER + 8L * i));
        for (int i = 0; i < CFG.messageWords(); i++) s.add(b.read(page(c) + IPC_RX + 8L * i));
        for (int i = 0; i < CFG.resultWords(); i++) s.add(b.read(page(c) + IPC_RESULT + 8L * i));
        return s;
    }
}
