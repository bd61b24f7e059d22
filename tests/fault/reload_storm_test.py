#!/usr/bin/env python3
"""Reload storm: the real daemon (`run --pcap-queue`) carries hundreds of
long-lived HTTP keep-alive connections, some opened under every reload,
while it receives 200 SIGHUPs in a few seconds. Its memory must stay near
max_live_sets compiled sets (it grew by one set per reload before: 45 MB
to 1.9 GB), the sets alive never exceed the cap, and a connection opened
before the storm still alerts on a signature loaded after it.

One set is made heavy (a domain list, loaded in milliseconds, several MB in
memory) so a leaked set shows in RSS; its size is measured first, as the
RSS difference of two daemons with and without the list.
Traffic is written as pcap files (127.0.0.0/8 addresses only) and queued
over the control socket."""
import os
import signal
import struct
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
from tapwatch_harness import Daemon, wait_for  # noqa: E402

BINARY = sys.argv[1]
MAX_LIVE_SETS = 3
SIGHUPS = 200
STORM_SECONDS = 5.0
CONNECTIONS = 150          # opened before the storm; live through it
NEW_PER_BATCH = 10         # opened during the storm, under whichever set runs then
DOMAINS = 120000           # the heavy part of one set

BASE_SIGNATURES = """signatures:
  - id: 9300001
    name: "Storm: pay-now link"
    category: scam
    fields: [http.uri]
    patterns:
      - literal: "/pay-now"
"""
HEAVY_SIGNATURE = """  - id: 9300002
    name: "Storm: listed host"
    category: scam
    fields: [http.host]
    patterns:
      - list: storm-domains.txt
        kind: domain
"""
FRESH_SIGNATURE = """  - id: 9300003
    name: "Storm: loaded after the storm"
    category: scam
    fields: [http.uri]
    patterns:
      - literal: "/fresh-rule"
"""


# --- pcap writing: Ethernet / IPv4 / TCP with valid checksums ----------------------------------

def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def tcp_frame(src, dst, sport, dport, seq, ack, flags, payload=b""):
    s, d = bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0) + payload
    pseudo = s + d + struct.pack("!BBH", 0, 6, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0x4000, 64, 6, 0, s, d)
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return b"\x02\0\0\0\0\x02\x02\0\0\0\0\x01\x08\x00" + ip + tcp


class Capture:
    """Packets with capture times that advance 1 ms per packet from a shared clock."""
    clock = 1_700_000_000.0

    def __init__(self):
        self.frames = []

    def add(self, frame):
        Capture.clock += 0.001
        self.frames.append((Capture.clock, frame))

    def write(self, path):
        with open(path, "wb") as f:
            f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
            for ts, frame in self.frames:
                f.write(struct.pack("<IIII", int(ts), int((ts % 1) * 1e6), len(frame), len(frame)))
                f.write(frame)
        return len(self.frames)


class Connection:
    """A keep-alive HTTP connection 127.0.x.y:port -> 127.0.0.1:80."""

    def __init__(self, n):
        self.client = f"127.0.{1 + n // 200}.{1 + n % 200}"
        self.port = 20000 + n
        self.cseq, self.sseq = 1000, 5000

    def _send(self, cap, from_client, flags, payload=b""):
        if from_client:
            cap.add(tcp_frame(self.client, "127.0.0.1", self.port, 80, self.cseq, self.sseq, flags, payload))
            self.cseq += len(payload) + (1 if flags & 0x02 else 0)
        else:
            cap.add(tcp_frame("127.0.0.1", self.client, 80, self.port, self.sseq, self.cseq, flags, payload))
            self.sseq += len(payload) + (1 if flags & 0x02 else 0)

    def open(self, cap):
        self._send(cap, True, 0x02)
        self._send(cap, False, 0x12)
        self._send(cap, True, 0x10)

    def transaction(self, cap, uri, host="www.example.test"):
        self._send(cap, True, 0x18, f"GET {uri} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        self._send(cap, False, 0x18, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")


# --- the daemon ---------------------------------------------------------------------------------

def rss_kb(pid, key="VmRSS"):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def start(sigs, work):
    d = Daemon(BINARY, sigs, extra_args=["--pcap-queue"],
               sets=["capture.workers=2", f"signatures.max_live_sets={MAX_LIVE_SETS}",
                     "outputs.eve.types=[alert]"])
    d.wait_ready()
    return d


class Queue:
    """Queues pcap files over the control socket and knows how many packets it sent."""

    def __init__(self, daemon, work):
        self.d, self.work, self.n, self.packets = daemon, work, 0, 0

    def send(self, cap):
        self.n += 1
        path = os.path.join(self.work, f"part-{self.n:04d}.pcap")
        self.packets += cap.write(path)
        rc, reply, err = self.d.ctl("pcap", path)
        assert rc == 0, (rc, reply, err)

    def drain(self, timeout=30):
        wait_for(lambda: self.d.metric("tapwatch_worker_packets_total") == self.packets, timeout=timeout,
                 interval=0.05, what=f"{self.packets} packets processed")


def measure_set_kb(work, plain, heavy):
    """RSS of a daemon with the heavy set minus one without it: what one set costs."""
    sizes = []
    for sigs in (plain, heavy):
        d = start(sigs, work)
        time.sleep(0.5)
        sizes.append(rss_kb(d.proc.pid))
        assert d.stop() == 0
    return sizes[1] - sizes[0]


def main():
    if "ASAN_OPTIONS" in os.environ:
        # Under AddressSanitizer freed memory sits in a quarantine (256 MB by
        # default) instead of going back to the allocator, so RSS would measure
        # the quarantine, not the sets alive. Leak and bounds checks stay on.
        os.environ["ASAN_OPTIONS"] += ":quarantine_size_mb=0:thread_local_quarantine_size_kb=0"
    work = tempfile.mkdtemp(prefix="tw-reload-storm-")
    with open(os.path.join(work, "storm-domains.txt"), "w") as f:
        for i in range(DOMAINS):
            f.write(f"listed-{i:06d}.storm-{i % 97}.example\n")
    plain = os.path.join(work, "plain.yaml")
    with open(plain, "w") as f:
        f.write(BASE_SIGNATURES)
    sigs_dir = os.path.join(work, "sigs")
    os.mkdir(sigs_dir)
    os.rename(os.path.join(work, "storm-domains.txt"), os.path.join(sigs_dir, "storm-domains.txt"))
    heavy = os.path.join(sigs_dir, "storm.yaml")
    with open(heavy, "w") as f:
        f.write(BASE_SIGNATURES + HEAVY_SIGNATURE)

    set_kb = measure_set_kb(work, plain, heavy)
    print(f"one signature set: {set_kb / 1024:.1f} MB ({DOMAINS} listed domains)")
    assert set_kb > 4 * 1024, f"the heavy set should cost several MB to make a leak visible, got {set_kb} kB"

    d = start(heavy, work)
    pid = d.proc.pid
    try:
        queue = Queue(d, work)
        conns = [Connection(n) for n in range(CONNECTIONS)]
        pay_now = CONNECTIONS  # /pay-now transactions sent: each must alert once
        cap = Capture()
        for c in conns:
            c.open(cap)
            c.transaction(cap, "/pay-now/first")
        queue.send(cap)
        queue.drain()
        assert d.metric("tapwatch_alerts_total") == CONNECTIONS, d.metric("tapwatch_alerts_total")
        time.sleep(0.3)
        start_kb = rss_kb(pid)
        # Start holds one set; at most MAX_LIVE_SETS are alive, and loading one costs about one
        # more while it runs (the list is read before it is hashed). Freed heap stays in the
        # process (malloc keeps it for the next set), so RSS shows the high-water mark.
        # Before the cap every load stayed alive: +1 set per reload, 20+ here.
        bound_kb = start_kb + (MAX_LIVE_SETS + 1) * set_kb
        print(f"start RSS {start_kb / 1024:.1f} MB; bound {bound_kb / 1024:.1f} MB "
              f"(start + {MAX_LIVE_SETS + 1} sets)")

        # Sample RSS and sets alive while the storm runs.
        peak = {"rss": start_kb, "sets": 0}
        sampling = threading.Event()

        def sample():
            while not sampling.is_set():
                peak["rss"] = max(peak["rss"], rss_kb(pid))
                try:
                    peak["sets"] = max(peak["sets"], d.metric("tapwatch_signature_sets_alive") or 0)
                except OSError:
                    pass
                time.sleep(0.01)
        sampler = threading.Thread(target=sample)
        sampler.start()

        sent = 0
        started = time.time()
        next_batch = started
        while sent < SIGHUPS:
            d.signal(signal.SIGHUP)
            sent += 1
            if peak["rss"] > bound_kb * 2:
                break  # leaking: stop before the machine runs short
            if time.time() >= next_batch:
                # More traffic: every old connection one transaction, and new connections
                # that start (and stay) under whichever set runs now.
                cap = Capture()
                for c in conns:
                    c.transaction(cap, "/pay-now/storm")
                pay_now += len(conns)
                for _ in range(NEW_PER_BATCH):
                    c = Connection(len(conns))
                    conns.append(c)
                    c.open(cap)
                    c.transaction(cap, "/hello", host="x.listed-000042.storm-42.example")
                queue.send(cap)
                next_batch = time.time() + 0.25
            time.sleep(STORM_SECONDS / SIGHUPS)
        storm_seconds = time.time() - started
        queue.drain()
        wait_for(lambda: d.metric("tapwatch_signature_reloads_total", {"result": "success"}) >= 2, what="a reload")
        time.sleep(1.0)  # let the last follow-up compile finish

        # A signature added after the storm, loaded with `ctl reload` (which waits for its compile).
        with open(heavy, "w") as f:
            f.write(BASE_SIGNATURES + HEAVY_SIGNATURE + FRESH_SIGNATURE)
        rc, reply, err = d.ctl("reload")
        assert rc == 0 and reply and reply.get("ok"), (rc, reply, err, d.output()[-2000:])
        cap = Capture()
        for c in conns[:CONNECTIONS]:
            c.transaction(cap, "/fresh-rule")
        queue.send(cap)
        queue.drain()
        time.sleep(0.3)
        sampling.set()
        sampler.join()

        fresh = d.metric("tapwatch_alerts_total", {"signature_id": "9300003"}) or 0
        coalesced = d.metric("tapwatch_signature_reloads_coalesced_total")
        loads = d.metric("tapwatch_signature_reloads_total", {"result": "success"})
        refused = d.metric("tapwatch_signature_reloads_refused_total", {"reason": "sets_cap"})
        migrated = d.metric("tapwatch_flows_migrated_total")
        sets_now = d.metric("tapwatch_signature_sets_alive")
        hwm_kb = rss_kb(pid, "VmHWM")
        peak_kb = max(peak["rss"], hwm_kb)
        print(f"{sent} SIGHUPs in {storm_seconds:.1f} s: {int(loads)} successful loads, {int(coalesced)} requests "
              f"coalesced, {int(refused)} refused (sets_cap), {int(migrated)} flows migrated, "
              f"{len(conns)} connections")
        print(f"RSS start {start_kb / 1024:.1f} MB, peak {peak_kb / 1024:.1f} MB "
              f"(+{(peak_kb - start_kb) / 1024:.1f} MB = {(peak_kb - start_kb) / max(set_kb, 1):.2f} sets), "
              f"end {rss_kb(pid) / 1024:.1f} MB; sets alive: peak {int(peak['sets'])}, now {int(sets_now)}")
        print(f"alerts for the signature loaded after the storm on connections opened before it: "
              f"{int(fresh)} of {CONNECTIONS}")

        assert sent == SIGHUPS, f"RSS passed twice the bound after {sent} SIGHUPs: reloads leak sets"
        assert peak["sets"] <= MAX_LIVE_SETS, f"{peak['sets']} sets alive, cap {MAX_LIVE_SETS}"
        assert peak_kb < bound_kb, f"peak RSS {peak_kb} kB over the bound {bound_kb} kB"
        assert fresh == CONNECTIONS, f"{fresh} of {CONNECTIONS} old connections alerted on the new signature"
        assert migrated > 0, "no flow was moved to a newer set"
        storm_alerts = d.metric("tapwatch_alerts_total", {"signature_id": "9300001"})
        # Every transaction on every connection is one alert: none lost across the reloads.
        assert loads > 10, f"only {loads} loads: the storm did not reload much"
        rc = d.stop()
        assert rc == 0, rc
        alerts = [a for a in d.alerts() if a["alert"]["signature_id"] == 9300001]
        assert len(alerts) == storm_alerts, (len(alerts), storm_alerts)
        assert len(alerts) == pay_now, f"{len(alerts)} /pay-now alerts, expected {pay_now}: alerts lost or repeated"
        print("reload_storm_test: ok")
    except Exception:
        if d.proc.poll() is None:
            print(d.output()[-4000:])
            d.stop()
        raise


if __name__ == "__main__":
    main()
