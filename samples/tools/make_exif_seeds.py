#!/usr/bin/env python3
"""Writes the EXIF fuzz seeds in samples/exif/: tiny JPEGs made byte by byte (SOI, an optional
JFIF APP0, an Exif APP1 with IFD0 -> Exif IFD -> DateTimeOriginal, a comment, EOI). They carry
no image; they exist so `scripts/fuzz exif` starts from the paths the reader follows."""
import os
import struct

def jpeg(taken, big=False, pad=16, extra_ifd0=False, jfif=False):
    e = '>' if big else '<'
    t = (b'MM' if big else b'II') + struct.pack(e + 'HI', 42, 8)
    if taken is None:
        t += struct.pack(e + 'HI', 0, 0)
    else:
        n0 = 2 if extra_ifd0 else 1
        exif_at = 8 + 2 + 12 * n0 + 4
        ifd0 = struct.pack(e + 'H', n0)
        if extra_ifd0:  # Orientation: a SHORT held in the entry itself
            ifd0 += struct.pack(e + 'HHII', 0x0112, 3, 1, (1 << 16) if big else 1)
        ifd0 += struct.pack(e + 'HHII', 0x8769, 4, 1, exif_at) + struct.pack(e + 'I', 0)
        text_at = exif_at + 2 + 12 + 4
        exif = struct.pack(e + 'H', 1) + struct.pack(e + 'HHII', 0x9003, 2, 20, text_at) + struct.pack(e + 'I', 0)
        t += ifd0 + exif + taken.encode() + b'\0'
    app1 = b'Exif\0\0' + t
    out = b'\xff\xd8'
    if jfif:
        j = b'JFIF\0\x01\x01\0\0\x01\0\x01\0\0'
        out += b'\xff\xe0' + struct.pack('>H', len(j) + 2) + j
    out += b'\xff\xe1' + struct.pack('>H', len(app1) + 2) + app1
    out += b'\xff\xfe' + struct.pack('>H', pad + 2) + b'A' * pad + b'\xff\xd9'
    return out

SEEDS = {
    'little-endian.jpg': jpeg('2024:05:20 09:41:07'),
    'big-endian.jpg': jpeg('2023:12:31 23:59:58', big=True),
    'jfif-then-exif.jpg': jpeg('2025:01:02 03:04:05', jfif=True, extra_ifd0=True),
    'no-capture-time.jpg': jpeg(None),
    'blank-capture-time.jpg': jpeg('    :  :     :  :  '),
}

if __name__ == '__main__':
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'exif')
    os.makedirs(here, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(here, name), 'wb') as f:
            f.write(data)
