"""Draw the app icons the web app manifest names (standard library only; run once, the PNGs are committed).

The mark: three stacked bars, widening downwards (layers of a system), white on Material's indigo. The
maskable variant keeps the mark inside the central 80 % safe zone that launchers may crop to a circle.
Run: ``.venv/bin/python tools/make_icons.py`` (writes docs/assets/icons/).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

INDIGO = (0x3F, 0x51, 0xB5)
WHITE = (0xFF, 0xFF, 0xFF)
OUT = Path(__file__).resolve().parent.parent / "docs" / "assets" / "icons"
BARS = ((0.30, 0.70, 0.26, 0.36), (0.24, 0.76, 0.44, 0.54), (0.18, 0.82, 0.62, 0.72))
"""Each bar's left, right, top and bottom as fractions of the mark's box."""


def _png(size: int, pixels: list[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + row for row in pixels)
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def icon(size: int, *, inset: float = 0.0) -> bytes:
    """A square icon; ``inset`` shrinks the mark towards the centre (0.1 each side for maskable)."""
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            fx = (x + 0.5) / size
            fy = (y + 0.5) / size
            mx, my = (fx - inset) / (1 - 2 * inset), (fy - inset) / (1 - 2 * inset)
            inside = any(left <= mx <= right and top <= my <= bottom for left, right, top, bottom in BARS)
            row += bytes(WHITE if inside else INDIGO)
        rows.append(bytes(row))
    return _png(size, rows)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "icon-192.png").write_bytes(icon(192))
    (OUT / "icon-512.png").write_bytes(icon(512))
    (OUT / "icon-maskable-512.png").write_bytes(icon(512, inset=0.1))


if __name__ == "__main__":
    main()
