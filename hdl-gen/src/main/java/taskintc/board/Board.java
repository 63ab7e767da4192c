package taskintc.board;

import java.util.List;
import java.util.Locale;

/**
 * A board the controller can be built for: the FPGA, its package, the clock, and the pins the board top
 * uses (named as in the board's constraints file {@code fpga/<name>/<name>.pcf}).
 *
 * @param name    board id used by {@code make bitstream BOARD=<name>}
 * @param device  nextpnr-ice40 device option without dashes (up5k, hx8k)
 * @param pkg     package (sg48, ct256)
 * @param clockHz board oscillator
 * @param clockPin, rxPin, txPin top-level pin names of the clock and the UART (FPGA receives on rx)
 * @param leds    status LEDs in the order of {@link BoardTop#LED_SIGNALS}; extra LEDs stay off
 * @param buttons push buttons; button b drives generic interrupt source b
 */
public record Board(String name, String device, String pkg, long clockHz, String clockPin, String rxPin, String txPin,
                    List<Pin> leds, List<Pin> buttons) {

    /** A pin of the board top: its name in the constraints file and whether it is active low. */
    public record Pin(String name, boolean activeLow) {}

    public Board {
        leds = List.copyOf(leds);
        buttons = List.copyOf(buttons);
        if (leds.isEmpty() || buttons.isEmpty()) throw new IllegalArgumentException(name + ": a board needs at least one LED and one button");
    }

    /** 1BitSquared iCEBreaker: iCE40 UP5K (sg48), 12 MHz, FTDI channel B as UART; LED1-5 and BTN1-3 are on the PMOD2 snap-off. */
    public static final Board ICEBREAKER = new Board("icebreaker", "up5k", "sg48", 12_000_000, "CLK", "RX", "TX",
            List.of(new Pin("LEDG_N", true), new Pin("LEDR_N", true), new Pin("LED1", false), new Pin("LED2", false),
                    new Pin("LED3", false), new Pin("LED4", false), new Pin("LED5", false)),
            List.of(new Pin("BTN_N", true), new Pin("BTN1", false), new Pin("BTN2", false), new Pin("BTN3", false)));

    /** Lattice iCE40-HX8K breakout: iCE40 HX8K (ct256), 12 MHz, FTDI channel B as UART, LEDs D9..D2; no push button on
     *  the board: BTN_N is a header pin with the FPGA's pull-up (press = connect it to ground). */
    public static final Board HX8K = new Board("hx8k", "hx8k", "ct256", 12_000_000, "CLK", "RX", "TX",
            List.of(new Pin("LED0", false), new Pin("LED1", false), new Pin("LED2", false), new Pin("LED3", false),
                    new Pin("LED4", false), new Pin("LED5", false), new Pin("LED6", false), new Pin("LED7", false)),
            List.of(new Pin("BTN_N", true)));

    public static final List<Board> ALL = List.of(ICEBREAKER, HX8K);

    public static Board byName(String name) {
        for (Board b : ALL) if (b.name.equals(name.toLowerCase(Locale.ROOT))) return b;
        throw new IllegalArgumentException("--board must be one of " + String.join(", ", ALL.stream().map(Board::name).toList())
                + "; got '" + name + "'");
    }

    /** Constraints file, relative to the repository root. */
    public String pcf() {
        return "fpga/" + name + "/" + name + ".pcf";
    }

    /** Module name of the generated pin wrapper. */
    public String wrapperName() {
        return name + "_top";
    }

    public double clockMHz() {
        return clockHz / 1e6;
    }
}
