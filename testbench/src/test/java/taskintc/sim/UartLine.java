package taskintc.sim;

import java.util.ArrayList;
import java.util.List;

import taskintc.dsl.SimPin;

/**
 * The host side of a UART wire pair in simulation, 8N1 at {@code divisor} clock cycles per bit: drives the
 * design's receive line bit by bit and decodes its transmit line, sampling mid-bit and checking every
 * start and stop bit (a framing error fails the test).
 */
public final class UartLine {
    private final SimPin toDesign, fromDesign;
    private final Clock clock;
    private final int divisor;
    private final List<Byte> received = new ArrayList<>();
    private int rxPhase = -1;   // -1 idle, else cycles into the current character
    private int rxBits;

    public UartLine(Clock clock, SimPin toDesign, SimPin fromDesign, int divisor) {
        this.clock = clock;
        this.toDesign = toDesign;
        this.fromDesign = fromDesign;
        this.divisor = divisor;
        toDesign.set(true);
        clock.onCycle(null, this::sample);
    }

    /** Decodes the design's line once per cycle, after the edge. */
    private void sample() {
        boolean line = fromDesign.high();
        if (rxPhase < 0) {
            if (!line) rxPhase = 0;
            return;
        }
        rxPhase++;
        if ((rxPhase - divisor / 2) % divisor != 0) return;
        int bit = (rxPhase - divisor / 2) / divisor;   // 0 start, 1..8 data, 9 stop
        if (bit == 0) {
            if (line) throw new AssertionError("UART: start bit not held low at cycle " + clock.cycle());
            rxBits = 0;
        } else if (bit <= 8) {
            if (line) rxBits |= 1 << (bit - 1);
        } else {
            if (!line) throw new AssertionError("UART: framing error (stop bit low) at cycle " + clock.cycle());
            received.add((byte) rxBits);
            rxPhase = -1;
        }
    }

    /** Sends bytes back to back, one bit every {@code divisor} cycles. */
    public void send(byte[] bytes) {
        for (byte b : bytes) sendByte(b & 0xFF);
    }

    public void sendByte(int b) {
        bit(false);
        for (int i = 0; i < 8; i++) bit(((b >> i) & 1) != 0);
        bit(true);
    }

    private void bit(boolean v) {
        toDesign.set(v);
        for (int i = 0; i < divisor; i++) clock.tick();
    }

    /** Waits until {@code n} bytes arrived (at most {@code maxCycles}) and takes them. */
    public byte[] receive(int n, long maxCycles) {
        for (long i = 0; received.size() < n; i++) {
            if (i >= maxCycles) throw new AssertionError("UART: " + received.size() + " of " + n + " bytes after " + maxCycles + " cycles");
            clock.tick();
        }
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = received.remove(0);
        return out;
    }

    /** Bytes received and not yet taken. */
    public int pending() {
        return received.size();
    }

    public void idle(long cycles) {
        for (long i = 0; i < cycles; i++) clock.tick();
    }
}
