package taskintc.dsl;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import scala.Console$;
import scala.Function0;

import spinal.core.ClockDomainConfig;
import spinal.core.Component;
import spinal.core.HIGH$;
import spinal.core.RISING$;
import spinal.core.SYNC$;
import spinal.core.SpinalConfig;
import spinal.core.SpinalConfig$;
import spinal.core.SpinalReport;

/**
 * Turns a circuit into Verilog with the project's fixed conventions: clock {@code clk}, synchronous
 * active-high {@code reset}, sub-modules prefixed with the top's name (so two configurations can live in
 * one design), and no dates in the output.
 */
public final class Elaborator {
    private Elaborator() {}

    public static final String CLOCK = "clk";
    public static final String RESET = "reset";

    static ClockDomainConfig clockDomainConfig() {
        return new ClockDomainConfig(RISING$.MODULE$, SYNC$.MODULE$, HIGH$.MODULE$, HIGH$.MODULE$, HIGH$.MODULE$);
    }

    /**
     * SpinalHDL's configuration with every default except ours. SpinalConfig is a Scala case class with
     * some fifty parameters and no setters for most: build the default one (Scala default arguments
     * reached by reflection), then copy it element by element, replacing ours by name.
     */
    static SpinalConfig spinalConfig(Path targetDirectory) {
        Map<String, Object> ours = new HashMap<>();
        ours.put("defaultConfigForClockDomains", clockDomainConfig());
        ours.put("targetDirectory", targetDirectory.toString());
        ours.put("privateNamespace", true);
        ours.put("headerWithDate", false);
        ours.put("headerWithRepoHash", false); // the repository's hash would make output depend on the checkout
        try {
            Constructor<?> ctor = null;
            for (Constructor<?> c : SpinalConfig.class.getConstructors())
                if (ctor == null || c.getParameterCount() > ctor.getParameterCount()) ctor = c;
            Object[] args = new Object[ctor.getParameterCount()];
            for (int i = 0; i < args.length; i++)
                args[i] = SpinalConfig$.class.getMethod("$lessinit$greater$default$" + (i + 1)).invoke(SpinalConfig$.MODULE$);
            SpinalConfig base = (SpinalConfig) ctor.newInstance(args);
            if (base.productArity() != args.length) throw new IllegalStateException("unexpected SpinalConfig shape");
            Set<String> applied = new HashSet<>();
            scala.collection.Iterator<String> names = base.productElementNames();
            for (int i = 0; i < args.length; i++) {
                String name = names.next();
                if (ours.containsKey(name)) {
                    args[i] = ours.get(name);
                    applied.add(name);
                }
            }
            if (!applied.equals(ours.keySet()))
                throw new IllegalStateException("SpinalConfig lacks " + ours.keySet().stream().filter(k -> !applied.contains(k)).toList());
            return (SpinalConfig) ctor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build SpinalConfig for this SpinalHDL version", e);
        }
    }

    /**
     * Elaborates the top, writes {@code <top>.v} into {@code targetDirectory} and returns the elaborated top.
     * SpinalHDL's own log (banner, date, progress, the count of unused signals it pruned, which is normal for
     * generated logic) is kept quiet: other warnings go to standard error, and the whole log when elaboration fails.
     */
    public static <T extends Component> T verilog(Path targetDirectory, Supplier<T> top) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Function0<SpinalReport<T>> elaborate = () -> spinalConfig(targetDirectory).generateVerilog(() -> Hw.build(top));
        // SpinalHDL's passes recurse over the netlist; large configurations need a deep stack.
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = Console$.MODULE$.withOut(log, () -> Console$.MODULE$.withErr(log, elaborate));
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "elaborate", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while elaborating", e);
        }
        String text = ANSI.matcher(log.toString(StandardCharsets.UTF_8)).replaceAll("");
        if (failure[0] != null) System.err.print(text);
        else text.lines().filter(l -> l.startsWith("[Warning]") && !l.contains("signals were pruned")).forEach(System.err::println);
        if (failure[0] instanceof RuntimeException re) throw re;
        if (failure[0] instanceof Error er) throw er;
        if (failure[0] != null) throw new IllegalStateException(failure[0]);
        @SuppressWarnings("unchecked") SpinalReport<T> r = (SpinalReport<T>) result[0];
        return r.toplevel();
    }

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
}
