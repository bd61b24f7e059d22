"""Start-line oddities: versions, status codes, separators, HTTP/0.9 responses."""
from . import http, texts
from .case import RESPONSE, SPLIT, WHOLE, respCase
from .variants import Builder

VERSION = ["http_nonstandard_version"]
MALFORMED = ["http_malformed_status_line"]
CODE = ["http_bad_status_code"]

STATUS_LINES = [
    ("v1_10", b"HTTP/1.10 200 OK", VERSION),
    ("v01_1", b"HTTP/01.1 200 OK", VERSION),
    ("lower", b"http/1.1 200 OK", VERSION),
    ("mixed_case", b"Http/1.1 200 OK", VERSION),
    ("v1_2", b"HTTP/1.2 200 OK", VERSION),
    ("v2_0", b"HTTP/2.0 200 OK", VERSION),
    ("v1_01", b"HTTP/1.01 200 OK", VERSION),
    ("no_reason", b"HTTP/1.1 200", MALFORMED),
    ("tabs", b"HTTP/1.1\t200\tOK", MALFORMED),
    ("two_spaces", b"HTTP/1.1  200 OK", MALFORMED),
    ("tab_after_code", b"HTTP/1.1 200\tOK", MALFORMED),
    ("junk_after_code", b"HTTP/1.1 200OK", MALFORMED),
    ("code_4_digits", b"HTTP/1.1 2000 OK", CODE),
    ("code_2_digits", b"HTTP/1.1 20 OK", CODE),
    ("code_099", b"HTTP/1.1 099 Odd", CODE),
    ("code_600", b"HTTP/1.1 600 Custom", CODE),
    ("code_999", b"HTTP/1.1 999 Whatever", CODE),
    ("code_0200", b"HTTP/1.1 0200 OK", CODE),
    ("lower_tabs", b"http/1.1\t200\tOK", VERSION + MALFORMED),
    ("v1_10_code_600", b"HTTP/1.10 600 Custom", VERSION + CODE),
    ("no_reason_lower", b"http/1.1 200", VERSION + MALFORMED),
]

REQUEST_LINES = [
    ("v1_10", b"POST /support/ticket HTTP/1.10"),
    ("v01_1", b"POST /support/ticket HTTP/01.1"),
    ("lower", b"POST /support/ticket http/1.1"),
    ("v1_2", b"POST /support/ticket HTTP/1.2"),
]


def statusLine():
    b = Builder()
    for i, (label, line, anomalies) in enumerate(STATUS_LINES):
        for kind in (("gzip", "chunked"), ("gzipch", "chunked"), ("gzip", "cl"))[i % 3]:
            b.response(f"{label}.resp.{kind}", f"status line {line!r} ({kind} body)", anomalies, kind=kind,
                       start=line)
    for i, (label, line) in enumerate(REQUEST_LINES):
        for kind in ("cl", "chunked"):
            b.request(f"{label}.req.{kind}", f"request line {line!r} ({kind} body)", VERSION, kind=kind, start=line)
    return b.cases


def http09():
    """No status line, no headers: the server's whole byte stream up to its FIN is the body."""
    b = Builder()
    requests = [("get11", lambda n: http.getRequest(n)),
                ("get10", lambda n: http.getRequest(n, version=b"HTTP/1.0")),
                ("get09", lambda n: b"GET /notice/%d\r\n" % n)]
    bodies = [("html", lambda mark, n: texts.responseBody(mark, n)),
              ("text", lambda mark, n: ("Notice %d\n\n%s.\n-- the parcel office\n" % (n, mark)).encode()),
              ("leading_blank", lambda mark, n: b"\r\n\r\n" + texts.responseBody(mark, n))]
    for rlabel, req in requests:
        for blabel, body in bodies:
            for seg in ("whole", "split"):
                n, mark = b.next(RESPONSE)
                c = respCase(f"{rlabel}.{blabel}.{seg}", f"HTTP/0.9-style response ({blabel}) to {rlabel}", n,
                             ["http_09_response"], body(mark, n), request=req(n), marker=mark)
                c.sizes = WHOLE if seg == "whole" else SPLIT
                b.raw(c)
    return b.cases
