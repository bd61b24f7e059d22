"""Shared by the fault scripts: a tiny signature pack, a pcap writer, the
daemon's command line, and the latency allowance (sanitizer builds run the
same checks with a looser bound, and always print the figure)."""
import os
import socket
import struct
import subprocess
import tempfile

SIGNATURES = """signatures:
  - id: 9600001
    name: "Fault suite: marker"
    category: test
    patterns: [{literal: "fault suite marker"}]
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sanitized(binary):
    """True for an ASan/UBSan build (its checks make start-up and exit slower)."""
    with open(binary, "rb") as f:
        data = f.read()
    return b"__asan_init" in data or b"__ubsan_handle" in data


def latency_bound(binary):
    return 2.0 if sanitized(binary) else 1.0


def pcap_header():
    return struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)


def udp_packet(seq, payload=b"fault suite packet"):
    """One Ethernet/IPv4/UDP frame 127.0.0.1:40000 -> 127.0.0.1:9 as a pcap record."""
    udp = struct.pack("!HHHH", 40000, 9, 8 + len(payload), 0) + payload
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), seq & 0xFFFF, 0, 64, 17, 0,
                     bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1]))
    csum = 0
    for i in range(0, 20, 2):
        csum += (ip[i] << 8) | ip[i + 1]
    csum = (csum & 0xFFFF) + (csum >> 16)
    ip = ip[:10] + struct.pack("!H", ~csum & 0xFFFF) + ip[12:]
    frame = b"\x02\x00\x00\x00\x00\x02" + b"\x02\x00\x00\x00\x00\x01" + b"\x08\x00" + ip + udp
    return struct.pack("<IIII", 1700000000 + seq, 0, len(frame), len(frame)) + frame


def workdir(prefix):
    work = tempfile.mkdtemp(prefix=prefix)
    with open(os.path.join(work, "sigs.yaml"), "w") as f:
        f.write(SIGNATURES)
    return work


def signature_cache(private_dir):
    """signatures.cache_dir: the build tree's shared test cache (TAPWATCH_TEST_SIG_CACHE, set by
    CMake), else `private_dir` (a test run by hand)."""
    return os.environ.get("TAPWATCH_TEST_SIG_CACHE") or private_dir


def daemon_args(binary, work, port, signatures=None, extra=(), private_cache=False):
    """private_cache=True: compiled databases in work/cache, for a test that needs a cold
    compile (SIGTERM during it, a reload that must compile) or writes to the cache."""
    sigs = signatures or os.path.join(work, "sigs.yaml")
    cache = f"{work}/cache" if private_cache else signature_cache(f"{work}/cache")
    args = [binary, "run",
            "--set", f"outputs.eve.path={work}/eve.json",
            "--set", f"outputs.prometheus.listen=127.0.0.1:{port}",
            "--set", f"signatures.paths=[{sigs}]",
            "--set", "signatures.watch=false",
            "--set", f"signatures.cache_dir={cache}",
            "--set", "control.socket="]
    return args + list(extra)


def scrape(port, timeout=5.0):
    """One HTTP/1.0 GET /metrics; returns (status line, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as c:
        c.sendall(b"GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        data = b""
        while True:
            chunk = c.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return head.split(b"\r\n")[0].decode(), body.decode(errors="replace")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)
