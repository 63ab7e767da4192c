package taskintc.regmap;

/** A bit field of a register (or of the task word). */
public record Field(String name, int lsb, int width, String description) {
    public Field {
        if (lsb < 0 || width < 1) throw new IllegalArgumentException("field " + name + ": bad lsb/width");
    }

    public int msb() {
        return lsb + width - 1;
    }

    public long mask() {
        return width >= 64 ? -1L : ((1L << width) - 1) << lsb;
    }
}
