package taskintc.formal;

import java.nio.file.Path;

import taskintc.dsl.Elaborator;
import taskintc.spec.BusKind;
import taskintc.spec.TaskIntcConfig;
import taskintc.spec.Trigger;

/**
 * Writes the Verilog of the formal harness ({@link FormalCore}) for the small configuration the proofs
 * run on: 2 contexts, 2 levels, 4 entries, 32-bit words, 1 hart, 1 edge-triggered source, 4-bit pending
 * counts. Usage: {@code FormalRtl <output directory>}.
 */
public final class FormalRtl {
    private FormalRtl() {}

    /** The configuration of the proofs; the properties in formal/core_props.sv are written for it. */
    public static final TaskIntcConfig CONFIG = new TaskIntcConfig(2, 2, 4, 32, 1, 1, 0, 4, Trigger.EDGE, BusKind.AXI4LITE);

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: FormalRtl <output directory>");
            System.exit(2);
        }
        Elaborator.verilog(Path.of(args[0]), () -> new FormalCore(CONFIG));
        System.out.println("formal: wrote " + Path.of(args[0]).resolve("FormalCore.v"));
    }
}
