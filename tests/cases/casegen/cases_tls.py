"""Golden cases for the TLS handshake and QUIC Initial fields: a TLS 1.2
certificate chain, a TLS 1.3 hello fragmented over records and segments, and
QUIC v1/v2 Initials (coalesced packets, CRYPTO frames split and reordered over
datagrams, the RFC 9001 sample packet). Signatures: TLS_PACK below.
"""
from . import appwire as W
from . import capfile
from . import tlswire as T
from .appmodel import AppScope
from .capture import Capture
from .case import Case
from .packets import TO_CLIENT, TO_SERVER, Link, TcpFlow, UdpFlow
from .sigs import Pattern, Signature

# The browser-like hello every TLS case sends (names differ; JA4 does not see them).
_HELLO_JA4 = T.fingerprints(T.clientHello("x.example"))["ja4"]
_QUIC_JA4 = T.fingerprints(T.clientHello("x.example", alpns=(b"h3",), quic_ua="x"), "q")["ja4"]

TLS_PACK = [
    Signature(2260001, 1, "Fake bank: certificate names the look-alike domain (SAN)", "phishing", "high",
              [Pattern(regex=r"(^|\.)fake-bank\.example$")], fields=("tls.cert_san",),
              match=["fake-bank.example", "login.fake-bank.example"], no_match=["fake-bank.example.org"]),
    Signature(2260002, 1, "Fake bank: certificate subject organisation", "phishing", "medium",
              [Pattern(literal="O=Fake Bank Support")], fields=("tls.cert_subject",),
              match=["C=US, O=Fake Bank Support, CN=x"], no_match=["C=US, O=Real Bank, CN=x"]),
    Signature(2260003, 1, "Client fingerprint of the test browser (JA4)", "policy", "low",
              [Pattern(literal=_HELLO_JA4)], fields=("tls.ja4",),
              match=[_HELLO_JA4], no_match=["t12d0000h2_000000000000_000000000000"]),
    Signature(2260004, 1, "TLS 1.3 negotiated", "policy", "info",
              [Pattern(regex=r"^TLS 1\.3$")], fields=("tls.version",),
              match=["TLS 1.3"], no_match=["TLS 1.2"]),
    Signature(2260005, 1, "Fake bank over QUIC (SNI)", "phishing", "high",
              [Pattern(regex=r"(^|\.)fake-bank\.example$|^example\.com$")], fields=("quic.sni",),
              match=["fake-bank.example", "example.com"], no_match=["www.example.com.org"]),
    Signature(2260006, 1, "QUIC client user agent of the test browser", "policy", "low",
              [Pattern(literal="FakeBrowser/")], fields=("quic.ua",),
              match=["FakeBrowser/1.0"], no_match=["Chrome/120"]),
    Signature(2260007, 1, "QUIC client fingerprint of the test browser (JA4, q)", "policy", "low",
              [Pattern(literal=_QUIC_JA4)], fields=("tls.ja4",),
              match=[_QUIC_JA4], no_match=[_HELLO_JA4]),
]


def eth():
    return Capture(Link(capfile.LINKTYPE_ETHERNET))


def _clientScope(flow, proto, hello, sni, wire, transport="t", ua=None):
    s = AppScope(flow, proto)
    fp = T.fingerprints(hello, transport)
    if proto == "tls":
        s.ctx(tls__sni=sni, tls__ja4=fp["ja4"])
        s.field("tls.sni", sni, wire)
    else:
        s.ctx(quic__sni=sni, quic__ja4=fp["ja4"])
        s.field("quic.sni", sni, wire)
        if ua:
            s.ctx(quic__ua=ua)
            s.field("quic.ua", ua, wire)
    version, ciphers, exts = T.fpref.parse(hello)
    alpn = dict(exts).get(0x0010)
    if alpn:
        p = 2
        while p < len(alpn):
            s.field("tls.alpn", alpn[p + 1:p + 1 + alpn[p]], wire)
            p += 1 + alpn[p]
    s.field("tls.ja3", fp["ja3_hash"], wire)
    s.field("tls.ja4", fp["ja4"], wire)
    return s


def tls12_certificate_chain():
    cap = eth()
    f = TcpFlow(("198.51.100.80", 56000), ("203.0.113.95", 443), isn=(55_000_000, 56_000_000))
    hello = T.clientHello("login.fake-bank.example", seed=3)
    leaf = T.makeCert([("C", "US"), ("O", "Fake Bank Support"), ("CN", "login.fake-bank.example")],
                      [("C", "US"), ("O", "Cheap Test CA"), ("CN", "Cheap Test Issuing CA")],
                      ["login.fake-bank.example", "www.fake-bank.example"], 0xC0FFEE0102, 7, 8)
    ca = T.makeCert([("C", "US"), ("O", "Cheap Test CA"), ("CN", "Cheap Test Issuing CA")],
                    [("C", "US"), ("CN", "Cheap Test Root")], [], 0x1001, 8, 9)
    server_msgs = T.serverHello(False, 0xc02f, b"h2") + T.certificateMsg([leaf, ca]) + T.handshakeMsg(14, b"")
    server = T.records(server_msgs, 400)   # messages span records; records span segments
    sc = W.Script(f)
    scope = {}
    sc.say(TO_SERVER, T.records(hello, 16384), lambda off: scope.update(
        c=(TO_SERVER, off, off + 5 + len(hello))))
    sc.say(TO_CLIENT, server, lambda off: scope.update(s=(TO_CLIENT, off, off + len(server))), mss=536)
    sc.say(TO_CLIENT, b"\x14\x03\x03\x00\x01\x01")
    sc.say(TO_SERVER, b"\x17\x03\x03\x00\x20" + bytes(32))
    cap.add(sc.conversation())
    s = _clientScope(f, "tls", hello, "login.fake-bank.example", scope["c"])
    s.ctx(tls__version="TLS 1.2")
    s.field("tls.version", "TLS 1.2", scope["s"])
    s.ctx(tls__subject=leaf.subject, tls__issuerdn=leaf.issuer, tls__serial=leaf.serial,
          tls__fingerprint=leaf.fingerprint)
    s.field("tls.cert_subject", leaf.subject, scope["s"])
    s.field("tls.cert_issuer", leaf.issuer, scope["s"])
    for name in leaf.sans:
        s.field("tls.cert_san", name, scope["s"])
    s.field("tls.cert_serial", leaf.serial, scope["s"])
    s.field("tls.cert_fingerprint", leaf.fingerprint, scope["s"])
    return Case("tls12_certificate_chain",
                "A TLS 1.2 handshake whose server sends a two-certificate chain (Ed25519) in 400-byte records "
                "cut into 536-byte segments: the leaf's subject, issuer, SANs, serial and SHA-1 fingerprint, the "
                "negotiated version and the client's JA4 must be read.",
                cap, [(2260003, f, TO_SERVER), (2260001, f, TO_CLIENT), (2260002, f, TO_CLIENT)],
                pack=TLS_PACK, scopes=[s])


def tls13_fragmented_hello():
    cap = eth()
    f = TcpFlow(("198.51.100.81", 56001), ("203.0.113.96", 443), isn=(57_000_000, 58_000_000))
    hello = T.clientHello("pay.fake-bank.example", seed=4)
    wire = T.records(hello, 29)                       # the hello in records of 29 bytes
    cuts = list(range(11, len(wire), 23))             # and segments that cut record headers too
    sc = W.Script(f)
    scope = {}
    sc.say(TO_SERVER, wire, lambda off: scope.update(c=(TO_SERVER, off, off + len(wire))), cuts=cuts)
    sh = T.serverHello(True, 0x1301)
    sc.say(TO_CLIENT, T.records(sh, 16384) + b"\x14\x03\x03\x00\x01\x01" + b"\x17\x03\x03\x00\x30" + bytes(48),
           lambda off: scope.update(s=(TO_CLIENT, off, off + 5 + len(sh))))
    cap.add(sc.conversation())
    s = _clientScope(f, "tls", hello, "pay.fake-bank.example", scope["c"])
    s.ctx(tls__version="TLS 1.3")
    s.field("tls.version", "TLS 1.3", scope["s"])
    return Case("tls13_fragmented_hello",
                "A TLS 1.3 ClientHello in records of 29 bytes, sent in 23-byte segments that also cut "
                "record headers; the ServerHello's supported_versions says TLS 1.3, after which nothing is read.",
                cap, [(2260003, f, TO_SERVER), (2260004, f, TO_CLIENT)], pack=TLS_PACK, scopes=[s])


def quic_initials_v1_v2():
    cap = eth()
    scopes, expect = [], []
    # v1: the whole hello in one Initial, coalesced with a Handshake-type packet.
    f1 = UdpFlow(("198.51.100.82", 50001), ("203.0.113.97", 443))
    dcid1 = bytes.fromhex("1122334455667788")
    h1 = T.clientHello("app.fake-bank.example", alpns=(b"h3",), seed=5, quic_ua="FakeBrowser/1.0 (test)")
    d1 = T.initialPacket(T.V1, dcid1, b"c1", 0, T.cryptoFrame(0, h1), 1100)
    d1 += T.handshakeTypePacket(T.V1, dcid1, 120)
    scopes.append(_clientScope(f1, "quic", h1, "app.fake-bank.example", ("udp", d1), "q", "FakeBrowser/1.0 (test)"))
    # v2: the hello in three CRYPTO frames, the last one first, over two datagrams.
    f2 = UdpFlow(("198.51.100.83", 50002), ("203.0.113.97", 443))
    dcid2 = bytes.fromhex("a0a1a2a3a4a5a6a7a8")
    h2 = T.clientHello("cdn.fake-bank.example", alpns=(b"h3",), seed=6, quic_ua="FakeBrowser/2.0", pad=900)
    third = len(h2) // 3
    d2a = T.initialPacket(T.V2, dcid2, b"", 0, T.cryptoFrame(2 * third, h2[2 * third:])
                          + T.cryptoFrame(0, h2[:third]), 1200)
    d2b = T.initialPacket(T.V2, dcid2, b"", 1, T.cryptoFrame(third, h2[third:2 * third]), 1200)
    scopes.append(_clientScope(f2, "quic", h2, "cdn.fake-bank.example", ("udp", d2b), "q", "FakeBrowser/2.0"))
    # The RFC 9001 A.2 sample packet, on port 443.
    f3 = UdpFlow(("198.51.100.84", 50003), ("203.0.113.98", 443))
    rfc = T.rfc9001ClientInitial()
    scopes.append(_clientScope(f3, "quic", T.fpref.RFC9001_HELLO, "example.com", ("udp", rfc), "q"))
    pkts = [f1.datagram(TO_SERVER, d1), f2.datagram(TO_SERVER, d2a), f2.datagram(TO_SERVER, d2b),
            f3.datagram(TO_SERVER, rfc)]
    cap.add(pkts)
    for s in scopes:   # the version is known from the first packet, before any field
        s.steps.insert(0, ("ctx", {"quic.version": "6b3343cf" if s.flow is f2 else "1"}))
    expect = [(2260005, f1, TO_SERVER), (2260006, f1, TO_SERVER), (2260007, f1, TO_SERVER),
              (2260005, f2, TO_SERVER), (2260006, f2, TO_SERVER),   # f2's padding changes its JA4: no 2260007
              (2260005, f3, TO_SERVER)]
    return Case("quic_initials_v1_v2",
                "QUIC client Initials: v1 with the whole ClientHello in one packet coalesced with a Handshake "
                "packet; v2 with the hello in three CRYPTO frames, reordered, over two datagrams; and the RFC 9001 "
                "Appendix A.2 sample packet. quic.sni, quic.ua and the JA4 (q) must be read.",
                cap, expect, pack=TLS_PACK, scopes=scopes)


CASES = [tls12_certificate_chain, tls13_fragmented_hello, quic_initials_v1_v2]
