package taskintc.spec;

import java.util.Locale;

/** How a generic interrupt line becomes events (the reset value of each source's trigger bit). */
public enum Trigger {
    /** One event per high period: raised when the line is high, re-armed when it is seen low. */
    LEVEL("level"),
    /** One event per rising edge, every edge counted. */
    EDGE("edge");

    private final String id;

    Trigger(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Trigger parse(String s) {
        for (Trigger t : values()) if (t.id.equals(s.toLowerCase(Locale.ROOT))) return t;
        throw new IllegalArgumentException("trigger (reset trigger of generic sources) must be one of level, edge; got '" + s + "'");
    }
}
