package taskintc.soc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import taskintc.dsl.Elaborator;
import taskintc.dsl.OutputDirectory;
import taskintc.spec.InvalidConfigException;

/** Writes the SoC top ({@code TaskIntcRocketSoc.v}, with the controller inside), all or nothing. */
public final class SocGenerator {
    private SocGenerator() {}

    /** The Rocket module the SoC wraps, as rocket-chip's generator names it. */
    public static final String ROCKET_MODULE = "TaskIntcRocketSystem";

    public static Path generate(SocConfig cfg, Path rocketVerilog, Path outDir) throws IOException {
        VerilogModule rocket = VerilogModule.read(rocketVerilog, ROCKET_MODULE);
        int harts = SocTop.rocketHarts(rocket);
        if (harts != cfg.intc().harts())
            throw new InvalidConfigException(List.of("--harts must equal the Rocket system's harts (" + harts + ", from its local interrupt ports); got "
                    + cfg.intc().harts()));
        OutputDirectory.write(outDir, scratch -> Elaborator.verilog(scratch, () -> new SocTop(cfg, rocket)));
        return outDir.resolve(SocTop.MODULE + ".v");
    }
}
