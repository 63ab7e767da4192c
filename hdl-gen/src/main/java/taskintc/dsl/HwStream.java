package taskintc.dsl;

import java.util.function.Supplier;

import spinal.core.Data;
import spinal.core.HardType$;
import spinal.lib.Stream;
import spinal.lib.Stream$;

/** A valid/ready handshake carrying a payload (spinal.lib's Stream). */
public final class HwStream<T extends Data> {
    private final Stream<T> raw;

    HwStream(Stream<T> raw) {
        this.raw = raw;
    }

    static <T extends Data> Stream<T> create(Supplier<T> payload) {
        return Stream$.MODULE$.apply(HardType$.MODULE$.apply(payload::get));
    }

    public HwBool valid() { return new HwBool(raw.valid()); }

    public HwBool ready() { return new HwBool(raw.ready()); }

    public T payload() { return raw.payload(); }

    /** Keeps the handshake reachable from the simulator (see {@link HwData#simPublic()}). */
    public HwStream<T> simPublic() {
        valid().simPublic();
        ready().simPublic();
        return this;
    }

    /** valid and ready in the same cycle: the transfer happens. */
    public HwBool fire() { return valid().and(ready()); }

    Stream<T> raw() { return raw; }
}
