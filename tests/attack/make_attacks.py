#!/usr/bin/env python3
"""Deterministic attack-traffic captures for tests/attack (written at test time,
not committed: some are tens of MB).

  make_attacks.py OUTDIR [CASE...]     writes OUTDIR/<case>.pcap (all cases by default)

Every capture mixes the attack with normal conversations that must still
alert (see signatures.yaml): a raw TCP flow carrying the stream canary,
interleaved with the attack, plus a protocol canary where the attack targets a
protocol parser. Frames are Ethernet/IPv4 built with struct, so the bytes do
not depend on a scapy version.
"""
import os
import struct
import sys
import zlib

BASE_NS = 1_590_000_000 * 10**9
STREAM_CANARY = b"ATTACK-CANARY-STREAM: I recorded you and want bitcoin"
HTTP_CANARY = b"ATTACK-CANARY-HTTP-BODY pay in bitcoin"
SMTP_CANARY = b"ATTACK-CANARY-SMTP-BODY pay in bitcoin"
DNS_CANARY = "canary-dns.attack.test"
URI_CANARY = b"/attack-canary-uri"


def ip4(n):
    return struct.pack("!I", n)


def ipv4(proto, payload, src, dst, ident=0, frag=0):
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident & 0xFFFF, frag, 64, proto, 0, src, dst)
    return hdr + payload


def eth(l3):
    return b"\x02\0\0\0\0\x02\x02\0\0\0\0\x01\x08\x00" + l3


def tcp_frame(src, dst, sport, dport, seq, ack, flags, payload=b""):
    t = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, 5 << 4, flags, 65535, 0, 0)
    return eth(ipv4(6, t + payload, src, dst))


def udp_frame(src, dst, sport, dport, payload):
    return eth(ipv4(17, struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload, src, dst))


SYN, ACK, PSH, FIN, RST = 0x02, 0x10, 0x08, 0x01, 0x04


class Pcap:
    """Streams records to a classic pcap file, 1 µs apart."""

    def __init__(self, path):
        self.f = open(path, "wb")
        self.f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        self.n = 0

    def add(self, frame):
        ts = BASE_NS + self.n * 1000
        self.n += 1
        sec, nsec = divmod(ts, 10**9)
        self.f.write(struct.pack("<IIII", sec, nsec // 1000, len(frame), len(frame)))
        self.f.write(frame)

    def close(self):
        self.f.close()


class Conv:
    """One TCP conversation; methods return frames (the caller decides their order)."""

    def __init__(self, client, cport, server, sport, isn=(1000, 900000)):
        self.c, self.cp, self.s, self.sp = ip4(client), cport, ip4(server), sport
        self.seq = [isn[0] + 1, isn[1] + 1]
        self.isn = isn

    def handshake(self):
        return [tcp_frame(self.c, self.s, self.cp, self.sp, self.isn[0], 0, SYN),
                tcp_frame(self.s, self.c, self.sp, self.cp, self.isn[1], self.seq[0], SYN | ACK),
                tcp_frame(self.c, self.s, self.cp, self.sp, self.seq[0], self.seq[1], ACK)]

    def data(self, side, payload, mss=1400):
        """In-order segments of `payload` from side 0 (client) or 1 (server)."""
        out = []
        for i in range(0, len(payload), mss):
            out.append(self.segment(side, self.seq[side], payload[i:i + mss]))
            self.seq[side] += len(payload[i:i + mss])
        return out

    def segment(self, side, seq, payload, flags=ACK | PSH):
        if side == 0:
            return tcp_frame(self.c, self.s, self.cp, self.sp, seq, self.seq[1], flags, payload)
        return tcp_frame(self.s, self.c, self.sp, self.cp, seq, self.seq[0], flags, payload)

    def close(self):
        out = [self.segment(0, self.seq[0], b"", FIN | ACK)]
        self.seq[0] += 1
        out.append(self.segment(1, self.seq[1], b"", FIN | ACK))
        self.seq[1] += 1
        out.append(self.segment(0, self.seq[0], b"", ACK))
        return out


def stream_canary_frames():
    """The normal raw-TCP conversation every case mixes in (port 9999: no app parser)."""
    conv = Conv(0x0A000063, 55555, 0x0A000064, 9999)
    # 16-byte segments: the canary spans several packets, so it only matches if
    # the flow survives (and stays reassembled) between them.
    return (conv.handshake() + conv.data(0, b"hello\n" + STREAM_CANARY + b"\n", mss=16) + conv.data(1, b"ok\n") +
            conv.close())


def interleave(pcap, attack_frames, normal, every):
    """Writes the attack, slipping one normal frame in after every `every` attack frames."""
    normal = list(normal)
    for i, frame in enumerate(attack_frames):
        pcap.add(frame)
        if normal and i % every == every - 1:
            pcap.add(normal.pop(0))
    for frame in normal:
        pcap.add(frame)


def http_conv(client, cport, request, response, server=0x0A000050):
    conv = Conv(client, cport, server, 80)
    return conv.handshake() + conv.data(0, request) + conv.data(1, response) + conv.close()


# ------------------------------------------------------------------ cases
def syn_flood(pcap):
    """1,000,000 half-open connections from spoofed sources; the normal flow
    sends one packet per 2,000 SYNs, so with flow.max_flows 1000 it is older
    than a whole table of half-open flows whenever its next packet comes."""
    def syns():
        for i in range(1_000_000):
            src = ip4(0xC6120000 + (i >> 16))  # 198.18.0.0/15, benchmark space
            yield tcp_frame(src, ip4(0x0A000001), 1024 + (i & 0xFFFF) % 60000, 443, i * 7919, 0, SYN)
    interleave(pcap, syns(), stream_canary_frames(), 2000)


def frag_flood(pcap):
    """Tiny (16-byte) overlapping IPv4 fragments of 10,000 datagrams that never
    complete, 30 per datagram stepping 8 bytes; every 50th datagram gets 300
    fragments (more than max_fragments_per_datagram)."""
    def frags():
        src, dst = ip4(0xC6130001), ip4(0x0A000001)
        for d in range(10_000):
            count = 300 if d % 50 == 0 else 30
            for k in range(count):
                piece = bytes([(d + k) & 0xFF]) * 16
                yield eth(ipv4(17, piece, src, dst, ident=d, frag=0x2000 | (k + 1)))  # MF set, never the end
    interleave(pcap, frags(), stream_canary_frames(), 5000)


def reorder_buffering(pcap):
    """64 connections each send 256 KB in reverse segment order (the first
    segment last), round-robin, so every one holds a full out-of-order window at
    once: 16 MB against stream.memcap_mb 4."""
    convs = [Conv(0x0A010000 + i, 40000 + i, 0x0A000001, 8080 + (i % 2) * 0) for i in range(64)]
    frames = []
    for conv in convs:
        frames += conv.handshake()
    mss, total = 1400, 256 * 1024
    plans = []
    for i, conv in enumerate(convs):
        base = conv.seq[0]
        payload = bytes([0x41 + i % 26]) * total
        segs = [(base + off, payload[off:off + mss]) for off in range(0, total, mss)]
        plans.append((conv, segs[1:][::-1] + segs[:1]))
        conv.seq[0] += total
    for k in range(len(plans[0][1])):
        for conv, segs in plans:
            seq, data = segs[k]
            frames.append(conv.segment(0, seq, data))
    for conv in convs:
        frames += conv.close()
    interleave(pcap, frames, stream_canary_frames(), 1000)


def _gzip_zeros(total):
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    out = [c.compress(block) for _ in range(total >> 20)]
    out.append(c.flush())
    return b"".join(out)


def decompression_bomb(pcap):
    """An HTTP response whose gzip body inflates to 512 MB of zeros (about
    500 KB on the wire), one chunked deflate bomb, then a normal gzip response
    carrying the HTTP canary on another connection."""
    bomb = _gzip_zeros(512 << 20)
    frames = http_conv(0x0A020001, 41000, b"GET /bomb HTTP/1.1\r\nHost: bomb.test\r\n\r\n",
                       b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(bomb) + bomb)
    deflate = zlib.compress(b"\0" * (64 << 20), 9)
    chunked = b"".join(b"%x\r\n" % len(deflate[i:i + 4000]) + deflate[i:i + 4000] + b"\r\n"
                       for i in range(0, len(deflate), 4000)) + b"0\r\n\r\n"
    frames += http_conv(0x0A020002, 41001, b"GET /bomb2 HTTP/1.1\r\nHost: bomb.test\r\n\r\n",
                        b"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked)
    body = zlib.compress(HTTP_CANARY)  # zlib-wrapped deflate, as servers send it
    gz = zlib.compressobj(6, zlib.DEFLATED, 31)
    gbody = gz.compress(b"<html>" + HTTP_CANARY + b"</html>") + gz.flush()
    frames += http_conv(0x0A020003, 41002, b"GET /normal HTTP/1.1\r\nHost: ok.test\r\n\r\n",
                        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(gbody) + gbody)
    del body
    interleave(pcap, frames, stream_canary_frames(), 100)


def smtp_session(cport, messages):
    conv = Conv(0x0A030001, cport, 0x0A000019, 25)
    frames = conv.handshake()
    frames += conv.data(1, b"220 mx.attack.test ESMTP\r\n")
    frames += conv.data(0, b"EHLO attacker.test\r\n")
    frames += conv.data(1, b"250 mx.attack.test\r\n")
    for body in messages:
        frames += conv.data(0, b"MAIL FROM:<a@attacker.test>\r\n")
        frames += conv.data(1, b"250 OK\r\n")
        frames += conv.data(0, b"RCPT TO:<victim@attack.test>\r\n")
        frames += conv.data(1, b"250 OK\r\n")
        frames += conv.data(0, b"DATA\r\n")
        frames += conv.data(1, b"354 go\r\n")
        frames += conv.data(0, body + b"\r\n.\r\n")
        frames += conv.data(1, b"250 queued\r\n")
    frames += conv.data(0, b"QUIT\r\n") + conv.data(1, b"221 bye\r\n") + conv.close()
    return frames


def deep_mime(pcap):
    """5,000 nested multipart levels, then 5,000 sibling parts, then a normal
    message carrying the SMTP canary, all in one SMTP session."""
    deep = [b"Subject: deep\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"]
    for i in range(1, 5000):
        deep.append(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i - 1, i))
    deep.append(b"--b4999\r\nContent-Type: text/plain\r\n\r\nbottom\r\n--b4999--")
    wide = [b"Subject: wide\r\nContent-Type: multipart/mixed; boundary=w\r\n\r\n"]
    wide += [b"--w\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i for i in range(5000)]
    wide.append(b"--w--")
    normal = b"Subject: hello\r\nContent-Type: text/plain\r\n\r\n" + SMTP_CANARY
    frames = smtp_session(42000, [b"".join(deep), b"".join(wide), normal])
    interleave(pcap, frames, stream_canary_frames(), 20)


def dns_name(name):
    return b"".join(bytes([len(l)]) + l.encode() for l in name.split(".")) + b"\0"


def dns_loops(pcap):
    """30,000 DNS queries whose names are compression-pointer loops (self,
    two-name cycle, forward jump, long chains), then a normal query for the
    DNS canary."""
    def header(qd):
        return struct.pack("!HHHHHH", 0x4242, 0x0100, qd, 0, 0, 0)
    loops = [
        header(1) + b"\xc0\x0c" + b"\0\x01\0\x01",                               # points at itself
        header(2) + b"\x01a\xc0\x14\0\x01\0\x01" + b"\x01b\xc0\x0c\0\x01\0\x01",  # a -> b -> a
        header(1) + b"\xc0\x20" + b"\0\x01\0\x01" + b"\0" * 16 + b"\x01x\xc0\x0c",  # forward jump into a loop
        header(1) + b"".join(b"\x01a\xc0%c" % (0x0c + 4 * i) for i in range(40)) + b"\0\x01\0\x01",
    ]
    def queries():
        for i in range(30_000):
            yield udp_frame(ip4(0xC6140000 + (i & 0xFF)), ip4(0x0A000035), 10000 + (i % 50000), 53, loops[i % len(loops)])
    normal = [udp_frame(ip4(0x0A040001), ip4(0x0A000035), 33333, 53, header(1) + dns_name(DNS_CANARY) + b"\0\x01\0\x01")]
    interleave(pcap, queries(), stream_canary_frames() + normal, 3000)


def giant_headers(pcap):
    """HTTP requests with one 900 KB header line and with 60,000 headers, an
    SMTP command line of 900 KB, a TLS ClientHello record claiming 16 MB, then a
    normal request whose URI carries the canary."""
    frames = http_conv(0x0A050001, 43000, b"GET /a HTTP/1.1\r\nHost: h\r\nX-Big: " + b"A" * 900_000 + b"\r\n\r\n",
                       b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
    many = b"".join(b"X-H%d: v\r\n" % i for i in range(60_000))
    frames += http_conv(0x0A050002, 43001, b"GET /b HTTP/1.1\r\nHost: h\r\n" + many + b"\r\n",
                        b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
    conv = Conv(0x0A050003, 43002, 0x0A000019, 25)
    frames += conv.handshake() + conv.data(1, b"220 mx ESMTP\r\n") + conv.data(0, b"EHLO " + b"e" * 900_000 + b"\r\n")
    frames += conv.close()
    conv = Conv(0x0A050004, 43003, 0x0A0001BB, 443)
    hello = b"\x16\x03\x01\x40\x00" + b"\x01\xff\xff\xff" + b"\x03\x03" + b"\x00" * 200_000
    frames += conv.handshake() + conv.data(0, hello) + conv.close()
    frames += http_conv(0x0A050005, 43004, b"GET " + URI_CANARY + b" HTTP/1.1\r\nHost: ok.test\r\n\r\n",
                        b"HTTP/1.1 204 No Content\r\n\r\n")
    interleave(pcap, frames, stream_canary_frames(), 50)


def normal_only(pcap):
    """The baseline: just the normal conversations (memory reference)."""
    for frame in stream_canary_frames():
        pcap.add(frame)


CASES = {
    "syn_flood": syn_flood, "frag_flood": frag_flood, "reorder_buffering": reorder_buffering,
    "decompression_bomb": decompression_bomb, "deep_mime": deep_mime, "dns_loops": dns_loops,
    "giant_headers": giant_headers, "normal_only": normal_only,
}


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name in sys.argv[2:] or list(CASES):
        pcap = Pcap(os.path.join(out, name + ".pcap"))
        CASES[name](pcap)
        pcap.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
