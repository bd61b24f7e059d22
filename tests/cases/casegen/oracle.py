"""The oracle: from the frames a case wrote (and what each frame carries),
compute which alerts the sensor must raise and the statistics it must report.

It replays the capture the way an endpoint-faithful sensor sees it: a TCP
direction is the set of byte ranges that reached the tap, taken from the
sender's logical stream (so a lying retransmission or overlap never counts:
first data wins); a hole splits the stream into chunks that are searched
separately (no match across a gap); a fragmented datagram counts once all its
bytes are there. Signature semantics for `stream`:
one alert per signature per flow, in the direction that completed it.
"""
import datetime

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


def _visibleObservations(frames):
    groups, done, visible, reassembled = {}, set(), [], 0
    for i, fr in enumerate(frames):
        if fr.frag:
            gid, off, length, total = fr.frag
            if gid in done:
                raise AmbiguousCase(f"fragment of datagram {gid:#x} after it was complete (frame {i})")
            iv = groups.setdefault(gid, Intervals())
            iv.add(off, off + length)
            if iv.covers(0, total):
                done.add(gid)
                reassembled += 1
                visible += [(i, o) for o in fr.obs]
        else:
            visible += [(i, o) for o in fr.obs]
    return visible, reassembled


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


def analyse(frames, pack, scopes=()):
    """Alerts and statistics. `scopes`: the protocol scopes the case recorded
    (casegen/appmodel.py); protocol-field signatures are evaluated over them,
    `stream` signatures over the raw bytes as described above."""
    visible, reassembled = _visibleObservations(frames)
    flows = {}  # flow -> [DirectionView, DirectionView]
    for i, o in visible:
        if o.flow not in flows:
            _checkClient(o.flow, o)
            flows[o.flow] = [DirectionView(), DirectionView()]
        v = flows[o.flow][o.direction]
        if isinstance(o, packets.TcpObs):
            v.syn |= o.syn
            if o.fin:
                v.fin_offset = o.offset
            if o.length:
                v.timeline.append((i, o.offset, o.length))
                v.coverage.add(o.offset, o.offset + o.length)
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
                chunks = [(s, bytes(flow.stream[d][s:e])) for s, e in v.coverage.spans]
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
                matched = bytes(flow.stream[d][s:e])
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
        transactions[scope.proto] = transactions.get(scope.proto, 0) + 1

    stats = {
        "packets": len(frames),
        "bytes": sum(len(f.data) for f in frames),
        "flows": len(flows),
        "alerts": len(alerts),
        "stream_gaps": gaps,
        "defrag_reassembled": reassembled,
        "transactions": transactions,
    }
    return alerts, stats
