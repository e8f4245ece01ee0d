"""Placeholder PNG images in pure Python (zlib + struct), for the demo data generators.

Shared helper: gen_encar.py uses it; other generators (KB ChaChaCha, …) may import it:
    from pngwriter import write_png, placeholder_car
"""
import struct
import zlib


def _chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def png_bytes(width, height, pixel):
    """An 8-bit RGB PNG; pixel(x, y) -> (r, g, b)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows.extend(pixel(x, y))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + _chunk(b"IEND", b""))


def placeholder_car(width, height, body_rgb, sky_rgb=(200, 214, 230), ground_rgb=(120, 120, 120)):
    """A flat drawing of a car (body, cabin, two wheels) on sky and road: clearly not a photo."""
    horizon = int(height * 0.72)
    cx = width // 2

    def pixel(x, y):
        # wheels
        for wx in (cx - width // 5, cx + width // 5):
            if (x - wx) ** 2 + (y - horizon) ** 2 <= (height // 10) ** 2:
                return (25, 25, 25)
        # body and cabin
        if horizon - height // 6 <= y < horizon and width // 6 <= x < width - width // 6:
            return body_rgb
        if horizon - height // 3 <= y < horizon - height // 6 and width // 3 <= x < width - width // 3:
            return tuple(min(255, c + 40) for c in body_rgb)
        return sky_rgb if y < horizon else ground_rgb

    return png_bytes(width, height, pixel)


def write_png(path, data):
    with open(path, "wb") as f:
        f.write(data)
