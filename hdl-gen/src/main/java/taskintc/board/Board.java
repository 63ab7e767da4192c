package taskintc.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A board the controller can be built for: the FPGA, its package, the clock, and every pin the board top uses
 * with its package location. This record is the one declaration of a board's pins: the pin wrapper and the
 * constraints file ({@link #pcf()}, committed as {@code fpga/<name>/<name>.pcf} and checked against this) are
 * both generated from it.
 *
 * @param name     board id used by {@code make bitstream BOARD=<name>}
 * @param title    the board's product name
 * @param device   nextpnr-ice40 device option without dashes (up5k, hx8k)
 * @param pkg      package (sg48, ct256)
 * @param clockHz  board oscillator
 * @param clock    oscillator input
 * @param rx       UART line the FPGA receives on
 * @param tx       UART line the FPGA sends on
 * @param leds     status LEDs in the order of {@link BoardTop#LED_SIGNALS}; extra LEDs stay off
 * @param buttons  push buttons; button b drives generic interrupt source b
 * @param clockPad true when the oscillator pin is the input pad of a PLL, so {@code --clock-mhz} can multiply it
 */
public record Board(String name, String title, String device, String pkg, long clockHz, Pin clock, Pin rx, Pin tx,
                    List<Pin> leds, List<Pin> buttons, boolean clockPad) {

    /**
     * A pin of the board top.
     *
     * @param name      port name of the pin wrapper and the constraints file
     * @param location  package pin (ball or pin number)
     * @param activeLow the wrapper inverts it, so the design sees active-high buttons and LEDs
     * @param pullUp    the FPGA's pull-up is enabled (an open button contact)
     * @param note      what the pin is on the board (a comment in the constraints file)
     */
    public record Pin(String name, String location, boolean activeLow, boolean pullUp, String note) {
        static Pin in(String name, String location, String note) {
            return new Pin(name, location, false, false, note);
        }

        static Pin low(String name, String location, String note) {
            return new Pin(name, location, true, false, note);
        }
    }

    public Board {
        leds = List.copyOf(leds);
        buttons = List.copyOf(buttons);
        if (leds.isEmpty() || buttons.isEmpty()) throw new IllegalArgumentException(name + ": a board needs at least one LED and one button");
    }

    /** 1BitSquared iCEBreaker: iCE40 UP5K (sg48), 12 MHz on the PLL's pad, FTDI channel B as UART; LED1-5 and BTN1-3 on the PMOD2 snap-off. */
    public static final Board ICEBREAKER = new Board("icebreaker", "1BitSquared iCEBreaker (iCE40UP5K-SG48)", "up5k", "sg48", 12_000_000,
            Pin.in("CLK", "35", "12 MHz oscillator (the PLL's input pad)"),
            Pin.in("RX", "6", "FTDI channel B, FPGA receives"), Pin.in("TX", "9", "FTDI channel B, FPGA sends"),
            List.of(Pin.low("LEDG_N", "37", "green LED, main board"), Pin.low("LEDR_N", "11", "red LED, main board"),
                    Pin.in("LED1", "26", "PMOD2 LED1"), Pin.in("LED2", "27", "PMOD2 LED2"), Pin.in("LED3", "25", "PMOD2 LED3"),
                    Pin.in("LED4", "23", "PMOD2 LED4"), Pin.in("LED5", "21", "PMOD2 LED5")),
            List.of(Pin.low("BTN_N", "10", "user button, main board"), Pin.in("BTN1", "20", "PMOD2 BTN1"),
                    Pin.in("BTN2", "19", "PMOD2 BTN2"), Pin.in("BTN3", "18", "PMOD2 BTN3")),
            true);

    /** Lattice iCE40-HX8K breakout: iCE40 HX8K (ct256), 12 MHz, FTDI channel B as UART (jumpers J6 horizontal), LEDs D9..D2;
     *  no push button on the board: BTN_N is header J2 pin T1 with the FPGA's pull-up (press = connect it to ground). */
    public static final Board HX8K = new Board("hx8k", "Lattice iCE40-HX8K breakout (iCE40HX8K-CT256)", "hx8k", "ct256", 12_000_000,
            Pin.in("CLK", "J3", "12 MHz oscillator"),
            Pin.in("RX", "B10", "FTDI channel B, FPGA receives"), Pin.in("TX", "B12", "FTDI channel B, FPGA sends"),
            List.of(Pin.in("LED0", "B5", "D9"), Pin.in("LED1", "B4", "D8"), Pin.in("LED2", "A2", "D7"), Pin.in("LED3", "A1", "D6"),
                    Pin.in("LED4", "C5", "D5"), Pin.in("LED5", "C4", "D4"), Pin.in("LED6", "B3", "D3"), Pin.in("LED7", "C3", "D2")),
            List.of(new Pin("BTN_N", "T1", true, true, "header J2 pin T1: connect to GND to press")),
            false);

    public static final List<Board> ALL = List.of(ICEBREAKER, HX8K);

    /** The board called {@code name}; the exception's message lists the boards. */
    public static Board byName(String name) {
        for (Board b : ALL) if (b.name.equals(name.toLowerCase(Locale.ROOT))) return b;
        throw new IllegalArgumentException("--board must be one of " + names() + "; got '" + name + "'");
    }

    public static String names() {
        return String.join(", ", ALL.stream().map(Board::name).toList());
    }

    /** Every pin of the wrapper in port order: clock, UART, buttons, LEDs. */
    public List<Pin> pins() {
        List<Pin> all = new ArrayList<>(List.of(clock, rx, tx));
        all.addAll(buttons);
        all.addAll(leds);
        return all;
    }

    /** Constraints file name (the flow writes it beside the generated design; fpga/{@code name}/ holds the committed copy). */
    public String pcfName() {
        return name + ".pcf";
    }

    /** The constraints file (nextpnr-ice40 .pcf), generated from the pins above. */
    public String pcf() {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(title).append(": pins of the TaskIntc board top.\n");
        s.append("# Generated from taskintc.board.Board (").append(name.toUpperCase(Locale.ROOT)).append("); edit it there, not here.\n");
        for (Pin p : pins()) {
            s.append("# ").append(p.note).append(p.activeLow ? " (active low)" : "").append('\n');
            s.append("set_io -nowarn ").append(p.pullUp ? "-pullup yes " : "").append(p.name).append(' ').append(p.location).append('\n');
        }
        return s.toString();
    }

    /** Module name of the generated pin wrapper. */
    public String wrapperName() {
        return name + "_top";
    }

    public double clockMHz() {
        return clockHz / 1e6;
    }
}
