"""The protocol half of the oracle: what each application scope (HTTP
transaction, SMTP message, DNS query, TLS handshake)
must show a sensor, and which alerts follow from it.

A case builds its conversations with casegen/appwire.py. While it writes the
wire bytes it records here, for every scope, the *decoded* value of each field
(taken from the plain text before it was encoded, or decoded again with the
Python standard library: email, base64, quopri, urllib, zlib) and the wire
range that carries it. Nothing here looks at sensor code or output.

Scope rules: a signature's patterns are searched in all
of its fields within one scope; it alerts at most once per scope; a `not` term
is decided when the scope ends. Block fields are searched value by value (each
smtp.rcpt_to separately); a streaming field (bodies) is one value per scope.
"""
from dataclasses import dataclass, field

from .packets import TO_CLIENT, TO_SERVER

# Where each field's bytes travel (the alert's direction) and which scope it belongs to.
FIELDS = {
    "http.method": ("http", TO_SERVER, False),
    "http.uri": ("http", TO_SERVER, False),
    "http.host": ("http", TO_SERVER, False),
    "http.user_agent": ("http", TO_SERVER, False),
    "http.request_headers": ("http", TO_SERVER, False),
    "http.request_body": ("http", TO_SERVER, True),
    "http.response_headers": ("http", TO_CLIENT, False),
    "http.response_body": ("http", TO_CLIENT, True),
    "smtp.mail_from": ("smtp", TO_SERVER, False),
    "smtp.rcpt_to": ("smtp", TO_SERVER, False),
    "smtp.headers": ("smtp", TO_SERVER, False),
    "smtp.subject": ("smtp", TO_SERVER, False),
    "smtp.body": ("smtp", TO_SERVER, True),
    "smtp.attachment": ("smtp", TO_SERVER, True),
    "dns.query": ("dns", TO_SERVER, False),
    "dns.answer": ("dns", TO_CLIENT, False),
    "tls.sni": ("tls", TO_SERVER, False),
    "smtp.url": ("smtp", TO_SERVER, False),
    # The flow's addresses, scanned once when the flow opens: a scope of their own, no app_proto.
    "ip.src": ("flow", TO_SERVER, False),
    "ip.dst": ("flow", TO_SERVER, False),
}

# Keys of the EVE alert's context objects the cases check, as "object.key".
CONTEXT_KEYS = ("http.hostname", "http.url", "http.http_method", "http.status", "smtp.mail_from",
                "smtp.rcpt_to", "email.subject", "email.url", "dns.rrname", "tls.sni")


@dataclass
class Occurrence:
    field: str
    value: bytes
    wire: tuple               # TCP: (direction, start, end) in the flow's logical stream; UDP: ("udp", payload)
    pieces: tuple = None      # a streaming value that is the join of separately decoded parts (MIME parts)


@dataclass
class AppScope:
    flow: object
    proto: str                                  # http | smtp | dns | tls (EVE app_proto)
    steps: list = field(default_factory=list)   # ("ctx", {key: value}) | ("field", Occurrence), delivery order
    end_wire: tuple = None                      # where the scope ends (decides `not` terms)
    note: str = ""

    def ctx(self, **kv):
        """Context keys known from here on; keyword names use '__' for '.' (http__url)."""
        unknown = {k.replace("__", ".") for k in kv} - set(CONTEXT_KEYS)
        assert not unknown, f"unknown context keys {unknown}"
        self.steps.append(("ctx", {k.replace("__", "."): v for k, v in kv.items()}))

    def field(self, name, value, wire, pieces=None):
        proto, _, streaming = FIELDS[name]
        assert proto == self.proto, f"{name} in a {self.proto} scope"
        assert pieces is None or streaming
        if isinstance(value, str):
            value = value.encode("utf-8")
        self.steps.append(("field", Occurrence(name, value, wire, tuple(pieces) if pieces else None)))

    def contextAt(self, step_index):
        ctx = {}
        for kind, v in self.steps[:step_index + 1]:
            if kind == "ctx":
                ctx.update(v)
        return ctx


class AmbiguousScope(Exception):
    """The expected result would depend on an unspecified sensor policy."""


def _patternHit(pattern, occ):
    """(start, end, text) of the earliest-ending match of `pattern` in one occurrence, or None."""
    m = pattern.earliestMatch(occ.value, occ.field)
    if not m:
        return None
    return m[0], m[1], occ.value[m[0]:m[1]].decode("utf-8", "replace")


def _checkPieces(sig, scope, occ):
    """A streaming value joined from parts: the verdict must not depend on the joints."""
    if not occ.pieces:
        return
    joined = {i for i, p in enumerate(sig.patterns) if p.earliestMatch(occ.value)}
    apart = {i for i, p in enumerate(sig.patterns) if any(p.earliestMatch(piece) for piece in occ.pieces)}
    if joined != apart:
        raise AmbiguousScope(f"{scope.flow.describe()}: signature {sig.id} depends on how {occ.field} parts are joined")


def nestedContext(flat):
    out = {}
    for key, value in flat.items():
        obj, name = key.split(".", 1)
        out.setdefault(obj, {})[name] = value
    return out


def evaluate(sig, scope):
    """None, or (completing step index, occurrence, matched text, decided_at_end) for the one
    alert `sig` raises in `scope`."""
    fields = set(sig.fields)
    hits = {}   # pattern key -> (step index, end, occurrence, text)
    for si, (kind, occ) in enumerate(scope.steps):
        if kind != "field" or occ.field not in fields:
            continue
        _checkPieces(sig, scope, occ)
        for pi, p in enumerate(sig.patterns):
            key = p.id or str(pi)
            if key in hits:
                continue
            h = _patternHit(p, occ)
            if h:
                hits[key] = (si, h[1], occ, h[2])
    if not sig.conditionHolds(set(hits)):
        return None
    negated = sig.negated()
    positive = sorted(((k, v) for k, v in hits.items() if k not in negated), key=lambda kv: (kv[1][0], kv[1][1]))
    for n in range(1, len(positive) + 1):
        if sig.conditionHolds({k for k, _ in positive[:n]}):
            si, _, occ, text = positive[n - 1][1]
            return si, occ, text, bool(negated), [v for _, v in positive[:n]]
    raise AssertionError("condition holds but no prefix completes it")


class WireClock:
    """When (frame index) the bytes a field needs had reached the tap."""

    def __init__(self, visible):
        self.visible = visible      # [(frame index, observation)] in capture order
        self.cache = {}

    def _prefixTimes(self, flow, direction):
        key = (id(flow), direction)
        if key not in self.cache:
            from .intervals import Intervals
            cov, times = Intervals(), []
            for i, o in self.visible:
                if o.flow is flow and o.direction == direction and getattr(o, "length", 0):
                    cov.add(o.offset, o.offset + o.length)
                    times.append((cov.contiguousEnd(0), i))
            self.cache[key] = times
        return self.cache[key]

    def frameFor(self, flow, wire, streaming):
        if wire[0] == "udp":
            for i, o in self.visible:
                if o.flow is flow and getattr(o, "payload", None) is wire[1]:
                    return i
            raise AssertionError("datagram not in the capture")
        direction, start, end = wire
        need = start + 1 if streaming else end
        for covered, i in self._prefixTimes(flow, direction):
            if covered >= need:
                return i
        raise AssertionError(f"{flow.describe()}: bytes up to {need} never reach the tap")


def scopeAlerts(scopes, visible, frames, pack, eveTime, directionNames):
    """The alerts of every protocol-field signature over every scope."""
    clock = WireClock(visible)
    last_ts = frames[-1].ts_ns if frames else 0
    alerts = []
    for scope in scopes:
        for sig in pack:
            if not sig.enabled or sig.isStream():
                continue
            got = evaluate(sig, scope)
            if got is None:
                continue
            si, occ, text, decided_at_end, completing = got
            flow = scope.flow
            first = max(clock.frameFor(flow, o.wire, FIELDS[o.field][2]) for _, _, o, _ in completing)
            ctx = scope.contextAt(si)
            if decided_at_end:
                first = max(first, clock.frameFor(flow, scope.end_wire, False))
                ctx = scope.contextAt(len(scope.steps) - 1)
            d = FIELDS[occ.field][1]
            (sip, sport), (dip, dport) = flow.endpoints(d)
            alerts.append({
                "signature_id": sig.id,
                "src_ip": sip, "src_port": sport, "dest_ip": dip, "dest_port": dport,
                "proto": flow.proto, "direction": directionNames[d],
                "vlan": flow.keyVlans(),
                "excerpt_contains": text[-12:],
                "time_window": [eveTime(frames[first].ts_ns), eveTime(last_ts, round_up=True)],
                "flow": flow.describe(),
                "field": occ.field,
                **({"app_proto": scope.proto} if scope.proto != "flow" else {}),
                "context": nestedContext(ctx),
                "_flow": flow,
            })
    return alerts
