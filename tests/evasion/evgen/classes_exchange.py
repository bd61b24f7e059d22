"""Exchanges around the marked message: 1xx interim responses, bodiless
responses (HEAD, 204, 304) before it, persistent and pipelined connections."""
from . import http
from .case import REQUEST, RESPONSE, Case
from .variants import Builder

INTERIM = {
    "100": b"HTTP/1.1 100 Continue\r\n\r\n",
    "102": b"HTTP/1.1 102 Processing\r\n\r\n",
    "103": b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n"
           b"Link: </app.js>; rel=preload; as=script\r\n\r\n",
}


def _case(name, desc, field, mark, steps):
    return Case(name, desc, field, mark, [], steps + [("s_fin",), ("c_fin",)])


def interimNoBody():
    b = Builder()
    for seq in (["100"], ["102"], ["103"], ["100", "100"], ["102", "103"], ["103", "103", "103"]):
        for kind in ("gzip", "chunked"):
            n, mark = b.next(RESPONSE)
            final = http.response(n, mark, kind=kind)
            label = "_".join(seq)
            # Interim responses in their own segments, then in one segment with the final one.
            b.raw(_case(f"interim_{label}.separate.{kind}", f"{'+'.join(seq)} interim responses, then the final one",
                        RESPONSE, mark, [("c", http.getRequest(n))] + [("s", INTERIM[s]) for s in seq] +
                        [("s", final)]))
            n, mark = b.next(RESPONSE)
            final = http.response(n, mark, kind=kind)
            b.raw(_case(f"interim_{label}.coalesced.{kind}", f"{'+'.join(seq)} interim responses and the final one "
                        "in one write", RESPONSE, mark,
                        [("c", http.getRequest(n)), ("s", b"".join(INTERIM[s] for s in seq) + final)]))
    for kind in ("cl", "chunked", "gzip"):
        n, mark = b.next(REQUEST)
        req = http.request(n, mark, kind=kind, headers_before=[b"Expect: 100-continue"])
        head, body = req.split(b"\r\n\r\n", 1)
        b.raw(_case(f"expect_100.req.{kind}", "POST with Expect: 100-continue: headers, 100 Continue, then the body",
                    REQUEST, mark, [("c", head + b"\r\n\r\n"), ("s", INTERIM["100"]), ("c", body),
                                    ("s", http.okResponse())]))
    # Bodiless responses whose headers announce a body: the next response must still be read.
    bodiless = [
        ("head_cl", http.getRequest(0, method=b"HEAD"),
         b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 3000\r\n\r\n"),
        ("head_chunked", http.getRequest(0, method=b"HEAD"),
         b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"),
        ("head_gzip", http.getRequest(0, method=b"HEAD"),
         b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 812\r\n\r\n"),
        ("204_cl", http.getRequest(0, path=b"/ping"), b"HTTP/1.1 204 No Content\r\nContent-Length: 40\r\n\r\n"),
        ("204_chunked", http.getRequest(0, path=b"/ping"),
         b"HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n"),
        ("304_cl", http.getRequest(0, extra=[b'If-None-Match: "abc"']),
         b"HTTP/1.1 304 Not Modified\r\nETag: \"abc\"\r\nContent-Length: 2048\r\n\r\n"),
        ("304_chunked", http.getRequest(0, extra=[b'If-None-Match: "abc"']),
         b"HTTP/1.1 304 Not Modified\r\nETag: \"abc\"\r\nTransfer-Encoding: chunked\r\n\r\n"),
    ]
    for label, first_req, first_resp in bodiless:
        for kind in ("gzip", "chunked"):
            n, mark = b.next(RESPONSE)
            final = http.response(n, mark, kind=kind)
            b.raw(_case(f"{label}.then.{kind}", f"{label.replace('_', ' ')} response without a body, then a {kind} "
                        "response", RESPONSE, mark,
                        [("c", first_req), ("s", first_resp), ("c", http.getRequest(n)), ("s", final)]))
        n, mark = b.next(RESPONSE)
        final = http.response(n, mark, kind="gzipch")
        b.raw(_case(f"{label}.pipelined.gzipch", f"{label.replace('_', ' ')} and the marked GET pipelined, both "
                    "responses in one write", RESPONSE, mark,
                    [("c", first_req + http.getRequest(n)), ("s", first_resp + final)]))
    return b.cases


def persistent():
    b = Builder()
    kinds = ("cl", "gzip", "chunked", "gzipch")
    for total in (2, 3, 5):
        for at in sorted({0, total // 2, total - 1}):
            for pipelined in (False, True):
                n, mark = b.next(RESPONSE)
                reqs, resps = [], []
                for i in range(total):
                    reqs.append(http.getRequest(n * 10 + i))
                    if i == at:
                        resps.append(http.response(n, mark, kind=kinds[(n + i) % 4]))
                    else:
                        resps.append(http.okResponse(b"filler page %d, nothing to see" % i))
                steps = [("c", b"".join(reqs)), ("s", b"".join(resps))] if pipelined else \
                    [x for pair in zip([("c", r) for r in reqs], [("s", r) for r in resps]) for x in pair]
                mode = "pipelined" if pipelined else "keepalive"
                b.raw(_case(f"{mode}_{total}.marked_{at + 1}", f"{total} {mode} GETs, the marker in response "
                            f"{at + 1}", RESPONSE, mark, steps))
    # Request bodies on a persistent connection: framed bodies must end exactly.
    for total in (2, 3):
        for pipelined in (False, True):
            for at in range(total):
                n, mark = b.next(REQUEST)
                reqs = []
                for i in range(total):
                    if i == at:
                        reqs.append(http.request(n, mark, kind=kinds[(n + i) % 4]))
                    else:
                        body = b"form=%d&note=nothing+here" % i
                        reqs.append(http.message(b"POST /support/draft HTTP/1.1", [http.HOST,
                                    b"Content-Type: text/plain", b"Content-Length: %d" % len(body)], body))
                resps = [http.okResponse(b"saved %d" % i) for i in range(total)]
                steps = [("c", b"".join(reqs)), ("s", b"".join(resps))] if pipelined else \
                    [x for pair in zip([("c", r) for r in reqs], [("s", r) for r in resps]) for x in pair]
                mode = "pipelined" if pipelined else "keepalive"
                b.raw(_case(f"{mode}_posts_{total}.marked_{at + 1}", f"{total} {mode} POSTs, the marker in request "
                            f"body {at + 1}", REQUEST, mark, steps))
    return b.cases


def clean():
    """Controls: ordinary, well-formed exchanges over every carrier."""
    b = Builder()
    for kind in http.CARRIERS:
        b.response(f"plain.resp.{kind}", f"a well-formed response, {kind} body", [], kind=kind)
        b.request(f"plain.req.{kind}", f"a well-formed POST, {kind} body", [], kind=kind)
    for kind in ("cl", "chunked"):
        n, mark = b.next(REQUEST)
        form = b"ticket=%d&message=" % n + "".join(
            c if c.isascii() and c.isalnum() else "".join("%%%02X" % x for x in c.encode())
            for c in f"Hello, {mark}.").encode()
        framing, wire = http.carrier(kind, form, "\0")
        req = http.message(b"POST /support/form HTTP/1.1",
                           [http.HOST, b"Content-Type: application/x-www-form-urlencoded"] + framing, wire)
        b.raw(Case(f"form_urlencoded.req.{kind}", "a form POST whose marker is percent-encoded", REQUEST, mark, [],
                   [("c", req), ("s", http.okResponse()), ("s_fin",), ("c_fin",)]))
    return b.cases
