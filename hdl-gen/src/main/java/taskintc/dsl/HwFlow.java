package taskintc.dsl;

import java.util.function.Supplier;

import spinal.core.Data;
import spinal.core.HardType$;
import spinal.lib.Flow;
import spinal.lib.Flow$;

/** A valid-qualified payload without back-pressure (spinal.lib's Flow). */
public final class HwFlow<T extends Data> {
    private final Flow<T> raw;

    HwFlow(Flow<T> raw) {
        this.raw = raw;
    }

    static <T extends Data> Flow<T> create(Supplier<T> payload) {
        return Flow$.MODULE$.apply(HardType$.MODULE$.apply(payload::get));
    }

    public HwBool valid() { return new HwBool(raw.valid()); }

    public T payload() { return raw.payload(); }

    /** Keeps the handshake reachable from the simulator (see {@link HwData#simPublic()}). */
    public HwFlow<T> simPublic() {
        valid().simPublic();
        return this;
    }

    Flow<T> raw() { return raw; }
}
