package taskintc.board;

import java.util.Locale;

/**
 * Settings of an iCE40 PLL (SB_PLL40, simple feedback) that multiplies a board oscillator, chosen as icestorm's
 * {@code icepll} chooses them: the first (DIVR, DIVF, DIVQ) in that search order whose output is closest to the
 * request, with the phase detector at 10..133 MHz and the VCO at 533..1066 MHz.
 *
 * @param inputHz     reference clock (the board oscillator)
 * @param divr        reference divider, 0..15 (divides by divr + 1)
 * @param divf        feedback divider, 0..127 (multiplies by divf + 1)
 * @param divq        output divider, 1..6 (divides by 2^divq)
 * @param filterRange loop filter setting for the phase detector frequency
 */
public record Pll(long inputHz, int divr, int divf, int divq, int filterRange) {
    /** The iCE40 PLL's output range (Lattice iCE40 sysCLOCK PLL guide). */
    public static final double MIN_OUT_MHZ = 16, MAX_OUT_MHZ = 275;
    /** Largest accepted difference between the requested and the achieved frequency. */
    public static final double TOLERANCE = 0.005;

    /** The settings for {@code outputMHz} from {@code inputHz}; throws naming --clock-mhz when it is out of range or not reachable. */
    public static Pll of(long inputHz, double outputMHz) {
        if (!(outputMHz >= MIN_OUT_MHZ && outputMHz <= MAX_OUT_MHZ))
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--clock-mhz must be in %.0f..%.0f (the iCE40 PLL's output range); got %s",
                    MIN_OUT_MHZ, MAX_OUT_MHZ, fmt(outputMHz)));
        double fin = inputHz / 1e6;
        Pll best = null;
        double bestError = Double.MAX_VALUE;
        for (int divr = 0; divr <= 15; divr++) {
            double pfd = fin / (divr + 1);
            if (pfd < 10 || pfd > 133) continue;
            for (int divf = 0; divf <= 127; divf++) {
                double vco = pfd * (divf + 1);
                if (vco < 533 || vco > 1066) continue;
                for (int divq = 1; divq <= 6; divq++) {
                    double error = Math.abs(vco / (1 << divq) - outputMHz);
                    if (error < bestError) {
                        bestError = error;
                        best = new Pll(inputHz, divr, divf, divq, filterRange(pfd));
                    }
                }
            }
        }
        if (best == null || bestError > outputMHz * TOLERANCE)
            throw new IllegalArgumentException("--clock-mhz " + fmt(outputMHz) + " cannot be made from " + fmt(fin) + " MHz"
                    + (best == null ? "" : " (nearest: " + fmt(best.outputMHz()) + " MHz)"));
        return best;
    }

    private static int filterRange(double pfdMHz) {
        if (pfdMHz < 17) return 1;
        if (pfdMHz < 26) return 2;
        if (pfdMHz < 44) return 3;
        if (pfdMHz < 66) return 4;
        if (pfdMHz < 101) return 5;
        return 6;
    }

    public double outputMHz() {
        return inputHz / 1e6 / (divr + 1) * (divf + 1) / (1 << divq);
    }

    /** Output frequency in Hz, rounded (the design's clock for baud and timer dividers). */
    public long outputHz() {
        return Math.round(outputMHz() * 1e6);
    }

    /** The primitive's instance, fed by the package pin {@code pad}, driving {@code clock} on a global net and {@code locked}. */
    public String verilog(String pad, String clock, String locked) {
        return "  SB_PLL40_PAD #(\n"
                + "    .FEEDBACK_PATH(\"SIMPLE\"),\n"
                + "    .DIVR(4'd" + divr + "),\n"
                + "    .DIVF(7'd" + divf + "),\n"
                + "    .DIVQ(3'd" + divq + "),\n"
                + "    .FILTER_RANGE(3'd" + filterRange + ")\n"
                + "  ) pll (\n"
                + "    .PACKAGEPIN(" + pad + "),\n"
                + "    .PLLOUTGLOBAL(" + clock + "),\n"
                + "    .LOCK(" + locked + "),\n"
                + "    .RESETB(1'b1),\n"
                + "    .BYPASS(1'b0)\n"
                + "  );\n";
    }

    static String fmt(double mhz) {
        return mhz == Math.rint(mhz) ? String.valueOf((long) mhz) : String.format(Locale.ROOT, "%.3f", mhz);
    }
}
