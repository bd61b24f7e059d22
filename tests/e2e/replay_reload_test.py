#!/usr/bin/env python3
"""Issue 3: a replay of a large capture with repeated SIGHUPs during it
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

BINARY, GENERATOR, SIGS = sys.argv[1:4]


def replay(pcap, reloads):
    d = Daemon(BINARY, SIGS, extra_args=["-r", pcap, "--linger"], sets=["capture.workers=2"])
    try:
        d.wait_ready()
        sent = 0
        while "replay finished" not in d.output():
            if sent < reloads:
                d.signal(signal.SIGHUP)
                sent += 1
            time.sleep(0.15)
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
    pcap = os.path.join(tempfile.mkdtemp(prefix="tw-replay-"), "big.pcap")
    subprocess.run([GENERATOR, "--out", pcap, "--packets", "600000", "--seed", "11", "--scam-share", "0.05"],
                   check=True, stdout=subprocess.DEVNULL)
    base_packets, base_worker, base_alerts, _, _ = replay(pcap, reloads=0)
    assert base_packets > 500000, base_packets
    assert sum(base_alerts.values()) > 0, "the capture must raise alerts for this test to mean anything"
    packets, worker, alerts, sent, reload_ok = replay(pcap, reloads=20)
    assert sent >= 3, f"only {sent} SIGHUPs were sent during the replay; make the capture larger"
    assert reload_ok == 1 + sent, f"{sent} SIGHUPs but {reload_ok} successful loads"
    assert packets == base_packets and worker == base_worker, (packets, base_packets, worker, base_worker)
    if alerts != base_alerts:
        print("alerts differ with reloads:", (alerts - base_alerts), (base_alerts - alerts))
        sys.exit(1)
    print(f"replay_reload_test: {int(packets)} packets, {sum(alerts.values())} alerts, identical with {sent} reloads")


if __name__ == "__main__":
    main()
