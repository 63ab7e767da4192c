package taskintc.fpga;

import java.util.LinkedHashMap;
import java.util.Map;

/** Cell counts of yosys's {@code stat} output. */
public final class YosysStat {
    private YosysStat() {}

    /** Cell type to count (summed over modules), plus "FF": every flip-flop type summed. */
    public static Map<String, Long> cells(String stat) {
        Map<String, Long> m = new LinkedHashMap<>();
        long ff = 0;
        for (String line : stat.split("\n")) {
            String[] t = line.trim().split("\\s+");
            if (t.length != 2 || !t[1].matches("[0-9]+")) continue;
            long n = Long.parseLong(t[1]);
            m.merge(t[0], n, Long::sum);
            if (t[0].matches("SB_DFF.*|FD[CPRSE].*")) ff += n;
        }
        m.put("FF", ff);
        return m;
    }
}
