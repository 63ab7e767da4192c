package taskintc.bus;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import taskintc.spec.BusKind;
import taskintc.spec.TaskIntcConfig;

/**
 * Which adapter binds the register map to the configured bus. Each adapter makes and names its own bus port
 * (AXI4-Lite and AXI4 {@code axi}, APB3 {@code apb}, Wishbone {@code wb}, TileLink {@code tl}); a top raises that port to its own
 * with {@code exposeSlave}. Adding a bus is its adapter class, its {@link BusKind} and one line here.
 */
public final class BusBinding {
    private BusBinding() {}

    private static final Map<BusKind, Function<TaskIntcConfig, BusAdapter>> ADAPTERS = new EnumMap<>(Map.of(
            BusKind.AXI4LITE, AxiLite4Adapter::new,
            BusKind.AXI4, Axi4Adapter::new,
            BusKind.APB3, Apb3Adapter::new,
            BusKind.WISHBONE, WishboneAdapter::new,
            BusKind.TILELINK, TileLinkAdapter::new));

    static {
        for (BusKind k : BusKind.values())
            if (!ADAPTERS.containsKey(k)) throw new ExceptionInInitializerError("no bus adapter for " + k.id());
    }

    /** The adapter of {@code cfg}'s bus, to instantiate as a child. */
    public static Supplier<BusAdapter> adapter(TaskIntcConfig cfg) {
        Function<TaskIntcConfig, BusAdapter> make = ADAPTERS.get(cfg.bus());
        return () -> make.apply(cfg);
    }
}
