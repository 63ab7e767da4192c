package taskintc.plot;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** An RGB pixel buffer with lines, boxes and 5x7 text, written as PNG with java.util.zip only (no AWT, no fonts). */
final class Canvas {
    final int width, height;
    private final byte[] rgb;

    Canvas(int width, int height) {
        this.width = width;
        this.height = height;
        rgb = new byte[width * height * 3];
        Arrays.fill(rgb, (byte) 0xff);
    }

    void dot(int x, int y, int color) {
        if (x < 0 || y < 0 || x >= width || y >= height) return;
        int i = (y * width + x) * 3;
        rgb[i] = (byte) (color >> 16);
        rgb[i + 1] = (byte) (color >> 8);
        rgb[i + 2] = (byte) color;
    }

    void box(int x0, int y0, int x1, int y1, int color) {
        for (int y = Math.min(y0, y1); y <= Math.max(y0, y1); y++)
            for (int x = Math.min(x0, x1); x <= Math.max(x0, x1); x++) dot(x, y, color);
    }

    /** A line {@code thickness} pixels wide; {@code dash} > 0 leaves out every other run of that many steps. */
    void line(int x0, int y0, int x1, int y1, int color, int thickness, int dash) {
        int steps = Math.max(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)), 1);
        for (int k = 0; k <= steps; k++) {
            if (dash > 0 && (k / dash) % 2 == 1) continue;
            int x = (int) Math.round(x0 + (x1 - x0) * (double) k / steps), y = (int) Math.round(y0 + (y1 - y0) * (double) k / steps);
            for (int dx = -(thickness / 2); dx < thickness - thickness / 2; dx++)
                for (int dy = -(thickness / 2); dy < thickness - thickness / 2; dy++) dot(x + dx, y + dy, color);
        }
    }

    /** Text with its top left corner at (x, y), each font pixel {@code scale} pixels. */
    void text(int x, int y, String s, int color, int scale) {
        for (char c : s.toCharArray()) {
            String g = Font5x7.glyph(c);
            for (int row = 0; row < Font5x7.HEIGHT; row++)
                for (int col = 0; col < Font5x7.WIDTH; col++)
                    if (g.charAt(row * Font5x7.WIDTH + col) == '1')
                        box(x + col * scale, y + row * scale, x + col * scale + scale - 1, y + row * scale + scale - 1, color);
            x += Font5x7.ADVANCE * scale;
        }
    }

    static int textWidth(String s, int scale) {
        return s.length() * Font5x7.ADVANCE * scale;
    }

    byte[] png() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(height * (width * 3 + 1));
        for (int y = 0; y < height; y++) {
            raw.write(0);
            raw.write(rgb, y * width * 3, width * 3);
        }
        Deflater z = new Deflater(9);
        z.setInput(raw.toByteArray());
        z.finish();
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!z.finished()) idat.write(buf, 0, z.deflate(buf));
        z.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0)
                .put((byte) 0).array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String kind, byte[] data) {
        byte[] k = kind.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(k);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(k);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
