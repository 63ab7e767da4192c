package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import taskintc.sim.BusBench;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;
import taskintc.spec.BusKind;
import taskintc.spec.TaskIntcConfig;

/**
 * Randomized regression through the generated bus, with the register accesses software makes, random
 * back-pressure on every channel and a share of refused accesses; every read value and every bus error
 * compared with the register model.
 */
class BusRegressionTest {
    static final int OPS = Integer.getInteger("taskintc.busOps", 100_000);

    /** -Dtaskintc.configs=TOP[,TOP...] runs only the named configurations. */
    static Stream<TaskIntcConfig> configs() {
        return Stream.concat(Configs.regression().stream(), Configs.selected(Stream.concat(Configs.ipc().stream(), Stream.of(Configs.LARGE,
                onBus(Configs.SMALL_IPC, BusKind.APB3), onBus(Configs.SMALL_IPC, BusKind.WISHBONE), onBus(Configs.SMALL_IPC, BusKind.AXI4),
                onBus(Configs.SMALL_IPC, BusKind.TILELINK), onBus(Configs.RV32, BusKind.APB3), onBus(Configs.RV32, BusKind.WISHBONE),
                onBus(Configs.RV32, BusKind.TILELINK), staged(Configs.SMALL_IPC), staged(onBus(Configs.RV32, BusKind.WISHBONE))))));
    }

    /** With a register stage between the decoder and the units (reads answer a cycle later). */
    static TaskIntcConfig staged(TaskIntcConfig cfg) {
        return cfg.toBuilder().commandStages(1).build();
    }

    static TaskIntcConfig onBus(TaskIntcConfig cfg, BusKind bus) {
        return cfg.toBuilder().bus(bus).build();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("configs")
    void randomAccessesMatchModel(TaskIntcConfig cfg) {
        boolean other = cfg.bus() != BusKind.AXI4LITE;
        long ops = other || cfg.sources() > 64 ? OPS / 4 : OPS;
        Configs.prefetchNext(configs(), cfg, SimModels::prefetchTop);
        SimRun.random(w -> SimModels.top(cfg, w), "bus_random", cfg.topName(), (dut, seed) -> {
            Random rnd = new Random(seed ^ 0x5EED);
            BusBench b = new BusBench(dut, cfg, new Random(seed), 30);
            if (cfg.hasWakeup()) {
                // Grant a random share of (context, source) pairs, then let the lines move at random.
                int pairs = Math.min(cfg.contexts() * cfg.sources(), 400);
                for (int i = 0; i < pairs; i++) {
                    int src = rnd.nextInt(cfg.sources()), ctx = rnd.nextInt(cfg.contexts());
                    b.write(taskintc.model.RegisterModel.GRANT, src | ((long) ctx << 16) | (1L << 31));
                    b.random.grantedHints.add(new int[]{ctx, src});
                }
                // IPC traffic leaves fewer waits: fewer events. With many sources the same rate per line keeps every
                // count above 0, so each wait takes a pending event at once and none parks for a wakeup: the rate per
                // line falls with the sources beyond 32, so all lines together change as often as 32 do (about one
                // change per 2 cycles, one per 8 with IPC).
                int perHundredThousand = (cfg.hasIpc() ? 400 : 1500) * 32 / Math.max(32, cfg.sources());
                b.lineDriver = b.random.randomLines(Math.max(1, perHundredThousand));
            }
            if (cfg.hasIpc()) b.random.ipcSetup(Math.min(cfg.contexts() * cfg.contexts() * cfg.ipcChannels(), 200));
            b.random.randomTraffic(ops);
            b.lineDriver = l -> java.util.Arrays.fill(l, false);
            b.idle(64);
            b.checkInterruptPins();
            System.out.printf("[bus] %s: %d accesses in %d cycles, %d refused, %d read/write pairs, %d wakeups, %d handler copies, %d events%s%n",
                    cfg.topName(), b.accesses, b.clock.cycle(), b.errorsSeen, b.concurrentPairs, b.wakes, b.handlerCopies,
                    cfg.hasWakeup() ? b.sources.eventsArrived : 0, cfg.hasWakeup() ? String.format(", longest wait for a due delivery %d cycles (bound %d)",
                            b.sources.worstDelivery(), taskintc.model.SourcesModel.deliveryBound(cfg.sources())) : "");
            assertTrue(b.accesses >= ops);
            assertTrue(b.errorsSeen > 0, "no refused access was exercised");
            if (b.bus.concurrent()) assertTrue(b.concurrentPairs > 0);
            if (cfg.hasWakeup()) {
                assertTrue(b.wakes > 0 && b.picks > 0, "no wakeup happened");
                var m = b.sources;
                System.out.printf("[cancel_wait] %s: %d cancelled, %d not found, %d not granted, %d on a source with pending events%n",
                        cfg.topName(), m.cancelsDone, m.cancelsNotFound, m.cancelsNotGranted, m.cancelsWithPending);
                assertTrue(m.cancelsDone > 0 && m.cancelsNotFound > 0, "cancel_wait not exercised: " + m.cancelsDone
                        + " cancelled, " + m.cancelsNotFound + " not found");
            }
            if (cfg.hasIpc()) {
                assertTrue(b.ipc.sends > 0 && b.ipc.repliesSent > 0 && b.ipc.delivered > 0 && b.ipc.refused > 0,
                        "IPC not exercised: " + b.ipc.sends + " sends, " + b.ipc.repliesSent + " replies, " + b.ipc.delivered
                                + " deliveries, " + b.ipc.refused + " refused");
                assertTrue(b.ipc.tokenReplies > 0 && b.ipc.outOfOrderReplies > 0 && b.ipc.badTokens > 0 && b.ipc.selects > 0,
                        "replies by token not exercised: " + b.ipc.tokenReplies + " by token, " + b.ipc.outOfOrderReplies
                                + " out of order, " + b.ipc.badTokens + " bad tokens, " + b.ipc.selects + " selects");
                System.out.printf("[ipc] %s: %d sends, %d replies, %d deliveries, %d refused; %d by token, %d out of order, %d bad tokens%n",
                        cfg.topName(), b.ipc.sends, b.ipc.repliesSent, b.ipc.delivered, b.ipc.refused, b.ipc.tokenReplies,
                        b.ipc.outOfOrderReplies, b.ipc.badTokens);
            }
        });
    }
}
