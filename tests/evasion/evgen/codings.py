"""Content codings built byte by byte: gzip with any header flags and trailer,
zlib-wrapped and raw deflate, and stacks of them."""
import struct
import zlib

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 0x01, 0x02, 0x04, 0x08, 0x10
FRESERVED = (0x20, 0x40, 0x80)


def rawDeflate(data, level=6):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY)
    return c.compress(data) + c.flush()


def zlibDeflate(data, level=6):
    c = zlib.compressobj(level, zlib.DEFLATED, 15, 8, zlib.Z_DEFAULT_STRATEGY)
    return c.compress(data) + c.flush()


def gzip(data, flags=0, extra=b"tw\x04\x00evas", name=b"offer.html", comment=b"made for tapwatch",
         crc=None, isize=None, trailer=True, os_byte=3):
    """A gzip member. FEXTRA/FNAME/FCOMMENT/FHCRC fields are added for the flags
    set; reserved bits are set as given. crc/isize override the trailer values;
    trailer=False drops the 8-byte trailer, trailer=4 keeps only the CRC."""
    head = struct.pack("<BBBBIBB", 0x1F, 0x8B, 8, flags, 0, 0, os_byte)
    if flags & FEXTRA:
        head += struct.pack("<H", len(extra)) + extra
    if flags & FNAME:
        head += name + b"\0"
    if flags & FCOMMENT:
        head += comment + b"\0"
    if flags & FHCRC:
        head += struct.pack("<H", zlib.crc32(head) & 0xFFFF)
    tail = struct.pack("<II", zlib.crc32(data) if crc is None else crc,
                       (len(data) & 0xFFFFFFFF) if isize is None else isize)
    if trailer is False:
        tail = b""
    elif trailer == 4:
        tail = tail[:4]
    return head + rawDeflate(data) + tail


def encode(data, codings):
    """Apply codings in the order a Content-Encoding list names them."""
    for c in codings:
        c = c.lower()
        if c in ("gzip", "x-gzip"):
            data = gzip(data)
        elif c in ("deflate", "x-deflate"):
            data = zlibDeflate(data)
        elif c == "identity":
            pass
        else:
            raise ValueError(f"no encoder for {c}")
    return data
