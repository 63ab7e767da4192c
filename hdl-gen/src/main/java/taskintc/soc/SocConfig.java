package taskintc.soc;

import java.util.ArrayList;
import java.util.List;

import taskintc.spec.BusKind;
import taskintc.spec.InvalidConfigException;
import taskintc.spec.TaskIntcConfig;

/**
 * The Rocket SoC around a controller: where the controller and the harness's devices sit in Rocket's MMIO
 * window. Rocket's own map (boot ROM, CLINT, PLIC, memory at 0x8000_0000) is the rocket-chip configuration's.
 *
 * @param intc        the controller; its bus must be AXI4 and its words 64 bits (Rocket's MMIO beats)
 * @param intcBase    base address of the controller's window (2^addressWidth bytes, aligned to its size)
 * @param deviceBase  base of the window passed out to the simulation harness (console, exit, NIC model)
 * @param deviceSize  size of that window, a power of two, aligned
 */
public record SocConfig(TaskIntcConfig intc, long intcBase, long deviceBase, long deviceSize) {
    /** Rocket's MMIO port window in rocket-chip's DefaultConfig (declared in {@link SocMap}). */
    public static final long MMIO_BASE = SocMap.MMIO_BASE, MMIO_SIZE = SocMap.MMIO_SIZE;
    public static final long INTC_BASE = SocMap.INTC_BASE, DEVICE_BASE = SocMap.DEVICE_BASE, DEVICE_SIZE = SocMap.DEVICE_SIZE;

    public SocConfig {
        List<String> errors = new ArrayList<>();
        if (intc.bus() != BusKind.AXI4) errors.add("--bus must be axi4 in the Rocket SoC (Rocket's MMIO port is AXI4); got " + intc.bus().id());
        if (intc.taskWidth() != 64) errors.add("--task-width must be 64 in the Rocket SoC (RV64, 64-bit MMIO beats); got " + intc.taskWidth());
        if (intc.nicQueues() < 1) errors.add("--nic-queues must be at least 1 in the Rocket SoC (the NIC model drives them); got " + intc.nicQueues());
        long intcSize = intcSize(intc);
        if (!window(intcBase, intcSize)) errors.add(String.format("controller window 0x%x+0x%x must be aligned and inside Rocket's MMIO window 0x%x+0x%x",
                intcBase, intcSize, MMIO_BASE, MMIO_SIZE));
        if (Long.bitCount(deviceSize) != 1 || !window(deviceBase, deviceSize))
            errors.add(String.format("device window 0x%x+0x%x must be a power of two, aligned, inside Rocket's MMIO window", deviceBase, deviceSize));
        if (deviceBase < intcBase + intcSize && intcBase < deviceBase + deviceSize) errors.add("device window overlaps the controller's");
        if (!errors.isEmpty()) throw new InvalidConfigException(errors);
    }

    public static SocConfig of(TaskIntcConfig intc) {
        return new SocConfig(intc, INTC_BASE, DEVICE_BASE, DEVICE_SIZE);
    }

    static long intcSize(TaskIntcConfig intc) {
        return 1L << intc.addressWidth();
    }

    private static boolean window(long base, long size) {
        return size > 0 && base % size == 0 && base >= MMIO_BASE && base + size <= MMIO_BASE + MMIO_SIZE;
    }
}
