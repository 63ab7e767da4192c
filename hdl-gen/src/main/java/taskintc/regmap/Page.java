package taskintc.regmap;

/** A page kind placed in the address space: {@code count} pages of {@code stride} bytes from {@code base}. */
public record Page(PageKind kind, long base, long stride, int count, String description) {
    public String name() {
        return kind.id();
    }
}
