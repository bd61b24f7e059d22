"""stream_size cases: each side's TCP sequence progress (next_seq - isn: the bytes it
sent plus one for its SYN) compared when the rule's packet is inspected. Raw TCP on
port 9000 with full handshakes; every compared value is one away from the rule's
number, or on it. Each case has one packet the payload or header conditions select,
so the count is decided by stream_size alone. No compared packet follows a FIN."""
from .case import Case, rule, tcp

CASES = []
C = "stream_size"
TCP = "tcp any any -> any 9000"
ANSWER = "tcp any 9000 -> any any"  # the server's data

WHY = ('Suricata "Flow Keywords", stream_size: "The stream size option matches on traffic according to the registered '
       'amount of bytes by the sequence numbers. There are several modifiers to this keyword: > greater than, < less '
       'than, = equal, != not equal, >= greater than or equal, <= less than or equal"; "stream_size:<server|client|'
       'both|either>, <modifier>, <number>;". Suricata computes each side as next_seq - isn (detect-stream_size.c), '
       'so a side that only sent its SYN counts 1 and N payload bytes count N+1; "both" needs both sides, "either" '
       'one of them.')


def add(name, rules, exchanges, alerts):
    CASES.append(Case(name, C, rules, lambda cap: tcp(cap, exchanges), alerts, WHY))


def zipRule(options, sid):
    return rule(TCP, f'flow:established,to_server; content:"PK|03 04|"; depth:4; {options}', sid)


ZIP = b"PK\x03\x04" + b"\x14\x00\x00\x00\x08\x00" + b"zq-archive-member.txt"

# The ET hunting pattern: a ZIP sent before the server said (almost) anything.
SERVER_LT_5 = zipRule("stream_size:server,<,5;", 8401)
add("stream_size_server_silent_zip_exfil_alert", [SERVER_LT_5], [(True, ZIP), (False, b"THANKS, RECEIVED\r\n")],
    {8401: 1})
add("stream_size_server_banner_before_zip_noalert", [SERVER_LT_5], [(False, b"220 zq ready\r\n"), (True, ZIP)],
    {8401: 0})
add("stream_size_server_three_bytes_is_four_alert", [SERVER_LT_5], [(False, b"OK\n"), (True, ZIP)], {8401: 1})
add("stream_size_server_four_bytes_is_five_noalert", [SERVER_LT_5], [(False, b"OK!\n"), (True, ZIP)], {8401: 0})

SERVER_LE_4 = zipRule("stream_size:server,<=,4;", 8402)
add("stream_size_server_le_at_boundary_alert", [SERVER_LE_4], [(False, b"OK\n"), (True, ZIP)], {8402: 1})
add("stream_size_server_le_one_over_noalert", [SERVER_LE_4], [(False, b"OK!\n"), (True, ZIP)], {8402: 0})

# The client's own side includes the packet being inspected.
MARK = rule(TCP, 'flow:established,to_server; content:"ZQMARK"; stream_size:client,>,100;', 8403)
add("stream_size_client_greater_just_inside_alert", [MARK], [(True, b"x" * 94 + b"ZQMARK")], {8403: 1})
add("stream_size_client_greater_just_outside_noalert", [MARK], [(True, b"x" * 93 + b"ZQMARK")], {8403: 0})
add("stream_size_client_counts_earlier_packets_alert", [MARK],
    [(True, b"y" * 60), (False, b"ok\n"), (True, b"x" * 34 + b"ZQMARK")], {8403: 1})
add("stream_size_client_server_bytes_not_counted_noalert", [MARK],
    [(False, b"z" * 200), (True, b"x" * 34 + b"ZQMARK")], {8403: 0})

EQ = rule(TCP, 'flow:established,to_server; content:"ZQEQ"; stream_size:client,=,11;', 8404)
add("stream_size_client_equal_alert", [EQ], [(True, b"abcdefZQEQ")], {8404: 1})
add("stream_size_client_equal_one_more_noalert", [EQ], [(True, b"abcdefgZQEQ")], {8404: 0})

NE = rule(TCP, 'flow:established,to_server; content:"ZQNE"; stream_size:client,!=,11;', 8405)
add("stream_size_client_not_equal_alert", [NE], [(True, b"abcdefgZQNE")], {8405: 1})
add("stream_size_client_not_equal_on_value_noalert", [NE], [(True, b"abcdefZQNE")], {8405: 0})

GE = rule(ANSWER, 'flow:established,to_client; content:"ZQGE"; stream_size:server,>=,21;', 8406)
add("stream_size_server_ge_at_boundary_alert", [GE], [(True, b"hi\n"), (False, b"0123456789012345ZQGE")], {8406: 1})
add("stream_size_server_ge_one_below_noalert", [GE], [(True, b"hi\n"), (False, b"012345678901234ZQGE")], {8406: 0})

BOTH = rule(TCP, 'flow:established,to_server; content:"ZQBOTH"; stream_size:both,>,3;', 8407)
add("stream_size_both_sides_over_alert", [BOTH], [(False, b"HI\n"), (True, b"ZQBOTH")], {8407: 1})
add("stream_size_both_server_silent_noalert", [BOTH], [(True, b"ZQBOTH")], {8407: 0})

EITHER = rule(TCP, 'flow:established,to_server; content:"ZQEITHER"; stream_size:either,>,50;', 8408)
add("stream_size_either_server_over_alert", [EITHER], [(False, b"s" * 50), (True, b"ZQEITHER")], {8408: 1})
add("stream_size_either_neither_over_noalert", [EITHER], [(False, b"s" * 49), (True, b"ZQEITHER")], {8408: 0})

# A header-only rule is compared on every packet it admits: the client's data
# packets reach 13, 25 and 37.
GROWING = rule(TCP, 'flow:established,to_server; dsize:12; stream_size:client,>=,30;', 8409)
add("stream_size_header_rule_third_packet_alert", [GROWING],
    [(True, b"abcdefghijk\n"), (True, b"abcdefghijk\n"), (True, b"abcdefghijk\n")], {8409: 1})
add("stream_size_header_rule_two_packets_noalert", [GROWING],
    [(True, b"abcdefghijk\n"), (True, b"abcdefghijk\n")], {8409: 0})
