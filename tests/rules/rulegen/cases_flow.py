"""flow: keyword cases (to_server / to_client / from_* / established / not_established / stateless)."""
from .case import Case, rule, tcp, udp

CASES = []
WHY_DIR = ('Suricata "Flow Keywords", flow: "to_server/from_client: Match on packets from client to server"; '
           '"to_client/from_server: Match on packets from server to client"; the client is the host that '
           'opened the connection (sent the SYN).')
WHY_EST = ('Suricata "Flow Keywords", flow: "established: Match on established connections"; '
           '"not_established: Match on packets that are not part of an established connection"; for TCP a '
           'connection is established once the three-way handshake completed (stream.midstream defaults to '
           'false, so a stream picked up without a handshake is not established).')


def add(name, cls, rules, traffic, alerts, why):
    CASES.append(Case(name, cls, rules, traffic, alerts, why))


def exchange(handshake=True):
    return lambda cap: tcp(cap, [(True, b"REQ zq-flow-ask\r\n"), (False, b"RSP zq-flow-answer\r\n")],
                           server_port=9000, handshake=handshake)


# flow_direction
for i, (opt, content, hits) in enumerate([
        ("to_server", "zq-flow-ask", 1), ("to_server", "zq-flow-answer", 0),
        ("to_client", "zq-flow-answer", 1), ("to_client", "zq-flow-ask", 0),
        ("from_client", "zq-flow-ask", 1), ("from_server", "zq-flow-ask", 0),
        ("from_server", "zq-flow-answer", 1), ("from_client", "zq-flow-answer", 0)]):
    sid = 2100 + i
    add(f"flow_direction_{opt}_{'alert' if hits else 'noalert'}_{content.split('-')[-1]}", "flow_direction",
        [rule("tcp any any -> any any", f'flow:established,{opt}; content:"{content}";', sid)], exchange(), {sid: hits}, WHY_DIR)

# flow_established
for i, (opt, handshake, hits) in enumerate([
        ("established", True, 1), ("established", False, 0),
        ("not_established", False, 1), ("not_established", True, 0),
        ("established,to_server", True, 1), ("established,to_server", False, 0)]):
    sid = 2200 + i
    label = opt.replace(",", "_")
    add(f"flow_established_{label}_{'handshake' if handshake else 'no_handshake'}", "flow_established",
        [rule("tcp any any -> any any", f'flow:{opt}; content:"zq-flow-ask";', sid)], exchange(handshake),
        {sid: hits}, WHY_EST)

# flow:stateless and UDP direction
add("flow_stateless_no_handshake_alert", "flow_established",
    [rule("tcp any any -> any any", 'flow:stateless; content:"zq-flow-ask";', 2210)], exchange(False),
    {2210: 1}, 'Suricata "Flow Keywords", flow: "stateless: Match on packets that are and are not part of an '
    'established connection".')
add("flow_udp_to_server_alert", "flow_direction",
    [rule("udp any any -> any any", 'flow:to_server; content:"zq-flow-ask";', 2110)],
    lambda cap: udp(cap, [(True, b"REQ zq-flow-ask\n"), (False, b"RSP zq-flow-answer\n")]), {2110: 1}, WHY_DIR)
add("flow_udp_to_client_noalert", "flow_direction",
    [rule("udp any any -> any any", 'flow:to_client; content:"zq-flow-ask";', 2111)],
    lambda cap: udp(cap, [(True, b"REQ zq-flow-ask\n"), (False, b"RSP zq-flow-answer\n")]), {2111: 0}, WHY_DIR)
