"""Several oddities in one message: each case draws from independent groups (line
ends, junk, start line, header lines, coding, Transfer-Encoding, chunk lines,
Content-Length) with a fixed seed, so the combinations are many and stable; the
60 cases list 2 to 8 anomaly reasons each."""
import random

from . import codings as cz
from . import http, texts
from .case import REQUEST, RESPONSE, reqCase, respCase
from .http import CR, LF

LINE_ENDS = [("lf", LF, "http_bare_lf_line_end"), ("cr", CR, "http_bare_cr_line_end")]
HEADER_ODDITIES = [
    ("nul", b"X-Trace: a\x00b", "http_control_char_in_header"),
    ("vt", b"X-Tr\x0bace: on", "http_control_char_in_header"),
    ("fold", [b"X-Campaign: spring", b"\tsale"], "http_folded_header"),
    ("nocolon", b"X-Broken-Header", "http_header_without_colon"),
]
TE_VALUES = [("te_semicolon", b"chunked;"), ("te_xchunked", b"xchunked"), ("te_gzip_chunked", b"gzip, chunked"),
             ("te_repeated", None)]
CHUNK_LINES = [("ext", lambda i, n: b"%x;v=1" % n, "http_chunk_extension"),
               ("zeros", lambda i, n: b"00%x" % n, "http_malformed_chunk_line"),
               ("tab", lambda i, n: b"%x\t" % n, "http_malformed_chunk_line")]
CODINGS = [
    ("x_gzip", [b"x-gzip"], cz.gzip, ["http_legacy_content_encoding"]),
    ("fname", [b"gzip"], lambda d: cz.gzip(d, flags=cz.FNAME | cz.FCOMMENT), ["http_gzip_header_flags"]),
    ("list", [b"gzip, deflate"], lambda d: cz.encode(d, ["gzip", "deflate"]), ["http_multiple_content_encodings"]),
    ("raw", [b"deflate"], cz.rawDeflate, ["http_raw_deflate"]),
    ("badcrc", [b"gzip"], lambda d: cz.gzip(d, crc=0x12345678), ["http_gzip_bad_trailer"]),
    ("gzip", [b"gzip"], cz.gzip, []),
]
RESPONSE_STARTS = [("v110", b"HTTP/1.10 200 OK", "http_nonstandard_version"),
                   ("noreason", b"HTTP/1.1 200", "http_malformed_status_line"),
                   ("code600", b"HTTP/1.1 600 Odd", "http_bad_status_code")]


def _one(rng, n, field):
    parts, anomalies = [], []
    mark = texts.marker(field, n)
    body = texts.responseBody(mark, n) if field == RESPONSE else texts.requestBody(mark, n)
    eol, pre = http.CRLF, b""
    if field == RESPONSE:
        start = b"HTTP/1.1 200 OK"
    else:
        start = b"POST /support/ticket/%d HTTP/1.1" % n
    if rng.random() < 0.5:
        label, eol, reason = rng.choice(LINE_ENDS)
        parts.append(label)
        anomalies.append(reason)
    if rng.random() < 0.4:
        parts.append("junk")
        pre = b"\r\n"
        anomalies.append("http_junk_before_message")
    if rng.random() < 0.5:
        if field == RESPONSE:
            label, start, reason = rng.choice(RESPONSE_STARTS)
        else:
            label, start, reason = "v110", b"POST /support/ticket/%d HTTP/1.10" % n, "http_nonstandard_version"
        parts.append(label)
        anomalies.append(reason)
    before = []
    for label, line, reason in rng.sample(HEADER_ODDITIES, rng.randint(1, 2)):
        before += line if isinstance(line, list) else [line]
        parts.append(label)
        anomalies.append(reason)
    clabel, ce, encode, reasons = rng.choice(CODINGS)
    parts.append(clabel)
    anomalies += reasons
    wire = encode(body)
    framing = [b"Content-Encoding: " + v for v in ce]
    if rng.random() < 0.75:  # chunked, maybe with an odd Transfer-Encoding and odd size lines
        size_line = None
        if rng.random() < 0.6:
            tlabel, value = rng.choice(TE_VALUES)
            parts.append(tlabel)
            anomalies.append("http_nonstandard_transfer_encoding")
            framing += [b"Transfer-Encoding: chunked"] * 2 if value is None else [b"Transfer-Encoding: " + value]
        else:
            framing.append(b"Transfer-Encoding: chunked")
        if rng.random() < 0.6:
            slabel, size_line, reason = rng.choice(CHUNK_LINES)
            parts.append(slabel)
            anomalies.append(reason)
        if rng.random() < 0.3:
            parts.append("cl_te")
            framing.append(b"Content-Length: 12")
            anomalies.append("http_content_length_with_transfer_encoding")
        wire = http.chunked(wire, http.cutsThrough(wire, b"", 3), size_line=size_line)
    else:
        parts.append("cl_dup")
        framing += [b"Content-Length: %d" % len(wire)] * 2
        anomalies.append("http_duplicate_content_length")
    headers = before + [b"Content-Type: text/plain"] + framing
    if field == REQUEST:
        headers = [http.HOST] + headers
    msg = http.message(start, headers, wire, eol=eol, pre=pre)
    name = "+".join(parts)
    desc = f"{len(set(anomalies))} oddities in one {'response' if field == RESPONSE else 'request'}: " + \
        ", ".join(parts)
    anomalies = sorted(set(anomalies))
    if field == RESPONSE:
        return respCase(f"{n:02d}.{name}", desc, n, anomalies, msg, marker=mark)
    return reqCase(f"{n:02d}.{name}", desc, n, anomalies, msg, marker=mark)


def combined():
    rng = random.Random(14)
    return [_one(rng, n, RESPONSE if n % 3 else REQUEST) for n in range(1, 61)]
