package taskintc.dsl;

import spinal.core.Bits;
import spinal.core.HardType$;
import spinal.core.Mem;
import spinal.core.Mem$;
import spinal.core.package$;

/**
 * A memory of bit vectors. {@link #readSync} registers the address (data valid the next cycle), which
 * is what FPGA block RAMs and ASIC SRAMs implement; {@link #readAsync} is for small LUT memories.
 */
public final class Ram {
    private final Circuit owner;
    private final String name;
    private final Mem<Bits> mem;
    private final int width;
    private int readPorts;

    Ram(Circuit owner, String name, int depth, int width) {
        this.owner = owner;
        this.name = name;
        this.width = width;
        this.mem = Mem$.MODULE$.apply(HardType$.MODULE$.apply(() -> package$.MODULE$.Bits(Hw.bits(width))), depth);
        owner.name(mem, name);
    }

    /** Asks synthesis to build this memory from logic (flip-flops and multiplexers) instead of a RAM block: for
     *  memories far smaller than a block, on devices whose blocks are scarce. Simulation is unchanged. */
    public Ram inLogic() {
        mem.addAttribute("ram_style", "logic");
        return this;
    }

    /** The most bits {@link #inLogicIfSmall} builds from logic: about where a memory's flip-flops and multiplexers
     *  (a logic cell or two a bit) take as large a share of an iCE40's 7,680 cells as one block RAM of its 32. */
    public static final int LOGIC_BITS = 256;

    /** {@link #inLogic} for a memory of at most {@link #LOGIC_BITS} bits; a larger one stays a block RAM. */
    public Ram inLogicIfSmall() {
        return (long) mem.wordCount() * width <= LOGIC_BITS ? inLogic() : this;
    }

    public int width() {
        return width;
    }

    public int addressWidth() {
        return mem.addressWidth();
    }

    /** Data at {@code address} one cycle after a cycle where {@code enable} is high; held otherwise. */
    public HwBits readSync(HwUInt address, HwBool enable) {
        Bits data = mem.readSync(address.raw(), enable.raw(), mem.readSync$default$3(), false);
        return owner.name(new HwBits(data), name + "_rd" + (readPorts++));
    }

    public HwBits readAsync(HwUInt address) {
        Bits data = mem.readAsync(address.raw(), mem.readAsync$default$2());
        return owner.name(new HwBits(data), name + "_rd" + (readPorts++));
    }

    public void write(HwUInt address, HwBits data, HwBool enable) {
        mem.write(address.raw(), data.raw(), enable.raw(), null);
    }

    Mem<Bits> raw() {
        return mem;
    }
}
