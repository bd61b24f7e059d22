"""Encapsulations for the tunnel cases: how a flow's IP packets reach the tap.

A flow with `tunnel` set has every packet wrapped by Tunnel.wrap before the
capture's link header goes on. The oracle never looks at these bytes: it
reasons about the inner flow (its addresses, ports and inner VLAN tags), which
is exactly what the sensor must recover. The outer layers are the tap's
transport network and must not show up in any alert.

Headers are packed by hand from the RFCs (GRE RFC 2784/2890, ERSPAN
draft-foschiano-erspan, VXLAN RFC 7348, Geneve RFC 8926, MPLS RFC 3032 with
the RFC 4385 control word, PPPoE RFC 2516, Cisco HDLC); the outer IP and UDP
headers come from scapy so their checksums are right.
"""
import struct

from scapy.layers.inet import IP, UDP
from scapy.layers.inet6 import IPv6
from scapy.packet import Raw

from .packets import TO_SERVER, isV6

ETHERTYPE_IPV4, ETHERTYPE_IPV6 = 0x0800, 0x86DD
ETHERTYPE_TEB = 0x6558  # "an Ethernet frame follows" in GRE and Geneve
ETHERTYPE_MPLS, ETHERTYPE_PPPOE = 0x8847, 0x8864


def _checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f">{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


class Path:
    """The outer addresses per direction. By default the reply travels the reverse
    path; a mirror session instead sends both directions from one source
    (reply=same) or from another mirror source (reply=(src, dst))."""

    def __init__(self, src, dst, reply=None):
        self.fwd = (src, dst)
        self.rev = (dst, src) if reply is None else reply
        self.ip_id = 0x5000

    def ends(self, direction):
        return self.fwd if direction == TO_SERVER else self.rev

    def ip(self, direction, proto, payload):
        src, dst = self.ends(direction)
        self.ip_id = (self.ip_id + 1) & 0xFFFF
        if isV6(src):
            return bytes(IPv6(src=src, dst=dst, nh=proto, hlim=64) / Raw(payload))
        return bytes(IP(src=src, dst=dst, proto=proto, id=self.ip_id, ttl=64) / Raw(payload))

    def udp(self, direction, sport, dport, payload):
        src, dst = self.ends(direction)
        self.ip_id = (self.ip_id + 1) & 0xFFFF
        ip = IPv6(src=src, dst=dst, hlim=64) if isV6(src) else IP(src=src, dst=dst, id=self.ip_id, ttl=64)
        return bytes(ip / UDP(sport=sport, dport=dport) / Raw(payload))

    def ethertype(self):
        return ETHERTYPE_IPV6 if isV6(self.fwd[0]) else ETHERTYPE_IPV4


class Tunnel:
    """Layers around a flow's IP packet, innermost first. Each layer is a
    function (data, ethertype, flow, direction) -> (data, ethertype of data,
    the tunnel type the sensor counts when it opens the layer, or None)."""

    def __init__(self, *layers, outer_vlans=()):
        self.layers = layers
        self.outer_vlans = tuple(outer_vlans)

    def keepsLinkVlans(self):
        """MPLS and PPPoE on a link keep its VLAN tags in the flow key; any layer over IP drops them."""
        return not any(getattr(layer, "over_ip", False) for layer in self.layers)

    def wrap(self, l3, flow, direction):
        """(outer payload, its ethertype, outer VLAN tags, tunnel types opened outermost first)."""
        data, ethertype, kinds = l3, (ETHERTYPE_IPV6 if flow.v6 else ETHERTYPE_IPV4), []
        for layer in self.layers:
            data, ethertype, kind = layer(data, ethertype, flow, direction)
            if kind:
                kinds.insert(0, kind)
        return data, ethertype, self.outer_vlans, tuple(kinds)


# ---------------------------------------------------------------- layers

def ethernet():
    """The mirrored frame: MACs by direction, the FLOW's own VLAN tags (they are part of its key)."""
    macs = [bytes.fromhex("02000000aa01"), bytes.fromhex("02000000aa02")]

    def layer(data, ethertype, flow, direction):
        src, dst = (macs[0], macs[1]) if direction == TO_SERVER else (macs[1], macs[0])
        tags = b"".join(struct.pack(">HH", tpid, vid) for tpid, vid in flow.vlans)
        return dst + src + tags + struct.pack(">H", ethertype) + data, ETHERTYPE_TEB, None
    return layer


def gre(path, key=None, sequence=False, checksum=False, protocol=None, name=None):
    """GRE over `path`; the protocol field is the payload's ethertype (0x6558 for Ethernet)."""
    seq = [0]

    def layer(data, ethertype, flow, direction):
        flags = (0x80 if checksum else 0) | (0x20 if key is not None else 0) | (0x10 if sequence else 0)
        header = struct.pack(">BBH", flags, 0, protocol if protocol is not None else ethertype)
        extra = b""
        if key is not None:
            extra += struct.pack(">I", key)
        if sequence:
            seq[0] += 1
            extra += struct.pack(">I", seq[0])
        if checksum:
            body = header + b"\0\0\0\0" + extra + data
            header += struct.pack(">HH", _checksum(body), 0)
        kind = name or ("teb" if ethertype == ETHERTYPE_TEB else "gre")
        return path.ip(direction, 47, header + extra + data), path.ethertype(), kind
    layer.over_ip = True
    return layer


def erspan2(path, session=5):
    """ERSPAN type II: GRE with a sequence number, protocol 0x88BE, 8-byte header, the mirrored frame."""
    inner = gre(path, sequence=True, protocol=0x88BE, name="erspan2")
    index = [0]

    def layer(data, ethertype, flow, direction):
        assert ethertype == ETHERTYPE_TEB, "ERSPAN carries Ethernet frames"
        index[0] += 1
        header = struct.pack(">HHI", 1 << 12 | 0, session & 0x3FF, index[0] & 0xFFFFF)
        return inner(header + data, ethertype, flow, direction)
    layer.over_ip = True
    return layer


def erspan3(path, session=6, platform_every=2):
    """ERSPAN type III: GRE 0x22EB, 12-byte header; every `platform_every`-th frame also
    has the 8-byte optional platform subheader (O bit)."""
    inner = gre(path, sequence=True, protocol=0x22EB, name="erspan3")
    count = [0]

    def layer(data, ethertype, flow, direction):
        assert ethertype == ETHERTYPE_TEB
        count[0] += 1
        with_platform = count[0] % platform_every == 0
        timestamp = 0x10000000 + count[0] * 1000
        flags = (0 << 10) | (3 << 4) | (1 if with_platform else 0)  # frame type 0 = Ethernet, hardware id 3
        header = struct.pack(">HHIHH", 2 << 12 | 0, session & 0x3FF, timestamp, 0, flags)
        if with_platform:
            header += struct.pack(">II", 3 << 26 | 0x42, 0x5EC0DE00 + count[0])  # platform id 3, switch id, ...
        return inner(header + data, ethertype, flow, direction)
    layer.over_ip = True
    return layer


def vxlan(path, vni=4242, port=4789):
    """VXLAN over UDP; the source port is per-flow entropy, as switches set it."""

    def layer(data, ethertype, flow, direction):
        assert ethertype == ETHERTYPE_TEB
        sport = 49152 + (flow.index * 7919) % 16000
        return path.udp(direction, sport, port, struct.pack(">II", 0x08000000, vni << 8) + data), path.ethertype(), \
            "vxlan"
    layer.over_ip = True
    return layer


def geneve(path, options, vni=777, port=6081):
    """Geneve; `options`: [(class, type, data bytes (multiple of 4))], walked by the sensor."""
    opts = b"".join(struct.pack(">HBB", c, t, len(d) // 4) + d for c, t, d in options)
    assert len(opts) % 4 == 0 and len(opts) // 4 < 64

    def layer(data, ethertype, flow, direction):
        sport = 49152 + (flow.index * 104729) % 16000
        header = struct.pack(">BBHI", len(opts) // 4, 0, ethertype, vni << 8)
        return path.udp(direction, sport, port, header + opts + data), path.ethertype(), "geneve"
    layer.over_ip = True
    return layer


def ipInIp(path):
    """IPv4 (protocol 4) or IPv6 (protocol 41, 6in4) directly inside the outer IP."""

    def layer(data, ethertype, flow, direction):
        return path.ip(direction, 41 if ethertype == ETHERTYPE_IPV6 else 4, data), path.ethertype(), "ipip"
    layer.over_ip = True
    return layer


def mpls(labels):
    """A label stack; an Ethernet payload (pseudowire) gets the RFC 4385 control word first."""

    def layer(data, ethertype, flow, direction):
        if ethertype == ETHERTYPE_TEB:
            data = struct.pack(">I", 0) + data
        stack = b"".join(struct.pack(">I", label << 12 | (0x100 if i == len(labels) - 1 else 0) | 64)
                         for i, label in enumerate(labels))
        return stack + data, ETHERTYPE_MPLS, "mpls"
    return layer


def pppoe(session=0x1234):
    """PPPoE session stage carrying PPP IPv4 (0x0021) or IPv6 (0x0057)."""

    def layer(data, ethertype, flow, direction):
        ppp = 0x0057 if ethertype == ETHERTYPE_IPV6 else 0x0021
        return struct.pack(">BBHHH", 0x11, 0, session, len(data) + 2, ppp) + data, ETHERTYPE_PPPOE, "pppoe"
    return layer
