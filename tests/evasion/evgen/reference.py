"""A reference reader: the browser-like interpretation the catalogue expects
(CONTRACTS.md "Parsing policy"), written independently of the sensor. The
generator runs every case through it and refuses a case whose marker this
reading does not show exactly once, or whose listed anomalies it does not see:
so every expectation is reachable by a parser that follows the policy.

Reading rules (lenient, never abandon a message):
- a line ends at CRLF, LF CR, a bare LF or a bare CR (checked in that order);
- before the start line, empty or junk lines are skipped (requests: until a
  method; responses: until "HTTP/" in any case); a response stream with no
  status line near its start is HTTP/0.9: all of it is the body;
- a line starting with SP/HTAB continues the previous header (obs-fold);
- "chunked" anywhere in Transfer-Encoding means de-chunking, which beats
  Content-Length; chunk sizes are the leading hex digits of the size line
  (whitespace, extensions, junk ignored), a size past the data ends at the close;
- Content-Length values that are not all the same plain number: the body runs
  until the sender's close; no framing: responses run until close, requests
  have no body; 1xx, 204, 304 and responses to HEAD have no body;
- codings are undone in reverse order; a gzip header's optional fields are
  skipped whatever the flags, a bad trailer keeps the inflated bytes; deflate
  is zlib-wrapped or raw; a coding that does not decode, or is unknown, leaves
  the bytes as they are.
"""
import re
import urllib.parse
import zlib

METHOD = re.compile(rb"^[A-Z][A-Z-]* ")
HEX = b"0123456789abcdefABCDEF"


class Reader:
    def __init__(self, data):
        self.data, self.pos, self.seen = data, 0, set()

    def eof(self):
        return self.pos >= len(self.data)

    def line(self):
        """The next line without its end (None at end of data); notes odd line ends."""
        if self.eof():
            return None
        d, i = self.data, self.pos
        while i < len(d) and d[i] not in (10, 13):
            i += 1
        text = d[self.pos:i]
        if i >= len(d):
            self.pos = i
            return text
        if d[i:i + 2] == b"\r\n":
            self.pos = i + 2
        elif d[i:i + 2] == b"\n\r":
            self.pos = i + 2
            self.seen.add("http_lf_cr_line_end")
        elif d[i] == 10:
            self.pos = i + 1
            self.seen.add("http_bare_lf_line_end")
        else:
            self.pos = i + 1
            self.seen.add("http_bare_cr_line_end")
        return text


def _startLine(r, is_request):
    """Skips up to 8 junk lines to the start line. None: no start line there (the
    reader is left where it was: an HTTP/0.9 body, or the end)."""
    begin = r.pos
    for skipped in range(8):
        line = r.line()
        if line is None:
            break
        if METHOD.match(line) if is_request else line[:5].lower() == b"http/":
            if skipped:
                r.seen.add("http_junk_before_message")
            return line
    r.pos = begin
    return None


def _headers(r):
    """[(name, value)] with folds joined."""
    out = []
    while True:
        line = r.line()
        if line is None or line == b"":
            return out
        if line[:1] in (b" ", b"\t") and out:
            r.seen.add("http_folded_header")
            out[-1] = (out[-1][0], out[-1][1] + b" " + line.strip(b" \t"))
            continue
        if any(c < 32 and c != 9 for c in line):
            r.seen.add("http_control_char_in_header")
        if b":" not in line:
            r.seen.add("http_header_without_colon")
            continue
        name, value = line.split(b":", 1)
        if name.strip(b" \t").lower() == b"transfer-encoding" and name != name.strip(b" \t"):
            r.seen.add("http_nonstandard_transfer_encoding")  # "Transfer-Encoding : chunked"
        out.append((name.strip(b" \t").lower(), value.strip(b" \t")))


def _dechunk(r):
    body = bytearray()
    first, begin = True, r.pos
    while not r.eof():
        line = r.line()
        s = line.lstrip(b" \t\0\x0b\x0c")
        n = 0
        while n < len(s) and s[n:n + 1] in HEX:
            n += 1
        if n == 0:
            if first:
                r.pos = begin
                return None  # not chunked after all: the bytes as they are
            break
        before_ext, _, _ = s[n:].partition(b";")
        if b";" in s[n:]:
            r.seen.add("http_chunk_extension")
        if len(s) != len(line) or before_ext or (n > 1 and s[:1] == b"0"):
            r.seen.add("http_malformed_chunk_line")
        size = int(s[:n], 16)
        if size > 2**31 or n > 16:
            r.seen.add("http_chunk_size_too_large")
        first = False
        if size == 0:
            while True:
                t = r.line()
                if t is None or t == b"":
                    break
            break
        body += r.data[r.pos:r.pos + size]
        r.pos = min(len(r.data), r.pos + size)
        if not r.eof():
            r.line()  # the end of the chunk data
    return bytes(body)


def _gunzip(data, seen):
    if data[:2] != b"\x1f\x8b" or len(data) < 10:
        return None
    flags, pos = data[3], 10
    if flags & 0xFE:
        seen.add("http_gzip_header_flags")
    if flags & 0x04:
        pos += 2 + int.from_bytes(data[pos:pos + 2], "little")
    for bit in (0x08, 0x10):
        if flags & bit:
            pos = data.index(b"\0", pos) + 1
    if flags & 0x02:
        pos += 2
    d = zlib.decompressobj(-15)
    try:
        out = d.decompress(data[pos:])
    except zlib.error:
        return None
    tail = d.unused_data
    if len(tail) < 8 or int.from_bytes(tail[:4], "little") != zlib.crc32(out) or \
            int.from_bytes(tail[4:8], "little") != len(out) & 0xFFFFFFFF:
        seen.add("http_gzip_bad_trailer")
    return out


def _inflate(data, seen):
    for wbits in (15, -15):
        try:
            d = zlib.decompressobj(wbits)
            out = d.decompress(data)
            if out or d.eof:
                if wbits < 0:
                    seen.add("http_raw_deflate")
                return out
        except zlib.error:
            continue
    return None


def _decode(body, headers, seen):
    codings = [t.strip().lower() for n, v in headers if n == b"content-encoding" for t in v.split(b",")]
    codings = [c for c in codings if c and c != b"identity"]
    if len([v for n, v in headers if n == b"content-encoding"]) > 1 or len(codings) > 1:
        seen.add("http_multiple_content_encodings")
    for c in reversed(codings if body else []):  # nothing to decode in an empty body (HEAD, 204, 304)
        if c in (b"x-gzip", b"x-deflate"):
            seen.add("http_legacy_content_encoding")
        if c in (b"gzip", b"x-gzip"):
            out = _gunzip(body, seen)
        elif c in (b"deflate", b"x-deflate"):
            out = _inflate(body, seen)
        else:
            seen.add("http_unsupported_encoding")
            return body
        if out is None:
            seen.add("http_decompress_error")
            return body
        body = out
    return body


def _contentLength(values, seen):
    """The length all values agree on, or None (body until close)."""
    parts = [p.strip(b" \t") for v in values for p in v.split(b",")]
    if len(parts) > 1:
        if len(set(parts)) == 1:
            seen.add("http_duplicate_content_length")
        else:
            seen.add("http_conflicting_content_length")
            return None
    if not all(p.isdigit() for p in parts) or len(parts[0]) > 18:
        seen.add("http_invalid_content_length")
        return None
    return int(parts[0])


def _version(v, seen):
    if v not in (b"HTTP/1.0", b"HTTP/1.1"):
        seen.add("http_nonstandard_version")


def read(data, is_request, methods=()):
    """-> (messages, anomalies seen); each message {"start", "method", "body"}."""
    r = Reader(data)
    methods = list(methods)
    messages = []
    while not r.eof():
        start = _startLine(r, is_request)
        if start is None:
            if not is_request and not r.eof():
                r.seen.add("http_09_response")
                messages.append({"start": b"", "method": b"", "body": r.data[r.pos:]})
            break
        method, status = b"", 200
        if is_request:
            parts = start.split(b" ")
            method = parts[0]
            _version(parts[-1], r.seen)
        else:
            m = re.match(rb"^(\S+)([ \t]+)(\S*)(.*)$", start)
            _version(m.group(1), r.seen)
            code, rest = m.group(3), m.group(4)
            digits = re.match(rb"\d*", code).group(0)
            if m.group(2) != b" " or code != digits or not rest.startswith(b" ") or b"\t" in rest:
                r.seen.add("http_malformed_status_line")
            if len(digits) != 3 or not 100 <= int(digits or b"0") <= 599:
                r.seen.add("http_bad_status_code")
            status = int(digits) if digits else 200
        headers = _headers(r)
        if not is_request and 100 <= status < 200:
            continue
        if not is_request:
            method = methods.pop(0) if methods else b"GET"
        te = [v for n, v in headers if n == b"transfer-encoding"]
        cl = [v for n, v in headers if n == b"content-length"]
        if te and not (len(te) == 1 and te[0].lower() == b"chunked"):
            r.seen.add("http_nonstandard_transfer_encoding")
        if te and cl:
            r.seen.add("http_content_length_with_transfer_encoding")
        if not is_request and (method == b"HEAD" or status in (204, 304)):
            body = b""
        elif any(b"chunked" in v.lower() for v in te) and (body := _dechunk(r)) is not None:
            pass
        elif cl and (n := _contentLength(cl, r.seen)) is not None:
            body = r.data[r.pos:r.pos + n]
            r.pos += n
        elif cl or not is_request or te:
            if not cl and not te:
                r.seen.add("http_body_until_close")
            body = r.data[r.pos:]
            r.pos = len(r.data)
        else:
            body = b""
        body = _decode(body, headers, r.seen)
        if is_request and any(n == b"content-type" and v.lower().startswith(b"application/x-www-form-urlencoded")
                              for n, v in headers):
            body = urllib.parse.unquote_to_bytes(body.replace(b"+", b" "))
        messages.append({"start": start, "method": method, "body": body})
    return messages, r.seen


def check(case, markers):
    """Problems with a case under this reading (empty when its expectations hold).
    markers: every marker text of both fields."""
    client = b"".join(s[1] for s in case.steps if s[0] == "c")
    server = b"".join(s[1] for s in case.steps if s[0] == "s")
    requests, seen_c = read(client, True)
    responses, seen_s = read(server, False, [m["method"] for m in requests])
    problems = []
    hits = {"http.request_body": requests, "http.response_body": responses}
    for field, messages in hits.items():
        for m in markers:
            count = sum(msg["body"].count(m.encode()) for msg in messages)
            want = 1 if (field == case.field and m == case.marker) else 0
            if count != want:
                problems.append(f"{field} shows {m!r} {count} times, expected {want}")
    missing = [a for a in case.anomalies if a not in seen_c | seen_s]
    if missing:
        problems.append(f"listed anomalies the reference reading does not see: {missing}")
    if not case.anomalies and seen_c | seen_s:
        problems.append(f"a case listing no anomaly, but the reference reading sees {sorted(seen_c | seen_s)}")
    return problems
