"""Payload keyword cases on pkt_data and sticky buffers: content (hex, nocase, offset,
depth, distance, within, startswith, endswith, negation), isdataat, bsize, pcre,
byte_test, byte_jump, fast_pattern.

Raw-payload cases that depend on positions use UDP: there the inspected buffer is
exactly the datagram, so "offset 5" has one meaning. Positions inside HTTP use
sticky buffers (http.uri ...), whose start is defined by the protocol.
"""
import struct

from . import apps
from .case import Case, dns, http, rule, tcp, udp

CASES = []


def add(name, cls, rules, traffic, alerts, why):
    CASES.append(Case(name, cls, rules, traffic, alerts, why))


def dgram(payload):
    return lambda cap: udp(cap, [(True, payload)])


def stream(payload, port=9000):
    return lambda cap: tcp(cap, [(True, payload), (False, b"OK\r\n")], server_port=port)


def getUri(target):
    return lambda cap: http(cap, apps.httpRequest("GET", target))


def getUa(ua):
    return lambda cap: http(cap, apps.httpRequest("GET", "/", ua=ua))


def hits(n):
    return "alert" if n else "noalert"


UDP = "udp any any -> any any"
TCP = "tcp any any -> any any"
HTTP = "http any any -> any any"

# ------------------------------------------------------------------ content_hex
WHY_HEX = ('Suricata "Payload Keywords", content: "the rule language uses |00| as a notation" for bytes that are '
           'not printable; "|61 0D 62 63|" and "a|0D|bc" are the same bytes; a content matches only those exact '
           'bytes.')
add("content_hex_alert", "content_hex", [rule(UDP, 'content:"|DE AD BE EF|";', 3101)],
    dgram(b"\x00\x01\xde\xad\xbe\xef\x02\x03"), {3101: 1}, WHY_HEX)
add("content_hex_one_byte_differs_noalert", "content_hex", [rule(UDP, 'content:"|DE AD BE EF|";', 3102)],
    dgram(b"\x00\x01\xde\xad\xbe\xee\x02\x03"), {3102: 0}, WHY_HEX)
add("content_hex_is_case_exact_noalert", "content_hex", [rule(UDP, 'content:"|41 42 43|";', 3103)],
    dgram(b"xx abc yy"), {3103: 0}, WHY_HEX)
add("content_hex_mixed_with_text_alert", "content_hex", [rule(TCP, 'content:"USER|20|admin|0d 0a|";', 3104)],
    stream(b"USER admin\r\nPASS x\r\n", 21), {3104: 1}, WHY_HEX)
add("content_hex_escaped_specials_alert", "content_hex", [rule(UDP, 'content:"key|3a 22|v|3b|";', 3105)],
    dgram(b'{key:"v;}'), {3105: 1}, WHY_HEX)
add("content_hex_escaped_specials_noalert", "content_hex", [rule(UDP, 'content:"key|3a 22|v|3b|";', 3106)],
    dgram(b"{key:'v;}"), {3106: 0}, WHY_HEX)

# ------------------------------------------------------------------ content_nocase
WHY_NOCASE = ('Suricata "Payload Keywords", nocase: "If you do not want to make a distinction between uppercase and '
              'lowercase characters, you can use nocase"; "By default the pattern-matching is case sensitive"; '
              'nocase "has no influence on other contents in the signature".')
add("content_nocase_alert", "content_nocase", [rule(UDP, 'content:"secretword"; nocase;', 3201)],
    dgram(b"the SecretWord is here"), {3201: 1}, WHY_NOCASE)
add("content_case_sensitive_noalert", "content_nocase", [rule(UDP, 'content:"secretword";', 3202)],
    dgram(b"the SecretWord is here"), {3202: 0}, WHY_NOCASE)
add("content_nocase_other_content_stays_exact_noalert", "content_nocase",
    [rule(UDP, 'content:"alpha"; nocase; content:"beta";', 3203)], dgram(b"ALPHA BETA"), {3203: 0}, WHY_NOCASE)
add("content_nocase_hex_mixed_alert", "content_nocase", [rule(UDP, 'content:"|41|dminPanel"; nocase;', 3204)],
    dgram(b"open ADMINPANEL now"), {3204: 1}, WHY_NOCASE)

# ------------------------------------------------------------------ offset / depth (datagram "ABCDE" + "MARK" + "xyz")
POS = dgram(b"ABCDEMARKxyz")
WHY_OFFSET = ('Suricata "Payload Keywords", offset: "The offset keyword designates from which byte in the payload '
              'will be checked to find a match. For instance offset:3; checks the fourth byte and further."')
WHY_DEPTH = ('Suricata "Payload Keywords", depth: "The number after depth designates how many bytes from the '
             'beginning of the payload will be checked"; with offset, "content:\\"def\\"; offset:3; depth:3;" checks '
             'from the third byte till the sixth byte (depth counts from offset).')
add("content_offset_just_inside_alert", "content_offset", [rule(UDP, 'content:"MARK"; offset:5;', 3301)], POS,
    {3301: 1}, WHY_OFFSET)
add("content_offset_outside_by_one_noalert", "content_offset", [rule(UDP, 'content:"MARK"; offset:6;', 3302)],
    POS, {3302: 0}, WHY_OFFSET)
add("content_offset_uri_outside_by_one_noalert", "content_offset",
    [rule(HTTP, 'http.uri; content:"zq"; offset:5;', 3303)], getUri("/v1/zq/list"), {3303: 0}, WHY_OFFSET)
add("content_offset_uri_just_inside_alert", "content_offset",
    [rule(HTTP, 'http.uri; content:"zq"; offset:5;', 3304)], getUri("/v12/zq/list"), {3304: 1}, WHY_OFFSET)
add("content_depth_just_inside_alert", "content_depth", [rule(UDP, 'content:"MARK"; depth:9;', 3401)], POS,
    {3401: 1}, WHY_DEPTH)
add("content_depth_short_by_one_noalert", "content_depth", [rule(UDP, 'content:"MARK"; depth:8;', 3402)], POS,
    {3402: 0}, WHY_DEPTH)
# depth must be at least the content's length (Suricata refuses "depth:3" for a 4-byte content),
# so the window is moved one byte early instead: bytes 4..7 ("EMAR") hold only "MAR".
add("content_offset_depth_short_by_one_noalert", "content_depth",
    [rule(UDP, 'content:"MARK"; offset:4; depth:4;', 3403)], POS, {3403: 0}, WHY_DEPTH)
add("content_offset_depth_exact_alert", "content_depth",
    [rule(UDP, 'content:"MARK"; offset:5; depth:4;', 3404)], POS, {3404: 1}, WHY_DEPTH)
add("content_depth_first_tcp_payload_alert", "content_depth",
    [rule(TCP, 'flow:established,to_server; content:"|01 00|"; depth:2;', 3405)],
    stream(b"\x01\x00\x00\x10zq-binary-hello"), {3405: 1}, WHY_DEPTH)
add("content_depth_first_tcp_payload_noalert", "content_depth",
    [rule(TCP, 'flow:established,to_server; content:"|01 00|"; depth:2;', 3406)],
    stream(b"\x00\x01\x00\x10zq-binary-hello"), {3406: 0}, WHY_DEPTH)

# ------------------------------------------------------------------ distance / within (datagram "AAAA" "xyz" "BBBB")
REL = dgram(b"AAAAxyzBBBB..")
WHY_DISTANCE = ('Suricata "Payload Keywords", distance: "The value you give distance, determines the byte in the '
                'payload from which will be checked for a match relative to the previous match"; "distance:5; means '
                'the pattern can be anywhere after the previous match + 5 bytes"; "Distance can also be a negative '
                'number".')
WHY_WITHIN = ('Suricata "Payload Keywords", within: "Using within makes sure there will only be a match if the '
              'content matches with the payload within the set amount of bytes" after the previous match; a '
              'content that fails its relative condition is retried at the previous content\'s next occurrence.')
add("content_distance_just_inside_alert", "content_distance",
    [rule(UDP, 'content:"AAAA"; content:"BBBB"; distance:3;', 3501)], REL, {3501: 1}, WHY_DISTANCE)
add("content_distance_outside_by_one_noalert", "content_distance",
    [rule(UDP, 'content:"AAAA"; content:"BBBB"; distance:4;', 3502)], REL, {3502: 0}, WHY_DISTANCE)
add("content_distance_negative_outside_by_one_noalert", "content_distance",
    [rule(UDP, 'content:"BBBB"; content:"zBBB"; distance:-4;', 3503)], REL, {3503: 0}, WHY_DISTANCE)
add("content_distance_negative_just_inside_alert", "content_distance",
    [rule(UDP, 'content:"BBBB"; content:"zBBB"; distance:-5;', 3504)], REL, {3504: 1}, WHY_DISTANCE)
add("content_distance_zero_order_alert", "content_distance",
    [rule(UDP, 'content:"AAAA"; content:"BBBB"; distance:0;', 3505)], REL, {3505: 1}, WHY_DISTANCE)
add("content_distance_zero_wrong_order_noalert", "content_distance",
    [rule(UDP, 'content:"BBBB"; content:"AAAA"; distance:0;', 3506)], REL, {3506: 0}, WHY_DISTANCE)
add("content_distance_uri_alert", "content_distance",
    [rule(HTTP, 'http.uri; content:"/dl/"; content:".bin"; distance:6;', 3507)], getUri("/dl/abcdef.bin"),
    {3507: 1}, WHY_DISTANCE)
add("content_distance_uri_noalert", "content_distance",
    [rule(HTTP, 'http.uri; content:"/dl/"; content:".bin"; distance:7;', 3508)], getUri("/dl/abcdef.bin"),
    {3508: 0}, WHY_DISTANCE)
add("content_within_just_inside_alert", "content_within",
    [rule(UDP, 'content:"AAAA"; content:"BBBB"; within:7;', 3601)], REL, {3601: 1}, WHY_WITHIN)
add("content_within_outside_by_one_noalert", "content_within",
    [rule(UDP, 'content:"AAAA"; content:"BBBB"; within:6;', 3602)], REL, {3602: 0}, WHY_WITHIN)
add("content_within_no_second_occurrence_noalert", "content_within",
    [rule(UDP, 'content:"AAAA"; content:"BBBB"; distance:0; within:4;', 3603)], dgram(b"AAAAxxBBBB AAAAxBBBB"),
    {3603: 0}, WHY_WITHIN)
add("content_within_retries_next_occurrence_alert", "content_within",
    [rule(UDP, 'content:"AAAA"; content:"BBBB"; distance:0; within:4;', 3604)], dgram(b"AAAAxxBBBB AAAABBBB"),
    {3604: 1}, WHY_WITHIN)
add("content_within_uri_alert", "content_within",
    [rule(HTTP, 'http.uri; content:"cmd="; content:"wget"; distance:0; within:4;', 3605)],
    getUri("/x.php?cmd=wget+http"), {3605: 1}, WHY_WITHIN)
add("content_within_uri_noalert", "content_within",
    [rule(HTTP, 'http.uri; content:"cmd="; content:"wget"; distance:0; within:4;', 3606)],
    getUri("/x.php?cmd=+wget+http"), {3606: 0}, WHY_WITHIN)

# ------------------------------------------------------------------ startswith / endswith
WHY_STARTS = ('Suricata "Payload Keywords", startswith: "It modifies the content to match exactly at the start '
              'of a buffer"; it is short hand for "depth:<length>; offset:0;".')
WHY_ENDS = ('Suricata "Payload Keywords", endswith: "It modifies the content to match exactly at the end of a '
            'buffer"; it is short hand for "isdataat:!1,relative;".')
add("content_startswith_uri_alert", "content_startswith",
    [rule(HTTP, 'http.uri; content:"/admin"; startswith;', 3701)], getUri("/admin/login.php"), {3701: 1},
    WHY_STARTS)
add("content_startswith_uri_noalert", "content_startswith",
    [rule(HTTP, 'http.uri; content:"/admin"; startswith;', 3702)], getUri("/x/admin/login.php"), {3702: 0},
    WHY_STARTS)
add("content_startswith_payload_noalert", "content_startswith",
    [rule(UDP, 'content:"CMD "; startswith;', 3703)], dgram(b" CMD run"), {3703: 0}, WHY_STARTS)
add("content_startswith_payload_alert", "content_startswith",
    [rule(UDP, 'content:"CMD "; startswith;', 3704)], dgram(b"CMD run"), {3704: 1}, WHY_STARTS)
add("content_endswith_uri_alert", "content_endswith",
    [rule(HTTP, 'http.uri; content:".exe"; endswith;', 3801)], getUri("/files/setup.exe"), {3801: 1}, WHY_ENDS)
add("content_endswith_uri_noalert", "content_endswith",
    [rule(HTTP, 'http.uri; content:".exe"; endswith;', 3802)], getUri("/files/setup.exe?dl=1"), {3802: 0},
    WHY_ENDS)
add("content_endswith_payload_noalert", "content_endswith",
    [rule(UDP, 'content:"END|0a|"; endswith;', 3803)], dgram(b"DATA END\nX"), {3803: 0}, WHY_ENDS)
add("content_endswith_payload_alert", "content_endswith",
    [rule(UDP, 'content:"END|0a|"; endswith;', 3804)], dgram(b"DATA END\n"), {3804: 1}, WHY_ENDS)
add("content_startswith_endswith_exact_alert", "content_endswith",
    [rule(HTTP, 'http.method; content:"PUT"; startswith; endswith;', 3805)],
    lambda cap: http(cap, apps.httpRequest("PUT", "/dav/x.txt", body=b"hello")), {3805: 1}, WHY_ENDS)
add("content_startswith_endswith_longer_noalert", "content_endswith",
    [rule(HTTP, 'http.method; content:"PUT"; startswith; endswith;', 3806)],
    lambda cap: http(cap, apps.httpRequest("PUTX", "/dav/x.txt", body=b"hello")), {3806: 0}, WHY_ENDS)

# ------------------------------------------------------------------ negated content
WHY_NEG = ('Suricata "Payload Keywords", content: "It is possible to use the ! for exceptions in contents"; '
           'content:!"Firefox/3.6.13" means "an alert will be generated if the used version of Firefox is not '
           '3.6.13"; a negated content with distance/within is checked relative to the previous match.')
add("content_negated_absolute_alert", "content_negated",
    [rule(HTTP, 'http.user_agent; content:"curl/"; content:!"7.88";', 3901)], getUa("curl/8.1.2"), {3901: 1},
    WHY_NEG)
add("content_negated_absolute_noalert", "content_negated",
    [rule(HTTP, 'http.user_agent; content:"curl/"; content:!"7.88";', 3902)], getUa("curl/7.88.1"), {3902: 0},
    WHY_NEG)
add("content_negated_relative_noalert", "content_negated",
    [rule(HTTP, 'http.uri; content:"user="; content:!"admin"; distance:0; within:5;', 3903)],
    getUri("/login?user=admin&x=1"), {3903: 0}, WHY_NEG)
add("content_negated_relative_alert", "content_negated",
    [rule(HTTP, 'http.uri; content:"user="; content:!"admin"; distance:0; within:5;', 3904)],
    getUri("/login?user=guest&next=admin"), {3904: 1}, WHY_NEG)
add("content_negated_only_noalert", "content_negated",
    [rule(UDP, 'content:"HELO"; content:!"zq-allowed";', 3905)], dgram(b"HELO zq-allowed"), {3905: 0}, WHY_NEG)
add("content_negated_only_alert", "content_negated",
    [rule(UDP, 'content:"HELO"; content:!"zq-allowed";', 3906)], dgram(b"HELO zq-other"), {3906: 1}, WHY_NEG)

# ------------------------------------------------------------------ isdataat
WHY_ISDATAAT = ('Suricata "Payload Keywords", isdataat: "look if there is still data at a specific part of the '
                'payload"; "isdataat:50, relative" checks for data 50 bytes after the last match; "You can also use '
                'the negation (!) before isdataat" (endswith is isdataat:!1,relative). Boundaries are kept two or '
                'more bytes away here except for the !1,relative form.')
add("isdataat_absolute_alert", "isdataat", [rule(UDP, 'content:"PING"; isdataat:9;', 4001)],
    dgram(b"PING 123456789"), {4001: 1}, WHY_ISDATAAT)
add("isdataat_absolute_noalert", "isdataat", [rule(UDP, 'content:"PING"; isdataat:20;', 4002)],
    dgram(b"PING 123456789"), {4002: 0}, WHY_ISDATAAT)
add("isdataat_relative_noalert", "isdataat", [rule(UDP, 'content:"KEY="; isdataat:8,relative;', 4003)],
    dgram(b"xxKEY=abcde"), {4003: 0}, WHY_ISDATAAT)
add("isdataat_relative_alert", "isdataat", [rule(UDP, 'content:"KEY="; isdataat:3,relative;', 4004)],
    dgram(b"xxKEY=abcde"), {4004: 1}, WHY_ISDATAAT)
add("isdataat_negated_relative_end_alert", "isdataat",
    [rule(HTTP, 'http.uri; content:".php"; isdataat:!1,relative;', 4005)], getUri("/shell.php"), {4005: 1},
    WHY_ISDATAAT)
add("isdataat_negated_relative_more_noalert", "isdataat",
    [rule(HTTP, 'http.uri; content:".php"; isdataat:!1,relative;', 4006)], getUri("/shell.php?a"), {4006: 0},
    WHY_ISDATAAT)

# ------------------------------------------------------------------ bsize
WHY_BSIZE = ('Suricata "Payload Keywords", bsize: "you can match on the length of the buffer"; "if no operator is '
             'present, the operator will default to \'=\'"; <, >, and lo<>hi ranges compare the buffer length.')
add("bsize_exact_alert", "bsize", [rule(HTTP, 'http.uri; content:"/login"; bsize:6;', 4101)], getUri("/login"),
    {4101: 1}, WHY_BSIZE)
add("bsize_exact_longer_by_one_noalert", "bsize", [rule(HTTP, 'http.uri; content:"/login"; bsize:6;', 4102)],
    getUri("/login2"), {4102: 0}, WHY_BSIZE)
add("bsize_greater_noalert", "bsize", [rule("dns any any -> any any", 'dns.query; content:"example"; bsize:>20;',
                                            4103)], lambda cap: dns(cap, "a.example.com"), {4103: 0}, WHY_BSIZE)
add("bsize_range_alert", "bsize", [rule("dns any any -> any any", 'dns.query; content:"example"; bsize:10<>20;',
                                        4104)], lambda cap: dns(cap, "a.example.com"), {4104: 1}, WHY_BSIZE)
add("bsize_less_alert", "bsize", [rule(HTTP, 'http.user_agent; content:"Go-http"; bsize:<30;', 4105)],
    getUa("Go-http-client/1.1"), {4105: 1}, WHY_BSIZE)
add("bsize_less_noalert", "bsize", [rule(HTTP, 'http.user_agent; content:"Go-http"; bsize:<10;', 4106)],
    getUa("Go-http-client/1.1"), {4106: 0}, WHY_BSIZE)

# ------------------------------------------------------------------ pcre
WHY_PCRE = ('Suricata "Payload Keywords", pcre: "The keyword pcre matches specific on regular expressions"; in a '
            'sticky buffer it inspects that buffer; by default case-sensitive and "the payload will be inspected as '
            'one line".')
WHY_PCRE_R = ('Suricata "Payload Keywords", pcre modifiers: "R: Match relative to the last pattern match. It is '
              'similar to distance:0;" (so ^ anchors where the previous match ended).')
WHY_PCRE_FLAGS = ('Suricata "Payload Keywords", pcre: "i pcre is case insensitive", "s pcre does check newline '
                  'characters"; "The . (dot) ... matches on every byte except for newline characters" without s.')
WHY_PCRE_NEG = ('Suricata "Payload Keywords": pcre can be negated with "!" like content (pcre:!"/.../"); the rule '
                'then matches only when the expression does not match the buffer.')
add("pcre_absolute_uri_alert", "pcre_absolute",
    [rule(HTTP, r'http.uri; content:"/api/"; pcre:"/^\/api\/v[0-9]+\/exec$/";', 4201)], getUri("/api/v2/exec"),
    {4201: 1}, WHY_PCRE)
add("pcre_absolute_uri_noalert", "pcre_absolute",
    [rule(HTTP, r'http.uri; content:"/api/"; pcre:"/^\/api\/v[0-9]+\/exec$/";', 4202)], getUri("/api/vX/exec"),
    {4202: 0}, WHY_PCRE)
add("pcre_absolute_payload_noalert", "pcre_absolute", [rule(UDP, r'content:"ID="; pcre:"/ID=[0-9]{6}\x3b/";', 4203)],
    dgram(b"REQ ID=12345; end"), {4203: 0}, WHY_PCRE)
add("pcre_absolute_payload_alert", "pcre_absolute", [rule(UDP, r'content:"ID="; pcre:"/ID=[0-9]{6}\x3b/";', 4204)],
    dgram(b"REQ ID=123456; end"), {4204: 1}, WHY_PCRE)
add("pcre_only_no_content_alert", "pcre_absolute", [rule(UDP, r'pcre:"/^PIN[0-9]{4}$/";', 4205)],
    dgram(b"PIN4821"), {4205: 1}, WHY_PCRE)
add("pcre_only_no_content_noalert", "pcre_absolute", [rule(UDP, r'pcre:"/^PIN[0-9]{4}$/";', 4206)],
    dgram(b"PIN48210"), {4206: 0}, WHY_PCRE)
add("pcre_relative_alert", "pcre_relative", [rule(HTTP, r'http.uri; content:"id="; pcre:"/^[0-9]{4}&/R";', 4301)],
    getUri("/q?id=1234&x=1"), {4301: 1}, WHY_PCRE_R)
add("pcre_relative_anchor_noalert", "pcre_relative",
    [rule(HTTP, r'http.uri; content:"id="; pcre:"/^[0-9]{4}&/R";', 4302)], getUri("/q?id=x1234&x=1"), {4302: 0},
    WHY_PCRE_R)
add("pcre_relative_before_match_noalert", "pcre_relative",
    [rule(UDP, r'content:"LEN:"; pcre:"/[A-Z]{5}/R";', 4303)], dgram(b"HEADER LEN: 42 ok"), {4303: 0}, WHY_PCRE_R)
add("pcre_relative_after_match_alert", "pcre_relative",
    [rule(UDP, r'content:"LEN:"; pcre:"/[A-Z]{5}/R";', 4304)], dgram(b"LEN: 42 TRAIL"), {4304: 1}, WHY_PCRE_R)
add("pcre_flag_i_alert", "pcre_flags", [rule(UDP, r'content:"token"; nocase; pcre:"/token=[a-f]{4}/i";', 4401)],
    dgram(b"TOKEN=ABCD"), {4401: 1}, WHY_PCRE_FLAGS)
add("pcre_without_i_noalert", "pcre_flags", [rule(UDP, r'content:"token"; nocase; pcre:"/token=[a-f]{4}/";', 4402)],
    dgram(b"TOKEN=ABCD"), {4402: 0}, WHY_PCRE_FLAGS)
add("pcre_without_s_noalert", "pcre_flags", [rule(UDP, r'content:"BEGIN"; pcre:"/BEGIN.+END/";', 4403)],
    dgram(b"BEGIN\nEND"), {4403: 0}, WHY_PCRE_FLAGS)
add("pcre_flag_s_alert", "pcre_flags", [rule(UDP, r'content:"BEGIN"; pcre:"/BEGIN.+END/s";', 4404)],
    dgram(b"BEGIN\nEND"), {4404: 1}, WHY_PCRE_FLAGS)
add("pcre_negated_alert", "pcre_negated",
    [rule(HTTP, r'http.user_agent; content:"Agent"; pcre:!"/bot|crawler/i";', 4501)], getUa("MyAgent 1.0"),
    {4501: 1}, WHY_PCRE_NEG)
add("pcre_negated_noalert", "pcre_negated",
    [rule(HTTP, r'http.user_agent; content:"Agent"; pcre:!"/bot|crawler/i";', 4502)],
    getUa("MyAgent Crawler 1.0"), {4502: 0}, WHY_PCRE_NEG)
add("pcre_negated_uri_noalert", "pcre_negated",
    [rule(HTTP, r'http.uri; content:".php"; pcre:!"/\.php\?.*token=/";', 4503)],
    getUri("/a.php?x=1&token=9"), {4503: 0}, WHY_PCRE_NEG)
add("pcre_negated_uri_alert", "pcre_negated",
    [rule(HTTP, r'http.uri; content:".php"; pcre:!"/\.php\?.*token=/";', 4504)], getUri("/a.php?x=1"),
    {4504: 1}, WHY_PCRE_NEG)

# ------------------------------------------------------------------ byte_test / byte_jump
WHY_BT = ('Suricata "Payload Keywords", byte_test: "extracts <num of bytes> and performs an operation selected with '
          '<operator> against the value in <test value> at a particular <offset>"; relative is "Offset relative to '
          'last content match"; big endian unless "little"; "string, dec" converts decimal text.')
WHY_BJ = ('Suricata "Payload Keywords", byte_jump: "select a <num of bytes> from an <offset> and moves the detection '
          'pointer to that position. Content matches will then be based off the new position" (the jump starts '
          'after the bytes read).')


def binmsg(value_bytes, tail=b"rest"):
    return dgram(b"\xab\xcd" + value_bytes + tail)


add("byte_test_greater_alert", "byte_test", [rule(UDP, 'content:"|AB CD|"; byte_test:2,>,1000,0,relative;', 4601)],
    binmsg(struct.pack(">H", 1001)), {4601: 1}, WHY_BT)
add("byte_test_greater_equal_value_noalert", "byte_test",
    [rule(UDP, 'content:"|AB CD|"; byte_test:2,>,1000,0,relative;', 4602)], binmsg(struct.pack(">H", 1000)),
    {4602: 0}, WHY_BT)
add("byte_test_little_endian_noalert", "byte_test",
    [rule(UDP, 'content:"|AB CD|"; byte_test:2,=,0x0102,0,relative,little;', 4603)], binmsg(b"\x01\x02"),
    {4603: 0}, WHY_BT)
add("byte_test_little_endian_alert", "byte_test",
    [rule(UDP, 'content:"|AB CD|"; byte_test:2,=,0x0102,0,relative,little;', 4604)], binmsg(b"\x02\x01"),
    {4604: 1}, WHY_BT)
add("byte_test_bitmask_and_alert", "byte_test", [rule(UDP, 'content:"|AB CD|"; byte_test:1,&,0x80,2;', 4605)],
    binmsg(b"\x81\x00"), {4605: 1}, WHY_BT)
add("byte_test_bitmask_and_noalert", "byte_test", [rule(UDP, 'content:"|AB CD|"; byte_test:1,&,0x80,2;', 4606)],
    binmsg(b"\x7f\x00"), {4606: 0}, WHY_BT)
add("byte_test_string_dec_noalert", "byte_test",
    [rule(UDP, 'content:"LEN="; byte_test:3,>=,500,0,relative,string,dec;', 4607)], dgram(b"LEN=499;"), {4607: 0},
    WHY_BT)
add("byte_test_string_dec_alert", "byte_test",
    [rule(UDP, 'content:"LEN="; byte_test:3,>=,500,0,relative,string,dec;', 4608)], dgram(b"LEN=500;"), {4608: 1},
    WHY_BT)
add("byte_jump_lands_on_marker_alert", "byte_jump",
    [rule(UDP, 'content:"|AB CD|"; byte_jump:1,0,relative; content:"MARK"; within:4;', 4701)],
    binmsg(b"\x03xyz", b"MARKtail"), {4701: 1}, WHY_BJ)
add("byte_jump_short_by_one_noalert", "byte_jump",
    [rule(UDP, 'content:"|AB CD|"; byte_jump:1,0,relative; content:"MARK"; within:4;', 4702)],
    binmsg(b"\x02xyz", b"MARKtail"), {4702: 0}, WHY_BJ)
add("byte_jump_string_dec_noalert", "byte_jump",
    [rule(UDP, 'content:"SIZE "; byte_jump:2,0,relative,string,dec; content:"TAIL"; within:4;', 4703)],
    dgram(b"SIZE 04abcdeTAIL"), {4703: 0}, WHY_BJ)
add("byte_jump_string_dec_alert", "byte_jump",
    [rule(UDP, 'content:"SIZE "; byte_jump:2,0,relative,string,dec; content:"TAIL"; within:4;', 4704)],
    dgram(b"SIZE 05abcdeTAIL"), {4704: 1}, WHY_BJ)

# ------------------------------------------------------------------ fast_pattern
WHY_FP = ('Suricata "Prefiltering Keywords", fast_pattern: the fast pattern only selects which rules are evaluated; '
          '"fast_pattern:only" may be used when the rule has that single content; "fast_pattern:<offset>,<length>" '
          'uses a part (chop) of the content for the prefilter, and the full content must still match.')
FP_RULE = 'flow:established,to_server; content:"GET"; content:"/zq-fp-cmd.php"; fast_pattern; content:"debug=1";'
add("fast_pattern_explicit_alert", "fast_pattern", [rule(TCP, FP_RULE, 4801)],
    stream(b"GET /zq-fp-cmd.php?debug=1 HTTP/1.0\r\n\r\n", 9000), {4801: 1}, WHY_FP)
add("fast_pattern_other_content_missing_noalert", "fast_pattern", [rule(TCP, FP_RULE, 4802)],
    stream(b"GET /zq-fp-cmd.php?debug=0 HTTP/1.0\r\n\r\n", 9000), {4802: 0}, WHY_FP)
add("fast_pattern_chopped_partial_noalert", "fast_pattern",
    [rule(UDP, 'content:"zq-fp-chopped-long-token"; fast_pattern:3,7;', 4803)], dgram(b"xx-fp-chopped-short"),
    {4803: 0}, WHY_FP)
add("fast_pattern_chopped_full_alert", "fast_pattern",
    [rule(UDP, 'content:"zq-fp-chopped-long-token"; fast_pattern:3,7;', 4804)],
    dgram(b"<zq-fp-chopped-long-token>"), {4804: 1}, WHY_FP)
add("fast_pattern_only_alert", "fast_pattern", [rule(UDP, 'content:"zq-fp-only-token"; fast_pattern:only;', 4805)],
    dgram(b"a zq-fp-only-token b"), {4805: 1}, WHY_FP)
add("fast_pattern_only_noalert", "fast_pattern",
    [rule(UDP, 'content:"zq-fp-only-token"; fast_pattern:only;', 4806)], dgram(b"a zq-fp-only-toke b"), {4806: 0},
    WHY_FP)
add("fast_pattern_nocase_alert", "fast_pattern",
    [rule(HTTP, 'http.uri; content:"/zq-fp/"; content:"UPLOAD"; nocase; fast_pattern;', 4807)],
    getUri("/zq-fp/upload.cgi"), {4807: 1}, WHY_FP)
add("fast_pattern_on_short_content_noalert", "fast_pattern",
    [rule(HTTP, 'http.uri; content:"/zq-fp-long-path/"; content:"go"; fast_pattern;', 4808)],
    getUri("/zq-fp-long-path/stop"), {4808: 0}, WHY_FP)
