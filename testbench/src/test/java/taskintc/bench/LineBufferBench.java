package taskintc.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import taskintc.sim.Storm;
import taskintc.spec.TaskIntcConfig;

/**
 * {@code make bench}'s rows for a configuration with its counts in block RAM behind line buffers ({@code --line-buffer k}):
 * interrupt to ready, the burst's rate, the storm (its losses split into full lines and saturated counts, both as the
 * model counts them, which the RTL must match) and the iCE40 resources of the committed Verilog.
 */
final class LineBufferBench {
    /** The bench.json object, the burst (for the burst table) and the summary line. */
    record Result(Map<String, Object> json, Burst.Result burst, String summary) {}

    private LineBufferBench() {}

    static Result measure(TaskIntcConfig cfg, Path rtl, long stormCycles) throws Exception {
        Map<String, Object> lb = new LinkedHashMap<>();
        lb.put("config", cfg.topName());
        lb.put("line_buffer_bits", cfg.lineBuffer());
        lb.put("line_capacity_events", 1 << (cfg.lineBuffer() - 1));
        long irqToReady = Latencies.irqToReady(cfg);
        lb.put("irq_to_ready_cycles", irqToReady);
        Burst.Result burst = Burst.measure(cfg);
        lb.put("burst_wakeups_per_cycle", Math.round(burst.wakeupsPerCycle() * 1000) / 1000.0);
        long[] inLines = new long[1];
        Storm.Result st = Bench.storm(cfg, stormCycles, inLines);
        Map<String, Object> storm = new LinkedHashMap<>();
        storm.put("events_raised", st.events());
        storm.put("events_delivered", st.woken());
        storm.put("events_pending_at_end", st.pending());
        storm.put("events_lost", st.lost());
        storm.put("events_lost_in_full_lines", inLines[0]);
        storm.put("sources_flagging_loss", st.saturated());
        storm.put("accesses_checked", st.accesses());
        lb.put("storm", storm);
        Map<String, Object> resources = Bench.synthesize(Bench.committedVerilog(rtl, cfg.topName()), cfg.topName());
        if (resources != null) lb.put("resources_ice40", resources);
        String summary = String.format(Locale.ROOT, "  --line-buffer %d (%s): interrupt to ready %d cycles, burst %.3f wakeups per cycle, "
                        + "storm %d events, %d lost (%d in full lines; %d sources flag it)%s", cfg.lineBuffer(), cfg.topName(), irqToReady,
                burst.wakeupsPerCycle(), st.events(), st.lost(), inLines[0], st.saturated(), resources == null ? ""
                        : ", " + resources.get("lut4") + " LUT4, " + resources.get("flip_flops") + " flip-flops, "
                        + resources.get("ram40_4k") + " SB_RAM40_4K");
        return new Result(lb, burst, summary);
    }
}
