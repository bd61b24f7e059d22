"""Rule header cases: protocol, ports (lists, ranges, negation), addresses (CIDR v4/v6,
lists, negation), address/port variables, direction -> and <>."""
from . import apps
from .case import CLIENT_IP, CLIENT_IP6, SERVER_IP, SERVER_IP6, Case, http, rule, tcp, udp, dns

CASES = []

WHY_PORTS = ('Suricata rules "Rule Header", Ports: "[79,80:82,83]" is a list with a range; '
             '"80:" means 80 and up, "!80" every port except 80, "[1:80,![2,4]]" the range 1-80 except 2 and 4; '
             'the rule only matches traffic between the ports it names.')
WHY_ADDR = ('Suricata rules "Rule Header", Source and destination: addresses are IPs or CIDR ranges (IPv4 and '
            'IPv6), lists in [..], "!" negates ("![1.1.1.1, 1.1.1.2]" every address but those); the packet\'s '
            'source must be in the source expression and its destination in the destination expression.')
WHY_VARS = ('Suricata rules "Rule Header": "$HOME_NET" and "$EXTERNAL_NET" are the address variables of '
            'suricata.yaml vars.address-groups (EXTERNAL_NET is usually "!$HOME_NET"); port groups such as '
            '$HTTP_PORTS come from vars.port-groups.')
WHY_DIR = ('Suricata rules "Rule Header", Direction: "->" matches only traffic from source to destination; '
           '"<>" matches both directions (source and destination are tried both ways round).')
WHY_PROTO = ('Suricata rules "Rule Header", Protocol: tcp, udp, icmp and ip (any) select the transport; an '
             'application-layer protocol (http, dns, tls, smtp ...) makes the rule apply to that protocol\'s '
             'traffic only.')


def add(name, cls, rules, traffic, alerts, why, vars=None):
    CASES.append(Case(name, cls, rules, traffic, alerts, why, vars or {}))


def post(body=b"user=alice&action=upload"):
    return apps.httpRequest("POST", "/upload.php", headers=[("Content-Type", "application/x-www-form-urlencoded")],
                            body=body)


def raw(marker, port):
    """A raw TCP exchange whose first client payload carries marker."""
    return lambda cap: tcp(cap, [(True, b"HELLO " + marker + b" END\r\n"), (False, b"OK\r\n")], server_port=port)


# ------------------------------------------------------------------ header_port
add("header_port_dst_match", "header_port",
    [rule("http any any -> any 8080", 'flow:established,to_server; http.method; content:"POST";', 1101)],
    lambda cap: http(cap, post(), server_port=8080), {1101: 1}, WHY_PORTS)
add("header_port_dst_mismatch", "header_port",
    [rule("http any any -> any 8080", 'flow:established,to_server; http.method; content:"POST";', 1102)],
    lambda cap: http(cap, post(), server_port=80), {1102: 0}, WHY_PORTS)
add("header_port_443_rule_http_on_80", "header_port",
    [rule("http any any -> any 443", 'flow:established,to_server; http.method; content:"POST";', 1103)],
    lambda cap: http(cap, post(), server_port=80), {1103: 0}, WHY_PORTS)
add("header_port_src_match", "header_port",
    [rule("tcp any 80 -> any any", 'flow:established,to_client; content:"Server|3a| nginx";', 1104)],
    lambda cap: http(cap, apps.httpRequest()), {1104: 1}, WHY_PORTS)
add("header_port_src_mismatch", "header_port",
    [rule("tcp any 8080 -> any any", 'flow:established,to_client; content:"Server|3a| nginx";', 1105)],
    lambda cap: http(cap, apps.httpRequest()), {1105: 0}, WHY_PORTS)
add("header_port_any_alerts", "header_port",
    [rule("tcp any any -> any any", 'flow:established,to_server; content:"HELLO zq-port-any";', 1106)],
    raw(b"zq-port-any", 7777), {1106: 1}, WHY_PORTS)

# ------------------------------------------------------------------ header_port_list
PL = 'flow:established,to_server; content:"HELLO zq-portlist";'
for i, (ports, port, hits) in enumerate([
        ("[80,9001]", 9001, 1), ("[81,9002]", 9001, 0), ("[9000:9010]", 9010, 1), ("[9000:9009]", 9010, 0),
        ("!9001", 9002, 1), ("!9001", 9001, 0), ("[9000:9100,!9050]", 9051, 1), ("[9000:9100,!9050]", 9050, 0),
        ("9000:", 65000, 1), (":8999", 9000, 0)]):
    sid = 1200 + i
    kind = ["list", "list", "range_upper_edge", "range_one_below", "negated", "negated", "range_except",
            "range_except", "open_range", "open_range"][i]
    add(f"header_port_list_{kind}_{'alert' if hits else 'noalert'}", "header_port_list",
        [rule(f"tcp any any -> any {ports}", PL, sid)], raw(b"zq-portlist", port), {sid: hits}, WHY_PORTS)

# ------------------------------------------------------------------ header_address
AD = 'flow:established,to_server; content:"HELLO zq-addr";'


def rawFrom(client, server):
    return lambda cap: tcp(cap, [(True, b"HELLO zq-addr END\r\n"), (False, b"OK\r\n")], server_port=9000,
                           client_ip=client, server_ip=server)


for i, (src, dst, client, server, hits, kind) in enumerate([
        ("192.0.2.0/24", "any", "192.0.2.10", SERVER_IP, 1, "cidr4"),
        ("192.0.2.0/25", "any", "192.0.2.200", SERVER_IP, 0, "cidr4_outside"),
        ("any", "198.51.100.20", CLIENT_IP, SERVER_IP, 1, "host4"),
        ("any", "198.51.100.21", CLIENT_IP, SERVER_IP, 0, "host4_other"),
        ("2001:db8:1::/48", "any", CLIENT_IP6, SERVER_IP6, 1, "cidr6"),
        ("2001:db8:1::/64", "any", "2001:db8:1:1::10", SERVER_IP6, 0, "cidr6_outside"),
        ("!192.0.2.10", "any", "192.0.2.11", SERVER_IP, 1, "negated"),
        ("!192.0.2.10", "any", "192.0.2.10", SERVER_IP, 0, "negated"),
        ("[192.0.2.0/24,!192.0.2.10]", "any", "192.0.2.11", SERVER_IP, 1, "list_except"),
        ("[192.0.2.0/24,!192.0.2.10]", "any", "192.0.2.10", SERVER_IP, 0, "list_except"),
        ("any", "[203.0.113.5,198.51.100.0/28]", CLIENT_IP, SERVER_IP, 0, "list_dst"),
        ("any", "[203.0.113.5,198.51.100.16/28]", CLIENT_IP, SERVER_IP, 1, "list_dst"),
        ("any", "!2001:db8:2::/48", CLIENT_IP6, SERVER_IP6, 0, "negated6"),
        ("any", "!2001:db8:3::/48", CLIENT_IP6, SERVER_IP6, 1, "negated6")]):
    sid = 1300 + i
    add(f"header_address_{kind}_{'alert' if hits else 'noalert'}", "header_address",
        [rule(f"tcp {src} any -> {dst} any", AD, sid)], rawFrom(client, server), {sid: hits}, WHY_ADDR)

# ------------------------------------------------------------------ header_vars
HOME = {"HOME_NET": ["198.51.100.0/24"], "EXTERNAL_NET": ["!$HOME_NET"]}
VR = 'flow:established,to_server; content:"HELLO zq-vars";'


def rawVars(client, server, port=9000):
    return lambda cap: tcp(cap, [(True, b"HELLO zq-vars END\r\n"), (False, b"OK\r\n")], server_port=port,
                           client_ip=client, server_ip=server)


add("header_vars_external_to_home_alert", "header_vars",
    [rule("tcp $EXTERNAL_NET any -> $HOME_NET any", VR, 1401)], rawVars(CLIENT_IP, SERVER_IP), {1401: 1},
    WHY_VARS, HOME)
add("header_vars_home_to_home_noalert", "header_vars",
    [rule("tcp $EXTERNAL_NET any -> $HOME_NET any", VR, 1402)], rawVars("198.51.100.77", SERVER_IP), {1402: 0},
    WHY_VARS, HOME)
add("header_vars_home_to_external_noalert", "header_vars",
    [rule("tcp $HOME_NET any -> $EXTERNAL_NET any", VR, 1403)], rawVars(CLIENT_IP, SERVER_IP), {1403: 0},
    WHY_VARS, HOME)
add("header_vars_home_to_external_alert", "header_vars",
    [rule("tcp $HOME_NET any -> $EXTERNAL_NET any", VR, 1404)], rawVars("198.51.100.77", "203.0.113.9"),
    {1404: 1}, WHY_VARS, HOME)
add("header_vars_port_group_alert", "header_vars",
    [rule("tcp any any -> any $HTTP_PORTS", VR, 1405)], rawVars(CLIENT_IP, SERVER_IP, 8081), {1405: 1},
    WHY_VARS, {"HTTP_PORTS": [80, 8081]})
add("header_vars_port_group_noalert", "header_vars",
    [rule("tcp any any -> any $HTTP_PORTS", VR, 1406)], rawVars(CLIENT_IP, SERVER_IP, 8082), {1406: 0},
    WHY_VARS, {"HTTP_PORTS": [80, 8081]})
add("header_vars_default_home_net_alert", "header_vars",
    [rule("tcp $HOME_NET any -> $EXTERNAL_NET any", VR, 1407)], rawVars("10.20.30.40", "203.0.113.9"),
    {1407: 1}, WHY_VARS + ' Default suricata.yaml: HOME_NET "[192.168.0.0/16,10.0.0.0/8,172.16.0.0/12]", '
    'EXTERNAL_NET "!$HOME_NET".')
add("header_vars_default_home_net_noalert", "header_vars",
    [rule("tcp $HOME_NET any -> $EXTERNAL_NET any", VR, 1408)], rawVars("203.0.113.9", "10.20.30.40"),
    {1408: 0}, WHY_VARS + ' Default suricata.yaml: HOME_NET "[192.168.0.0/16,10.0.0.0/8,172.16.0.0/12]", '
    'EXTERNAL_NET "!$HOME_NET".')

# ------------------------------------------------------------------ direction
BANNER = lambda cap: tcp(cap, [(True, b"HELLO client-side\r\n"), (False, b"BANNER zq-dir-reply\r\n")],
                         server_port=9000)
add("direction_bidirectional_reply_alert", "direction",
    [rule(f"tcp {CLIENT_IP} any <> {SERVER_IP} 9000", 'content:"zq-dir-reply";', 1501)], BANNER, {1501: 1},
    WHY_DIR)
add("direction_oneway_reply_noalert", "direction",
    [rule(f"tcp {CLIENT_IP} any -> {SERVER_IP} 9000", 'content:"zq-dir-reply";', 1502)], BANNER, {1502: 0},
    WHY_DIR)
add("direction_reversed_header_reply_alert", "direction",
    [rule(f"tcp {SERVER_IP} 9000 -> {CLIENT_IP} any", 'content:"zq-dir-reply";', 1503)], BANNER, {1503: 1},
    WHY_DIR)
add("direction_reversed_header_request_noalert", "direction",
    [rule(f"tcp {SERVER_IP} 9000 -> {CLIENT_IP} any", 'content:"client-side";', 1504)], BANNER, {1504: 0},
    WHY_DIR)
add("direction_bidirectional_request_alert", "direction",
    [rule(f"tcp {SERVER_IP} 9000 <> {CLIENT_IP} any", 'content:"client-side";', 1505)], BANNER, {1505: 1},
    WHY_DIR)
add("direction_bidirectional_other_host_noalert", "direction",
    [rule(f"tcp {SERVER_IP} 9000 <> 192.0.2.99 any", 'content:"client-side";', 1506)], BANNER, {1506: 0},
    WHY_DIR)

# ------------------------------------------------------------------ header_protocol
add("header_protocol_udp_on_udp_alert", "header_protocol",
    [rule("udp any any -> any any", 'content:"zq-proto-dgram";', 1601)],
    lambda cap: udp(cap, [(True, b"PING zq-proto-dgram\n")]), {1601: 1}, WHY_PROTO)
add("header_protocol_udp_on_tcp_noalert", "header_protocol",
    [rule("udp any any -> any any", 'content:"zq-proto-dgram";', 1602)],
    lambda cap: tcp(cap, [(True, b"PING zq-proto-dgram\n")]), {1602: 0}, WHY_PROTO)
add("header_protocol_ip_on_tcp_alert", "header_protocol",
    [rule("ip any any -> any any", 'content:"zq-proto-dgram";', 1603)],
    lambda cap: tcp(cap, [(True, b"PING zq-proto-dgram\n")]), {1603: 1}, WHY_PROTO)
add("header_protocol_http_on_dns_noalert", "header_protocol",
    [rule("http any any -> any any", 'content:"zq-proto-name";', 1604)],
    lambda cap: dns(cap, "zq-proto-name.example.com"), {1604: 0}, WHY_PROTO)
add("header_protocol_dns_on_dns_alert", "header_protocol",
    [rule("dns any any -> any any", 'dns.query; content:"zq-proto-name";', 1605)],
    lambda cap: dns(cap, "zq-proto-name.example.com"), {1605: 1}, WHY_PROTO)
add("header_protocol_tcp_on_udp_noalert", "header_protocol",
    [rule("tcp any any -> any any", 'content:"zq-proto-dgram";', 1606)],
    lambda cap: udp(cap, [(True, b"PING zq-proto-dgram\n")]), {1606: 0}, WHY_PROTO)

# HTTP over IPv6: addresses and ports of an application-layer rule.
V6 = lambda port: (lambda cap: http(cap, post(), server_port=port, client_ip=CLIENT_IP6, server_ip=SERVER_IP6))
add("header_address_http_ipv6_alert", "header_address",
    [rule("http 2001:db8:1::/48 any -> 2001:db8:2::20 80", 'http.method; content:"POST";', 1320)], V6(80),
    {1320: 1}, WHY_ADDR)
add("header_address_http_ipv6_noalert", "header_address",
    [rule("http 2001:db8:1::/48 any -> 2001:db8:2::21 80", 'http.method; content:"POST";', 1321)], V6(80),
    {1321: 0}, WHY_ADDR)
