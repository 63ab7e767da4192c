package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Numbers in README.md and docs/ that come from a report carry the report value they quote, as an HTML
 * comment right after the number (invisible when rendered):
 * <pre>
 *   16,000,000&lt;!--bench.json:storm.events_raised--&gt;       the value at a JSON path of reports/bench.json
 *   99.9&lt;!--coverage.md:top_TaskIntc|TaskIntc_ReadyQueueCore/toggle %--&gt;   a Markdown table cell: row by its
 *                                                                leading cells, column by its header (#n: the
 *                                                                cell's n-th number)
 *   5.3&lt;!--soc.md:plic|16000|64/latency median / soc.md:taskintc|16000|64/latency median--&gt;   + - * / of those
 *                                                                and of plain numbers, left to right
 *   about 2,300&lt;!--~fpga-scaling.json:...--&gt;                  ~: as many significant digits as shown
 * </pre>
 * The number is the last one before the comment on its line (units may sit between). It must equal the
 * report's value rounded to the decimals it shows, so a report that changes makes the document fail here.
 */
class DocNumbersTest {
    static final Path ROOT = Paths.root();
    static final Pattern MARK = Pattern.compile("<!--(~?)([^>]*?\\.(?:json|md):[^>]*?)-->");
    static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private final Map<String, Object> reports = new HashMap<>();

    @Test
    void everyMarkedNumberMatchesItsReport() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path doc : docs) {
            List<String> lines = Files.readAllLines(doc);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                Matcher m = MARK.matcher(line);
                int from = 0;
                while (m.find()) {
                    String where = ROOT.relativize(doc) + ":" + (n + 1);
                    String before = line.substring(from, m.start()).replaceAll("<!--.*?-->", "");
                    from = m.end();
                    Matcher num = NUMBER.matcher(before);
                    String shown = null;
                    while (num.find()) shown = num.group();
                    if (shown == null) {
                        problems.add(where + ": no number before <!--" + m.group(2) + "-->");
                        continue;
                    }
                    BigDecimal value;
                    try {
                        value = evaluate(m.group(2).trim());
                    } catch (IllegalArgumentException e) {
                        problems.add(where + ": " + e.getMessage());
                        continue;
                    }
                    BigDecimal said = new BigDecimal(shown.replace(",", ""));
                    BigDecimal expected = m.group(1).isEmpty() ? value.setScale(said.scale(), RoundingMode.HALF_UP)
                            : value.round(new MathContext(significant(shown), RoundingMode.HALF_UP));
                    if (expected.compareTo(said) != 0)
                        problems.add(where + ": the document says " + shown + ", " + m.group(2).trim() + " gives " + expected.toPlainString()
                                + (m.group(1).isEmpty() ? "" : " (" + value.stripTrailingZeros().toPlainString() + " rounded)"));
                    checked++;
                }
            }
        }
        System.out.printf("[docs] %d numbers checked against reports/%n", checked);
        assertTrue(problems.isEmpty(), "numbers in the documents differ from their reports:\n  " + String.join("\n  ", problems));
        // The SoC and FPGA result tables are generated into the documents (scripts/soc-bench.py --docs, fpga-summary)
        // and checked by their own tests; the marks cover the numbers quoted by hand. Fewer marks than this means the
        // marking itself broke.
        assertTrue(checked >= 25, "too few report numbers marked: " + checked);
    }

    /** Significant digits a rounded number shows: 2,300 shows 2, 12.20 shows 4. */
    static int significant(String shown) {
        String d = shown.replace(",", "");
        if (d.contains(".")) return d.replace(".", "").replaceFirst("^0+", "").length();
        return Math.max(1, d.replaceFirst("^0+", "").replaceFirst("0+$", "").length());
    }

    /** Terms (file:key, or a plain number) joined by + - * / with spaces around the operator, evaluated left to right. */
    BigDecimal evaluate(String expr) {
        // An operator stands between spaces and before a term (file:key or a number), so keys may hold " + ".
        Matcher o = Pattern.compile("\\s([-+*/])\\s(?=[\\w.-]+\\.(?:json|md):|\\d)").matcher(expr);
        List<String> ops = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        int from = 0;
        while (o.find()) {
            terms.add(expr.substring(from, o.start()));
            ops.add(o.group(1));
            from = o.end();
        }
        terms.add(expr.substring(from));
        BigDecimal v = term(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            BigDecimal t = term(terms.get(i));
            v = switch (ops.get(i - 1)) {
                case "+" -> v.add(t);
                case "-" -> v.subtract(t);
                case "*" -> v.multiply(t);
                default -> v.divide(t, MathContext.DECIMAL64);
            };
        }
        return v;
    }

    private BigDecimal term(String t) {
        if (t.trim().matches("\\d+(\\.\\d+)?")) return new BigDecimal(t.trim());
        int colon = t.indexOf(':');
        String file = t.substring(0, colon).trim(), key = t.substring(colon + 1).trim();
        Object report = reports.computeIfAbsent(file, f -> load(ROOT.resolve("reports").resolve(f)));
        String text = report instanceof JsonNode j ? jsonValue(j, key, file) : tableValue((List<List<String>>) cast(report), key, file);
        try {
            return new BigDecimal(text.replace(",", "").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + key + " is '" + text + "', not a number");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> cast(Object o) {
        return (List<List<String>>) o;
    }

    private static Object load(Path p) {
        try {
            if (p.toString().endsWith(".json")) return new ObjectMapper().readTree(p.toFile());
            List<List<String>> rows = new ArrayList<>();
            for (String l : Files.readAllLines(p)) {
                if (!l.startsWith("|") || l.startsWith("|---")) continue;
                List<String> cells = new ArrayList<>();
                for (String c : l.substring(1, l.lastIndexOf('|')).split("\\|", -1)) cells.add(c.trim().replace("`", ""));
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read report " + p + ": " + e.getMessage());
        }
    }

    private static String jsonValue(JsonNode root, String key, String file) {
        JsonNode n = root;
        for (String part : key.split("\\.")) {
            Matcher idx = Pattern.compile("(.*?)\\[(\\d+)]").matcher(part);
            if (idx.matches()) n = n.path(idx.group(1)).path(Integer.parseInt(idx.group(2)));
            else n = n.path(part);
        }
        if (n.isMissingNode() || n.isNull()) throw new IllegalArgumentException(file + " has no " + key);
        return n.asText();
    }

    /** {@code cell|cell/column}: the first table row starting with those cells, in the column under that header. */
    private static String tableValue(List<List<String>> rows, String key, String file) {
        int slash = key.indexOf('/');
        if (slash < 0) throw new IllegalArgumentException(file + ":" + key + ": a table key is row cells/column header");
        List<String> lead = List.of(key.substring(0, slash).split("\\|"));
        String column = key.substring(slash + 1);
        int nth = 0;
        if (column.matches(".*#\\d+")) {
            nth = Integer.parseInt(column.substring(column.lastIndexOf('#') + 1));
            column = column.substring(0, column.lastIndexOf('#'));
        }
        List<String> header = null;
        for (List<String> r : rows) {
            if (r.contains(column)) header = r;
            else if (header != null && r.size() >= lead.size() && r.subList(0, lead.size()).equals(lead)) {
                String cell = r.get(header.indexOf(column));
                if (nth > 0) {
                    Matcher m = NUMBER.matcher(cell);
                    for (int i = 0; i < nth; i++)
                        if (!m.find()) throw new IllegalArgumentException(file + ":" + key + ": the cell '" + cell + "' has fewer numbers");
                    return m.group();
                }
                return cell.contains("/") ? cell.substring(0, cell.indexOf('/')) : cell.replaceAll("\\s*\\(.*\\)", "");
            }
        }
        throw new IllegalArgumentException(file + " has no row " + lead + " under a column '" + column + "'");
    }
}
