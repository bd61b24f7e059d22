#!/usr/bin/env python3
"""A replay of a large capture with repeated SIGHUPs during it
produces exactly the same alerts and packet counts as one without reloads
(reload never loses or duplicates a packet or an alert)."""
import collections
import os
import signal
import subprocess
import sys
import tempfile
import time

from tapwatch_harness import Daemon, wait_for

BINARY, GENERATOR = sys.argv[1:3]

# ASCII literals compile in milliseconds, so many reloads fit in one replay.
SIGNATURES = """signatures:
  - id: 9200001
    name: "Replay: webcam claim"
    category: sextortion
    patterns:
      - literal: "I recorded you with your webcam"
  - id: 9200002
    name: "Replay: payment deadline"
    category: sextortion
    patterns:
      - literal: "You have 48 hours"
  - id: 9200003
    name: "Replay: giveaway"
    category: scam
    fields: [stream]
    patterns:
      - literal: "BITCOIN GIVEAWAY"
"""


def replay(pcap, sigs, reloads):
    d = Daemon(BINARY, sigs, extra_args=["-r", pcap, "--linger"], sets=["capture.workers=2"])
    try:
        d.wait_ready()
        sent = 0
        while "replay finished" not in d.output():
            # One SIGHUP at a time: signals sent during a compile would coalesce.
            if sent < reloads and d.metric("tapwatch_signature_reloads_total", {"result": "success"}) == 1 + sent:
                d.signal(signal.SIGHUP)
                sent += 1
            time.sleep(0.05)
        wait_for(lambda: d.metric("tapwatch_signature_reloads_total", {"result": "success"}) == 1 + sent,
                 what="the last reload")
        # "replay finished" means the capture thread is done; the workers may still drain their rings.
        wait_for(lambda: d.metric("tapwatch_worker_packets_total") == d.metric("tapwatch_packets_total"),
                 timeout=120, what="the workers to drain")
        packets = d.metric("tapwatch_packets_total")
        worker_packets = d.metric("tapwatch_worker_packets_total")
        reload_ok = d.metric("tapwatch_signature_reloads_total", {"result": "success"})
        assert d.stop() == 0
        alerts = collections.Counter(
            (a["alert"]["signature_id"], a["src_ip"], a["src_port"], a["dest_ip"], a["dest_port"])
            for a in d.alerts())
        return packets, worker_packets, alerts, sent, reload_ok
    except Exception:
        print(d.output())
        raise


def main():
    work = tempfile.mkdtemp(prefix="tw-replay-")
    pcap = os.path.join(work, "big.pcap")
    sigs = os.path.join(work, "replay.yaml")
    with open(sigs, "w") as f:
        f.write(SIGNATURES)
    subprocess.run([GENERATOR, "--out", pcap, "--packets", "600000", "--seed", "11", "--scam-share", "0.05"],
                   check=True, stdout=subprocess.DEVNULL)
    base_packets, base_worker, base_alerts, _, _ = replay(pcap, sigs, reloads=0)
    assert base_packets > 500000, base_packets
    assert sum(base_alerts.values()) > 0, "the capture must raise alerts for this test to mean anything"
    packets, worker, alerts, sent, reload_ok = replay(pcap, sigs, reloads=50)
    assert sent >= 3, f"only {sent} SIGHUPs were sent during the replay; make the capture larger"
    assert reload_ok == 1 + sent, f"{sent} SIGHUPs but {reload_ok} successful loads"
    assert packets == base_packets and worker == base_worker, (packets, base_packets, worker, base_worker)
    if alerts != base_alerts:
        print("alerts differ with reloads:", (alerts - base_alerts), (base_alerts - alerts))
        sys.exit(1)
    print(f"replay_reload_test: {int(packets)} packets, {sum(alerts.values())} alerts, identical with {sent} reloads")


if __name__ == "__main__":
    main()
