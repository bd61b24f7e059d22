#!/usr/bin/env python3
"""Live rates: the highest replay rate the sensor takes with zero drops, for
both capture modes (capture.mode pcap: libpcap + dispatch thread; afpacket:
each worker reads its own TPACKET_V3 ring) and 1 and 2 workers.

  bench/live/live_rates.py TAPWATCH [CAPTURE] [--rates 5000,10000,...] [--seconds 2]

It creates a network namespace with a veth pair (tw0 <-> tw1) and deletes it
at the end. For each config one sensor runs `tapwatch run -i tw1` inside the
namespace; tcpreplay sends CAPTURE (demo/demo.pcap by default, looped) out of
tw0 at each rate in turn (--pps, rising), for about --seconds each. After each
step the sensor's counters are read: packets captured on the interface and
drops by reason (kernel, interface, ring_full, oversize). A step passes when
every packet sent was captured and no drop was counted; the config's result
is the highest rate below the first failing one. Needs root and tcpreplay.
The replayer shares the cores with the sensor: on a 2-core machine it takes
one of them, so the rates say as much about the machine as about the sensor.
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DROP_REASONS = ("kernel", "interface", "ring_full", "oversize")


def sh(*args, check=True, **kw):
    return subprocess.run(list(args), check=check, text=True, capture_output=True, **kw)


class Namespace:
    def __init__(self):
        self.name = "twlive%d" % os.getpid()

    def __enter__(self):
        sh("ip", "netns", "add", self.name)
        self.run("ip", "link", "set", "lo", "up")
        self.run("ip", "link", "add", "name", "tw0", "type", "veth", "peer", "name", "tw1")
        for dev in ("tw0", "tw1"):
            self.run("sysctl", "-q", "-w", "net.ipv6.conf.%s.disable_ipv6=1" % dev, check=False)
            self.run("ip", "link", "set", dev, "up")
        return self

    def __exit__(self, *exc):
        sh("ip", "netns", "del", self.name, check=False)

    def cmd(self, *args):
        return ["ip", "netns", "exec", self.name] + list(args)

    def run(self, *args, check=True):
        return sh(*self.cmd(*args), check=check)


def metrics(ns, port):
    out = ns.run("curl", "-s", "--max-time", "5", "http://127.0.0.1:%d/metrics" % port, check=False).stdout
    values = {}
    for line in out.splitlines():
        m = re.match(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)", line)
        if m:
            values[m.group(1) + (m.group(2) or "")] = float(m.group(3))
    return values


def total(values, name, label=""):
    return sum(v for k, v in values.items() if k.split("{")[0] == name and label in k)


def counters(ns, port):
    v = metrics(ns, port)
    drops = {r: int(total(v, "tapwatch_capture_drops_total", 'reason="%s"' % r)) for r in DROP_REASONS}
    return int(total(v, "tapwatch_packets_total")), drops, int(total(v, "tapwatch_worker_packets_total"))


def settle(ns, port):
    """Waits until the workers stop handling packets (rings drained, kernel stats published)."""
    last = None
    for _ in range(10):
        time.sleep(1.2)  # kernel drop counters are published about once a second
        now = counters(ns, port)
        if now == last:
            return now
        last = now
    return last


def run_config(ns, args, mode, workers, work):
    name = "%s-%dw" % (mode, workers)
    port = 19100 + workers * 10 + (1 if mode == "afpacket" else 0)
    log = open(os.path.join(work, "sensor-%s.log" % name), "w")
    sensor = subprocess.Popen(ns.cmd(
        args.tapwatch, "run", "-i", "tw1", "--workers", str(workers),
        "--set", "capture.mode=" + mode,
        "--set", "outputs.eve.path=" + os.path.join(work, "eve-%s.json" % name),
        "--set", "outputs.eve.types=[alert]",
        "--set", "outputs.syslog.enabled=false",
        "--set", "outputs.prometheus.listen=127.0.0.1:%d" % port,
        "--set", "signatures.paths=[%s]" % args.signatures,
        "--set", "signatures.cache_dir=" + os.path.join(work, "cache"),
        "--set", "signatures.watch=false"), stdout=log, stderr=subprocess.STDOUT)
    steps = []
    try:
        deadline = time.time() + 900  # the first start compiles the shipped packs (cold cache)
        while "tapwatch_packets_total" not in "".join(metrics(ns, port)):
            if sensor.poll() is not None or time.time() > deadline:
                raise RuntimeError("sensor did not start: see " + log.name)
            time.sleep(0.5)
        best = 0
        for pps in args.rates:
            before = settle(ns, port)
            limit = int(pps * args.seconds)
            out = ns.run("tcpreplay", "-i", "tw0", "--pps", str(pps), "--loop", "0", "--limit", str(limit),
                         "--stats", "0", args.capture).stdout
            sent = int(re.search(r"Successful packets:\s+(\d+)", out).group(1))
            m = re.search(r"Rated:\s+[\d.]+ Bps,\s+([\d.]+) Mbps,\s+([\d.]+) pps", out)
            after = settle(ns, port)
            captured = after[0] - before[0]
            drops = {r: after[1][r] - before[1][r] for r in DROP_REASONS}
            ok = captured >= sent and sum(drops.values()) == 0
            step = dict(pps=pps, sent=sent, captured=captured, drops=drops, ok=ok,
                        achieved_pps=float(m.group(2)) if m else None,
                        achieved_mbps=float(m.group(1)) if m else None)
            steps.append(step)
            print("  %s %s" % (name, json.dumps(step)), file=sys.stderr)
            if not ok:
                break
            best = pps
        return dict(config=name, mode=mode, workers=workers, best_pps=best, steps=steps)
    finally:
        sensor.send_signal(signal.SIGTERM)
        try:
            sensor.wait(timeout=120)
        except subprocess.TimeoutExpired:
            sensor.kill()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tapwatch")
    ap.add_argument("capture", nargs="?", default=os.path.join(ROOT, "demo", "demo.pcap"))
    ap.add_argument("--rates", default="5000,10000,20000,40000,80000,160000",
                    help="packets per second, rising (tcpreplay --pps)")
    ap.add_argument("--seconds", type=float, default=2.0, help="replay time per rate")
    ap.add_argument("--configs", default="pcap:1,pcap:2,afpacket:1,afpacket:2", help="MODE:WORKERS,...")
    ap.add_argument("--signatures", default=os.path.join(ROOT, "signatures"))
    ap.add_argument("--json")
    args = ap.parse_args()
    args.tapwatch = os.path.abspath(args.tapwatch)
    args.capture = os.path.abspath(args.capture)
    args.signatures = os.path.abspath(args.signatures)
    args.rates = [int(r) for r in args.rates.split(",")]
    if os.geteuid() != 0 or not shutil.which("tcpreplay"):
        print("live_rates: needs root (network namespace, AF_PACKET) and tcpreplay", file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="tapwatch-live-")
    results = []
    load_before = os.getloadavg()
    try:
        with Namespace() as ns:
            for spec in args.configs.split(","):
                mode, workers = spec.split(":")
                results.append(run_config(ns, args, mode, int(workers), work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load_after = os.getloadavg()
    print("load average before %.2f %.2f %.2f, after %.2f %.2f %.2f" % (load_before + load_after))
    print("| capture.mode | workers | highest zero-drop rate (pps) | first failing step |")
    print("|---|---:|---:|---|")
    for r in results:
        failed = [s for s in r["steps"] if not s["ok"]]
        if failed:
            s = failed[0]
            why = "%s pps: sent %s, captured %s, drops %s" % (
                format(s["pps"], ","), format(s["sent"], ","), format(s["captured"], ","),
                ", ".join("%s %d" % (k, v) for k, v in s["drops"].items() if v) or "none")
        else:
            why = "none up to %s pps" % format(args.rates[-1], ",")
        print("| %s | %d | %s | %s |" % (r["mode"], r["workers"], format(r["best_pps"], ","), why))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
