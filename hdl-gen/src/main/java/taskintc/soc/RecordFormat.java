package taskintc.soc;

import java.util.List;

import taskintc.regmap.Field;

/**
 * The format of the records the SoC benchmark firmware writes through the SIM device's {@code record} register
 * and {@code scripts/soc-bench.py} reads, declared once: {@link SocMapEmitters} writes it as Rust constants
 * (firmware/taskintc-soc) and as JSON (which the script loads), so neither side spells a tag, a field position
 * or a kind number out.
 *
 * <p>The file is a sequence of blocks, one 64-bit value a line. A block is a header word
 * {@code tag << TAG_SHIFT | n} followed by {@code n} payload words: first the block's fixed fields in the order
 * declared here, then its variable part ({@link Block#rest}).
 */
public final class RecordFormat {
    private RecordFormat() {}

    /** "SOCBENCH" in ASCII. */
    public static final long MAGIC = 0x534F_4342_454E_4348L;
    public static final int VERSION = 2;
    public static final int TAG_SHIFT = 56;
    /** Words per hart in a run block (awake, span, idle loop). */
    public static final int HART_WORDS = 3;

    /** A block kind: its tag, fixed fields and what follows them. */
    public record Block(String name, int tag, List<String> fields, String rest, String description) {
        public Block {
            fields = List.copyOf(fields);
        }
    }

    /** A numbered set of names (builds, kinds): the number is the position. */
    public record Enumeration(String name, List<String> values, String description) {
        public Enumeration {
            values = List.copyOf(values);
        }
    }

    public static final List<Block> BLOCKS = List.of(
            new Block("begin", 1, List.of("magic", "version", "set", "harts", "queues", "packets_per_queue", "echo_points", "seeds", "ipc_iterations"),
                    "", "First block: the plan of the run (set: 0 SHORT, 1 FULL)."),
            new Block("run", 2, List.of("build", "idle", "interval", "size", "gen_mode", "queues", "generated", "echoed", "dropped", "tx_ok", "tx_bad", "elapsed"),
                    "three words per hart (HART_WORDS): awake cycles (mcycle delta: mcycle stops in WFI), span (SIM cycles from its loop's start to its last echo), idle-loop cycles (loop iterations that found no work, mcycle); then one sample per echoed packet",
                    "One echo run: build (builds), idle (idle_kinds), offered traffic, NIC counters; elapsed in SIM cycles from starting the generators to the last echo."),
            new Block("ipc", 3, List.of("kind"), "one round trip in cycles per word", "Single-hart IPC and system-call round trips (ipc_kinds)."),
            new Block("end", 4, List.of("words_before"), "", "Last block: the number of words written before it."),
            new Block("access", 5, List.of("kind"), "the cycles of one access per word", "Single accesses between two mcycle reads (access_kinds)."),
            new Block("seed", 6, List.of("index", "value"), "", "The blocks up to the next seed block were measured with this traffic seed."),
            new Block("latency", 7, List.of("kind"), "one latency in cycles per word", "Latencies of one kind (latency_kinds), SIM cycles."),
            new Block("flood", 8, List.of("kind", "sent", "received", "lost", "out_of_order", "elapsed"), "",
                    "A flood of one-way messages from hart 0 to hart 1 (flood_kinds), counted by sequence number."),
            new Block("syscall", 9, List.of("kind", "outstanding", "calls", "elapsed", "work_units", "work_unit_cycles"),
                    "one latency per call (issue to reply in the caller), SIM cycles",
                    "System calls with a number of calls outstanding (syscall_kinds); the caller's user work done meanwhile."));

    public static final List<Enumeration> ENUMS = List.of(
            new Enumeration("builds", List.of("taskintc", "plic", "poll"),
                    "taskintc: the controller wakes the coroutine; plic: NIC interrupt through Rocket's PLIC and a trap handler; poll: the loop reads RX_COUNT"),
            new Enumeration("idle_kinds", List.of("spin", "wfi"), "spin: the idle loop polls; wfi: an idle hart sleeps in WFI until an interrupt is pending"),
            new Enumeration("ipc_kinds", List.of("ipc_taskintc", "ipc_software", "syscall_taskintc", "syscall_ecall", "ipc_taskintc_executor",
                    "syscall_taskintc_driver", "ipc_software_kernel", "wake_poll_overhead", "wake_poll_dequeue", "spawn", "spawn_static"),
                    "single-hart round trips; then the async runtime's operations, one per word (soc/runtime.rs)"),
            new Enumeration("access_kinds", List.of("mcycle_pair", "ram_read", "taskintc_read", "taskintc_write", "nic_read", "nic_write",
                    "plic_read", "taskintc_context_write", "cycle_read"), "single accesses"),
            new Enumeration("latency_kinds", List.of("preempt_taskintc", "preempt_cooperative", "xhart_oneway_taskintc", "xhart_roundtrip_taskintc",
                    "xhart_oneway_software_ipi", "xhart_roundtrip_software_ipi"),
                    "preempt_*: NIC packet to the high-priority coroutine's first instruction while a low one computes; xhart_*: hart 0 to hart 1 (asleep in WFI)"),
            new Enumeration("flood_kinds", List.of("taskintc", "software_ipi"), "cross-hart message floods"),
            new Enumeration("syscall_kinds", List.of("taskintc_kernel_hart", "ecall"),
                    "taskintc_kernel_hart: ipc_syscall to the kernel context on hart 1 (taskintc-starry's dispatcher), the caller keeps working; ecall: a trap on the calling hart"));

    /** A packet sample of a run block. */
    public static final List<Field> SAMPLE = List.of(
            new Field("latency", 0, 40, "SIM cycle at the coroutine's first instruction after its wakeup minus the packet's RX_STAMP"),
            new Field("queue", 40, 8, "the NIC queue"),
            new Field("first_after_idle", 48, 1, "1: the packet arrived after its coroutine had finished the previous one (else it waited in the ring)"),
            new Field("dispatch", 49, 15, "of the latency: from the loop having the coroutine in hand to its first instruction (mcycle), saturating"));

    public static Block block(String name) {
        return BLOCKS.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no record block " + name));
    }
}
