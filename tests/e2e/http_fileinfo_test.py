#!/usr/bin/env python3
"""HTTP bodies come out of `tapwatch scan` as EVE fileinfo records linked to
their http transaction, as Suricata writes them.

Writes a small capture (pure Python, no scapy) with three connections on
127.0.0.0/8:
  1. GET of a file answered with Content-Disposition and a complete body;
  2. a keep-alive pair: a redirect (302, empty body: no file) then a body named
     by its URI path;
  3. a body the server cuts short (Content-Length 100, 10 bytes, then FIN).
and checks each fileinfo record against the bytes it wrote: filename, size,
sha256 (hashlib), state, tx_id and flow_id equal to its http record's, and that
the http records carry redirect and http_port.
Usage: http_fileinfo_test.py TAPWATCH
"""
import hashlib
import json
import os
import struct
import subprocess
import sys
import tempfile


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def ip4(a):
    return bytes(int(x) for x in a.split("."))


def frame(src, sport, dst, dport, seq, ack, flags, payload=b""):
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0) + payload
    pseudo = ip4(src) + ip4(dst) + struct.pack("!BBH", 0, 6, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 1, 0, 64, 6, 0, ip4(src), ip4(dst))
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return b"\x02\0\0\0\0\x02\x02\0\0\0\0\x01\x08\x00" + ip + tcp


def conversation(client, server, exchanges):
    """Handshake, then each (request, response) in turn, then FINs. Returns frames."""
    (cip, cport), (sip, sport) = client, server
    cseq, sseq = 1000, 5000
    out = [frame(cip, cport, sip, sport, cseq, 0, 0x02),
           frame(sip, sport, cip, cport, sseq, cseq + 1, 0x12),
           frame(cip, cport, sip, sport, cseq + 1, sseq + 1, 0x10)]
    cseq += 1
    sseq += 1
    for req, resp in exchanges:
        out.append(frame(cip, cport, sip, sport, cseq, sseq, 0x18, req))
        cseq += len(req)
        out.append(frame(sip, sport, cip, cport, sseq, cseq, 0x18, resp))
        sseq += len(resp)
    out.append(frame(sip, sport, cip, cport, sseq, cseq, 0x11))
    out.append(frame(cip, cport, sip, sport, cseq, sseq + 1, 0x11))
    out.append(frame(sip, sport, cip, cport, sseq + 1, cseq + 1, 0x10))
    return out


def writePcap(path, frames):
    with open(path, "wb") as fh:
        fh.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i, f in enumerate(frames):
            fh.write(struct.pack("<IIII", 1700000000 + i // 100, (i % 100) * 1000, len(f), len(f)))
            fh.write(f)


REPORT = b"%PDF-1.4 quarterly report written for this test\n" * 20
PAGE = b"<html><body>the page behind the redirect</body></html>"


def main(argv):
    tapwatch = argv[1]
    frames = []
    frames += conversation(("127.0.0.1", 40001), ("127.0.0.2", 80), [(
        b"GET /docs/q3.pdf?dl=1 HTTP/1.1\r\nHost: files.example:8080\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        b"filename=\"report-q3.pdf\"\r\nContent-Length: " + str(len(REPORT)).encode() + b"\r\n\r\n" + REPORT)])
    frames += conversation(("127.0.0.1", 40002), ("127.0.0.2", 80), [
        (b"GET /old HTTP/1.1\r\nHost: site.example\r\n\r\n",
         b"HTTP/1.1 302 Found\r\nLocation: http://site.example/new/index.html\r\nContent-Length: 0\r\n\r\n"),
        (b"GET /new/index.html HTTP/1.1\r\nHost: site.example\r\n\r\n",
         b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + str(len(PAGE)).encode() + b"\r\n\r\n" +
         PAGE)])
    frames += conversation(("127.0.0.1", 40003), ("127.0.0.2", 80), [(
        b"GET /big.bin HTTP/1.1\r\nHost: site.example\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789")])
    with tempfile.TemporaryDirectory() as work:
        pcap = os.path.join(work, "http.pcap")
        writePcap(pcap, frames)
        sigs = os.path.join(work, "sigs.yaml")
        with open(sigs, "w", encoding="utf-8") as fh:
            # One signature on a response buffer the parser now emits: its alert proves the
            # field reaches detection in the transaction it belongs to.
            fh.write("signatures:\n  - id: 1\n    rev: 1\n    name: redirect to the new page\n"
                     "    category: test\n    severity: low\n    fields: [http.location]\n"
                     "    patterns:\n      - literal: 'site.example/new/'\n")
        out = os.path.join(work, "eve.json")
        proc = subprocess.run([tapwatch, "scan", pcap, "-s", sigs, "-o", out, "--no-progress",
                               "--types", "alert,http,fileinfo"], capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            print(proc.stderr)
            return 1
        with open(out, encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
    http = {(r["flow_id"], r["tx_id"]): r for r in records if r["event_type"] == "http"}
    files = [r for r in records if r["event_type"] == "fileinfo"]
    problems = []

    def expect(what, got, want):
        if got != want:
            problems.append(f"{what}: got {got!r}, want {want!r}")

    expect("http records", len(http), 4)
    expect("fileinfo records", len(files), 3)
    by_name = {f["fileinfo"].get("filename"): f for f in files}
    for name, body, state in (("report-q3.pdf", REPORT, "CLOSED"), ("/new/index.html", PAGE, "CLOSED"),
                              ("/big.bin", b"0123456789", "TRUNCATED")):
        f = by_name.get(name)
        if f is None:
            problems.append(f"no fileinfo record named {name!r} (have {sorted(map(str, by_name))})")
            continue
        info = f["fileinfo"]
        expect(f"{name} size", info.get("size"), len(body))
        expect(f"{name} state", info.get("state"), state)
        expect(f"{name} sha256", info.get("sha256"), hashlib.sha256(body).hexdigest() if state == "CLOSED" else None)
        expect(f"{name} stored", info.get("stored"), False)
        expect(f"{name} app_proto", f.get("app_proto"), "http")
        expect(f"{name} tx_id", info.get("tx_id"), f.get("tx_id"))
        tx = http.get((f.get("flow_id"), f.get("tx_id")))
        if tx is None:
            problems.append(f"{name}: no http record with its flow_id and tx_id")
        else:
            expect(f"{name} http.url", f.get("http", {}).get("url"), tx["http"].get("url"))
    alerts = [r for r in records if r["event_type"] == "alert"]
    expect("alerts on http.location", [(a["alert"]["signature_id"], a["http"].get("status")) for a in alerts],
           [(1, 302)])
    redirects = [r["http"].get("redirect") for r in http.values() if r["http"].get("status") == 302]
    expect("redirect", redirects, ["http://site.example/new/index.html"])
    ports = sorted(r["http"].get("http_port", 0) for r in http.values())
    expect("http_port", ports, [0, 0, 0, 8080])
    for p in problems:
        print("FAIL", p)
    print(f"{len(files)} fileinfo records, {len(http)} http records, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
