package taskintc.soc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The port list of a module in a Verilog file written by a generator (FIRRTL, SpinalHDL): ANSI-style
 * headers, one port per line, {@code input [w-1:0] name,}. Read rather than retyped, so a black box of a
 * generated core always matches the core it stands for.
 */
public record VerilogModule(String name, List<Port> ports) {
    public record Port(String name, boolean input, int width, boolean vector) {}

    private static final Pattern PORT = Pattern.compile(
            "^\\s*(input|output)\\s+(?:wire\\s+|reg\\s+)?(?:\\[(\\d+)\\s*:\\s*0\\]\\s*)?([A-Za-z_][A-Za-z0-9_$]*)\\s*,?\\s*(?://.*)?$");

    public static VerilogModule read(Path file, String module) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Pattern start = Pattern.compile("^\\s*module\\s+" + Pattern.quote(module) + "\\s*\\(\\s*$");
        int i = 0;
        while (i < lines.size() && !start.matcher(lines.get(i)).matches()) i++;
        if (i == lines.size()) throw new IllegalArgumentException("module " + module + " not found in " + file);
        List<Port> ports = new ArrayList<>();
        for (i++; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.trim().startsWith(");")) return new VerilogModule(module, List.copyOf(ports));
            if (l.isBlank() || l.trim().startsWith("//")) continue;
            Matcher m = PORT.matcher(l);
            if (!m.matches()) throw new IllegalArgumentException(file + ":" + (i + 1) + ": port declaration not understood: " + l.trim());
            int width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2)) + 1;
            ports.add(new Port(m.group(3), m.group(1).equals("input"), width, m.group(2) != null));
        }
        throw new IllegalArgumentException("module " + module + " in " + file + ": header not closed");
    }

    public Port port(String portName) {
        return ports.stream().filter(p -> p.name.equals(portName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no port " + portName));
    }

    public boolean has(String portName) {
        return ports.stream().anyMatch(p -> p.name.equals(portName));
    }
}
