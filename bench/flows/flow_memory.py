#!/usr/bin/env python3
"""Memory per flow: peak RSS of the real daemon holding N concurrent
flows, against the same daemon holding 1,000, with the shipped signatures.

  bench/flows/flow_memory.py TAPWATCH [--flows 1000000] [--kind tcp|http|udp] [--workers 1]

Each flow is opened and left open (no FIN, all within a few seconds of capture
time, so no timeout fires): `tcp` is a handshake plus 64 bytes each way on an
uninspected port; `http` is a handshake plus a GET on port 80 whose response
has not come yet (an HTTP parser and an open transaction per flow); `udp` is
one 64-byte datagram each way. The capture is replayed with `tapwatch run -r
FILE --linger` (max_flows raised above N); once the worker has handled every
packet, tapwatch_flows_active must be N and VmHWM is read from /proc.
bytes/flow = (VmHWM(N) - VmHWM(1,000)) / (N - 1,000).
"""
import argparse
import os
import shutil
import struct
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "attack"))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "e2e"))
from make_attacks import ACK, PSH, SYN, Pcap, ip4, tcp_frame, udp_frame  # noqa: E402
from soak import status_kib  # noqa: E402
from tapwatch_harness import Daemon, wait_for  # noqa: E402

SIGNATURES = os.path.join(HERE, "..", "..", "signatures")


def flow_frames(kind, i):
    """The frames of flow i: client 10.x.y.z:port -> server 10.255.0.1."""
    client, server = ip4(0x0A000000 + (i >> 14) + 1), ip4(0x0AFF0001)
    cport = 1024 + (i & 0x3FFF)
    if kind == "udp":
        return [udp_frame(client, server, cport, 5000, b"u" * 64), udp_frame(server, client, 5000, cport, b"d" * 64)]
    sport = 80 if kind == "http" else 5001
    c_isn, s_isn = 1000 + i, 900000 + i
    frames = [tcp_frame(client, server, cport, sport, c_isn, 0, SYN),
              tcp_frame(server, client, sport, cport, s_isn, c_isn + 1, SYN | ACK),
              tcp_frame(client, server, cport, sport, c_isn + 1, s_isn + 1, ACK)]
    if kind == "http":
        req = b"GET /item/%d HTTP/1.1\r\nHost: shop%d.example\r\nUser-Agent: bench\r\n\r\n" % (i, i % 1000)
        frames.append(tcp_frame(client, server, cport, sport, c_isn + 1, s_isn + 1, PSH | ACK, req))
    else:
        frames.append(tcp_frame(client, server, cport, sport, c_isn + 1, s_isn + 1, PSH | ACK, b"c" * 64))
        frames.append(tcp_frame(server, client, sport, cport, s_isn + 1, c_isn + 65, PSH | ACK, b"s" * 64))
    return frames


def write_capture(path, kind, flows):
    pcap = Pcap(path)
    for i in range(flows):
        for f in flow_frames(kind, i):
            pcap.add(f)
    pcap.close()
    return pcap.n


def measure(binary, pcap, flows, workers):
    d = Daemon(binary, SIGNATURES, extra_args=["-r", pcap, "--linger", "--workers", str(workers)],
               sets=["flow.max_flows=%d" % (flows + flows // 10 + 1000), "outputs.syslog.enabled=false",
                     "flow.timeouts.tcp_syn=3600", "flow.timeouts.tcp_established=3600", "flow.timeouts.udp=3600"])
    try:
        d.wait_ready(timeout=120)
        wait_for(lambda: "replay finished" in d.output() or d.proc.poll() is not None, timeout=1800, interval=1,
                 what="replay to finish")
        wait_for(lambda: d.metric("tapwatch_worker_packets_total") == d.metric("tapwatch_packets_total"),
                 timeout=600, interval=1, what="workers to drain")
        active = d.metric("tapwatch_flows_active")
        return dict(active=int(active or 0), hwm_kib=status_kib(d.proc.pid, "VmHWM"),
                    rss_kib=status_kib(d.proc.pid, "VmRSS"))
    finally:
        d.stop(timeout=300)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tapwatch")
    ap.add_argument("--flows", type=int, default=1_000_000)
    ap.add_argument("--kind", choices=("tcp", "http", "udp"), default="tcp")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="tapwatch-flowmem-")
    try:
        small, big = os.path.join(work, "small.pcap"), os.path.join(work, "big.pcap")
        write_capture(small, args.kind, 1000)
        packets = write_capture(big, args.kind, args.flows)
        base = measure(args.tapwatch, small, 1000, args.workers)
        full = measure(args.tapwatch, big, args.flows, args.workers)
        per_flow = (full["hwm_kib"] - base["hwm_kib"]) * 1024 / (args.flows - 1000)
        print("| kind | flows active | packets | VmHWM MiB | VmHWM MiB at 1,000 flows | bytes/flow |")
        print("|---|---:|---:|---:|---:|---:|")
        print("| %s | %s | %s | %.0f | %.0f | %.0f |" % (args.kind, format(full["active"], ","), format(packets, ","),
                                                      full["hwm_kib"] / 1024, base["hwm_kib"] / 1024, per_flow))
        if full["active"] != args.flows:
            print("flow_memory: expected %d active flows, the sensor reports %d" % (args.flows, full["active"]))
            return 1
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
