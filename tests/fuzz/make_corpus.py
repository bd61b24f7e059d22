#!/usr/bin/env python3
"""Writes the seed corpora tests/fuzz/corpus/<target>/ (deterministic).

  tests/fuzz/make_corpus.py            rewrite every corpus directory
  tests/fuzz/make_corpus.py --check    exit 1 if the committed seeds differ

Seeds are small, valid-looking inputs in each fuzz target's layout (see the
entry files); the fuzzers mutate from there. Packet seeds are built by hand
with struct so the bytes never depend on a scapy version; decoder seeds also
take the first frames of the golden cases' captures.
"""
import gzip
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MARKER = b"\r\n--S2C--\r\n"  # app_stream_driver.h kServerMarker


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def ipv4(proto, payload, src=b"\x0a\0\0\x01", dst=b"\x0a\0\0\x02", ident=1, frag=0, ttl=64, options=b""):
    ihl = 5 + len(options) // 4
    hdr = struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, 0, 20 + len(options) + len(payload), ident, frag, ttl, proto, 0,
                      src, dst) + options
    hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
    return hdr + payload


def ipv6(nh, payload, src=b"\xfd" + b"\0" * 14 + b"\x01", dst=b"\xfd" + b"\0" * 14 + b"\x02"):
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), nh, 64, src, dst) + payload


def tcp(sport, dport, seq, ack, flags, payload=b"", options=b""):
    off = (20 + len(options)) // 4
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, off << 4, flags, 65535, 0, 0) + options + payload


def udp(sport, dport, payload):
    return struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload


def eth(ethertype, payload, vlans=()):
    out = b"\x02\0\0\0\0\x02" + b"\x02\0\0\0\0\x01"
    for tpid, vid in vlans:
        out += struct.pack("!HH", tpid, vid)
    return out + struct.pack("!H", ethertype) + payload


def dns_query(name, qtype=1, ident=0x1234, flags=0x0100):
    q = b"".join(bytes([len(l)]) + l.encode() for l in name.split(".")) + b"\0"
    return struct.pack("!HHHHHH", ident, flags, 1, 0, 0, 0) + q + struct.pack("!HH", qtype, 1)


def client_hello(sni, version=0x0303, extra_ext=b""):
    name = sni.encode()
    sni_ext = struct.pack("!HH", 0, len(name) + 5) + struct.pack("!HBH", len(name) + 3, 0, len(name)) + name
    exts = sni_ext + extra_ext
    body = struct.pack("!H", version) + b"\x11" * 32 + b"\0" + struct.pack("!H", 2) + b"\x13\x01" + b"\x01\0"
    body += struct.pack("!H", len(exts)) + exts
    hs = b"\x01" + struct.pack("!I", len(body))[1:] + body
    return b"\x16\x03\x01" + struct.pack("!H", len(hs)) + hs


# ---------------------------------------------------------------- decode
def decode_seeds():
    seeds = {}
    t = tcp(40000, 80, 1000, 0, 0x02)
    seeds["eth_ipv4_tcp_syn"] = eth(0x0800, ipv4(6, t))
    seeds["eth_ipv4_tcp_data"] = eth(0x0800, ipv4(6, tcp(40000, 80, 1001, 1, 0x18, b"GET / HTTP/1.1\r\n\r\n")))
    seeds["eth_vlan_qinq"] = eth(0x0800, ipv4(17, udp(5353, 53, dns_query("a.example"))),
                                 vlans=((0x88A8, 100), (0x8100, 42)))
    seeds["eth_ipv4_options"] = eth(0x0800, ipv4(6, t, options=b"\x01\x01\x01\x00"))
    seeds["eth_ipv6_tcp"] = eth(0x86DD, ipv6(6, tcp(40000, 443, 1, 0, 0x02)))
    hop = bytes([6, 0]) + b"\x01\x04\0\0\0\0"  # hop-by-hop with PadN, then TCP
    seeds["eth_ipv6_hbh"] = eth(0x86DD, ipv6(0, hop + tcp(40000, 443, 1, 0, 0x02)))
    payload = udp(1234, 53, b"X" * 40)
    seeds["eth_ipv4_frag_first"] = eth(0x0800, ipv4(17, payload[:24], ident=7, frag=0x2000))
    seeds["eth_ipv4_frag_last"] = eth(0x0800, ipv4(17, payload[24:], ident=7, frag=3))
    frag6 = struct.pack("!BBHI", 17, 0, 1, 0xABCD)  # offset 0, M=1
    seeds["eth_ipv6_frag_first"] = eth(0x86DD, ipv6(44, frag6 + payload[:24]))
    seeds["raw_ipv4_udp"] = ipv4(17, udp(1, 2, b"hello"))
    seeds["sll_ipv4"] = struct.pack("!HHH8sH", 0, 1, 6, b"\x02\0\0\0\0\x01\0\0", 0x0800) + ipv4(6, t)
    seeds["sll2_ipv6"] = struct.pack("!HHIHBB8s", 0x86DD, 0, 2, 1, 0, 6, b"\x02\0\0\0\0\x01\0\0") + ipv6(
        17, udp(1, 2, b"x"))
    seeds["null_ipv4"] = struct.pack("<I", 2) + ipv4(6, t)
    seeds["eth_arp"] = eth(0x0806, b"\0\x01\x08\0\x06\x04\0\x01" + b"\0" * 20)
    # The first frames of every golden case capture (classic pcap only).
    cases = os.path.join(ROOT, "tests", "cases")
    for name in sorted(os.listdir(cases)):
        path = os.path.join(cases, name, "capture.pcap")
        if not os.path.isfile(path):
            continue
        data = open(path, "rb").read()
        if len(data) < 24:
            continue
        magic = struct.unpack("<I", data[:4])[0]
        e = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
        pos, taken = 24, 0
        while pos + 16 <= len(data) and taken < 3:
            _, _, incl, _ = struct.unpack(e + "IIII", data[pos:pos + 16])
            frame = data[pos + 16:pos + 16 + incl]
            pos += 16 + incl
            if len(frame) != incl:
                break
            seeds["case_%s_%d" % (name, taken)] = frame
            taken += 1
    return seeds


# ---------------------------------------------------------------- flow
def flow_op(flow, side, kind, offset, length, ack, long_len=False):
    op = (flow & 7) | (side << 3) | (kind << 4) | (0x80 if long_len else 0)
    return struct.pack("<BHBH", op, offset & 0xFFFF, length, ack & 0xFFFF)


def flow_seeds():
    seeds = {}
    # Handshake, two in-order segments each way, FINs.
    prog = [flow_op(0, 0, 1, 0, 0, 0), flow_op(0, 1, 2, 0, 0, 0), flow_op(0, 0, 0, 0, 100, 0),
            flow_op(0, 1, 0, 0, 200, 100), flow_op(0, 0, 0, 100, 50, 200), flow_op(0, 0, 3, 150, 0, 200),
            flow_op(0, 1, 3, 200, 0, 151)]
    seeds["handshake_inorder"] = b"\x00" + b"".join(prog)
    # Reordered: the second and third segments before the first; wraparound flow 1.
    prog = [flow_op(1, 0, 1, 0, 0, 0), flow_op(1, 0, 0, 400, 200, 0), flow_op(1, 0, 0, 200, 200, 0),
            flow_op(1, 0, 0, 0, 200, 0), flow_op(1, 1, 5, 0, 0x03, 600)]
    seeds["reordered_wrap"] = b"\x05" + b"".join(prog)
    # Overlapping retransmission that conflicts, then a hole that an ACK declares lost.
    prog = [flow_op(2, 0, 0, 0, 100, 0), flow_op(2, 0, 6, 50, 100, 0), flow_op(2, 0, 0, 300, 100, 0),
            flow_op(2, 1, 5, 0, 0x01, 350)]
    seeds["conflict_and_hole"] = b"\x14" + b"".join(prog)
    # More flows than the table holds (max_flows 2): eviction, then expiry.
    prog = [flow_op(k, 0, 1, 0, 0, 0) for k in range(8)] + [flow_op(0, 0, 7, 100, 0, 0)]
    seeds["eviction_expiry"] = b"\x00" + b"".join(prog)
    # Many out-of-order segments with long lengths (memcap and cap hits), IPv6 flows, RST.
    prog = [flow_op(4 + (i % 4), 0, 0, 1000 + i * 3000, 8, 0, long_len=True) for i in range(16)]
    prog += [flow_op(5, 1, 4, 0, 1, 0), flow_op(7, 0, 6, 0, 30, 0)]
    seeds["ooo_pressure_v6"] = b"\x0e" + b"".join(prog)
    # Depth cap (3000 bytes) with midstream pickup off.
    prog = [flow_op(3, 0, 1, 0, 0, 0)] + [flow_op(3, 0, 0, i * 2048, 8, 0, long_len=True) for i in range(3)]
    seeds["depth_cap_no_midstream"] = b"\x50" + b"".join(prog)
    return seeds


# ---------------------------------------------------------------- protocols
def app(control, client, server=b""):
    return bytes([control]) + client + MARKER + server


def http_seeds():
    gz = gzip.compress(b"I recorded you with your webcam. Pay 1000 USD in bitcoin." * 4, mtime=0)
    deflate = zlib.compress(b"hello deflate " * 20)
    seeds = {
        "get_simple": app(0, b"GET /index.html?q=a%20b HTTP/1.1\r\nHost: example.test\r\nUser-Agent: x\r\n\r\n",
                          b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"),
        "post_form": app(4, b"POST /login HTTP/1.1\r\nHost: a\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            b"Content-Length: 27\r\n\r\nuser=bob&msg=send+bitcoin%21"),
        "chunked_gzip": app(2, b"GET / HTTP/1.1\r\nHost: b\r\n\r\n",
                            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" +
                            b"%x\r\n" % len(gz) + gz + b"\r\n0\r\n\r\n"),
        "deflate_close": app(1, b"GET /d HTTP/1.0\r\n\r\n",
                             b"HTTP/1.0 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + deflate),
        "pipelined": app(0, b"GET /1 HTTP/1.1\r\nHost: c\r\n\r\nGET /2 HTTP/1.1\r\nHost: c\r\n\r\nHEAD /3 HTTP/1.1\r\n\r\n",
                         b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA"
                         b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                         b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"),
        "continue_100": app(0, b"PUT /u HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc",
                            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"),
        "giant_header": app(1, b"GET / HTTP/1.1\r\nX-Big: " + b"A" * 300 + b"\r\n" +
                            b"".join(b"H%d: v\r\n" % i for i in range(10)) + b"\r\n"),
        "gzip_bomb": app(1, b"GET /bomb HTTP/1.1\r\n\r\n",
                         b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" %
                         len(gzip.compress(b"\0" * 100000, mtime=0)) + gzip.compress(b"\0" * 100000, mtime=0)),
        "connect_upgrade": app(0, b"CONNECT host:443 HTTP/1.1\r\n\r\n", b"HTTP/1.1 200 Connection established\r\n\r\n"
                               b"\x16\x03\x01\x00\x05hello"),
    }
    return seeds


def smtp_seeds():
    b64 = b"SSByZWNvcmRlZCB5b3UgdmlhIHlvdXIgd2ViY2FtLg==\r\n"
    simple = (b"EHLO client.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nRCPT TO:<e@f.test>\r\nDATA\r\n"
              b"Subject: =?UTF-8?B?SGVsbG8gd29ybGQ=?=\r\nFrom: a@b.test\r\n\r\nHello\r\n..dot stuffed\r\n.\r\nQUIT\r\n")
    replies = (b"220 mx.test ESMTP\r\n250-mx.test\r\n250 PIPELINING\r\n250 OK\r\n250 OK\r\n250 OK\r\n"
               b"354 go ahead\r\n250 queued\r\n221 bye\r\n")
    multipart = (b"EHLO c\r\nMAIL FROM:<x@y>\r\nRCPT TO:<z@w>\r\nDATA\r\n"
                 b"Subject: =?ISO-8859-1?Q?caf=E9?=\r\nMIME-Version: 1.0\r\n"
                 b"Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                 b"--outer\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64 +
                 b"--outer\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n"
                 b"--inner\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                 b"<p>pay =3D bitcoin=\r\n now</p>\r\n--inner--\r\n"
                 b"--outer\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nnested body\r\n"
                 b"--outer--\r\n.\r\n")
    nested = b"EHLO c\r\nMAIL FROM:<x@y>\r\nRCPT TO:<z@w>\r\nDATA\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    for i in range(1, 6):
        nested += b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i - 1, i)
    nested += b"--b5\r\nContent-Type: text/plain\r\n\r\ndeep\r\n.\r\n"
    bdat = b"EHLO c\r\nMAIL FROM:<x@y>\r\nRCPT TO:<z@w>\r\nBDAT 20\r\nSubject: s\r\n\r\nhello\r\nBDAT 0 LAST\r\n"
    attachments = (b"HELO c\r\nMAIL FROM:<x@y>\r\nRCPT TO:<z@w>\r\nDATA\r\nFrom: \"A, B\" <a@b>\r\nTo: c@d, e@f\r\n"
                   b"Cc: g: h@i;\r\nContent-Type: multipart/mixed; boundary=m\r\n\r\n--m\r\n"
                   b"Content-Type: application/zip\r\nContent-Disposition: attachment; filename*0*=utf-8''%41;"
                   b" filename*1=b.zip\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsD*BA==cGF5\r\nIGJ0Yw\r\n"
                   b"--m\r\nContent-Type: image/png; name=\"=?utf-8?q?p=C3=A9.png?=\"\r\n"
                   b"Content-Transfer-Encoding: quoted-printable\r\n\r\n=89PNG=0D=0A\r\n"
                   b"--m\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=t.txt\r\n\r\n"
                   b"text\r\n--m--\r\n.\r\n")
    return {
        "attachments": app(0, attachments, replies),
        "simple_session": app(0, simple, replies),
        "multipart_nested": app(4, multipart, replies),
        "deep_mime_tight": app(1, nested, replies),
        "bdat": app(2, bdat, replies),
        "starttls": app(0, b"EHLO c\r\nSTARTTLS\r\n\x16\x03\x01\x00\x01\x01", b"220 mx ESMTP\r\n250 STARTTLS\r\n220 go\r\n"),
    }


def dns_seeds():
    q = dns_query("www.example.test")
    ptr_loop = struct.pack("!HHHHHH", 1, 0x0100, 1, 0, 0, 0) + b"\xc0\x0c" + b"\0\x01\0\x01"
    ptr_back = struct.pack("!HHHHHH", 1, 0x0100, 2, 0, 0, 0) + b"\x03abc\x04test\0\0\x01\0\x01" + \
        b"\x03www\xc0\x0c\0\x01\0\x01"
    return {
        "udp_query": b"\x00" + q,
        "udp_query_tight": b"\x01" + q,
        "tcp_two_queries": b"\x00" + struct.pack("!H", len(q)) + q + struct.pack("!H", len(q)) + q,
        "pointer_loop": b"\x00" + ptr_loop,
        "pointer_backward": b"\x02" + ptr_back,
        "response": b"\x00" + dns_query("a.b", flags=0x8180),
        "response_answers": b"\x00" + struct.pack("!HHHHHH", 7, 0x8183, 1, 3, 0, 0) + b"\x01a\x01b\0\0\x01\0\x01"
        + b"\xc0\x0c\0\x05\0\x01\0\0\0\x3c\0\x02\xc0\x33"          # CNAME -> forward pointer
        + b"\xc0\x0c\0\x10\0\x01\0\0\0\x3c\0\x04\x03txt"          # TXT
        + b"\x01c\0\0\x1c\0\x01\0\0\0\x3c\0\x10" + b"\x20\x01" + b"\0" * 14,  # AAAA
    }


def tls_seeds():
    hello = client_hello("scam.example.test")
    split = hello[:5] + hello[5:40]
    return {
        "client_hello": app(0, hello, b"\x16\x03\x03\x00\x04\x02\x00\x00\x00"),
        "client_hello_small_chunks": app(4, hello),
        "client_hello_tight": app(1, hello),
        "two_records": app(0, b"\x16\x03\x01" + struct.pack("!H", 35) + hello[5:40] +
                           b"\x16\x03\x01" + struct.pack("!H", len(hello) - 40) + hello[40:]),
        "sslv2ish": app(0, b"\x80\x2e\x01\x03\x01" + b"\0" * 40),
        "truncated": app(0, split),
    }


def quic_vector(name):
    """A published client Initial (RFC 9001 / RFC 9369 Appendix A.2) from the protocols tests."""
    text = open(os.path.join(ROOT, "tests", "protocols", "quic_rfc_vectors.h")).read()
    start = text.index(name + " =")
    return bytes.fromhex("".join(text[start:text.index(";", start)].split('"')[1::2]))


def quic_seeds():
    v1 = quic_vector("kRfc9001ClientInitial")
    v2 = quic_vector("kRfc9369ClientInitial")
    return {
        "rfc9001_initial": app(0, v1),
        "rfc9369_initial_tight": app(1, v2),
        "two_datagrams_chunked": app(4, v1 + v2),
    }


# ---------------------------------------------------------------- control plane
def signature_seeds():
    seeds = {}
    for name in sorted(os.listdir(os.path.join(ROOT, "signatures"))):
        if name.endswith(".yaml"):
            seeds["shipped_" + name[:-5]] = open(os.path.join(ROOT, "signatures", name), "rb").read()
    seeds["lists"] = b"""signatures:
  - id: 1
    name: lists
    category: scam
    severity: high
    fields: [dns.query, tls.sni, http.host]
    patterns:
      - {id: d, list: lists/domains.txt, kind: domain}
      - {id: l, list: lists/literals.txt, kind: literal, flags: [caseless]}
    condition: "d or l"
    examples:
      match: ["bad.example"]
      no_match: ["good.example"]
"""
    seeds["condition_threshold"] = b"""signatures:
  - id: 2100001
    rev: 3
    name: "Sextortion"
    category: sextortion
    severity: medium
    enabled: true
    fields: [smtp.body, http.request_body, stream]
    patterns:
      - id: rec
        regex: 'record(ed|ing)\\s+(you|video)'
        flags: [caseless, dotall]
      - id: btc
        regex: '\\b(bc1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\\b'
      - id: deadline
        literal: "48 hours"
        flags: [caseless]
      - id: u
        regex: 'caf\\x{e9}'
        flags: [utf8, ucp]
    condition: "rec and (btc or deadline) and not u"
    threshold: {count: 2, seconds: 60, track: by_src}
    references: ["https://example.test"]
    tags: [t1]
    examples:
      match: ["I recorded you. 48 hours."]
      no_match: ["nothing"]
"""
    return seeds


def config_seeds():
    seeds = {"shipped": open(os.path.join(ROOT, "config", "tapwatch.yaml"), "rb").read()}
    ex = os.path.join(ROOT, "config", "examples")
    for name in sorted(os.listdir(ex)):
        seeds["example_" + name[:-5]] = open(os.path.join(ex, name), "rb").read()
    seeds["flow_style_with_overrides"] = (b"flow: {max_flows: 10, timeouts: {tcp_established: 5}}\n"
                                          b"protocols: {http: {ports: [80, 8000]}}\n\0"
                                          b"capture.workers=4\0outputs.eve.path=-\0protocols.dns.ports=[53,5353]")
    seeds["empty"] = b""
    return seeds


def condition_seeds():
    return {
        "and_or_not": b"\x04a and (b or not c)",
        "nested": b"\x08not (a or (b and (c or not (d and e))))",
        "many_ids": b"\x40p63 or p8 and a",
        "too_many": b"\x45a",
        "bad_token": b"\x03a & b",
    }


TARGETS = {
    "decode": decode_seeds, "flow": flow_seeds, "http": http_seeds, "smtp": smtp_seeds, "dns": dns_seeds,
    "tls": tls_seeds, "quic": quic_seeds, "signature": signature_seeds, "config": config_seeds, "condition": condition_seeds,
}


def main():
    check = "--check" in sys.argv[1:]
    differ = []
    for target, make in TARGETS.items():
        d = os.path.join(HERE, "corpus", target)
        seeds = make()
        if check:
            have = set(os.listdir(d)) if os.path.isdir(d) else set()
            if have != set(seeds):
                differ.append("%s: files %s" % (target, sorted(have ^ set(seeds))))
            for name, data in seeds.items():
                p = os.path.join(d, name)
                if os.path.isfile(p) and open(p, "rb").read() != data:
                    differ.append("%s/%s" % (target, name))
            continue
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            if old not in seeds:
                os.remove(os.path.join(d, old))
        for name, data in seeds.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
    if differ:
        print("make_corpus: committed seeds differ from the generator:\n  " + "\n  ".join(differ))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
