"""The oracle: from the frames a case wrote (and what each frame carries),
compute which alerts the sensor must raise and the statistics it must report.

It replays the capture the way an endpoint-faithful sensor sees it: a TCP
direction is the set of byte ranges that reached the tap; a hole splits the
stream into chunks that are searched separately (no match across a gap); a
fragmented datagram counts once all its bytes are there. Signature semantics
for `stream`: one alert per signature per flow, in the direction that
completed it.

Overlaps with different bytes (lies) are settled by the destination host's
policy (config host_os_policy; the case's `host_os_policy`, default bsd), as
the destination would settle them. The byte model: every byte held but not
yet handed on remembers the segment or fragment that supplied it, a later one
replaces it when `newDataWins` says so, and a TCP byte is handed on (fixed)
as soon as every byte before it is there; bytes behind that point are never
taken back. Holes are only skipped at the end (a case must not mix lies with
holes the sensor would skip early on an ACK). Frames with a bad checksum carry
no observation (the host drops them). An RST inside the receiver's window
ends the flow's inspection; one outside it is ignored.
"""
import dataclasses
import datetime
import ipaddress

from . import appmodel, packets
from .intervals import Intervals


class AmbiguousCase(Exception):
    """The case would leave the expected result to an unspecified policy."""


def eveTime(ns, round_up=False):
    us = -(-ns // 1000) if round_up else ns // 1000
    t = datetime.datetime.fromtimestamp(us // 10**6, datetime.timezone.utc)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + f".{us % 10**6:06d}+0000"


class DirectionView:
    def __init__(self):
        self.timeline = []          # (frame index, offset, length) for TCP, (frame index, payload) for UDP
        self.coverage = Intervals()
        self.syn = False
        self.fin_offset = None
        self.segments = []          # TCP: (offset, bytes sent) in capture order


# The overlap rules of common/overlap_policy.h, restated.
def newDataWins(policy, layer, nb, ne, ob, oe):
    if policy == "first":
        return False
    if policy == "last":
        return True
    if policy == "bsd":
        return nb < ob
    if policy == "linux":
        if nb < ob:
            return True
        return nb == ob and (ne > oe if layer == "tcp" else ne >= oe)
    if policy == "windows":
        return nb < ob if layer == "tcp" else (nb < ob and ne > oe)
    raise ValueError(policy)


class HostPolicy:
    """host_os_policy of a case: {"default": name, name: [cidr, ...], ...}; longest prefix wins."""

    def __init__(self, config=None):
        config = config or {}
        self.default = config.get("default", "bsd")
        self.nets = sorted(((ipaddress.ip_network(c), name) for name, cidrs in config.items() if name != "default"
                            for c in cidrs), key=lambda e: -e[0].prefixlen)

    def of(self, ip):
        addr = ipaddress.ip_address(ip)
        for net, name in self.nets:
            if addr.version == net.version and addr in net:
                return name
        return self.default


def _reassemble(pieces, total, policy):
    held = {}
    for off, data in pieces:
        end = off + len(data)
        for k, b in enumerate(data):
            o = off + k
            if o not in held or newDataWins(policy, "frag", off, end, held[o][1], held[o][2]):
                held[o] = (b, off, end)
    return bytes(held[o][0] for o in range(total))


def _visibleObservations(frames, policy):
    groups, done, visible, reassembled = {}, set(), [], 0
    for i, fr in enumerate(frames):
        if fr.frag:
            gid, off, length, total, data, original = fr.frag
            if gid in done:
                raise AmbiguousCase(f"fragment of datagram {gid:#x} after it was complete (frame {i})")
            iv, pieces = groups.setdefault(gid, (Intervals(), []))
            iv.add(off, off + length)
            pieces.append((off, data))
            if iv.covers(0, total):
                done.add(gid)
                reassembled += 1
                for o in fr.obs:
                    dst = o.flow.endpoints(o.direction)[1][0]
                    payload = _reassemble(pieces, total, policy.of(dst))
                    if payload != original:
                        o = _lyingDatagram(o, payload, original, i)
                    visible.append((i, o))
        else:
            visible += [(i, o) for o in fr.obs]
    return visible, reassembled


def _lyingDatagram(o, payload, original, frame):
    """The observation of a datagram whose reassembled bytes differ from what was built."""
    if isinstance(o, packets.TcpObs):
        head = len(original) - o.length
        if payload[:head] != original[:head]:
            raise AmbiguousCase(f"frame {frame}: overlapping fragments rewrite the TCP header")
        return dataclasses.replace(o, data=payload[head:])
    if payload[:8] != original[:8]:
        raise AmbiguousCase(f"frame {frame}: overlapping fragments rewrite the UDP header")
    return dataclasses.replace(o, payload=payload[8:])


def _tcpBytes(origin, segments, policy):
    """What the sensor hands on for one direction: {offset: byte}. segments: (offset, bytes) in
    capture order."""
    held, out, nxt = {}, {}, origin
    for off, data in segments:
        end = off + len(data)
        for k, b in enumerate(data):
            o = off + k
            if o < nxt:
                continue
            if o not in held or newDataWins(policy, "tcp", off, end, held[o][1], held[o][2]):
                held[o] = (b, off, end)
        while nxt in held:
            out[nxt] = held.pop(nxt)[0]
            nxt += 1
    for o, (b, _, _) in held.items():
        out[o] = b
    return out


def _checkClient(flow, first):
    """The sensor picks the client with the rules of sensor/flow (SYN sender; SYN+ACK
    receiver; mid-stream: the first sender unless it sends from a port < 1024 to
    one >= 1024). The case's declared client must agree or the expectation is wrong."""
    if isinstance(first, packets.TcpObs):
        if first.syn:
            sender_is_client = not first.ack_flag
        else:
            sender_is_client = not (first.sport < 1024 <= first.dport)
    else:
        sender_is_client = True
    derived = first.direction if sender_is_client else 1 - first.direction
    if derived != packets.TO_SERVER:
        raise AmbiguousCase(f"{flow.describe()}: the sensor would take the other side as client")


def _patternHits(sig, chunks):
    """pattern key -> (start, end) of its earliest-ending match over the chunks (never across chunks)."""
    hits = {}
    for i, p in enumerate(sig.patterns):
        for base, data in chunks:
            m = p.earliestMatch(data)
            if m:
                hits[p.id or str(i)] = (base + m[0], base + m[1])
                break
    return hits


def _decide(sig, hits):
    """The hits that complete the condition, in stream order, or None."""
    ordered = sorted(hits.items(), key=lambda kv: kv[1][1])
    for k in range(1, len(ordered) + 1):
        if sig.conditionHolds({key for key, _ in ordered[:k]}):
            return ordered[:k]
    return None


def _tcpCoverTime(view, start, end):
    cov = Intervals()
    for i, off, length in view.timeline:
        cov.add(off, off + length)
        if cov.covers(start, end):
            return i
    raise AssertionError("match outside the captured bytes")


def _udpCoverTime(view, start, end):
    base = 0
    for i, payload in view.timeline:
        if base <= start and end <= base + len(payload):
            return i
        base += len(payload)
    raise AssertionError("match outside the captured datagrams")


RST_WINDOW = 502 << 7   # the window every non-SYN segment advertises, scaled (casegen/packets.py)


def analyse(frames, pack, scopes=(), host_os_policy=None):
    """Alerts and statistics. `scopes`: the protocol scopes the case recorded
    (casegen/appmodel.py); protocol-field signatures are evaluated over them,
    `stream` signatures over the raw bytes as described above."""
    policy = HostPolicy(host_os_policy)
    visible, reassembled = _visibleObservations(frames, policy)
    flows = {}  # flow -> [DirectionView, DirectionView]
    reset, rst_ignored = set(), 0
    for i, o in visible:
        if o.flow in reset:
            continue
        if o.flow not in flows:
            _checkClient(o.flow, o)
            flows[o.flow] = [DirectionView(), DirectionView()]
        v = flows[o.flow][o.direction]
        if isinstance(o, packets.TcpObs):
            if o.rst:
                acked = v.coverage.contiguousEnd(0 if v.syn else (v.coverage.lowest() or 0))
                if 0 <= o.offset - acked < RST_WINDOW:
                    reset.add(o.flow)
                else:
                    rst_ignored += 1
                continue
            v.syn |= o.syn
            if o.fin:
                v.fin_offset = o.offset
            if o.length:
                v.timeline.append((i, o.offset, o.length))
                v.coverage.add(o.offset, o.offset + o.length)
                v.segments.append((o.offset, o.data if o.data is not None else
                                   bytes(o.flow.stream[o.direction][o.offset:o.offset + o.length])))
        else:
            v.timeline.append((i, o.payload))

    alerts, gaps = [], 0
    last_ts = frames[-1].ts_ns if frames else 0
    for flow, views in flows.items():
        chunks_by_dir = []
        for d, v in enumerate(views):
            if flow.proto == "TCP":
                origin = 0 if v.syn else v.coverage.lowest()
                end = max(v.coverage.highest() or 0, v.fin_offset or 0)
                if origin is not None:
                    gaps += len(v.coverage.holes(origin, end))
                dst = flow.endpoints(d)[1][0]
                kept = _tcpBytes(origin or 0, v.segments, policy.of(dst))
                v.content = kept
                chunks = [(s, bytes(kept[o] for o in range(s, e))) for s, e in v.coverage.spans]
            else:
                chunks, base = [], 0
                for _, payload in v.timeline:
                    chunks.append((base, payload))
                    base += len(payload)
            chunks_by_dir.append(chunks)

        for sig in pack:
            if not sig.enabled or not sig.isStream():
                continue
            fired = []
            union = set()
            for d in (0, 1):
                hits = _patternHits(sig, chunks_by_dir[d])
                union |= set(hits)
                completing = _decide(sig, hits)
                if flow.proto == "UDP":
                    joined = [(0, b"".join(c for _, c in chunks_by_dir[d]))]
                    if (_decide(sig, _patternHits(sig, joined)) is None) != (completing is None):
                        raise AmbiguousCase(f"{flow.describe()}: signature {sig.id} depends on datagram boundaries")
                if completing:
                    fired.append((d, completing))
            if len(fired) > 1:
                raise AmbiguousCase(f"{flow.describe()}: signature {sig.id} completes in both directions")
            if not fired and sig.conditionHolds(union):
                raise AmbiguousCase(f"{flow.describe()}: signature {sig.id} needs both directions")
            if not fired:
                continue
            d, completing = fired[0]
            view = views[d]
            cover = _tcpCoverTime if flow.proto == "TCP" else _udpCoverTime
            first_frame = max(cover(view, s, e) for _, (s, e) in completing)
            s, e = completing[-1][1]
            if flow.proto == "TCP":
                matched = bytes(view.content[o] for o in range(s, e))
            else:
                matched = b"".join(c for _, c in chunks_by_dir[d])[s:e]
            text = matched.decode("utf-8", "replace")
            (sip, sport), (dip, dport) = flow.endpoints(d)
            alerts.append({
                "signature_id": sig.id,
                "src_ip": sip, "src_port": sport, "dest_ip": dip, "dest_port": dport,
                "proto": flow.proto, "direction": packets.DIRECTION_NAMES[d],
                "vlan": flow.keyVlans(),
                "excerpt_contains": text[-12:],
                "time_window": [eveTime(frames[first_frame].ts_ns), eveTime(last_ts, round_up=True)],
                "flow": flow.describe(),
                "_flow": flow,
            })

    try:
        alerts += appmodel.scopeAlerts(scopes, visible, frames, pack, eveTime, packets.DIRECTION_NAMES)
    except appmodel.AmbiguousScope as e:
        raise AmbiguousCase(str(e)) from e
    transactions = {}
    for scope in scopes:
        if scope.proto != "flow":  # ip.src/ip.dst scopes are not application transactions
            transactions[scope.proto] = transactions.get(scope.proto, 0) + 1

    stats = {
        "packets": len(frames),
        "bytes": sum(len(f.data) for f in frames),
        "flows": len(flows),
        "alerts": len(alerts),
        "stream_gaps": gaps,
        "defrag_reassembled": reassembled,
        "rst_out_of_window": rst_ignored,
        "transactions": transactions,
    }
    return alerts, stats
