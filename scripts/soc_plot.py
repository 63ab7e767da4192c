"""A PNG plotter without a plotting library (zlib and a 5x7 bitmap font), for scripts/soc-bench.py:
`Canvas` draws pixels, lines and text; `panel` one chart of series on a log-x axis."""
import math
import struct
import zlib

# ---- plot: a PNG written with zlib, a 5x7 bitmap font, no plotting library --------------------

FONT = {
    "0": "01110100011001110101110011000101110", "1": "00100011000010000100001000010001110",
    "2": "01110100010000100010001000100011111", "3": "11111000100010000010000011000101110",
    "4": "00010001100101010010111110001000010", "5": "11111100001111000001000011000101110",
    "6": "00110010001000011110100011000101110", "7": "11111000010001000100010000100001000",
    "8": "01110100011000101110100011000101110", "9": "01110100011000101111000010001001100",
    "A": "01110100011000111111100011000110001", "B": "11110100011000111110100011000111110",
    "C": "01110100011000010000100001000101110", "D": "11100100101000110001100011001011100",
    "E": "11111100001000011110100001000011111", "F": "11111100001000011110100001000010000",
    "G": "01110100011000010111100011000101111", "H": "10001100011000111111100011000110001",
    "I": "01110001000010000100001000010001110", "J": "00111000100001000010000101001001100",
    "K": "10001100101010011000101001001010001", "L": "10000100001000010000100001000011111",
    "M": "10001110111010110101100011000110001", "N": "10001100011100110101100111000110001",
    "O": "01110100011000110001100011000101110", "P": "11110100011000111110100001000010000",
    "Q": "01110100011000110001101011001001101", "R": "11110100011000111110101001001010001",
    "S": "01111100001000001110000010000111110", "T": "11111001000010000100001000010000100",
    "U": "10001100011000110001100011000101110", "V": "10001100011000110001100010101000100",
    "W": "10001100011000110101101011010101010", "X": "10001100010101000100010101000110001",
    "Y": "10001100011000101010001000010000100", "Z": "11111000010001000100010001000011111",
    " ": "0" * 35, ".": "00000000000000000000000000110001100", ",": "00000000000000000000001100010001000",
    "-": "00000000000000011111000000000000000", "/": "00000000010001000100010001000000000",
    "(": "00010001000100001000010000010000010", ")": "01000001000001000010000100010001000",
    ":": "00000011000110000000011000110000000", "%": "11000110010001000100010001001100011",
    "=": "00000000001111100000111110000000000", "+": "00000001000010011111001000010000000", "_": "00000000000000000000000000000011111",
}


class Canvas:
    def __init__(self, width, height):
        self.w, self.h = width, height
        self.px = bytearray(b"\xff" * (width * height * 3))

    def dot(self, x, y, color):
        if 0 <= x < self.w and 0 <= y < self.h:
            i = (y * self.w + x) * 3
            self.px[i:i + 3] = bytes(color)

    def rect(self, x0, y0, x1, y1, color):
        for y in range(min(y0, y1), max(y0, y1) + 1):
            for x in range(min(x0, x1), max(x0, x1) + 1):
                self.dot(x, y, color)

    def line(self, x0, y0, x1, y1, color, width=1, dash=0):
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        for k in range(steps + 1):
            if dash and (k // dash) % 2 == 1:
                continue
            x = round(x0 + (x1 - x0) * k / steps)
            y = round(y0 + (y1 - y0) * k / steps)
            for dx in range(-(width // 2), width - width // 2):
                for dy in range(-(width // 2), width - width // 2):
                    self.dot(x + dx, y + dy, color)

    def text(self, x, y, s, color=(0, 0, 0), scale=2):
        for ch in s.upper():
            glyph = FONT.get(ch, FONT[" "])
            for row in range(7):
                for col in range(5):
                    if glyph[row * 5 + col] == "1":
                        self.rect(x + col * scale, y + row * scale, x + col * scale + scale - 1, y + row * scale + scale - 1, color)
            x += 6 * scale

    def png(self):
        raw = b"".join(b"\x00" + bytes(self.px[y * self.w * 3:(y + 1) * self.w * 3]) for y in range(self.h))

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", self.w, self.h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def nice_ticks(lo, hi):
    import math
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / 5
    mag = 10 ** math.floor(math.log10(raw))
    step = min((m * mag for m in (1, 2, 5, 10) if m * mag >= raw))
    first = math.floor(lo / step) * step
    ticks = [first]
    while ticks[-1] < hi - step * 1e-9:
        ticks.append(ticks[-1] + step)
    return ticks


def fmt(v):
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def panel(c, x0, y0, w, h, title, xlabel, ylabel, series, log_y=False):
    """series: (label, color, dash, [(x, y)]); x is drawn on a log10 scale, y on a linear one (or log10)."""
    import math
    xs = [p[0] for _, _, _, pts in series for p in pts]
    ys = [p[1] for _, _, _, pts in series for p in pts]
    lx0, lx1 = math.log10(min(xs)), math.log10(max(xs))
    if lx1 - lx0 < 1e-9:
        lx0, lx1 = lx0 - 0.5, lx1 + 0.5
    lx0, lx1 = lx0 - 0.05 * (lx1 - lx0), lx1 + 0.05 * (lx1 - lx0)

    def px(x):
        return round(x0 + (math.log10(x) - lx0) / (lx1 - lx0) * w)

    if log_y:
        ly0 = math.floor(math.log10(max(1, min(ys))))
        ly1 = max(ly0 + 1, math.ceil(math.log10(max(ys))))
        ticks = [m * 10 ** d for d in range(ly0, ly1 + 1) for m in (1, 2, 5) if m * 10 ** d <= 10 ** ly1]

        def py(y):
            return round(y0 + h - (math.log10(max(y, 10 ** ly0)) - ly0) / (ly1 - ly0) * h)
    else:
        ticks = nice_ticks(0, max(ys))
        ymax = ticks[-1]

        def py(y):
            return round(y0 + h - y / ymax * h)

    c.text(x0, y0 - 60, title)
    for t in ticks:
        c.line(x0, py(t), x0 + w, py(t), (225, 225, 225))
        label = fmt(t)
        c.text(x0 - 12 * len(label) - 8, py(t) - 7, label)
    for decade in range(math.floor(lx0), math.ceil(lx1) + 1):
        for m in (1, 2, 5):
            v = m * 10 ** decade
            if lx0 <= math.log10(v) <= lx1:
                c.line(px(v), y0, px(v), y0 + h, (235, 235, 235))
                label = fmt(v)
                c.text(px(v) - 6 * len(label), y0 + h + 8, label)
    c.line(x0, y0 + h, x0 + w, y0 + h, (0, 0, 0), 2)
    c.line(x0, y0, x0, y0 + h, (0, 0, 0), 2)
    c.text(x0 + w // 2 - 6 * len(xlabel), y0 + h + 30, xlabel)
    c.text(x0, y0 - 30, ylabel, (90, 90, 90))
    for _, color, dash, pts in series:
        pts = sorted(pts)
        for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
            c.line(px(xa), py(ya), px(xb), py(yb), color, 3, dash)
        for x, y in pts:
            c.rect(px(x) - 4, py(y) - 4, px(x) + 4, py(y) + 4, color)


