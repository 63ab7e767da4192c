package taskintc.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The bus the register map is bound to. All share one register-map declaration. */
public enum BusKind {
    AXI4LITE("axi4lite"),
    APB3("apb3"),
    WISHBONE("wishbone"),
    AXI4("axi4"),
    /** TileLink Uncached Lightweight (TL-UL), the native bus of rocket-chip, Chipyard and OpenTitan. */
    TILELINK("tilelink");

    /** The allowed values as error messages say them. */
    public static final String RANGE = "(bus binding) must be one of "
            + Arrays.stream(values()).map(BusKind::id).collect(Collectors.joining(", "));

    private final String id;

    BusKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The bus named {@code s} (case-insensitive), or null. */
    public static BusKind byId(String s) {
        for (BusKind k : values()) if (k.id.equals(s.trim().toLowerCase(Locale.ROOT))) return k;
        return null;
    }
}
