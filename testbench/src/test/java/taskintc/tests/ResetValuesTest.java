package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskIntcRegisters;
import taskintc.regmap.PageKind;
import taskintc.regmap.Register;
import taskintc.regmap.RegisterMap;
import taskintc.sim.BusBench;
import taskintc.sim.SimModels;
import taskintc.sim.SimRun;

/**
 * Right after reset, every readable register of every region reads the reset value the register map
 * documents (the bench checks each read against the reference model as well). Registers whose read has a
 * side effect are read last; at reset their reads change nothing the other reads could see.
 */
class ResetValuesTest {
    static Stream<TaskIntcConfig> configs() {
        return Configs.selected(Stream.of(Configs.DEFAULT, Configs.SMALL, Configs.SMALL_IPC, Configs.RV32, Configs.NO_IRQ,
                Configs.MANY_SOURCES));
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("configs")
    void everyReadableRegisterReadsItsDocumentedResetValue(TaskIntcConfig cfg) {
        RegisterMap<?> map = TaskIntcRegisters.declare(cfg);
        SimRun.run(w -> SimModels.top(cfg, w), "reset_values", 1, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(1), 0);
            int reads = 0;
            for (boolean sideEffects : new boolean[]{false, true})
                for (Register<?> r : map.registers()) {
                    if (!r.hasReset() || r.sideEffect() != sideEffects) continue;
                    int regions = r.page() == PageKind.CONTROL ? 1 : cfg.contexts();
                    for (int c = 0; c < regions; c++) {
                        long base = r.page() == PageKind.CONTROL ? 0 : b.ctxPage(c);
                        for (int i = 0; i < r.count(); i++) {
                            long got = b.read(base + r.offsetOf(i));
                            assertEquals(r.resetOf(i), got, String.format("%s.%s[%d]%s after reset: read 0x%x, the map says 0x%x",
                                    r.page().id(), r.name(), i, regions > 1 ? " of context " + c : "", got, r.resetOf(i)));
                            reads++;
                        }
                    }
                }
            assertTrue(reads > 20, "too few readable registers: " + reads);
            System.out.printf("[reset] %s: %d registers read their documented reset value%n", cfg.topName(), reads);
        });
    }
}
