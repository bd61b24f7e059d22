"""Sticky buffer cases: each buffer the sensor has, with a match in that buffer and the
same bytes placed elsewhere in the message (another header, the body, the other
direction) where the rule must not see them. Also the legacy content modifiers
(content:...; http_uri;) and pcre buffer flags, which name the same buffers."""
from . import apps
from .case import Case, dns, http, rule, smtp, tcp, tls

CASES = []
HTTP = "http any any -> any any"


def add(name, cls, rules, traffic, alerts, why):
    CASES.append(Case(name, cls, rules, traffic, alerts, why))


def req(**kw):
    """One HTTP transaction: keyword arguments of apps.httpRequest; `response=` a full response."""
    response = kw.pop("response", None)
    return lambda cap: http(cap, apps.httpRequest(**kw), response)


def resp(**kw):
    """One GET / whose response is apps.httpResponse(**kw)."""
    return lambda cap: http(cap, apps.httpRequest("GET", "/"), apps.httpResponse(**kw))


WHY_HTTP = ('Suricata "HTTP Keywords": the sticky buffer restricts the following payload keywords to that part of '
            'the HTTP message; {}.')


def why(detail):
    return WHY_HTTP.format(detail)


# ------------------------------------------------------------------ http.uri / http.uri.raw
W_URI = why('"http.uri" is the normalized request URI (percent-encoding decoded), "http.uri.raw" the URI as it '
            'appears on the wire (HTTP URI Normalization)')
ENC = "/ind%65x.php?zq=1"
add("buffer_http_uri_decoded_alert", "buffer_http_uri", [rule(HTTP, 'http.uri; content:"/index.php";', 5101)],
    req(target=ENC), {5101: 1}, W_URI)
add("buffer_http_uri_raw_not_decoded_noalert", "buffer_http_uri",
    [rule(HTTP, 'http.uri.raw; content:"/index.php";', 5102)], req(target=ENC), {5102: 0}, W_URI)
add("buffer_http_uri_decoded_has_no_percent_noalert", "buffer_http_uri",
    [rule(HTTP, 'http.uri; content:"ind%65x";', 5103)], req(target=ENC), {5103: 0}, W_URI)
add("buffer_http_uri_raw_encoded_alert", "buffer_http_uri", [rule(HTTP, 'http.uri.raw; content:"ind%65x";', 5104)],
    req(target=ENC), {5104: 1}, W_URI)
add("buffer_http_uri_token_in_referer_only_noalert", "buffer_http_uri",
    [rule(HTTP, 'http.uri; content:"zq-uri-token";', 5105)],
    req(target="/home", headers=[("Referer", "http://www.example.com/zq-uri-token")]), {5105: 0}, W_URI)
add("buffer_http_uri_query_alert", "buffer_http_uri", [rule(HTTP, 'http.uri; content:"zq-uri-token";', 5106)],
    req(target="/search?q=zq-uri-token"), {5106: 1}, W_URI)

# ------------------------------------------------------------------ http.method
W_METHOD = why('"http.method" is the request method')
add("buffer_http_method_alert", "buffer_http_method", [rule(HTTP, 'http.method; content:"DELETE";', 5201)],
    req(method="DELETE", target="/api/item/7"), {5201: 1}, W_METHOD)
add("buffer_http_method_in_uri_only_noalert", "buffer_http_method",
    [rule(HTTP, 'http.method; content:"DELETE";', 5202)], req(target="/api/DELETE/7"), {5202: 0}, W_METHOD)
add("buffer_http_method_in_body_only_noalert", "buffer_http_method",
    [rule(HTTP, 'http.method; content:"PATCH";', 5203)],
    req(method="POST", target="/api/item/7", body=b"_method=PATCH"), {5203: 0}, W_METHOD)
add("buffer_http_method_post_alert", "buffer_http_method", [rule(HTTP, 'http.method; content:"POST";', 5204)],
    req(method="POST", target="/api/item/7", body=b"_method=PATCH"), {5204: 1}, W_METHOD)

# ------------------------------------------------------------------ http.header (direction)
W_HEADER = why('"http.header" holds the headers of the request when inspecting to_server and of the response when '
               'inspecting to_client ("http.header ... Both" directions in the keyword table); it does not include '
               'the request or status line or the body')
add("buffer_http_header_request_alert", "buffer_http_header",
    [rule(HTTP, 'flow:established,to_server; http.header; content:"X-Trace-Id|3a 20|zq";', 5301)],
    req(headers=[("X-Trace-Id", "zq-77")]), {5301: 1}, W_HEADER)
add("buffer_http_header_to_server_response_only_noalert", "buffer_http_header",
    [rule(HTTP, 'flow:established,to_server; http.header; content:"X-Trace-Id|3a 20|zq";', 5302)],
    resp(headers=[("X-Trace-Id", "zq-77")]), {5302: 0}, W_HEADER)
add("buffer_http_header_to_client_request_only_noalert", "buffer_http_header",
    [rule(HTTP, 'flow:established,to_client; http.header; content:"X-Powered-By|3a 20|zq";', 5303)],
    req(headers=[("X-Powered-By", "zq-php")]), {5303: 0}, W_HEADER)
add("buffer_http_header_response_alert", "buffer_http_header",
    [rule(HTTP, 'flow:established,to_client; http.header; content:"X-Powered-By|3a 20|zq";', 5304)],
    resp(headers=[("X-Powered-By", "zq-php")]), {5304: 1}, W_HEADER)
add("buffer_http_header_in_body_only_noalert", "buffer_http_header",
    [rule(HTTP, 'http.header; content:"X-Zq-Flag|3a|";', 5305)],
    req(method="POST", target="/f", body=b"X-Zq-Flag: 1"), {5305: 0}, W_HEADER)
add("buffer_http_header_nocase_alert", "buffer_http_header",
    [rule(HTTP, 'flow:established,to_server; http.header; content:"x-zq-flag|3a|"; nocase;', 5306)],
    req(headers=[("X-Zq-Flag", "1")]), {5306: 1}, W_HEADER)

# ------------------------------------------------------------------ http.header_names
W_NAMES = why('"http.header_names" is the header names only, each preceded by CRLF and the list ended by an empty '
              'line ("|0d 0a|Host|0d 0a|User-Agent|0d 0a 0d 0a|"), in the order they were sent')
add("buffer_http_header_names_alert", "buffer_http_header_names",
    [rule(HTTP, 'flow:to_server; http.header_names; content:"|0d 0a|X-Api-Key|0d 0a|";', 5401)],
    req(headers=[("X-Api-Key", "k1")]), {5401: 1}, W_NAMES)
add("buffer_http_header_names_value_only_noalert", "buffer_http_header_names",
    [rule(HTTP, 'flow:to_server; http.header_names; content:"X-Api-Key";', 5402)],
    req(headers=[("X-Note", "X-Api-Key")]), {5402: 0}, W_NAMES)
HOST_FIRST = b"GET / HTTP/1.1\r\nHost: www.example.com\r\nAccept: */*\r\n\r\n"
UA_FIRST = b"GET / HTTP/1.1\r\nUser-Agent: zq/1\r\nHost: www.example.com\r\n\r\n"
add("buffer_http_header_names_order_noalert", "buffer_http_header_names",
    [rule(HTTP, 'flow:to_server; http.header_names; content:"|0d 0a|Host|0d 0a|"; startswith;', 5403)],
    lambda cap: http(cap, UA_FIRST), {5403: 0}, W_NAMES)
add("buffer_http_header_names_order_alert", "buffer_http_header_names",
    [rule(HTTP, 'flow:to_server; http.header_names; content:"|0d 0a|Host|0d 0a|"; startswith;', 5404)],
    lambda cap: http(cap, HOST_FIRST), {5404: 1}, W_NAMES)

# ------------------------------------------------------------------ http.cookie
W_COOKIE = why('"http.cookie" is the value of the Cookie header (requests) or Set-Cookie header (responses)')
add("buffer_http_cookie_alert", "buffer_http_cookie", [rule(HTTP, 'http.cookie; content:"session=zq";', 5501)],
    req(headers=[("Cookie", "lang=en; session=zq42")]), {5501: 1}, W_COOKIE)
add("buffer_http_cookie_in_uri_only_noalert", "buffer_http_cookie",
    [rule(HTTP, 'http.cookie; content:"session=zq";', 5502)], req(target="/s?session=zq42"), {5502: 0}, W_COOKIE)
add("buffer_http_cookie_other_header_noalert", "buffer_http_cookie",
    [rule(HTTP, 'http.cookie; content:"session=zq";', 5503)], req(headers=[("X-Cookie-Note", "session=zq42")]),
    {5503: 0}, W_COOKIE)
add("buffer_http_cookie_startswith_alert", "buffer_http_cookie",
    [rule(HTTP, 'http.cookie; content:"lang="; startswith;', 5504)],
    req(headers=[("Cookie", "lang=en; session=zq42")]), {5504: 1}, W_COOKIE)

# ------------------------------------------------------------------ http.user_agent
W_UA = why('"http.user_agent" is the value of the User-Agent header')
add("buffer_http_user_agent_alert", "buffer_http_user_agent",
    [rule(HTTP, 'http.user_agent; content:"zq-agent/";', 5601)], req(ua="zq-agent/1.0"), {5601: 1}, W_UA)
add("buffer_http_user_agent_other_header_noalert", "buffer_http_user_agent",
    [rule(HTTP, 'http.user_agent; content:"zq-agent/";', 5602)], req(headers=[("X-Client", "zq-agent/1.0")]),
    {5602: 0}, W_UA)
add("buffer_http_user_agent_exact_bsize_noalert", "buffer_http_user_agent",
    [rule(HTTP, 'http.user_agent; content:"zq-agent/1.0"; bsize:12;', 5603)], req(ua="zq-agent/1.0 (x)"),
    {5603: 0}, W_UA)
add("buffer_http_user_agent_exact_bsize_alert", "buffer_http_user_agent",
    [rule(HTTP, 'http.user_agent; content:"zq-agent/1.0"; bsize:12;', 5604)], req(ua="zq-agent/1.0"), {5604: 1},
    W_UA)

# ------------------------------------------------------------------ http.host
W_HOST = why('"http.host" is the normalized Host header value (lower-cased, so the rule content must be lower case '
             'and nocase is not needed)')
add("buffer_http_host_alert", "buffer_http_host", [rule(HTTP, 'http.host; content:"zq-host.example";', 5701)],
    req(host="zq-host.example"), {5701: 1}, W_HOST)
add("buffer_http_host_referer_only_noalert", "buffer_http_host",
    [rule(HTTP, 'http.host; content:"zq-host.example";', 5702)],
    req(headers=[("Referer", "http://zq-host.example/")]), {5702: 0}, W_HOST)
add("buffer_http_host_other_host_noalert", "buffer_http_host",
    [rule(HTTP, 'http.host; content:"zq-host.example"; endswith;', 5703)], req(host="zq-host.example.net"),
    {5703: 0}, W_HOST)
add("buffer_http_host_normalized_lowercase_alert", "buffer_http_host",
    [rule(HTTP, 'http.host; content:"zq-host.example";', 5704)], req(host="WWW.ZQ-Host.Example"), {5704: 1},
    W_HOST)

# ------------------------------------------------------------------ http.referer
W_REF = why('"http.referer" is the value of the Referer header')
add("buffer_http_referer_alert", "buffer_http_referer", [rule(HTTP, 'http.referer; content:"zq-ref.example";', 5801)],
    req(headers=[("Referer", "https://zq-ref.example/page")]), {5801: 1}, W_REF)
add("buffer_http_referer_in_host_noalert", "buffer_http_referer",
    [rule(HTTP, 'http.referer; content:"zq-ref.example";', 5802)], req(host="zq-ref.example"), {5802: 0}, W_REF)
add("buffer_http_referer_in_uri_noalert", "buffer_http_referer",
    [rule(HTTP, 'http.referer; content:"zq-ref.example";', 5803)], req(target="/r?u=zq-ref.example"), {5803: 0},
    W_REF)
add("buffer_http_referer_startswith_alert", "buffer_http_referer",
    [rule(HTTP, 'http.referer; content:"https://"; startswith;', 5804)],
    req(headers=[("Referer", "https://zq-ref.example/page")]), {5804: 1}, W_REF)

# ------------------------------------------------------------------ http.content_type
W_CTYPE = why('"http.content_type" is the value of the Content-Type header of the request (to_server) or of the '
              'response (to_client)')
add("buffer_http_content_type_request_alert", "buffer_http_content_type",
    [rule(HTTP, 'flow:to_server; http.content_type; content:"application/x-zq-form";', 5901)],
    req(method="POST", target="/f", headers=[("Content-Type", "application/x-zq-form")], body=b"a=1"), {5901: 1},
    W_CTYPE)
add("buffer_http_content_type_to_server_response_only_noalert", "buffer_http_content_type",
    [rule(HTTP, 'flow:to_server; http.content_type; content:"application/x-zq-bin";', 5902)],
    resp(ctype="application/x-zq-bin"), {5902: 0}, W_CTYPE)
add("buffer_http_content_type_in_body_noalert", "buffer_http_content_type",
    [rule(HTTP, 'http.content_type; content:"application/x-zq-form";', 5903)],
    req(method="POST", target="/f", headers=[("Content-Type", "text/plain")], body=b"application/x-zq-form"),
    {5903: 0}, W_CTYPE)
add("buffer_http_content_type_response_alert", "buffer_http_content_type",
    [rule(HTTP, 'flow:to_client; http.content_type; content:"application/x-zq-bin";', 5904)],
    resp(ctype="application/x-zq-bin"), {5904: 1}, W_CTYPE)

# ------------------------------------------------------------------ http.stat_code / http.stat_msg
W_STAT = why('"http.stat_code" is the three-digit status code and "http.stat_msg" the reason phrase of the response '
             'status line')
add("buffer_http_stat_code_alert", "buffer_http_stat_code", [rule(HTTP, 'http.stat_code; content:"404";', 6001)],
    resp(status=404, reason="Not Found"), {6001: 1}, W_STAT)
add("buffer_http_stat_code_in_body_noalert", "buffer_http_stat_code",
    [rule(HTTP, 'http.stat_code; content:"404";', 6002)], resp(body=b"<p>error 404 page</p>"), {6002: 0}, W_STAT)
add("buffer_http_stat_code_in_uri_noalert", "buffer_http_stat_code",
    [rule(HTTP, 'http.stat_code; content:"503";', 6003)],
    lambda cap: http(cap, apps.httpRequest("GET", "/503"), apps.httpResponse()), {6003: 0}, W_STAT)
add("buffer_http_stat_code_bsize_alert", "buffer_http_stat_code",
    [rule(HTTP, 'http.stat_code; content:"50"; startswith; bsize:3;', 6004)],
    resp(status=503, reason="Service Unavailable"), {6004: 1}, W_STAT)
add("buffer_http_stat_msg_alert", "buffer_http_stat_msg", [rule(HTTP, 'http.stat_msg; content:"Not Found";', 6101)],
    resp(status=404, reason="Not Found"), {6101: 1}, W_STAT)
add("buffer_http_stat_msg_in_body_noalert", "buffer_http_stat_msg",
    [rule(HTTP, 'http.stat_msg; content:"Not Found";', 6102)], resp(body=b"<h1>Not Found</h1>"), {6102: 0},
    W_STAT)
add("buffer_http_stat_msg_different_noalert", "buffer_http_stat_msg",
    [rule(HTTP, 'http.stat_msg; content:"Not Found";', 6103)], resp(status=302, reason="Found"), {6103: 0}, W_STAT)
add("buffer_http_stat_msg_nocase_alert", "buffer_http_stat_msg",
    [rule(HTTP, 'http.stat_msg; content:"not found"; nocase;', 6104)], resp(status=404, reason="Not Found"),
    {6104: 1}, W_STAT)

# ------------------------------------------------------------------ http.request_line
W_RL = why('"http.request_line" is the whole request line, without the CRLF ("GET /index.html HTTP/1.1")')
add("buffer_http_request_line_alert", "buffer_http_request_line",
    [rule(HTTP, 'http.request_line; content:"GET /zq-rl HTTP/1.1";', 6201)], req(target="/zq-rl"), {6201: 1}, W_RL)
add("buffer_http_request_line_other_version_noalert", "buffer_http_request_line",
    [rule(HTTP, 'http.request_line; content:"GET /zq-rl HTTP/1.0";', 6202)], req(target="/zq-rl"), {6202: 0}, W_RL)
add("buffer_http_request_line_no_crlf_noalert", "buffer_http_request_line",
    [rule(HTTP, 'http.request_line; content:"HTTP/1.1|0d 0a|";', 6203)], req(target="/zq-rl"), {6203: 0}, W_RL)
add("buffer_http_request_line_endswith_alert", "buffer_http_request_line",
    [rule(HTTP, 'http.request_line; content:"/zq-rl HTTP/1.1"; endswith;', 6204)], req(target="/zq-rl"),
    {6204: 1}, W_RL)

# ------------------------------------------------------------------ response body = file.data to_client
W_RBODY = why('"http.response_body" (and "file.data" on to_client HTTP traffic) is the response body, de-chunked '
              'and decompressed; headers are not part of it')
MARK = b"<script>zq-body-marker()</script>"
add("buffer_http_response_body_alert", "buffer_http_response_body",
    [rule(HTTP, 'flow:established,to_client; http.response_body; content:"zq-body-marker";', 6301)],
    resp(body=MARK), {6301: 1}, W_RBODY)
add("buffer_http_response_body_request_only_noalert", "buffer_http_response_body",
    [rule(HTTP, 'flow:established,to_client; http.response_body; content:"zq-body-marker";', 6302)],
    req(method="POST", target="/f", body=MARK), {6302: 0}, W_RBODY)
add("buffer_file_data_response_header_only_noalert", "buffer_http_response_body",
    [rule(HTTP, 'flow:established,to_client; file.data; content:"zq-body-marker";', 6303)],
    resp(headers=[("X-Marker", "zq-body-marker")]), {6303: 0}, W_RBODY)
add("buffer_file_data_response_alert", "buffer_http_response_body",
    [rule(HTTP, 'flow:established,to_client; file.data; content:"zq-body-marker";', 6304)], resp(body=MARK),
    {6304: 1}, W_RBODY)

# ------------------------------------------------------------------ request body
W_QBODY = why('"http.request_body" is the request body (legacy http_client_body)')
add("buffer_http_request_body_alert", "buffer_http_request_body",
    [rule(HTTP, 'http.request_body; content:"zq-post-marker";', 6401)],
    req(method="POST", target="/f", body=b"a=1&b=zq-post-marker"), {6401: 1}, W_QBODY)
add("buffer_http_request_body_response_only_noalert", "buffer_http_request_body",
    [rule(HTTP, 'http.request_body; content:"zq-post-marker";', 6402)], resp(body=b"zq-post-marker"), {6402: 0},
    W_QBODY)
add("buffer_http_request_body_uri_only_noalert", "buffer_http_request_body",
    [rule(HTTP, 'http.request_body; content:"zq-post-marker";', 6403)],
    req(method="POST", target="/f?zq-post-marker", body=b"a=1"), {6403: 0}, W_QBODY)
add("buffer_http_request_body_startswith_alert", "buffer_http_request_body",
    [rule(HTTP, 'http.request_body; content:"pass="; startswith;', 6404)],
    req(method="POST", target="/login", body=b"pass=hunter2&user=bob"), {6404: 1}, W_QBODY)

# ------------------------------------------------------------------ dns.query
W_DNS = ('Suricata "DNS Keywords", dns.query: "the DNS request queries" as a dotted name ("google.com"), without '
         'the wire format\'s length bytes.')
DNSR = "dns any any -> any any"
add("buffer_dns_query_alert", "buffer_dns_query", [rule(DNSR, 'dns.query; content:"zq-dns.example";', 6501)],
    lambda cap: dns(cap, "a.zq-dns.example"), {6501: 1}, W_DNS)
add("buffer_dns_query_other_name_noalert", "buffer_dns_query",
    [rule(DNSR, 'dns.query; content:"zq-dns.example";', 6502)], lambda cap: dns(cap, "a.zq-dns.invalid"),
    {6502: 0}, W_DNS)
add("buffer_dns_query_wire_label_noalert", "buffer_dns_query",
    [rule(DNSR, 'dns.query; content:"|06|zq-dns";', 6503)], lambda cap: dns(cap, "a.zq-dns.example"), {6503: 0},
    W_DNS)
add("buffer_dns_query_dotted_alert", "buffer_dns_query", [rule(DNSR, 'dns.query; content:"a.zq-dns.";', 6504)],
    lambda cap: dns(cap, "a.zq-dns.example"), {6504: 1}, W_DNS)

# ------------------------------------------------------------------ tls.sni
W_SNI = 'Suricata "TLS Keywords", tls.sni: "match TLS/SSL Server Name Indication field" of the ClientHello.'
TLSR = "tls any any -> any any"
add("buffer_tls_sni_alert", "buffer_tls_sni", [rule(TLSR, 'tls.sni; content:"zq-tls.example";', 6601)],
    lambda cap: tls(cap, "cdn.zq-tls.example"), {6601: 1}, W_SNI)
add("buffer_tls_sni_other_name_noalert", "buffer_tls_sni",
    [rule(TLSR, 'tls.sni; content:"zq-tls.example";', 6602)], lambda cap: tls(cap, "cdn.zq-other.example"),
    {6602: 0}, W_SNI)
add("buffer_tls_sni_plain_tcp_noalert", "buffer_tls_sni",
    [rule("tls any any -> any any", 'tls.sni; content:"zq-tls.example";', 6603)],
    lambda cap: tcp(cap, [(True, b"CONNECT cdn.zq-tls.example\r\n")], server_port=9000), {6603: 0}, W_SNI)
add("buffer_tls_sni_exact_alert", "buffer_tls_sni",
    [rule(TLSR, 'tls.sni; content:"cdn.zq-tls.example"; startswith; endswith;', 6604)],
    lambda cap: tls(cap, "cdn.zq-tls.example"), {6604: 1}, W_SNI)

# ------------------------------------------------------------------ smtp file.data
W_SMTP = ('Suricata "File Keywords", file.data: the content of a file transferred over a protocol that supports '
          'files, SMTP included (MIME attachments, after base64 decoding); headers such as Subject are not part of '
          'it, and the raw stream holds only the base64 form.')
SECRET = b"quarterly numbers zq-mail-marker attached\n"
add("buffer_smtp_file_data_attachment_alert", "buffer_smtp_file_data",
    [rule("smtp any any -> any any", 'file.data; content:"zq-mail-marker";', 6701)],
    lambda cap: smtp(cap, apps.emailMessage("Report", "See attached.", ("report.txt", SECRET))), {6701: 1}, W_SMTP)
add("buffer_smtp_file_data_subject_only_noalert", "buffer_smtp_file_data",
    [rule("smtp any any -> any any", 'file.data; content:"zq-mail-marker";', 6702)],
    lambda cap: smtp(cap, apps.emailMessage("zq-mail-marker", "See attached.", ("report.txt", b"nothing here\n"))),
    {6702: 0}, W_SMTP)
add("buffer_smtp_raw_stream_base64_noalert", "buffer_smtp_file_data",
    [rule("tcp any any -> any 25", 'flow:established,to_server; content:"zq-mail-marker";', 6703)],
    lambda cap: smtp(cap, apps.emailMessage("Report", "See attached.", ("report.txt", SECRET))), {6703: 0}, W_SMTP)
add("buffer_smtp_file_data_relative_alert", "buffer_smtp_file_data",
    [rule("smtp any any -> any any", 'file.data; content:"quarterly"; content:"zq-mail"; distance:0; within:20;',
          6704)], lambda cap: smtp(cap, apps.emailMessage("Report", "See attached.", ("report.txt", SECRET))),
    {6704: 1}, W_SMTP)

# ------------------------------------------------------------------ legacy content modifiers and pcre buffer flags
W_LEGACY = ('Suricata "Rule Modifiers"/"HTTP Keywords": legacy content modifiers (content:"..."; http_uri;) apply '
            'to the preceding content only and name the same buffers as the sticky buffers (http_uri = http.uri, '
            'http_raw_uri = http.uri.raw, http_header = http.header, http_client_body = http.request_body, '
            'http_server_body = http.response_body, http_method, http_cookie, http_user_agent, http_host, '
            'http_stat_code); pcre flags U, I, H, P, Q select the same buffers.')
L = "legacy_modifiers"
add("legacy_http_uri_alert", L, [rule(HTTP, 'content:"/index.php"; http_uri;', 6801)], req(target=ENC), {6801: 1},
    W_LEGACY)
add("legacy_http_raw_uri_noalert", L, [rule(HTTP, 'content:"/index.php"; http_raw_uri;', 6802)], req(target=ENC),
    {6802: 0}, W_LEGACY)
add("legacy_http_header_in_body_noalert", L, [rule(HTTP, 'content:"X-Zq-Legacy"; http_header;', 6803)],
    req(method="POST", target="/f", body=b"X-Zq-Legacy: 1"), {6803: 0}, W_LEGACY)
add("legacy_http_header_alert", L, [rule(HTTP, 'content:"X-Zq-Legacy"; http_header;', 6804)],
    req(headers=[("X-Zq-Legacy", "1")]), {6804: 1}, W_LEGACY)
add("legacy_http_client_body_alert", L,
    [rule(HTTP, 'content:"POST"; http_method; content:"zq-legacy-body"; http_client_body;', 6805)],
    req(method="POST", target="/f", body=b"x=zq-legacy-body"), {6805: 1}, W_LEGACY)
add("legacy_http_client_body_uri_only_noalert", L,
    [rule(HTTP, 'content:"POST"; http_method; content:"zq-legacy-body"; http_client_body;', 6806)],
    req(method="POST", target="/f?x=zq-legacy-body", body=b"x=1"), {6806: 0}, W_LEGACY)
add("legacy_http_host_other_noalert", L, [rule(HTTP, 'content:"zq-legacy.example"; http_host;', 6807)],
    req(host="www.example.com", headers=[("Referer", "http://zq-legacy.example/")]), {6807: 0}, W_LEGACY)
add("legacy_http_host_alert", L, [rule(HTTP, 'content:"zq-legacy.example"; http_host;', 6808)],
    req(host="zq-legacy.example"), {6808: 1}, W_LEGACY)
add("legacy_http_user_agent_cookie_alert", L,
    [rule(HTTP, 'content:"zq-ua"; http_user_agent; content:"sid=zq"; http_cookie;', 6809)],
    req(ua="zq-ua/2", headers=[("Cookie", "sid=zq1")]), {6809: 1}, W_LEGACY)
add("legacy_http_cookie_in_ua_noalert", L,
    [rule(HTTP, 'content:"zq-ua"; http_user_agent; content:"sid=zq"; http_cookie;', 6810)],
    req(ua="zq-ua/2 sid=zq1"), {6810: 0}, W_LEGACY)
add("legacy_http_stat_code_body_noalert", L, [rule(HTTP, 'content:"418"; http_stat_code;', 6811)],
    resp(body=b"code 418 teapot"), {6811: 0}, W_LEGACY)
add("legacy_http_stat_code_alert", L, [rule(HTTP, 'content:"418"; http_stat_code;', 6812)],
    resp(status=418, reason="I'm a teapot"), {6812: 1}, W_LEGACY)
add("legacy_http_server_body_alert", L, [rule(HTTP, 'content:"zq-body-marker"; http_server_body;', 6813)],
    resp(body=MARK), {6813: 1}, W_LEGACY)
add("legacy_pcre_U_in_header_noalert", L, [rule(HTTP, r'content:"zq-pcre"; pcre:"/zq-pcre=[0-9]+/U";', 6814)],
    req(headers=[("X-Q", "zq-pcre=5")]), {6814: 0}, W_LEGACY)
add("legacy_pcre_U_alert", L, [rule(HTTP, r'content:"zq-pcre"; http_uri; pcre:"/zq-pcre=[0-9]+/U";', 6815)],
    req(target="/a?zq-pcre=5"), {6815: 1}, W_LEGACY)
add("legacy_pcre_P_body_alert", L, [rule(HTTP, r'content:"zq-pcre"; http_client_body; pcre:"/^zq-pcre=\d+$/P";',
                                         6816)], req(method="POST", target="/f", body=b"zq-pcre=42"), {6816: 1},
    W_LEGACY)

# ------------------------------------------------------------------ more HTTP header buffers (table-driven)
# (class, keyword, rule options, must-alert traffic, must-not-alert traffic, documentation detail)
MORE = [
    ("buffer_http_protocol", 'flow:to_server; http.protocol; content:"HTTP/1.0"; bsize:8;',
     lambda cap: http(cap, b"GET /p HTTP/1.0\r\nHost: www.example.com\r\n\r\n"),
     req(target="/HTTP/1.0"), '"http.protocol" is the protocol field of the request line ("HTTP/1.1")'),
    ("buffer_http_response_line", 'flow:to_client; http.response_line; content:"HTTP/1.1 403 Forbidden"; endswith;',
     resp(status=403, reason="Forbidden"), resp(body=b"HTTP/1.1 403 Forbidden"),
     '"http.response_line" is the whole status line without CRLF ("HTTP/1.1 200 OK")'),
    ("buffer_http_server", 'flow:to_client; http.server; content:"zq-srv/"; startswith;',
     lambda cap: http(cap, apps.httpRequest(), apps.httpResponse().replace(b"Server: nginx/1.22.1",
                                                                          b"Server: zq-srv/3.1")),
     resp(headers=[("X-Upstream", "zq-srv/3.1")]), '"http.server" is the value of the response\'s Server header'),
    ("buffer_http_location", 'flow:to_client; http.location; content:"zq-redirect.example";',
     resp(status=302, reason="Found", headers=[("Location", "https://zq-redirect.example/next")]),
     resp(body=b"moved to https://zq-redirect.example/next"),
     '"http.location" is the value of the response\'s Location header'),
    ("buffer_http_accept", 'flow:to_server; http.accept; content:"application/x-zq";',
     req(headers=[("Accept", "application/x-zq, */*")]), req(headers=[("X-Want", "application/x-zq")]),
     '"http.accept" is the value of the request\'s Accept header'),
    ("buffer_http_accept_lang", 'flow:to_server; http.accept_lang; content:"zq-ZQ";',
     req(headers=[("Accept-Language", "zq-ZQ,en;q=0.5")]), req(target="/?lang=zq-ZQ"),
     '"http.accept_lang" is the value of the request\'s Accept-Language header'),
    ("buffer_http_accept_enc", 'flow:to_server; http.accept_enc; content:"zqzip";',
     req(headers=[("Accept-Encoding", "gzip, zqzip")]), req(headers=[("TE", "zqzip")]),
     '"http.accept_enc" is the value of the request\'s Accept-Encoding header'),
    ("buffer_http_connection", 'flow:to_server; http.connection; content:"zq-upgrade";',
     req(headers=[("Connection", "keep-alive, zq-upgrade")]), req(headers=[("Upgrade", "zq-upgrade")]),
     '"http.connection" is the value of the request\'s Connection header'),
    ("buffer_http_content_len", 'flow:to_server; http.content_len; content:"1234"; bsize:4;',
     req(method="POST", target="/f", body=b"x" * 1234), req(method="POST", target="/1234", body=b"x" * 12),
     '"http.content_len" is the value of the Content-Length header'),
    ("buffer_http_set_cookie", 'flow:to_client; http.cookie; content:"zqsess=";',
     resp(headers=[("Set-Cookie", "zqsess=abc; Path=/")]),
     lambda cap: http(cap, apps.httpRequest(headers=[("X-Note", "zqsess=abc")])),
     '"http.cookie" on to_client traffic is the value of the response\'s Set-Cookie header'),
]
SID = 6900
for cls, opts, hit, miss, detail in MORE:
    short = cls[len("buffer_"):]
    for variant, traffic, n in (("alert", hit, 1), ("elsewhere_noalert", miss, 0)):
        add(f"{cls}_{variant}", cls, [rule(HTTP, opts, SID)], traffic, {SID: n}, why(detail))
        SID += 1
    # The second pair: the same must-alert traffic with a one-byte-off content must not alert,
    # and a nocase variant of the content must alert.
    exact = opts.split('content:"', 1)[1].split('"', 1)[0]
    off = exact[:-1] + chr(ord(exact[-1]) ^ 1)
    add(f"{cls}_last_byte_differs_noalert", cls, [rule(HTTP, opts.replace(exact, off, 1), SID)], hit, {SID: 0},
        why(detail))
    SID += 1
    add(f"{cls}_nocase_alert", cls, [rule(HTTP, opts.replace(f'content:"{exact}";', f'content:"{exact.swapcase()}"; '
                                                             'nocase;', 1), SID)], hit, {SID: 1}, why(detail))
    SID += 1
