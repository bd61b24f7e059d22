"""Keyword forms the stop-28 ET Open sample loads that no case pinned down yet:
byte_test with a negated operator (`!&`, GPL NETBIOS rules), byte_jump with
post_offset (RDP rules) and from_beginning (SMB AndX rules), urilen with a
range operator (`urilen:>31`, ADWARE_PUP), and a destination list mixing a
negated address with a variable (`[!224.0.0.1,$EXTERNAL_NET]`, NAT-PMP rule).
Each has a must-alert and a must-not-alert case at the boundary.
"""
import struct

from . import apps, net
from .case import CLIENT_IP, SERVER_IP, Case, http, rule, udp

CASES = []

UDP = "udp any any -> any any"
HTTP = "http any any -> any any"


def add(name, cls, rules, traffic, alerts, why, vars=None):
    CASES.append(Case(name, cls, rules, traffic, alerts, why, vars or {}))


def dgram(payload):
    return lambda cap: udp(cap, [(True, payload)])


# ------------------------------------------------------------------ byte_test, negated operator
WHY_BT_NOT = ('Suricata "Payload Keywords", byte_test format "byte_test:<num of bytes>, [!]<operator>, <test value>, '
              '<offset>": a leading ! negates the operator, so `!&,0x80` holds when the extracted value has bit 0x80 '
              'clear and `!=` when it differs from the test value.')
BT = 'content:"|AB CD|"; byte_test:1,!&,0x80,0,relative;'
add("byte_test_negated_and_bit_clear_alert", "byte_test_negated", [rule(UDP, BT, 28001)],
    dgram(b"\xab\xcd\x7f rest"), {28001: 1}, WHY_BT_NOT)
add("byte_test_negated_and_bit_set_noalert", "byte_test_negated", [rule(UDP, BT, 28002)],
    dgram(b"\xab\xcd\x80 rest"), {28002: 0}, WHY_BT_NOT)
BT_NE = 'content:"LEN"; byte_test:2,!=,0x0100,0,relative;'
add("byte_test_not_equal_other_value_alert", "byte_test_negated", [rule(UDP, BT_NE, 28003)],
    dgram(b"LEN" + struct.pack(">H", 0x0101) + b"tail"), {28003: 1}, WHY_BT_NOT)
add("byte_test_not_equal_same_value_noalert", "byte_test_negated", [rule(UDP, BT_NE, 28004)],
    dgram(b"LEN" + struct.pack(">H", 0x0100) + b"tail"), {28004: 0}, WHY_BT_NOT)

# ------------------------------------------------------------------ byte_jump post_offset / from_beginning
WHY_BJ_POST = ('Suricata "Payload Keywords", byte_jump: the pointer moves on from the end of the bytes read by the '
               'value read; [post_offset] <value>: "After the jump operation has been performed, it will jump an '
               'additional number of bytes specified by <value>" (a negative value moves it back).')
# |AB CD| at 0-1; the length byte at 2 is 4: the jump lands on 3 + 4 = 7, post_offset -2 moves it to 5.
BJ_POST = 'content:"|AB CD|"; byte_jump:1,0,relative,post_offset -2; content:"MK"; within:2;'
add("byte_jump_post_offset_back_two_alert", "byte_jump_post_offset", [rule(UDP, BJ_POST, 28011)],
    dgram(b"\xab\xcd\x04xxMKyyyy"), {28011: 1}, WHY_BJ_POST)
add("byte_jump_post_offset_marker_at_plain_jump_noalert", "byte_jump_post_offset", [rule(UDP, BJ_POST, 28012)],
    dgram(b"\xab\xcd\x04xxxxMKyy"), {28012: 0}, WHY_BJ_POST)
# post_offset forward: the byte at 2 is 2, the jump lands on 3 + 2 = 5, post_offset 3 moves it to 8.
BJ_POST_FWD = 'content:"|AB CD|"; byte_jump:1,0,relative,post_offset 3; content:"MK"; within:2;'
add("byte_jump_post_offset_forward_three_alert", "byte_jump_post_offset", [rule(UDP, BJ_POST_FWD, 28013)],
    dgram(b"\xab\xcd\x02xxyyyMKzz"), {28013: 1}, WHY_BJ_POST)
add("byte_jump_post_offset_forward_marker_at_plain_jump_noalert", "byte_jump_post_offset",
    [rule(UDP, BJ_POST_FWD, 28014)], dgram(b"\xab\xcd\x02xxMKyyyy"), {28014: 0}, WHY_BJ_POST)

WHY_BJ_BEGIN = ('Suricata "Payload Keywords", byte_jump: [from_beginning] "Jumps forward from the beginning of the '
                'packet, instead of where the detection pointer is set".')
# The byte at offset 2 is 6: from the beginning the pointer lands on 6, not on 3 + 6 = 9.
BJ_BEGIN = 'content:"|AB CD|"; byte_jump:1,2,from_beginning; content:"MK"; within:2;'
add("byte_jump_from_beginning_alert", "byte_jump_from_beginning", [rule(UDP, BJ_BEGIN, 28021)],
    dgram(b"\xab\xcd\x06xxxMKyyyy"), {28021: 1}, WHY_BJ_BEGIN)
add("byte_jump_from_beginning_marker_after_read_noalert", "byte_jump_from_beginning", [rule(UDP, BJ_BEGIN, 28022)],
    dgram(b"\xab\xcd\x06xxxyyyMKyy"), {28022: 0}, WHY_BJ_BEGIN)
# relative read, jump from the beginning (the SMB AndX form): LEN ends at 5, the byte there is 9, the pointer lands on 9.
BJ_BEGIN_REL = 'content:"LEN"; byte_jump:1,0,relative,from_beginning; content:"MK"; within:2;'
add("byte_jump_from_beginning_relative_read_alert", "byte_jump_from_beginning", [rule(UDP, BJ_BEGIN_REL, 28023)],
    dgram(b"xxLEN\x09abcMKzzzz"), {28023: 1}, WHY_BJ_BEGIN)
add("byte_jump_from_beginning_relative_read_marker_after_read_noalert", "byte_jump_from_beginning",
    [rule(UDP, BJ_BEGIN_REL, 28024)], dgram(b"xxLEN\x09abcdefghiMKzz"), {28024: 0}, WHY_BJ_BEGIN)

# ------------------------------------------------------------------ urilen with a range operator
WHY_URILEN = ('Suricata "HTTP Keywords", urilen: "match on the exact, minimum or maximum length of the URI"; '
              '"urilen:>10" matches a URI longer than 10 bytes and "urilen:<8" one shorter than 8 (strict).')
UL = 'flow:established,to_server; urilen:>10; http.uri; content:"/zq-ul/";'
add("urilen_greater_eleven_alert", "urilen", [rule(HTTP, UL, 28031)],
    lambda cap: http(cap, apps.httpRequest("GET", "/zq-ul/abcd")), {28031: 1}, WHY_URILEN)
add("urilen_greater_exactly_ten_noalert", "urilen", [rule(HTTP, UL, 28032)],
    lambda cap: http(cap, apps.httpRequest("GET", "/zq-ul/abc")), {28032: 0}, WHY_URILEN)
UL_LT = 'flow:established,to_server; urilen:<8; http.uri; content:"/zq-u";'
add("urilen_less_six_alert", "urilen", [rule(HTTP, UL_LT, 28033)],
    lambda cap: http(cap, apps.httpRequest("GET", "/zq-ul")), {28033: 1}, WHY_URILEN)
add("urilen_less_exactly_eight_noalert", "urilen", [rule(HTTP, UL_LT, 28034)],
    lambda cap: http(cap, apps.httpRequest("GET", "/zq-ul/x")), {28034: 0}, WHY_URILEN)

# ------------------------------------------------------------------ negated address beside a variable
WHY_LIST = ('Suricata "Rules Format", source and destination: addresses can be grouped in a list with "[..]" and an '
            'item negated with "!"; "[!224.0.0.1,$EXTERNAL_NET]" is every $EXTERNAL_NET address except 224.0.0.1.')
HOME = {"HOME_NET": ["192.0.2.0/24"], "EXTERNAL_NET": ["!$HOME_NET"]}
NATPMP = 'dsize:12; content:"|80 00 00|"; offset:1; depth:3;'
REPLY = b"\x00\x80\x00\x00" + b"\x00" * 8   # a 12-byte NAT-PMP external address reply


def natpmpReply(dst):
    def traffic(cap):
        conv = net.UdpConversation(cap, (CLIENT_IP, 5351), (dst, 40000 + cap.conversations))
        conv.toServer(REPLY)
    return traffic


HDR = "udp $HOME_NET 5351 -> [!224.0.0.1,$EXTERNAL_NET] any"
add("address_list_negated_item_with_var_external_alert", "address_list_negated_var", [rule(HDR, NATPMP, 28041)],
    natpmpReply(SERVER_IP), {28041: 1}, WHY_LIST, HOME)
add("address_list_negated_item_with_var_excluded_noalert", "address_list_negated_var", [rule(HDR, NATPMP, 28042)],
    natpmpReply("224.0.0.1"), {28042: 0}, WHY_LIST, HOME)

SRC = 'content:"zq-neg-src";'


def fromClient(client):
    return lambda cap: udp(cap, [(True, b"zq-neg-src probe")], client_ip=client)


SRC_HDR = "udp [!192.0.2.99,$HOME_NET] any -> any any"
add("address_list_negated_item_with_var_source_alert", "address_list_negated_var", [rule(SRC_HDR, SRC, 28043)],
    fromClient(CLIENT_IP), {28043: 1}, WHY_LIST, HOME)
add("address_list_negated_item_with_var_source_excluded_noalert", "address_list_negated_var",
    [rule(SRC_HDR, SRC, 28044)], fromClient("192.0.2.99"), {28044: 0}, WHY_LIST, HOME)
