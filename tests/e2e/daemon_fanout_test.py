#!/usr/bin/env python3
"""Live capture with an AF_PACKET fanout group (capture.fanout=2):
two libpcap handles on lo in one PACKET_FANOUT_HASH group, each feeding its
own worker. Many real TCP connections carry a pattern split across writes;
every connection alerts exactly once and both workers receive traffic."""
import os
import sys
import time

from tapwatch_harness import Daemon, SinkServer, send_split, wait_for

BINARY = sys.argv[1]
CONNECTIONS = 24

SIG = """signatures:
  - id: 9300001
    name: "E2E fanout: webcam claim"
    category: sextortion
    patterns:
      - literal: "I recorded you through your webcam"
"""


def main():
    sigfile = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"tw-fanout-{os.getpid()}.yaml")
    with open(sigfile, "w") as f:
        f.write(SIG)
    sink = SinkServer()
    d = Daemon(BINARY, sigfile, extra_args=["-i", "lo"],
               sets=["capture.fanout=2", "capture.bpf=tcp port %d" % sink.port])
    try:
        d.wait_ready()
        assert "AF_PACKET fanout" in d.output(), d.output()
        time.sleep(0.5)
        for _ in range(CONNECTIONS):
            send_split(sink.port, [b"I recorded you thr", b"ough your webcam"], pause=0.01)
        wait_for(lambda: len(d.alerts()) >= CONNECTIONS, what=f"{CONNECTIONS} alerts")
        time.sleep(0.5)
        ports = [a["src_port"] for a in d.alerts()]
        assert len(ports) == CONNECTIONS and len(set(ports)) == CONNECTIONS, \
            f"expected one alert per connection, got {len(ports)} for {len(set(ports))} connections"
        w0 = d.metric("tapwatch_worker_packets_total", {"worker": "0"}) or 0
        w1 = d.metric("tapwatch_worker_packets_total", {"worker": "1"}) or 0
        assert w0 > 0 and w1 > 0, f"fanout should spread flows over both workers: {w0} / {w1}"
        assert d.metric("tapwatch_capture_drops_total", {"reason": "ring_full"}) == 0
        assert d.stop() == 0
        print(f"daemon_fanout_test: {CONNECTIONS} alerts, worker packets {int(w0)} / {int(w1)}")
    except Exception:
        print(d.output())
        raise
    finally:
        if d.proc.poll() is None:
            d.proc.kill()
        sink.close()
        os.unlink(sigfile)


if __name__ == "__main__":
    main()
