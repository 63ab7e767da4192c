package taskintc.board;

import java.util.List;

import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.spec.TaskIntcConfig;
import taskintc.top.TaskIntc;

/**
 * The controller made usable on a board with nothing else: a {@link UartBridge} is the bus master of the
 * controller (on the configuration's bus), the buttons (synchronised and debounced) and a timer drive the
 * generic interrupt sources, and LEDs show status. Ports: {@code uart_rx}, {@code uart_tx},
 * {@code buttons} and {@code leds} (both active high; the pin wrapper inverts active-low pins).
 */
public final class BoardTop extends BridgedBoard {
    /** What each LED shows, in board LED order. */
    public static final List<String> LED_SIGNALS = List.of(
            "heartbeat (the clock runs)", "error (the last bridge reply was an error)", "activity (toggles per bridge reply)",
            "usip of any hart (preempt)", "ssip of any hart (kernel notification)", "timer line", "button 0 (debounced)");

    /**
     * @param clockHz           clock of the board
     * @param baud              UART bit rate
     * @param buttons           push buttons; button b is generic source b, the timer is the source after the buttons;
     *                          button 0 also toggles the exerciser that drives every other source
     * @param leds              LEDs
     * @param timerPeriodCycles period of the timer's square wave (one event per period on a level or edge source)
     * @param debounceCycles    buttons are sampled once per this many cycles
     */
    public record Params(long clockHz, int baud, int buttons, int leds, long timerPeriodCycles, long debounceCycles) {
        public Params {
            if (buttons < 1 || buttons > 16) throw new IllegalArgumentException("buttons must be in 1..16; got " + buttons);
            if (leds < 1 || leds > 32) throw new IllegalArgumentException("leds must be in 1..32; got " + leds);
            if (timerPeriodCycles < 4 || timerPeriodCycles > (1L << 40))
                throw new IllegalArgumentException("timer period must be in 4..2^40 cycles; got " + timerPeriodCycles);
            if (debounceCycles < 1 || debounceCycles > (1L << 32))
                throw new IllegalArgumentException("debounce must be in 1..2^32 cycles; got " + debounceCycles);
        }

        /** A board's values at the design clock {@code clockHz}: 1 s timer, 10 ms debounce. */
        public static Params of(Board b, long clockHz, int baud) {
            return new Params(clockHz, baud, b.buttons().size(), b.leds().size(), clockHz, clockHz / 100);
        }
    }

    public final HwBool uartRx, uartTx;
    public final HwBits buttons, leds;
    public final TaskIntc controller;
    public final UartBridge bridge;
    public final TaskIntcConfig config;
    /** Generic sources the buttons and the timer drive (fewer when the configuration has fewer). */
    public final int buttonSources, timerSource;

    public static String moduleNameOf(TaskIntcConfig cfg) {
        return "Board_" + cfg.topName();
    }

    public BoardTop(TaskIntcConfig cfg, Params p) {
        this.config = cfg;
        moduleName(moduleNameOf(cfg));
        uartRx = inBool("uart_rx");
        uartTx = outBool("uart_tx");
        HwBits buttonsIn = buttons = inBits("buttons", p.buttons());
        HwBits ledsOut = leds = outBits("leds", p.leds());

        controller = child("controller", () -> new TaskIntc(cfg));
        BridgeConfig bc = new BridgeConfig(p.clockHz(), p.baud(), cfg.taskWidth() / 8, cfg.addressWidth(),
                BridgeConfig.DEFAULT_TIMEOUT_BITS);
        bridge = child("bridge", () -> new UartBridge(bc));
        bridge.rx.assign(uartRx);
        uartTx.assign(bridge.tx);

        // The bridge is the controller's bus master, on the configuration's bus.
        busMaster(controller.bus, bridge, cfg.taskWidth());

        HwBits buttonStable = debounced(buttonsIn, p.debounceCycles());
        HwBool timerLine = timer(p.timerPeriodCycles());

        // ------------------------------------------------------------ interrupt sources
        // Buttons, then the timer; every other generic source and the NIC lines follow the exerciser.
        int generic = cfg.hasWakeup() ? cfg.genericSources() : 0;
        buttonSources = Math.min(p.buttons(), generic);
        timerSource = generic > buttonSources ? buttonSources : -1;
        int exercised = cfg.hasWakeup() ? cfg.sources() : 0;
        HwBits storm = exercised > 0 ? exerciser(exercised, buttonStable.bit(0)) : null;
        if (controller.irq != null) {
            HwBool[] lines = new HwBool[generic];
            for (int s = 0; s < generic; s++)
                lines[s] = s < buttonSources ? buttonStable.bit(s) : s == timerSource ? timerLine : storm.bit(s);
            controller.irq.assign(bitsOf(lines, generic));
        }
        if (controller.nicRxIrq != null) {
            int q = cfg.nicQueues();
            controller.nicRxIrq.assign(storm.slice(generic, q));
            controller.nicTxIrq.assign(storm.slice(generic + q, q));
        }

        // ------------------------------------------------------------ LEDs (order: LED_SIGNALS)
        HwBool usipAny = controller.usip != null ? controller.usip.orR() : Hw.lit(false);
        HwBool ssipAny = controller.ssip != null ? controller.ssip.orR() : Hw.lit(false);
        HwBool[] status = {heartbeat(p.clockHz()), bridge.lastError, bridge.activity, usipAny, ssipAny, timerLine, buttonStable.bit(0)};
        ledsOut.assign(bitsOf(status, p.leds()));
    }

}
