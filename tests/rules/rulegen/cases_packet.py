"""Packet keyword cases (IP, TCP, ICMP header tests and dsize) and header-only rules
(no payload buffer: evaluated on every packet the header admits, e.g. IP-reputation
rules), plus flow:no_stream. Alerts are per packet, as Suricata alerts packet rules.

Single packets are built here with explicit header values (TTL, TOS, IP id, options,
TCP flags/options, ICMP type/code/id/seq); conversations come from case.py.
"""
import logging

from . import apps
from .case import CLIENT_IP, CLIENT_IP6, SERVER_IP, SERVER_IP6, Case, http, rule, tcp, tls

logging.getLogger("scapy.runtime").setLevel(logging.ERROR)
from scapy.layers.inet import ICMP, IP, TCP, UDP, IPOption  # noqa: E402
from scapy.layers.inet6 import IPv6  # noqa: E402
from scapy.packet import Raw  # noqa: E402

CASES = []
HOME_IP = "10.0.0.5"  # inside the default $HOME_NET (RFC 1918)


def add(name, cls, rules, traffic, alerts, why, vars=None):
    CASES.append(Case(name, cls, rules, traffic, alerts, why, vars or {}))


def ip4(src=CLIENT_IP, dst=SERVER_IP, ttl=64, tos=0, ip_id=4242, flags="DF", options=None):
    kw = {"src": src, "dst": dst, "ttl": ttl, "tos": tos, "id": ip_id, "flags": flags}
    if options is not None:
        kw["options"] = options
    return IP(**kw)


def frames(*packets):
    """Traffic of the given single packets (scapy layers from IP up), client side first."""
    def write(cap):
        cap.nextIndex()
        for pkt in packets:
            cap.add(bytes(pkt), pkt.haslayer(IPv6), True)
    return write


def datagram(payload=b"zq-packet probe\n", sport=40000, dport=9999, **ip):
    return ip4(**ip) / UDP(sport=sport, dport=dport) / Raw(payload)


def syn(flags="S", seq=7000, window=65535, options=None, dport=9000, **ip):
    return ip4(**ip) / TCP(sport=40001, dport=dport, seq=seq, ack=0, flags=flags, window=window,
                           options=options or [])


def icmp(type_, code=0, icmp_id=0, icmp_seq=0, **ip):
    return ip4(flags=0, **ip) / ICMP(type=type_, code=code, id=icmp_id, seq=icmp_seq) / Raw(b"zq-icmp-data")


def conversation(port=9000, handshake=True):
    """S, SA, A, PA (client data), A, FA, FA, A."""
    return lambda cap: tcp(cap, [(True, b"zq-flags data\r\n")], server_port=port, handshake=handshake)


U = "udp any any -> any any"
T = "tcp any any -> any any"
IPH = "ip any any -> any any"
ICMPH = "icmp any any -> any any"

# ------------------------------------------------------------------ dsize
W_DSIZE = ('Suricata "Payload Keywords", dsize: "With the dsize keyword, you can match on the size of the packet '
           'payload"; its value is an integer keyword: "Comparisons are strict by default. Ranges are thus '
           'exclusive."')
C = "dsize"
add("dsize_equal_alert", C, [rule(U, "dsize:10;", 9501)], frames(datagram(b"0123456789")), {9501: 1}, W_DSIZE)
add("dsize_equal_one_more_noalert", C, [rule(U, "dsize:10;", 9502)], frames(datagram(b"0123456789A")),
    {9502: 0}, W_DSIZE)
add("dsize_greater_alert", C, [rule(U, "dsize:>100;", 9503)], frames(datagram(b"x" * 101)), {9503: 1}, W_DSIZE)
add("dsize_greater_at_bound_noalert", C, [rule(U, "dsize:>100;", 9504)], frames(datagram(b"x" * 100)),
    {9504: 0}, W_DSIZE)
add("dsize_range_inside_alert", C, [rule(U, "dsize:5<>10;", 9505)], frames(datagram(b"x" * 9)), {9505: 1}, W_DSIZE)
add("dsize_range_upper_end_noalert", C, [rule(U, "dsize:5<>10;", 9506)], frames(datagram(b"x" * 10)),
    {9506: 0}, W_DSIZE)
add("dsize_with_content_small_packet_alert", C,
    [rule(T, 'flow:established,to_server; content:"zq-dsize"; dsize:<64;', 9507)],
    lambda cap: tcp(cap, [(True, b"zq-dsize probe\r\n")]), {9507: 1}, W_DSIZE)
add("dsize_with_content_large_packet_noalert", C,
    [rule(T, 'flow:established,to_server; content:"zq-dsize"; dsize:<64;', 9508)],
    lambda cap: tcp(cap, [(True, b"zq-dsize probe " + b"y" * 200 + b"\r\n")]), {9508: 0}, W_DSIZE)

# ------------------------------------------------------------------ flags
W_FLAGS = ('Suricata "TCP keywords", flags: F FIN, S SYN, R RST, P PSH, A ACK, U URG, C CWR, E ECE, 0 no flags; '
           'modifiers: "+ match on the specified bits, plus any others", "* match if any of the specified bits are '
           'set", "! match if the specified bits are not set"; without a modifier the flags must be exactly these; '
           'a second list after a comma names flags to ignore ("flags:S,CE"). Each packet is tested on its own.')
C = "flags"
add("flags_syn_exact_once_per_connection_alert", C, [rule(T, "flags:S;", 9521)], conversation(), {9521: 1}, W_FLAGS)
add("flags_syn_without_handshake_noalert", C, [rule(T, "flags:S;", 9522)], conversation(handshake=False),
    {9522: 0}, W_FLAGS)
add("flags_plus_syn_matches_syn_and_synack_alert", C, [rule(T, "flags:+S;", 9523)], conversation(), {9523: 2},
    W_FLAGS)
add("flags_any_of_rst_urg_noalert", C, [rule(T, "flags:*RU;", 9524)], conversation(), {9524: 0}, W_FLAGS)
add("flags_any_of_fin_rst_both_fins_alert", C, [rule(T, "flags:*FR;", 9525)], conversation(), {9525: 2}, W_FLAGS)
add("flags_ecn_syn_exact_syn_noalert", C, [rule(T, "flags:S;", 9526)], frames(syn(flags="SEC")), {9526: 0}, W_FLAGS)
add("flags_ecn_syn_ignoring_ce_alert", C, [rule(T, "flags:S,CE;", 9527)], frames(syn(flags="SEC")), {9527: 1},
    W_FLAGS)
add("flags_not_ack_only_the_syn_alert", C, [rule(T, "flags:!A;", 9528)], conversation(), {9528: 1}, W_FLAGS)
add("flags_null_packet_alert", C, [rule(T, "flags:0;", 9529)], frames(syn(flags="")), {9529: 1}, W_FLAGS)
add("flags_null_on_normal_connection_noalert", C, [rule(T, "flags:0;", 9530)], conversation(), {9530: 0}, W_FLAGS)

# ------------------------------------------------------------------ ttl / tos / id
W_TTL = ('Suricata "IP Keywords", ttl: "The ttl keyword is used to check for a specific IP time-to-live value in the '
         'header of a packet"; "ttl:<number>", with the integer keyword comparisons (strict, exclusive ranges).')
C = "ttl"
add("ttl_less_than_alert", C, [rule(U, "ttl:<10;", 9541)], frames(datagram(ttl=5)), {9541: 1}, W_TTL)
add("ttl_less_than_normal_ttl_noalert", C, [rule(U, "ttl:<10;", 9542)], frames(datagram(ttl=64)), {9542: 0}, W_TTL)
add("ttl_equal_alert", C, [rule(U, "ttl:64;", 9543)], frames(datagram(ttl=64)), {9543: 1}, W_TTL)
add("ttl_range_upper_end_noalert", C, [rule(U, "ttl:3-6;", 9544)], frames(datagram(ttl=6)), {9544: 0}, W_TTL)
add("ttl_range_inside_alert", C, [rule(U, "ttl:3-6;", 9545)], frames(datagram(ttl=4)), {9545: 1}, W_TTL)
add("ttl_ipv6_hop_limit_noalert", C, [rule(U, "ttl:<10;", 9546)],
    frames(IPv6(src=CLIENT_IP6, dst=SERVER_IP6, hlim=64) / UDP(sport=40000, dport=9999) / Raw(b"zq")),
    {9546: 0}, W_TTL)

W_TOS = ('Suricata "IP Keywords", tos: "The tos keyword can match on specific decimal values of the IP header TOS '
         'field"; "tos:[!]<number>"; "!" matches every other value.')
C = "tos"
add("tos_equal_alert", C, [rule(U, "tos:8;", 9551)], frames(datagram(tos=8)), {9551: 1}, W_TOS)
add("tos_equal_other_value_noalert", C, [rule(U, "tos:8;", 9552)], frames(datagram(tos=0)), {9552: 0}, W_TOS)
add("tos_negated_other_value_alert", C, [rule(U, "tos:!8;", 9553)], frames(datagram(tos=16)), {9553: 1}, W_TOS)
add("tos_negated_same_value_noalert", C, [rule(U, "tos:!8;", 9554)], frames(datagram(tos=8)), {9554: 0}, W_TOS)

W_ID = ('Suricata "IP Keywords", id: "With the id keyword, you can match on a specific IP ID value"; "id:<number>".')
C = "ip_id"
add("ip_id_equal_alert", C, [rule(U, "id:31337;", 9561)], frames(datagram(ip_id=31337)), {9561: 1}, W_ID)
add("ip_id_other_noalert", C, [rule(U, "id:31337;", 9562)], frames(datagram(ip_id=31338)), {9562: 0}, W_ID)
add("ip_id_small_alert", C, [rule(U, "id:1;", 9563)], frames(datagram(ip_id=1)), {9563: 1}, W_ID)
add("ip_id_small_other_noalert", C, [rule(U, "id:1;", 9564)], frames(datagram(ip_id=256)), {9564: 0}, W_ID)

# ------------------------------------------------------------------ ipopts / fragbits / ip_proto / sameip
RR = IPOption(b"\x07\x07\x04\x00\x00\x00\x00")  # record route, room for one address
TS = IPOption(b"\x44\x0c\x05\x00" + b"\x00" * 8)  # timestamp, room for two
W_IPOPTS = ('Suricata "IP Keywords", ipopts: "With the ipopts keyword you can check if a specific IP option is set"; '
            'rr Record Route, lsrr Loose Source Routing, ts Timestamp, ... "any: any IP options are set".')
C = "ipopts"
add("ipopts_record_route_alert", C, [rule(U, "ipopts:rr;", 9571)], frames(datagram(options=[RR])), {9571: 1},
    W_IPOPTS)
add("ipopts_record_route_absent_noalert", C, [rule(U, "ipopts:rr;", 9572)], frames(datagram()), {9572: 0}, W_IPOPTS)
add("ipopts_any_with_timestamp_alert", C, [rule(U, "ipopts:any;", 9573)], frames(datagram(options=[TS])),
    {9573: 1}, W_IPOPTS)
add("ipopts_lsrr_on_record_route_noalert", C, [rule(U, "ipopts:lsrr;", 9574)], frames(datagram(options=[RR])),
    {9574: 0}, W_IPOPTS)

W_FRAG = ('Suricata "IP Keywords", fragbits: "M - More Fragments, D - Do not Fragment, R - Reserved Bit"; '
          'modifiers "+ match on the specified bits, plus any others", "* match if any of the specified bits are '
          'set", "! match if the specified bits are not set".')
C = "fragbits"
add("fragbits_dont_fragment_alert", C, [rule(U, "fragbits:D;", 9581)], frames(datagram(flags="DF")), {9581: 1},
    W_FRAG)
add("fragbits_dont_fragment_clear_noalert", C, [rule(U, "fragbits:D;", 9582)], frames(datagram(flags=0)),
    {9582: 0}, W_FRAG)
add("fragbits_not_df_clear_alert", C, [rule(U, "fragbits:!D;", 9583)], frames(datagram(flags=0)), {9583: 1}, W_FRAG)
add("fragbits_not_df_set_noalert", C, [rule(U, "fragbits:!D;", 9584)], frames(datagram(flags="DF")), {9584: 0},
    W_FRAG)
add("fragbits_reserved_plus_alert", C, [rule(U, "fragbits:+R;", 9585)], frames(datagram(flags="evil+DF")),
    {9585: 1}, W_FRAG)

W_PROTO = ('Suricata "IP Keywords", ip_proto: "With the ip_proto keyword you can match on the IP protocol in the '
           'packet-header. You can use the name or the number of the protocol"; "ip_proto:[!|>|<] <name or number>".')
C = "ip_proto"
add("ip_proto_icmp_number_alert", C, [rule(IPH, "ip_proto:1;", 9591)], frames(icmp(8, icmp_id=1, icmp_seq=1)),
    {9591: 1}, W_PROTO)
add("ip_proto_udp_on_icmp_noalert", C, [rule(IPH, "ip_proto:17;", 9592)], frames(icmp(8, icmp_id=1, icmp_seq=1)),
    {9592: 0}, W_PROTO)
add("ip_proto_name_udp_alert", C, [rule(IPH, "ip_proto:UDP;", 9593)], frames(datagram()), {9593: 1}, W_PROTO)
add("ip_proto_negated_on_same_noalert", C, [rule(IPH, "ip_proto:!17;", 9594)], frames(datagram()), {9594: 0},
    W_PROTO)

W_SAME = ('Suricata "IP Keywords", sameip: "With the sameip keyword you can check if the IP address of the source '
          'is the same as the IP address of the destination".')
C = "sameip"
add("sameip_same_v4_alert", C, [rule(IPH, "sameip;", 9601)], frames(datagram(src=CLIENT_IP, dst=CLIENT_IP)),
    {9601: 1}, W_SAME)
add("sameip_different_v4_noalert", C, [rule(IPH, "sameip;", 9602)], frames(datagram()), {9602: 0}, W_SAME)
add("sameip_same_v6_alert", C, [rule(IPH, "sameip;", 9603)],
    frames(IPv6(src=CLIENT_IP6, dst=CLIENT_IP6) / UDP(sport=40000, dport=9999) / Raw(b"zq")), {9603: 1}, W_SAME)
add("sameip_different_v6_noalert", C, [rule(IPH, "sameip;", 9604)],
    frames(IPv6(src=CLIENT_IP6, dst=SERVER_IP6) / UDP(sport=40000, dport=9999) / Raw(b"zq")), {9604: 0}, W_SAME)

# ------------------------------------------------------------------ seq / ack / window / tcp.mss
W_SEQ = ('Suricata "TCP keywords", seq: "The seq keyword can be used in a signature to check for a specific TCP '
         'sequence number"; ack: "The ack keyword can be used in a signature to check for a specific TCP '
         'acknowledge number".')
C = "tcp_seq_ack"
add("tcp_seq_zero_syn_alert", C, [rule(T, "flags:S; seq:0;", 9611)], frames(syn(seq=0)), {9611: 1}, W_SEQ)
add("tcp_seq_zero_other_seq_noalert", C, [rule(T, "flags:S; seq:0;", 9612)], frames(syn(seq=1)), {9612: 0}, W_SEQ)
add("tcp_ack_equal_alert", C, [rule(T, "ack:0; flags:S;", 9613)], frames(syn()), {9613: 1}, W_SEQ)
add("tcp_ack_on_synack_noalert", C, [rule(T, "ack:0; flags:SA;", 9614)], conversation(), {9614: 0}, W_SEQ)

W_WIN = ('Suricata "TCP keywords", window: "The window keyword is used to check for a specific TCP window size"; '
         '"window:[!]<number>"; "!" matches every other size.')
C = "window"
add("window_equal_alert", C, [rule(T, "window:55808;", 9621)], frames(syn(window=55808)), {9621: 1}, W_WIN)
add("window_equal_other_noalert", C, [rule(T, "window:55808;", 9622)], frames(syn(window=1024)), {9622: 0}, W_WIN)
add("window_negated_other_alert", C, [rule(T, "window:!55808;", 9623)], frames(syn(window=1024)), {9623: 1}, W_WIN)
add("window_negated_same_noalert", C, [rule(T, "window:!55808;", 9624)], frames(syn(window=55808)), {9624: 0},
    W_WIN)

W_MSS = ('Suricata "TCP keywords", tcp.mss: "Match on the TCP MSS option value. Will not match if the option is not '
         'present"; an integer keyword (strict comparisons).')
C = "tcp_mss"
add("tcp_mss_equal_alert", C, [rule(T, "tcp.mss:1460;", 9631)], frames(syn(options=[("MSS", 1460)])), {9631: 1},
    W_MSS)
add("tcp_mss_equal_other_noalert", C, [rule(T, "tcp.mss:1460;", 9632)], frames(syn(options=[("MSS", 536)])),
    {9632: 0}, W_MSS)
add("tcp_mss_less_alert", C, [rule(T, "tcp.mss:<600;", 9633)],
    frames(syn(options=[("NOP", None), ("MSS", 536), ("WScale", 7)])), {9633: 1}, W_MSS)
add("tcp_mss_absent_noalert", C, [rule(T, "tcp.mss:<600;", 9634)], frames(syn()), {9634: 0}, W_MSS)

# ------------------------------------------------------------------ ICMP
W_ITYPE = ('Suricata "ICMP keywords", itype: "With the itype keyword you can match on a specific ICMP type"; '
           '"itype:min<>max; itype:[<|>]<number>" (integer keyword).')
C = "itype"
add("itype_echo_request_alert", C, [rule(ICMPH, "itype:8;", 9641)], frames(icmp(8, icmp_id=7, icmp_seq=1)),
    {9641: 1}, W_ITYPE)
add("itype_echo_request_on_reply_noalert", C, [rule(ICMPH, "itype:8;", 9642)],
    frames(icmp(0, icmp_id=7, icmp_seq=1)), {9642: 0}, W_ITYPE)
add("itype_greater_alert", C, [rule(ICMPH, "itype:>10;", 9643)], frames(icmp(11)), {9643: 1}, W_ITYPE)
add("itype_greater_unreachable_noalert", C, [rule(ICMPH, "itype:>10;", 9644)], frames(icmp(3, code=3)), {9644: 0},
    W_ITYPE)

W_ICODE = ('Suricata "ICMP keywords", icode: "With the icode keyword you can match on a specific ICMP code"; '
           '"icode:min<>max; icode:[<|>]<number>".')
C = "icode"
add("icode_port_unreachable_alert", C, [rule(ICMPH, "itype:3; icode:3;", 9651)], frames(icmp(3, code=3)),
    {9651: 1}, W_ICODE)
add("icode_host_unreachable_noalert", C, [rule(ICMPH, "itype:3; icode:3;", 9652)], frames(icmp(3, code=1)),
    {9652: 0}, W_ICODE)
add("icode_greater_zero_alert", C, [rule(ICMPH, "icode:>0;", 9653)], frames(icmp(3, code=1)), {9653: 1}, W_ICODE)
add("icode_greater_zero_on_echo_noalert", C, [rule(ICMPH, "icode:>0;", 9654)], frames(icmp(8, icmp_id=1)),
    {9654: 0}, W_ICODE)

W_ICMPID = ('Suricata "ICMP keywords", icmp_id: "With the icmp_id keyword you can match on specific ICMP id-values. '
            'Every ICMP-packet gets an id when it is being send" (echo request and reply carry it); icmp_seq: "You '
            'can use the icmp_seq keyword to check for a ICMP sequence number".')
C = "icmp_id_seq"
add("icmp_id_equal_alert", C, [rule(ICMPH, "icmp_id:4660;", 9661)], frames(icmp(8, icmp_id=4660, icmp_seq=1)),
    {9661: 1}, W_ICMPID)
add("icmp_id_other_noalert", C, [rule(ICMPH, "icmp_id:4660;", 9662)], frames(icmp(8, icmp_id=4661, icmp_seq=1)),
    {9662: 0}, W_ICMPID)
add("icmp_seq_equal_alert", C, [rule(ICMPH, "icmp_seq:9;", 9663)], frames(icmp(0, icmp_id=1, icmp_seq=9)),
    {9663: 1}, W_ICMPID)
add("icmp_seq_other_noalert", C, [rule(ICMPH, "icmp_seq:9;", 9664)], frames(icmp(0, icmp_id=1, icmp_seq=10)),
    {9664: 0}, W_ICMPID)

# ------------------------------------------------------------------ header-only rules
W_HDR = ('Suricata rules "Rule Header": a rule without payload keywords matches every packet whose protocol, '
         'addresses, ports and direction its header admits (and whose other keywords hold); such packet rules '
         'alert per packet. Source and destination may be lists of addresses and CIDR ranges.')
C = "header_only"
REP = "ip [203.0.113.5,198.51.100.0/24] any -> $HOME_NET any"
add("header_only_reputation_listed_host_alert", C, [rule(REP, "", 9701)],
    frames(datagram(src="203.0.113.5", dst=HOME_IP)), {9701: 1}, W_HDR)
add("header_only_reputation_unlisted_host_noalert", C, [rule(REP, "", 9702)],
    frames(datagram(src="203.0.113.6", dst=HOME_IP)), {9702: 0}, W_HDR)
add("header_only_reputation_listed_network_alert", C, [rule(REP, "", 9703)],
    frames(datagram(src="198.51.100.77", dst=HOME_IP), datagram(src="198.51.100.78", dst=HOME_IP)), {9703: 2},
    W_HDR)
add("header_only_reputation_outside_home_net_noalert", C, [rule(REP, "", 9704)],
    frames(datagram(src="203.0.113.5", dst="192.0.2.99")), {9704: 0}, W_HDR)
add("header_only_port_syn_alert", C, [rule("tcp any any -> any 4444", "flags:S;", 9705)], conversation(port=4444),
    {9705: 1}, W_HDR)
add("header_only_port_other_port_noalert", C, [rule("tcp any any -> any 4444", "flags:S;", 9706)],
    conversation(port=4445), {9706: 0}, W_HDR)
add("header_only_flow_to_client_synack_alert", C, [rule(T, "flow:to_client; flags:SA;", 9707)], conversation(),
    {9707: 1}, W_HDR)
add("header_only_flow_to_server_synack_noalert", C, [rule(T, "flow:to_server; flags:SA;", 9708)], conversation(),
    {9708: 0}, W_HDR)
add("header_only_bidirectional_alert", C, [rule(f"tcp {CLIENT_IP} any <> {SERVER_IP} 9000", "flags:SA;", 9709)],
    conversation(), {9709: 1}, W_HDR)
add("header_only_established_data_noalert_without_handshake", C,
    [rule(T, "flow:established,to_server; flags:PA;", 9710)], conversation(handshake=False), {9710: 0}, W_HDR)
add("header_only_established_data_alert", C, [rule(T, "flow:established,to_server; flags:PA;", 9711)],
    conversation(), {9711: 1}, W_HDR)
add("header_only_ipv6_network_alert", C, [rule("ip [2001:db8:1::/48] any -> any any", "", 9712)],
    frames(IPv6(src=CLIENT_IP6, dst=SERVER_IP6) / UDP(sport=40000, dport=9999) / Raw(b"zq")), {9712: 1}, W_HDR)

W_HDR_THR = ('Suricata "Thresholding Keywords", threshold: "type limit ... alerts at most count times in seconds"; '
             'on a header-only rule every packet is a match, so three packets from the listed source alert once.')
add("header_only_reputation_threshold_limit_alert_once", C,
    [rule(REP, "threshold: type limit, track by_src, seconds 3600, count 1;", 9713)],
    frames(*[datagram(src="203.0.113.5", dst=HOME_IP, sport=40000 + i) for i in range(3)]), {9713: 1}, W_HDR_THR)

# ------------------------------------------------------------------ flow:no_stream
W_NOSTREAM = ('Suricata "Flow Keywords", flow: "no_stream: Match on packets that are not reassembled" (payload '
              'content is matched within one packet; content split over two TCP segments is only in the '
              'reassembled stream).')
C = "flow_no_stream"
NS = rule(T, 'flow:established,to_server,no_stream; content:"zq-nostream";', 9721)
add("flow_no_stream_one_segment_alert", C, [NS], lambda cap: tcp(cap, [(True, b"HELLO zq-nostream\r\n")]),
    {9721: 1}, W_NOSTREAM)
add("flow_no_stream_split_over_segments_noalert", C, [NS],
    lambda cap: tcp(cap, [(True, b"x" * 1395 + b"zq-nostream\r\n")]), {9721: 0}, W_NOSTREAM)
add("flow_no_stream_udp_alert", C, [rule(U, 'flow:no_stream; content:"zq-nostream";', 9722)],
    frames(datagram(b"zq-nostream ping\n")), {9722: 1}, W_NOSTREAM)
add("flow_no_stream_udp_absent_noalert", C, [rule(U, 'flow:no_stream; content:"zq-nostream";', 9723)],
    frames(datagram(b"zq-stream ping\n")), {9723: 0}, W_NOSTREAM)

# ------------------------------------------------------------------ app-layer-protocol
W_ALP = ('Suricata "Generic App Layer Keywords", app-layer-protocol: "Match on the detected app-layer protocol"; '
         '"app-layer-protocol:[!]<protocol>;"; a flow whose protocol is not (yet) known matches neither form.')
C = "app_layer_protocol"
ALP_HTTP = rule(T, 'flow:established,to_server; app-layer-protocol:http; content:"zq-alp";', 9731)
add("app_layer_protocol_http_on_http_alert", C, [ALP_HTTP], lambda cap: http(cap, apps.httpRequest("GET", "/zq-alp")),
    {9731: 1}, W_ALP)
add("app_layer_protocol_http_on_unknown_protocol_noalert", C, [ALP_HTTP],
    lambda cap: tcp(cap, [(True, b"HELLO zq-alp\r\n"), (False, b"OK\r\n")]), {9731: 0}, W_ALP)
NOT_HTTP = rule(T, "flow:to_server; flags:PA; app-layer-protocol:!http;", 9732)
add("app_layer_protocol_not_http_on_tls_alert", C, [NOT_HTTP], lambda cap: tls(cap, "zq-alp.example"), {9732: 1},
    W_ALP)
add("app_layer_protocol_not_http_on_http_noalert", C, [NOT_HTTP],
    lambda cap: http(cap, apps.httpRequest("GET", "/zq-alp")), {9732: 0}, W_ALP)
ALP_TLS = rule(T, "flow:to_server; flags:PA; app-layer-protocol:tls;", 9733)
add("app_layer_protocol_tls_on_tls_alert", C, [ALP_TLS], lambda cap: tls(cap, "zq-alp.example"), {9733: 1}, W_ALP)
add("app_layer_protocol_tls_on_http_noalert", C, [ALP_TLS],
    lambda cap: http(cap, apps.httpRequest("GET", "/zq-alp")), {9733: 0}, W_ALP)

# ------------------------------------------------------------------ ICMP content
W_ICMPC = ('Suricata "ICMP keywords" with "Payload Keywords": an icmp rule\'s content inspects the ICMP payload, the '
           'data after the ICMP header of each packet; itype/icode narrow it to a message type.')
C = "icmp_content"
ICMPC = rule(ICMPH, 'itype:8; content:"zq-icmp"; depth:7;', 9741)
add("icmp_content_echo_request_alert", C, [ICMPC], frames(icmp(8, icmp_id=3, icmp_seq=1)), {9741: 1}, W_ICMPC)
add("icmp_content_on_echo_reply_noalert", C, [ICMPC], frames(icmp(0, icmp_id=3, icmp_seq=1)), {9741: 0}, W_ICMPC)
ICMPD = rule(ICMPH, 'content:"data"; offset:7;', 9742)
add("icmp_content_offset_inside_alert", C, [ICMPD], frames(icmp(8, icmp_id=4, icmp_seq=1)), {9742: 1}, W_ICMPC)
ICMPE = rule(ICMPH, 'content:"data"; offset:9;', 9743)
add("icmp_content_offset_past_noalert", C, [ICMPE], frames(icmp(8, icmp_id=4, icmp_seq=1)), {9743: 0}, W_ICMPC)
