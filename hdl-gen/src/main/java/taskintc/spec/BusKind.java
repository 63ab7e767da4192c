package taskintc.spec;

import java.util.Locale;

/** The bus the register map is bound to. All share one register-map declaration. */
public enum BusKind {
    AXI4LITE("axi4lite"),
    APB3("apb3"),
    WISHBONE("wishbone"),
    AXI4("axi4");

    private final String id;

    BusKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static BusKind parse(String s) {
        for (BusKind k : values()) if (k.id.equals(s.toLowerCase(Locale.ROOT))) return k;
        throw new IllegalArgumentException("bus must be one of axi4lite, axi4, apb3, wishbone; got '" + s + "'");
    }
}
