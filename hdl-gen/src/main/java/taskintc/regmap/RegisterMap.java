package taskintc.regmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete register map: the pages, the registers on each kind of page, and the named field layouts
 * (such as the task word) that registers carry. Built once per configuration by a declaration and
 * consumed by the RTL decoder and every emitter.
 *
 * @param <B> what a register does in the declaring block (the controller binds registers to core operations)
 */
public final class RegisterMap<B> {
    /** The smallest region: one 4 KiB page. Larger source windows double it as needed. */
    public static final int PAGE_BITS = 12;
    public static final int PAGE_BYTES = 1 << PAGE_BITS;

    private final String top;
    private final int regionBits;
    private final int dataWidth;
    private final int addressWidth;
    private final Map<String, Object> parameters;
    private final List<Page> pages;
    private final List<Register<B>> registers;
    private final Map<String, List<Field>> layouts;
    private final Map<String, Long> constants;

    public RegisterMap(String top, int dataWidth, int addressWidth, Map<String, Object> parameters, List<Page> pages,
                       List<Register<B>> registers, Map<String, List<Field>> layouts, Map<String, Long> constants) {
        this(top, PAGE_BITS, dataWidth, addressWidth, parameters, pages, registers, layouts, constants);
    }

    public RegisterMap(String top, int regionBits, int dataWidth, int addressWidth, Map<String, Object> parameters,
                       List<Page> pages, List<Register<B>> registers, Map<String, List<Field>> layouts, Map<String, Long> constants) {
        this.top = top;
        this.regionBits = regionBits;
        this.dataWidth = dataWidth;
        this.addressWidth = addressWidth;
        this.parameters = new LinkedHashMap<>(parameters);
        this.pages = List.copyOf(pages);
        this.registers = List.copyOf(registers);
        this.layouts = new LinkedHashMap<>(layouts);
        this.constants = new LinkedHashMap<>(constants);
        validate();
    }

    private void validate() {
        int slot = dataWidth / 8;
        for (PageKind kind : PageKind.values()) {
            List<Register<B>> on = on(kind);
            for (Register<B> r : on) {
                if (r.offset() % slot != 0 || (r.count() > 1 && r.stride() % slot != 0))
                    throw new IllegalStateException(r.name() + ": offset not aligned to " + slot + " bytes");
                if (r.isArray()) {
                    long region = Long.highestOneBit(Math.max(1, (long) r.count() * r.stride() - 1)) << 1;
                    if (r.count() == 1) region = r.stride();
                    if (r.offset() % region != 0 || Integer.bitCount(r.stride()) != 1)
                        throw new IllegalStateException(r.name() + ": an array must start on a multiple of its "
                                + region + "-byte region and have a power-of-two stride");
                }
                if (r.endOffset() > regionBytes())
                    throw new IllegalStateException(r.name() + ": ends at 0x" + Integer.toHexString(r.endOffset())
                            + ", beyond the " + regionBytes() + "-byte region");
                for (Field f : r.fields())
                    if (f.msb() >= dataWidth) throw new IllegalStateException(r.name() + "." + f.name() + " exceeds data width");
            }
            for (int i = 0; i < on.size(); i++)
                for (int j = i + 1; j < on.size(); j++) {
                    Register<B> a = on.get(i), b = on.get(j);
                    // The decoder's windows: an array takes a power of two of slots, at least two (one index bit).
                    if (a.offset() < b.decodedEnd() && b.offset() < a.decodedEnd())
                        throw new IllegalStateException("registers " + a.name() + " and " + b.name() + " overlap");
                }
        }
    }

    public String top() { return top; }

    /** log2 of the size of each region (the control region and every context region). */
    public int regionBits() { return regionBits; }

    public int regionBytes() { return 1 << regionBits; }

    public int dataWidth() { return dataWidth; }

    public int addressWidth() { return addressWidth; }

    public Map<String, Object> parameters() { return parameters; }

    public List<Page> pages() { return pages; }

    public List<Register<B>> registers() { return registers; }

    /** Named field layouts that are not registers themselves (the task word). */
    public Map<String, List<Field>> layouts() { return layouts; }

    /** Named numeric constants software needs (error codes, page size). */
    public Map<String, Long> constants() { return constants; }

    /** The registers on {@code kind}'s pages, in declaration order. */
    public List<Register<B>> on(PageKind kind) {
        List<Register<B>> out = new ArrayList<>();
        for (Register<B> r : registers) if (r.page() == kind) out.add(r);
        return out;
    }

    /** The registers on {@code kind}'s pages by offset: the order every document and header lists them in. */
    public List<Register<B>> byOffset(PageKind kind) {
        List<Register<B>> out = on(kind);
        out.sort(Comparator.comparingInt(Register::offset));
        return out;
    }

    /** Every register, page kind by page kind (control first), each by offset. */
    public List<Register<B>> byOffset() {
        List<Register<B>> out = new ArrayList<>();
        for (PageKind kind : PageKind.values()) out.addAll(byOffset(kind));
        return out;
    }

    public Page page(PageKind kind) {
        for (Page p : pages) if (p.kind() == kind) return p;
        throw new IllegalArgumentException("no page " + kind);
    }

    public Register<B> register(PageKind kind, String name) {
        for (Register<B> r : registers) if (r.page() == kind && r.name().equals(name)) return r;
        throw new IllegalArgumentException("no register " + kind.id() + "." + name);
    }
}
