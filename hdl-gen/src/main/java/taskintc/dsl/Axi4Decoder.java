package taskintc.dsl;

import java.util.ArrayList;
import java.util.List;

import scala.jdk.javaapi.CollectionConverters;
import spinal.core.Component;
import spinal.core.Vec;
import spinal.lib.bus.amba4.axi.Axi4;
import spinal.lib.bus.amba4.axi.Axi4ReadOnly;
import spinal.lib.bus.amba4.axi.Axi4ReadOnlyDecoder;
import spinal.lib.bus.amba4.axi.Axi4WriteOnly;
import spinal.lib.bus.amba4.axi.Axi4WriteOnlyDecoder;
import spinal.lib.bus.misc.SizeMapping;

/**
 * spinal.lib's AXI4 address decoders: one AXI4 master split into address windows, each an AXI4 output to
 * connect to a slave ({@link Circuit#connect(HwBus, HwBus)}); an address in no window is answered DECERR.
 */
public final class Axi4Decoder {
    private Axi4Decoder() {}

    /** An address window: {@code size} bytes from {@code base}, a power of two, aligned. */
    public record Window(long base, long size) {}

    /**
     * Adds {@code <name>ReadDecoder} and {@code <name>WriteDecoder} to {@code owner}, driven by {@code input}, with
     * up to {@code pending} transactions in flight per direction; returns one output per window, in order.
     */
    public static List<Axi4Bus> split(Circuit owner, String name, Axi4Bus input, List<Window> windows, int pending) {
        var mappings = CollectionConverters.asScala(windows.stream()
                .map(wd -> new SizeMapping(Hw.big(java.math.BigInteger.valueOf(wd.base())), Hw.big(java.math.BigInteger.valueOf(wd.size()))))
                .toList()).toSeq();
        Axi4 in = (Axi4) input.raw();
        Axi4ReadOnlyDecoder reads = owner.child(name + "ReadDecoder", () -> new Axi4ReadOnlyDecoder(in.config(), mappings, pending));
        Axi4WriteOnlyDecoder writes = owner.child(name + "WriteDecoder", () -> new Axi4WriteOnlyDecoder(in.config(), mappings, pending));
        in.toReadOnly(false).$greater$greater(Axi4Decoder.<Axi4ReadOnly>io(reads, "input"));
        in.toWriteOnly(false).$greater$greater(Axi4Decoder.<Axi4WriteOnly>io(writes, "input"));
        Vec<Axi4ReadOnly> readOuts = io(reads, "outputs");
        Vec<Axi4WriteOnly> writeOuts = io(writes, "outputs");
        List<Axi4Bus> outs = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) outs.add(Axi4Bus.of(input.shape(), readOuts.apply(i), writeOuts.apply(i)));
        return outs;
    }

    /** spinal.lib's decoders declare {@code io} as an anonymous bundle, reachable from Java by reflection only. */
    @SuppressWarnings("unchecked")
    private static <T> T io(Component c, String field) {
        try {
            Object io = c.getClass().getMethod("io").invoke(c);
            return (T) io.getClass().getMethod(field).invoke(io);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("spinal.lib " + c.getClass().getSimpleName() + " has no io." + field, e);
        }
    }
}
