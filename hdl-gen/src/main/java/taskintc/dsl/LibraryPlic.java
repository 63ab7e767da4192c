package taskintc.dsl;

import spinal.core.Bits;
import spinal.core.Bundle;
import spinal.core.Data;
import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.misc.plic.AxiLite4Plic;

/** spinal.lib's {@code AxiLite4Plic} (a RISC-V PLIC on AXI4-Lite), instantiated in a circuit, with its ports. */
public final class LibraryPlic {
    /** The register interface (a slave: drive it as its master). */
    public final AxiLite4Bus bus;
    /** Interrupt lines in: bit i is PLIC source i + 1 (source 0 does not exist). */
    public final HwBits sources;
    /** One interrupt output per target. */
    public final HwBits targets;

    private LibraryPlic(Bundle io) {
        bus = AxiLite4Bus.of((AxiLite4) element(io, "bus"));
        sources = new HwBits((Bits) element(io, "sources"));
        targets = new HwBits((Bits) element(io, "targets"));
    }

    /** Adds a PLIC of {@code sources} sources and {@code targets} targets to {@code owner} as child {@code name}. */
    public static LibraryPlic child(Circuit owner, String name, int sources, int targets) {
        AxiLite4Plic plic = owner.child(name, () -> new AxiLite4Plic(sources, targets));
        return new LibraryPlic(plic.io());
    }

    private static Data element(Bundle b, String name) {
        Data d = b.find(name);
        if (d == null) throw new IllegalStateException("AxiLite4Plic.io has no " + name);
        return d;
    }
}
