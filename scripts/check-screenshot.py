#!/usr/bin/env python3
"""Checks a screenshot of the highlighted view: a PNG that is not blank and shows the
highlight colours of institutions, figures and dates (the CSS of src/show.css).

    scripts/check-screenshot.py PNG...

Standard library only: the PNG is decoded here (8-bit RGB/RGBA, not interlaced, as
Chromium writes it)."""

import struct
import sys
import zlib

# Highlight backgrounds of src/show.css, as RGB.
COLOURS = {"institution": (0xFF, 0xD6, 0xA5), "figure": (0xCA, 0xFF, 0xBF), "date": (0x9B, 0xF6, 0xFF)}
MIN_PIXELS = 200


def pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path}: not a PNG"
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"{path}: unsupported PNG {header}"
    bpp = 3 if colour == 2 else 4
    raw, stride, prev, out = zlib.decompress(b"".join(idat)), width * bpp, bytearray(width * bpp), []
    for y in range(height):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                row[i] = (row[i] + a) & 255
            elif kind == 2:
                row[i] = (row[i] + b) & 255
            elif kind == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.extend(tuple(row[i : i + 3]) for i in range(0, stride, bpp))
        prev = row
    return width, height, out


def check(path):
    width, height, px = pixels(path)
    counts = {}
    for p in px:
        counts[p] = counts.get(p, 0) + 1
    ink = sum(n for p, n in counts.items() if min(p) < 235)
    problems = []
    if ink < 0.05 * len(px) or len(counts) < 20:
        problems.append(f"looks blank ({ink} dark pixels of {len(px)}, {len(counts)} colours)")
    for name, rgb in COLOURS.items():
        if counts.get(rgb, 0) < MIN_PIXELS:
            problems.append(f"{name} highlight {rgb} on {counts.get(rgb, 0)} pixels")
    summary = ", ".join(f"{name} {counts.get(rgb, 0)} px" for name, rgb in COLOURS.items())
    print(f"{path}: {width}x{height}, {len(counts)} colours; {summary}")
    return problems


if __name__ == "__main__":
    failed = [f"{path}: {p}" for path in sys.argv[1:] for p in check(path)]
    for f in failed:
        print("FAIL", f)
    sys.exit(1 if failed else 0)
