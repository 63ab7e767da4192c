package taskintc.spec;

import java.util.Locale;

/** How a generic interrupt line becomes events (the reset value of each source's trigger bit). */
public enum Trigger {
    /** One event per high period: raised when the line is high, re-armed when it is seen low. */
    LEVEL("level"),
    /** One event per rising edge, every edge counted. */
    EDGE("edge");

    /** The allowed values as error messages say them. */
    public static final String RANGE = "(reset trigger of the generic sources) must be one of level, edge";

    private final String id;

    Trigger(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The trigger named {@code s} (case-insensitive), or null. */
    public static Trigger byId(String s) {
        for (Trigger t : values()) if (t.id.equals(s.trim().toLowerCase(Locale.ROOT))) return t;
        return null;
    }
}
