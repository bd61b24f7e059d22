"""Line-level oddities: line ends, control bytes, obs-fold, junk before the
message, header lines without a colon."""
from . import http
from .http import CR, LF, LFCR, Line
from .variants import Builder

ALL4 = http.CARRIERS


def lineEnds():
    b = Builder()
    b.both("crlf", "control: every line ends CRLF", [], kinds=ALL4)
    b.both("lf", "every line, the empty line included, ends with a bare LF", ["http_bare_lf_line_end"],
           kinds=ALL4, eol=LF)
    b.both("cr", "every line ends with a bare CR (CR-only framing)", ["http_bare_cr_line_end"], kinds=ALL4, eol=CR)
    # LF CR everywhere: the body starts after the second "\n\r"; gzip/chunking would not
    # survive the one-byte disagreement browsers have here, so the body is plain.
    b.both("lfcr", "every line ends LF CR", ["http_lf_cr_line_end"], kinds=("cl",), eol=LFCR)
    b.both("lfcr_start", "only the start line ends LF CR, the rest CRLF", ["http_lf_cr_line_end"],
           kinds=ALL4, start_eol=LFCR)
    b.both("lf_start", "only the start line ends with a bare LF", ["http_bare_lf_line_end"],
           kinds=("gzip", "chunked"), start_eol=LF)
    b.both("lf_empty", "headers end CRLF, the empty line is a bare LF", ["http_bare_lf_line_end"],
           kinds=("gzip", "chunked"), end=LF)
    b.both("cr_empty", "headers end CRLF, the empty line is a bare CR", ["http_bare_cr_line_end"],
           kinds=("gzip", "chunked"), end=CR)
    b.both("lf_one_header", "one header line before the framing ends with a bare LF", ["http_bare_lf_line_end"],
           kinds=("gzip", "chunked"), headers_before=[Line(b"X-Request-Id: 7f3a91\n")])
    b.both("cr_one_header", "one header line before the framing ends with a bare CR", ["http_bare_cr_line_end"],
           kinds=("gzip", "chunked"), headers_before=[Line(b"X-Request-Id: 7f3a91\r")])
    return b.cases


CONTROLS = [(b"\x00", "NUL"), (b"\x0b", "VT"), (b"\x0c", "FF"), (b"\x01", "SOH"), (b"\x1b", "ESC"),
            (b"\x08", "BS")]


def controlChars():
    b = Builder()
    for byte, label in CONTROLS:
        where = [
            ("name", b"X-Tr%sace: on" % byte),
            ("value", b"X-Note: left%sright" % byte),
            ("value_start", b"X-Note: %sleading" % byte),
            ("value_end", b"X-Note: trailing%s" % byte),
        ]
        for i, (pos, line) in enumerate(where):
            kind = ("gzip", "chunked", "gzipch", "gzip")[i]
            b.response(f"{label.lower()}_{pos}.resp.{kind}", f"{label} in a header {pos.replace('_', ' ')}, "
                       f"before the framing headers (response, {kind} body)", ["http_control_char_in_header"],
                       kind=kind, headers_before=[line])
            rkind = ("cl", "chunked", "gzip", "chunked")[i]
            b.request(f"{label.lower()}_{pos}.req.{rkind}", f"{label} in a header {pos.replace('_', ' ')}, "
                      f"before the framing headers (request, {rkind} body)", ["http_control_char_in_header"],
                      kind=rkind, headers_before=[line])
    return b.cases


def folding():
    b = Builder()
    folded = ["http_folded_header"]
    b.both("space", "an unrelated header continued on a line starting with a space", folded,
           headers_before=[b"X-Campaign: spring", b" sale 2026"])
    b.both("tab", "an unrelated header continued on a line starting with a tab", folded,
           headers_before=[b"X-Campaign: spring", b"\tsale 2026"])
    b.both("multi", "three continuation lines", folded,
           headers_before=[b"X-Campaign: a", b" b", b"\t c", b"  d"])
    b.both("empty_first", "the value starts on the continuation line", folded,
           headers_before=[b"X-Campaign:", b" spring sale"])
    b.both("content_type", "Content-Type itself folded, framing after it", folded, kinds=("gzip", "chunked"),
           headers_after=[b"Content-Language: en", b" ,ru"])
    # The coding header folded: only a parser that unfolds sees "gzip".
    for field in ("resp", "req"):
        fn = b.response if field == "resp" else b.request
        fn(f"content_encoding.{field}.gzip", f"Content-Encoding folded onto a continuation line ({field})", folded,
           kind="cl_foldgzip")
    return b.cases


def junkBefore():
    b = Builder()
    junk = ["http_junk_before_message"]
    prefixes = [("crlf", b"\r\n"), ("lf", b"\n"), ("2crlf", b"\r\n\r\n"), ("3lf", b"\n\n\n"),
                ("text", b"junk\r\n"), ("comment", b"<!-- cache -->\r\n"), ("spaces", b"   \r\n"),
                ("nul", b"\x00\r\n")]
    for i, (label, pre) in enumerate(prefixes):
        kind = ("gzip", "chunked")[i % 2]
        b.response(f"{label}.resp.{kind}", f"{pre!r} before the status line (response, {kind} body)",
                   junk, kind=kind, pre=pre)
        b.raw(_second(b, label, pre, kind))
    for label, pre in prefixes[:4]:
        b.request(f"{label}.req.cl", f"{pre!r} before the request line (request)", junk, kind="cl", pre=pre)
        b.raw(_secondRequest(b, label, pre))
    return b.cases


def _second(b, label, pre, kind):
    """A clean first exchange, then junk before the second status line."""
    from .case import RESPONSE, Case
    n, mark = b.next(RESPONSE)
    steps = [("c", http.getRequest(n, path=b"/first")), ("s", http.okResponse(b"first page")),
             ("c", http.getRequest(n)), ("s", http.response(n, mark, kind=kind, pre=pre)), ("s_fin",), ("c_fin",)]
    return Case(f"{label}.resp2.{kind}", f"{pre!r} between a complete first response and the second status line",
                RESPONSE, mark, ["http_junk_before_message"], steps)


def _secondRequest(b, label, pre):
    from .case import REQUEST, Case
    n, mark = b.next(REQUEST)
    steps = [("c", http.getRequest(n, path=b"/first")), ("s", http.okResponse(b"first page")),
             ("c", http.request(n, mark, pre=pre)), ("s", http.okResponse()), ("s_fin",), ("c_fin",)]
    return Case(f"{label}.req2.cl", f"{pre!r} between a complete first exchange and the second request line",
                REQUEST, mark, ["http_junk_before_message"], steps)


def noColon():
    b = Builder()
    lines = [("name_only", b"X-Broken-Header"), ("words", b"Cache hint follows"),
             ("space_sep", b"X-Key value-without-colon"), ("tab_sep", b"X-Key\tvalue"), ("equals", b"X-Key=value")]
    for i, (label, line) in enumerate(lines):
        b.both(f"{label}_first", f"first header line {line!r} has no colon", ["http_header_without_colon"],
               kinds=(("gzip", "chunked", "gzipch")[i % 3],), req_kinds=(("cl", "chunked")[i % 2],),
               headers_before=[line, b"X-Frame-Options: DENY"])
        b.both(f"{label}_last", f"the header line just before the framing, {line!r}, has no colon",
               ["http_header_without_colon"], kinds=(("chunked", "gzip", "gzipch")[i % 3],),
               req_kinds=(("chunked", "gzip")[i % 2],), headers_before=[b"X-Frame-Options: DENY", line])
    return b.cases
