"""http.start cases: Suricata's sticky buffer holding the start of an HTTP message --
the request (or status) line, CRLF, then every header as "Name: value" + CRLF
(each name once, repeated values joined with ", ", Cookie included), then one
closing CRLF when there is a header. The body is not part of it; the direction
(flow:to_server / to_client) picks the request or the response."""
from . import apps
from .case import Case, http, rule

CASES = []
HTTP = "http any any -> any any"
C = "http_start"

WHY = ('Suricata "HTTP Keywords", http.start: "Inspect the start of a HTTP request or response. This will contain '
       'the request/response line plus the request/response headers. Use flow:to_server or flow:to_client to '
       'select the direction." The buffer is the line, CRLF, each header as "Name: value" CRLF, and a final CRLF '
       '(ET sid 2047083 pins a whole request with bsize:58).')


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


def req(**kw):
    response = kw.pop("response", None)
    return lambda cap: http(cap, apps.httpRequest(**kw), response)


def start(options, sid, side="to_server"):
    return rule(HTTP, f"flow:established,{side}; http.start; {options}", sid)


# The whole start of a terse request, byte for byte: 24 + 2 + 16 + 2 + 2 = 46 bytes.
TERSE = dict(target="/zq-start/a", host="zq.example", ua=None)
add("http_start_whole_request_bsize_alert",
    [start('content:"GET /zq-start/a HTTP/1.1|0d 0a|Host: zq.example|0d 0a 0d 0a|"; startswith; bsize:46;', 9801)],
    req(**TERSE), {9801: 1})
add("http_start_whole_request_bsize_off_by_one_noalert",
    [start('content:"GET /zq-start/a HTTP/1.1|0d 0a|Host: zq.example|0d 0a|"; startswith; bsize:45;', 9802)],
    req(**TERSE), {9802: 0})
add("http_start_ends_with_blank_line_alert",
    [start('content:"User-Agent: zq-agent|0d 0a 0d 0a|"; endswith;', 9803)],
    req(target="/zq-start/b", ua="zq-agent"), {9803: 1})
# Cookie is in http.start (unlike http.header).
add("http_start_includes_cookie_alert",
    [start('content:"|0d 0a|Cookie: zqsid=41|0d 0a|";', 9804)],
    req(target="/zq-start/c", headers=[("Cookie", "zqsid=41")]), {9804: 1})
# The body is not part of the start.
add("http_start_excludes_body_noalert",
    [start('content:"zq-start-body-token";', 9805)],
    req(method="POST", target="/zq-start/d", body=b"q=zq-start-body-token"), {9805: 0})
# A repeated header name appears once, its values joined with ", ".
add("http_start_repeated_header_merged_alert",
    [start('content:"X-Zq-Tag: one, two|0d 0a|";', 9806)],
    req(target="/zq-start/e", headers=[("X-Zq-Tag", "one"), ("X-Zq-Tag", "two")]), {9806: 1})
add("http_start_repeated_header_not_twice_noalert",
    [start('content:"X-Zq-Tag: one|0d 0a|X-Zq-Tag: two";', 9807)],
    req(target="/zq-start/e", headers=[("X-Zq-Tag", "one"), ("X-Zq-Tag", "two")]), {9807: 0})
# Direction: to_client is the status line and the response headers.
NOT_FOUND = apps.httpResponse(status=404, reason="Not Found", headers=[("X-Zq-Resp", "r1")])
add("http_start_response_status_line_alert",
    [start('content:"HTTP/1.1 404 Not Found|0d 0a|Server: nginx"; startswith;', 9808, "to_client")],
    req(target="/zq-start/f", response=NOT_FOUND), {9808: 1})
add("http_start_response_text_not_in_request_start_noalert",
    [start('content:"HTTP/1.1 404 Not Found";', 9809, "to_server")],
    req(target="/zq-start/f", response=NOT_FOUND), {9809: 0})
add("http_start_request_line_not_in_response_start_noalert",
    [start('content:"GET /zq-start/g";', 9810, "to_client")],
    req(target="/zq-start/g", response=NOT_FOUND), {9810: 0})
add("http_start_response_header_alert",
    [start('content:"|0d 0a|X-Zq-Resp: r1|0d 0a|";', 9811, "to_client")],
    req(target="/zq-start/h", response=NOT_FOUND), {9811: 1})
add("http_start_request_target_alert",
    [start('content:"GET /zq-start/i?x=1 HTTP/1.1|0d 0a|"; startswith;', 9812)],
    req(target="/zq-start/i?x=1"), {9812: 1})
