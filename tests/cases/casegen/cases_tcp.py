"""TCP reassembly cases: segmentation, order, retransmission, gaps, mid-stream, scale."""
import random

from scapy.layers.l2 import ARP, Ether

from . import capfile
from . import scenario as S
from . import texts as T
from .capture import Capture
from .case import Case
from .packets import TO_CLIENT, TO_SERVER, Link, TcpFlow, UdpFlow


def eth():
    return Capture(Link(capfile.LINKTYPE_ETHERNET))


def tcp_simple():
    cap = eth()
    f = TcpFlow(("198.51.100.7", 50001), ("203.0.113.25", 25), isn=(1_000_000, 2_000_000), tcp_ts=True)
    # An ARP request first, as on any real segment: not IP, skipped, not a decode error.
    arp = bytes(Ether(src="02:00:00:00:00:01", dst="ff:ff:ff:ff:ff:ff") /
                ARP(op=1, hwsrc="02:00:00:00:00:01", psrc="198.51.100.7", pdst="198.51.100.1"))
    cap.addRaw(arp, "ARP who-has")
    cap.add(f.handshake(), S.smtp(f, T.SEXTORTION_EMAIL), f.close())
    return Case("tcp_simple",
                "An ARP request, then one SMTP session over Ethernet/IPv4 (TCP timestamps option on every segment) delivering an "
                "English sextortion e-mail. Four enabled signatures match the body, including the two-pattern "
                "condition 'hacked and btc'; the disabled signature's literal 'webcam' is present and must not alert.",
                cap, [(2100001, f, TO_SERVER), (2100002, f, TO_SERVER), (2100006, f, TO_SERVER),
                      (2100008, f, TO_SERVER)], also_stdin=True)


def pattern_split_across_segments():
    cap = eth()
    f = TcpFlow(("198.51.100.8", 50712), ("203.0.113.80", 80), isn=(3_000_000, 4_000_000))
    body = T.RUSSIAN_EMAIL + "\r\nP.S. " + T.P_WEBCAM + ".\r\n"
    req = T.http_post("upload.example", "/api/messages", body)
    cuts = (S.phraseCuts(req, T.P_RU_VIDEO, [1, 9, 30, 61]) + S.phraseCuts(req, T.P_WEBCAM, [17])
            + S.phraseCuts(req, T.P_RU_BTC, [5, 6]))
    cap.add(f.handshake(), S.cutAt(f, TO_SERVER, req, cuts), f.ack(TO_CLIENT))
    cap.add(S.turns(f, [(TO_CLIENT, T.http_response("<p>Message stored</p>"))]), f.close())
    return Case("pattern_split_across_segments",
                "An HTTP POST whose body carries three signature phrases, each cut across segment boundaries; "
                "the Russian phrases are cut inside two-byte UTF-8 characters and one segment is a single byte "
                "in the middle of a phrase. Each must match once, in the client-to-server stream.",
                cap, [(2100003, f, TO_SERVER), (2100005, f, TO_SERVER), (2100001, f, TO_SERVER)])


def one_byte_segments():
    cap = eth()
    f = TcpFlow(("198.51.100.9", 41000), ("203.0.113.9", 5222), isn=(5_000_000, 6_000_000))
    client = ("Listen carefully. " + T.P_PAY_BTC + " or everyone sees it. " + T.P_DEADLINE + ".").encode()
    server = ("Сообщение доставлено: «" + T.P_RU_BTC + " на кошелёк». Ответить?").encode()
    cap.add(f.handshake())
    cap.add(f.segments(TO_SERVER, client, sizes=[1]), f.ack(TO_CLIENT))
    cap.add(f.segments(TO_CLIENT, server, sizes=[1]), f.ack(TO_SERVER))
    cap.add(f.close())
    return Case("one_byte_segments",
                "A chat session where both sides send every byte in its own segment (UTF-8 characters are "
                "split across segments). Two phrases from the client, one Russian phrase from the server.",
                cap, [(2100002, f, TO_SERVER), (2100006, f, TO_SERVER), (2100005, f, TO_CLIENT)])


def reordered_segments():
    cap = eth()
    f = TcpFlow(("198.51.100.10", 50800), ("203.0.113.10", 80), isn=(7_000_000, 8_000_000))
    req = T.http_post("bank-secure.example", "/notify", T.WALLET_LURE)
    resp = T.http_response(T.INVESTMENT_PAGE)
    req_cuts = [len(req) * k // 5 for k in range(1, 5)] + S.phraseCuts(req, T.P_WALLET, [7])
    resp_cuts = [len(resp) * k // 8 for k in range(1, 8)] + S.phraseCuts(resp, T.P_RETURNS, [4, 20])
    req_segs = S.cutAt(f, TO_SERVER, req, req_cuts)
    resp_segs = S.cutAt(f, TO_CLIENT, resp, resp_cuts)
    cap.add(f.handshake())
    order = [2, 0, 5, 4, 1, 3]
    assert sorted(order) == list(range(len(req_segs)))
    cap.add([req_segs[i] for i in order], f.ack(TO_CLIENT))
    cap.add(list(reversed(resp_segs)), f.ack(TO_SERVER))
    cap.add(f.close())
    return Case("reordered_segments",
                "HTTP request segments arrive shuffled and all ten response segments arrive in reverse order; "
                "phrases straddle the reordered boundaries. Each phrase must match exactly once after reordering.",
                cap, [(2100009, f, TO_SERVER), (2100004, f, TO_CLIENT)])


def retransmission_with_overlap():
    cap = eth()
    f = TcpFlow(("198.51.100.11", 49152), ("203.0.113.11", 5222), isn=(9_000_000, 10_000_000))
    client = ("Hello again. Last warning: " + T.P_PAY_BTC + " today. The files were delivered within "
              "48 hours last time, remember? Nobody will help you.").encode()
    p = client.find(b"48 hours")
    a = client.find(T.P_PAY_BTC.encode()) + 5
    base = f.send(TO_SERVER, client)
    cap.add(f.handshake())
    cap.add(f.seg(TO_SERVER, base, a), f.seg(TO_SERVER, base + a, p - a))
    # Same bytes again (a plain retransmission of both segments in one).
    cap.add(f.seg(TO_SERVER, base, p))
    # Overlaps 9 delivered bytes with DIFFERENT bytes, then new data: taking the retransmitted
    # bytes would forge "you have 48 hours" (signature 2100006).
    cap.add(f.seg(TO_SERVER, base + p - 9, 9 + 20, override=b"you have " + client[p:p + 20]))
    cap.add(f.seg(TO_SERVER, base + p + 20, len(client) - p - 20), f.ack(TO_CLIENT))

    server = (b"OK, I will pay. Give me a day to find the money. But let me check, "
              b"your wallet is the one in the letter?")
    q = server.find(b"check, you")
    sbase = f.send(TO_CLIENT, server)
    cap.add(f.seg(TO_CLIENT, sbase, q - 20))
    cap.add(f.seg(TO_CLIENT, sbase + q, len(server) - q))               # arrives early: buffered
    # Fills the hole and overlaps 10 buffered bytes with different ones ("verify you"):
    # the first-received (buffered) bytes must win, or "verify your wallet" (2100009) appears.
    cap.add(f.seg(TO_CLIENT, sbase + q - 20, 30, override=server[q - 20:q] + b"verify you"))
    cap.add(f.seg(TO_CLIENT, sbase + q - 20, 20), f.ack(TO_SERVER))     # plain retransmission
    cap.add(f.close())
    return Case("retransmission_with_overlap",
                "Client: the segments carrying the payment demand are retransmitted whole, then a retransmission "
                "overlaps already delivered bytes with different bytes that would forge a second signature's "
                "phrase. Server: a segment that fills a hole overlaps buffered out-of-order bytes with different "
                "bytes (the client host is configured with host_os_policy first: first-received bytes win; the "
                "default bsd would take the hole filler's bytes, as it starts earlier). Exactly one alert.",
                cap, [(2100002, f, TO_SERVER)], host_os_policy={"first": ["198.51.100.11/32"]})


def midstream_flow():
    cap = eth()
    f1 = TcpFlow(("198.51.100.12", 51000), ("203.0.113.12", 5222), isn=(11_000_000, 12_000_000))
    cap.add(S.turns(f1, [(TO_SERVER, ("...continuing: " + T.P_WEBCAM + ". Answer me.").encode()),
                         (TO_CLIENT, ("Кто это? " + T.P_RU_BTC + "? Я не понимаю.").encode())], sizes=[23]))
    cap.add(f1.close())
    f2 = TcpFlow(("198.51.100.13", 52000), ("203.0.113.13", 110), isn=(13_000_000, 14_000_000))
    mail = ("+OK 512 octets\r\nSubject: видео\r\n\r\n" + T.P_RU_VIDEO + ", если не ответишь.\r\n.\r\n").encode()
    cap.add(S.turns(f2, [(TO_CLIENT, mail), (TO_SERVER, b"QUIT\r\n")], sizes=[40]))
    return Case("midstream_flow",
                "Two TCP flows whose handshakes are not in the capture. The first is first seen from the client "
                "(high port to 5222); the second is first seen from the POP3 server (port 110 to a high port), "
                "so the sensor must take the receiver as the client and report the server's phrase to_client.",
                cap, [(2100001, f1, TO_SERVER), (2100005, f1, TO_CLIENT), (2100003, f2, TO_CLIENT)])


def lost_segment_before_pattern():
    cap = eth()
    fa = TcpFlow(("198.51.100.14", 50100), ("203.0.113.14", 25), isn=(15_000_000, 16_000_000))
    a = b"Listen. I recorded you"
    b = b" last night. I know where you live and I have seen everything you did"
    c = (" through your webcam window? Whatever. " + T.P_PAY_BTC + " and I delete everything.").encode()
    base = fa.send(TO_SERVER, a + b + c)
    seg_a = fa.seg(TO_SERVER, base, len(a))
    seg_b = fa.seg(TO_SERVER, base + len(a), len(b))
    cut = len(a) + len(b) + c.find(T.P_PAY_BTC.encode()) + 6
    seg_c1 = fa.seg(TO_SERVER, base + len(a) + len(b), cut - len(a) - len(b))
    seg_c2 = fa.seg(TO_SERVER, base + cut, len(a + b + c) - cut)
    cap.add(fa.handshake(), seg_a)
    cap.lose(seg_b)                       # the server got it, the tap did not
    cap.add(seg_c1, seg_c2, fa.ack(TO_CLIENT), fa.close())

    fb = TcpFlow(("198.51.100.15", 50101), ("203.0.113.14", 25), isn=(17_000_000, 18_000_000))
    parts = [b"Final notice. ", b"Your secrets are safe only if you pay. ",
             (T.P_DEADLINE + ". After that the video goes public.").encode()]
    base = fb.send(TO_SERVER, b"".join(parts))
    cap.add(fb.handshake(), fb.seg(TO_SERVER, base, len(parts[0])))
    cap.lose(fb.seg(TO_SERVER, base + len(parts[0]), len(parts[1])))
    cap.add(fb.seg(TO_SERVER, base + len(parts[0]) + len(parts[1]), len(parts[2])))
    return Case("lost_segment_before_pattern",
                "Two flows each lose one client segment before a phrase. Flow 1: the server ACKs beyond the hole "
                "(capture loss) and the bytes before and after the hole would forge 'recorded you through your "
                "webcam' if joined (they must not be). Flow 2: nothing ACKs the hole and the capture just ends, "
                "so the gap is found when the flow is flushed. Both phrases after the gaps must alert; two gaps.",
                cap, [(2100002, fa, TO_SERVER), (2100006, fb, TO_SERVER)])


def both_directions():
    cap = eth()
    f = TcpFlow(("198.51.100.16", 50200), ("203.0.113.16", 80), isn=(19_000_000, 20_000_000))
    req = T.http_post("webmail.example", "/send", T.P_RU_BTC + " до пятницы, иначе пожалеешь.")
    page = "<pre>From: unknown\r\n\r\nHi. " + T.P_WEBCAM + " last week.</pre>"
    cap.add(S.conversation(f, [(TO_SERVER, req), (TO_CLIENT, T.http_response(page))], sizes=[60]))
    g = TcpFlow(("198.51.100.17", 50201), ("203.0.113.16", 80), isn=(21_000_000, 22_000_000))
    page2 = "<p>" + T.P_DEADLINE + " to transfer the money.</p>"
    cap.add(S.conversation(g, [(TO_SERVER, T.http_get("webmail.example", "/inbox/42")),
                               (TO_CLIENT, T.http_response(page2))]))
    return Case("both_directions",
                "Phrases sent by the server are reported with direction to_client and the server as src_ip/src_port "
                "(the EVE record follows the packet, as Suricata does); a phrase from the client in the same flow "
                "is reported to_server.",
                cap, [(2100005, f, TO_SERVER), (2100001, f, TO_CLIENT), (2100006, g, TO_CLIENT)])


def tcp_seq_wraparound():
    cap = eth()
    f = TcpFlow(("198.51.100.18", 50300), ("203.0.113.18", 5222), isn=(0xFFFFFF00, 0xFFFFFFF0))
    filler = "Слушай внимательно и не перебивай. " * 3 + "Последний раз говорю: "   # 232 bytes
    client = (filler + T.P_RU_VIDEO + ", и все узнают правду.").encode()
    assert client.find(T.P_RU_VIDEO.encode()) < 255 < client.find(T.P_RU_VIDEO.encode()) + 60
    segs = f.segments(TO_SERVER, client, sizes=[50])
    order = list(range(len(segs)))
    order[4], order[5] = order[5], order[4]   # the segment after the wrap arrives first
    cap.add(f.handshake(), [segs[i] for i in order], f.ack(TO_CLIENT))
    cap.add(S.turns(f, [(TO_CLIENT, T.INVESTMENT_PAGE.encode())], sizes=[13]), f.close())
    return Case("tcp_seq_wraparound",
                "Initial sequence numbers just below 2^32: the client's Russian phrase straddles the wrap (and the "
                "segment after the wrap arrives before the one before it); the server's stream wraps after 15 bytes.",
                cap, [(2100003, f, TO_SERVER), (2100004, f, TO_CLIENT)])


def tcp_port_reuse():
    cap = eth()
    c, s = ("198.51.100.19", 50999), ("203.0.113.19", 25)
    f1 = TcpFlow(c, s, isn=(23_000_000, 24_000_000))
    cap.add(S.conversation(f1, [(TO_SERVER, ("First letter. " + T.P_PAY_BTC + ".").encode()),
                                (TO_CLIENT, b"250 ok\r\n")]))
    f2 = TcpFlow(c, s, isn=(2_500_000_000, 3_000_000_000))
    cap.add(S.conversation(f2, [(TO_SERVER, ("Second letter. " + T.P_PAY_BTC + ", last time.").encode()),
                                (TO_CLIENT, b"250 ok\r\n")]))
    return Case("tcp_port_reuse",
                "A connection closes (FIN both ways) and a new one opens on the same addresses and ports with a "
                "new SYN and a far-away ISN, 1 ms later. It is a second flow: the same signature alerts once in "
                "each, with different flow_ids.",
                cap, [(2100002, f1, TO_SERVER), (2100002, f2, TO_SERVER)])


def ethernet_trailer_not_payload():
    cap = eth()
    f = TcpFlow(("198.51.100.24", 51500), ("203.0.113.24", 5222), isn=(25_000_000, 26_000_000))
    text = b"Last words: pay me 0.15 and nothing else, you know what for."
    cut = text.find(b" and")
    segs = S.cutAt(f, TO_SERVER, text, [cut])
    cap.add(f.handshake())
    for p in segs:
        cap.add(p)
        if p is segs[0]:
            cap.frames[-1].data += b" BTC"       # an Ethernet trailer (FCS-sized) past the IP total length
    cap.add(f.ack(TO_CLIENT), f.close())
    for fr in cap.frames:                      # minimum-size padding, as switches add to short frames
        if len(fr.data) < 60:
            fr.data += b"\0" * (60 - len(fr.data))
    return Case("ethernet_trailer_not_payload",
                "Frames carry bytes after the IP packet: zero padding on short frames and, after the segment that "
                "ends with 'pay me 0.15', a 4-byte trailer ' BTC'. Bytes past the IP total length are not payload, "
                "so no alert (taking them would forge 'pay me 0.15 BTC').",
                cap, [])


def no_match_lookalikes():
    cap = eth()
    flows = []

    def chat(i, client_text, server_text, port=5222):
        f = TcpFlow((f"198.51.100.{60 + i}", 50400 + i), ("203.0.113.60", port), isn=(30_000_000 + i, 40_000_000 + i))
        script = []
        if client_text:
            script.append((TO_SERVER, client_text.encode()))
        if server_text:
            script.append((TO_CLIENT, server_text.encode()))
        cap.add(S.conversation(f, script, sizes=[37]))
        flows.append(f)

    chat(0, "\r\n".join(T.LOOKALIKES[:7]), T.BENIGN_CHAT)
    chat(1, T.LOOKALIKES[7], "lol")
    chat(2, T.LOOKALIKES[8], "Thanks!")
    chat(3, "Remember the party? So I recorded you through", " your webcam? No, my phone camera.")
    chat(4, "The price is: pay me 0.15", None)
    chat(5, " BTC is what the other shop asks.", None)
    chat(6, None, T.http_response("<p>" + T.P_WEBCAM.replace("recorded", "recorder") + "</p>").decode(), 80)
    return Case("no_match_lookalikes",
                "Benign traffic full of near misses: look-alike wording for every signature, a phrase split between "
                "the two directions of one flow, a phrase split between two flows, one half of a two-pattern "
                "condition per flow, and the disabled signature's literal. No alert.",
                cap, [])


def many_interleaved_flows():
    rng = random.Random(20200526)
    cap = eth()
    queues, expect = [], []
    benign = [T.BENIGN_CHAT, "Status update: build 1187 is green.\r\n", "See you at 7, bring the charger.\r\n"]
    for i in range(200):
        if i % 4 == 3:
            client = (f"2001:db8:1::{i + 1:x}", 40000 + i)
            server = (f"2001:db8:2::{i % 20 + 1:x}", [25, 80, 5222, 8080][i % 4])
        else:
            client = (f"198.51.100.{10 + i % 50}", 40000 + i)
            server = (f"203.0.113.{100 + i % 20}", [25, 80, 5222, 8080][i % 4])
        f = TcpFlow(client, server, isn=(rng.randrange(1 << 32), rng.randrange(1 << 32)))
        up = rng.choice(benign) + rng.choice(T.LOOKALIKES[:7])
        down = rng.choice(benign)
        if i % 5 == 0:
            up += "Unfortunately " + T.P_WEBCAM + ". "
            expect.append((2100001, f, TO_SERVER))
        if i % 7 == 1:
            down += T.P_RU_VIDEO + "!\r\n"
            expect.append((2100003, f, TO_CLIENT))
        if i % 11 == 2:
            up += T.P_RETURNS + ".\r\n"
            expect.append((2100004, f, TO_SERVER))
        if i % 13 == 5:
            down += T.P_DEADLINE + ".\r\n"
            expect.append((2100006, f, TO_CLIENT))
        up += rng.choice(benign)
        down += rng.choice(benign)
        sizes = [rng.randint(5, 60) for _ in range(16)]
        queues.append(S.conversation(f, [(TO_SERVER, up.encode()), (TO_CLIENT, down.encode())], sizes=sizes))
    while any(queues):
        q = rng.choice([q for q in queues if q])
        cap.add(q.pop(0))
    return Case("many_interleaved_flows",
                "200 TCP flows (a quarter IPv6) whose packets are interleaved at random (fixed seed). Phrases sit in "
                "a known subset of flows in both directions, cut by random segment sizes; every flow also carries "
                "look-alike text. With --workers 2 the flows are spread over both workers.",
                cap, expect)


# ---------------------------------------------------------------- insertion and evasion (Ptacek & Newsham)

def _hideMarker(data, marker):
    """`data` with the marker's bytes replaced: what a decoy carries instead of the real text."""
    i = data.find(marker)
    assert i >= 0
    return data[:i] + b"#" * len(marker) + data[i + len(marker):]


def bad_tcp_checksum_insertion():
    cap = eth()
    f = TcpFlow(("198.51.100.50", 50050), ("203.0.113.50", 5222), isn=(150_000_000, 151_000_000))
    marker = T.P_WEBCAM.encode()
    text = b"Listen carefully, this is the last message. " + marker + b" last week, and I kept it."
    base = f.send(TO_SERVER, text)
    a = text.find(marker) + 10
    cap.add(f.handshake(), f.seg(TO_SERVER, base, a))
    # A decoy for the rest with a wrong TCP checksum: the server drops it, so the sensor must
    # too, or the real segment after it would look like a retransmission and the phrase is lost.
    cap.addBadChecksum(f.seg(TO_SERVER, base + a, len(text) - a, override=_hideMarker(text, marker)[a:]), "l4")
    cap.add(f.seg(TO_SERVER, base + a, len(text) - a), f.ack(TO_CLIENT), f.close())
    # A UDP datagram with the deadline phrase and a wrong checksum: dropped by the host, never inspected.
    u = UdpFlow(("198.51.100.50", 40050), ("203.0.113.50", 9999))
    cap.addBadChecksum(u.datagram(TO_SERVER, (T.P_DEADLINE + " or else.").encode()), "l4")
    # The same trick over IPv6 (the pseudo-header differs): the real segment's phrase alerts.
    g = TcpFlow(("2001:db8:50::1", 50051), ("2001:db8:50::2", 5222), isn=(152_000_000, 153_000_000))
    pitch = T.P_RETURNS.encode()
    offer = b"Our fund is different. " + pitch + b", no risk at all."
    gbase = g.send(TO_SERVER, offer)
    b = offer.find(pitch) + 12
    cap.add(g.handshake(), g.seg(TO_SERVER, gbase, b))
    cap.addBadChecksum(g.seg(TO_SERVER, gbase + b, len(offer) - b, override=_hideMarker(offer, pitch)[b:]), "l4")
    cap.add(g.seg(TO_SERVER, gbase + b, len(offer) - b), g.ack(TO_CLIENT), g.close())
    return Case("bad_tcp_checksum_insertion",
                "Insertion by bad checksum: a decoy TCP segment with a wrong checksum covers the second half of the "
                "webcam phrase with other bytes, then the real segment carries it. The decoy is dropped "
                "(decode.checksum_validation, bad_tcp_checksum), so the phrase alerts. A UDP datagram with a wrong "
                "checksum carrying the deadline phrase is dropped too (bad_udp_checksum): no alert for it. The same "
                "decoy trick over IPv6 hides the investment-returns phrase: dropped, so it alerts.",
                cap, [(2100001, f, TO_SERVER), (2100004, g, TO_SERVER)],
                decode_errors={"bad_tcp_checksum": {"eq": 2}, "bad_udp_checksum": {"eq": 1}, "_sum": {"eq": 3}})


def rst_out_of_window_keeps_inspection():
    cap = eth()
    marker = T.P_WEBCAM.encode()
    text = b"One more thing before you go. " + marker + b", and the files are ready."
    a = text.find(marker) + 12
    f = TcpFlow(("198.51.100.51", 50051), ("203.0.113.51", 5222), isn=(160_000_000, 161_000_000))
    base = f.send(TO_SERVER, text)
    cap.add(f.handshake(), f.seg(TO_SERVER, base, a))
    # An RST far outside the server's window: the server ignores it, so inspection goes on.
    cap.add(f.rst(TO_SERVER, len(text) + 1_000_000))
    cap.add(f.seg(TO_SERVER, base + a, len(text) - a), f.ack(TO_CLIENT), f.close())
    g = TcpFlow(("198.51.100.51", 50052), ("203.0.113.51", 5222), isn=(162_000_000, 163_000_000))
    gbase = g.send(TO_SERVER, text)
    cap.add(g.handshake(), g.seg(TO_SERVER, gbase, a))
    # An RST at the next expected byte: the server tears the connection down, and the data
    # sent after it is never read, so it is not inspected either.
    cap.add(g.rst(TO_SERVER, a), g.seg(TO_SERVER, gbase + a, len(text) - a))
    return Case("rst_out_of_window_keeps_inspection",
                "Two connections carry the webcam phrase split in two segments with an RST between them. In the "
                "first the RST is far outside the receiver's window (ignored, counted as rst_out_of_window): the "
                "phrase alerts. In the second the RST sits at the next expected byte (in window): the connection "
                "ends there and the bytes sent after it are not inspected.",
                cap, [(2100001, f, TO_SERVER)])


def tcp_fast_open_syn_data():
    cap = eth()
    f = TcpFlow(("198.51.100.52", 50053), ("203.0.113.52", 5222), isn=(170_000_000, 171_000_000))
    text = ("Hello. " + T.P_WEBCAM + ". Reply today.").encode()
    f.send(TO_SERVER, text)
    # TCP Fast Open: the whole request rides on the SYN (its data starts at ISN+1).
    cap.add(f.synWithData(len(text)), f.synAck(), f.ack(TO_SERVER), f.close())
    return Case("tcp_fast_open_syn_data",
                "TCP Fast Open: the client's SYN carries the webcam phrase as data; the SYN's payload is the start "
                "of the client stream and is inspected.",
                cap, [(2100001, f, TO_SERVER)])


# Classic overlap patterns (Novak; Ptacek & Newsham): O arrives first and carries a decoy over
# the phrase, N arrives second with the real bytes. [O, N] extents in stream offsets; the
# phrase sits at [80, 114) inside every overlap. Which patterns alert tells the policy apart.
OVERLAP_PATTERNS = {
    "n_overlaps_start": ((70, 160), (40, 120)),
    "n_overlaps_end": ((40, 120), (70, 160)),
    "n_inside": ((40, 160), (70, 120)),
    "n_covers": ((70, 120), (40, 160)),
    "n_same_start_longer": ((70, 120), (70, 160)),
    "n_same_extent": ((70, 120), (70, 120)),
}
# Patterns whose new (real) bytes win, per policy (TCP: common/overlap_policy.h).
TCP_NEW_WINS = {
    "first": set(),
    "last": set(OVERLAP_PATTERNS),
    "bsd": {"n_overlaps_start", "n_covers"},
    "windows": {"n_overlaps_start", "n_covers"},
    "linux": {"n_overlaps_start", "n_covers", "n_same_start_longer"},
}
POLICY_SERVER = "203.0.113.60"


def _policyCase(policy):
    cap = eth()
    marker = T.P_WEBCAM.encode()
    expect = []
    for k, (name, ((ob, oe), (nb, ne))) in enumerate(OVERLAP_PATTERNS.items()):
        f = TcpFlow((f"198.51.100.{60 + k}", 50060 + k), (POLICY_SERVER, 5222),
                    isn=(180_000_000 + k * 2_000_000, 181_000_000 + k * 2_000_000))
        text = (b"x" * 80 + marker).ljust(200, b".")
        f.send(TO_SERVER, text)
        decoy = _hideMarker(text, marker)
        cap.add(f.handshake())
        # A hole at the start keeps O and N buffered until the policy has settled them.
        cap.add(f.seg(TO_SERVER, ob, oe - ob, override=decoy[ob:oe]), f.seg(TO_SERVER, nb, ne - nb))
        lo, hi = min(ob, nb), max(oe, ne)
        cap.add(f.seg(TO_SERVER, hi, len(text) - hi), f.seg(TO_SERVER, 0, lo), f.ack(TO_CLIENT), f.close())
        if name in TCP_NEW_WINS[policy]:
            expect.append((2100001, f, TO_SERVER))
    config = {"default": "last" if policy == "first" else "first", policy: [POLICY_SERVER + "/32"]}
    wins = ", ".join(sorted(TCP_NEW_WINS[policy])) or "none"
    return Case(f"overlap_policy_tcp_{policy}",
                f"TCP overlap policy {policy} (host_os_policy for the server, a different default): six connections, "
                "each with a hole at the start, a first segment O carrying a decoy over the webcam phrase and a "
                "second segment N with the real bytes overlapping it (N overlaps O's start, O's end, lies inside O, "
                f"covers O, starts with O and ends later, has O's extent). The real bytes win in: {wins}.",
                cap, expect, host_os_policy=config)


def overlap_policy_tcp_first():
    return _policyCase("first")


def overlap_policy_tcp_last():
    return _policyCase("last")


def overlap_policy_tcp_bsd():
    return _policyCase("bsd")


def overlap_policy_tcp_linux():
    return _policyCase("linux")


def overlap_policy_tcp_windows():
    return _policyCase("windows")


CASES = [tcp_simple, pattern_split_across_segments, one_byte_segments, reordered_segments,
         retransmission_with_overlap, midstream_flow, lost_segment_before_pattern, both_directions,
         tcp_seq_wraparound, tcp_port_reuse, ethernet_trailer_not_payload,
         no_match_lookalikes, many_interleaved_flows,
         bad_tcp_checksum_insertion, rst_out_of_window_keeps_inspection, tcp_fast_open_syn_data,
         overlap_policy_tcp_first, overlap_policy_tcp_last, overlap_policy_tcp_bsd, overlap_policy_tcp_linux,
         overlap_policy_tcp_windows]
