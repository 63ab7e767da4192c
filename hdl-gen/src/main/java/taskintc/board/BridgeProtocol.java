package taskintc.board;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The UART bridge's framed protocol (docs/uart-bridge.md), shared by the hardware description, the host
 * CLI and the Verilator test. Fixed-length frames, little-endian fields, and an additive checksum: the
 * last byte makes the sum of every byte of the frame 0 modulo 256.
 *
 * <pre>
 * request: 0xA5, command ('R' 0x52 read | 'W' 0x57 write), address (4 bytes), data (W/8 bytes), checksum
 * reply:   0x5A, status, data (W/8 bytes; the value read, 0 otherwise), checksum
 * </pre>
 *
 * @param dataBytes bytes of a data word: the controller's task width / 8 (4 or 8)
 */
public record BridgeProtocol(int dataBytes) {
    public static final int REQUEST_SYNC = 0xA5, REPLY_SYNC = 0x5A;
    public static final int CMD_READ = 'R', CMD_WRITE = 'W';
    public static final int ADDRESS_BYTES = 4;

    /** Reply status codes. */
    public enum Status {
        OK(0x00, "the access completed"),
        BAD_CHECKSUM(0x01, "the frame's bytes do not sum to 0 modulo 256; nothing was accessed"),
        BAD_COMMAND(0x02, "the command byte is neither 'R' nor 'W'; nothing was accessed"),
        BAD_ADDRESS(0x03, "the address lies beyond the controller's address space; nothing was accessed"),
        BUS_ERROR(0x04, "the controller refused the access (bus error response)"),
        TRUNCATED(0x05, "the frame stopped before its last byte (inter-byte timeout); nothing was accessed");

        public final int code;
        public final String meaning;

        Status(int code, String meaning) {
            this.code = code;
            this.meaning = meaning;
        }

        public static Status of(int code) {
            for (Status s : values()) if (s.code == code) return s;
            throw new IllegalArgumentException("unknown bridge status 0x" + Integer.toHexString(code));
        }
    }

    public BridgeProtocol {
        if (dataBytes != 4 && dataBytes != 8) throw new IllegalArgumentException("dataBytes must be 4 or 8; got " + dataBytes);
    }

    public int requestBytes() {
        return 2 + ADDRESS_BYTES + dataBytes + 1;
    }

    public int replyBytes() {
        return 2 + dataBytes + 1;
    }

    public byte[] read(long address) {
        return request(CMD_READ, address, 0);
    }

    public byte[] write(long address, long data) {
        return request(CMD_WRITE, address, data);
    }

    /** A well-formed frame with any command byte (tests send bad ones on purpose). */
    public byte[] request(int command, long address, long data) {
        if (address < 0 || address > 0xFFFF_FFFFL) throw new IllegalArgumentException("address must fit in 32 bits: " + address);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(REQUEST_SYNC);
        b.write(command & 0xFF);
        for (int i = 0; i < ADDRESS_BYTES; i++) b.write((int) (address >>> (8 * i)) & 0xFF);
        for (int i = 0; i < dataBytes; i++) b.write((int) (data >>> (8 * i)) & 0xFF);
        return withChecksum(b.toByteArray());
    }

    /** A reply as the hardware builds it (for tests of the decoder). */
    public byte[] reply(Status status, long data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(REPLY_SYNC);
        b.write(status.code);
        for (int i = 0; i < dataBytes; i++) b.write((int) (data >>> (8 * i)) & 0xFF);
        return withChecksum(b.toByteArray());
    }

    static byte[] withChecksum(byte[] body) {
        byte[] f = Arrays.copyOf(body, body.length + 1);
        f[body.length] = (byte) checksum(body);
        return f;
    }

    /** The byte that makes the sum of {@code body} and itself 0 modulo 256. */
    public static int checksum(byte[] body) {
        int sum = 0;
        for (byte x : body) sum += x & 0xFF;
        return (-sum) & 0xFF;
    }

    /** A decoded reply. */
    public record Reply(Status status, long data) {
        public boolean ok() {
            return status == Status.OK;
        }
    }

    /** Decodes one reply; a malformed one (sync, length, checksum, status) is refused with the reason. */
    public Reply decode(byte[] frame) {
        if (frame.length != replyBytes())
            throw new IllegalArgumentException("reply must be " + replyBytes() + " bytes; got " + frame.length);
        if ((frame[0] & 0xFF) != REPLY_SYNC)
            throw new IllegalArgumentException("reply must start with 0x5A; got 0x" + Integer.toHexString(frame[0] & 0xFF));
        int sum = 0;
        for (byte x : frame) sum += x & 0xFF;
        if ((sum & 0xFF) != 0) throw new IllegalArgumentException("reply checksum mismatch: " + hex(frame));
        long data = 0;
        for (int i = 0; i < dataBytes; i++) data |= (long) (frame[2 + i] & 0xFF) << (8 * i);
        return new Reply(Status.of(frame[1] & 0xFF), data);
    }

    public static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) s.append(String.format("%02x ", x & 0xFF));
        return s.toString().trim();
    }
}
