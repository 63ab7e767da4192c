package taskintc.sim;

import java.util.List;

/** A bus functional model driving the controller's slave port, one cycle per {@link #step()}. */
public interface BusMaster {
    /** One register access as software would make it. {@code fullWidth} false writes only some byte lanes. */
    record Access(boolean write, long address, long data, boolean fullWidth) {
        public static Access read(long address) { return new Access(false, address, 0, true); }

        public static Access write(long address, long data) { return new Access(true, address, data, true); }
    }

    /** A finished access: read data (0 for writes), whether the bus answered with an error, when it was accepted. */
    record Completion(Access access, long data, boolean error, long acceptCycle, long requestCycle, long responseCycle) {}

    /** True when a read and a write may be in flight together. */
    boolean concurrent();

    /** Queues an access; at most one read and one write may be outstanding. */
    void submit(Access a);

    boolean idle();

    void step();

    /** Completions since the last call, in completion order. */
    List<Completion> takeCompleted();

    long cycle();

    /** The master's own reset: outstanding accesses are abandoned and every valid deasserted. */
    void abort();
}
