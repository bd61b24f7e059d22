"""HTTP/1.x messages with every byte chosen by the case: line ends per line,
raw header lines, chunked bodies with arbitrary size lines."""
from . import codings, texts

CRLF, LF, CR, LFCR = b"\r\n", b"\n", b"\r", b"\n\r"
HOST = b"Host: parcel-notice.example"
UA = b"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


class Line(bytes):
    """A header line that carries its own line end (the message's eol is not added)."""


def message(start, headers, body=b"", eol=CRLF, pre=b"", end=None, start_eol=None):
    """pre + start line + header lines + empty line + body. `eol` ends each line
    unless it is a Line; start_eol ends the start line (default eol); `end` is the
    empty line (default eol). A start line of None leaves it out (HTTP/0.9)."""
    out = bytearray(pre)
    if start is not None:
        out += start + (eol if start_eol is None else start_eol)
    for line in list(headers):
        out += line if isinstance(line, Line) else bytes(line) + eol
    out += eol if end is None else end
    return bytes(out + body)


def cutsThrough(data, mark, pieces=3):
    """Chunk lengths for `data` such that one cut falls inside the marker (when the
    marker is in `data`), the rest spread evenly; every length > 0."""
    at = data.find(mark)
    points = set()
    if at >= 0:
        points.add(at + len(mark) // 2)
    for i in range(1, pieces):
        points.add(len(data) * i // pieces)
    points = sorted(p for p in points if 0 < p < len(data))
    lengths, prev = [], 0
    for p in points + [len(data)]:
        if p > prev:
            lengths.append(p - prev)
            prev = p
    return lengths


def chunked(data, lengths, size_line=None, eol=CRLF, data_eol=None, last=b"0", trailers=(), final=True):
    """A chunked body. size_line(i, n) gives chunk i's size line (default lower hex);
    data_eol ends each chunk's data (default eol); final=False stops before the last chunk."""
    out, pos = bytearray(), 0
    size_line = size_line or (lambda i, n: b"%x" % n)
    for i, n in enumerate(lengths):
        out += size_line(i, n) + eol + data[pos:pos + n] + (eol if data_eol is None else data_eol)
        pos += n
    assert pos == len(data)
    if final:
        out += last + eol
        for t in trailers:
            out += t + eol
        out += eol
    return bytes(out)


# ------------------------------------------------------------- stock messages

def getRequest(n, path=b"/notice", method=b"GET", version=b"HTTP/1.1", extra=()):
    return message(method + b" " + path + b"/%d " % n + version, [HOST, UA, b"Accept: */*"] + list(extra))


def okResponse(text=b"ok", extra=()):
    return message(b"HTTP/1.1 200 OK", [b"Content-Type: text/plain", b"Content-Length: %d" % len(text)] +
                   list(extra), text)


def carrier(kind, body, mark):
    """(framing header lines, wire body) for a body carried the named way:
    cl      plain, Content-Length (the marker is in the raw bytes)
    gzip    gzip-coded, Content-Length (marker only after inflating)
    chunked de-chunking needed: a chunk boundary cuts the marker
    gzipch  gzip-coded and chunked"""
    m = mark.encode()
    if kind == "cl":
        return [b"Content-Length: %d" % len(body)], body
    if kind == "gzip":
        z = codings.gzip(body)
        return [b"Content-Encoding: gzip", b"Content-Length: %d" % len(z)], z
    if kind == "chunked":
        return [b"Transfer-Encoding: chunked"], chunked(body, cutsThrough(body, m))
    if kind == "cl_foldgzip":  # the coding named on an obs-fold continuation line
        z = codings.gzip(body)
        return [b"Content-Encoding:", b" gzip", b"Content-Length: %d" % len(z)], z
    if kind == "gzipch":
        z = codings.gzip(body)
        return [b"Content-Encoding: gzip", b"Transfer-Encoding: chunked"], chunked(z, cutsThrough(z, m))
    raise ValueError(kind)


CARRIERS = ("gzip", "chunked", "gzipch", "cl")


def response(n, mark, headers_before=(), kind="gzip", start=b"HTTP/1.1 200 OK", eol=CRLF, pre=b"", end=None,
             headers_after=(), start_eol=None):
    """A response carrying `mark`: odd lines first, then the framing headers, so the body
    is only readable by a parser that kept going after the oddity."""
    body = texts.responseBody(mark, n)
    framing, wire = carrier(kind, body, mark)
    hdrs = list(headers_before) + [b"Content-Type: text/html; charset=utf-8"] + framing + list(headers_after)
    return message(start, hdrs, wire, eol=eol, pre=pre, end=end, start_eol=start_eol)


def request(n, mark, headers_before=(), kind="cl", start=None, eol=CRLF, pre=b"", end=None, headers_after=(),
            start_eol=None):
    """A POST carrying `mark` in its body, framed like response()."""
    body = texts.requestBody(mark, n)
    framing, wire = carrier(kind, body, mark)
    start = start or b"POST /support/ticket/%d HTTP/1.1" % n
    hdrs = [HOST, UA] + list(headers_before) + [b"Content-Type: text/plain; charset=utf-8"] + framing + \
        list(headers_after)
    return message(start, hdrs, wire, eol=eol, pre=pre, end=end, start_eol=start_eol)
