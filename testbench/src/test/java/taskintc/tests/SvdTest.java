package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every {@code <top>.svd} in rtl-out/ parsed back as XML and compared with its {@code <top>.regmap.json}:
 * the same registers at the same offsets, with the same access, reset value, array shape and fields, and
 * one peripheral per region at the region's base.
 */
class SvdTest {
    static Stream<Path> svdFiles() throws IOException {
        Path rtl = Paths.root().resolve("rtl-out");
        try (Stream<Path> s = Files.walk(rtl, 2)) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".svd")).sorted().toList();
            assertTrue(all.size() > 1, "no SVD files in rtl-out/ (make rtl)");
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("svdFiles")
    void svdDescribesTheSameRegistersAsTheJson(Path svdFile) throws Exception {
        String top = svdFile.getFileName().toString().replaceFirst("\\.svd$", "");
        JsonNode json = new ObjectMapper().readTree(svdFile.resolveSibling(top + ".regmap.json").toFile());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svd = factory.newDocumentBuilder().parse(svdFile.toFile());
        Element device = svd.getDocumentElement();
        assertEquals("device", device.getTagName());
        assertEquals(top, text(device, "name"));
        assertEquals(json.at("/constants/LAYOUT_VERSION").asLong(), number(text(device, "version")), "layout version");
        assertEquals(json.at("/bus/data_width").asInt(), (int) number(text(device, "width")));

        String prefix = top.toUpperCase(Locale.ROOT);
        Map<String, Element> peripherals = new HashMap<>();
        for (Element p : children(child(device, "peripherals"), "peripheral")) peripherals.put(text(p, "name"), p);
        int contexts = json.at("/parameters/contexts").asInt();
        assertEquals(1 + contexts, peripherals.size(), "one peripheral per region");
        JsonNode ctxPage = json.get("pages").get(1);
        for (int c = 0; c < contexts; c++) {
            Element p = peripherals.get(prefix + "_CONTEXT" + c);
            assertNotNull(p, "peripheral of context " + c);
            assertEquals(ctxPage.get("base").asLong() + c * ctxPage.get("stride").asLong(), number(text(p, "baseAddress")));
            if (c > 0) assertEquals(prefix + "_CONTEXT0", p.getAttribute("derivedFrom"));
        }
        assertEquals(0, number(text(peripherals.get(prefix + "_CONTROL"), "baseAddress")));

        Map<String, List<Element>> registersOf = new HashMap<>();
        registersOf.put("control", children(child(peripherals.get(prefix + "_CONTROL"), "registers"), "register"));
        registersOf.put("context", children(child(peripherals.get(prefix + "_CONTEXT0"), "registers"), "register"));
        assertEquals(json.get("registers").size(), registersOf.get("control").size() + registersOf.get("context").size());
        Map<String, Long> lastOffset = new HashMap<>();
        for (JsonNode r : json.get("registers")) {
            String page = r.get("page").asText();
            boolean array = !r.get("index").asText().equals("none") || r.get("count").asInt() > 1;
            String name = r.get("name").asText().toUpperCase(Locale.ROOT) + (array ? "[%s]" : "");
            Element e = registersOf.get(page).stream().filter(x -> text(x, "name").equals(name)).findFirst().orElse(null);
            assertNotNull(e, page + "." + name + " missing from the SVD");
            String where = top + " " + page + "." + name;
            assertEquals(r.get("offset").asLong(), number(text(e, "addressOffset")), where + " offset");
            assertTrue(r.get("offset").asLong() > lastOffset.getOrDefault(page, -1L), where + ": the JSON lists registers by offset");
            lastOffset.put(page, r.get("offset").asLong());
            assertEquals(r.get("reset").asLong(), number(text(e, "resetValue")), where + " reset");
            String access = r.get("access").asText();
            assertEquals(switch (access) { case "ro", "rc" -> "read-only"; case "wo" -> "write-only"; default -> "read-write"; },
                    text(e, "access"), where + " access");
            String readAction = child(e, "readAction") == null ? "" : text(e, "readAction");
            assertEquals(access.equals("rc") ? "clear" : r.get("side_effect").asBoolean() ? "modify" : "", readAction, where + " readAction");
            if (array) {
                assertEquals(r.get("count").asLong(), number(text(e, "dim")), where + " dim");
                assertEquals(r.get("stride").asLong(), number(text(e, "dimIncrement")), where + " dimIncrement");
            }
            List<Element> fields = children(child(e, "fields"), "field");
            assertEquals(r.get("fields").size(), fields.size(), where + " fields");
            for (int i = 0; i < fields.size(); i++) {
                JsonNode f = r.get("fields").get(i);
                assertEquals(f.get("name").asText().toUpperCase(Locale.ROOT), text(fields.get(i), "name"), where);
                assertEquals(f.get("lsb").asLong(), number(text(fields.get(i), "bitOffset")), where + "." + f.get("name"));
                assertEquals(f.get("width").asLong(), number(text(fields.get(i), "bitWidth")), where + "." + f.get("name"));
            }
        }
    }

    static Element child(Element parent, String tag) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && e.getTagName().equals(tag)) return e;
        return null;
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && e.getTagName().equals(tag)) out.add(e);
        return out;
    }

    static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        assertNotNull(e, "<" + tag + "> missing in <" + parent.getTagName() + ">");
        return e.getTextContent().trim();
    }

    /** An SVD scaled non-negative integer: decimal or 0x hexadecimal. */
    static long number(String s) {
        return s.startsWith("0x") || s.startsWith("0X") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }
}
