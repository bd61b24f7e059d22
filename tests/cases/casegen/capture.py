"""Capture: the ordered frames of one case, with timestamps and what each frame shows.

It also plays the endpoints' TCP receive state, so every ACK number in the file
acknowledges only bytes the receiver had (a lost segment is received by the
endpoint but never reaches the tap: see lose()).
"""
from . import packets
from .intervals import Intervals


class Capture:
    def __init__(self, link, start_ns=packets.BASE_TS_NS, step_ns=1_000_000, extra_ns=0):
        self.link = link
        self.start_ns = start_ns
        self.step_ns = step_ns
        self.extra_ns = extra_ns      # sub-microsecond part added to every timestamp (nanosecond files)
        self.frames = []
        self.received = {}            # (flow, direction) -> Intervals the receiving endpoint has
        self.fin_received = set()
        self.next_frag_id = 0x3100

    # -- time and acknowledgements
    def _ts(self):
        return self.start_ns + len(self.frames) * self.step_ns + self.extra_ns

    def _ackFor(self, flow, direction):
        other = 1 - direction
        have = self.received.get((flow, other), Intervals())
        contiguous = have.contiguousEnd(0)
        bump = 1 if (flow, other) in self.fin_received and contiguous >= len(flow.stream[other]) else 0
        return (flow.seqOf(other, contiguous) + bump) & 0xFFFFFFFF

    def _deliver(self, pkt):
        if isinstance(pkt, packets.TcpPkt):
            if pkt.length:
                self.received.setdefault((pkt.flow, pkt.direction), Intervals()).add(pkt.offset, pkt.offset + pkt.length)
            if pkt.fin:
                self.fin_received.add((pkt.flow, pkt.direction))

    def _build(self, pkt):
        ack = self._ackFor(pkt.flow, pkt.direction) if isinstance(pkt, packets.TcpPkt) else None
        l3 = pkt.flow.build(pkt, ack)
        self._deliver(pkt)
        return l3

    # -- adding frames
    def add(self, *items):
        for item in items:
            if isinstance(item, (list, tuple)):
                self.add(*item)
                continue
            l3 = self._build(item)
            f = item.flow
            self.frames.append(packets.Frame(self.link.wrap(l3, f, item.direction), self._ts(),
                                             [f.observation(item)], iface=f.iface, tunnels=self.link.last_opened))

    def addBadChecksum(self, pkt, layer):
        """`pkt` with a wrong checksum (layer "ip" or "l4"): the destination drops it, so
        it changes no endpoint state, and the sensor must not see it either (no observation)."""
        ack = self._ackFor(pkt.flow, pkt.direction) if isinstance(pkt, packets.TcpPkt) else None
        l3 = bytearray(pkt.flow.build(pkt, ack))
        _corrupt(l3, layer, pkt.flow.v6)
        self.frames.append(packets.Frame(self.link.wrap(bytes(l3), pkt.flow, pkt.direction), self._ts(), [],
                                         iface=pkt.flow.iface, note=f"bad {layer} checksum"))

    def lose(self, *items):
        """The endpoint received these segments but the tap missed them."""
        for item in items:
            if isinstance(item, (list, tuple)):
                self.lose(*item)
            else:
                self._deliver(item)

    def addFragments(self, pkt, pieces, order=None, bad_ip_checksum=()):
        """Sends `pkt` as IP fragments. pieces: (offset, length[, override bytes]) over the IP
        payload (the IPv6 upper-layer part), in the order given by `order` (indices).
        Pieces whose index is in `bad_ip_checksum` get a wrong IPv4 header checksum: the
        destination drops them, so they carry no observation."""
        f = pkt.flow
        l3 = self._build(pkt)
        frag_id = self.next_frag_id
        self.next_frag_id += 0x101
        frags = (packets.fragmentV6 if f.v6 else packets.fragmentV4)(l3, pieces, frag_id)
        total = len(l3) - (40 if f.v6 else (l3[0] & 0x0F) * 4)
        obs = f.observation(pkt)
        original = l3[len(l3) - total:]
        for i in (order if order is not None else range(len(pieces))):
            off, length = pieces[i][0], pieces[i][1]
            data = pieces[i][2] if len(pieces[i]) > 2 else original[off:off + length]
            if i in bad_ip_checksum:
                frag = bytearray(frags[i])
                _corrupt(frag, "ip", f.v6)
                self.frames.append(packets.Frame(self.link.wrap(bytes(frag), f, pkt.direction), self._ts(), [],
                                                 iface=f.iface, note="bad ip checksum"))
                continue
            self.frames.append(packets.Frame(self.link.wrap(frags[i], f, pkt.direction), self._ts(),
                                             [obs], frag=(frag_id, off, length, total, data, original),
                                             iface=f.iface, tunnels=self.link.last_opened))
        return l3

    def addRaw(self, data, note, iface=0):
        """A frame that is not part of any conversation (malformed on purpose)."""
        self.frames.append(packets.Frame(data, self._ts(), [], iface=iface, note=note))

    def ipPayloadLength(self, pkt):
        """Length of the IP payload `pkt` will have, for planning fragments before adding."""
        l3 = pkt.flow.build(pkt, 0)
        return len(l3) - (40 if pkt.flow.v6 else (l3[0] & 0x0F) * 4)


def _corrupt(l3, layer, v6):
    """Flips bits of the IPv4 header checksum or of the TCP/UDP checksum in place."""
    if layer == "ip":
        assert not v6, "IPv6 has no header checksum"
        l3[10] ^= 0x5A
        return
    start = 40 if v6 else (l3[0] & 0x0F) * 4
    proto = l3[6] if v6 else l3[9]
    at = start + (16 if proto == 6 else 6)
    l3[at] ^= 0x5A
