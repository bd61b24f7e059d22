#!/usr/bin/env python3
"""Live capture with and without AF_PACKET fanout, on a veth pair in
a network namespace this script creates and deletes.

  bench/fanout/fanout_veth.py TAPWATCH CAPTURE [--loops 3] [--mbps 0] [--configs 1x1,2x1,2x2]

Inside the namespace: veth tw0 <-> tw1. `tapwatch run -i tw1` captures on one
end while `tcpreplay` sends CAPTURE (--loops times) out of the other, at
--mbps (0 = as fast as it can). Each config is WORKERSxHANDLES: handles 1 is
the single capture thread (capture.fanout=0) dispatching to the workers by
hash; handles N > 1 is N libpcap handles in one PACKET_FANOUT_HASH group, each
feeding its own worker (capture.fanout=N, workers = N). After the replay the
sensor's own counters are read: packets captured, packets the workers
handled, drops by reason (kernel, ring_full, interface), and the capture rate
over the replay. The replayer and the sensor share the machine's cores, so
compare configs within one run.
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
SIGNATURES = os.path.join(HERE, "..", "..", "signatures")


def sh(*args, check=True, **kw):
    return subprocess.run(list(args), check=check, text=True, capture_output=True, **kw)


class Namespace:
    def __init__(self):
        self.name = "twfanout%d" % os.getpid()

    def __enter__(self):
        sh("ip", "netns", "add", self.name)
        self.run("ip", "link", "set", "lo", "up")
        self.run("ip", "link", "add", "tw0", "type", "veth", "peer", "name", "tw1")
        for dev in ("tw0", "tw1"):
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


def run_config(ns, args, workers, handles, work):
    port = 19000 + workers * 10 + handles
    eve = os.path.join(work, "eve-%dx%d.json" % (workers, handles))
    log = open(os.path.join(work, "sensor-%dx%d.log" % (workers, handles)), "w")
    sensor = subprocess.Popen(ns.cmd(
        args.tapwatch, "run", "-i", "tw1", "--workers", str(workers),
        "--set", "capture.fanout=%d" % (handles if handles > 1 else 0),
        "--set", "capture.buffer_mb=%d" % args.buffer_mb,
        "--set", "outputs.eve.path=" + eve,
        "--set", "outputs.syslog.enabled=false",
        "--set", "outputs.prometheus.listen=127.0.0.1:%d" % port,
        "--set", "signatures.paths=[%s]" % args.signatures,
        "--set", "signatures.cache_dir=" + os.path.join(work, "cache"),
        "--set", "signatures.watch=false"), stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 120
        while "tapwatch_packets_total" not in "".join(metrics(ns, port)) and time.time() < deadline:
            if sensor.poll() is not None:
                raise RuntimeError("sensor exited: see " + log.name)
            time.sleep(0.5)
        replay = ["tcpreplay", "-i", "tw0", "--loop", str(args.loops), "--stats", "0"]
        replay += ["--mbps", str(args.mbps)] if args.mbps > 0 else ["--topspeed"]
        started = time.time()
        out = ns.run(*replay, args.capture).stdout
        replay_seconds = time.time() - started
        sent = int(re.search(r"Successful packets:\s+(\d+)", out).group(1))
        # Let the workers drain their rings, then read the counters.
        last = -1
        while True:
            time.sleep(1)
            v = metrics(ns, port)
            handled = total(v, "tapwatch_worker_packets_total")
            if handled == last:
                break
            last = handled
        captured = total(v, "tapwatch_packets_total")
        per_worker = sorted(int(val) for k, val in v.items() if k.startswith("tapwatch_worker_packets_total{"))
        return dict(config="%d workers, %s" % (workers, "fanout %d handles" % handles if handles > 1
                                               else "1 capture thread"),
                    sent=sent, replay_seconds=replay_seconds, captured=int(captured), handled=int(handled),
                    per_worker=per_worker,
                    drops_kernel=int(total(v, "tapwatch_capture_drops_total", 'reason="kernel"')),
                    drops_ring=int(total(v, "tapwatch_capture_drops_total", 'reason="ring_full"')),
                    drops_interface=int(total(v, "tapwatch_capture_drops_total", 'reason="interface"')),
                    alerts=int(total(v, "tapwatch_alerts_total")))
    finally:
        sensor.send_signal(signal.SIGTERM)
        try:
            sensor.wait(timeout=120)
        except subprocess.TimeoutExpired:
            sensor.kill()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tapwatch")
    ap.add_argument("capture")
    ap.add_argument("--loops", type=int, default=3)
    ap.add_argument("--mbps", type=float, default=0, help="replay rate; 0 = tcpreplay --topspeed")
    ap.add_argument("--configs", default="1x1,2x1,2x2", help="WORKERSxHANDLES,...")
    ap.add_argument("--buffer-mb", type=int, default=64)
    ap.add_argument("--signatures", default=SIGNATURES)
    ap.add_argument("--json")
    args = ap.parse_args()
    args.tapwatch = os.path.abspath(args.tapwatch)
    args.capture = os.path.abspath(args.capture)
    if os.geteuid() != 0 or not shutil.which("tcpreplay"):
        print("fanout_veth: needs root (network namespace) and tcpreplay", file=sys.stderr)
        return 2
    work = tempfile.mkdtemp(prefix="tapwatch-fanout-")
    results = []
    try:
        with Namespace() as ns:
            for spec in args.configs.split(","):
                workers, handles = (int(x) for x in spec.split("x"))
                r = run_config(ns, args, workers, handles, work)
                results.append(r)
                print(json.dumps(r), file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("| config | sent | captured | handled by workers (per worker) | kernel drops | ring drops | "
          "captured % | replay s | captured pkt/s | alerts |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print("| %s | %s | %s | %s (%s) | %s | %s | %.1f | %.1f | %s | %d |" % (
            r["config"], format(r["sent"], ","), format(r["captured"], ","), format(r["handled"], ","),
            " / ".join(format(n, ",") for n in r["per_worker"]), format(r["drops_kernel"], ","),
            format(r["drops_ring"], ","), 100.0 * r["captured"] / max(1, r["sent"]), r["replay_seconds"],
            format(int(r["captured"] / max(r["replay_seconds"], 1e-9)), ","), r["alerts"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
