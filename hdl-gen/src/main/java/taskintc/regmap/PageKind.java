package taskintc.regmap;

/** The two kinds of 4 KiB page. */
public enum PageKind {
    /** Privileged: configuration and kernel-visible state; map it to the kernel only. */
    CONTROL("control"),
    /** One per context: map each process its own page and nothing else. */
    CONTEXT("context");

    private final String id;

    PageKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
