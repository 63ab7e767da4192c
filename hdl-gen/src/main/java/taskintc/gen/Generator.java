package taskintc.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import scala.jdk.javaapi.CollectionConverters;
import spinal.core.BaseType;
import spinal.core.Data;
import spinal.core.SpinalReport;
import taskintc.core.BusKind;
import taskintc.core.TaskIntc;
import taskintc.core.TaskIntcConfig;
import taskintc.dsl.Elaborator;
import taskintc.regmap.BusPorts;
import taskintc.regmap.RegisterMap;
import taskintc.regmap.RegmapEmitters;

/**
 * Generates one configuration: the Verilog and every register-map artifact, all named after the top.
 * Everything is produced in a scratch directory first and moved into place only when complete, so a
 * failure leaves the output directory untouched.
 */
public final class Generator {
    private Generator() {}

    public static List<Path> generate(TaskIntcConfig cfg, Path outDir) {
        try {
            Files.createDirectories(outDir.toAbsolutePath().getParent());
            Path scratch = Files.createTempDirectory(outDir.toAbsolutePath().getParent(), ".taskintc-gen-");
            try {
                SpinalReport<TaskIntc> report = Elaborator.verilog(scratch, () -> new TaskIntc(cfg));
                TaskIntc top = report.toplevel();
                RegisterMap map = top.registers;
                BusPorts ports = busPorts(cfg, top);
                String name = cfg.topName();
                write(scratch.resolve(name + ".regmap.json"), RegmapEmitters.json(map, ports));
                write(scratch.resolve(name + ".regmap.md"), RegmapEmitters.markdown(map, ports));
                write(scratch.resolve(name + ".h"), RegmapEmitters.cHeader(map));
                write(scratch.resolve(name + "_regs.rs"), RegmapEmitters.rust(map));
                List<Path> produced = new ArrayList<>();
                Files.createDirectories(outDir);
                try (Stream<Path> files = Files.list(scratch)) {
                    for (Path f : files.sorted().toList()) {
                        Path dst = outDir.resolve(f.getFileName());
                        Files.move(f, dst, StandardCopyOption.REPLACE_EXISTING);
                        produced.add(dst);
                    }
                }
                return produced;
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the bus, clock and reset signals as they appear in the Verilog. */
    static BusPorts busPorts(TaskIntcConfig cfg, TaskIntc top) {
        Data bus = top.bus;
        String prefix = bus.getName() + "_";
        List<BusPorts.Signal> signals = new ArrayList<>();
        for (BaseType s : CollectionConverters.asJava(bus.flatten())) {
            String n = s.getName();
            signals.add(new BusPorts.Signal(n.startsWith(prefix) ? n.substring(prefix.length()) : n, n,
                    s.isInput() ? "input" : "output", s.getBitsWidth()));
        }
        int wordBits = Integer.numberOfTrailingZeros(cfg.taskWidth() / 8);
        boolean wordAddressed = cfg.bus() == BusKind.WISHBONE;
        return new BusPorts(cfg.bus().id(), cfg.taskWidth(), cfg.addressWidth() - (wordAddressed ? wordBits : 0),
                wordAddressed ? "word" : "byte", signals, Elaborator.CLOCK, Elaborator.RESET, "synchronous", "high");
    }

    private static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
