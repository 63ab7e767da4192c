package taskintc.dsl;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import scala.runtime.BoxedUnit;
import spinal.core.sim.SimCompiled;
import spinal.core.sim.SpinalSimConfig;
import spinal.core.sim.package$;

/**
 * A circuit compiled for simulation with Verilator (SpinalSim): compile once, then run any number of
 * simulations, each from reset with its own seed. Drive and read it with {@link SimPin} and {@link SimClock}.
 */
public final class SimModel<T extends Circuit> {
    /**
     * Where and how to compile: the model lives in {@code workspace/name} (its Verilog in
     * {@code workspace/rtl/name}); {@code wave} records an FST waveform per run, {@code coverage} compiles
     * with Verilator line and toggle coverage (each run writes coverage.dat into its test directory).
     */
    public record Options(Path workspace, String name, boolean wave, boolean coverage) {}

    private final SimCompiled<T> compiled;

    private SimModel(SimCompiled<T> compiled) {
        this.compiled = compiled;
    }

    public static <T extends Circuit> SimModel<T> compile(Options o, Supplier<T> top) {
        SpinalSimConfig sc = package$.MODULE$.SimConfig()
                .withVerilator()
                .withConfig(Elaborator.spinalConfig(o.workspace().resolve("rtl").resolve(o.name())))
                .workspacePath(o.workspace().toString())
                .workspaceName(o.name());
        if (o.wave()) sc = sc.withFstWave();
        if (o.coverage()) sc = sc.withCoverage();
        return new SimModel<>(sc.compile(() -> Hw.build(top)));
    }

    /** Runs one simulation named {@code test}: {@code body} gets the circuit to drive through pins and clock. */
    public void run(String test, int seed, Consumer<T> body) {
        compiled.doSim(test, seed, dut -> {
            body.accept(dut);
            return BoxedUnit.UNIT;
        });
    }

    /** Where the run named {@code test} writes its files (waveform, coverage). */
    public Path testPath(String test) {
        return Path.of(compiled.simConfig().getTestPath(test));
    }
}
