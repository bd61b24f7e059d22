"""TCP conversations as Ethernet/IPv4 frames, built by hand.

No scapy: every byte (ISNs, IP ids, ACKs, checksums, timestamps) is fixed by the
case, so a fresh generation is byte-identical on every machine. The pcap file
writer is the golden cases' (tests/cases/casegen/capfile.py).
"""
import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "cases"))
from casegen import capfile  # noqa: E402

SERVER = ("203.0.113.80", 80)
BASE_TS_NS = 1590487200 * 10**9  # 2020-05-26T10:00:00Z, as the golden cases
CLIENT_MAC = bytes.fromhex("020000000001")
SERVER_MAC = bytes.fromhex("020000000002")
TO_SERVER, TO_CLIENT = 0, 1


def _checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def _ip(addr):
    return bytes(int(x) for x in addr.split("."))


class Conversation:
    """One TCP connection: handshake, data in the given segment sizes, FIN close."""

    def __init__(self, client, server=SERVER, seed=0):
        self.ends = (client, server)
        self.isn = [(1000 + seed * 7919) & 0xFFFFFFFF, (500000 + seed * 104729) & 0xFFFFFFFF]
        self.sent = [0, 0]        # payload bytes sent by each side (SYN/FIN counted apart)
        self.fin = [False, False]
        self.ip_id = [(seed * 997) & 0xFFFF, (seed * 991 + 5000) & 0xFFFF]
        self.frames = []

    def _seq(self, d):
        return (self.isn[d] + 1 + self.sent[d] + (1 if self.fin[d] else 0)) & 0xFFFFFFFF

    def _ack(self, d):
        peer = 1 - d
        return (self.isn[peer] + 1 + self.sent[peer] + (1 if self.fin[peer] else 0)) & 0xFFFFFFFF

    def _frame(self, d, flags, seq, ack, payload=b"", options=b""):
        (sip, sport), (dip, dport) = self.ends if d == TO_SERVER else self.ends[::-1]
        offset = (20 + len(options)) // 4
        window = 64240 if flags & 0x02 else 502
        tcp = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, offset << 4, flags, window, 0, 0) + options
        pseudo = _ip(sip) + _ip(dip) + struct.pack("!BBH", 0, 6, len(tcp) + len(payload))
        csum = _checksum(pseudo + tcp + payload)
        tcp = tcp[:16] + struct.pack("!H", csum) + tcp[18:]
        self.ip_id[d] = (self.ip_id[d] + 1) & 0xFFFF
        total = 20 + len(tcp) + len(payload)
        ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, self.ip_id[d], 0x4000, 64, 6, 0, _ip(sip), _ip(dip))
        ip = ip[:10] + struct.pack("!H", _checksum(ip)) + ip[12:]
        src, dst = (CLIENT_MAC, SERVER_MAC) if d == TO_SERVER else (SERVER_MAC, CLIENT_MAC)
        self.frames.append(dst + src + b"\x08\x00" + ip + tcp + payload)

    def handshake(self):
        mss = struct.pack("!BBH", 2, 4, 1460)
        self._frame(TO_SERVER, 0x02, self.isn[0], 0, options=mss)
        self._frame(TO_CLIENT, 0x12, self.isn[1], (self.isn[0] + 1) & 0xFFFFFFFF, options=mss)
        self._frame(TO_SERVER, 0x10, self._seq(0), self._ack(0))

    def send(self, d, data, sizes):
        """`data` from side d in segments of the given sizes (cycled), each ACKed by the peer."""
        pos, i = 0, 0
        while pos < len(data):
            n = min(sizes[i % len(sizes)], len(data) - pos)
            self._frame(d, 0x18, self._seq(d), self._ack(d), data[pos:pos + n])
            self.sent[d] += n
            pos += n
            i += 1
        if data:
            self._frame(1 - d, 0x10, self._seq(1 - d), self._ack(1 - d))

    def close(self, d):
        """FIN from side d, ACKed by the peer."""
        if self.fin[d]:
            return
        self._frame(d, 0x11, self._seq(d), self._ack(d))
        self.fin[d] = True
        self._frame(1 - d, 0x10, self._seq(1 - d), self._ack(1 - d))


def pcapFile(records):
    """Ethernet pcap of (timestamp_ns, frame) records."""
    return capfile.pcapBytes(capfile.LINKTYPE_ETHERNET, records)
