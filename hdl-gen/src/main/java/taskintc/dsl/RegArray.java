package taskintc.dsl;

import java.util.List;

import spinal.core.Bits;
import spinal.core.Vec;

/** Registers indexed at run time (a Verilog register file that is not a memory: every bit is visible). */
public final class RegArray {
    private final Vec<Bits> vec;
    private final List<HwBits> regs;

    RegArray(Vec<Bits> vec, List<HwBits> regs) {
        this.vec = vec;
        this.regs = List.copyOf(regs);
    }

    public int size() {
        return regs.size();
    }

    public HwBits get(int i) {
        return regs.get(i);
    }

    public HwBits get(HwUInt index) {
        if (regs.size() == 1) return regs.get(0); // a one-element array has no index bits
        return new HwBits(vec.apply(index.resize(Hw.log2Up(regs.size())).raw()));
    }

    Vec<Bits> raw() {
        return vec;
    }
}
