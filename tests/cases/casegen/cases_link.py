"""Link-layer and capture-file cases: VLAN stacks, cooked/raw/loopback link types,
pcapng, nanosecond and big-endian pcap, truncated and corrupt files."""
import random

from . import capfile
from . import scenario as S
from . import texts as T
from .capture import Capture
from .case import Case
from .packets import TO_CLIENT, TO_SERVER, TPID_8021AD, TPID_8021Q, TPID_9100, Link, TcpFlow, UdpFlow


def _interleave(cap, *lists):
    lists = [list(x) for x in lists]
    while any(lists):
        for x in lists:
            if x:
                cap.add(x.pop(0))


def vlan_8021q():
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET))
    c, s = ("198.51.100.50", 50600), ("203.0.113.50", 80)
    f42 = TcpFlow(c, s, isn=(111_000, 222_000), vlans=[(TPID_8021Q, 42)])
    f43 = TcpFlow(c, s, isn=(333_000, 444_000), vlans=[(TPID_8021Q, 43)])
    a = S.conversation(f42, [(TO_SERVER, T.http_post("a.example", "/", "Final offer: " + T.P_PAY_BTC + ".")),
                             (TO_CLIENT, T.http_response("ok"))], sizes=[30])
    b = S.conversation(f43, [(TO_SERVER, T.http_post("a.example", "/", T.P_RU_BTC + " сегодня.")),
                             (TO_CLIENT, T.http_response("ok"))], sizes=[30])
    _interleave(cap, a, b)
    return Case("vlan_8021q",
                "Two TCP flows with the SAME addresses and ports on 802.1Q VLANs 42 and 43, packets interleaved: "
                "they are different flows (the VLAN id is part of the flow key) and each alert carries its vlan.",
                cap, [(2100002, f42, TO_SERVER), (2100005, f43, TO_SERVER)])


def qinq_8021ad():
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET))
    c, s = ("198.51.100.51", 50601), ("203.0.113.51", 80)
    fa = TcpFlow(c, s, isn=(555_000, 666_000), vlans=[(TPID_8021AD, 100), (TPID_8021Q, 200)])
    fb = TcpFlow(c, s, isn=(777_000, 888_000), vlans=[(TPID_9100, 101), (TPID_8021Q, 201)])
    a = S.conversation(fa, [(TO_SERVER, T.http_get("invest.example", "/")),
                            (TO_CLIENT, T.http_response(T.INVESTMENT_PAGE))], sizes=[64])
    b = S.conversation(fb, [(TO_SERVER, T.http_post("a.example", "/", T.P_DEADLINE + ". No police.")),
                            (TO_CLIENT, T.http_response("ok"))], sizes=[64])
    _interleave(cap, a, b)
    return Case("qinq_8021ad",
                "Double-tagged frames: 802.1ad (0x88a8) outer 100 + 802.1Q inner 200, and the older 0x9100 outer "
                "101 + inner 201, same addresses and ports. Alerts carry both ids, outermost first.",
                cap, [(2100004, fa, TO_CLIENT), (2100006, fb, TO_SERVER)])


def _twoFlows(link, name, description, v4_text, v6_text, v4_sig, v6_sig, v6_udp=False):
    cap = Capture(Link(link))
    f4 = TcpFlow(("198.51.100.52", 50602), ("203.0.113.52", 5222), isn=(1_234_000, 5_678_000))
    cap.add(S.conversation(f4, [(TO_SERVER, v4_text.encode()), (TO_CLIENT, b"?")], sizes=[25]))
    if v6_udp:
        f6 = UdpFlow(("2001:db8:1::52", 40052), ("2001:db8:2::52", 9999))
        cap.add(f6.datagram(TO_SERVER, v6_text.encode()))
    else:
        f6 = TcpFlow(("2001:db8:1::52", 50603), ("2001:db8:2::52", 5222), isn=(2_345_000, 6_789_000))
        cap.add(S.conversation(f6, [(TO_SERVER, v6_text.encode()), (TO_CLIENT, b"?")], sizes=[25]))
    return Case(name, description, cap, [(v4_sig, f4, TO_SERVER), (v6_sig, f6, TO_SERVER)])


def linux_sll():
    return _twoFlows(capfile.LINKTYPE_LINUX_SLL, "linux_sll",
                     "Linux cooked capture v1 (linktype 113, 16-byte header, as from 'tcpdump -i any'): an IPv4 and "
                     "an IPv6 TCP flow.",
                     "Look. " + T.P_WEBCAM + ".", T.P_RU_VIDEO + "!", 2100001, 2100003)


def linux_sll2():
    return _twoFlows(capfile.LINKTYPE_LINUX_SLL2, "linux_sll2",
                     "Linux cooked capture v2 (linktype 276, 20-byte header with interface index): an IPv4 TCP flow "
                     "and an IPv6 UDP datagram.",
                     "Again: " + T.P_PAY_BTC + ".", T.WALLET_LURE, 2100002, 2100009, v6_udp=True)


def raw_ip():
    return _twoFlows(capfile.LINKTYPE_RAW, "raw_ip",
                     "Raw IP link type (LINKTYPE_RAW 101: the packet starts with the IP header, version from the "
                     "first nibble): an IPv4 and an IPv6 TCP flow.",
                     T.P_RETURNS + "!", T.P_RU_BTC + " на этот адрес.", 2100004, 2100005)


def bsd_null_loopback():
    cap = Capture(Link(capfile.LINKTYPE_NULL))
    expect = []
    plan = [(None, "127.0.0.1", T.P_DEADLINE + ".", 2100006),
            (24, "::1", "Truth: " + T.P_WEBCAM + ".", 2100001),
            (28, "::1", "Now " + T.P_PAY_BTC + ".", 2100002),
            (30, "::1", T.P_RU_VIDEO + ".", 2100003)]
    for i, (af, addr, text, sig) in enumerate(plan):
        f = TcpFlow((addr, 50610 + i), (addr, 8080), isn=(3_000_000 + i, 4_000_000 + i))
        if af:
            f.null_af = af
        cap.add(S.conversation(f, [(TO_SERVER, text.encode()), (TO_CLIENT, b"ok")], sizes=[16]))
        expect.append((sig, f, TO_SERVER))
    return Case("bsd_null_loopback",
                "BSD loopback (linktype 0, 4-byte address family in the writer's byte order, little-endian here): "
                "IPv4 (AF 2) and IPv6 with each BSD AF_INET6 value (24 NetBSD/OpenBSD, 28 FreeBSD, 30 macOS), "
                "all over 127.0.0.1 / ::1 where client and server differ only by port.",
                cap, expect)


def pcapng():
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET), step_ns=1_000_321)
    f = TcpFlow(("198.51.100.53", 50620), ("203.0.113.53", 25), isn=(8_000_000, 9_000_000))
    g = TcpFlow(("198.51.100.54", 50621), ("203.0.113.53", 5222), isn=(8_500_000, 9_500_000), iface=1)
    u = UdpFlow(("198.51.100.55", 40055), ("203.0.113.53", 9999), iface=1)
    a = S.conversation(f, [(TO_SERVER, ("Be quiet. " + T.P_WEBCAM + ".").encode()), (TO_CLIENT, b"250 ok")],
                       sizes=[21])
    b = S.conversation(g, [(TO_SERVER, b"hi"), (TO_CLIENT, (T.P_DEADLINE + ".").encode())], sizes=[7])
    _interleave(cap, a, b, [u.datagram(TO_SERVER, ("Срочно! " + T.P_RU_BTC + ".").encode())])
    return Case("pcapng",
                "pcapng with two interfaces of the same link type (if0 in microseconds, if1 with if_tsresol 9 = "
                "nanoseconds), a Name Resolution Block and Interface Statistics Blocks to step over, packets of "
                "three flows interleaved across the interfaces. Also read from stdin.",
                cap, [(2100001, f, TO_SERVER), (2100006, g, TO_CLIENT), (2100005, u, TO_SERVER)],
                fmt="pcapng", interfaces=[("eth0", 6), ("eth1", 9)], also_stdin=True)


def pcap_nanosecond():
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET), step_ns=1_000_123, extra_ns=789)
    f = TcpFlow(("198.51.100.56", 50630), ("203.0.113.56", 5222), isn=(10_000_000, 11_000_000))
    cap.add(S.conversation(f, [(TO_SERVER, ("Read this. " + T.P_PAY_BTC + ". " + T.P_DEADLINE + ".").encode()),
                               (TO_CLIENT, b"stop")], sizes=[19]))
    return Case("pcap_nanosecond",
                "Classic pcap with the nanosecond magic (0xa1b23c4d); alert timestamps must be the capture time "
                "(microseconds in EVE), not the wall clock and not scaled by 1000.",
                cap, [(2100002, f, TO_SERVER), (2100006, f, TO_SERVER)], nano=True)


def pcap_big_endian():
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET))
    f = TcpFlow(("198.51.100.57", 50640), ("203.0.113.57", 80), isn=(12_000_000, 13_000_000))
    cap.add(S.conversation(f, [(TO_SERVER, T.http_get("invest.example", "/")),
                               (TO_CLIENT, T.http_response(T.INVESTMENT_PAGE))], sizes=[77]))
    return Case("pcap_big_endian",
                "Classic microsecond pcap written big-endian (as by a SPARC/PowerPC host): headers byte-swapped.",
                cap, [(2100004, f, TO_CLIENT)], big_endian=True)


def _truncated(name, cut_bytes, what):
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET))
    f = TcpFlow(("198.51.100.58", 50650), ("203.0.113.58", 5222), isn=(14_000_000, 15_000_000))
    cap.add(f.handshake(), f.segments(TO_SERVER, ("First: " + T.P_PAY_BTC + ".").encode()), f.ack(TO_CLIENT))
    keep = len(cap.frames)
    cap.add(f.segments(TO_CLIENT, ("Ответ: " + T.P_RU_VIDEO + " — не надо!").encode()))
    return Case(name,
                f"The file ends {what} of the last record (the server's reply, which carries a phrase). Scanning "
                "must either stop cleanly (exit 0) or fail with a clear message (exit 1); either way the message "
                "on stderr mentions the truncation and the alert for the complete records is still written. "
                "Statistics, when written, count only the complete records.",
                cap, [(2100002, f, TO_SERVER)], cut=(keep, cut_bytes),
                exit={"codes": [0, 1], "stderr_regex": "(?i)truncat"})


def truncated_file():
    return _truncated("truncated_file", 16 + 40, "in the middle of the packet data")


def truncated_record_header():
    return _truncated("truncated_record_header", 7, "inside the 16-byte record header")


def corrupt_header():
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(200))
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET))
    return Case("corrupt_header",
                "Not a capture file: 200 random bytes (no pcap or pcapng magic). Scanning must fail with exit "
                "code 1 or 2 and an error naming the file; no alerts.",
                cap, [], raw_file=data, exit={"codes": [1, 2], "stderr_regex": r"capture\.pcap"})


def empty_capture():
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET))
    return Case("empty_capture", "A valid pcap header and no packets: exit 0, no alerts, zero counts.", cap, [])


CASES = [vlan_8021q, qinq_8021ad, linux_sll, linux_sll2, raw_ip, bsd_null_loopback, pcapng, pcap_nanosecond,
         pcap_big_endian, truncated_file, truncated_record_header, corrupt_header, empty_capture]
