package taskintc.regmap;

import java.util.List;

/**
 * The Verilog face of a generated top: bus kind and widths, the name of every bus signal, clock and
 * reset. Read off the elaborated design, so it always matches the Verilog. {@code commandStages}: registers an
 * access passes between the bus handshake and the unit that executes it (each delays a read's answer a cycle).
 */
public record BusPorts(String kind, int dataWidth, int addressWidth, String addressUnit, List<Signal> signals,
                       String clock, String reset, String resetKind, String resetActive, int commandStages) {
    public record Signal(String role, String name, String direction, int width) {}
}
