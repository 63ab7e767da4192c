package taskintc.soc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import taskintc.dsl.Elaborator;

/** Writes the SoC top ({@code TaskIntcRocketSoc.v}, with the controller inside) next to nothing else: all or nothing. */
public final class SocGenerator {
    private SocGenerator() {}

    /** The Rocket module the SoC wraps, as rocket-chip's generator names it. */
    public static final String ROCKET_MODULE = "ExampleRocketSystem";

    public static Path generate(SocConfig cfg, Path rocketVerilog, Path outDir) throws IOException {
        VerilogModule rocket = VerilogModule.read(rocketVerilog, ROCKET_MODULE);
        Files.createDirectories(outDir.toAbsolutePath().getParent());
        Path scratch = Files.createTempDirectory(outDir.toAbsolutePath().getParent(), ".taskintc-soc-");
        try {
            Elaborator.verilog(scratch, () -> new SocTop(cfg, rocket));
            Files.createDirectories(outDir);
            Path dst = outDir.resolve(SocTop.MODULE + ".v");
            Files.move(scratch.resolve(SocTop.MODULE + ".v"), dst, StandardCopyOption.REPLACE_EXISTING);
            return dst;
        } finally {
            try (Stream<Path> s = Files.walk(scratch)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static List<String> describe(SocConfig cfg) {
        return List.of(String.format("controller %s at 0x%08x (%d KiB), devices at 0x%08x (%d KiB)", cfg.intc().topName(),
                cfg.intcBase(), SocConfig.intcSize(cfg.intc()) >> 10, cfg.deviceBase(), cfg.deviceSize() >> 10));
    }
}
