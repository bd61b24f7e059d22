"""Application conversations for the protocol cases: each builder writes the
wire bytes AND records, in an appmodel.AppScope, what a sensor must decode
from them. The decoded values come from the plain text the case started with,
or from the Python standard library decoding the wire form again (email for
MIME and RFC 2047, zlib/gzip, urllib), never from sensor code.
"""
import email
import email.header
import email.policy
import gzip
import struct
import urllib.parse
import zlib

from .appmodel import AppScope
from .packets import TO_CLIENT, TO_SERVER


class Script:
    """Turns of one TCP conversation. Each turn is segmented (sizes / mss) and then
    ACKed by the peer; `placed(offset)` learns where the turn's bytes start in the
    sender's logical stream, which is how the builders find their wire ranges."""

    def __init__(self, flow):
        self.flow = flow
        self.turns = []

    def say(self, direction, data, placed=None, sizes=None, mss=1400, cuts=None, ack=True):
        self.turns.append((direction, data, placed, sizes, mss, cuts, ack))
        return self

    def packets(self):
        out = []
        f = self.flow
        for direction, data, placed, sizes, mss, cuts, ack in self.turns:
            offset = len(f.stream[direction])
            if cuts is not None:
                base = f.send(direction, data)
                points = [0] + sorted(set(c for c in cuts if 0 < c < len(data))) + [len(data)]
                out += [f.seg(direction, base + a, b - a) for a, b in zip(points, points[1:])]
            else:
                out += f.segments(direction, data, sizes, mss)
            if placed:
                placed(offset)
            if ack:
                out.append(f.ack(1 - direction))
        return out

    def conversation(self):
        """Handshake, the turns, orderly close."""
        return self.flow.handshake() + self.packets() + self.flow.close()


# ------------------------------------------------------------------ HTTP

def _headerBlock(headers):
    """http.*_headers: one "Name: value\\r\\n" per header line, as sent."""
    return "".join(f"{n}: {v}\r\n" for n, v in headers).encode()


def _hostname(host_header):
    """The context's http.hostname: lowercase, without port."""
    return host_header.rsplit(":", 1)[0].lower() if host_header.count(":") == 1 else host_header.lower()


def chunked(body, sizes, extension_at=None):
    """Chunked transfer coding of `body`, cut into chunks of the given sizes (cycled)."""
    out, pos, i = b"", 0, 0
    while pos < len(body):
        n = min(sizes[i % len(sizes)], len(body) - pos)
        ext = b";note=split" if i == extension_at else b""
        out += b"%x" % n + ext + b"\r\n" + body[pos:pos + n] + b"\r\n"
        pos += n
        i += 1
    return out + b"0\r\n\r\n"


class HttpTxn:
    """One request/response pair = one HTTP transaction scope."""

    def __init__(self, flow, method, target, headers, body=b"", uri=None, note=""):
        self.scope = AppScope(flow, "http", note=note)
        self.method, self.target, self.headers = method, target, list(headers)
        if body:
            self.headers.append(("Content-Length", str(len(body))))
        head = f"{method} {target} HTTP/1.1\r\n".encode() + _headerBlock(self.headers) + b"\r\n"
        self.request = head + body
        self.req_head_len = len(head)
        self.req_body = body
        self.uri = uri if uri is not None else target
        self.response = None

    def header(self, name):
        for n, v in self.headers:
            if n.lower() == name.lower():
                return v
        return None

    def requestPlaced(self, offset):
        s = self.scope
        host = self.header("Host")
        ctx = {"http__http_method": self.method, "http__url": self.target}
        if host is not None:
            ctx["http__hostname"] = _hostname(host)
        s.ctx(**ctx)
        head_end = (TO_SERVER, offset, offset + self.req_head_len)
        s.field("http.method", self.method, head_end)
        s.field("http.uri", self.uri, head_end)
        if host is not None:
            s.field("http.host", _hostname(host), head_end)
        if self.header("User-Agent") is not None:
            s.field("http.user_agent", self.header("User-Agent"), head_end)
        s.field("http.request_headers", _headerBlock(self.headers), head_end)
        if self.req_body:
            ctype = (self.header("Content-Type") or "").lower()
            value = self.req_body
            if ctype.startswith("application/x-www-form-urlencoded"):
                value = urllib.parse.unquote_to_bytes(value.replace(b"+", b" "))
            start = offset + self.req_head_len
            s.field("http.request_body", value, (TO_SERVER, start, start + len(self.req_body)))

    def respond(self, status, body, headers=(), encoding=None, chunk_sizes=None, inspected=None):
        """encoding: None | "gzip" | "deflate" (zlib) | "deflate-raw". `inspected`: the
        decoded body a sensor can see when that differs from `body` (a cut bomb)."""
        self.status = status
        plain = body
        if encoding == "gzip":
            wire = gzip.compress(plain, compresslevel=9, mtime=0)
        elif encoding == "deflate":
            wire = zlib.compress(plain, 9)
        elif encoding == "deflate-raw":
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            wire = c.compress(plain) + c.flush()
        else:
            wire = plain
        if encoding is not None:  # the decoder must give back the plain text
            back = gzip.decompress(wire) if encoding == "gzip" else \
                zlib.decompress(wire, -15 if encoding == "deflate-raw" else 15)
            assert back == plain
        hdrs = [("Server", "nginx"), ("Content-Type", "text/html; charset=utf-8")] + list(headers)
        if encoding is not None:
            hdrs.append(("Content-Encoding", "deflate" if encoding.startswith("deflate") else "gzip"))
        if chunk_sizes:
            hdrs.append(("Transfer-Encoding", "chunked"))
            framed = chunked(wire, chunk_sizes, extension_at=1)
        else:
            hdrs.append(("Content-Length", str(len(wire))))
            framed = wire
        reason = {200: "OK", 403: "Forbidden", 404: "Not Found", 400: "Bad Request"}.get(status, "OK")
        head = f"HTTP/1.1 {status} {reason}\r\n".encode() + _headerBlock(hdrs) + b"\r\n"
        self.response = head + framed
        self.resp_head_len = len(head)
        self.resp_headers = hdrs
        self.resp_inspected = plain if inspected is None else inspected
        return self.response

    def responsePlaced(self, offset):
        s = self.scope
        s.ctx(http__status=self.status)
        head_end = (TO_CLIENT, offset, offset + self.resp_head_len)
        s.field("http.response_headers", _headerBlock(self.resp_headers), head_end)
        if self.resp_inspected:
            start = offset + self.resp_head_len
            s.field("http.response_body", self.resp_inspected, (TO_CLIENT, start, offset + len(self.response)))
        s.end_wire = (TO_CLIENT, offset, offset + len(self.response))


# ------------------------------------------------------------------ SMTP

def _unfoldedHeaders(raw_header_section):
    lines = raw_header_section.decode("utf-8", "surrogateescape").split("\r\n")
    out = []
    for line in lines:
        if not line:
            continue
        if line[0] in " \t" and out:
            out[-1] += line
        else:
            out.append(line)
    return "".join(f"{h}\r\n" for h in out).encode("utf-8", "surrogateescape")


def mailTruth(raw):
    """(subject or None, [decoded UTF-8 text of each text part], [decoded bytes of each
    other leaf part: the attachments]) of a message, by the Python email package."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    subject = None
    if msg["Subject"] is not None:
        subject = str(email.header.make_header(email.header.decode_header(msg["Subject"])))
    texts, attachments = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() != "text":
            attachments.append(payload)
            continue
        charset = part.get_content_charset() or "us-ascii"
        texts.append(payload.decode(charset).encode("utf-8"))
    return subject, texts, attachments


def dotStuff(content):
    lines = content.split(b"\r\n")
    return b"\r\n".join(b"." + line if line.startswith(b".") else line for line in lines)


class SmtpMessage:
    """MAIL FROM .. DATA .. "." = one SMTP message scope."""

    def __init__(self, flow, mail_from, rcpts, raw, note="", attachments=None, urls=()):
        """attachments: the decoded attachment bytes when the Python email package cannot
        give them (malformed base64 it decodes differently from mail clients): taken from
        the plain bytes the case encoded."""
        self.scope = AppScope(flow, "smtp", note=note)
        self.mail_from, self.rcpts, self.raw = mail_from, list(rcpts), raw
        self.subject, self.texts, self.attachments = mailTruth(raw)
        if attachments is not None:
            assert len(attachments) == len(self.attachments)
            self.attachments = list(attachments)
        self.urls = list(urls)  # smtp.url values in extraction order: the links the case wrote into its text
        self.data = dotStuff(raw) + b"\r\n.\r\n"
        self.head_len = raw.index(b"\r\n\r\n") + 4

    def script(self, sc, sizes=None, accept=True, mode="classic", bdat_chunks=None):
        """mode: "classic" (one command per turn), "pipelined" (RFC 2920: MAIL, RCPTs and
        DATA in one segment, replies in one) or "bdat" (RFC 3030 chunks of the sizes given,
        commands and chunks pipelined, the last chunk marked LAST)."""
        s = self.scope
        mail_line = f"MAIL FROM:{self.mail_from} SIZE={len(self.raw)}\r\n".encode()
        rcpt_lines = [f"RCPT TO:{r}\r\n".encode() for r in self.rcpts]

        def envelopePlaced(off):
            s.ctx(smtp__mail_from=self.mail_from)
            s.field("smtp.mail_from", self.mail_from, (TO_SERVER, off, off + len(mail_line)))
            off += len(mail_line)
            for i, (r, line) in enumerate(zip(self.rcpts, rcpt_lines)):
                s.ctx(smtp__rcpt_to=self.rcpts[:i + 1])
                s.field("smtp.rcpt_to", r, (TO_SERVER, off, off + len(line)))
                off += len(line)

        def contentPlaced(off, wire_of, end=None):
            """wire_of(raw offset) -> offset in the turn's bytes; `end`: where the message ends
            in the turn (default: after its last content byte)."""
            head = (TO_SERVER, off, off + wire_of(self.head_len))
            s.field("smtp.headers", _unfoldedHeaders(self.raw[:self.head_len]), head)
            if self.subject is not None:
                s.ctx(email__subject=self.subject)
                s.field("smtp.subject", self.subject, head)
            body = b"".join(self.texts)
            if body:
                s.field("smtp.body", body, (TO_SERVER, off + wire_of(self.head_len), off + wire_of(len(self.raw))),
                        pieces=self.texts if len(self.texts) > 1 else None)
            for i, url in enumerate(self.urls):
                s.ctx(email__url=self.urls[:i + 1])
                s.field("smtp.url", url, (TO_SERVER, off + wire_of(self.head_len), off + wire_of(len(self.raw))))
            files = b"".join(self.attachments)
            if files:
                s.field("smtp.attachment", files,
                        (TO_SERVER, off + wire_of(self.head_len), off + wire_of(len(self.raw))),
                        pieces=self.attachments if len(self.attachments) > 1 else None)
            s.end_wire = (TO_SERVER, off, off + (wire_of(len(self.raw)) if end is None else end))

        queued = b"250 2.0.0 Ok: queued as 4C1F2A0B3\r\n" if accept else b"554 5.7.1 Rejected\r\n"
        if mode == "bdat":
            sizes_ = bdat_chunks or [len(self.raw)]
            pieces, pos, i = [], 0, 0
            while pos < len(self.raw):
                n = min(sizes_[i % len(sizes_)], len(self.raw) - pos)
                pieces.append((pos, self.raw[pos:pos + n]))
                pos += n
                i += 1
            wire, where = b"", []
            for k, (raw_at, chunk) in enumerate(pieces):
                cmd = f"BDAT {len(chunk)}{' LAST' if k == len(pieces) - 1 else ''}\r\n".encode()
                where.append((raw_at, len(wire) + len(cmd)))
                wire += cmd + chunk

            def wireOf(r):
                at = max(w for w in where if w[0] <= r) if r < len(self.raw) else where[-1]
                return at[1] + (r - at[0])
            envelope = mail_line + b"".join(rcpt_lines)
            sc.say(TO_SERVER, envelope + wire,
                   lambda off: (envelopePlaced(off), contentPlaced(off + len(envelope), wireOf)), sizes=sizes)
            sc.say(TO_CLIENT, b"250 2.1.0 Ok\r\n" + b"250 2.1.5 Ok\r\n" * len(self.rcpts)
                   + b"".join(b"250 2.0.0 %d octets received\r\n" % len(c) for _, c in pieces[:-1]) + queued)
            return sc
        if mode == "pipelined":
            envelope = mail_line + b"".join(rcpt_lines) + b"DATA\r\n"
            sc.say(TO_SERVER, envelope, envelopePlaced)
            sc.say(TO_CLIENT, b"250 2.1.0 Ok\r\n" + b"250 2.1.5 Ok\r\n" * len(self.rcpts)
                   + b"354 End data with <CR><LF>.<CR><LF>\r\n")
        else:
            def mailPlaced(off):
                s.ctx(smtp__mail_from=self.mail_from)
                s.field("smtp.mail_from", self.mail_from, (TO_SERVER, off, off + len(mail_line)))
            sc.say(TO_SERVER, mail_line, mailPlaced)
            sc.say(TO_CLIENT, b"250 2.1.0 Ok\r\n")
            for i, (r, line) in enumerate(zip(self.rcpts, rcpt_lines)):
                def rcptPlaced(off, r=r, i=i, line=line):
                    s.ctx(smtp__rcpt_to=self.rcpts[:i + 1])
                    s.field("smtp.rcpt_to", r, (TO_SERVER, off, off + len(line)))
                sc.say(TO_SERVER, line, rcptPlaced)
                sc.say(TO_CLIENT, b"250 2.1.5 Ok\r\n")
            sc.say(TO_SERVER, b"DATA\r\n")
            sc.say(TO_CLIENT, b"354 End data with <CR><LF>.<CR><LF>\r\n")
        stuffed_at = self._stuffedOffsets()
        sc.say(TO_SERVER, self.data, lambda off: contentPlaced(off, stuffed_at, len(self.data)), sizes=sizes)
        sc.say(TO_CLIENT, queued)
        return sc

    def _stuffedOffsets(self):
        """raw offset -> offset in the dot-stuffed DATA content."""
        extra_at = [i for i in range(len(self.raw)) if self.raw[i:i + 1] == b"." and (i == 0 or self.raw[i - 1:i] == b"\n")]

        def f(r):
            return r + sum(1 for e in extra_at if e < r)
        return f


def smtpGreeting(sc, banner=b"220 mx.victim-corp.example ESMTP Postfix\r\n", ehlo=b"EHLO mail-secure.example\r\n"):
    sc.say(TO_CLIENT, banner)
    sc.say(TO_SERVER, ehlo)
    sc.say(TO_CLIENT, b"250-mx.victim-corp.example\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250 8BITMIME\r\n")
    return sc


def smtpQuit(sc):
    sc.say(TO_SERVER, b"QUIT\r\n")
    sc.say(TO_CLIENT, b"221 2.0.0 Bye\r\n")
    return sc


# ------------------------------------------------------------------ DNS

def dnsLabels(name):
    return b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\x00"


def dnsMessage(qid, questions, response=False, answers=b"", ancount=0):
    """questions: encoded names (dnsLabels, or hand-made with pointers), each followed by
    QTYPE A / QCLASS IN."""
    flags = 0x8180 if response else 0x0100
    head = struct.pack(">HHHHHH", qid, flags, len(questions), ancount, 0, 0)
    return head + b"".join(q + struct.pack(">HH", 1, 1) for q in questions) + answers


def flowAddressScope(flow, wire):
    """ip.src / ip.dst of a flow: the client and server addresses in RFC 5952 text, delivered once
    when the flow opens (`wire`: the flow's first datagram, so the alert's time bound is its frame)."""
    import ipaddress
    s = AppScope(flow, "flow")
    (cip, _), (sip, _) = flow.endpoints(TO_SERVER)
    s.field("ip.src", str(ipaddress.ip_address(cip)), wire)
    s.field("ip.dst", str(ipaddress.ip_address(sip)), wire)
    return s


def dnsQueryScope(flow, names, wire):
    s = AppScope(flow, "dns")
    s.ctx(dns__rrname=names[0])
    for n in names:
        s.field("dns.query", n, wire)
    return s


def dnsRecord(owner, rtype, rdata, ttl=300):
    """One resource record: owner (encoded name or pointer), type number, rdata bytes."""
    return owner + struct.pack(">HHIH", rtype, 1, ttl, len(rdata)) + rdata


def _answerFields(s, values, wire):
    """dns.answer: the answer owner names and rdata in presentation form, a value equal to
    the one just before it sent once, empty values (types recorded without rdata) not at all."""
    last = None
    for v in values:
        if v and v != last:
            s.field("dns.answer", v, wire)
            last = v


def dnsAnswered(scope, values, wire):
    """The response to the query of `scope` (same id, first question name and type) joins
    that scope, which ends with it."""
    _answerFields(scope, values, wire)
    scope.end_wire = wire
    return scope


def dnsResponseScope(flow, rrname, values, wire):
    """A response whose query was not seen: a scope of its own (if it has answer values);
    its question is not delivered again as dns.query."""
    s = AppScope(flow, "dns")
    s.ctx(dns__rrname=rrname)
    _answerFields(s, values, wire)
    s.end_wire = wire
    return s


# ------------------------------------------------------------------ TLS

def clientHello(sni, seed=1):
    """A TLS 1.2/1.3-style ClientHello handshake message (type, length, body)."""
    rnd = bytes((seed * 37 + i * 11) & 0xFF for i in range(32))
    session = bytes((seed * 13 + i * 7) & 0xFF for i in range(32))
    suites = struct.pack(">9H", 0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8)
    host = sni.encode()
    server_name = struct.pack(">HBH", len(host) + 3, 0, len(host)) + host
    exts = [
        (0x0000, server_name),
        (0x000A, struct.pack(">H3H", 6, 0x001D, 0x0017, 0x0018)),             # supported_groups
        (0x000B, b"\x01\x00"),                                                  # ec_point_formats
        (0x0010, struct.pack(">H", 14) + b"\x02h2\x08http/1.1" + b"\x02h3"),  # ALPN
        (0x002B, b"\x04\x03\x04\x03\x03"),                                      # supported_versions
        (0x000D, struct.pack(">H4H", 8, 0x0403, 0x0804, 0x0401, 0x0503)),     # signature_algorithms
    ]
    ext_bytes = b"".join(struct.pack(">HH", t, len(d)) + d for t, d in exts)
    body = (b"\x03\x03" + rnd + bytes([32]) + session + struct.pack(">H", len(suites)) + suites + b"\x01\x00"
            + struct.pack(">H", len(ext_bytes)) + ext_bytes)
    return b"\x01" + struct.pack(">I", len(body))[1:] + body


def tlsRecords(handshake, cut=None):
    """The handshake in one record, or in two records split at byte `cut` of it."""
    pieces = [handshake] if cut is None else [handshake[:cut], handshake[cut:]]
    return b"".join(b"\x16\x03\x01" + struct.pack(">H", len(p)) + p for p in pieces)


def tlsScope(flow, sni, offset, length):
    s = AppScope(flow, "tls")
    s.ctx(tls__sni=sni)
    s.field("tls.sni", sni, (TO_SERVER, offset, offset + length))
    return s
