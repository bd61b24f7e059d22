"""Body framing: Content-Length oddities, Transfer-Encoding values, chunk-size
lines, bodies delimited by the connection close."""
from . import codings, http, texts
from .case import REQUEST, RESPONSE, SPLIT, WHOLE, Case, reqCase, respCase
from .http import CR, CRLF, LF
from .variants import Builder

DUP = ["http_duplicate_content_length"]
CONFLICT = ["http_conflicting_content_length"]
INVALID = ["http_invalid_content_length"]
CL_TE = ["http_content_length_with_transfer_encoding"]
NS_TE = ["http_nonstandard_transfer_encoding"]
EXT = ["http_chunk_extension"]
MALF = ["http_malformed_chunk_line"]
BIG = ["http_chunk_size_too_large"]
CLOSE = ["http_body_until_close"]


def _cl(v):
    return b"Content-Length: " + v


# (label, header lines given the body length N, anomalies, description). The real body
# is always N bytes and the sender closes right after it, so every browser-like reading
# (the plausible number, or "until close" when the header cannot be trusted) shows it.
CL_VARIANTS = [
    ("dup_headers", lambda n: [_cl(b"%d" % n), _cl(b"%d" % n)], DUP, "Content-Length twice, same value"),
    ("dup_list", lambda n: [_cl(b"%d, %d" % (n, n))], DUP, "Content-Length: N, N"),
    ("dup_list_nospace", lambda n: [_cl(b"%d,%d" % (n, n))], DUP, "Content-Length: N,N"),
    ("dup_three", lambda n: [_cl(b"%d" % n)] * 3, DUP, "Content-Length three times, same value"),
    ("conflict_small_first", lambda n: [_cl(b"12"), _cl(b"%d" % n)], CONFLICT,
     "Content-Length 12 then the real length"),
    ("conflict_small_last", lambda n: [_cl(b"%d" % n), _cl(b"12")], CONFLICT,
     "the real length then Content-Length 12"),
    ("conflict_list", lambda n: [_cl(b"12, %d" % n)], CONFLICT, "Content-Length: 12, N"),
    ("conflict_big_first", lambda n: [_cl(b"%d" % (n + 500)), _cl(b"%d" % n)], CONFLICT,
     "Content-Length N+500 then the real length"),
    ("invalid_plus", lambda n: [_cl(b"+%d" % n)], INVALID, "Content-Length with a plus sign"),
    ("invalid_suffix", lambda n: [_cl(b"%dabc" % n)], INVALID, "Content-Length with trailing letters"),
    ("invalid_decimal", lambda n: [_cl(b"%d.0" % n)], INVALID, "Content-Length with a decimal point"),
    ("invalid_empty", lambda n: [_cl(b"")], INVALID, "empty Content-Length"),
    ("invalid_overflow", lambda n: [_cl(b"99999999999999999999")], INVALID, "Content-Length above 2^64"),
    ("invalid_negative", lambda n: [_cl(b"-1")], INVALID, "Content-Length -1"),
]


def contentLength():
    b = Builder()
    for i, (label, lines, anomalies, desc) in enumerate(CL_VARIANTS):
        for gz in (False, True) if i % 2 == 0 else (True, False):
            coding = "gzip" if gz else "plain"
            n, mark = b.next(RESPONSE)
            body = texts.responseBody(mark, n)
            wire = codings.gzip(body) if gz else body
            ce = [b"Content-Encoding: gzip"] if gz else []
            resp = http.message(b"HTTP/1.1 200 OK", [b"Content-Type: text/html; charset=utf-8"] + ce +
                                lines(len(wire)), wire)
            b.raw(respCase(f"{label}.resp.{coding}", f"{desc} (response, {coding} body)", n, anomalies, resp,
                           marker=mark))
        n, mark = b.next(REQUEST)
        body = texts.requestBody(mark, n)
        req = http.message(b"POST /support/ticket/%d HTTP/1.1" % n, [http.HOST, b"Content-Type: text/plain"] +
                           lines(len(body)), body)
        b.raw(reqCase(f"{label}.req.plain", f"{desc} (request; the client half-closes after the body)", n,
                      anomalies, req, client_closes=True, marker=mark))
    # Content-Length next to chunking: the chunked framing wins.
    te_cl = [("cl_small_first", lambda w: [_cl(b"12"), b"Transfer-Encoding: chunked"]),
             ("te_first", lambda w: [b"Transfer-Encoding: chunked", _cl(b"12")]),
             ("cl_exact", lambda w: [_cl(b"%d" % len(w)), b"Transfer-Encoding: chunked"]),
             ("cl_big", lambda w: [_cl(b"99999"), b"Transfer-Encoding: chunked"])]
    for i, (label, lines) in enumerate(te_cl):
        for gz in (False, True):
            coding = "gzipch" if gz else "chunked"
            n, mark = b.next(RESPONSE)
            body = texts.responseBody(mark, n)
            inner = codings.gzip(body) if gz else body
            wire = http.chunked(inner, http.cutsThrough(inner, mark.encode()))
            ce = [b"Content-Encoding: gzip"] if gz else []
            resp = http.message(b"HTTP/1.1 200 OK", [b"Content-Type: text/html"] + ce + lines(wire), wire)
            b.raw(respCase(f"{label}.resp.{coding}", f"Content-Length with Transfer-Encoding: chunked, {label} "
                           f"(response, {coding} body)", n, CL_TE, resp, marker=mark))
        n, mark = b.next(REQUEST)
        body = texts.requestBody(mark, n)
        wire = http.chunked(body, http.cutsThrough(body, mark.encode()))
        req = http.message(b"POST /support/ticket/%d HTTP/1.1" % n, [http.HOST, b"Content-Type: text/plain"] +
                           lines(wire), wire)
        b.raw(reqCase(f"{label}.req.chunked", f"Content-Length with Transfer-Encoding: chunked, {label} (request)",
                      n, CL_TE, req, marker=mark))
    return b.cases


TE_VARIANTS = [
    ("semicolon", [b"Transfer-Encoding: chunked;"], NS_TE),
    ("xchunked", [b"Transfer-Encoding: xchunked"], NS_TE),
    ("chunkedx", [b"Transfer-Encoding: chunkedx"], NS_TE),
    ("space_before_colon", [b"Transfer-Encoding : chunked"], NS_TE),
    ("vt_before_value", [b"Transfer-Encoding: \x0bchunked"], NS_TE + ["http_control_char_in_header"]),
    ("quoted", [b'Transfer-Encoding: "chunked"'], NS_TE),
    ("chunked_chunked", [b"Transfer-Encoding: chunked, chunked"], NS_TE),
    ("gzip_chunked", [b"Transfer-Encoding: gzip, chunked"], NS_TE),
    ("identity_chunked", [b"Transfer-Encoding: identity, chunked"], NS_TE),
    ("trailing_comma", [b"Transfer-Encoding: chunked,"], NS_TE),
    ("leading_comma", [b"Transfer-Encoding: ,chunked"], NS_TE),
    ("repeated", [b"Transfer-Encoding: chunked", b"Transfer-Encoding: chunked"], NS_TE),
    ("repeated_gzip_first", [b"Transfer-Encoding: gzip", b"Transfer-Encoding: chunked"], NS_TE),
    ("repeated_identity_last", [b"Transfer-Encoding: chunked", b"Transfer-Encoding: identity"], NS_TE),
    ("folded", [b"Transfer-Encoding:", b" chunked"], NS_TE + ["http_folded_header"]),
    ("folded_list", [b"Transfer-Encoding: gzip,", b"\tchunked"], NS_TE + ["http_folded_header"]),
    ("upper_value", [b"Transfer-Encoding: CHUNKED"], []),
    ("odd_case_name", [b"tRANSFER-eNCODING: chunked"], []),
    ("no_space", [b"Transfer-Encoding:chunked"], []),
]


def transferEncoding():
    """Every value carries a chunked body cut through the marker: only de-chunking shows it."""
    b = Builder()
    for label, lines, anomalies in TE_VARIANTS:
        for gz in (False, True):
            coding = "gzipch" if gz else "chunked"
            n, mark = b.next(RESPONSE)
            body = texts.responseBody(mark, n)
            inner = codings.gzip(body) if gz else body
            wire = http.chunked(inner, http.cutsThrough(inner, mark.encode()))
            ce = [b"Content-Encoding: gzip"] if gz else []
            resp = http.message(b"HTTP/1.1 200 OK", [b"Content-Type: text/html"] + ce + lines, wire)
            b.raw(respCase(f"{label}.resp.{coding}", f"{lines!r} (response, {coding} body)", n, anomalies, resp,
                           marker=mark))
        n, mark = b.next(REQUEST)
        body = texts.requestBody(mark, n)
        wire = http.chunked(body, http.cutsThrough(body, mark.encode()))
        req = http.message(b"POST /support/ticket/%d HTTP/1.1" % n, [http.HOST, b"Content-Type: text/plain"] +
                           lines, wire)
        b.raw(reqCase(f"{label}.req.chunked", f"{lines!r} (request, chunked body)", n, anomalies, req, marker=mark))
    return b.cases


# (label, chunked() keyword arguments, anomalies)
CHUNK_VARIANTS = [
    ("ext", dict(size_line=lambda i, n: b"%x;ext=1" % n), EXT),
    ("ext_empty", dict(size_line=lambda i, n: b"%x;" % n), EXT),
    ("ext_quoted", dict(size_line=lambda i, n: b'%x;note="a;b\\"c"' % n), EXT),
    ("ext_many", dict(size_line=lambda i, n: b"%x;a;b=c;d=\"e\"" % n), EXT),
    ("ext_bws", dict(size_line=lambda i, n: b"%x ;ext" % n), EXT),
    ("ext_first_only", dict(size_line=lambda i, n: b"%x;first" % n if i == 0 else b"%x" % n), EXT),
    ("ext_last_chunk", dict(last=b"0;done"), EXT),
    ("trailing_space", dict(size_line=lambda i, n: b"%x " % n), MALF),
    ("trailing_tab", dict(size_line=lambda i, n: b"%x\t" % n), MALF),
    ("leading_space", dict(size_line=lambda i, n: b" %x" % n), MALF),
    ("leading_tab", dict(size_line=lambda i, n: b"\t%x" % n), MALF),
    ("leading_zeros", dict(size_line=lambda i, n: b"000%x" % n), MALF),
    ("trailing_junk", dict(size_line=lambda i, n: b"%x junk" % n), MALF),
    ("trailing_letters", dict(size_line=lambda i, n: b"%xzz" % n), MALF),
    ("last_zeros", dict(last=b"000"), MALF),
    ("lf_lines", dict(eol=LF), ["http_bare_lf_line_end"]),
    ("cr_lines", dict(eol=CR), ["http_bare_cr_line_end"]),
    ("lf_after_data", dict(data_eol=LF), ["http_bare_lf_line_end"]),
    ("lf_size_lines", dict(eol=LF, data_eol=CRLF), ["http_bare_lf_line_end"]),
    ("upper_hex", dict(size_line=lambda i, n: b"%X" % n), []),
    ("trailers", dict(trailers=[b"X-Checksum: 4f2a", b"X-Served-By: edge-7"]), []),
    ("many_chunks", dict(pieces=9), []),
    ("no_last_chunk", dict(final=False), []),
]


def chunkLines():
    b = Builder()
    for i, (label, kw, anomalies) in enumerate(CHUNK_VARIANTS):
        kw = dict(kw)
        pieces = kw.pop("pieces", 3)
        gz = i % 2 == 1
        coding = "gzipch" if gz else "chunked"
        n, mark = b.next(RESPONSE)
        body = texts.responseBody(mark, n)
        inner = codings.gzip(body) if gz else body
        wire = http.chunked(inner, http.cutsThrough(inner, mark.encode(), pieces), **kw)
        ce = [b"Content-Encoding: gzip"] if gz else []
        resp = http.message(b"HTTP/1.1 200 OK", [b"Content-Type: text/html"] + ce + [b"Transfer-Encoding: chunked"],
                            wire)
        b.raw(respCase(f"{label}.resp.{coding}", f"chunked body, {label.replace('_', ' ')} (response, {coding})", n,
                       anomalies, resp, marker=mark))
        n, mark = b.next(REQUEST)
        body = texts.requestBody(mark, n)
        wire = http.chunked(body, http.cutsThrough(body, mark.encode(), pieces), **kw)
        req = http.message(b"POST /support/ticket/%d HTTP/1.1" % n,
                           [http.HOST, b"Content-Type: text/plain", b"Transfer-Encoding: chunked"], wire)
        b.raw(reqCase(f"{label}.req.chunked", f"chunked body, {label.replace('_', ' ')} (request)", n, anomalies, req,
                      client_closes=not kw.get("final", True), marker=mark))
    # A chunk size no body reaches: the bytes that did arrive before the close are the body.
    for size in (b"80000001", b"ffffffffff", b"10000000000000000", b"fffffffffffffffffff"):
        n, mark = b.next(RESPONSE)
        body = texts.responseBody(mark, n)
        cut = body.find(mark.encode()) + len(mark) // 2
        wire = b"%x\r\n" % cut + body[:cut] + b"\r\n" + size + b"\r\n" + body[cut:]
        resp = http.message(b"HTTP/1.1 200 OK", [b"Content-Type: text/html", b"Transfer-Encoding: chunked"], wire)
        b.raw(respCase(f"size_{len(size)}_digits_{size[:4].decode()}.resp.chunked",
                       f"second chunk declares size {size.decode()}; the connection closes first", n, BIG, resp,
                       marker=mark))
    return b.cases


def untilClose():
    b = Builder()
    starts = [("http11", b"HTTP/1.1 200 OK", [b"Connection: close"]), ("http10", b"HTTP/1.0 200 OK", []),
              ("http11_no_connection_header", b"HTTP/1.1 200 OK", [])]
    for slabel, start, extra in starts:
        for coding in ("plain", "gzip", "deflate"):
            for seg, sizes in (("whole", WHOLE), ("split", SPLIT)):
                n, mark = b.next(RESPONSE)
                body = texts.responseBody(mark, n)
                wire = codings.encode(body, [coding]) if coding != "plain" else body
                ce = [b"Content-Encoding: " + coding.encode()] if coding != "plain" else []
                resp = http.message(start, [b"Content-Type: text/html"] + extra + ce, wire)
                c = respCase(f"{slabel}.{coding}.{seg}", f"{start.decode()} without Content-Length or chunking, "
                             f"{coding} body ended by the server's FIN", n, CLOSE, resp, marker=mark)
                c.sizes = sizes
                b.raw(c)
    for coding in ("plain", "gzip"):
        n, mark = b.next(RESPONSE)
        body = texts.responseBody(mark, n)
        body = body.replace(b"<p>Dear", b"<p>" + b"Terms and conditions apply. " * 600 + b"</p><p>Dear")
        wire = codings.gzip(body) if coding == "gzip" else body
        ce = [b"Content-Encoding: gzip"] if coding == "gzip" else []
        resp = http.message(b"HTTP/1.1 200 OK", [b"Content-Type: text/html", b"Connection: close"] + ce, wire)
        b.raw(respCase(f"large_17k.{coding}", f"a ~17 KB {coding} body ended by the close, marker near its end", n,
                       CLOSE, resp, marker=mark))
        n, mark = b.next(RESPONSE)
        body = texts.responseBody(mark, n)
        wire = codings.gzip(body) if coding == "gzip" else body
        ce = [b"Content-Encoding: gzip"] if coding == "gzip" else []
        steps = [("c", http.getRequest(n, path=b"/first")), ("s", http.okResponse(b"first page")),
                 ("c", http.getRequest(n)),
                 ("s", http.message(b"HTTP/1.1 200 OK", [b"Content-Type: text/html"] + ce, wire)),
                 ("s_fin",), ("c_fin",)]
        b.raw(Case(f"second_response.{coding}", f"a keep-alive exchange, then a {coding} response ended by the close",
                   RESPONSE, mark, CLOSE, steps))
    return b.cases
