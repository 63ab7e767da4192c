package taskintc.sim;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import taskintc.dsl.Circuit;
import taskintc.dsl.SimModel;
import taskintc.sched.ReadyQueueCore;
import taskintc.spec.TaskIntcConfig;
import taskintc.top.TaskIntc;

/**
 * The testbench's one simulation factory: every Verilated model is compiled here, once per configuration and
 * JVM, and shared by every test that needs it. A model with waveform tracing is compiled only when a failure
 * is replayed.
 */
public final class SimModels {
    private SimModels() {}

    public static final Path WORKSPACE = Path.of("target", "sim");
    /** -Dtaskintc.coverage=true: models are compiled with Verilator line and toggle coverage ({@code make coverage}). */
    public static final boolean COVERAGE = Boolean.getBoolean("taskintc.coverage");
    private static final Map<String, SimModel<? extends Circuit>> CACHE = new ConcurrentHashMap<>();

    public static SimModel<TaskIntc> top(TaskIntcConfig cfg, boolean wave) {
        return get("top_" + cfg.topName(), wave, () -> traced(new TaskIntc(cfg)));
    }

    /** Makes the core's execute stage and handshakes visible to the harness. */
    private static TaskIntc traced(TaskIntc t) {
        var core = t.core;
        for (var d : new taskintc.dsl.HwData[]{core.traceS1Valid, core.traceS1Internal, core.traceS1Op, core.traceS1Source,
                core.traceWalkStart}) if (d != null) d.simPublic();
        t.commands().simPublic();
        t.commands().payload().read.simPublic();
        core.rsp.valid().simPublic();
        if (t.ipc != null) t.ipc.traceI1Valid.simPublic();
        if (core.pick != null) {
            core.pick.simPublic();
            core.pick.payload().source.simPublic();
        }
        return t;
    }

    public static SimModel<ReadyQueueCore> core(TaskIntcConfig cfg, boolean wave) {
        return get("core_" + cfg.topName(), wave, () -> new ReadyQueueCore(cfg));
    }

    /** Any other circuit under {@code name} (board designs, DSL examples), without tracing. */
    public static <T extends Circuit> SimModel<T> model(String name, Supplier<T> top) {
        return get(name, false, top);
    }

    @SuppressWarnings("unchecked")
    private static synchronized <T extends Circuit> SimModel<T> get(String name, boolean wave, Supplier<T> top) {
        String key = name + (wave ? "_wave" : "") + (COVERAGE ? "_cov" : "");
        return (SimModel<T>) CACHE.computeIfAbsent(key, k -> {
            long t0 = System.nanoTime();
            SimModel<T> c = SimModel.compile(new SimModel.Options(WORKSPACE, k, wave, COVERAGE), top);
            System.out.printf("[sim] compiled %s in %.1f s%n", k, (System.nanoTime() - t0) / 1e9);
            return c;
        });
    }

    /** Where a replay of {@code test} writes its waveform. */
    public static Path waveOf(String model, String test) {
        return WORKSPACE.resolve(model + "_wave").resolve(test + ".fst").toAbsolutePath();
    }
}
