package taskintc.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import taskintc.board.BridgeProtocol.Reply;
import taskintc.board.BridgeProtocol.Status;
import taskintc.board.BridgeProtocol;

/** The frame layout of docs/uart-bridge.md, byte for byte, and the decoder's refusals. */
class BridgeProtocolTest {
    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) b[i] = (byte) v[i];
        return b;
    }

    @Test
    void documentedExample() {
        BridgeProtocol p = new BridgeProtocol(8);
        assertArrayEquals(bytes(0xA5, 0x52, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x09), p.read(0));
        byte[] reply = bytes(0x5A, 0x00, 0x02, 0x43, 0x49, 0x54, 0, 0, 0, 0, 0xC4);
        assertArrayEquals(reply, p.reply(Status.OK, 0x54494302L));
        assertEquals(new Reply(Status.OK, 0x54494302L), p.decode(reply));
    }

    @Test
    void littleEndianFieldsAndZeroSum() {
        BridgeProtocol p = new BridgeProtocol(4);
        byte[] f = p.write(0x12345678L, 0xCAFEF00DL);
        assertArrayEquals(bytes(0xA5, 0x57, 0x78, 0x56, 0x34, 0x12, 0x0D, 0xF0, 0xFE, 0xCA), java.util.Arrays.copyOf(f, 10));
        int sum = 0;
        for (byte x : f) sum += x & 0xFF;
        assertEquals(0, sum & 0xFF);
        assertEquals(p.requestBytes(), f.length);
    }

    @Test
    void decoderRefusesMalformedReplies() {
        BridgeProtocol p = new BridgeProtocol(8);
        byte[] good = p.reply(Status.BUS_ERROR, 0);
        assertEquals(Status.BUS_ERROR, p.decode(good).status());
        byte[] badSum = good.clone();
        badSum[2] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> p.decode(badSum));
        byte[] badSync = good.clone();
        badSync[0] = 0x5B;
        badSync[badSync.length - 1]--;   // keep the sum right: only the sync is wrong
        assertThrows(IllegalArgumentException.class, () -> p.decode(badSync));
        assertThrows(IllegalArgumentException.class, () -> p.decode(java.util.Arrays.copyOf(good, good.length - 1)));
        assertThrows(IllegalArgumentException.class, () -> new BridgeProtocol(2));
    }
}
