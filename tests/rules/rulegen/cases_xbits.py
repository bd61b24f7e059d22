"""xbits cases: bits kept per host (track ip_src / ip_dst) or per host pair (track
ip_pair) and seen by other flows between them, with expiry in capture time. Raw TCP on
port 9000; a rule that sets and a rule that reads meet in different connections (each
its own flow) unless the case is about one packet. The cases run the scan with one
worker (expected.json "workers"): Suricata's documentation says the order of sets and
checks across threads "can be slightly unpredictable", so a case must not depend on it."""
from . import apps
from .case import CLIENT_IP, SERVER_IP, Case, http, rule, tcp

CASES = []
C = "xbits"
TCP = "tcp any any -> any 9000"
ANSWER = "tcp any 9000 -> any any"  # the server's data
OTHER_CLIENT = "192.0.2.11"
OTHER_SERVER = "198.51.100.21"

WHY = ('Suricata "Xbits Keyword": "Set, unset, toggle and check for bits stored per host or ip_pair"; '
       '"xbits:<set|unset|isset|isnotset|toggle>,<name>,track <ip_src|ip_dst|ip_pair>[,expire <seconds>]"; "If you '
       'set on a client request and use track ip_dst, if you want to match on the server response, you check it '
       '(isset) with track ip_src"; "To not alert, use noalert"; "the toggle option will flip the value of the '
       'xbits". Suricata\'s default expire is 30 seconds (detect-xbits.c), a bit is set until packet time passes '
       'its expiry (host-bit.c / ippair-bit.c), and an ip_pair is the same pair in both directions (ippair.c).')


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY, workers=1))


def to_server(text, options, sid):
    return rule(TCP, f'flow:established,to_server; content:"{text}"; {options}', sid)


def conn(data, client_ip=CLIENT_IP, server_ip=SERVER_IP, reply=b"OK\r\n"):
    """One connection: the client sends `data`, the server answers `reply`."""
    return lambda cap: tcp(cap, [(True, data), (False, reply)], client_ip=client_ip, server_ip=server_ip)


def seq(*steps):
    """Connections (or cap.wait(seconds) numbers) in capture order."""
    def run(cap):
        for step in steps:
            if isinstance(step, (int, float)):
                cap.wait(step)
            else:
                step(cap)
    return run


LOGIN, FETCH, LOGOUT, FLIP = b"ZQ-LOGIN\r\n", b"ZQ-FETCH\r\n", b"ZQ-LOGOUT\r\n", b"ZQ-FLIP\r\n"

SET_SRC = to_server("ZQ-LOGIN", "xbits:set,zq.seen,track ip_src; noalert;", 8451)
ISSET_SRC = to_server("ZQ-FETCH", "xbits:isset,zq.seen,track ip_src;", 8452)
add("xbits_ip_src_set_then_isset_other_flow_alert", [SET_SRC, ISSET_SRC], seq(conn(LOGIN), conn(FETCH)),
    {8451: 0, 8452: 1})
add("xbits_ip_src_other_source_noalert", [SET_SRC, ISSET_SRC],
    seq(conn(LOGIN), conn(FETCH, client_ip=OTHER_CLIENT)), {8451: 0, 8452: 0})
add("xbits_ip_src_isset_before_set_noalert", [SET_SRC, ISSET_SRC], seq(conn(FETCH), conn(LOGIN)),
    {8451: 0, 8452: 0})
add("xbits_ip_src_same_source_other_server_alert", [SET_SRC, ISSET_SRC],
    seq(conn(LOGIN), conn(FETCH, server_ip=OTHER_SERVER)), {8451: 0, 8452: 1})

# Setters before readers within one packet, as with flowbits.
BOTH_SET = to_server("ZQ-BOTH", "xbits:set,zq.once,track ip_src; noalert;", 8453)
BOTH_ISSET = to_server("ZQ-BOTH", "xbits:isset,zq.once,track ip_src;", 8454)
add("xbits_set_and_isset_same_packet_alert", [BOTH_SET, BOTH_ISSET], conn(b"ZQ-BOTH\r\n"), {8453: 0, 8454: 1})

ISNOTSET_SRC = to_server("ZQ-FETCH", "xbits:isnotset,zq.seen,track ip_src;", 8455)
add("xbits_isnotset_without_set_alert", [SET_SRC, ISNOTSET_SRC], seq(conn(FETCH)), {8451: 0, 8455: 1})
add("xbits_isnotset_after_set_noalert", [SET_SRC, ISNOTSET_SRC], seq(conn(LOGIN), conn(FETCH)),
    {8451: 0, 8455: 0})

UNSET_SRC = to_server("ZQ-LOGOUT", "xbits:unset,zq.seen,track ip_src; noalert;", 8456)
add("xbits_unset_in_between_noalert", [SET_SRC, UNSET_SRC, ISSET_SRC], seq(conn(LOGIN), conn(LOGOUT), conn(FETCH)),
    {8451: 0, 8456: 0, 8452: 0})
add("xbits_unset_then_set_again_alert", [SET_SRC, UNSET_SRC, ISSET_SRC],
    seq(conn(LOGIN), conn(LOGOUT), conn(LOGIN), conn(FETCH)), {8451: 0, 8456: 0, 8452: 1})

TOGGLE_SRC = to_server("ZQ-FLIP", "xbits:toggle,zq.seen,track ip_src; noalert;", 8457)
add("xbits_toggle_once_sets_alert", [TOGGLE_SRC, ISSET_SRC], seq(conn(FLIP), conn(FETCH)), {8457: 0, 8452: 1})
add("xbits_toggle_twice_clears_noalert", [TOGGLE_SRC, ISSET_SRC], seq(conn(FLIP), conn(FLIP), conn(FETCH)),
    {8457: 0, 8452: 0})

# Expiry, in capture time.
SET_10S = to_server("ZQ-LOGIN", "xbits:set,zq.seen,track ip_src,expire 10; noalert;", 8458)
add("xbits_expire_not_passed_alert", [SET_10S, ISSET_SRC], seq(conn(LOGIN), 5, conn(FETCH)), {8458: 0, 8452: 1})
add("xbits_expire_passed_noalert", [SET_10S, ISSET_SRC], seq(conn(LOGIN), 20, conn(FETCH)), {8458: 0, 8452: 0})
add("xbits_default_expire_not_passed_alert", [SET_SRC, ISSET_SRC], seq(conn(LOGIN), 20, conn(FETCH)),
    {8451: 0, 8452: 1})
add("xbits_default_expire_passed_noalert", [SET_SRC, ISSET_SRC], seq(conn(LOGIN), 40, conn(FETCH)),
    {8451: 0, 8452: 0})

# ip_pair: the two addresses, whichever way the packet goes.
SET_PAIR = to_server("ZQ-LOGIN", "xbits:set,zq.pair,track ip_pair; noalert;", 8459)
ISSET_PAIR = to_server("ZQ-FETCH", "xbits:isset,zq.pair,track ip_pair;", 8460)
REPLY_PAIR = rule(ANSWER, 'flow:established,to_client; content:"ZQ-REPLY"; xbits:isset,zq.pair,track ip_pair;',
                  8461)
add("xbits_ip_pair_same_pair_alert", [SET_PAIR, ISSET_PAIR], seq(conn(LOGIN), conn(FETCH)), {8459: 0, 8460: 1})
add("xbits_ip_pair_other_server_noalert", [SET_PAIR, ISSET_PAIR],
    seq(conn(LOGIN), conn(FETCH, server_ip=OTHER_SERVER)), {8459: 0, 8460: 0})
add("xbits_ip_pair_reverse_direction_alert", [SET_PAIR, REPLY_PAIR],
    seq(conn(LOGIN), conn(b"HELLO\r\n", reply=b"ZQ-REPLY\r\n")), {8459: 0, 8461: 1})
add("xbits_ip_pair_other_client_noalert", [SET_PAIR, REPLY_PAIR],
    seq(conn(LOGIN), conn(b"HELLO\r\n", client_ip=OTHER_CLIENT, reply=b"ZQ-REPLY\r\n")), {8459: 0, 8461: 0})

# Host bits are one table: set on the server with ip_dst, seen as ip_src on its answer.
SET_DST = to_server("ZQ-LOGIN", "xbits:set,zq.host,track ip_dst; noalert;", 8462)
ANSWER_SRC = rule(ANSWER, 'flow:established,to_client; content:"ZQ-REPLY"; xbits:isset,zq.host,track ip_src;',
                  8463)
add("xbits_ip_dst_set_then_ip_src_on_answer_alert", [SET_DST, ANSWER_SRC],
    seq(conn(LOGIN), conn(b"HELLO\r\n", client_ip=OTHER_CLIENT, reply=b"ZQ-REPLY\r\n")), {8462: 0, 8463: 1})
add("xbits_ip_dst_marks_server_not_client_noalert", [SET_DST, ISSET_SRC], seq(conn(LOGIN), conn(FETCH)),
    {8462: 0, 8452: 0})
# Host bits and pair bits of one name are separate.
add("xbits_pair_bit_is_not_a_host_bit_noalert", [SET_PAIR, to_server("ZQ-FETCH", "xbits:isset,zq.pair,track ip_src;",
                                                                    8464)],
    seq(conn(LOGIN), conn(FETCH)), {8459: 0, 8464: 0})

# HTTP transactions (app-layer buffers) set and check bits across connections too. The setter is
# silenced with the "noalert" keyword: Suricata 7 refuses the flowbits-style "xbits:noalert".
HTTP = "http any any -> any any"
SET_HTTP = rule(HTTP, 'flow:established,to_server; http.uri; content:"/zq-login"; '
                'xbits:set,zq.web,track ip_src,expire 300; noalert;', 8465)
ISSET_HTTP = rule(HTTP, 'flow:established,to_server; http.uri; content:"/zq-admin"; xbits:isset,zq.web,track ip_src;',
                  8466)


def get(path, client_ip=CLIENT_IP):
    return lambda cap: http(cap, apps.httpRequest("GET", path), client_ip=client_ip)


add("xbits_http_uri_set_then_isset_other_connection_alert", [SET_HTTP, ISSET_HTTP],
    seq(get("/zq-login"), get("/zq-admin")), {8465: 0, 8466: 1})
add("xbits_http_uri_other_client_noalert", [SET_HTTP, ISSET_HTTP],
    seq(get("/zq-login"), get("/zq-admin", client_ip=OTHER_CLIENT)), {8465: 0, 8466: 0})

# A header-only rule (every SYN to port 9000) marks the scanning host; a payload rule reads the mark.
SYN_MARK = rule(TCP, "flags:S; xbits:set,zq.syn,track ip_src; noalert;", 8467)
AFTER_SYN = to_server("ZQ-FETCH", "xbits:isset,zq.syn,track ip_src;", 8468)
AFTER_SYN_OTHER_PORT = rule("tcp any any -> any 9001", "flags:S; xbits:set,zq.syn,track ip_src; noalert;", 8469)
add("xbits_header_rule_set_then_payload_isset_alert", [SYN_MARK, AFTER_SYN], conn(FETCH), {8467: 0, 8468: 1})
add("xbits_header_rule_not_matching_leaves_unset_noalert", [AFTER_SYN_OTHER_PORT, AFTER_SYN], conn(FETCH),
    {8469: 0, 8468: 0})
