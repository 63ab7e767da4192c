package taskintc.board;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A serial device as a {@link Smoke.Link}. The line is configured with {@code stty} (raw, 8N1, the baud
 * rate, reads returning after 0.1 s without data) so plain file streams can do the rest.
 */
public final class SerialLink implements Smoke.Link, AutoCloseable {
    private final InputStream in;
    private final OutputStream out;
    private final long replyTimeoutMillis;

    public SerialLink(Path device, int baud, long replyTimeoutMillis) throws IOException {
        this.replyTimeoutMillis = replyTimeoutMillis;
        Process stty = new ProcessBuilder("stty", "-F", device.toString(), String.valueOf(baud), "raw", "cs8", "-cstopb", "-parenb",
                "-echo", "-crtscts", "clocal", "min", "0", "time", "1").redirectErrorStream(true).start();
        String msg = new String(stty.getInputStream().readAllBytes()).trim();
        try {
            if (stty.waitFor() != 0) throw new IOException("stty " + device + ": " + msg);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        in = new FileInputStream(device.toFile());
        out = new FileOutputStream(device.toFile());
    }

    @Override
    public byte[] exchange(byte[] request, int replyBytes) throws IOException {
        while (in.available() > 0) in.read();   // stale bytes from an earlier, interrupted exchange
        out.write(request);
        out.flush();
        byte[] reply = new byte[replyBytes];
        int got = 0;
        long deadline = System.nanoTime() + replyTimeoutMillis * 1_000_000;
        while (got < replyBytes) {
            int n = in.read(reply, got, replyBytes - got);
            if (n > 0) got += n;
            else if (System.nanoTime() > deadline)
                throw new IOException("no reply: " + got + " of " + replyBytes + " bytes after " + replyTimeoutMillis + " ms");
        }
        return reply;
    }

    @Override
    public void close() throws IOException {
        in.close();
        out.close();
    }
}
