package taskintc.sim;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 *
 * <p>Models compile on two background threads, in the order they are asked for: a test that runs several
 * configurations in turn asks for its next two ({@link #prefetchTop}) before it simulates the current one, so
 * Verilator and the C++ compiler work beside the simulation (one thread; it spends much of its time handing over
 * to SpinalSim, so one compilation alone leaves part of the cores idle). A compilation failure is reported to the
 * test that uses the model.
 */
public final class SimModels {
    private SimModels() {}

    public static final Path WORKSPACE = Path.of("target", "sim");
    /** -Dtaskintc.coverage=true: models are compiled with Verilator line and toggle coverage ({@code make coverage}). */
    public static final boolean COVERAGE = Boolean.getBoolean("taskintc.coverage");
    private static final Map<String, Future<SimModel<? extends Circuit>>> CACHE = new ConcurrentHashMap<>();
    private static final ExecutorService COMPILER = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "sim-compile");
        t.setDaemon(true);
        return t;
    });

    public static SimModel<TaskIntc> top(TaskIntcConfig cfg, boolean wave) {
        return get("top_" + cfg.topName(), wave, () -> traced(new TaskIntc(cfg)));
    }

    /** Starts compiling {@link #top}'s untraced model of {@code cfg} in the background, if it is not compiled yet. */
    public static void prefetchTop(TaskIntcConfig cfg) {
        submit("top_" + cfg.topName(), false, () -> traced(new TaskIntc(cfg)));
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

    /** Starts compiling {@link #core}'s untraced model of {@code cfg} in the background, if it is not compiled yet. */
    public static void prefetchCore(TaskIntcConfig cfg) {
        submit("core_" + cfg.topName(), false, () -> new ReadyQueueCore(cfg));
    }

    /** Any other circuit under {@code name} (board designs, DSL examples), without tracing. */
    public static <T extends Circuit> SimModel<T> model(String name, Supplier<T> top) {
        return get(name, false, top);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Circuit> SimModel<T> get(String name, boolean wave, Supplier<T> top) {
        try {
            return (SimModel<T>) submit(name, wave, top).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name + " compiled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(name + " did not compile", e.getCause());
        }
    }

    private static <T extends Circuit> Future<SimModel<? extends Circuit>> submit(String name, boolean wave,
            Supplier<T> top) {
        String key = name + (wave ? "_wave" : "") + (COVERAGE ? "_cov" : "");
        return CACHE.computeIfAbsent(key, k -> COMPILER.submit(() -> {
            long t0 = System.nanoTime();
            SimModel<? extends Circuit> c = SimModel.compile(new SimModel.Options(WORKSPACE, k, wave, COVERAGE), top);
            System.out.printf("[sim] compiled %s in %.1f s%n", k, (System.nanoTime() - t0) / 1e9);
            return c;
        }));
    }

    /** Where a replay of {@code test} writes its waveform. */
    public static Path waveOf(String model, String test) {
        return WORKSPACE.resolve(model + "_wave").resolve(test + ".fst").toAbsolutePath();
    }
}
