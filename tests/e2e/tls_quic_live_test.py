#!/usr/bin/env python3
"""Real handshakes, not hand-built ones: `openssl s_server`/`s_client` speak
TLS 1.2 and TLS 1.3 with a CA + leaf chain made here, and ngtcp2's
gtlsserver/gtlsclient (Debian ngtcp2-server/-client) speak QUIC v1, all on
127.0.0.1. tcpdump captures lo; `tapwatch scan` reads the capture. Expected
values come from elsewhere: certificate fields from Python's `cryptography`
reading the PEM files, JA3/JA4 from tests/protocols/tls_fingerprint_reference.py
over the ClientHello bytes scapy finds in the capture.

Exit 77 (skipped) when a tool is missing or lo cannot be captured."""
import datetime
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "protocols"))
sys.path.insert(0, os.path.join(HERE, "..", "cases"))
import tls_fingerprint_reference as fpref  # noqa: E402

BINARY = sys.argv[1]
SNI = "shop.fake-bank.test"
QUIC_SNI = "h3.fake-bank.test"   # asked for; Debian's GnuTLS gtlsclient sends "localhost" for an IP literal


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(77)


def freePort(kind=socket.SOCK_STREAM):
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def makePki(d):
    """CA, intermediate-free leaf signed by it, SANs; PEM files in d."""
    run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-keyout", f"{d}/ca.key", "-out", f"{d}/ca.pem", "-days", "30", "-subj", "/C=US/O=E2E Test CA/CN=E2E Root"])
    run(["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
         f"{d}/leaf.key", "-out", f"{d}/leaf.csr", "-subj", f"/C=US/O=Fake Bank Support/CN={SNI}"])
    with open(f"{d}/san.ext", "w") as f:
        f.write(f"subjectAltName=DNS:{SNI},DNS:www.fake-bank.test,DNS:{QUIC_SNI}\n")
    run(["openssl", "x509", "-req", "-in", f"{d}/leaf.csr", "-CA", f"{d}/ca.pem", "-CAkey", f"{d}/ca.key",
         "-set_serial", "0x00C0FFEE42", "-days", "7", "-extfile", f"{d}/san.ext", "-out", f"{d}/leaf.pem"])


def expectedCert(path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    cert = x509.load_pem_x509_certificate(open(path, "rb").read())
    names = {"countryName": "C", "organizationName": "O", "commonName": "CN"}
    text = lambda n: ", ".join(f"{names[a.oid._name]}={a.value}" for a in n)  # noqa: E731
    serial = cert.serial_number
    raw = serial.to_bytes((serial.bit_length() + 8) // 8, "big")
    return {
        "subject": text(cert.subject), "issuerdn": text(cert.issuer),
        "serial": ":".join(f"{b:02X}" for b in raw),
        "fingerprint": ":".join(f"{b:02x}" for b in cert.fingerprint(hashes.SHA1())),
        "notbefore": getattr(cert, "not_valid_before_utc", cert.not_valid_before).strftime("%Y-%m-%dT%H:%M:%S"),
        "notafter": getattr(cert, "not_valid_after_utc", cert.not_valid_after).strftime("%Y-%m-%dT%H:%M:%S"),
    }


def clientHellos(pcap, port):
    """The ClientHello handshake messages sent to `port`, one per connection, from the capture."""
    from scapy.all import TCP, rdpcap
    streams = {}
    for p in rdpcap(pcap):
        if TCP in p and p[TCP].dport == port and bytes(p[TCP].payload):
            streams.setdefault(p[TCP].sport, {})[p[TCP].seq] = bytes(p[TCP].payload)
    hellos = []
    for sport in sorted(streams):
        data = b"".join(v for _, v in sorted(streams[sport].items()))
        hs, p = b"", 0
        while p + 5 <= len(data) and data[p] == 0x16:
            n = int.from_bytes(data[p + 3:p + 5], "big")
            hs += data[p + 5:p + 5 + n]
            p += 5 + n
            if len(hs) >= 4 and len(hs) >= 4 + int.from_bytes(hs[1:4], "big"):
                break
        hellos.append(hs[:4 + int.from_bytes(hs[1:4], "big")])
    return hellos


def quicClientHello(pcap, port):
    """The ClientHello inside the client's Initial packets to `port`, decrypted here with Python's
    `cryptography` (casegen/tlswire.py), independently of the sensor."""
    from casegen import tlswire
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from scapy.all import UDP, rdpcap
    crypto = {}
    dcid0 = None
    for pkt in rdpcap(pcap):
        if UDP not in pkt or pkt[UDP].dport != port:
            continue
        data = bytes(pkt[UDP].payload)
        while data and data[0] & 0x80:
            version = int.from_bytes(data[1:5], "big")
            dl = data[5]
            dcid = data[6:6 + dl]
            p = 6 + dl
            p += 1 + data[p]
            kind = (data[0] >> 4) & 3
            initial = kind == (1 if version == tlswire.V2 else 0)
            if initial:
                n = 1 << (data[p] >> 6)
                tok = int.from_bytes(data[p:p + n], "big") & ((1 << (8 * n - 2)) - 1)
                p += n + tok
            n = 1 << (data[p] >> 6)
            length = int.from_bytes(data[p:p + n], "big") & ((1 << (8 * n - 2)) - 1)
            p += n
            packet, data = bytearray(data[:p + length]), data[p + length:]
            if not initial:
                continue
            dcid0 = dcid0 or dcid
            key, iv, hp = tlswire.initialKeys(version, dcid0)
            enc = Cipher(algorithms.AES(hp), modes.ECB()).encryptor()
            mask = enc.update(bytes(packet[p + 4:p + 20])) + enc.finalize()
            packet[0] ^= mask[0] & 0x0f
            pn_len = (packet[0] & 3) + 1
            for i in range(pn_len):
                packet[p + i] ^= mask[1 + i]
            pn = int.from_bytes(packet[p:p + pn_len], "big")
            nonce = bytes(a ^ b for a, b in zip(iv, pn.to_bytes(12, "big")))
            plain = AESGCM(key).decrypt(nonce, bytes(packet[p + pn_len:]), bytes(packet[:p + pn_len]))
            q = 0
            while q < len(plain):
                t = plain[q]
                q += 1
                if t == 0x06:
                    vals = []
                    for _ in range(2):
                        n = 1 << (plain[q] >> 6)
                        vals.append(int.from_bytes(plain[q:q + n], "big") & ((1 << (8 * n - 2)) - 1))
                        q += n
                    crypto[vals[0]] = plain[q:q + vals[1]]
                    q += vals[1]
                elif t not in (0x00, 0x01):
                    break   # ACK etc.: not in a client's first flight here
    stream = b""
    for off in sorted(crypto):
        if off <= len(stream):
            stream = stream[:off] + crypto[off] + stream[off + len(crypto[off]):]
    return stream[:4 + int.from_bytes(stream[1:4], "big")] if len(stream) >= 4 else b""


def main():
    try:
        import cryptography  # noqa: F401
        import scapy  # noqa: F401
    except ImportError as e:
        skip(f"Python module missing: {e}")
    for tool in ("openssl", "tcpdump", "gtlsserver", "gtlsclient"):
        if shutil.which(tool) is None:
            skip(f"{tool} not installed (deploy/install-deps.sh)")
    tmp = tempfile.mkdtemp(prefix="tw-tlsquic-")
    makePki(tmp)
    tcp_port, udp_port = freePort(), freePort(socket.SOCK_DGRAM)
    pcap = f"{tmp}/lo.pcap"
    # --immediate-mode: without it the last packets can sit in a ring block tcpdump never reads before SIGINT.
    dump = subprocess.Popen(["tcpdump", "-i", "lo", "--immediate-mode", "-U", "-n", "-s", "0", "-w", pcap,
                             f"(tcp port {tcp_port}) or (udp port {udp_port})"],
                            stderr=subprocess.PIPE, text=True)
    line = dump.stderr.readline()
    if "listening" not in line:
        dump.kill()
        skip(f"tcpdump cannot capture lo: {line.strip()}")
    try:
        server = subprocess.Popen(["openssl", "s_server", "-accept", f"127.0.0.1:{tcp_port}", "-cert",
                                   f"{tmp}/leaf.pem", "-key", f"{tmp}/leaf.key", "-cert_chain", f"{tmp}/ca.pem",
                                   "-alpn", "h2", "-naccept", "2", "-quiet"],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        for version in ("-tls1_2", "-tls1_3"):
            subprocess.run(["openssl", "s_client", "-connect", f"127.0.0.1:{tcp_port}", "-servername", SNI,
                            "-alpn", "h2,http/1.1", version], input="", capture_output=True, text=True, timeout=20)
        server.wait(timeout=20)

        qserver = subprocess.Popen(["gtlsserver", "-q", "127.0.0.1", str(udp_port), f"{tmp}/leaf.key",
                                    f"{tmp}/leaf.pem"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        started = time.monotonic()
        client = subprocess.run(["gtlsclient", "-q", "--exit-on-all-streams-close", "--timeout=3s", "--sni",
                                 QUIC_SNI, "127.0.0.1", str(udp_port), f"https://{QUIC_SNI}:{udp_port}/"],
                                capture_output=True, text=True, timeout=30)
        print(f"gtlsclient exit {client.returncode} after {time.monotonic() - started:.2f}s; udp port {udp_port}; "
              f"{client.stderr[-300:]}")
        qserver.send_signal(signal.SIGTERM)
        qserver.wait(timeout=10)
        time.sleep(0.5)
    finally:
        dump.send_signal(signal.SIGINT)
        dump.wait(timeout=10)
        print("tcpdump:", dump.stderr.read().strip().replace("\n", "; "))

    sigs = f"{tmp}/sigs.yaml"
    with open(sigs, "w") as f:
        f.write("""signatures:
  - id: 9160001
    name: "E2E: fake bank certificate SAN"
    category: phishing
    severity: high
    fields: [tls.cert_san]
    patterns:
      - regex: '(^|\\.)fake-bank\\.test$'
    examples: {match: ["www.fake-bank.test"], no_match: ["fake-bank.test.org"]}
  - id: 9160002
    name: "E2E: fake bank over QUIC"
    category: phishing
    severity: high
    fields: [quic.sni]
    patterns:
      - regex: '(^|\\.)fake-bank\\.test$|^localhost$'
    examples: {match: ["h3.fake-bank.test", "localhost"], no_match: ["bank.test"]}
""")
    out = subprocess.run([BINARY, "scan", pcap, "-s", sigs, "--no-progress", "--types", "alert,tls,quic", "-o", "-"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    events = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    tls = [e for e in events if e["event_type"] == "tls"]
    quic = [e for e in events if e["event_type"] == "quic"]
    alerts = [e for e in events if e["event_type"] == "alert"]
    problems = []

    want = expectedCert(f"{tmp}/leaf.pem")
    hellos = clientHellos(pcap, tcp_port)
    if len(tls) != 2 or len(hellos) != 2:
        problems.append(f"expected 2 tls records and 2 hellos, got {len(tls)} / {len(hellos)}: {tls}")
    else:
        tls.sort(key=lambda e: e["src_port"])
        for rec, hello, version in zip(tls, hellos, ("TLS 1.2", "TLS 1.3")):
            t = rec.get("tls", {})
            ja3_text, ja3_md5 = fpref.ja3(hello)
            checks = {"sni": SNI, "version": version, "ja4": fpref.ja4(hello, "t"),
                      "ja3": {"hash": ja3_md5, "string": ja3_text}, "client_alpns": ["h2", "http/1.1"],
                      "server_alpns": ["h2"]}
            if version == "TLS 1.3":   # the certificate and the server's ALPN are encrypted
                del checks["server_alpns"]
            else:
                checks.update(want)
                checks["subjectaltname"] = [SNI, "www.fake-bank.test", QUIC_SNI]
            for k, v in checks.items():
                if t.get(k) != v:
                    problems.append(f"{version}: tls.{k} is {t.get(k)!r}, expected {v!r}")
            if "ja3s" not in t:
                problems.append(f"{version}: no ja3s")
    if not any(a["alert"]["signature_id"] == 9160001 for a in alerts):
        problems.append("no alert on tls.cert_san")

    qhello = quicClientHello(pcap, udp_port)
    if not qhello:
        problems.append("no QUIC ClientHello in the capture (Python decryption)")
    elif not quic:
        problems.append("no quic record (ngtcp2 client Initial not decrypted)")
    else:
        q = quic[0].get("quic", {})
        sni = next(d for t, d in fpref.parse(qhello)[2] if t == 0)[5:].decode()
        want_q = {"version": "1", "sni": sni, "ja4": fpref.ja4(qhello, "q"),
                  "ja3": {"hash": fpref.ja3(qhello)[1], "string": fpref.ja3(qhello)[0]}}
        for k, v in want_q.items():
            if q.get(k) != v:
                problems.append(f"quic.{k} is {q.get(k)!r}, expected {v!r}")
        print(f"quic: sni {sni!r}, ja4 {want_q['ja4']}")
    if not any(a["alert"]["signature_id"] == 9160002 for a in alerts):
        problems.append("no alert on quic.sni")

    for p in problems:
        print("FAIL:", p)
    if problems:
        print(f"capture kept in {tmp}")
        return 1
    shutil.rmtree(tmp, ignore_errors=True)
    print("tls 1.2 + 1.3 (openssl) and quic v1 (ngtcp2) on lo: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
