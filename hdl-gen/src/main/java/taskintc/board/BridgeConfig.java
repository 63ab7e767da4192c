package taskintc.board;

import java.util.ArrayList;
import java.util.List;

import taskintc.spec.InvalidConfigException;

/**
 * Parameters of the UART-to-bus bridge, validated on construction.
 *
 * @param clockHz      clock frequency of the bridge
 * @param baud         UART bit rate (8 data bits, no parity, 1 stop bit)
 * @param dataBytes    bytes of a bus data word (the controller's task width / 8)
 * @param addressWidth bits of the bus address (addresses at or beyond 2^addressWidth get BAD_ADDRESS)
 * @param timeoutBits  bit times of silence after which a started frame is dropped as TRUNCATED
 */
public record BridgeConfig(long clockHz, int baud, int dataBytes, int addressWidth, int timeoutBits) {
    public static final int DEFAULT_BAUD = 115_200, DEFAULT_TIMEOUT_BITS = 100;

    public BridgeConfig {
        List<String> errors = new ArrayList<>();
        if (clockHz < 1_000 || clockHz > 1_000_000_000L) errors.add("bridge clock must be in 1000..1000000000 Hz; got " + clockHz);
        if (baud < 300 || baud > 3_000_000) errors.add("--baud must be in 300..3000000; got " + baud);
        if (errors.isEmpty() && clockHz / baud < 8)
            errors.add("--baud " + baud + " is too fast for a " + clockHz + " Hz clock: need at least 8 clock cycles per bit");
        if (errors.isEmpty() && Math.abs(actualBaud(clockHz, baud) - baud) > 0.02 * baud)
            errors.add("--baud " + baud + " cannot be made within 2% from a " + clockHz + " Hz clock (nearest "
                    + Math.round(actualBaud(clockHz, baud)) + ")");
        if (dataBytes != 4 && dataBytes != 8) errors.add("bridge data width must be 4 or 8 bytes; got " + dataBytes);
        if (addressWidth < 1 || addressWidth > 32) errors.add("bridge address width must be in 1..32; got " + addressWidth);
        if (timeoutBits < 20 || timeoutBits > 100_000) errors.add("bridge timeout must be in 20..100000 bit times; got " + timeoutBits);
        if (!errors.isEmpty()) throw new InvalidConfigException(errors);
    }

    private static double actualBaud(long clockHz, int baud) {
        return (double) clockHz / Math.round((double) clockHz / baud);
    }

    /** Clock cycles per UART bit. */
    public int divisor() {
        return (int) Math.round((double) clockHz / baud);
    }

    public long timeoutCycles() {
        return (long) timeoutBits * divisor();
    }

    public BridgeProtocol protocol() {
        return new BridgeProtocol(dataBytes);
    }
}
