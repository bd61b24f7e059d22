"""IP-layer cases: fragments, options, extension headers, UDP, malformed packets."""
import struct

from scapy.layers.inet import IP, TCP, UDP, IPOption_NOP, IPOption_Router_Alert, IPOption_RR, IPOption_Timestamp
from scapy.layers.inet6 import IPv6, IPv6ExtHdrDestOpt, IPv6ExtHdrHopByHop, IPv6ExtHdrRouting, PadN, RouterAlert
from scapy.packet import Raw

from . import capfile
from . import scenario as S
from . import texts as T
from .capture import Capture
from .case import Case
from .packets import TO_CLIENT, TO_SERVER, Link, TcpFlow, UdpFlow, evenPieces


def eth():
    return Capture(Link(capfile.LINKTYPE_ETHERNET))


def _fragmentCase(name, v6):
    cap = eth()
    if v6:
        c, s, uc, us = ("2001:db8:1::20", 50400), ("2001:db8:2::20", 80), ("2001:db8:1::21", 40001), ("2001:db8:2::21", 9999)
    else:
        c, s, uc, us = ("198.51.100.20", 50400), ("203.0.113.20", 80), ("198.51.100.21", 40001), ("203.0.113.21", 9999)
    f = TcpFlow(c, s, isn=(50_000_000, 60_000_000))
    req1 = T.http_post("upload.example", "/msg", "Hi. " + T.P_WEBCAM + ". " + "Details follow. " * 30)
    req2 = T.http_post("upload.example", "/msg", "Reminder: " + T.P_DEADLINE + ".")
    cap.add(f.handshake())
    seg = f.segments(TO_SERVER, req1)[0]
    total = cap.ipPayloadLength(seg)
    pieces = [(0, 24)] + [(o, min(200, total - o)) for o in range(24, total, 200)]
    cap.addFragments(seg, pieces, order=list(reversed(range(len(pieces)))))
    cap.add(S.turns(f, [(TO_CLIENT, T.http_response("<p>ok</p>"))]))
    seg = f.segments(TO_SERVER, req2)[0]
    total = cap.ipPayloadLength(seg)
    cap.addFragments(seg, [(0, 48), (48, total - 48)], order=[1, 0])
    cap.add(S.turns(f, [(TO_CLIENT, T.http_response("<p>ok</p>"))]), f.close())

    u = UdpFlow(uc, us)
    dgram = u.datagram(TO_SERVER, ("NEWSLETTER 7: " + T.INVESTMENT_PAGE * 2).encode())
    total = cap.ipPayloadLength(dgram)
    pieces = evenPieces(total, 256)
    cap.addFragments(dgram, pieces, order=list(reversed(range(len(pieces)))))
    n_frags = sum(1 for fr in cap.frames if fr.frag)
    version = "IPv6" if v6 else "IPv4"
    return Case(name,
                f"{version}: two TCP data segments and one UDP datagram arrive as fragments in reverse order (the "
                "first fragment of the TCP segment holds just the TCP header and 4 data bytes); the handshake and "
                "other segments of the same flow are not fragmented, so all of them must reach the same flow "
                "(also with --workers 2).",
                cap, [(2100001, f, TO_SERVER), (2100006, f, TO_SERVER), (2100004, u, TO_SERVER)],
                defrag={"fragments": {"eq": n_frags}})


def ipv4_fragments_reverse_order():
    return _fragmentCase("ipv4_fragments_reverse_order", v6=False)


def ipv6_fragments_reverse_order():
    return _fragmentCase("ipv6_fragments_reverse_order", v6=True)


def ipv4_overlapping_fragments():
    cap = eth()
    f = TcpFlow(("198.51.100.22", 50500), ("203.0.113.22", 5222), isn=(70_000_000, 80_000_000))
    data = ("Hi, it is me again. " + T.P_WEBCAM + " and I kept a copy of everything, trust me.\r\n").encode()
    assert data.find(T.P_WEBCAM.encode()) == 20   # IP payload bytes [40, 74): TCP header is 20 bytes
    cap.add(f.handshake())
    seg = f.segments(TO_SERVER, data)[0]
    total = cap.ipPayloadLength(seg)
    lying = b" You have 48 hours to pay me.   "
    assert len(lying) == 32
    pieces = [(0, 32), (32, 32), (64, 32), (96, total - 96), (48, 32, lying), (64, 32)]
    # F1, F2, the lying overlap X over [48,80), an identical duplicate of F2, F3, then F0 completes.
    cap.addFragments(seg, pieces, order=[1, 2, 4, 5, 3, 0])
    cap.add(f.ack(TO_CLIENT), f.close())
    return Case("ipv4_overlapping_fragments",
                "An IPv4 TCP segment in fragments where a later fragment overlaps two earlier ones with different "
                "bytes (they would destroy 'recorded you through your webcam' and forge 'You have 48 hours'), plus "
                "an identical duplicate fragment. The server host is configured with host_os_policy first: "
                "first-arrival bytes win (under the default bsd the overlap would win where it starts earlier).",
                cap, [(2100001, f, TO_SERVER)], defrag={"overlaps": {"min": 1}, "overlap_mismatches": {"min": 1}, "fragments": {"eq": 6}},
                host_os_policy={"first": ["203.0.113.22/32"]})


def ipv6_tcp():
    cap = eth()
    f = TcpFlow(("2001:db8:1::30", 50600), ("2001:db8:2::30", 80), isn=(90_000_000, 91_000_000), tcp_ts=True)
    cap.add(S.conversation(f, [(TO_SERVER, T.http_post("mail.example", "/compose", T.RUSSIAN_EMAIL)),
                               (TO_CLIENT, T.http_response(T.INVESTMENT_PAGE))], sizes=[100]))
    return Case("ipv6_tcp", "TCP over IPv6 on Ethernet: a Russian blackmail message posted by the client, a scam page "
                "returned by the server.",
                cap, [(2100003, f, TO_SERVER), (2100005, f, TO_SERVER), (2100004, f, TO_CLIENT)])


def ipv4_options():
    cap = eth()
    opts = lambda: [IPOption_Router_Alert(), IPOption_NOP(), IPOption_RR(routers=["192.0.2.1", "192.0.2.2"])]  # noqa: E731
    f = TcpFlow(("198.51.100.31", 50700), ("203.0.113.31", 5222), isn=(92_000_000, 93_000_000), ip_options=opts)
    cap.add(S.conversation(f, [(TO_SERVER, ("So. " + T.P_WEBCAM + ".").encode()), (TO_CLIENT, b"who is this?")],
                           sizes=[20]))
    topts = lambda: [IPOption_Timestamp(flg=0, timestamp=[1000]), IPOption_NOP(), IPOption_NOP()]  # noqa: E731
    u = UdpFlow(("198.51.100.32", 40032), ("203.0.113.31", 9999), ip_options=topts)
    cap.add(u.datagram(TO_SERVER, (T.P_DEADLINE + ", then the video goes out.").encode()))
    return Case("ipv4_options",
                "IPv4 packets with options (router alert, NOP, record route; timestamp on the UDP datagram), so the "
                "header length is 32 or 36 bytes; TCP and UDP payloads start after the options.",
                cap, [(2100001, f, TO_SERVER), (2100006, u, TO_SERVER)])


def ipv6_extension_headers():
    cap = eth()
    chain = lambda: (IPv6ExtHdrHopByHop(options=[RouterAlert()]) /  # noqa: E731
                     IPv6ExtHdrDestOpt(options=[PadN(optdata=b"\0\0\0\0")]) / IPv6ExtHdrRouting())
    f = TcpFlow(("2001:db8:1::40", 50800), ("2001:db8:2::40", 5222), isn=(94_000_000, 95_000_000), ext_headers=chain)
    cap.add(S.conversation(f, [(TO_SERVER, ("Last chance: " + T.P_PAY_BTC + ".").encode()), (TO_CLIENT, b"no")],
                           sizes=[9]))
    hbh = lambda: IPv6ExtHdrHopByHop(options=[PadN(optdata=b"\0" * 12)]) / IPv6ExtHdrDestOpt()  # noqa: E731
    u = UdpFlow(("2001:db8:1::41", 40041), ("2001:db8:2::40", 9999), ext_headers=hbh)
    cap.add(u.datagram(TO_SERVER, T.WALLET_LURE.encode()))
    return Case("ipv6_extension_headers",
                "IPv6 with extension header chains before the transport header: hop-by-hop + destination options + "
                "routing (type 0, no segments left) on every TCP packet, hop-by-hop + destination options on UDP.",
                cap, [(2100002, f, TO_SERVER), (2100009, u, TO_SERVER)])


def udp_payload():
    cap = eth()
    u1 = UdpFlow(("198.51.100.33", 40033), ("203.0.113.33", 9999))
    u2 = UdpFlow(("2001:db8:1::33", 40034), ("2001:db8:2::33", 9999))
    cap.add(u1.datagram(TO_SERVER, T.WALLET_LURE.encode()),
            u1.datagram(TO_CLIENT, b""),
            u1.datagram(TO_CLIENT, ("Ответ: " + T.P_RU_BTC + ", адрес пришлю отдельно.").encode()),
            u2.datagram(TO_SERVER, ("ALERT " + T.P_PAY_BTC + " NOW").encode()),
            u1.datagram(TO_SERVER, T.BENIGN_CHAT.encode()))
    return Case("udp_payload",
                "UDP datagrams over IPv4 and IPv6 in both directions (one of them empty); each phrase sits inside "
                "one datagram. The server's phrase is reported to_client.",
                cap, [(2100009, u1, TO_SERVER), (2100005, u1, TO_CLIENT), (2100002, u2, TO_SERVER)])


# ---------------------------------------------------------------- malformed packets

ETH_HDR = bytes.fromhex("020000000002" "020000000001")


def _eth(ethertype, payload):
    return ETH_HDR + struct.pack(">H", ethertype) + payload


def _malformedFrames(flow):
    """(note, frame, reason or None when the reason name is left to the decoder)."""
    src, dst = "198.51.100.99", "203.0.113.99"
    ip_tcp = bytes(IP(src=src, dst=dst, id=1) / TCP(sport=1234, dport=80, flags="PA") / Raw(b"hello"))
    bad_ihl = bytes([0x43]) + ip_tcp[1:]
    bad_total = ip_tcp[:2] + struct.pack(">H", 12) + ip_tcp[4:]
    (cip, cport), (sip, sport) = flow.client, flow.server
    next_seq = flow.seqOf(TO_SERVER, len(flow.stream[TO_SERVER]))
    hostile = bytes(IP(src=cip, dst=sip, id=2) / TCP(sport=cport, dport=sport, seq=next_seq, flags="PA", dataofs=3)
                    / Raw(T.P_DEADLINE.encode()))
    big_offset = bytes(IP(src=src, dst=dst, id=3) / TCP(sport=1234, dport=80, dataofs=15, flags="PA") / Raw(b"abcd"))
    tcp_short = bytes(IP(src=src, dst=dst, id=4, proto=6) / Raw(bytes(TCP(sport=1234, dport=80))[:10]))
    udp_len4 = bytes(IP(src=src, dst=dst, id=5) / UDP(sport=53, dport=53, len=4) / Raw(b"abcdefgh"))
    udp_len_big = bytes(IP(src=src, dst=dst, id=6) / UDP(sport=53, dport=53, len=200) / Raw(b"abcdefghijkl"))
    udp_short = bytes(IP(src=src, dst=dst, id=7, proto=17) / Raw(b"\x00\x35\x00\x35\x00"))
    v6 = bytes(IPv6(src="2001:db8::99", dst="2001:db8::98") / UDP(sport=1, dport=2) / Raw(b"x" * 8))
    hbh_runaway = bytearray(bytes(IPv6(src="2001:db8::99", dst="2001:db8::98") /
                                  IPv6ExtHdrHopByHop(options=[PadN(optdata=b"\0" * 4)]) / UDP(sport=1, dport=2)))
    hbh_runaway[41] = 200   # hop-by-hop header claims (200+1)*8 bytes
    return [
        ("Ethernet header cut to 10 bytes", ETH_HDR[:10], "truncated_ethernet"),
        ("802.1Q tag cut after 2 bytes", _eth(0x8100, b"\x00\x2a"), "truncated_vlan"),
        ("IPv4 IHL 3 (12-byte header)", _eth(0x0800, bad_ihl), "bad_ipv4_header_length"),
        ("IPv4 total length 12", _eth(0x0800, bad_total), "bad_ipv4_total_length"),
        ("IPv4 header cut to 12 bytes", _eth(0x0800, ip_tcp[:12]), "truncated_ipv4"),
        ("TCP header cut to 10 bytes", _eth(0x0800, tcp_short), "truncated_tcp"),
        ("TCP data offset 3 on the good flow's 5-tuple at its next sequence number, carrying a phrase",
         _eth(0x0800, hostile), "bad_tcp_data_offset"),
        ("TCP data offset 15 (60 bytes) in a 24-byte segment", _eth(0x0800, big_offset), None),
        ("UDP length 4", _eth(0x0800, udp_len4), "bad_udp_length"),
        ("UDP length 200 with 20 bytes present", _eth(0x0800, udp_len_big), None),
        ("UDP header cut to 5 bytes", _eth(0x0800, udp_short), "truncated_udp"),
        ("IPv6 header cut to 30 bytes", _eth(0x86DD, v6[:30]), "truncated_ipv6"),
        ("IPv6 hop-by-hop header longer than the packet", _eth(0x86DD, bytes(hbh_runaway)), None),
        ("IPv6 packet behind the IPv4 ethertype", _eth(0x0800, v6), "bad_ip_version"),
    ]


def malformed_packets_mixed_in():
    cap = eth()
    f = TcpFlow(("198.51.100.40", 50900), ("203.0.113.40", 80), isn=(96_000_000, 97_000_000))
    body = "Hello. " + T.P_WEBCAM + ". " + T.P_RU_VIDEO + "."
    good = S.conversation(f, [(TO_SERVER, T.http_post("upload.example", "/m", body)),
                              (TO_CLIENT, T.http_response("<p>ok</p>"))], sizes=[40])
    bad = _malformedFrames(f)
    # The hostile segment must sit exactly at the client's next sequence number when it
    # appears: put it right after the client's last data segment.
    last_client_data = max(i for i, p in enumerate(good) if p.direction == TO_SERVER and p.length)
    hostile = next(b for b in bad if "good flow" in b[0])
    others = [b for b in bad if b is not hostile]
    for i, pkt in enumerate(good):
        cap.add(pkt)
        if i == last_client_data:
            cap.addRaw(hostile[1], hostile[0])
        elif others:
            note, frame, _ = others.pop(0)
            cap.addRaw(frame, note)
    assert not others
    errors = {"_sum": {"eq": len(bad)}}
    for _, _, reason in bad:
        if reason:
            errors[reason] = {"min": 1}
    return Case("malformed_packets_mixed_in",
                "A good HTTP flow with 14 malformed frames interleaved: truncated Ethernet, VLAN, IPv4, IPv6, TCP "
                "and UDP headers, bad IHL, bad total length, bad TCP data offsets, bad UDP lengths, a runaway IPv6 "
                "extension header, an IPv6 packet behind the IPv4 ethertype. One of them carries a phrase on the "
                "good flow's 5-tuple at its next sequence number and must not be accepted. Each malformed frame is "
                "one decode error (the reasons named are the ones sensor/decode documents).",
                cap, [(2100001, f, TO_SERVER), (2100003, f, TO_SERVER)], decode_errors=errors)


def _hideMarker(data, marker):
    """`data` with the marker's 16-bit words in reverse order: the phrase is gone but the
    one's complement sum is the same, so a datagram rebuilt with the decoy still has a valid
    TCP checksum and the host would take it (the marker must start at an even IP payload offset)."""
    i = data.find(marker)
    assert i >= 0 and len(marker) % 2 == 0
    words = [marker[k:k + 2] for k in range(0, len(marker), 2)]
    return data[:i] + b"".join(reversed(words)) + data[i + len(marker):]


def bad_ip_checksum_fragment():
    cap = eth()
    f = TcpFlow(("198.51.100.70", 50070), ("203.0.113.70", 5222), isn=(200_000_000, 201_000_000))
    marker = T.P_WEBCAM.encode()
    data = (b"x" * 68 + marker).ljust(200, b".")   # the phrase at IP payload bytes [88, 122)
    cap.add(f.handshake())
    seg = f.segments(TO_SERVER, data)[0]
    total = cap.ipPayloadLength(seg)
    payload = bytes(20) + data   # only the lengths matter for the decoy: TCP header bytes are not overridden
    decoy = _hideMarker(data, marker)[48 - 20:128 - 20]
    pieces = [(0, 48), (48, 80, decoy), (48, 80), (128, total - 128)]
    assert len(payload) == total
    # The decoy has a wrong IPv4 header checksum: the host drops it, so it must not fill [48, 128)
    # before the real fragment (with the same offset, bsd keeps the first bytes).
    cap.addFragments(seg, pieces, order=[0, 1, 2, 3], bad_ip_checksum={1})
    cap.add(f.ack(TO_CLIENT), f.close())
    return Case("bad_ip_checksum_fragment",
                "Insertion by bad IP checksum: a decoy fragment with a wrong IPv4 header checksum covers the webcam "
                "phrase with other bytes before the real fragment at the same offset. The decoy is dropped "
                "(bad_ipv4_checksum) and never joins the datagram, so the phrase alerts.",
                cap, [(2100001, f, TO_SERVER)],
                decode_errors={"bad_ipv4_checksum": {"eq": 1}, "_sum": {"eq": 1}}, defrag={"fragments": {"eq": 3}})


# Classic fragment overlap patterns: O arrives first with a decoy over the phrase, N second with
# the real bytes. [O, N] extents over the IP payload (TCP header at [0, 20), the phrase at [88, 122)).
FRAG_PATTERNS = {
    "n_overlaps_start": ((80, 168), (48, 128)),
    "n_overlaps_end": ((48, 128), (80, 168)),
    "n_inside": ((48, 168), (80, 128)),
    "n_covers": ((80, 128), (48, 168)),
    "n_same_start_longer": ((80, 128), (80, 168)),
    "n_same_extent": ((80, 128), (80, 128)),
}
FRAG_NEW_WINS = {
    "first": set(),
    "last": set(FRAG_PATTERNS),
    "bsd": {"n_overlaps_start", "n_covers"},
    "linux": {"n_overlaps_start", "n_covers", "n_same_start_longer", "n_same_extent"},
    "windows": {"n_covers"},
}
FRAG_POLICY_SERVER = "203.0.113.80"


def _fillPieces(total, taken):
    """8-aligned pieces covering [0, total) outside the (begin, end) extents in `taken`."""
    out, pos = [], 0
    for begin, end in sorted(taken) + [(total, total)]:
        if pos < begin:
            out.append((pos, begin - pos))
        pos = max(pos, end)
    return out


def _fragPolicyCase(policy):
    cap = eth()
    marker = T.P_WEBCAM.encode()
    expect = []
    for k, (name, ((ob, oe), (nb, ne))) in enumerate(FRAG_PATTERNS.items()):
        f = TcpFlow((f"198.51.100.{80 + k}", 50080 + k), (FRAG_POLICY_SERVER, 5222),
                    isn=(220_000_000 + k * 2_000_000, 221_000_000 + k * 2_000_000))
        data = (b"x" * 68 + marker).ljust(200, b".")
        cap.add(f.handshake())
        seg = f.segments(TO_SERVER, data)[0]
        total = cap.ipPayloadLength(seg)
        decoy = bytes(20) + _hideMarker(data, marker)   # only [ob, oe) of it is used, all past the header
        pieces = [(ob, oe - ob, decoy[ob:oe]), (nb, ne - nb)] + _fillPieces(total, [(ob, oe), (nb, ne)])
        cap.addFragments(seg, pieces)
        cap.add(f.ack(TO_CLIENT), f.close())
        if name in FRAG_NEW_WINS[policy]:
            expect.append((2100001, f, TO_SERVER))
    config = {"default": "last" if policy == "first" else "first", policy: [FRAG_POLICY_SERVER + "/32"]}
    wins = ", ".join(sorted(FRAG_NEW_WINS[policy])) or "none"
    return Case(f"overlap_policy_frag_{policy}",
                f"IPv4 fragment overlap policy {policy} (host_os_policy for the server, a different default): six "
                "fragmented TCP segments, each with a first fragment O carrying a decoy over the webcam phrase and a "
                "second fragment N with the real bytes overlapping it (N overlaps O's start, O's end, lies inside "
                f"O, covers O, starts with O and ends later, has O's extent). The real bytes win in: {wins}.",
                cap, expect, host_os_policy=config,
                defrag={"overlaps": {"min": 6}, "overlap_mismatches": {"min": 6}})


def overlap_policy_frag_first():
    return _fragPolicyCase("first")


def overlap_policy_frag_last():
    return _fragPolicyCase("last")


def overlap_policy_frag_bsd():
    return _fragPolicyCase("bsd")


def overlap_policy_frag_linux():
    return _fragPolicyCase("linux")


def overlap_policy_frag_windows():
    return _fragPolicyCase("windows")


CASES = [ipv4_fragments_reverse_order, ipv6_fragments_reverse_order, ipv4_overlapping_fragments, ipv6_tcp,
         ipv4_options, ipv6_extension_headers, udp_payload, malformed_packets_mixed_in,
         bad_ip_checksum_fragment, overlap_policy_frag_first, overlap_policy_frag_last, overlap_policy_frag_bsd,
         overlap_policy_frag_linux, overlap_policy_frag_windows]
