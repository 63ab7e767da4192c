package taskintc.soc;

import java.io.IOException;
import java.nio.file.Path;

import taskintc.dsl.Elaborator;
import taskintc.dsl.OutputDirectory;

/** Writes the SoC top ({@code TaskIntcRocketSoc.v}, with the controller inside), all or nothing. */
public final class SocGenerator {
    private SocGenerator() {}

    /** The Rocket module the SoC wraps, as rocket-chip's generator names it. */
    public static final String ROCKET_MODULE = "TaskIntcRocketSystem";

    public static Path generate(SocConfig cfg, Path rocketVerilog, Path outDir) throws IOException {
        VerilogModule rocket = VerilogModule.read(rocketVerilog, ROCKET_MODULE);
        OutputDirectory.write(outDir, scratch -> Elaborator.verilog(scratch, () -> new SocTop(cfg, rocket)));
        return outDir.resolve(SocTop.MODULE + ".v");
    }
}
