package taskintc.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import taskintc.regmap.BusPorts;
import taskintc.regmap.Field;
import taskintc.regmap.Page;
import taskintc.regmap.PageKind;
import taskintc.regmap.Register;
import taskintc.regmap.RegisterMap;

/**
 * Every software- and document-facing artifact of a register map, each generated from the same
 * {@link RegisterMap}: JSON, Markdown, a C header and a Rust constants module. Output is deterministic.
 */
public final class RegmapEmitters {
    private RegmapEmitters() {}

    // ------------------------------------------------------------------ JSON

    public static String json(RegisterMap<?> map, BusPorts ports) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("top", map.top());
        root.put("format", "taskintc-regmap/1");
        Map<String, Object> bus = new LinkedHashMap<>();
        bus.put("kind", ports.kind());
        bus.put("data_width", ports.dataWidth());
        bus.put("address_width", ports.addressWidth());
        bus.put("address_unit", ports.addressUnit());
        List<Object> sigs = new ArrayList<>();
        for (BusPorts.Signal s : ports.signals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", s.role());
            m.put("name", s.name());
            m.put("direction", s.direction());
            m.put("width", s.width());
            sigs.add(m);
        }
        bus.put("signals", sigs);
        root.put("bus", bus);
        root.put("clock", ports.clock());
        Map<String, Object> reset = new LinkedHashMap<>();
        reset.put("name", ports.reset());
        reset.put("kind", ports.resetKind());
        reset.put("active", ports.resetActive());
        root.put("reset", reset);
        root.put("parameters", map.parameters());
        List<Object> pages = new ArrayList<>();
        for (Page p : map.pages()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.name());
            m.put("base", p.base());
            m.put("stride", p.stride());
            m.put("count", p.count());
            m.put("description", p.description());
            pages.add(m);
        }
        root.put("pages", pages);
        List<Object> regs = new ArrayList<>();
        for (Register<?> r : map.byOffset()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", r.page().id());
            m.put("name", r.name());
            m.put("offset", r.offset());
            m.put("access", r.access().id());
            m.put("reset", resetJson(r));
            m.put("count", r.count());
            m.put("stride", r.stride());
            m.put("index", r.index().name().toLowerCase(Locale.ROOT));
            m.put("side_effect", r.sideEffect());
            m.put("description", r.description());
            m.put("fields", fields(r.fields()));
            regs.add(m);
        }
        root.put("registers", regs);
        Map<String, Object> layouts = new LinkedHashMap<>();
        map.layouts().forEach((k, v) -> layouts.put(k, fields(v)));
        root.put("layouts", layouts);
        root.put("constants", new LinkedHashMap<>(map.constants()));
        return Json.write(root);
    }

    /** null for a write-only register, a number when every element resets alike, else runs of equal values. */
    private static Object resetJson(Register<?> r) {
        if (!r.hasReset()) return null;
        if (r.uniformReset()) return r.resetOf(0);
        List<Object> runs = new ArrayList<>();
        for (int i = 0; i < r.count(); ) {
            int j = i;
            while (j + 1 < r.count() && r.resetOf(j + 1) == r.resetOf(i)) j++;
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("first", i);
            run.put("last", j);
            run.put("value", r.resetOf(i));
            runs.add(run);
            i = j + 1;
        }
        return runs;
    }

    /** The reset column of the Markdown tables. */
    private static String resetText(Register<?> r) {
        if (!r.hasReset()) return "-";
        if (r.uniformReset()) return hex(r.resetOf(0));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.count(); ) {
            int j = i;
            while (j + 1 < r.count() && r.resetOf(j + 1) == r.resetOf(i)) j++;
            if (sb.length() > 0) sb.append(", ");
            sb.append(i == j ? "[" + i + "]" : "[" + i + ".." + j + "]").append(' ').append(hex(r.resetOf(i)));
            i = j + 1;
        }
        return sb.toString();
    }

    private static List<Object> fields(List<Field> fs) {
        List<Object> out = new ArrayList<>();
        for (Field f : fs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("lsb", f.lsb());
            m.put("width", f.width());
            m.put("description", f.description());
            out.add(m);
        }
        return out;
    }

    // ------------------------------------------------------------------ Markdown

    public static String markdown(RegisterMap<?> map, BusPorts ports) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(map.top()).append(" register map\n\n");
        sb.append("Generated from the register-map declaration (`TaskIntcRegisters`); do not edit.\n\n");
        sb.append("## Parameters\n\n| parameter | value |\n|---|---|\n");
        map.parameters().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        sb.append("\n## Bus\n\n").append(ports.kind()).append(", ").append(ports.dataWidth()).append("-bit data, ")
                .append(ports.addressWidth()).append("-bit ").append(ports.addressUnit()).append(" address; clock `")
                .append(ports.clock()).append("`, ").append(ports.resetKind()).append(" active-").append(ports.resetActive())
                .append(" reset `").append(ports.reset()).append("`.\n\n");
        int stages = ports.commandStages();
        String plural = stages == 1 ? "" : "s";
        sb.append(stages == 0
                ? "An access reaches the unit that executes it in the cycle of its bus handshake: the cycle counts in this "
                        + "map (\"accepted\", \"answers\") start there."
                : "An access passes " + stages + " register stage" + plural + " (`command-stages`) between its bus handshake "
                        + "and the unit that executes it: the cycle counts in this map (\"accepted\", \"answers\") start when "
                        + "the unit accepts it, " + stages + " cycle" + plural + " after the handshake when nothing waits.");
        sb.append(" Writes are posted (the bus response does not wait for the operation); a read answers 2 cycles after it "
                + "is accepted").append(stages == 0 ? "" : " (" + (2 + stages) + " after its handshake)")
                .append(", unless its register gives another time.\n\n");
        sb.append("| role | Verilog signal | direction | width |\n|---|---|---|---|\n");
        for (BusPorts.Signal s : ports.signals())
            sb.append("| ").append(s.role()).append(" | `").append(s.name()).append("` | ").append(s.direction())
                    .append(" | ").append(s.width()).append(" |\n");
        sb.append("\n## Pages\n\n| page | base | stride | count | description |\n|---|---|---|---|---|\n");
        for (Page p : map.pages())
            sb.append("| ").append(p.name()).append(" | ").append(hex(p.base())).append(" | ").append(hex(p.stride()))
                    .append(" | ").append(p.count()).append(" | ").append(p.description()).append(" |\n");
        for (PageKind kind : PageKind.values()) {
            sb.append("\n## ").append(capital(kind.id())).append(" page registers\n\n");
            sb.append("| offset | name | access | count | reset | description |\n|---|---|---|---|---|---|\n");
            for (Register<?> r : map.byOffset(kind)) {
                sb.append("| ").append(hex(r.offset()));
                if (r.isArray()) sb.append(" + ").append(r.stride()).append("*i");
                sb.append(" | `").append(r.name()).append(r.isArray() ? "[i]" : "").append("` | ").append(r.access().id())
                        .append(r.sideEffect() ? " (side effect)" : "").append(" | ").append(r.count()).append(" | ")
                        .append(resetText(r)).append(" | ")
                        .append(r.description()).append(r.isArray() ? " Index i: " + r.index().name().toLowerCase(Locale.ROOT) + "." : "")
                        .append(" |\n");
            }
            for (Register<?> r : map.byOffset(kind)) {
                sb.append("\n### ").append(kind.id()).append('.').append(r.name()).append("\n\n");
                sb.append("| bits | field | description |\n|---|---|---|\n");
                for (Field f : r.fields())
                    sb.append("| ").append(f.width() == 1 ? String.valueOf(f.lsb()) : f.msb() + ":" + f.lsb()).append(" | ")
                            .append(f.name()).append(" | ").append(f.description()).append(" |\n");
            }
        }
        for (Map.Entry<String, List<Field>> e : map.layouts().entrySet()) {
            sb.append("\n## Layout `").append(e.getKey()).append("`\n\n| bits | field | description |\n|---|---|---|\n");
            for (Field f : e.getValue())
                sb.append("| ").append(f.width() == 1 ? String.valueOf(f.lsb()) : f.msb() + ":" + f.lsb()).append(" | ")
                        .append(f.name()).append(" | ").append(f.description()).append(" |\n");
        }
        sb.append("\n## Constants\n\n| name | value |\n|---|---|\n");
        map.constants().forEach((k, v) -> sb.append("| ").append(k).append(" | ").append(hex(v)).append(" |\n"));
        return sb.toString();
    }

    // ------------------------------------------------------------------ C header

    public static String cHeader(RegisterMap<?> map) {
        String p = map.top().toUpperCase(Locale.ROOT);
        String guard = p + "_REGS_H";
        StringBuilder sb = new StringBuilder();
        sb.append("/* ").append(map.top()).append(" register map. Generated from the register-map declaration; do not edit.\n");
        sb.append(" * Offsets are bytes from a region's base. Each field X has X_LSB, X_WIDTH, X_MASK (in place),\n");
        sb.append(" * X_GET(reg) (the field's value from a register value) and X_PREP(value) (the value moved into place,\n");
        sb.append(" * to OR into a word to write). Check MAGIC and LAYOUT_VERSION against control.id first. */\n");
        sb.append("#ifndef ").append(guard).append("\n#define ").append(guard).append("\n\n");
        for (Map.Entry<String, Long> e : map.constants().entrySet())
            sb.append(define(p + "_" + e.getKey(), hex(e.getValue()) + "u"));
        sb.append("\n/* Page of context c: base + ").append(p).append("_CONTEXT_PAGE(c). */\n");
        Page ctx = map.page(PageKind.CONTEXT);
        sb.append("#define ").append(p).append("_CONTROL_PAGE ").append(hex(map.page(PageKind.CONTROL).base())).append("u\n");
        sb.append("#define ").append(p).append("_CONTEXT_PAGE(c) (").append(hex(ctx.base())).append("u + ")
                .append(hex(ctx.stride())).append("u * (c))\n");
        for (Register<?> r : map.byOffset()) {
            String name = p + "_" + r.page().id().toUpperCase(Locale.ROOT) + "_" + r.name().toUpperCase(Locale.ROOT);
            sb.append("\n/* ").append(r.page().id()).append('.').append(r.name()).append(" (").append(r.access().id())
                    .append("): ").append(r.description()).append(" */\n");
            if (r.isArray()) {
                sb.append("#define ").append(name).append("(i) (").append(hex(r.offset())).append("u + ")
                        .append(r.stride()).append("u * (i))\n");
                sb.append(define(name + "_COUNT", r.count() + "u"));
            } else {
                sb.append(define(name, hex(r.offset()) + "u"));
            }
            for (Field f : r.fields()) cField(sb, name + "_" + f.name().toUpperCase(Locale.ROOT), f);
        }
        for (Map.Entry<String, List<Field>> e : map.layouts().entrySet()) {
            sb.append("\n/* Layout ").append(e.getKey()).append(". */\n");
            for (Field f : e.getValue()) cField(sb, p + "_" + e.getKey().toUpperCase(Locale.ROOT) + "_" + f.name().toUpperCase(Locale.ROOT), f);
        }
        sb.append("\n#endif /* ").append(guard).append(" */\n");
        return sb.toString();
    }

    /** A field's position, width, in-place mask and accessors. */
    private static void cField(StringBuilder sb, String n, Field f) {
        sb.append(define(n + "_LSB", f.lsb() + "u"));
        sb.append(define(n + "_WIDTH", f.width() + "u"));
        sb.append(define(n + "_MASK", hex(f.mask()) + "ull"));
        sb.append(define(n + "_GET(reg)", "((((unsigned long long)(reg)) & " + n + "_MASK) >> " + f.lsb() + ")"));
        sb.append(define(n + "_PREP(value)", "((((unsigned long long)(value)) << " + f.lsb() + ") & " + n + "_MASK)"));
    }

    private static String define(String name, String value) {
        return "#define " + name + " " + value + "\n";
    }

    // ------------------------------------------------------------------ Rust

    public static String rust(RegisterMap<?> map) {
        StringBuilder sb = new StringBuilder();
        sb.append("//! ").append(map.top()).append(" register map. Generated from the register-map declaration; do not edit.\n");
        sb.append("#![allow(dead_code)]\n\n");
        sb.append("/// Top module these constants describe.\n");
        sb.append("pub const TOP: &str = \"").append(map.top()).append("\";\n");
        for (Map.Entry<String, Long> e : map.constants().entrySet())
            sb.append("pub const ").append(e.getKey()).append(": u64 = ").append(hex(e.getValue())).append(";\n");
        Page ctx = map.page(PageKind.CONTEXT);
        sb.append("pub const CONTROL_PAGE: u64 = ").append(hex(map.page(PageKind.CONTROL).base())).append(";\n");
        sb.append("/// Byte offset of context `c`'s page from the controller's base.\n");
        sb.append("pub const fn context_page(c: u64) -> u64 { ").append(hex(ctx.base())).append(" + ")
                .append(hex(ctx.stride())).append(" * c }\n");
        for (PageKind kind : PageKind.values()) {
            sb.append("\n/// Registers of the ").append(kind.id()).append(" page (byte offsets within the page).\n");
            sb.append("pub mod ").append(kind.id()).append(" {\n");
            for (Register<?> r : map.byOffset(kind)) {
                String n = r.name().toUpperCase(Locale.ROOT);
                sb.append("    /// ").append(r.description()).append(" (").append(r.access().id()).append(")\n");
                if (r.isArray()) {
                    sb.append("    pub const fn ").append(r.name()).append("(i: u64) -> u64 { ").append(hex(r.offset()))
                            .append(" + ").append(r.stride()).append(" * i }\n");
                    sb.append("    pub const ").append(n).append("_COUNT: u64 = ").append(r.count()).append(";\n");
                } else {
                    sb.append("    pub const ").append(n).append(": u64 = ").append(hex(r.offset())).append(";\n");
                }
                for (Field f : r.fields()) rustField(sb, n + "_" + f.name().toUpperCase(Locale.ROOT), f);
            }
            sb.append("}\n");
        }
        for (Map.Entry<String, List<Field>> e : map.layouts().entrySet()) {
            sb.append("\n/// Field layout `").append(e.getKey()).append("`.\npub mod ").append(e.getKey()).append(" {\n");
            for (Field f : e.getValue()) {
                sb.append("    /// ").append(f.description()).append("\n");
                rustField(sb, f.name().toUpperCase(Locale.ROOT), f);
            }
            sb.append("    /// Every field: (name, lsb, width).\n");
            sb.append("    pub const FIELDS: [(&str, u32, u32); ").append(e.getValue().size()).append("] = [\n");
            for (Field f : e.getValue())
                sb.append("        (\"").append(f.name()).append("\", ").append(f.lsb()).append(", ").append(f.width()).append("),\n");
            sb.append("    ];\n");
            sb.append("}\n");
        }
        return sb.toString();
    }

    /** A field's position, width and in-place mask as Rust constants. */
    private static void rustField(StringBuilder sb, String n, Field f) {
        sb.append("    pub const ").append(n).append("_LSB: u32 = ").append(f.lsb()).append(";\n");
        sb.append("    pub const ").append(n).append("_WIDTH: u32 = ").append(f.width()).append(";\n");
        sb.append("    pub const ").append(n).append("_MASK: u64 = ").append(hex(f.mask())).append(";\n");
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v).toUpperCase(Locale.ROOT);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
