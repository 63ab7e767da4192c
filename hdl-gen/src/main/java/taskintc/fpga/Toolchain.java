package taskintc.fpga;

import java.util.Locale;

import taskintc.board.Board;

/**
 * The two toolchains fpga/flow.mk runs ({@code TOOLS=debian}, the default, or {@code TOOLS=yowasp}): the same
 * commands, either Debian's binaries or the YoWASP WebAssembly builds from npm run by {@code fpga/yowasp/run.mjs}.
 */
public enum Toolchain {
    DEBIAN("debian", "Debian's yosys, nextpnr-ice40 and icestorm"),
    YOWASP("yowasp", "YoWASP yosys and nextpnr-ice40 (WebAssembly, npm) through fpga/yowasp/run.mjs");

    private final String id, title;

    Toolchain(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Toolchain of(String id) {
        for (Toolchain t : values()) if (t.id.equals(id.toLowerCase(Locale.ROOT))) return t;
        throw new IllegalArgumentException("TOOLS (--toolchain) must be debian or yowasp; got '" + id + "'");
    }

    /** How a build ran, for the report. */
    public String describe(Board board, double clockMHz) {
        return title + ": yosys synth_ice40; nextpnr-ice40 --" + board.device() + " --package " + board.pkg() + " --freq "
                + BoardBuild.fmt(clockMHz) + " --seed <seed>; icepack";
    }

    /** Suffix of the report's file name: none for the default toolchain. */
    public String reportSuffix() {
        return this == DEBIAN ? "" : "-" + id;
    }
}
