"""Payload content of a `tcp` rule split across TCP segments. Suricata inspects a
tcp rule's payload keywords on the packet and on the reassembled stream, so
"zq-who" + "ami" matches content:"zq-whoami" (its developer guide, "Inspection of
raw stream data": 100 bytes may arrive 1 byte a segment; reassembly exists so
that small segments do not evade inspection); `tcp-pkt` rules see single
packets only. tapwatch retries a failed payload chain on the direction's last
bytes (a look-back window) joined to the segment, for chains whose meaning does
not depend on where the buffer starts (sensor/detect/rule_stream_lookback.h).
The cases keep pieces short and put the fast pattern (the longest content, or
the one marked fast_pattern) in or across the last segment."""
from . import net
from .case import CLIENT_IP, Case, clientPort, rule

CASES = []
WHY = ('Suricata "Rules Format", protocol: "tcp" rules match payload on packets and on the reassembled stream '
       '("tcp-stream" only the stream); developer guide "Inspection of raw stream data": stream reassembly keeps '
       'segmentation from evading inspection, so a content split over two segments of one direction matches, '
       'and pieces with other bytes between them, or in opposite directions, do not.')
WHY_PKT = ('Suricata "Rules Format", protocol: "tcp-pkt" matches content "only against individual TCP packets": '
           'a tcp-pkt rule does not see a pattern split across two segments.')


def add(name, cls, rules, traffic, alerts, why=WHY):
    CASES.append(Case(name, cls, rules, traffic, alerts, why))


def conversation(*segments):
    """segments: (to_server, bytes) in order, on one TCP connection to port 9000."""
    def traffic(cap):
        conv = net.TcpConversation(cap, (CLIENT_IP, clientPort(cap)), ("198.51.100.20", 9000))
        for to_server, data in segments:
            conv.send(to_server, data)
        conv.close()
        return conv
    return traffic


def toClient(*pieces):
    return conversation((True, b"HELLO\r\n"), *[(False, p) for p in pieces])


C = "stream_split_content"
WHOAMI = 'flow:established,to_client; content:"zq-whoami";'
add("split_two_segments_alert", C, [rule("tcp any any -> any any", WHOAMI, 28201)],
    toClient(b"uid=0 zq-who", b"ami\r\n"), {28201: 1})
add("split_three_segments_alert", C, [rule("tcp any any -> any any", WHOAMI, 28202)],
    toClient(b"zq-", b"who", b"ami\r\n"), {28202: 1})
add("split_tcp_stream_header_alert", C, [rule("tcp-stream any any -> any any", WHOAMI, 28203)],
    toClient(b"zq-whoa", b"mi\r\n"), {28203: 1})
add("split_with_bytes_between_noalert", C, [rule("tcp any any -> any any", WHOAMI, 28204)],
    toClient(b"zq-who", b"-ami\r\n"), {28204: 0})
add("split_opposite_directions_noalert", C, [rule("tcp any any -> any any", 'content:"zq-whoami";', 28205)],
    conversation((True, b"zq-who"), (False, b"ami\r\n")), {28205: 0})
add("whole_then_unrelated_segment_alerts_once", C, [rule("tcp any any -> any any", WHOAMI, 28206)],
    toClient(b"zq-whoami\r\n", b"uptime 3 days\r\n"), {28206: 1})
add("whole_twice_in_two_segments_alerts_twice", C, [rule("tcp any any -> any any", WHOAMI, 28207)],
    toClient(b"zq-whoami\r\n", b"again zq-whoami\r\n"), {28207: 2})
add("split_tcp_pkt_unanchored_noalert", C, [rule("tcp-pkt any any -> any any", WHOAMI, 28208)],
    toClient(b"uid=0 zq-who", b"ami\r\n"), {28208: 0}, WHY_PKT)

D = "stream_split_chain"
PAIR = 'flow:established,to_server; content:"zq-user="; content:"admin-zq"; fast_pattern; distance:0; within:12;'
add("chain_pieces_in_two_segments_alert", D, [rule("tcp any any -> any any", PAIR, 28211)],
    conversation((True, b"GETCFG zq-user="), (True, b"admin-zq;\r\n")), {28211: 1})
add("chain_second_piece_too_far_noalert", D, [rule("tcp any any -> any any", PAIR, 28212)],
    conversation((True, b"GETCFG zq-user="), (True, b"nobody;;;;;admin-zq;\r\n")), {28212: 0})
add("chain_pieces_other_direction_noalert", D, [rule("tcp any any -> any any", PAIR, 28213)],
    conversation((True, b"GETCFG zq-user="), (False, b"admin-zq;\r\n")), {28213: 0})
PCRE = 'flow:established,to_server; content:"zq-id="; pcre:"/zq-id=[0-9]{4}&/";'
add("pcre_split_digits_alert", D, [rule("tcp any any -> any any", PCRE, 28214)],
    conversation((True, b"SET zq-id=12"), (True, b"34&\r\n")), {28214: 1})
add("pcre_split_non_digit_noalert", D, [rule("tcp any any -> any any", PCRE, 28215)],
    conversation((True, b"SET zq-id=12"), (True, b"3x&\r\n")), {28215: 0})
NEG = 'flow:established,to_server; content:"zq-cmd"; content:!"zq-safe"; distance:0;'
add("negated_content_in_next_segment_noalert", D, [rule("tcp any any -> any any", NEG, 28216)],
    conversation((True, b"RUN zq-c"), (True, b"md zq-safe\r\n")), {28216: 0})
add("negated_content_absent_split_alert", D, [rule("tcp any any -> any any", NEG, 28217)],
    conversation((True, b"RUN zq-c"), (True, b"md now\r\n")), {28217: 1})
