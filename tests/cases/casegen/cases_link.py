"""Link-layer and capture-file cases: VLAN stacks, cooked/raw/loopback/Cisco HDLC
link types, the tunnels taps deliver traffic in (GRE, ERSPAN, VXLAN, Geneve,
IP-in-IP, MPLS, PPPoE), pcapng, nanosecond and big-endian pcap, truncated and
corrupt files."""
import random
import struct

from scapy.layers.inet import IP, UDP

from . import capfile
from . import scenario as S
from . import texts as T
from . import tunnels as TN
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
    return Case("empty_capture",
                "A valid pcap header and no packets: a capture that yields no packet is an error (issue 20), exit 1 "
                "with 'FILE: no packets in capture'; no alerts, zero counts in the summary.",
                cap, [], exit={"codes": [1], "stderr_regex": r"capture\.pcap: no packets in capture"})


def qinq_triple_tag():
    cap = Capture(Link(capfile.LINKTYPE_ETHERNET))
    f = TcpFlow(("198.51.100.59", 50660), ("203.0.113.59", 80), isn=(16_000_000, 17_000_000),
                vlans=[(TPID_8021AD, 100), (TPID_8021Q, 200), (TPID_8021Q, 300)])
    cap.add(S.conversation(f, [(TO_SERVER, T.http_post("a.example", "/", "Last chance: " + T.P_PAY_BTC + ".")),
                               (TO_CLIENT, T.http_response("ok"))], sizes=[40]))
    n = len(cap.frames)
    return Case("qinq_triple_tag",
                "Three VLAN tags (802.1ad 100, 802.1Q 200, 802.1Q 300) on every frame: the stack is walked to the "
                "IP header at any depth; the flow key and the alert keep the outermost two ids, and each frame is "
                "counted as vlan_too_deep (decoded, not dropped).",
                cap, [(2100002, f, TO_SERVER)],
                decode_errors={"_sum": {"eq": n}, "vlan_too_deep": {"eq": n}})


def cisco_hdlc():
    return _twoFlows(capfile.LINKTYPE_C_HDLC, "cisco_hdlc",
                     "Cisco HDLC link type (DLT_C_HDLC 104: address 0x0f, control 0, then an ethertype), as captured "
                     "on a serial WAN link: an IPv4 and an IPv6 TCP flow.",
                     "Listen: " + T.P_DEADLINE + ".", T.P_RU_BTC + " сегодня.", 2100006, 2100005)


# ---------------------------------------------------------------- tunnels

def _tunnelled(f, tunnel):
    f.tunnel = tunnel
    return f


def _chat(f, text, reply=b"ok", sizes=(60,)):
    """A short TCP conversation: the client sends `text`, the server answers."""
    return S.conversation(f, [(TO_SERVER, text.encode()), (TO_CLIENT, reply)], sizes=list(sizes))


def _tunnelCase(name, description, plan, link=capfile.LINKTYPE_ETHERNET, **kw):
    """plan: [(flow, tunnel, script packets builder, signature, direction)]; flows interleaved."""
    cap = Capture(Link(link))
    lists, expect = [], []
    for flow, tunnel, build, sig, direction in plan:
        _tunnelled(flow, tunnel)
        lists.append(build(flow))
        expect.append((sig, flow, direction))
    _interleave(cap, *lists)
    return Case(name, description, cap, expect, **kw), cap


def gre_ipv4():
    path = TN.Path("192.0.2.1", "192.0.2.2")
    gre_plain = TN.Tunnel(TN.gre(path), outer_vlans=[(TPID_8021Q, 300)])
    gre_full = TN.Tunnel(TN.gre(path, key=0x0A0B0C0D, sequence=True, checksum=True), outer_vlans=[(TPID_8021Q, 300)])
    f4 = TcpFlow(("198.51.100.60", 50700), ("203.0.113.60", 80), isn=(18_000_000, 19_000_000))
    f6 = TcpFlow(("2001:db8:60::1", 50701), ("2001:db8:60::2", 5222), isn=(18_500_000, 19_500_000))
    case, cap = _tunnelCase(
        "gre_ipv4",
        "GRE (IP protocol 47) between two tunnel endpoints on outer VLAN 300, the reply on the reverse path: an "
        "IPv4 flow in plain GRE and an IPv6 flow in GRE with checksum, key and sequence number. Alerts carry the "
        "inner addresses and no VLAN (the outer tag belongs to the transport). One extra frame carries GRE with "
        "an unknown protocol (0x880b, PPP): counted as unsupported_gre_protocol, not silently dropped.",
        [(f4, gre_plain, lambda f: S.conversation(f, [(TO_SERVER, T.http_post("a.example", "/", "Final offer: " +
                                                                                 T.P_PAY_BTC + ".")),
                                                      (TO_CLIENT, T.http_response("ok"))], sizes=[50]),
          2100002, TO_SERVER),
         (f6, gre_full, lambda f: _chat(f, "Final: " + T.P_WEBCAM + "."), 2100001, TO_SERVER)],
        decode_errors={"_sum": {"eq": 1}, "unsupported_gre_protocol": {"eq": 1}})
    ppp = struct.pack(">BBH", 0, 0, 0x880B) + bytes.fromhex("ff03c021") + bytes(12)
    outer = bytes(IP(src="192.0.2.1", dst="192.0.2.2", proto=47, id=7, ttl=64) / ppp)
    cap.addRaw(bytes.fromhex("020000000002020000000001") + struct.pack(">HHH", TPID_8021Q, 300, 0x0800) + outer,
               "GRE with protocol 0x880b (PPP): not opened, counted")
    return case


def gre_teb_ethernet():
    path = TN.Path("192.0.2.3", "192.0.2.4")
    teb = TN.Tunnel(TN.ethernet(), TN.gre(path), outer_vlans=[(TPID_8021Q, 301)])
    nvgre = TN.Tunnel(TN.ethernet(), TN.gre(path, key=0x00ABCD00))
    fa = TcpFlow(("198.51.100.61", 50710), ("203.0.113.61", 80), isn=(20_000_000, 21_000_000),
                 vlans=[(TPID_8021Q, 77)])
    fb = TcpFlow(("198.51.100.61", 50710), ("203.0.113.61", 80), isn=(22_000_000, 23_000_000))
    case, _ = _tunnelCase(
        "gre_teb_ethernet",
        "GRE transparent Ethernet bridging (protocol 0x6558): whole Ethernet frames in GRE. One flow's frames "
        "carry inner VLAN 77 (kept in the flow key and the alert), the outer VLAN 301 is dropped; a second flow "
        "with the SAME inner addresses and ports but no inner tag rides NVGRE-style (GRE key = virtual subnet "
        "id): a different flow.",
        [(fa, teb, lambda f: S.conversation(f, [(TO_SERVER, T.http_get("invest.example", "/")),
                                               (TO_CLIENT, T.http_response(T.INVESTMENT_PAGE))], sizes=[64]),
          2100004, TO_CLIENT),
         (fb, nvgre, lambda f: _chat(f, T.P_DEADLINE + ". No police."), 2100006, TO_SERVER)])
    return case


def erspan_type2():
    # A mirror session: the switch sends both directions from its own address to the collector.
    path = TN.Path("192.0.2.11", "192.0.2.99", reply=("192.0.2.11", "192.0.2.99"))
    tunnel = TN.Tunnel(TN.ethernet(), TN.erspan2(path, session=12))
    f = TcpFlow(("198.51.100.62", 50720), ("203.0.113.62", 80), isn=(24_000_000, 25_000_000),
                vlans=[(TPID_8021Q, 20)])
    g = TcpFlow(("2001:db8:62::1", 50721), ("2001:db8:62::2", 5222), isn=(24_500_000, 25_500_000))
    case, _ = _tunnelCase(
        "erspan_type2",
        "ERSPAN type II (GRE protocol 0x88be with sequence numbers, 8-byte ERSPAN header, session 12) from a "
        "switch's mirror session to a collector: both directions come from the same outer source. An IPv4 flow "
        "with the mirrored port's VLAN 20 still in the frame, and an IPv6 flow.",
        [(f, tunnel, lambda x: _chat(x, "Look: " + T.P_PAY_BTC + "."), 2100002, TO_SERVER),
         (g, tunnel, lambda x: _chat(x, "hi", (T.P_RU_VIDEO + "!").encode()), 2100003, TO_CLIENT)])
    return case


def erspan_type3():
    path = TN.Path("192.0.2.12", "192.0.2.98", reply=("192.0.2.12", "192.0.2.98"))
    tunnel = TN.Tunnel(TN.ethernet(), TN.erspan3(path, session=13, platform_every=2))
    f = TcpFlow(("198.51.100.63", 50730), ("203.0.113.63", 8080), isn=(26_000_000, 27_000_000))
    case, _ = _tunnelCase(
        "erspan_type3",
        "ERSPAN type III (GRE protocol 0x22eb, 12-byte header with timestamp and frame type 0 = Ethernet); "
        "every second frame also carries the 8-byte optional platform-specific subheader (O bit), which must "
        "be stepped over.",
        [(f, tunnel, lambda x: _chat(x, "Be warned. " + T.P_HACKED + ". Send to " + T.BTC_ADDRESS + " now.",
                                     sizes=(33,)), 2100008, TO_SERVER)])
    return case


def vxlan():
    # Cloud traffic mirroring: each direction is mirrored at its own source interface, so the two
    # directions of one inner flow arrive with DIFFERENT outer address pairs. Every packet of the
    # inner flow must still reach one worker (the runner scans with 1 and 2 workers).
    path = TN.Path("192.0.2.21", "192.0.2.100", reply=("192.0.2.22", "192.0.2.100"))
    tunnel = TN.Tunnel(TN.ethernet(), TN.vxlan(path, vni=4242))
    f = TcpFlow(("198.51.100.64", 50740), ("203.0.113.64", 80), isn=(28_000_000, 29_000_000))
    g = TcpFlow(("198.51.100.65", 50741), ("203.0.113.65", 5222), isn=(30_000_000, 31_000_000))
    case, _ = _tunnelCase(
        "vxlan",
        "VXLAN (UDP 4789, VNI 4242) as cloud traffic mirroring delivers it: each direction of a flow is mirrored "
        "from its own source (outer 192.0.2.21 -> .100 for the client's packets, 192.0.2.22 -> .100 for the "
        "server's), so the outer address pairs of the two directions differ. Each inner flow must still be one "
        "flow (stats.flows) with one flow_id, with 1 and 2 workers.",
        [(f, tunnel, lambda x: S.conversation(x, [(TO_SERVER, T.http_get("invest.example", "/")),
                                                 (TO_CLIENT, T.http_response(T.INVESTMENT_PAGE))], sizes=[70]),
          2100004, TO_CLIENT),
         (g, tunnel, lambda x: _chat(x, "Hello", ("Note: " + T.P_DEADLINE + ".").encode()), 2100006, TO_CLIENT)])
    return case


def vxlan_custom_port():
    path = TN.Path("192.0.2.23", "192.0.2.101")
    tunnel = TN.Tunnel(TN.ethernet(), TN.vxlan(path, vni=99, port=8472))
    f = TcpFlow(("198.51.100.66", 50750), ("203.0.113.66", 5222), isn=(32_000_000, 33_000_000))
    case, cap = _tunnelCase(
        "vxlan_custom_port",
        "VXLAN on UDP 8472 (the Linux kernel's historic port) with decode.vxlan_ports=[8472] set for the scan: "
        "that tunnel is opened and the inner flow alerts. A VXLAN-framed datagram to the default port 4789 is "
        "then NOT a tunnel: it is inspected as the plain UDP datagram it is, so its phrase alerts on the outer "
        "UDP flow.",
        [(f, tunnel, lambda x: _chat(x, "Again: " + T.P_WEBCAM + "."), 2100001, TO_SERVER)],
        settings=["decode.vxlan_ports=[8472]"])
    inner = bytes(IP(src="198.51.100.67", dst="203.0.113.67", id=1, ttl=64) / UDP(sport=40067, dport=9999) /
                  T.WALLET_LURE.encode())
    frame = bytes.fromhex("02000000bb02") + bytes.fromhex("02000000bb01") + struct.pack(">H", 0x0800) + inner
    outer = UdpFlow(("192.0.2.24", 50067), ("192.0.2.101", 4789))
    cap.add(outer.datagram(TO_SERVER, struct.pack(">II", 0x08000000, 98 << 8) + frame))
    case.expect.append((2100009, outer, TO_SERVER))
    return case


def geneve_with_options():
    path = TN.Path("2001:db8:ff::1", "2001:db8:ff::2")
    options = [(0x0103, 0x80, bytes(range(8))),      # a critical option with 8 bytes of data
               (0x0000, 0x01, b""),                  # an option with no data
               (0xFFFF, 0x7F, b"\xee" * 20)]         # experimental class, 20 bytes
    tunnel = TN.Tunnel(TN.ethernet(), TN.geneve(path, options))
    tunnel_ip = TN.Tunnel(TN.geneve(path, []))
    f = TcpFlow(("198.51.100.68", 50760), ("203.0.113.68", 80), isn=(34_000_000, 35_000_000),
                vlans=[(TPID_8021Q, 68)])
    g = UdpFlow(("198.51.100.69", 40069), ("203.0.113.69", 9999))
    case, _ = _tunnelCase(
        "geneve_with_options",
        "Geneve (UDP 6081) over IPv6, as AWS Gateway Load Balancer and OVN send it: three TLV options of "
        "different lengths (walked and stepped over) in front of an Ethernet frame with inner VLAN 68; and a "
        "Geneve packet without options whose protocol field says IPv4 directly (no Ethernet).",
        [(f, tunnel, lambda x: _chat(x, "Notice: " + T.P_RETURNS + "!"), 2100004, TO_SERVER),
         (g, tunnel_ip, lambda x: [x.datagram(TO_SERVER, T.WALLET_LURE.encode())], 2100009, TO_SERVER)])
    return case


def ipip_4in4():
    path = TN.Path("192.0.2.31", "192.0.2.32")
    tunnel = TN.Tunnel(TN.ipInIp(path))
    f = TcpFlow(("198.51.100.70", 50770), ("203.0.113.70", 5222), isn=(36_000_000, 37_000_000))
    case, _ = _tunnelCase(
        "ipip_4in4",
        "IPv4 in IPv4 (IP protocol 4, RFC 2003), reply on the reverse path: the inner flow alerts with the inner "
        "addresses.",
        [(f, tunnel, lambda x: _chat(x, "Last: " + T.P_RU_BTC + "."), 2100005, TO_SERVER)])
    return case


def ip6_in_ip4():
    path = TN.Path("192.0.2.33", "192.0.2.34")
    tunnel = TN.Tunnel(TN.ipInIp(path))
    f = TcpFlow(("2001:db8:71::1", 50771), ("2001:db8:71::2", 80), isn=(38_000_000, 39_000_000))
    case, _ = _tunnelCase(
        "ip6_in_ip4",
        "IPv6 in IPv4 (6in4, IP protocol 41, RFC 4213) as a tunnel broker delivers it: the inner IPv6 flow "
        "alerts with its IPv6 addresses.",
        [(f, tunnel, lambda x: S.conversation(x, [(TO_SERVER, T.http_post("a.example", "/",
                                                                          T.P_HACKED + ": " + T.BTC_ADDRESS)),
                                                 (TO_CLIENT, T.http_response("ok"))], sizes=[45]),
          2100008, TO_SERVER)])
    return case


def mpls_stack():
    v4 = TN.Tunnel(TN.mpls([1001, 2002, 3003]), outer_vlans=[(TPID_8021Q, 40)])
    v6 = TN.Tunnel(TN.mpls([16]), outer_vlans=[(TPID_8021Q, 40)])
    f = TcpFlow(("198.51.100.72", 50780), ("203.0.113.72", 80), isn=(40_000_000, 41_000_000))
    g = TcpFlow(("2001:db8:72::1", 50781), ("2001:db8:72::2", 5222), isn=(40_500_000, 41_500_000))
    case, _ = _tunnelCase(
        "mpls_stack",
        "MPLS (ethertype 0x8847) on a link with VLAN 40, as captured on a provider core link: a three-label "
        "stack over IPv4 and a single label over IPv6. After the bottom-of-stack label the payload is read as "
        "IPv4 or IPv6 from its first nibble. MPLS on a link keeps the link's VLAN in the flow key.",
        [(f, v4, lambda x: _chat(x, "Truth: " + T.P_WEBCAM + "."), 2100001, TO_SERVER),
         (g, v6, lambda x: _chat(x, "hey", (T.P_RU_VIDEO + ".").encode()), 2100003, TO_CLIENT)])
    return case


def mpls_pseudowire_ethernet():
    tunnel = TN.Tunnel(TN.ethernet(), TN.mpls([4001, 5002]))
    f = TcpFlow(("198.51.100.73", 50790), ("203.0.113.73", 80), isn=(42_000_000, 43_000_000),
                vlans=[(TPID_8021Q, 55)])
    case, _ = _tunnelCase(
        "mpls_pseudowire_ethernet",
        "An Ethernet pseudowire over MPLS (RFC 4448): two labels, the RFC 4385 control word (first nibble 0), "
        "then the customer's whole Ethernet frame with its VLAN 55, which the alert carries.",
        [(f, tunnel, lambda x: _chat(x, "Now " + T.P_PAY_BTC + "."), 2100002, TO_SERVER)])
    return case


def pppoe_session():
    tunnel = TN.Tunnel(TN.pppoe(session=0x0BEE), outer_vlans=[(TPID_8021Q, 600)])
    f = TcpFlow(("198.51.100.74", 50800), ("203.0.113.74", 80), isn=(44_000_000, 45_000_000))
    g = TcpFlow(("2001:db8:74::1", 50801), ("2001:db8:74::2", 5222), isn=(44_500_000, 45_500_000))
    case, _ = _tunnelCase(
        "pppoe_session",
        "PPPoE session frames (ethertype 0x8864) on a broadband access VLAN 600: PPP protocol 0x0021 (IPv4) "
        "and 0x0057 (IPv6). PPPoE on the link keeps the VLAN in the flow key.",
        [(f, tunnel, lambda x: S.conversation(x, [(TO_SERVER, T.http_get("invest.example", "/")),
                                                 (TO_CLIENT, T.http_response(T.INVESTMENT_PAGE))], sizes=[80]),
          2100004, TO_CLIENT),
         (g, tunnel, lambda x: _chat(x, T.P_DEADLINE + "!"), 2100006, TO_SERVER)])
    return case


def tunnels_nested():
    outer = TN.Path("192.0.2.41", "192.0.2.42")
    middle = TN.Path("192.0.2.141", "192.0.2.142")
    tunnel = TN.Tunnel(TN.gre(middle), TN.mpls([700]), TN.ethernet(), TN.vxlan(outer, vni=7))
    f = TcpFlow(("198.51.100.75", 50810), ("203.0.113.75", 5222), isn=(46_000_000, 47_000_000))
    case, _ = _tunnelCase(
        "tunnels_nested",
        "Three tunnels inside each other: VXLAN carrying an Ethernet frame with MPLS carrying IPv4 with GRE "
        "carrying the inner IPv4 flow. Each layer is opened once per frame (below the nesting cap of 4).",
        [(f, tunnel, lambda x: _chat(x, "Final: " + T.P_DEADLINE + "."), 2100006, TO_SERVER)])
    return case


CASES = [vlan_8021q, qinq_8021ad, qinq_triple_tag, linux_sll, linux_sll2, raw_ip, bsd_null_loopback, cisco_hdlc,
         gre_ipv4, gre_teb_ethernet, erspan_type2, erspan_type3, vxlan, vxlan_custom_port, geneve_with_options,
         ipip_4in4, ip6_in_ip4, mpls_stack, mpls_pseudowire_ethernet, pppoe_session, tunnels_nested,
         pcapng, pcap_nanosecond, pcap_big_endian, truncated_file, truncated_record_header, corrupt_header,
         empty_capture]
