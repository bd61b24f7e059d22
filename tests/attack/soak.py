#!/usr/bin/env python3
"""Soak run (not part of ctest): one long-lived `tapwatch run -r -` fed a
capture in an endless loop on stdin, a SIGHUP reload every
--reload-every seconds, and the daemon's RSS sampled every --sample-every
seconds. Every round is new traffic: timestamps move on by the capture's
span plus --round-gap seconds (so flows time out as in a real day) and the
second and third byte of every IPv4/IPv6 address are offset by the round
number (new 5-tuples: new flows, new alerts, not retransmissions of old
ones). Memory must stay flat: the report gives first/last/max RSS and the
growth after the warm-up.

  tests/attack/soak.py TAPWATCH [--minutes 30] [--pcap demo/demo.pcap] [--out DIR]

Writes DIR/rss.csv (seconds, rss_kib, hwm_kib, packets, reloads_ok) and
DIR/summary.json, prints the summary. Exit 1 if the daemon died, a reload
failed, or RSS after the warm-up grew by more than --max-growth-mb.
"""
import argparse
import json
import os
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_pcap(path):
    data = open(path, "rb").read()
    magic = struct.unpack("<I", data[:4])[0]
    if magic not in (0xA1B2C3D4, 0xA1B23C4D):
        raise SystemExit("soak: %s: only little-endian classic pcap is supported" % path)
    nano = magic == 0xA1B23C4D
    records, pos = [], 24
    while pos + 16 <= len(data):
        sec, frac, incl, orig = struct.unpack_from("<IIII", data, pos)
        records.append((sec * 10**9 + frac * (1 if nano else 1000), orig, data[pos + 16:pos + 16 + incl]))
        pos += 16 + incl
    return data[:24], nano, records, struct.unpack_from("<I", data, 20)[0]


def address_offsets(frame):
    """Offsets of the 2nd and 3rd byte of each IP address in an Ethernet frame (VLAN tags skipped)."""
    pos = 12
    while pos + 2 <= len(frame) and frame[pos:pos + 2] in (b"\x81\x00", b"\x88\xa8", b"\x91\x00"):
        pos += 4
    if pos + 2 > len(frame):
        return ()
    ethertype, ip = frame[pos:pos + 2], pos + 2
    if ethertype == b"\x08\x00" and len(frame) >= ip + 20:
        return (ip + 13, ip + 14, ip + 17, ip + 18)
    if ethertype == b"\x86\xdd" and len(frame) >= ip + 40:
        return (ip + 9, ip + 10, ip + 25, ip + 26)
    return ()


def status_kib(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def metric(port, name, label=None):
    try:
        with urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=5) as r:
            text = r.read().decode()
    except OSError:
        return None
    total = None
    for line in text.splitlines():
        m = re.match(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)", line)
        if m and m.group(1) == name and (label is None or label in (m.group(2) or "")):
            total = (total or 0) + float(m.group(3))
    return total


class Feeder(threading.Thread):
    """Writes the capture to the daemon's stdin forever, throttled to `mbps`."""

    def __init__(self, pipe, header, nano, records, mbps, gap_seconds, linktype):
        super().__init__(daemon=True)
        self.pipe, self.header, self.nano, self.mbps = pipe, header, nano, mbps
        self.gap_ns = int(gap_seconds * 10**9)
        # (ts, orig, frame, address byte offsets to shift per round)
        self.records = [(ts, orig, frame, address_offsets(frame) if linktype == 1 else ())
                        for ts, orig, frame in records]
        self.stop = threading.Event()
        self.rounds = 0

    def run(self):
        first, last = self.records[0][0], self.records[-1][0]
        span = last - first + self.gap_ns
        start = time.time()
        sent = 0
        try:
            self.pipe.write(self.header)
            while not self.stop.is_set():
                shift = self.rounds * span
                chunk = bytearray()
                hi, lo = (self.rounds >> 8) & 0xFF, self.rounds & 0xFF
                for ts, orig, frame, offsets in self.records:
                    ts += shift
                    if offsets and self.rounds:
                        frame = bytearray(frame)
                        for k, at in enumerate(offsets):
                            frame[at] = (frame[at] + (hi if k % 2 == 0 else lo)) & 0xFF
                    sec, ns = divmod(ts, 10**9)
                    chunk += struct.pack("<IIII", sec, ns if self.nano else ns // 1000, len(frame), orig) + frame
                    if len(chunk) > 1 << 20:
                        self._send(chunk, start, sent)
                        sent += len(chunk)
                        chunk = bytearray()
                        if self.stop.is_set():
                            return
                self._send(chunk, start, sent)
                sent += len(chunk)
                self.rounds += 1
        except (BrokenPipeError, ValueError):
            pass

    def _send(self, chunk, start, sent):
        self.pipe.write(chunk)
        self.pipe.flush()
        ahead = (sent + len(chunk)) * 8 / (self.mbps * 1e6) - (time.time() - start)
        if ahead > 0:
            time.sleep(ahead)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tapwatch")
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--pcap", default=os.path.join(ROOT, "demo", "demo.pcap"))
    ap.add_argument("--signatures", default=os.path.join(ROOT, "signatures"))
    ap.add_argument("--out", default="/tmp/tapwatch-soak")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--mbps", type=float, default=40, help="feed rate in Mbit/s")
    ap.add_argument("--round-gap", type=float, default=60, help="capture seconds between rounds")
    ap.add_argument("--reload-every", type=float, default=60)
    ap.add_argument("--sample-every", type=float, default=10)
    ap.add_argument("--warmup-minutes", type=float, default=3)
    ap.add_argument("--max-growth-mb", type=float, default=32)
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    header, nano, records, linktype = read_pcap(args.pcap)
    port = free_port()
    eve = os.path.join(args.out, "eve.json")
    if os.path.exists(eve):
        os.remove(eve)
    log = open(os.path.join(args.out, "daemon.log"), "w")
    cmd = [args.tapwatch, "run", "-r", "-", "--workers", str(args.workers),
           "--set", "outputs.eve.path=" + eve,
           "--set", "outputs.prometheus.listen=127.0.0.1:%d" % port,
           "--set", "signatures.paths=[%s]" % args.signatures,
           "--set", "signatures.watch=false"]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT)
    feeder = Feeder(proc.stdin, header, nano, records, args.mbps, args.round_gap, linktype)
    feeder.start()

    samples, problems = [], []
    start = time.time()
    next_sample, next_reload = start, start + args.reload_every
    reloads_sent = 0
    end = start + args.minutes * 60
    with open(os.path.join(args.out, "rss.csv"), "w") as csv:
        csv.write("seconds,rss_kib,hwm_kib,packets,reloads_ok\n")
        while time.time() < end:
            if proc.poll() is not None:
                problems.append("daemon exited early with %s" % proc.returncode)
                break
            now = time.time()
            if now >= next_reload:
                proc.send_signal(signal.SIGHUP)
                reloads_sent += 1
                next_reload += args.reload_every
            if now >= next_sample:
                rss, hwm = status_kib(proc.pid, "VmRSS"), status_kib(proc.pid, "VmHWM")
                packets = metric(port, "tapwatch_packets_total")
                ok = metric(port, "tapwatch_signature_reloads_total", 'result="success"')
                samples.append((round(now - start), rss, hwm, packets, ok))
                csv.write("%d,%d,%d,%s,%s\n" % samples[-1])
                csv.flush()
                next_sample += args.sample_every
            time.sleep(0.2)
    failed_reloads = metric(port, "tapwatch_signature_reloads_total", 'result="failure"')
    ok_reloads = metric(port, "tapwatch_signature_reloads_total", 'result="success"')
    feeder.stop.set()
    time.sleep(1)
    try:
        proc.stdin.close()
    except OSError:
        pass
    try:
        rc = proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=60)
    if rc != 0:
        problems.append("daemon exit code %s" % rc)
    if failed_reloads:
        problems.append("%d reloads failed" % failed_reloads)

    rss = [s[1] for s in samples]
    warm = [s[1] for s in samples if s[0] >= args.warmup_minutes * 60] or rss
    summary = {
        "minutes": args.minutes, "samples": len(samples), "rounds_fed": feeder.rounds,
        "reloads_sent": reloads_sent, "reloads_ok": ok_reloads, "reloads_failed": failed_reloads,
        "packets": samples[-1][3] if samples else None,
        "rss_kib_first": rss[0] if rss else None, "rss_kib_last": rss[-1] if rss else None,
        "rss_kib_max": max(rss) if rss else None, "rss_kib_min": min(rss) if rss else None,
        "rss_kib_after_warmup_first": warm[0] if warm else None,
        "rss_kib_growth_after_warmup": (warm[-1] - warm[0]) if warm else None,
        "alerts": sum(1 for _ in open(eve)) if os.path.exists(eve) else 0,
        "problems": problems,
    }
    if warm and warm[-1] - warm[0] > args.max_growth_mb * 1024:
        problems.append("RSS grew %d KiB after the warm-up" % (warm[-1] - warm[0]))
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(json.dumps(summary, indent=1))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
