"""base64_decode / base64_data cases: the decode's start (offset, relative to the
previous match), its length (bytes), RFC 4648's stop at the first byte outside the
alphabet, positions inside the decoded data, a sticky buffer as the source, and
direction. Raw-payload cases use UDP (the inspected buffer is exactly the datagram)."""
import base64

from . import apps
from .case import Case, http, rule, tcp, udp

CASES = []
UDP = "udp any any -> any any"
TCP = "tcp any any -> any any"
HTTP = "http any any -> any any"
B = "base64"

WHY = ('Suricata "Base64 keywords": base64_decode "Decodes base64 data from a buffer and makes it available for '
       'the base64_data function"; "The bytes option specifies how many bytes Suricata should decode"; "The offset '
       'option specifies how many bytes Suricata should skip before decoding ... relative to the start of the '
       'payload buffer if the relative is not set"; "The relative option makes the decoding start relative to the '
       'previous content match"; it "follows RFC 4648 by default i.e. encounter with any character that is not '
       'found in the base64 alphabet leads to rejection of that character and the rest of the string"; '
       'base64_data "is a sticky buffer. Enables content matching on the data previously decoded by '
       'base64_decode". "Both keywords must be used in order to generate an alert."')


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, B, rules, traffic, alerts, WHY))


def b64(data):
    text = base64.b64encode(data)
    assert not text.endswith(b"="), "cases keep to whole 4-character groups"
    return text


def dgram(payload):
    return lambda cap: udp(cap, [(True, payload)])


SECRET = b"zq-exfil:SECRETVALUE!"  # 21 bytes: 28 characters, no padding
MISALIGNED = b64(SECRET)[1:]
assert b"SECRETVALUE" not in base64.b64decode(MISALIGNED[:24])  # decoding from the 2nd character is other bytes
assert b"+" not in b64(b"c:\\cmd.exe /c x") and b"/" not in b64(b"c:\\notepad.exe /cx")  # plain URI characters

R_REL = 'content:"data="; base64_decode:relative; base64_data; content:"SECRETVALUE";'
add("base64_relative_after_content_alert", [rule(UDP, R_REL, 9101)],
    dgram(b"POST data=" + b64(SECRET) + b" end"), {9101: 1})
add("base64_decoded_text_differs_noalert", [rule(UDP, R_REL, 9102)],
    dgram(b"POST data=" + b64(b"zq-exfil:PUBLICVALUE!") + b" end"), {9102: 0})
add("base64_relative_content_after_the_text_noalert", [rule(UDP, R_REL, 9103)],
    dgram(b"POST " + b64(SECRET) + b" data=&"), {9103: 0})
# the text is not base64 here: only its decoded form is inspected by base64_data
add("base64_plain_text_is_not_decoded_data_noalert", [rule(UDP, R_REL, 9104)],
    dgram(b"POST data=SECRETVALUE end"), {9104: 0})

# offset (absolute): 4 bytes of junk precede the text
add("base64_offset_on_text_start_alert",
    [rule(UDP, 'content:"JUNK"; depth:4; base64_decode:offset 4; base64_data; content:"SECRETVALUE";', 9105)],
    dgram(b"JUNK" + b64(SECRET)), {9105: 1})
add("base64_offset_one_past_text_start_noalert",
    [rule(UDP, 'content:"JUNK"; depth:4; base64_decode:offset 5; base64_data; content:"SECRETVALUE";', 9106)],
    dgram(b"JUNK" + b64(SECRET)), {9106: 0})
# offset with relative: skip 2 bytes after the previous match
add("base64_relative_offset_skips_separator_alert",
    [rule(UDP, 'content:"data"; base64_decode:offset 2, relative; base64_data; content:"SECRETVALUE";', 9107)],
    dgram(b"data:=" + b64(SECRET)), {9107: 1})
add("base64_relative_offset_too_short_noalert",
    [rule(UDP, 'content:"data"; base64_decode:offset 1, relative; base64_data; content:"SECRETVALUE";', 9108)],
    dgram(b"data:=" + b64(SECRET)), {9108: 0})

# bytes: "zq-exfil:" is 9 bytes (12 characters); SECRETVALUE ends at byte 20, i.e. within 28 characters
add("base64_bytes_cover_the_needle_alert",
    [rule(UDP, 'content:"data="; base64_decode:bytes 28, relative; base64_data; content:"SECRETVALUE";', 9109)],
    dgram(b"data=" + b64(SECRET)), {9109: 1})
add("base64_bytes_stop_before_needle_end_noalert",
    [rule(UDP, 'content:"data="; base64_decode:bytes 24, relative; base64_data; content:"SECRETVALUE!";', 9110)],
    dgram(b"data=" + b64(SECRET)), {9110: 0})

# RFC 4648: a byte outside the alphabet ends the decoded data
HEAD = b64(b"abc")  # one whole group
add("base64_two_groups_contiguous_alert",
    [rule(UDP, 'content:"data="; base64_decode:relative; base64_data; content:"SECRETVALUE";', 9111)],
    dgram(b"data=" + HEAD + b64(SECRET)), {9111: 1})
add("base64_invalid_byte_ends_decoding_noalert",
    [rule(UDP, 'content:"data="; base64_decode:relative; base64_data; content:"SECRETVALUE";', 9112)],
    dgram(b"data=" + HEAD + b"!" + b64(SECRET)), {9112: 0})

# positions in base64_data count from the decoded data's start
add("base64_data_depth_inside_alert",
    [rule(UDP, 'content:"data="; base64_decode:relative; base64_data; content:"zq-exfil"; depth:8;', 9113)],
    dgram(b"data=" + b64(SECRET)), {9113: 1})
add("base64_data_offset_past_match_noalert",
    [rule(UDP, 'content:"data="; base64_decode:relative; base64_data; content:"zq-exfil"; offset:1;', 9114)],
    dgram(b"data=" + b64(SECRET)), {9114: 0})
add("base64_data_relative_within_alert",
    [rule(UDP, 'content:"data="; base64_decode:relative; base64_data; content:"zq-exfil:"; '
               'content:"SECRET"; distance:0; within:6;', 9115)],
    dgram(b"data=" + b64(SECRET)), {9115: 1})
add("base64_data_relative_within_short_by_one_noalert",
    [rule(UDP, 'content:"data="; base64_decode:relative; base64_data; content:"zq-exfil"; '
               'content:"SECRET"; distance:0; within:6;', 9116)],
    dgram(b"data=" + b64(SECRET)), {9116: 0})

# a sticky buffer as the source; direction
URI_RULE = ('flow:established,to_server; http.uri; content:"q="; base64_decode:relative; base64_data; '
            'content:"cmd.exe";')
add("base64_in_http_uri_alert", [rule(HTTP, URI_RULE, 9117)],
    lambda cap: http(cap, apps.httpRequest("GET", "/run?q=" + b64(b"c:\\cmd.exe /c x").decode())), {9117: 1})
add("base64_in_http_uri_other_text_noalert", [rule(HTTP, URI_RULE, 9118)],
    lambda cap: http(cap, apps.httpRequest("GET", "/run?q=" + b64(b"c:\\notepad.exe /cx").decode())), {9118: 0})
TO_SERVER = 'flow:established,to_server; content:"data="; base64_decode:relative; base64_data; content:"SECRETVALUE";'
add("base64_to_server_sent_by_client_alert", [rule(TCP, TO_SERVER, 9119)],
    lambda cap: tcp(cap, [(True, b"data=" + b64(SECRET) + b"\r\n"), (False, b"OK\r\n")]), {9119: 1})
add("base64_to_server_sent_by_server_noalert", [rule(TCP, TO_SERVER, 9120)],
    lambda cap: tcp(cap, [(True, b"HELLO\r\n"), (False, b"data=" + b64(SECRET) + b"\r\n")]), {9120: 0})
