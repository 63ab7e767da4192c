package taskintc.board;

import java.util.List;

import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.LibraryPlic;

/**
 * The comparison point: SpinalHDL's own {@code AxiLite4Plic} (the interrupt controller a user would
 * otherwise pick) in the same board design as the controller (UART bridge as its AXI4-Lite master, buttons
 * and timer as sources, LEDs), so the FPGA flow measures both the same way. Ports as {@link BoardTop}.
 */
public final class PlicBoardTop extends BridgedBoard {
    /** What each LED shows, in board LED order. */
    public static final List<String> LED_SIGNALS = List.of("heartbeat", "error (last bridge reply)", "activity",
            "target 0 interrupt", "target 1 interrupt", "timer line", "button 0 (debounced)", "target 2 interrupt");

    public final HwBool uartRx, uartTx;
    public final HwBits buttons, leds;

    public static String moduleNameOf(int sources, int targets) {
        return "Board_AxiLite4Plic_s" + sources + "_t" + targets;
    }

    public PlicBoardTop(int sources, int targets, BoardTop.Params p) {
        if (sources < 2 || sources > 1023) throw new IllegalArgumentException("--plic-sources must be in 2..1023; got " + sources);
        if (targets < 1 || targets > 15) throw new IllegalArgumentException("--plic-targets must be in 1..15; got " + targets);
        moduleName(moduleNameOf(sources, targets));
        uartRx = inBool("uart_rx");
        uartTx = outBool("uart_tx");
        buttons = inBits("buttons", p.buttons());
        leds = outBits("leds", p.leds());

        LibraryPlic plic = LibraryPlic.child(this, "plic", sources, targets);
        int addressWidth = plic.bus.addressWidth(), dataWidth = plic.bus.dataWidth();
        BridgeConfig bc = new BridgeConfig(p.clockHz(), p.baud(), dataWidth / 8, addressWidth, BridgeConfig.DEFAULT_TIMEOUT_BITS);
        UartBridge bridge = child("bridge", () -> new UartBridge(bc));
        bridge.rx.assign(uartRx);
        uartTx.assign(bridge.tx);
        axiLiteMaster(plic.bus, bridge, dataWidth);

        HwBits stable = debounced(buttons, p.debounceCycles());
        HwBool timerLine = timer(p.timerPeriodCycles());
        // PLIC source 0 does not exist (ids start at 1): bit 0 of io.sources is id 1. Buttons first, then the timer.
        HwBits storm = exerciser(sources, stable.bit(0));
        HwBool[] lines = new HwBool[sources];
        for (int s = 0; s < sources; s++) lines[s] = s < p.buttons() ? stable.bit(s) : s == p.buttons() ? timerLine : storm.bit(s);
        plic.sources.assign(bitsOf(lines, sources));
        HwBits targetLines = plic.targets;
        HwBool[] status = {heartbeat(p.clockHz()), bridge.lastError, bridge.activity, targetLines.bit(0),
                targets > 1 ? targetLines.bit(1) : Hw.lit(false), timerLine, stable.bit(0),
                targets > 2 ? targetLines.bit(2) : Hw.lit(false)};
        leds.assign(bitsOf(status, p.leds()));
    }
}
