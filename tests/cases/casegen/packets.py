"""Conversations and link layers for the golden cases.

A flow keeps the *logical* byte stream each endpoint sent (the ground truth the
oracle searches). Packets are built lazily when added to a Capture, so their
ACK numbers acknowledge only what the peer had received at that point of the
capture (a receiver cannot ACK bytes it has not seen; doing otherwise would
make the sensor see "ACK beyond hole" gaps that the case did not intend).
"""
import logging
import struct
from dataclasses import dataclass, field

logging.getLogger("scapy.runtime").setLevel(logging.ERROR)
from scapy.layers.inet import IP, TCP, UDP  # noqa: E402
from scapy.layers.inet6 import IPv6, IPv6ExtHdrFragment  # noqa: E402
from scapy.packet import Raw  # noqa: E402

from . import capfile  # noqa: E402

TO_SERVER, TO_CLIENT = 0, 1
DIRECTION_NAMES = ("to_server", "to_client")

TPID_8021Q = 0x8100
TPID_8021AD = 0x88A8
TPID_9100 = 0x9100

BASE_TS_NS = 1590487200 * 10**9  # 2020-05-26T10:00:00Z, the time of the EVE timestamp examples


def isV6(address):
    return ":" in address


# ---------------------------------------------------------------- link layers

class Link:
    """Wraps an IP packet in one link-layer header. Ethernet may carry VLAN tags."""

    def __init__(self, linktype):
        self.linktype = linktype
        self.last_opened = ()  # tunnel types the sensor opens to reach the last wrapped packet

    def wrap(self, l3, flow, direction):
        v6, vlans = flow.v6, flow.vlans
        ethertype = 0x86DD if v6 else 0x0800
        self.last_opened = ()
        if flow.tunnel is not None:  # casegen/tunnels.py: the flow's own tags go inside
            l3, ethertype, vlans, self.last_opened = flow.tunnel.wrap(l3, flow, direction)
        return self._frame(l3, ethertype, vlans, flow, direction)

    def _frame(self, l3, ethertype, vlans, flow, direction):
        v6 = ethertype == 0x86DD
        if self.linktype == capfile.LINKTYPE_ETHERNET:
            macs = [bytes.fromhex("020000000001"), bytes.fromhex("020000000002")]
            src, dst = (macs[0], macs[1]) if direction == TO_SERVER else (macs[1], macs[0])
            tags = b"".join(struct.pack(">HH", tpid, vid) for tpid, vid in vlans)
            return dst + src + tags + struct.pack(">H", ethertype) + l3
        assert not vlans, "VLAN tags only on Ethernet in these cases"
        if self.linktype == capfile.LINKTYPE_RAW:
            return l3
        if self.linktype == capfile.LINKTYPE_C_HDLC:
            return struct.pack(">BBH", 0x0F, 0x00, ethertype) + l3
        if self.linktype == capfile.LINKTYPE_NULL:
            # Host byte order of the writer (little-endian here), as BSD writes it.
            return struct.pack("<I", flow.null_af if v6 else 2) + l3
        if self.linktype == capfile.LINKTYPE_LINUX_SLL:
            pkttype = 4 if direction == TO_SERVER else 0  # outgoing / to us
            return struct.pack(">HHH8sH", pkttype, 1, 6, bytes.fromhex("020000000001"), ethertype) + l3
        if self.linktype == capfile.LINKTYPE_LINUX_SLL2:
            pkttype = 4 if direction == TO_SERVER else 0
            return struct.pack(">HHIHBB8s", ethertype, 0, 3, 1, pkttype, 6,
                               bytes.fromhex("020000000002")) + l3
        raise ValueError(f"unsupported link type {self.linktype}")


# ---------------------------------------------------------------- observations
# What one frame lets the sensor see; the oracle replays them in capture order.

@dataclass(frozen=True)
class TcpObs:
    flow: object
    direction: int
    offset: int      # into the logical stream of `direction`
    length: int
    syn: bool = False
    fin: bool = False
    ack_flag: bool = True
    sport: int = 0
    dport: int = 0
    data: bytes = None   # the bytes sent when they differ from the logical stream (a lie)
    rst: bool = False


@dataclass(frozen=True)
class UdpObs:
    flow: object
    direction: int
    payload: bytes


@dataclass
class Frame:
    data: bytes
    ts_ns: int
    obs: list = field(default_factory=list)
    frag: tuple = None          # (group id, offset, length, total, fragment bytes, original IP payload)
    iface: int = 0
    note: str = ""
    tunnels: tuple = ()         # tunnel types the sensor opens to reach the inner packet (casegen/tunnels.py)


# ---------------------------------------------------------------- flows

class Flow:
    counter = 0

    def __init__(self, proto, client, server, vlans=(), iface=0):
        self.proto = proto
        self.client = client    # (ip, port)
        self.server = server
        self.vlans = tuple(vlans)
        self.iface = iface
        self.null_af = 24  # BSD loopback AF_INET6 value (24 NetBSD/OpenBSD, 28 FreeBSD, 30 macOS)
        self.tunnel = None  # casegen/tunnels.Tunnel: how the packets reach the tap
        self.v6 = isV6(client[0])
        Flow.counter += 1
        self.index = Flow.counter
        self.ip_id = [(self.index * 997) & 0xFFFF, (self.index * 991 + 5000) & 0xFFFF]

    def endpoints(self, direction):
        return (self.client, self.server) if direction == TO_SERVER else (self.server, self.client)

    def nextIpId(self, direction):
        self.ip_id[direction] = (self.ip_id[direction] + 1) & 0xFFFF
        return self.ip_id[direction]

    def ipHeader(self, direction, proto):
        (sip, _), (dip, _) = self.endpoints(direction)
        if self.v6:
            return IPv6(src=sip, dst=dip, hlim=64)
        return IP(src=sip, dst=dip, id=self.nextIpId(direction), ttl=64, flags="DF", proto=proto)

    def keyVlans(self):
        """The VLAN ids in the sensor's flow key (and alerts): the outermost two (kMaxVlanTags).
        A tunnel over IP drops the link's tags (the tap's transport network); MPLS and
        PPPoE on the link keep them, in front of any tags of a pseudowire's frame."""
        tags = [vid for _, vid in self.vlans]
        if self.tunnel is not None and self.tunnel.keepsLinkVlans():
            tags = [vid for _, vid in self.tunnel.outer_vlans] + tags
        return tags[:2]

    def describe(self):
        (cip, cport), (sip, sport) = self.client, self.server
        vl = f" vlan {[v for _, v in self.vlans]}" if self.vlans else ""
        return f"{self.proto} {cip}:{cport} -> {sip}:{sport}{vl} (flow #{self.index})"


@dataclass
class TcpPkt:
    """A TCP segment not yet built: the ACK number is filled in by the Capture."""
    flow: object
    direction: int
    offset: int = 0
    length: int = 0
    flags: str = "PA"
    override: bytes = None   # different bytes than the logical stream (a lying retransmission)

    @property
    def syn(self):
        return "S" in self.flags

    @property
    def fin(self):
        return "F" in self.flags


class TcpFlow(Flow):
    def __init__(self, client, server, isn=(1000, 5000), vlans=(), tcp_ts=False, ip_options=None,
                 ext_headers=None, iface=0):
        super().__init__("TCP", client, server, vlans, iface)
        self.isn = list(isn)
        self.stream = [bytearray(), bytearray()]
        self.tcp_ts = tcp_ts
        self.ip_options = ip_options
        self.ext_headers = ext_headers  # callable returning a fresh scapy IPv6 extension header chain

    # -- logical stream
    def send(self, direction, data):
        """Append to what `direction`'s sender transmits; returns the start offset."""
        off = len(self.stream[direction])
        self.stream[direction] += data
        return off

    # -- segments
    def syn(self):
        return TcpPkt(self, TO_SERVER, -1, 0, "S")

    def synAck(self):
        return TcpPkt(self, TO_CLIENT, -1, 0, "SA")

    def handshake(self):
        return [self.syn(), self.synAck(), self.ack(TO_SERVER)]

    def synWithData(self, length):
        """A SYN carrying the first `length` bytes of the client stream (TCP Fast Open)."""
        return TcpPkt(self, TO_SERVER, 0, length, "S")

    def rst(self, direction, offset):
        """An RST claiming to sit at stream offset `offset` of `direction`."""
        return TcpPkt(self, direction, offset, 0, "RA")

    def ack(self, direction):
        return TcpPkt(self, direction, len(self.stream[direction]), 0, "A")

    def seg(self, direction, offset, length, flags="PA", override=None):
        return TcpPkt(self, direction, offset, length, flags, override)

    def segments(self, direction, data, sizes=None, mss=1400):
        """Send `data` and cut it into segments of the given sizes (cycled), in order."""
        off = self.send(direction, data)
        out, pos, i = [], 0, 0
        while pos < len(data):
            size = sizes[i % len(sizes)] if sizes else mss
            size = min(size, len(data) - pos)
            out.append(self.seg(direction, off + pos, size))
            pos += size
            i += 1
        return out

    def fin(self, direction):
        return TcpPkt(self, direction, len(self.stream[direction]), 0, "FA")

    def close(self):
        return [self.fin(TO_SERVER), self.fin(TO_CLIENT), self.ack(TO_SERVER)]

    def seqOf(self, direction, offset):
        return (self.isn[direction] + 1 + offset) & 0xFFFFFFFF

    def build(self, pkt, ack_value):
        d = pkt.direction
        (_, sport), (_, dport) = self.endpoints(d)
        if pkt.syn:
            seq = self.isn[d]
            # Data on a SYN (TCP Fast Open) is the start of the stream.
            payload = bytes(self.stream[d][:pkt.length]) if pkt.length else b""
        else:
            seq = self.seqOf(d, pkt.offset)
            payload = pkt.override if pkt.override is not None else \
                bytes(self.stream[d][pkt.offset:pkt.offset + pkt.length])
            assert len(payload) == pkt.length, "segment outside the logical stream"
        options = []
        if pkt.syn:
            options = [("MSS", 1460), ("SAckOK", b""), ("WScale", 7)]
        if self.tcp_ts:
            options += [("NOP", None), ("NOP", None), ("Timestamp", (100000 + seq % 9973, 0 if pkt.syn else 777))]
        ack = ack_value if "A" in pkt.flags else 0
        l4 = TCP(sport=sport, dport=dport, seq=seq, ack=ack & 0xFFFFFFFF, flags=pkt.flags,
                 window=502 if not pkt.syn else 64240, options=options)
        ip = self.ipHeader(d, 6)
        if self.ip_options is not None and not self.v6:
            ip.options = self.ip_options()
        if self.v6 and self.ext_headers is not None:
            ip = ip / self.ext_headers()
        pkt_ = ip / l4
        if payload:
            pkt_ = pkt_ / Raw(payload)
        return bytes(pkt_)

    def observation(self, pkt):
        (_, sport), (_, dport) = self.endpoints(pkt.direction)
        return TcpObs(self, pkt.direction, max(pkt.offset, 0), pkt.length, pkt.syn, pkt.fin,
                      "A" in pkt.flags, sport, dport, pkt.override, "R" in pkt.flags)


@dataclass
class UdpPkt:
    flow: object
    direction: int
    payload: bytes


class UdpFlow(Flow):
    def __init__(self, client, server, vlans=(), iface=0, ip_options=None, ext_headers=None):
        super().__init__("UDP", client, server, vlans, iface)
        self.ip_options = ip_options
        self.ext_headers = ext_headers
        self.datagrams = [[], []]

    def datagram(self, direction, payload):
        self.datagrams[direction].append(payload)
        return UdpPkt(self, direction, payload)

    def build(self, pkt, ack_value=None):
        (_, sport), (_, dport) = self.endpoints(pkt.direction)
        ip = self.ipHeader(pkt.direction, 17)
        if self.ip_options is not None and not self.v6:
            ip.options = self.ip_options()
        if self.v6 and self.ext_headers is not None:
            ip = ip / self.ext_headers()
        return bytes(ip / UDP(sport=sport, dport=dport) / Raw(pkt.payload))

    def observation(self, pkt):
        return UdpObs(self, pkt.direction, pkt.payload)


# ---------------------------------------------------------------- fragmentation

def splitL3(l3, v6):
    """(header fields source, upper-layer bytes) of an unfragmented IP packet without options/ext headers."""
    return (l3[:40], l3[40:]) if v6 else (l3[:20], l3[20:])


def fragmentV4(l3, pieces, frag_id):
    """pieces: list of (offset, length[, override bytes]) over the IPv4 payload; offsets multiple of 8."""
    hdr = IP(l3[:20])
    payload = l3[(l3[0] & 0x0F) * 4:]
    out = []
    for piece in pieces:
        off, length = piece[0], piece[1]
        data = piece[2] if len(piece) > 2 else payload[off:off + length]
        assert off % 8 == 0 and len(data) == length
        more = off + length < len(payload)
        frag = IP(src=hdr.src, dst=hdr.dst, id=frag_id, ttl=hdr.ttl, proto=hdr.proto,
                  flags="MF" if more else 0, frag=off // 8) / Raw(data)
        out.append(bytes(frag))
    return out


def fragmentV6(l3, pieces, frag_id):
    """Same for IPv6: a Fragment header after the fixed header (no other ext headers)."""
    hdr = IPv6(l3[:40])
    upper = l3[40:]
    out = []
    for piece in pieces:
        off, length = piece[0], piece[1]
        data = piece[2] if len(piece) > 2 else upper[off:off + length]
        assert off % 8 == 0 and len(data) == length
        more = off + length < len(upper)
        frag = IPv6(src=hdr.src, dst=hdr.dst, hlim=hdr.hlim) / \
            IPv6ExtHdrFragment(nh=hdr.nh, offset=off // 8, m=1 if more else 0, id=frag_id) / Raw(data)
        out.append(bytes(frag))
    return out


def evenPieces(total, size):
    """Cut [0,total) into pieces of `size` bytes (multiple of 8), the last one shorter."""
    assert size % 8 == 0
    return [(o, min(size, total - o)) for o in range(0, total, size)]
