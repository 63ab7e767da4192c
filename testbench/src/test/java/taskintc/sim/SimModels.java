package taskintc.sim;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import spinal.core.Component;
import spinal.core.sim.SimCompiled;
import spinal.core.sim.SpinalSimConfig;
import spinal.core.sim.package$;
import taskintc.dsl.Elaborator;
import taskintc.dsl.Hw;
import taskintc.sched.ReadyQueueCore;
import taskintc.spec.TaskIntcConfig;
import taskintc.top.TaskIntc;

/**
 * Verilated models, compiled once per configuration and JVM and shared by every test that needs them.
 * A model with waveform tracing is compiled only when a failure is replayed.
 */
public final class SimModels {
    private SimModels() {}

    public static final Path WORKSPACE = Path.of("target", "sim");
    /** -Dtaskintc.coverage=true: models are compiled with Verilator line and toggle coverage ({@code make coverage}). */
    public static final boolean COVERAGE = Boolean.getBoolean("taskintc.coverage");
    private static final Map<String, SimCompiled<? extends Component>> CACHE = new ConcurrentHashMap<>();

    public static SimCompiled<TaskIntc> top(TaskIntcConfig cfg, boolean wave) {
        return get("top_" + cfg.topName(), wave, () -> traced(new TaskIntc(cfg)));
    }

    /** Makes the core's execute stage and handshakes visible to the harness. */
    private static TaskIntc traced(TaskIntc t) {
        var core = t.core;
        for (var d : new taskintc.dsl.HwData[]{core.traceS1Valid, core.traceS1Internal, core.traceS1Op, core.traceS1Source,
                core.traceRemoveStart}) if (d != null) d.simPublic();
        var cmd = t.commands();
        cmd.raw().valid().addTag(spinal.core.sim.SimPublic$.MODULE$);
        cmd.raw().ready().addTag(spinal.core.sim.SimPublic$.MODULE$);
        cmd.payload().read.simPublic();
        if (t.ipc != null) t.ipc.traceI1Valid.simPublic();
        if (core.pick != null) {
            core.pick.raw().valid().addTag(spinal.core.sim.SimPublic$.MODULE$);
            core.pick.raw().ready().addTag(spinal.core.sim.SimPublic$.MODULE$);
            core.pick.payload().source.simPublic();
        }
        return t;
    }

    public static SimCompiled<ReadyQueueCore> core(TaskIntcConfig cfg, boolean wave) {
        return get("core_" + cfg.topName(), wave, () -> new ReadyQueueCore(cfg));
    }

    @SuppressWarnings("unchecked")
    private static synchronized <T extends Component> SimCompiled<T> get(String name, boolean wave, Supplier<T> top) {
        String key = name + (wave ? "_wave" : "") + (COVERAGE ? "_cov" : "");
        return (SimCompiled<T>) CACHE.computeIfAbsent(key, k -> {
            SpinalSimConfig sc = package$.MODULE$.SimConfig()
                    .withVerilator()
                    .withConfig(Elaborator.spinalConfig(WORKSPACE.resolve("rtl").resolve(k)))
                    .workspacePath(WORKSPACE.toString())
                    .workspaceName(k);
            if (wave) sc = sc.withFstWave();
            // Each simulation writes coverage.dat into its test directory; scripts/coverage.py merges them.
            if (COVERAGE) sc = sc.withCoverage();
            long t0 = System.nanoTime();
            SimCompiled<T> c = sc.compile(() -> Hw.build(top));
            System.out.printf("[sim] compiled %s in %.1f s%n", k, (System.nanoTime() - t0) / 1e9);
            return c;
        });
    }

    /** Where a replay of {@code test} writes its waveform. */
    public static Path waveOf(String model, String test) {
        return WORKSPACE.resolve(model + "_wave").resolve(test + ".fst").toAbsolutePath();
    }
}
