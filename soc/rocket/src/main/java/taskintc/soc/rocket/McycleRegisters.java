package taskintc.soc.rocket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two registers of hart 0's {@code mcycle} in FIRRTL's Verilog of rocket-chip 1.2.6.
 *
 * <p>rocket's CSR.scala keeps {@code reg_cycle} in a {@code util.WideCounter(64, !io.csr_stall)}: a small low
 * register (6 bits) and a large high register (58 bits) that increments when the low one carries, so
 * {@code mcycle = high << lowBits | low}. FIRRTL names both {@code _T_<n>}, so they are found through the one
 * stable anchor, CSR.scala's {@code io.time := reg_cycle}, which FIRRTL writes as
 * {@code assign io_time = {HIGH,LOW};} inside module CSRFile. Their declarations are then checked to be
 * registers of widths adding up to 64.
 */
public record McycleRegisters(String high, int highBits, String low, int lowBits) {
  public static final String MODULE = "CSRFile";

  public McycleRegisters {
    if (highBits + lowBits != 64 || lowBits <= 0) {
      throw new IllegalArgumentException("mcycle registers must split 64 bits, got high " + highBits
          + " + low " + lowBits);
    }
  }

  /** Finds the registers in the Verilog of the whole design; fails with a clear message if the shape changed. */
  public static McycleRegisters find(String verilog) {
    String csr = moduleBody(verilog, MODULE);
    Matcher time = Pattern.compile("(?m)^\\s*assign io_time = \\{(\\w+),(\\w+)\\};").matcher(csr);
    if (!time.find()) {
      throw new IllegalStateException("module " + MODULE + " has no 'assign io_time = {high,low};'"
          + " (io.time := reg_cycle); the rocket-chip version or FIRRTL output changed");
    }
    String high = time.group(1);
    String low = time.group(2);
    return new McycleRegisters(high, regWidth(csr, high), low, regWidth(csr, low));
  }

  private static String moduleBody(String verilog, String module) {
    Matcher m = Pattern.compile("(?ms)^module " + module + "\\(.*?^endmodule").matcher(verilog);
    if (!m.find()) {
      throw new IllegalStateException("module " + module + " not found in the Verilog");
    }
    return m.group();
  }

  private static int regWidth(String moduleText, String name) {
    Matcher m = Pattern.compile("(?m)^\\s*reg\\s+\\[(\\d+):0\\]\\s+" + Pattern.quote(name) + ";").matcher(moduleText);
    if (!m.find()) {
      throw new IllegalStateException(name + " (part of io_time) is not a register of module " + MODULE);
    }
    return Integer.parseInt(m.group(1)) + 1;
  }
}
