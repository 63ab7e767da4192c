package taskintc.board;

import java.util.List;

import spinal.lib.bus.amba3.apb.Apb3;
import spinal.lib.bus.amba4.axilite.AxiLite4;
import spinal.lib.bus.wishbone.Wishbone;
import taskintc.core.TaskIntc;
import taskintc.core.TaskIntcConfig;
import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;

/**
 * The controller made usable on a board with nothing else: a {@link UartBridge} is the bus master of the
 * controller (on the configuration's bus), the buttons (synchronised and debounced) and a timer drive the
 * generic interrupt sources, and LEDs show status. Ports: {@code uart_rx}, {@code uart_tx},
 * {@code buttons} and {@code leds} (both active high; the pin wrapper inverts active-low pins).
 */
public final class BoardTop extends Circuit {
    /** What each LED shows, in board LED order. */
    public static final List<String> LED_SIGNALS = List.of(
            "heartbeat (the clock runs)", "error (the last bridge reply was an error)", "activity (toggles per bridge reply)",
            "usip of any hart (preempt)", "ssip of any hart (kernel notification)", "timer line", "button 0 (debounced)");

    /**
     * @param clockHz           clock of the board
     * @param baud              UART bit rate
     * @param buttons           push buttons; button b is generic source b, the timer is the source after the buttons
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
            case AXI4LITE -> {
                AxiLite4 axi = (AxiLite4) controller.bus;
                HwBool awValid = regBool("awValid", false), wValid = regBool("wValid", false), arValid = regBool("arValid", false);
                when(new HwBool(axi.aw().ready()), () -> awValid.assign(false));
                when(new HwBool(axi.w().ready()), () -> wValid.assign(false));
                when(new HwBool(axi.ar().ready()), () -> arValid.assign(false));
                when(start.and(write), () -> {
                    awValid.assign(true);
                    wValid.assign(true);
                });
                when(start.and(write.not()), () -> arValid.assign(true));
                drive(axi.aw().valid(), awValid.raw());
                drive(axi.aw().payload().addr(), address.raw());
                drive(axi.aw().payload().prot(), Hw.bitsLit(0, 3).raw());
                drive(axi.ar().valid(), arValid.raw());
                drive(axi.ar().payload().addr(), address.raw());
                drive(axi.ar().payload().prot(), Hw.bitsLit(0, 3).raw());
                drive(axi.w().valid(), wValid.raw());
                drive(axi.w().payload().data(), wdata.raw());
                drive(axi.w().payload().strb(), Hw.bitsLit((1L << (w / 8)) - 1, w / 8).raw());
                drive(axi.b().ready(), Hw.lit(true).raw());
                drive(axi.r().ready(), Hw.lit(true).raw());
                HwBool bValid = new HwBool(axi.b().valid()), rValid = new HwBool(axi.r().valid());
                bridge.accessDone.assign(bValid.or(rValid));
                bridge.accessError.assign(Hw.mux(bValid, new HwBits(axi.b().payload().resp()), new HwBits(axi.r().payload().resp()))
                        .orR());
                bridge.accessReadData.assign(new HwBits(axi.r().payload().data()));
            }
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
                HwBool done = wireBool("wbDone", cyc.and(ack.or(err)));
                when(done, () -> cyc.assign(false));
                when(start, () -> cyc.assign(true));
                drive(wb.CYC(), cyc.raw());
                drive(wb.STB(), cyc.raw());
                drive(wb.WE(), write.raw());
                drive(wb.ADR(), address.shr(wordBits).resize(address.width() - wordBits).raw());
                drive(wb.DAT_MOSI(), wdata.raw());
                drive(wb.SEL(), Hw.bitsLit((1L << (w / 8)) - 1, w / 8).raw());
                bridge.accessDone.assign(done);
                bridge.accessError.assign(err);
                bridge.accessReadData.assign(new HwBits(wb.DAT_MISO()));
            }
        }

        // ------------------------------------------------------------ buttons: synchronise, then sample slowly (debounce)
        HwBits buttonMeta = regBits("buttonMeta", p.buttons(), 0), buttonSync = regBits("buttonSync", p.buttons(), 0);
        HwBits buttonStable = regBits("buttonStable", p.buttons(), 0);
        buttonMeta.assign(buttonsIn);
        buttonSync.assign(buttonMeta);
        HwUInt debounce = regUInt("debounce", Hw.widthOf(p.debounceCycles()), 0);
        when(debounce.eq(p.debounceCycles() - 1), () -> {
            debounce.assign(0);
            buttonStable.assign(buttonSync);
        }).otherwise(() -> debounce.assign(debounce.plus(1)));

        // ------------------------------------------------------------ timer: square wave, one rising edge per period
        long half = p.timerPeriodCycles() / 2;
        HwUInt timerCount = regUInt("timerCount", Hw.widthOf(half), 0);
        HwBool timerLine = regBool("timerLine", false);
        when(timerCount.eq(half - 1), () -> {
            timerCount.assign(0);
            timerLine.assign(timerLine.not());
        }).otherwise(() -> timerCount.assign(timerCount.plus(1)));

        // ------------------------------------------------------------ interrupt sources
        int generic = cfg.hasWakeup() ? cfg.genericSources() : 0;
        buttonSources = Math.min(p.buttons(), generic);
        timerSource = generic > buttonSources ? buttonSources : -1;
        if (controller.irq != null) {
            HwBool[] lines = new HwBool[generic];
            for (int s = 0; s < generic; s++)
                lines[s] = s < buttonSources ? buttonStable.bit(s) : s == timerSource ? timerLine : Hw.lit(false);
            HwBits irq = generic == 1 ? lines[0].asBits() : Hw.cat(reverse(lines));
            drive(controller.irq.raw(), irq.raw());
        }
        if (controller.nicRxIrq != null) {
            drive(controller.nicRxIrq.raw(), Hw.bitsLit(0, cfg.nicQueues()).raw());
            drive(controller.nicTxIrq.raw(), Hw.bitsLit(0, cfg.nicQueues()).raw());
        }

        // ------------------------------------------------------------ LEDs (order: LED_SIGNALS)
        int beatBit = Math.max(1, Hw.widthOf(p.clockHz()) - 1);   // toggles about every 0.7 to 1.4 s
        HwUInt beat = regUInt("heartbeat", beatBit + 1, 0);
        beat.assign(beat.plus(1));
        HwBool usipAny = controller.usip != null ? controller.usip.orR() : Hw.lit(false);
        HwBool ssipAny = controller.ssip != null ? controller.ssip.orR() : Hw.lit(false);
        HwBool[] status = {beat.bit(beatBit), bridge.lastError, bridge.activity, usipAny, ssipAny, timerLine, buttonStable.bit(0)};
        HwBool[] ledBits = new HwBool[p.leds()];
        for (int i = 0; i < p.leds(); i++) ledBits[i] = i < status.length ? status[i] : Hw.lit(false);
        ledsOut.assign(p.leds() == 1 ? ledBits[0].asBits() : Hw.cat(reverse(ledBits)));
    }

    /** Hw.cat takes the most significant part first; bit i of the result is {@code bits[i]}. */
    private static HwBool[] reverse(HwBool[] bits) {
        HwBool[] r = new HwBool[bits.length];
        for (int i = 0; i < bits.length; i++) r[i] = bits[bits.length - 1 - i];
        return r;
    }
}
