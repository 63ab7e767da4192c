package taskintc.board;

import java.util.List;

import spinal.lib.bus.amba3.apb.Apb3;
import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.bus.wishbone.Wishbone;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
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

        /** A board's values: 1 s timer, 10 ms debounce. */
        public static Params of(Board b, int baud) {
            return new Params(b.clockHz(), baud, b.buttons().size(), b.leds().size(), b.clockHz(), b.clockHz() / 100);
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

        // ------------------------------------------------------------ bus master on the configuration's bus
        HwBool start = bridge.accessStart, write = bridge.accessWrite;
        HwUInt address = bridge.accessAddress;
        HwBits wdata = bridge.accessWriteData;
        int w = cfg.taskWidth();
        switch (cfg.bus()) {
            case AXI4LITE -> axiLiteMaster((AxiLite4) controller.bus, bridge, w);
            case AXI4 -> throw new IllegalArgumentException("board designs bind the controller with --bus axi4lite, apb3 or wishbone, not axi4");
            case APB3 -> {
                Apb3 apb = (Apb3) controller.bus;
                HwBool sel = regBool("psel", false), enable = regBool("penable", false);
                HwBool ready = new HwBool(apb.PREADY());
                HwBool done = wireBool("apbDone", sel.and(enable).and(ready));
                when(done, () -> {
                    sel.assign(false);
                    enable.assign(false);
                }).elseWhen(sel, () -> enable.assign(true));
                when(start, () -> sel.assign(true));
                drive(apb.PSEL(), sel.asBits().raw());
                drive(apb.PENABLE(), enable.raw());
                drive(apb.PWRITE(), write.raw());
                drive(apb.PADDR(), address.raw());
                drive(apb.PWDATA(), wdata.raw());
                bridge.accessDone.assign(done);
                bridge.accessError.assign(new HwBool(apb.PSLVERROR()));
                bridge.accessReadData.assign(new HwBits(apb.PRDATA()));
            }
            case WISHBONE -> {
                Wishbone wb = (Wishbone) controller.bus;
                int wordBits = Integer.numberOfTrailingZeros(w / 8);
                HwBool cyc = regBool("cyc", false);
                HwBool ack = new HwBool(wb.ACK()), err = new HwBool(wb.ERR());
                // The bus is word-addressed: a byte address inside a word would silently reach the whole word,
                // so it is refused here (a bus error reply) instead of being issued.
                HwBool misaligned = wireBool("wbMisaligned", address.slice(0, wordBits).orR());
                HwBool refuse = regBool("wbRefuse", false);
                refuse.assign(start.and(misaligned));
                HwBool done = wireBool("wbDone", cyc.and(ack.or(err)).or(refuse));
                when(cyc.and(ack.or(err)), () -> cyc.assign(false));
                when(start.and(misaligned.not()), () -> cyc.assign(true));
                drive(wb.CYC(), cyc.raw());
                drive(wb.STB(), cyc.raw());
                drive(wb.WE(), write.raw());
                drive(wb.ADR(), address.shr(wordBits).resize(address.width() - wordBits).raw());
                drive(wb.DAT_MOSI(), wdata.raw());
                drive(wb.SEL(), Hw.bitsLit((1L << (w / 8)) - 1, w / 8).raw());
                bridge.accessDone.assign(done);
                bridge.accessError.assign(err.or(refuse));
                bridge.accessReadData.assign(new HwBits(wb.DAT_MISO()));
            }
        }

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
            drive(controller.irq.raw(), bitsOf(lines, generic).raw());
        }
        if (controller.nicRxIrq != null) {
            int q = cfg.nicQueues();
            drive(controller.nicRxIrq.raw(), storm.slice(generic, q).raw());
            drive(controller.nicTxIrq.raw(), storm.slice(generic + q, q).raw());
        }

        // ------------------------------------------------------------ LEDs (order: LED_SIGNALS)
        HwBool usipAny = controller.usip != null ? controller.usip.orR() : Hw.lit(false);
        HwBool ssipAny = controller.ssip != null ? controller.ssip.orR() : Hw.lit(false);
        HwBool[] status = {heartbeat(p.clockHz()), bridge.lastError, bridge.activity, usipAny, ssipAny, timerLine, buttonStable.bit(0)};
        ledsOut.assign(bitsOf(status, p.leds()));
    }

}
