#!/usr/bin/env python3
"""Live capture in the "workers" mode (capture.mode afpacket, 2 workers):
each worker reads its own TPACKET_V3 ring in one PACKET_FANOUT_HASH group.

The test makes its own network namespace and veth pair: one end stays in the
test's namespace without an address (the sensor's "SPAN port"), the other end
is in the new namespace, where tcpreplay sends a capture of many TCP
connections (both directions, as a tap sees them), each carrying a phrase a
signature matches. It checks:
  - every connection alerts exactly once;
  - the per-interface packet counter counts every packet sent, no drops;
  - both workers got traffic, and every connection is ONE flow record with
    packets in both directions (so both directions reached the same worker:
    split directions would give two one-sided flows);
  - `config check` refuses afpacket for replays and together with capture.fanout.
Needs root (CAP_NET_ADMIN, CAP_NET_RAW) and tcpreplay: exits 77 (skip) otherwise."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

from tapwatch_harness import Daemon, wait_for

BINARY = sys.argv[1]
CONNECTIONS = 32
PHRASE_HEAD, PHRASE_TAIL = b"I recorded you thr", b"ough your webcam"

SIG = """signatures:
  - id: 9300101
    name: "E2E afpacket: webcam claim"
    category: sextortion
    patterns:
      - literal: "I recorded you through your webcam"
"""


def skip(why):
    print(f"afpacket_live_test: SKIP: {why}")
    sys.exit(77)


def run(*args, **kw):
    return subprocess.run(list(args), check=True, capture_output=True, text=True, **kw)


def check_config_refusals(tmp):
    """config check: afpacket needs a live interface and excludes capture.fanout."""
    config = os.path.join(tmp, "af.yaml")
    with open(config, "w") as f:
        f.write("capture:\n  interface: lo\n  mode: afpacket\n")
    replay = subprocess.run([BINARY, "config", "check", "--replay", config,
                             "--set", f"signatures.paths=[{tmp}/sig.yaml]"], capture_output=True, text=True)
    assert replay.returncode == 2 and "afpacket reads a live interface" in replay.stderr, replay.stderr
    both = subprocess.run([BINARY, "config", "check", config, "--set", "capture.fanout=2",
                           "--set", f"signatures.paths=[{tmp}/sig.yaml]"], capture_output=True, text=True)
    assert both.returncode == 2 and "capture.fanout" in both.stderr, both.stderr
    bad_block = subprocess.run([BINARY, "config", "check", config, "--set", "capture.afpacket.block_size=5000",
                                "--set", f"signatures.paths=[{tmp}/sig.yaml]"], capture_output=True, text=True)
    assert bad_block.returncode == 2 and "power of two" in bad_block.stderr, bad_block.stderr


def write_capture(path):
    """CONNECTIONS TCP connections, both directions, the phrase split over two segments."""
    from scapy.all import Ether, IP, TCP, Raw, wrpcap  # the scapy Python runs this test
    packets = []
    client_mac, server_mac = "02:00:00:00:00:01", "02:00:00:00:00:02"
    for i in range(CONNECTIONS):
        client, server = f"192.0.2.{10 + i}", f"198.51.100.{10 + i % 7}"
        sport, dport = 40000 + i, 8000 + i % 5
        c = Ether(src=client_mac, dst=server_mac) / IP(src=client, dst=server)
        s = Ether(src=server_mac, dst=client_mac) / IP(src=server, dst=client)
        cseq, sseq = 1000 + i, 5000 + i
        packets.append(c / TCP(sport=sport, dport=dport, flags="S", seq=cseq))
        packets.append(s / TCP(sport=dport, dport=sport, flags="SA", seq=sseq, ack=cseq + 1))
        cseq += 1
        sseq += 1
        packets.append(c / TCP(sport=sport, dport=dport, flags="A", seq=cseq, ack=sseq))
        for piece in (PHRASE_HEAD, PHRASE_TAIL):
            packets.append(c / TCP(sport=sport, dport=dport, flags="PA", seq=cseq, ack=sseq) / Raw(piece))
            cseq += len(piece)
            packets.append(s / TCP(sport=dport, dport=sport, flags="A", seq=sseq, ack=cseq))
        reply = b"ok\n"
        packets.append(s / TCP(sport=dport, dport=sport, flags="PA", seq=sseq, ack=cseq) / Raw(reply))
        sseq += len(reply)
        packets.append(c / TCP(sport=sport, dport=dport, flags="FA", seq=cseq, ack=sseq))
        packets.append(s / TCP(sport=dport, dport=sport, flags="FA", seq=sseq, ack=cseq + 1))
        packets.append(c / TCP(sport=sport, dport=dport, flags="A", seq=cseq + 1, ack=sseq + 1))
    wrpcap(path, packets)
    return len(packets)


class VethInNamespace:
    """veth pair: `outer` in this namespace (no address), `inner` in a new namespace."""

    def __init__(self):
        tag = os.getpid() % 100000
        self.ns, self.outer, self.inner = f"twaf{tag}", f"twafa{tag}", f"twafb{tag}"
        run("ip", "netns", "add", self.ns)
        try:
            run("ip", "link", "add", "name", self.outer, "type", "veth", "peer", "name", self.inner, "netns", self.ns)
            # No IPv6 on either end: no router solicitations or MLD reports in the counts.
            for conf, ns in ((f"net.ipv6.conf.{self.outer}.disable_ipv6=1", None),
                             (f"net.ipv6.conf.{self.inner}.disable_ipv6=1", self.ns)):
                prefix = ["ip", "netns", "exec", ns] if ns else []
                subprocess.run(prefix + ["sysctl", "-q", "-w", conf], capture_output=True)
            run("ip", "link", "set", self.outer, "up")
            run("ip", "-n", self.ns, "link", "set", self.inner, "up")
            run("ip", "-n", self.ns, "link", "set", "lo", "up")
        except Exception:
            self.close()
            raise

    def replay(self, pcap, pps):
        run("ip", "netns", "exec", self.ns, "tcpreplay", "-q", "-i", self.inner, f"--pps={pps}", pcap)

    def close(self):
        subprocess.run(["ip", "link", "del", self.outer], capture_output=True)
        subprocess.run(["ip", "netns", "del", self.ns], capture_output=True)


def main():
    tmp = tempfile.mkdtemp(prefix="tw-afpacket-")
    sigfile = os.path.join(tmp, "sig.yaml")
    with open(sigfile, "w") as f:
        f.write(SIG)
    check_config_refusals(tmp)

    if os.geteuid() != 0:
        skip("needs root (CAP_NET_ADMIN for a netns + veth pair, CAP_NET_RAW for AF_PACKET)")
    for tool in ("ip", "tcpreplay"):
        if shutil.which(tool) is None:
            skip(f"{tool} is not installed")
    probe = subprocess.run(["ip", "netns", "add", f"twafprobe{os.getpid()}"], capture_output=True, text=True)
    if probe.returncode != 0:
        skip(f"cannot create a network namespace (no CAP_NET_ADMIN?): {probe.stderr.strip()}")
    subprocess.run(["ip", "netns", "del", f"twafprobe{os.getpid()}"], capture_output=True)

    pcap = os.path.join(tmp, "connections.pcap")
    sent = write_capture(pcap)
    veth = VethInNamespace()
    d = Daemon(BINARY, sigfile, extra_args=["-i", veth.outer],
               sets=["capture.mode=afpacket", "capture.workers=2", "capture.afpacket.block_size=131072",
                     "capture.afpacket.block_count=4", "alerts.excerpt_bytes=0"])
    try:
        d.wait_ready()
        assert "workers mode" in d.output(), d.output()
        time.sleep(0.3)
        veth.replay(pcap, pps=2000)
        wait_for(lambda: len(d.alerts()) >= CONNECTIONS, what=f"{CONNECTIONS} alerts")
        wait_for(lambda: (d.metric("tapwatch_packets_total", {"interface": veth.outer}) or 0) >= sent,
                 what=f"{sent} packets counted")
        packets = d.metric("tapwatch_packets_total", {"interface": veth.outer})
        drops = d.metric("tapwatch_capture_drops_total", {"interface": veth.outer}) or 0
        w0 = d.metric("tapwatch_worker_packets_total", {"worker": "0"}) or 0
        w1 = d.metric("tapwatch_worker_packets_total", {"worker": "1"}) or 0
        rc, iface, _ = d.ctl("iface")
        assert rc == 0, iface
        assert d.stop() == 0

        ports = sorted(a["src_port"] for a in d.alerts())
        assert ports == [40000 + i for i in range(CONNECTIONS)], f"one alert per connection expected: {ports}"
        assert packets == sent, f"interface counter {packets} != {sent} packets sent"
        assert drops == 0, f"{drops} drops"
        assert w0 + w1 == sent and w0 > 0 and w1 > 0, f"fanout should use both workers: {w0} / {w1}"
        flows = [e for e in d.events() if e.get("event_type") == "flow" and e.get("proto") == "TCP"]
        by_connection = {}
        for f in flows:
            key = tuple(sorted([(f["src_ip"], f["src_port"]), (f["dest_ip"], f["dest_port"])]))
            by_connection.setdefault(key, []).append(f["flow"])
        assert len(by_connection) == CONNECTIONS, f"{len(by_connection)} connections in flow records"
        for key, records in by_connection.items():
            assert len(records) == 1, f"{key}: {len(records)} flow records (directions split over workers?)"
            assert records[0]["pkts_toserver"] == 6 and records[0]["pkts_toclient"] == 5, f"{key}: {records[0]}"
        print(f"afpacket_live_test: {CONNECTIONS} alerts, {int(packets)} packets, worker packets "
              f"{int(w0)} / {int(w1)}, every connection one flow with both directions; iface reply {iface}")
    except Exception:
        print(d.output())
        raise
    finally:
        if d.proc.poll() is None:
            d.proc.kill()
        veth.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
