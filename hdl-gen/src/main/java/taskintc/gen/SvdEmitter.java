package taskintc.gen;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import taskintc.regmap.Access;
import taskintc.regmap.Field;
import taskintc.regmap.Page;
import taskintc.regmap.PageKind;
import taskintc.regmap.Register;
import taskintc.regmap.RegisterMap;

/**
 * The register map as a CMSIS-SVD 1.3 device description, for the svd2rust / svdtools / IDE debugger
 * ecosystem. The control region is one peripheral, context region 0 another, and every further context
 * region is derived from it ({@code derivedFrom}). Base addresses are offsets from the controller's base
 * (an SVD of a whole SoC places them with svdtools). Register arrays use {@code dim}; a read that pops or
 * clears is {@code readAction} modify or clear.
 */
public final class SvdEmitter {
    private SvdEmitter() {}

    public static String svd(RegisterMap<?> map, long layoutVersion) {
        StringBuilder sb = new StringBuilder();
        String top = map.top();
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.append("<!-- ").append(top).append(" register map. Generated from the register-map declaration; do not edit. -->\n");
        sb.append("<device schemaVersion=\"1.3\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xs:noNamespaceSchemaLocation=\"CMSIS-SVD.xsd\">\n");
        el(sb, 1, "vendor", "TaskIntc");
        el(sb, 1, "name", top);
        el(sb, 1, "version", String.valueOf(layoutVersion));
        el(sb, 1, "description", "TaskIntc task-aware interrupt controller (" + parameters(map) + "); register layout version "
                + layoutVersion + ". Base addresses are offsets from the controller's base.");
        el(sb, 1, "addressUnitBits", "8");
        el(sb, 1, "width", String.valueOf(map.dataWidth()));
        el(sb, 1, "size", String.valueOf(map.dataWidth()));
        el(sb, 1, "resetValue", "0x0");
        el(sb, 1, "resetMask", RegmapEmitters.hex(map.dataWidth() == 64 ? -1L : (1L << map.dataWidth()) - 1));
        sb.append("  <peripherals>\n");
        Page control = map.page(PageKind.CONTROL), ctx = map.page(PageKind.CONTEXT);
        peripheral(sb, map, top.toUpperCase(Locale.ROOT) + "_CONTROL", control.base(), control.description(), PageKind.CONTROL);
        String first = top.toUpperCase(Locale.ROOT) + "_CONTEXT0";
        peripheral(sb, map, first, ctx.base(), ctx.description(), PageKind.CONTEXT);
        for (int c = 1; c < ctx.count(); c++) {
            sb.append("    <peripheral derivedFrom=\"").append(first).append("\">\n");
            el(sb, 3, "name", top.toUpperCase(Locale.ROOT) + "_CONTEXT" + c);
            el(sb, 3, "baseAddress", RegmapEmitters.hex(ctx.base() + ctx.stride() * c));
            sb.append("    </peripheral>\n");
        }
        sb.append("  </peripherals>\n");
        sb.append("</device>\n");
        return sb.toString();
    }

    private static String parameters(RegisterMap<?> map) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Object> e : map.parameters().entrySet())
            s.append(s.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
        return s.toString();
    }

    private static void peripheral(StringBuilder sb, RegisterMap<?> map, String name, long base, String description, PageKind kind) {
        sb.append("    <peripheral>\n");
        el(sb, 3, "name", name);
        el(sb, 3, "description", description);
        el(sb, 3, "groupName", map.top().toUpperCase(Locale.ROOT));
        el(sb, 3, "baseAddress", RegmapEmitters.hex(base));
        sb.append("      <addressBlock>\n");
        el(sb, 4, "offset", "0x0");
        el(sb, 4, "size", RegmapEmitters.hex(map.regionBytes()));
        el(sb, 4, "usage", "registers");
        sb.append("      </addressBlock>\n");
        sb.append("      <registers>\n");
        for (Register<?> r : map.byOffset(kind)) register(sb, r, map.dataWidth());
        sb.append("      </registers>\n");
        sb.append("    </peripheral>\n");
    }

    private static void register(StringBuilder sb, Register<?> r, int width) {
        sb.append("        <register>\n");
        if (r.isArray()) {
            el(sb, 5, "dim", String.valueOf(r.count()));
            el(sb, 5, "dimIncrement", RegmapEmitters.hex(r.stride()));
        }
        el(sb, 5, "name", r.name().toUpperCase(Locale.ROOT) + (r.isArray() ? "[%s]" : ""));
        el(sb, 5, "description", r.description() + (r.isArray() ? " Index: " + r.index().name().toLowerCase(Locale.ROOT) + "." : ""));
        el(sb, 5, "addressOffset", RegmapEmitters.hex(r.offset()));
        el(sb, 5, "size", String.valueOf(width));
        el(sb, 5, "access", access(r.access()));
        el(sb, 5, "resetValue", RegmapEmitters.hex(r.resetValue()));
        if (r.access() == Access.RC) el(sb, 5, "readAction", "clear");
        else if (r.sideEffect()) el(sb, 5, "readAction", "modify");
        List<Field> fields = r.fields();
        if (!fields.isEmpty()) {
            sb.append("          <fields>\n");
            for (Field f : fields) {
                sb.append("            <field>\n");
                el(sb, 7, "name", f.name().toUpperCase(Locale.ROOT));
                if (!f.description().isEmpty()) el(sb, 7, "description", f.description()); // SVD: never empty
                el(sb, 7, "bitOffset", String.valueOf(f.lsb()));
                el(sb, 7, "bitWidth", String.valueOf(f.width()));
                sb.append("            </field>\n");
            }
            sb.append("          </fields>\n");
        }
        sb.append("        </register>\n");
    }

    /** SVD's access names; a read-and-clear register is read-only with readAction clear. */
    static String access(Access a) {
        return switch (a) {
            case RO, RC -> "read-only";
            case WO -> "write-only";
            case RW -> "read-write";
        };
    }

    private static void el(StringBuilder sb, int depth, String tag, String text) {
        sb.append("  ".repeat(depth)).append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
