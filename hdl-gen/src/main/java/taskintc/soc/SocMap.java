package taskintc.soc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taskintc.regmap.Access;
import taskintc.regmap.Field;
import taskintc.regmap.IndexKind;
import taskintc.regmap.Page;
import taskintc.regmap.PageKind;
import taskintc.regmap.Register;
import taskintc.regmap.RegisterMap;

/**
 * The Rocket SoC's address map, declared once: the regions of the memory map, and the register blocks of the
 * devices software reaches there (the harness's simulation device and NIC model, Rocket's CLINT and PLIC as the
 * benchmark uses them). {@link SocMapEmitters} writes them for C++ (the harness), Rust (the firmware), assembly
 * (the smoke test) and JSON/Markdown (scripts and docs); nothing else spells an address or offset out.
 *
 * <p>Each device block is a {@link RegisterMap} with one page kind, {@link PageKind#CONTROL}: these are
 * machine-mode devices, privileged like the controller's control region. The block's page gives its base and,
 * for the NIC, the stride and count of its queues.
 */
public final class SocMap {
    private SocMap() {}

    /** One range of the memory map. */
    public record Region(String name, long base, long size, String description) {
        public Region {
            if (size <= 0 || base < 0) throw new IllegalArgumentException("region " + name + ": bad base/size");
        }

        public long end() {
            return base + size;
        }
    }

    public static final long BOOT_ROM_BASE = 0x1_0000L, RESET_VECTOR = 0x1_0040L;
    public static final long CLINT_BASE = 0x200_0000L, CLINT_SIZE = 0x1_0000L;
    public static final long PLIC_BASE = 0xC00_0000L, PLIC_SIZE = 0x400_0000L;
    /** Rocket's MMIO port window in rocket-chip's DefaultConfig. */
    public static final long MMIO_BASE = 0x6000_0000L, MMIO_SIZE = 0x2000_0000L;
    public static final long INTC_BASE = 0x6000_0000L;
    /** The window passed out to the harness (SIM device and NIC model). */
    public static final long DEVICE_BASE = 0x6100_0000L, DEVICE_SIZE = 0x1_0000L;
    public static final long SIM_BASE = DEVICE_BASE, SIM_SIZE = 0x1000L;
    public static final long NIC_BASE = DEVICE_BASE + 0x1000L, NIC_STRIDE = 0x100L;
    public static final int NIC_QUEUES = 4;
    public static final long RAM_BASE = 0x8000_0000L, RAM_SIZE = 64L << 20;
    /** Harts the harness can report a controller interrupt edge for (SIM's usip_raised[h]). */
    public static final int MAX_HARTS = 8;

    /** The memory map; the controller's window is {@code intcSize} bytes (2^addressWidth of its configuration). */
    public static List<Region> regions(long intcSize) {
        return List.of(
                new Region("boot_rom", BOOT_ROM_BASE, 0x1_0000L, "rocket-chip's boot ROM: at the reset vector 0x10040 every hart jumps to RAM with a0 = mhartid"),
                new Region("clint", CLINT_BASE, CLINT_SIZE, "Rocket's CLINT: msip[h] (software interrupt of hart h), mtimecmp, mtime (1 tick per 100 cycles)"),
                new Region("plic", PLIC_BASE, PLIC_SIZE, "Rocket's PLIC: external interrupt inputs 0..3 are sources 1..4; context 2h is hart h's machine mode"),
                new Region("taskintc", INTC_BASE, intcSize, "the controller (AXI4 binding); control region at +0, context c at +0x1000*(c+1)"),
                new Region("sim", SIM_BASE, SIM_SIZE, "the harness's simulation device: console, exit, records, cycle counter"),
                new Region("nic", NIC_BASE, NIC_STRIDE * NIC_QUEUES, "the harness's NIC model, one block of registers per queue pair"),
                new Region("ram", RAM_BASE, RAM_SIZE, "RAM; the ELF's loadable segments are placed here before reset"));
    }

    private static Register<Void> reg(String name, int offset, Access access, String description) {
        return new Register<>(name, PageKind.CONTROL, offset, access, 0, 1, 8, IndexKind.NONE, List.of(), description,
                access == Access.RC, null);
    }

    private static Register<Void> array(String name, int offset, Access access, int count, int stride, IndexKind index,
                                  String description) {
        return new Register<>(name, PageKind.CONTROL, offset, access, 0, count, stride, index, List.of(), description, false, null);
    }

    private static RegisterMap<Void> device(String top, int regionBits, int dataWidth, Page page, List<Register<Void>> registers,
                                      Map<String, Long> constants) {
        return new RegisterMap<>(top, regionBits, dataWidth, regionBits, new LinkedHashMap<>(), List.of(page), registers,
                Map.of(), constants);
    }

    /** The harness's simulation device (64-bit registers; any other offset or a narrow access is refused). */
    public static RegisterMap<Void> sim() {
        return device("sim", 12, 64, new Page(PageKind.CONTROL, SIM_BASE, SIM_SIZE, 1, "simulation device"), List.of(
                reg("console", 0x00, Access.WO, "Write a byte (bits 7:0) to the console (standard output)."),
                reg("exit", 0x08, Access.WO, "End the simulation: 0 passes, any other value fails (exit status 1)."),
                reg("record", 0x10, Access.WO, "Append the 64-bit value to the records file (+records=FILE), one decimal line."),
                reg("cycle", 0x18, Access.RO, "Free-running cycle counter: rising clock edges since reset, sampled when the read request reaches the device. Counts in WFI (Rocket's mcycle does not)."),
                reg("harts", 0x20, Access.RO, "Harts of the simulated SoC."),
                array("usip_raised", 0x100, Access.RO, MAX_HARTS, 8, IndexKind.HART,
                        "The cycle (as cycle counts it) of the last rising edge of the controller's usip output of hart h (its mip bit 16); 0 before the first.")),
                new LinkedHashMap<>());
    }

    /** One NIC queue pair's registers; queue q's block is at NIC base + q * stride. */
    public static RegisterMap<Void> nic() {
        Map<String, Long> constants = new LinkedHashMap<>();
        constants.put("RING", 64L);
        constants.put("MIN_INTERVAL", 2L);
        constants.put("MIN_SIZE", 8L);
        constants.put("MAX_SIZE", 1536L);
        constants.put("GEN_FIXED", 0L);
        constants.put("GEN_POISSON", 1L);
        return device("nic", 8, 64, new Page(PageKind.CONTROL, NIC_BASE, NIC_STRIDE, NIC_QUEUES, "NIC queue pair q"), List.of(
                reg("rx_count", 0x00, Access.RO, "Packets in the RX ring (at most RING)."),
                reg("rx_stamp", 0x08, Access.RO, "The cycle (SIM cycle) the head packet entered the ring and raised its interrupts; 0 when empty."),
                reg("rx_len", 0x10, Access.RO, "Length in bytes of the head packet; 0 when empty."),
                new Register<>("rx_data", PageKind.CONTROL, 0x18, Access.RO, 0, 1, 8, IndexKind.NONE, List.of(),
                        "The head packet's next 8 bytes (little-endian); each read advances.", true, null),
                reg("rx_pop", 0x20, Access.WO, "Drop the head packet."),
                reg("tx_data", 0x28, Access.WO, "Append 8 bytes to the TX frame."),
                reg("tx_send", 0x30, Access.WO, "Send the TX frame of this length: the NIC compares it with the oldest packet not yet echoed and counts tx_ok or tx_bad."),
                reg("irq_enable", 0x38, Access.RW, "Bit 0: the PLIC line of this queue (a level: high while enabled and the ring is not empty)."),
                reg("gen_interval", 0x40, Access.RW, "Mean cycles between generated packets (at least MIN_INTERVAL)."),
                reg("gen_size", 0x48, Access.RW, "Packet size in bytes, MIN_SIZE..MAX_SIZE, a multiple of 8 (others refused)."),
                reg("gen_count", 0x50, Access.RW, "Packets still to generate; a write starts the generator (first arrival one interval later)."),
                reg("gen_mode", 0x58, Access.RW, "GEN_FIXED (every interval) or GEN_POISSON (exponential inter-arrival times)."),
                reg("rx_dropped", 0x60, Access.RO, "Packets that arrived at a full ring."),
                reg("tx_ok", 0x68, Access.RO, "Correct echoes."),
                reg("tx_bad", 0x70, Access.RO, "Wrong echoes (the harness fails the run if any)."),
                reg("gen_seed", 0x78, Access.RW, "Reseed the queue's generator (arrival times and payload bytes): the same seed gives the same traffic.")),
                constants);
    }

    /** Rocket's CLINT, as the software-IPI baseline uses it (32-bit msip, 64-bit mtime). */
    public static RegisterMap<Void> clint() {
        return device("clint", 16, 32, new Page(PageKind.CONTROL, CLINT_BASE, CLINT_SIZE, 1, "core-local interruptor"), List.of(
                array("msip", 0x0, Access.RW, MAX_HARTS, 4, IndexKind.HART, "Hart h's machine software interrupt (mip bit 3): bit 0."),
                array("mtimecmp", 0x4000, Access.RW, MAX_HARTS * 2, 4, IndexKind.WORD, "Hart h's timer compare, two 32-bit words."),
                array("mtime", 0xBFF8, Access.RO, 2, 4, IndexKind.WORD, "The timer, two 32-bit words; one tick per 100 cycles here.")),
                new LinkedHashMap<>());
    }

    /** Rocket's PLIC (32-bit registers), for NIC sources 1..4 and machine-mode contexts 2h. */
    public static RegisterMap<Void> plic() {
        Map<String, Long> constants = new LinkedHashMap<>();
        constants.put("CONTEXTS_PER_HART", 2L);
        constants.put("CLAIM_OFFSET", 4L);
        return device("plic", 26, 32, new Page(PageKind.CONTROL, PLIC_BASE, PLIC_SIZE, 1, "platform-level interrupt controller"), List.of(
                array("priority", 0x0, Access.RW, 8, 4, IndexKind.SOURCE, "Source s's priority (0 never interrupts)."),
                array("enable", 0x2000, Access.RW, 2 * MAX_HARTS, 0x80, IndexKind.CONTEXT, "Context x's enable bits, sources 0..31 (bit s)."),
                array("threshold", 0x20_0000, Access.RW, 2 * MAX_HARTS, 0x1000, IndexKind.CONTEXT,
                        "Context x's priority threshold; the word after it (CLAIM_OFFSET) claims: a read returns the highest pending enabled source (0: none), a write of it completes.")),
                constants);
    }
}
