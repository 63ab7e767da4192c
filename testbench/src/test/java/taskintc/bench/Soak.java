package taskintc.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import taskintc.gen.Json;
import taskintc.sim.CoreBench;
import taskintc.sim.SimModels;
import taskintc.spec.CoreOp;
import taskintc.spec.TaskIntcConfig;

/**
 * Long soak: random operations on the default configuration's core under Verilator, every response
 * compared with the reference model (the same stimulus and checks as CoreRegressionTest, many more
 * operations). Usage: {@code Soak <report directory> [operations] [seed]}; writes soak.json there.
 */
public final class Soak {
    private Soak() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: Soak <report directory> [operations, default 10000000] [seed, default 1]");
            System.exit(2);
        }
        long ops = 10_000_000L;
        int seed = 1;
        try {
            if (args.length > 1) ops = Long.parseLong(args[1]);
            if (args.length > 2) seed = Integer.parseInt(args[2]);
        } catch (NumberFormatException e) {
            System.err.println("soak: operations must be an integer in 1..10^12 and seed an integer; got " + String.join(" ", args));
            System.exit(2);
        }
        if (ops < 1 || ops > 1_000_000_000_000L) {
            System.err.println("soak: operations must be in 1..10^12; got " + ops);
            System.exit(2);
        }
        TaskIntcConfig cfg = TaskIntcConfig.defaults();
        long target = ops;
        int s = seed;
        long[] result = new long[4];
        double[] seconds = new double[1];
        SimModels.core(cfg, false).run("soak", seed, dut -> {
            CoreBench b = new CoreBench(dut, cfg);
            Random rnd = new Random(s);
            int phase = 0;
            CoreBench.Cmd pending = null;
            long maxUsed = 0, emptyDeq = 0, fullPool = 0;
            long t0 = System.nanoTime();
            long nextReport = 1_000_000;
            while (b.accepted < target) {
                if (b.accepted % 2000 == 0) phase = rnd.nextInt(4);
                int bias = switch (phase) { case 0 -> 60; case 1 -> 25; case 2 -> 45; default -> 80; };
                int hot = phase == 3 ? 1 : cfg.contexts();
                if (pending == null && rnd.nextInt(100) < 90) pending = b.randomCmd(rnd, bias, hot);
                if (pending != null && pending.op() == CoreOp.DEQUEUE && b.model.count(pending.ctx()) == 0) emptyDeq++;
                if (b.cycle(pending)) pending = null;
                if (b.model.used() == cfg.capacity()) fullPool++;
                maxUsed = Math.max(maxUsed, b.model.used());
                if (b.accepted >= nextReport) {
                    System.out.printf("[soak] %,d operations, %.0f ops/s%n", b.accepted, b.accepted / ((System.nanoTime() - t0) / 1e9));
                    nextReport += 1_000_000;
                }
            }
            b.drain();
            seconds[0] = (System.nanoTime() - t0) / 1e9;
            if (b.responses != b.accepted) throw new AssertionError(b.accepted + " operations accepted, " + b.responses + " answered");
            result[0] = b.accepted;
            result[1] = b.cycles;
            result[2] = maxUsed;
            result[3] = emptyDeq;
            if (fullPool == 0) throw new AssertionError("the soak never filled the pool");
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("config", cfg.topName());
        json.put("parameters", cfg.asMap());
        json.put("seed", seed);
        json.put("operations", result[0]);
        json.put("cycles", result[1]);
        json.put("mismatches", 0);
        json.put("pool_high_water", result[2]);
        json.put("empty_dequeues", result[3]);
        json.put("wall_seconds", Math.round(seconds[0] * 10) / 10.0);
        json.put("operations_per_second", Math.round(result[0] / seconds[0]));
        json.put("what", "ReadyQueueCore under Verilator, one random command offered per cycle (90%), every response checked against SchedulerModel");
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Files.writeString(out.resolve("soak.json"), Json.write(json), StandardCharsets.UTF_8);
        System.out.printf("[soak] %s: %,d operations in %,d cycles, %.1f s, %,.0f operations/s of simulation, 0 mismatches -> %s%n",
                cfg.topName(), result[0], result[1], seconds[0], result[0] / seconds[0], out.resolve("soak.json"));
    }
}
