package taskintc.gen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import taskintc.board.BridgeConfig;
import taskintc.board.SerialLink;
import taskintc.board.Smoke;
import taskintc.spec.TaskIntcConfig;

/** {@code board-smoke}: the board smoke test over a serial device (exit 0 passed, 1 failed, 2 usage). */
final class BoardSmoke {
    private BoardSmoke() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Main.options();
        o.addOption(Option.builder().longOpt("port").hasArg().argName("DEVICE").desc("serial device, e.g. /dev/ttyUSB1").build());
        o.addOption(Option.builder().longOpt("baud").hasArg().argName("N").desc("bit rate (default " + BridgeConfig.DEFAULT_BAUD + ")").build());
        o.addOption(Option.builder().longOpt("wait").hasArg().argName("SECONDS").desc("how long to wait for the button (default 30)").build());
        CommandLine cl = BoardCommands.parse(o, args, err);
        if (cl == null) return Main.USAGE;
        if (cl.hasOption("help")) {
            BoardCommands.help(out, "taskintc-gen board-smoke --port DEVICE [--config FILE | controller options]",
                    "Talks to a board built with make bitstream (same configuration options) through its UART bridge: "
                            + "identifies the controller, enqueues and dequeues, sends a bad frame, then waits for a press of "
                            + "button 0 to wake a parked task.", o);
            return Main.OK;
        }
        if (!cl.hasOption("port")) {
            err.println("error: --port is required (the board's UART, e.g. /dev/ttyUSB1 for an iCEBreaker's FTDI channel B)");
            return Main.USAGE;
        }
        Path port = Path.of(cl.getOptionValue("port"));
        if (!Files.exists(port)) {
            err.println("error: --port " + port + ": no such device");
            return Main.USAGE;
        }
        int baud, waitSeconds;
        try {
            baud = Integer.parseInt(cl.getOptionValue("baud", String.valueOf(BridgeConfig.DEFAULT_BAUD)));
            waitSeconds = Integer.parseInt(cl.getOptionValue("wait", "30"));
            if (baud < 300 || baud > 3_000_000) throw new NumberFormatException();
            if (waitSeconds < 1 || waitSeconds > 3600) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            err.println("error: --baud must be in 300..3000000 and --wait in 1..3600 seconds");
            return Main.USAGE;
        }
        TaskIntcConfig cfg = Main.config(cl, err);
        if (cfg == null) return Main.USAGE;
        try (SerialLink link = new SerialLink(port, baud, 1000)) {
            new Smoke(link, cfg, out).run(() -> out.println("press button 0 on the board (within " + waitSeconds + " s) ..."),
                    waitSeconds * 1000L);
            out.println("board smoke test passed");
            return Main.OK;
        } catch (Smoke.Failure e) {
            err.println("FAILED: " + e.getMessage());
            return Main.FAILED;
        } catch (IOException e) {
            err.println("error: " + port + ": " + e.getMessage());
            return Main.FAILED;
        }
    }
}
