package taskintc.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import taskintc.dsl.OutputDirectory;
import taskintc.gen.Json;
import taskintc.model.RegisterModel;
import taskintc.sim.BusBench;
import taskintc.sim.BusMaster.Access;
import taskintc.sim.BusMaster.Completion;
import taskintc.sim.CoreBench;
import taskintc.sim.SimModels;
import taskintc.sim.Storm;
import taskintc.spec.CoreOp;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.TaskWord;

/**
 * Cycle counts measured on the generated RTL under Verilator (every access also checked against the
 * model): bus cycles per enqueue and dequeue from request valid to response valid, with a master that
 * never stalls; sustained core operations per cycle with a command offered every cycle; and how both
 * change with capacity N and contexts C. Writes reports/bench.json and prints a table.
 */
public final class Bench {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "reports");
        if (!out.isAbsolute() && System.getProperty("taskintc.root") != null) out = Path.of(System.getProperty("taskintc.root")).resolve(out);
        Files.createDirectories(out);

        TaskIntcConfig dflt = TaskIntcConfig.defaults();
        Row main = measure(dflt);

        List<Row> scaling = new ArrayList<>();
        for (int n : new int[]{64, 1024, 16384})
            for (int c : new int[]{1, 8, 64})
                scaling.add(measure(TaskIntcConfig.builder().contexts(c).capacity(n).build()));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("config", dflt.topName());
        json.put("parameters", dflt.asMap());
        json.put("enqueue_bus_cycles", main.enqueue[1]);
        json.put("dequeue_bus_cycles", main.dequeue[1]);
        json.put("dequeue_empty_bus_cycles", main.dequeueEmpty[1]);
        json.put("core_ops_per_cycle", main.coreOpsPerCycle);
        json.put("core_latency_cycles", 2);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("enqueue_bus_cycles_min_median_max", list(main.enqueue));
        detail.put("dequeue_bus_cycles_min_median_max", list(main.dequeue));
        detail.put("samples_per_operation", main.samples);
        detail.put("core_cycles_measured", main.coreCycles);
        detail.put("bus", "AXI4-Lite, master never stalls; cycles from request valid to response valid");
        json.put("detail", detail);
        List<Object> table = new ArrayList<>();
        for (Row r : scaling) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("contexts", r.cfg.contexts());
            m.put("capacity", r.cfg.capacity());
            m.put("priorities", r.cfg.priorities());
            m.put("enqueue_bus_cycles", r.enqueue[1]);
            m.put("dequeue_bus_cycles", r.dequeue[1]);
            m.put("core_ops_per_cycle", r.coreOpsPerCycle);
            table.add(m);
        }
        json.put("scaling", table);
        // The board configurations (configs/fpga-*.properties): the HX8K's command-stages=1 costs each read a cycle.
        Map<String, Row> boards = new LinkedHashMap<>();
        for (String name : List.of("fpga-hx8k", "fpga-icebreaker", "fpga-icebreaker-fast")) boards.put(name, measure(taskintc.tests.Configs.named(name)));
        List<Object> boardTable = new ArrayList<>();
        for (Map.Entry<String, Row> b : boards.entrySet()) {
            Row r = b.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("config", b.getKey());
            m.put("top", r.cfg.topName());
            m.put("command_stages", r.cfg.commandStages());
            m.put("enqueue_bus_cycles", r.enqueue[1]);
            m.put("dequeue_bus_cycles", r.dequeue[1]);
            m.put("dequeue_empty_bus_cycles", r.dequeueEmpty[1]);
            m.put("core_ops_per_cycle", r.coreOpsPerCycle);
            boardTable.add(m);
        }
        json.put("boards", boardTable);
        Map<String, Object> taic = new LinkedHashMap<>();
        taic.put("enqueue_cpu_cycles", "2 (S-mode) / 3 (U-mode)");
        taic.put("dequeue_cpu_cycles", "2 (S-mode) / 4 (U-mode)");
        taic.put("queue_fsm_cycles_per_operation", 4);
        taic.put("entries_per_queue_set", 64);
        taic.put("queue_sets", 4);
        taic.put("note", "TAIC's figures are published CPU-side counts on its FPGA; ours are bus cycles at the slave port");
        json.put("taic_published", taic);
        Path rtl = Path.of(System.getProperty("taskintc.root", ".")).resolve("rtl-out");
        Map<String, Object> resources = synthesize(committedVerilog(rtl, dflt.topName()), dflt.topName());
        // The scheduler alone: configs/scheduler-only.properties, in rtl-out/scheduler-only/.
        TaskIntcConfig noIrq = dflt.toBuilder().sources(0).nicQueues(0).ipcChannels(0).build();
        Map<String, Object> resourcesNoIrq = synthesize(committedVerilog(rtl, noIrq.topName()), noIrq.topName());
        // The default without the IPC unit (no named configuration: generated here), so the IPC unit's cost is the
        // difference of two numbers of one report.
        TaskIntcConfig noIpc = dflt.toBuilder().ipcChannels(0).build();
        Map<String, Object> resourcesNoIpc = null;
        if (haveYosys()) {
            Path noIpcDir = Files.createTempDirectory("taskintc-noipc");
            taskintc.gen.Generator.generate(noIpc, noIpcDir);
            resourcesNoIpc = synthesize(noIpcDir.resolve(noIpc.topName() + ".v"), noIpc.topName());
            OutputDirectory.deleteTree(noIpcDir);
        }
        if (resources != null) json.put("resources_ice40_default", resources);
        if (resourcesNoIpc != null) json.put("resources_ice40_without_ipc", resourcesNoIpc);
        if (resourcesNoIrq != null) json.put("resources_ice40_without_wakeup", resourcesNoIrq);

        // Interrupt wakeup: latency and the storm.
        long irqToReady = Latencies.irqToReady(dflt);
        json.put("irq_to_ready_cycles", irqToReady);
        // A burst on every source at once: the default configuration and configs/many-sources (256 sources).
        Burst.Result burst = Burst.measure(dflt), burstMany = Burst.measure(taskintc.tests.Configs.named("many-sources"));
        long stormCycles = Long.getLong("taskintc.stormCycles", 1_000_000);
        // configs/line-buffer and line-buffer-wide: the default with its counts in block RAM behind 1 and 6 bits per line.
        LineBufferBench.Result lb = LineBufferBench.measure(taskintc.tests.Configs.named("line-buffer"), rtl, stormCycles);
        LineBufferBench.Result lbWide = LineBufferBench.measure(taskintc.tests.Configs.named("line-buffer-wide"), rtl, stormCycles);
        Burst.Result burstLineBuffer = lb.burst();
        json.put("burst_wakeups_per_cycle", round3(burst.wakeupsPerCycle()));
        List<Object> bursts = new ArrayList<>();
        for (Burst.Result r : List.of(burst, burstMany, burstLineBuffer, lbWide.burst())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("config", r.config());
            m.put("sources", r.sources());
            m.put("first_ready_cycle", r.firstReadyCycle());
            m.put("all_ready_cycle", r.allReadyCycle());
            m.put("first_wakeup_cycle", r.firstWakeCycle());
            m.put("last_wakeup_cycle", r.lastWakeCycle());
            m.put("wakeups_per_cycle", round3(r.wakeupsPerCycle()));
            bursts.add(m);
        }
        Map<String, Object> burstDetail = new LinkedHashMap<>();
        burstDetail.put("runs", bursts);
        burstDetail.put("stimulus", "a one-shot waiter on every source (all granted to context 0), every line rising in cycle t; "
                + "a read of context 0's ready count issued in cycle t+k, a fresh burst per k; first/all ready: the smallest k counting "
                + "one woken task / all of them (the read takes S0 for one cycle, which a waiting pick waits for); first/last wakeup: the "
                + "cycles after t in which the first and last wakeups execute in the scheduler's S1; rate (sources - 1) / (last - first wakeup)");
        json.put("burst", burstDetail);
        // The storm runs on the default configuration: its pending counts saturate, and the losses are reported.
        Storm.Result st = storm(dflt, stormCycles);
        Map<String, Object> stormDetail = new LinkedHashMap<>();
        stormDetail.put("config", dflt.topName());
        stormDetail.put("cycles", st.cycles());
        stormDetail.put("sources", dflt.sources());
        stormDetail.put("pending_count_max", (1L << dflt.pendingWidth()) - 1);
        stormDetail.put("events_raised", st.events());
        stormDetail.put("events_delivered", st.woken());
        stormDetail.put("events_pending_at_end", st.pending());
        stormDetail.put("events_lost_to_saturation", st.lost());
        stormDetail.put("sources_saturated", st.saturated());
        stormDetail.put("accesses_checked", st.accesses());
        stormDetail.put("stimulus", "every source an edge every other cycle; software registers a waiter on a random source "
                + "(55%) or dequeues (45%), one access at a time");
        json.put("storm", stormDetail);
        json.put("line_buffer", lb.json());
        json.put("line_buffer_wide", lbWide.json());
        Map<String, Object> taicIrq = new LinkedHashMap<>();
        taicIrq.put("internal_wakeup_cycles", "6 to 8");
        taicIrq.put("external_interrupt_wakeup_cpu_cycles", "216 (U-mode) / 264 (S-mode)");
        json.put("taic_published_wakeup", taicIrq);
        // IPC: send to handler ready, reply to caller ready, and a whole round trip through the bus.
        long sendToReady = Latencies.ipcSendToReady(dflt);
        long[] roundTrip = Latencies.ipcRoundTrip(dflt);
        json.put("ipc_send_to_ready_cycles", sendToReady);
        json.put("ipc_reply_to_ready_cycles", Latencies.ipcReplyToReady(dflt));
        json.put("ipc_round_trip_bus_cycles", roundTrip[0]);
        Map<String, Object> ipcDetail = new LinkedHashMap<>();
        ipcDetail.put("round_trip_accesses", roundTrip[1]);
        ipcDetail.put("round_trip_sequence", "send; receiver: dequeue (handler), ipc_receive, ipc_rx[2], ipc_result[0] write, "
                + "ipc_reply; sender: dequeue (woken task), ipc_reply_pop, ipc_reply_data[0]");
        ipcDetail.put("round_trip_with_full_staging_bus_cycles", roundTrip[2]);
        ipcDetail.put("round_trip_with_full_staging_accesses", roundTrip[3]);
        ipcDetail.put("message_words", dflt.messageWords());
        ipcDetail.put("result_words", dflt.resultWords());
        ipcDetail.put("bus", "AXI4-Lite at one clock, master never stalls; a message and its result are copied by the "
                + "controller (one word per cycle) while the next IPC access waits");
        json.put("ipc", ipcDetail);
        Map<String, Object> taicIpc = new LinkedHashMap<>();
        taicIpc.put("soft_interrupt_latency_cycles", "72 to 98");
        taicIpc.put("one_way_messages_per_second", 199_215);
        taicIpc.put("payload", "none (doorbell only)");
        json.put("taic_published_ipc", taicIpc);
        Files.writeString(out.resolve("bench.json"), Json.write(json), StandardCharsets.UTF_8);

        System.out.println();
        System.out.println("TaskIntc bench (generated RTL under Verilator)");
        System.out.printf(Locale.ROOT, "  default %s: enqueue %d bus cycles, dequeue %d bus cycles, core %.3f ops/cycle (TAIC: 4 FSM cycles/op, 2-4 CPU cycles)%n",
                dflt.topName(), main.enqueue[1], main.dequeue[1], main.coreOpsPerCycle);
        System.out.println();
        System.out.printf("  %8s %9s %12s %12s %14s%n", "contexts", "capacity", "enq cycles", "deq cycles", "core ops/cyc");
        for (Row r : scaling)
            System.out.printf(Locale.ROOT, "  %8d %9d %12s %12s %14.3f%n", r.cfg.contexts(), r.cfg.capacity(),
                    r.enqueue[0] + "/" + r.enqueue[1] + "/" + r.enqueue[2], r.dequeue[0] + "/" + r.dequeue[1] + "/" + r.dequeue[2], r.coreOpsPerCycle);
        System.out.println("  (bus cycles min/median/max)");
        boards.forEach((name, r) -> System.out.printf(Locale.ROOT,
                "  board configuration %s (command-stages=%d): enqueue %d, dequeue %d bus cycles, core %.3f ops/cycle%n",
                name, r.cfg.commandStages(), r.enqueue[1], r.dequeue[1], r.coreOpsPerCycle));
        System.out.printf("  interrupt to ready: %d cycles (line asserted in cycle t, a dequeue issued in cycle t+%d returns the task; TAIC: 6-8 internal)%n",
                irqToReady, irqToReady);
        for (Burst.Result r : List.of(burst, burstMany))
            System.out.printf(Locale.ROOT, "  burst on %s: %d sources fire in cycle t; wakeups execute in t+%d..t+%d (%.3f per cycle); "
                    + "a read issued at t+%d counts the first, at t+%d all%n", r.config(), r.sources(),
                    r.firstWakeCycle(), r.lastWakeCycle(), r.wakeupsPerCycle(), r.firstReadyCycle(), r.allReadyCycle());
        System.out.printf("  storm on %s: %d cycles, %d events raised, %d delivered, %d pending, %d lost to saturation (%d sources saturated)%n",
                dflt.topName(), st.cycles(), st.events(), st.woken(), st.pending(), st.lost(), st.saturated());
        System.out.printf("  IPC send to handler ready: %d cycles (send accepted in cycle t, a dequeue accepted in t+%d returns "
                + "the handler; TAIC: 72-98 cycles soft-interrupt latency, no payload)%n", sendToReady, sendToReady);
        System.out.printf("  IPC round trip: %d bus cycles for %d accesses (%d cycles, %d accesses with the whole message and result "
                + "staged); TAIC: 199,215 one-way doorbells per second%n", roundTrip[0], roundTrip[1], roundTrip[2], roundTrip[3]);
        if (resources != null)
            System.out.printf("  yosys synth_ice40 of %s: %s LUT4, %s flip-flops, %s SB_RAM40_4K (TAIC, 256 tasks: 106,010 LUT4, 30,219 flip-flops)%n",
                    dflt.topName(), resources.get("lut4"), resources.get("flip_flops"), resources.get("ram40_4k"));
        if (resourcesNoIpc != null)
            System.out.printf("  without the IPC unit (%s): %s LUT4, %s flip-flops, %s SB_RAM40_4K%n",
                    noIpc.topName(), resourcesNoIpc.get("lut4"), resourcesNoIpc.get("flip_flops"), resourcesNoIpc.get("ram40_4k"));
        if (resourcesNoIrq != null)
            System.out.printf("  without the wakeup unit (%s): %s LUT4, %s flip-flops, %s SB_RAM40_4K%n",
                    noIrq.topName(), resourcesNoIrq.get("lut4"), resourcesNoIrq.get("flip_flops"), resourcesNoIrq.get("ram40_4k"));
        System.out.println(lb.summary());
        System.out.println(lbWide.summary());
        System.out.println("wrote " + out.resolve("bench.json"));
        System.exit(0);
    }

    /** {@code <top>.v} in rtl-out/ (the default) or in a named configuration's folder rtl-out/NAME/. */
    static Path committedVerilog(Path rtl, String top) throws java.io.IOException {
        try (var s = Files.walk(rtl, 2)) {
            return s.filter(p -> p.getFileName().toString().equals(top + ".v")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(top + ".v is not in " + rtl + " (make rtl)"));
        }
    }

    static boolean haveYosys() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) if (Files.isExecutable(Path.of(d, "yosys"))) return true;
        return false;
    }

    /** Synthesis figures of one top, or null without yosys; the scratch directory is kept only when yosys fails. */
    static Map<String, Object> synthesize(Path verilog, String top) throws Exception {
        if (!haveYosys() || !Files.exists(verilog)) return null;
        Path dir = Files.createTempDirectory("taskintc-synth");
        Path stat = dir.resolve("stat.txt");
        Process p = new ProcessBuilder("yosys", "-q", "-p", "read_verilog " + verilog.toAbsolutePath() + "; synth_ice40 -top " + top
                + "; tee -q -o " + stat + " stat").redirectErrorStream(true).redirectOutput(dir.resolve("yosys.log").toFile()).start();
        if (p.waitFor() != 0) throw new IllegalStateException("yosys failed, see " + dir.resolve("yosys.log"));
        long lut = 0, ff = 0, ram = 0, carry = 0;
        for (String line : Files.readAllLines(stat)) {
            String[] t = line.trim().split("\\s+");
            if (t.length != 2) continue;
            long n;
            try { n = Long.parseLong(t[1]); } catch (NumberFormatException e) { continue; }
            if (t[0].equals("SB_LUT4")) lut += n;
            else if (t[0].startsWith("SB_DFF")) ff += n;
            else if (t[0].startsWith("SB_RAM40")) ram += n;
            else if (t[0].equals("SB_CARRY")) carry += n;
        }
        OutputDirectory.deleteTree(dir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "yosys synth_ice40 (no place and route)");
        m.put("lut4", lut);
        m.put("flip_flops", ff);
        m.put("ram40_4k", ram);
        m.put("carry", carry);
        m.put("tasks", TaskIntcConfig.defaults().capacity());
        return m;
    }

    static List<Object> list(long[] v) {
        return List.of(v[0], v[1], v[2]);
    }

    static final class Row {
        TaskIntcConfig cfg;
        long[] enqueue, dequeue, dequeueEmpty;
        double coreOpsPerCycle;
        long coreCycles;
        int samples;
    }

    static Row measure(TaskIntcConfig cfg) {
        Row row = new Row();
        row.cfg = cfg;
        int samples = 2000;
        row.samples = samples;
        SimModels.top(cfg, false).run("bench_bus", 1, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(1), 0);
            Random rnd = new Random(2);
            long[] enq = new long[samples], deq = new long[samples], empty = new long[samples];
            for (int i = 0; i < samples; i++) {
                int ctx = rnd.nextInt(cfg.contexts());
                long w = TaskWord.make((1L + rnd.nextInt(1 << 20)) << 6, rnd.nextInt(cfg.priorities()), false);
                enq[i] = latency(b.run(Access.write(b.ctxPage(ctx) + RegisterModel.ENQUEUE, w)).get(0));
                deq[i] = latency(b.run(Access.read(b.ctxPage(ctx) + RegisterModel.DEQUEUE)).get(0));
                empty[i] = latency(b.run(Access.read(b.ctxPage(ctx) + RegisterModel.DEQUEUE)).get(0));
            }
            row.enqueue = stats(enq);
            row.dequeue = stats(deq);
            row.dequeueEmpty = stats(empty);
        });
        SimModels.core(cfg, false).run("bench_core", 1, dut -> {
            CoreBench b = new CoreBench(dut, cfg);
            Random rnd = new Random(3);
            long cycles = 200_000;
            long accepted = 0;
            // A command offered every cycle: a mix of enqueues and dequeues on a few contexts, heavy on
            // the same lists, with status reads; the pool fills and drains in phases.
            for (long i = 0; i < cycles; i++) {
                int ctx = rnd.nextInt(Math.min(2, cfg.contexts()));
                int bias = (i / 5000) % 2 == 0 ? 65 : 35;
                CoreBench.Cmd c;
                int roll = rnd.nextInt(100);
                if (roll < bias) {
                    c = new CoreBench.Cmd(rnd.nextBoolean() ? CoreOp.ENQUEUE_TAIL : CoreOp.ENQUEUE_HEAD, null, ctx, 0,
                            TaskWord.make((1L + rnd.nextInt(1 << 20)) << 6, rnd.nextInt(cfg.priorities()), false), false, false);
                } else {
                    c = new CoreBench.Cmd(CoreOp.DEQUEUE, null, ctx, rnd.nextInt(cfg.harts()), 0, false, true);
                }
                if (b.cycle(c)) accepted++;
            }
            b.drain();
            row.coreOpsPerCycle = (double) accepted / cycles;
            row.coreCycles = cycles;
        });
        return row;
    }

    static Storm.Result storm(TaskIntcConfig cfg, long cycles) {
        return storm(cfg, cycles, new long[1]);
    }

    /** {@link #storm(TaskIntcConfig, long)}, also returning the model's count of events lost on full lines ({@code inLines[0]}). */
    static Storm.Result storm(TaskIntcConfig cfg, long cycles, long[] inLines) {
        Storm.Result[] r = new Storm.Result[1];
        SimModels.top(cfg, false).run("bench_storm", 17, dut -> {
            BusBench b = new BusBench(dut, cfg, new Random(17), 0);
            r[0] = Storm.run(b, cycles, new Random(18));
            if (r[0].lost() != b.sources.eventsLost || r[0].woken() != b.sources.eventsDelivered)
                throw new AssertionError("storm accounting differs from the model: " + r[0] + ", model lost " + b.sources.eventsLost
                        + ", delivered " + b.sources.eventsDelivered);
            inLines[0] = b.sources.eventsLostInLines;
        });
        return r[0];
    }

    static long latency(Completion c) {
        if (c.error()) throw new AssertionError("bench access refused: " + c);
        return c.responseCycle() - c.requestCycle();
    }

    static long[] stats(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return new long[]{s[0], s[s.length / 2], s[s.length - 1]};
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
