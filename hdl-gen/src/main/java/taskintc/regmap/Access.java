package taskintc.regmap;

/** Software access to a register. */
public enum Access {
    /** Read only. */
    RO("ro"),
    /** Write only; reads are refused. */
    WO("wo"),
    /** Read only; a read returns the value and clears it. */
    RC("rc"),
    /** Read and write. */
    RW("rw");

    private final String id;

    Access(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean readable() {
        return this != WO;
    }

    public boolean writable() {
        return this == WO || this == RW;
    }
}
