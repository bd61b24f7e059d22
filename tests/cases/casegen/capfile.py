"""Capture file writers: classic pcap (micro/nano, either byte order) and pcapng.

Written by hand rather than with scapy's writers so every byte is under our
control (link types scapy does not know, nanosecond headers, cut records) and
the output is identical on every run and scapy version.
"""
import struct

LINKTYPE_NULL = 0
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101
LINKTYPE_C_HDLC = 104
LINKTYPE_LINUX_SLL = 113
LINKTYPE_LINUX_SLL2 = 276

PCAP_MAGIC_USEC = 0xA1B2C3D4
PCAP_MAGIC_NSEC = 0xA1B23C4D


def pcapBytes(linktype, records, nano=False, big_endian=False, snaplen=65535):
    """records: iterable of (timestamp_ns, frame_bytes). Returns the whole file."""
    e = ">" if big_endian else "<"
    out = bytearray(struct.pack(e + "IHHiIII", PCAP_MAGIC_NSEC if nano else PCAP_MAGIC_USEC,
                                2, 4, 0, 0, snaplen, linktype))
    for ts_ns, data in records:
        sec, frac = divmod(ts_ns, 10**9)
        if not nano:
            frac //= 1000
        out += struct.pack(e + "IIII", sec, frac, len(data), len(data))
        out += data
    return bytes(out)


def pcapRecordOffsets(linktype, records, **kw):
    """Byte offset where each record (its 16-byte header) starts, for cutting files."""
    offsets, pos = [], 24
    for _, data in records:
        offsets.append(pos)
        pos += 16 + len(data)
    return offsets


def _pad4(b):
    return b + b"\0" * (-len(b) % 4)


def _option(code, value):
    return struct.pack("<HH", code, len(value)) + _pad4(value)


def _block(block_type, body):
    total = 12 + len(body)
    return struct.pack("<II", block_type, total) + body + struct.pack("<I", total)


def _options(opts):
    if not opts:
        return b""
    return b"".join(_option(c, v) for c, v in opts) + struct.pack("<HH", 0, 0)


def pcapngBytes(linktype, interfaces, records, snaplen=65535):
    """Little-endian pcapng: one section, one IDB per entry of `interfaces`
    ((name, tsresol_exponent) with tsresol 6 = microseconds, 9 = nanoseconds),
    one Enhanced Packet Block per record (timestamp_ns, frame_bytes, interface_index).
    A Name Resolution Block and an Interface Statistics Block are added because
    real captures carry them and a reader must step over blocks it does not need."""
    out = bytearray()
    shb = struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1) + _options([
        (4, b"tapwatch tests/cases/generate.py"),   # shb_userappl
    ])
    out += _block(0x0A0D0D0A, shb)
    for name, tsresol in interfaces:
        idb = struct.pack("<HHI", linktype, 0, snaplen) + _options([
            (2, name.encode()),          # if_name
            (9, bytes([tsresol])),       # if_tsresol: 10^-tsresol seconds per unit
        ])
        out += _block(1, idb)
    # NRB: one IPv4 record (type 1) then end of records.
    nrb = struct.pack("<HH", 1, 4 + len(b"mail.example\0")) + _pad4(bytes([192, 0, 2, 25]) + b"mail.example\0")
    nrb += struct.pack("<HH", 0, 0)
    out += _block(4, nrb)
    last_ts = {}
    for ts_ns, data, ifindex in records:
        units = ts_ns // 10 ** (9 - interfaces[ifindex][1])
        epb = struct.pack("<IIIII", ifindex, units >> 32, units & 0xFFFFFFFF, len(data), len(data))
        out += _block(6, epb + _pad4(data))
        last_ts[ifindex] = units
    for ifindex in sorted(last_ts):
        units = last_ts[ifindex]
        isb = struct.pack("<III", ifindex, units >> 32, units & 0xFFFFFFFF)
        out += _block(5, isb)
    return bytes(out)
