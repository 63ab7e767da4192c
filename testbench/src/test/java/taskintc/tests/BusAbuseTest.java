package taskintc.tests;

import static taskintc.sim.TaskWords.assertTaskWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taskintc.model.RegisterModel.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import taskintc.sim.Axi4Master;
import taskintc.sim.BusBench;
import taskintc.sim.BusMaster.Access;
import taskintc.sim.BusMaster.Completion;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.spec.BusKind;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * Protocol abuse on every bus (AXI4-Lite, AXI4 with unsolicited bursts, APB3, Wishbone), under heavy random back-pressure and stalls
 * on every channel: every register accessed in the wrong direction, misaligned, partial-width and
 * unmapped accesses (offsets and whole pages), narrow reads, and reset in the middle of traffic. Each refused access
 * must give the bus error (and read 0), each answer must match the register model (checked by the
 * bench), and the tasks queued before the abuse must come out afterwards, complete and in order.
 * Uses the small configuration with IPC, whose bus variants the bus regression compiles anyway.
 */
class BusAbuseTest {
    static final int STALL_PERCENT = 70;

    static Stream<TaskIntcConfig> buses() {
        return Configs.selected(Stream.of(BusKind.AXI4LITE, BusKind.AXI4, BusKind.APB3, BusKind.WISHBONE, BusKind.TILELINK)
                .map(b -> Configs.SMALL_IPC.toBuilder().bus(b).build()));
    }

    static long task(long tcb, int prio) {
        return TaskWord.make(tcb << 6, prio, false);
    }

    /** Queues a known set of tasks in every context; returns each context's expected dequeue order. */
    static List<List<Long>> queueKnownTasks(BusBench b, Random rnd) {
        TaskIntcConfig cfg = b.cfg;
        for (int i = 0; i < cfg.capacity() / 2; i++) {
            int c = rnd.nextInt(cfg.contexts());
            long w = task(0x100 + i, rnd.nextInt(cfg.priorities()));
            b.write(b.ctxPage(c) + (rnd.nextInt(4) == 0 ? ENQUEUE_HEAD : ENQUEUE), w);
        }
        List<List<Long>> expected = new ArrayList<>();
        for (int c = 0; c < cfg.contexts(); c++) {
            List<Long> order = new ArrayList<>();
            for (int p = 0; p < cfg.priorities(); p++) order.addAll(List.of(b.scheduler.queue(c, p)));
            expected.add(order);
        }
        return expected;
    }

    /** Dequeues every context until empty and compares with the order expected. */
    static void drainAndCompare(BusBench b, List<List<Long>> expected) {
        for (int c = 0; c < b.cfg.contexts(); c++) {
            List<Long> got = new ArrayList<>();
            for (long w; (w = b.read(b.ctxPage(c) + DEQUEUE)) != 0; ) got.add(w);
            if (!expected.get(c).equals(got))
                throw new AssertionError("context " + c + " lost, duplicated or reordered a task: expected " + hex(expected.get(c))
                        + " but was " + hex(got));
        }
        assertEquals(b.cfg.capacity(), b.read(POOL_FREE), "every pool entry is free again");
    }

    static java.util.List<String> hex(List<Long> words) {
        return words.stream().map(w -> "0x" + Long.toHexString(w)).toList();
    }

    /** Every access the register map refuses, for this bus (Wishbone cannot express a misaligned address). */
    static List<Access> refusedAccesses(BusBench b) {
        TaskIntcConfig cfg = b.cfg;
        List<Access> bad = new ArrayList<>();
        long page = b.ctxPage(1);
        long w = task(0x3F, 0);
        // Writes to read-only registers.
        List<Long> readOnly = new ArrayList<>(List.of(page + COUNT, page + LEVELS, page + ERROR,
                (long) ID, (long) PARAMS, (long) POOL_FREE, (long) CONTROL_ERROR, (long) NOTIFY, (long) USIP));
        for (int h = 0; h < cfg.harts(); h++) {
            readOnly.add(page + DEQUEUE + 8L * h);
            readOnly.add(CURRENT_TASK + 8L * h);
            readOnly.add(CURRENT_CONTEXT + 8L * h);
        }
        for (int c = 0; c < cfg.contexts(); c++) {
            readOnly.add(CONTEXT_COUNT + 8L * c);
            readOnly.add(CONTEXT_LEVELS + 8L * c);
        }
        for (int s = 0; s < cfg.sources(); s++) readOnly.add(b.model.sourceStatusOffset + 8L * s);
        for (long a : readOnly) bad.add(Access.write(a, w));
        // Reads of write-only registers.
        List<Long> writeOnly = new ArrayList<>(List.of(page + ENQUEUE, page + ENQUEUE_HEAD, page + REMOVE,
                (long) GRANT, (long) SOURCE_CONFIG, (long) NIC_COALESCE, (long) INJECT, (long) NOTIFY_HART));
        for (int h = 0; h < cfg.harts(); h++) writeOnly.add(HART_CONTEXT + 8L * h);
        for (int s = 0; s < cfg.sources(); s++) writeOnly.add(page + b.model.waitOffset + 8L * s);
        for (int s = 0; s < cfg.sources(); s++) writeOnly.add(page + b.model.cancelWaitOffset + 8L * s);
        for (long a : writeOnly) bad.add(Access.read(a));
        // Unmapped offsets: past the per-hart and per-context arrays, holes between registers.
        bad.add(Access.read(page + DEQUEUE + 8L * cfg.harts()));
        bad.add(Access.read(CURRENT_TASK + 8L * cfg.harts()));
        bad.add(Access.write(HART_CONTEXT + 8L * cfg.harts(), 1L << 31));
        bad.add(Access.read(CONTEXT_COUNT + 8L * cfg.contexts()));
        // Past the cancel_wait array, which follows the wait array (unless it ends the region).
        if (cfg.sources() > 0 && b.model.cancelWaitOffset + 8L * cfg.sources() < b.model.region)
            bad.add(Access.write(page + b.model.cancelWaitOffset + 8L * cfg.sources(), w));
        bad.add(Access.read(page + 0x30));
        bad.add(Access.write(page + 0x7F8, w));
        bad.add(Access.read(0x58));
        bad.add(Access.read(b.model.region - 8));
        // Unmapped pages: every page number past the last context, up to the top of the address window.
        long pages = (1L << cfg.addressWidth()) / b.model.region;
        for (long p = cfg.contexts() + 1; p < pages; p++) {
            bad.add(Access.read(p * b.model.region + COUNT));
            bad.add(Access.write(p * b.model.region + ENQUEUE, w));
        }
        if (cfg.bus() != BusKind.WISHBONE) {
            // Misaligned: every byte offset inside a register, both directions.
            for (int off = 1; off < cfg.taskWidth() / 8; off++) {
                bad.add(Access.write(page + ENQUEUE + off, w));
                bad.add(Access.read(page + COUNT + off));
                bad.add(Access.read(POOL_FREE + off));
            }
        }
        if (cfg.bus() != BusKind.APB3) {
            // Partial-width writes (byte strobes or SEL not all set); APB3 has no strobes.
            bad.add(new Access(true, page + ENQUEUE, w, false));
            bad.add(new Access(true, (long) GRANT, 1L << 31, false));
        }
        if (cfg.bus() == BusKind.AXI4 || cfg.bus() == BusKind.WISHBONE || cfg.bus() == BusKind.TILELINK) {
            // Narrow reads (AXI4 or TileLink size, Wishbone SEL below the bus width): a narrow dequeue would lose half a task.
            for (int h = 0; h < cfg.harts(); h++) bad.add(new Access(false, page + DEQUEUE + 8L * h, 0, false));
            bad.add(new Access(false, page + COUNT, 0, false));
            bad.add(new Access(false, (long) POOL_FREE, 0, false));
        }
        return bad;
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("buses")
    void refusedAccessesGiveBusErrorsUnderBackPressureAndLoseNoTask(TaskIntcConfig cfg) {
        SimRun.random(wave -> SimModels.top(cfg, wave), "bus_abuse_refused", cfg.topName(), (dut, seed) -> {
            Random rnd = new Random(seed);
            BusBench b = new BusBench(dut, cfg, new Random(seed + 1), STALL_PERCENT);
            List<List<Long>> expected = queueKnownTasks(b, rnd);
            List<Access> bad = refusedAccesses(b);
            assertTrue(bad.size() > 40, "too few refused accesses generated: " + bad.size());
            // Twice, in random order, with refused accesses paired with good reads where the bus allows it. On AXI4 more
            // rounds (up to 20) until more than 10 of the master's unsolicited bursts, drawn at random for 5% of the
            // accesses, were refused: two rounds alone fell short with some seeds.
            Axi4Master axi4 = b.bus instanceof Axi4Master m ? m : null;
            for (int round = 0; round < 2 || axi4 != null && axi4.burstsAnswered() <= 10 && round < 20; round++) {
                java.util.Collections.shuffle(bad, rnd);
                for (Access a : bad) {
                    List<Completion> done;
                    if (b.bus.concurrent() && a.write()) done = b.run(a, Access.read(b.ctxPage(0) + COUNT));
                    else if (b.bus.concurrent()) done = b.run(a, Access.write(b.ctxPage(0) + 0x30, 0));
                    else done = b.run(a);
                    Completion c = done.stream().filter(d -> d.access() == a).findFirst().orElseThrow();
                    assertTrue(c.error(), "no bus error for " + a + " on " + cfg.bus());
                    if (!a.write()) assertEquals(0, c.data(), "a refused read returns 0");
                }
                assertEquals(taskintc.model.SchedulerModel.BAD_ACCESS, b.read(b.ctxPage(1) + ERROR), "BAD_ACCESS recorded on the page");
                assertEquals(taskintc.model.SchedulerModel.BAD_ACCESS, b.read(CONTROL_ERROR), "BAD_ACCESS recorded on the control page");
            }
            if (axi4 != null) assertTrue(axi4.burstsAnswered() > 10, "too few AXI4 bursts refused: " + axi4.burstsAnswered());
            drainAndCompare(b, expected);
        });
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("buses")
    void resetInTheMiddleOfTrafficUnderBackPressure(TaskIntcConfig cfg) {
        SimRun.random(wave -> SimModels.top(cfg, wave), "bus_abuse_reset", cfg.topName(), (dut, seed) -> {
            Random rnd = new Random(seed);
            BusBench b = new BusBench(dut, cfg, new Random(seed + 1), STALL_PERCENT);
            for (int round = 0; round < 6; round++) {
                b.random.randomTraffic(300 + rnd.nextInt(300));
                // Leave accesses in every state (waiting for a ready, accepted, answer held back), then reset.
                b.submit(Access.write(b.ctxPage(rnd.nextInt(cfg.contexts())) + ENQUEUE, task(0x777, 0)));
                if (b.bus.concurrent()) b.submit(Access.read(b.ctxPage(rnd.nextInt(cfg.contexts())) + DEQUEUE));
                for (int i = rnd.nextInt(6); i > 0; i--) b.bus.step();
                b.reset();
                assertEquals(cfg.capacity(), b.read(POOL_FREE), "reset frees the whole pool");
                for (int c = 0; c < cfg.contexts(); c++) {
                    assertEquals(0, b.read(b.ctxPage(c) + COUNT));
                    assertTaskWord(0, b.read(b.ctxPage(c) + DEQUEUE), "nothing survives a reset");
                }
                // The controller works normally after the reset: known tasks come back complete and in order.
                drainAndCompare(b, queueKnownTasks(b, rnd));
            }
        });
    }
}
