package taskintc.dsl;

import java.math.BigInteger;
import java.util.function.Supplier;

import scala.Function0;
import scala.runtime.BoxedUnit;
import spinal.core.B$;
import spinal.core.BitCount;
import spinal.core.Component;
import spinal.core.Mux$;
import spinal.core.U$;
import spinal.core.package$;
import spinal.idslplugin.Location;
import spinal.lib.OHToUInt$;

/**
 * The one place that hides SpinalHDL's Scala plumbing from circuit code: source locations,
 * {@code Function0}/{@code BoxedUnit}, literal factories and the post-construction callback that
 * the Scala compiler plugin would otherwise insert.
 */
public final class Hw {
    private Hw() {}

    /** Builds a component (top or child) and runs the post-construction callback the Scala plugin would add. */
    public static <T extends Component> T build(Supplier<T> factory) {
        T c = factory.get();
        c.postInitCallback();
        return c;
    }

    /** The first stack frame outside this DSL package, so SpinalHDL errors point at circuit code. */
    static Location loc() {
        StackTraceElement at = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith("taskintc.dsl."))
                .findFirst()
                .map(StackWalker.StackFrame::toStackTraceElement)
                .orElse(null));
        if (at == null) return new Location("?", 0, 0);
        String file = at.getFileName() == null ? "?" : at.getFileName();
        return new Location(file.replace(".java", ""), Math.max(at.getLineNumber(), 0), 0);
    }

    static Function0<BoxedUnit> fn(Runnable body) {
        return () -> {
            body.run();
            return BoxedUnit.UNIT;
        };
    }

    public static BitCount bits(int width) {
        if (width < 1) throw new IllegalArgumentException("width must be >= 1, got " + width);
        return new BitCount(width);
    }

    static scala.math.BigInt big(BigInteger v) {
        return scala.math.BigInt$.MODULE$.apply(v);
    }

    /** Unsigned literal of an exact width; {@code value} is taken as unsigned. */
    public static HwUInt lit(long value, int width) {
        return new HwUInt(U$.MODULE$.apply(big(unsigned(value, width)), bits(width)));
    }

    public static HwUInt lit(BigInteger value, int width) {
        return new HwUInt(U$.MODULE$.apply(big(value), bits(width)));
    }

    public static HwBits bitsLit(BigInteger value, int width) {
        if (value.signum() < 0 || value.bitLength() > width)
            throw new IllegalArgumentException("literal " + value + " does not fit in " + width + " bits");
        return new HwBits(B$.MODULE$.apply(big(value), bits(width)));
    }

    /** A {@code width}-bit vector with the listed bits set. */
    public static HwBits bitsWith(int width, java.util.function.IntPredicate set) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 0; i < width; i++) if (set.test(i)) v = v.setBit(i);
        return bitsLit(v, width);
    }

    public static HwBits bitsLit(long value, int width) {
        return new HwBits(B$.MODULE$.apply(big(unsigned(value, width)), bits(width)));
    }

    public static HwBool lit(boolean value) {
        return new HwBool(value ? package$.MODULE$.True(loc()) : package$.MODULE$.False(loc()));
    }

    static BigInteger unsigned(long value, int width) {
        BigInteger v = BigInteger.valueOf(value);
        if (value < 0) v = v.add(BigInteger.ONE.shiftLeft(64));
        if (v.bitLength() > width)
            throw new IllegalArgumentException("literal " + Long.toUnsignedString(value) + " does not fit in " + width + " bits");
        return v;
    }

    /** Number of bits needed to index {@code count} items (at least 1), SpinalHDL's log2Up. */
    public static int log2Up(long count) {
        if (count <= 1) return 1;
        return 64 - Long.numberOfLeadingZeros(count - 1);
    }

    /** Number of bits needed to hold the value {@code max}. */
    public static int widthOf(long max) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(max));
    }

    public static boolean isPow2(long v) {
        return v > 0 && (v & (v - 1)) == 0;
    }

    /** {@code sel ? whenTrue : whenFalse}; the narrower operand is zero-extended. */
    public static HwUInt mux(HwBool sel, HwUInt whenTrue, HwUInt whenFalse) {
        int w = Math.max(whenTrue.width(), whenFalse.width());
        return new HwUInt(Mux$.MODULE$.apply(sel.raw(), whenTrue.resize(w).raw(), whenFalse.resize(w).raw()));
    }

    public static HwBits mux(HwBool sel, HwBits whenTrue, HwBits whenFalse) {
        int w = Math.max(whenTrue.width(), whenFalse.width());
        return new HwBits(Mux$.MODULE$.apply(sel.raw(), whenTrue.resize(w).raw(), whenFalse.resize(w).raw()));
    }

    public static HwBool mux(HwBool sel, HwBool whenTrue, HwBool whenFalse) {
        return new HwBool(Mux$.MODULE$.apply(sel.raw(), whenTrue.raw(), whenFalse.raw()));
    }

    /** Per bit: {@code whenSet}'s bit where {@code select}'s is set, else {@code otherwise}'s (gates, no multiplexer). */
    public static HwBits muxBits(HwBits select, HwBits whenSet, HwBits otherwise) {
        return select.and(whenSet).or(select.not().and(otherwise));
    }

    /** {@code width} copies of {@code b}. */
    public static HwBits fill(HwBool b, int width) {
        return mux(b, bitsWith(width, i -> true), bitsLit(0, width));
    }

    /** {@code items[index]}, a tree of two-way multiplexers (an index past the end gives one of the items); a
     *  slice at a variable offset ({@link HwBits#slice(HwUInt, int)}) would be a shifter. */
    public static HwBits select(HwBits[] items, HwUInt index) {
        HwBits[] level = items;
        for (int k = 0; level.length > 1; k++) {
            HwBits[] up = new HwBits[(level.length + 1) / 2];
            for (int i = 0; i < up.length; i++)
                up[i] = 2 * i + 1 < level.length ? mux(index.bit(k), level[2 * i + 1], level[2 * i]) : level[2 * i];
            level = up;
        }
        return level[0];
    }

    /** Concatenation, most significant part first (Verilog's {a, b}). */
    public static HwBits cat(HwData... parts) {
        return new HwBits(catRange(parts, 0, parts.length));
    }

    // A balanced tree, so a thousand-part concatenation stays shallow for SpinalHDL's recursive passes.
    private static spinal.core.Bits catRange(HwData[] parts, int from, int to) {
        if (to - from == 1) return parts[from].asBits().raw();
        int mid = (from + to) >>> 1;
        return catRange(parts, from, mid).$hash$hash(catRange(parts, mid, to));
    }

    /**
     * One-hot vector with only bit {@code index} set, {@code width} bits wide (all zero when {@code index} is out
     * of range). One comparison per bit rather than spinal.lib's {@code 1 << index}: yosys's resource sharing
     * merges shifts used under exclusive conditions into one shifter with a multiplexed amount, and that joins
     * unrelated paths (it once put the kernel-notification register in front of the wakeup picker).
     */
    public static HwBits oneHot(HwUInt index, int width) {
        HwData[] bits = new HwData[width];
        long range = index.width() >= 31 ? Long.MAX_VALUE : 1L << index.width();
        for (int i = 0; i < width; i++) bits[width - 1 - i] = i < range ? index.eq(i) : lit(false);
        return cat(bits);
    }

    /**
     * Bit s set when {@code index < s}, for s below {@code width}: the thermometer above an index, built as a tree
     * with one gate per output and index bit (bit k of the index splits each output's range in two), not as one
     * comparison per output, which synthesis maps to a carry chain each (a logic cell per index bit and output on
     * an iCE40).
     */
    public static HwBits above(HwUInt index, int width) {
        // below[s], for the index's low k bits: those bits < s, over s < 2^k.
        HwBool[] below = {lit(false)};
        for (int k = 1; k <= index.width() && below.length < width; k++) {
            HwBool bit = index.bit(k - 1);
            int half = below.length;
            HwBool[] next = new HwBool[Math.min(2 * half, width)];
            for (int s = 0; s < next.length; s++)
                next[s] = s < half ? bit.not().and(below[s]) : bit.not().or(below[s - half]);
            below = next;
        }
        HwData[] bits = new HwData[width];
        // An index wider than needed: its upper bits set means it is above every output.
        HwBool high = index.width() > Hw.log2Up(Math.max(width, 2)) ? index.shr(Hw.log2Up(Math.max(width, 2))).orR() : lit(false);
        for (int s = 0; s < width; s++) bits[width - 1 - s] = s < below.length ? below[s].and(high.not()) : high.not();
        return cat(bits);
    }

    /** Index of the set bit of a one-hot (or all-zero: 0) vector. */
    public static HwUInt oneHotIndex(HwBits oneHot) {
        if (oneHot.width() == 1) return lit(0, 1);
        return new HwUInt(OHToUInt$.MODULE$.apply(oneHot.raw()));
    }

    /** Index of the least significant set bit (all ones when none is set, 0 for one bit); pair it with {@code orR()}. */
    public static HwUInt firstSetIndex(HwBits v) {
        if (v.width() == 1) return lit(0, 1);
        return FirstSet.of(v).index();
    }
}
