#!/usr/bin/env python3
"""End to end: the daemon captures on lo, real TCP connections carry a
signature pattern split across writes, the alert reaches the EVE file and
tapwatch_alerts_total; the scrape passes promtool; SIGHUP adds a signature
that then fires; a broken file on SIGHUP keeps the old set and counts a
failure; SIGTERM exits 0."""
import os
import signal
import subprocess
import sys
import time

from tapwatch_harness import Daemon, SinkServer, send_split, wait_for

BINARY = sys.argv[1]

SIG_A = """signatures:
  - id: 9100001
    name: "E2E: webcam recording claim"
    category: sextortion
    severity: high
    patterns:
      - literal: "I recorded you through your webcam"
        flags: [caseless]
    examples:
      match: ["... i RECORDED you through your WEBCAM ..."]
      no_match: ["webcam review"]
"""
SIG_B = """signatures:
  - id: 9100002
    name: "E2E: bitcoin payment demand"
    category: sextortion
    severity: medium
    patterns:
      - regex: 'send\\s+\\d+\\s+BTC\\s+to'
    examples:
      match: ["send 2 BTC to"]
      no_match: ["sent 2 BTC"]
"""


def main():
    sigdir = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"tw-e2e-sigs-{os.getpid()}")
    os.makedirs(sigdir, exist_ok=True)
    with open(os.path.join(sigdir, "a.yaml"), "w") as f:
        f.write(SIG_A)

    sink = SinkServer()
    d = Daemon(BINARY, sigdir, extra_args=["-i", "lo"],
               sets=["capture.workers=2", "capture.bpf=tcp port %d" % sink.port])
    try:
        d.wait_ready()
        time.sleep(0.5)  # capture handle is open before READY; let it settle

        # 1. Pattern split across three writes on one connection.
        send_split(sink.port, [b"Hello. I recor", b"ded you through y", b"our webcam. Pay now."])
        wait_for(lambda: any(a["alert"]["signature_id"] == 9100001 for a in d.alerts()),
                 what="alert 9100001 in EVE")
        alert = next(a for a in d.alerts() if a["alert"]["signature_id"] == 9100001)
        assert alert["dest_port"] == sink.port, alert
        assert alert["proto"] == "TCP" and alert["direction"] == "to_server", alert
        assert alert["in_iface"] == "lo", alert
        wait_for(lambda: d.metric("tapwatch_alerts_total", {"signature_id": "9100001"}) == 1,
                 what="tapwatch_alerts_total for 9100001")

        # 2. The scrape is valid Prometheus exposition.
        text = d.metrics_text()
        check = subprocess.run(["promtool", "check", "metrics"], input=text, text=True,
                               capture_output=True)
        assert check.returncode == 0, "promtool check metrics failed:\n" + check.stdout + check.stderr
        assert d.metric("tapwatch_packets_total", {"interface": "lo"}) > 0

        # 3. SIGHUP adds a signature that then fires.
        with open(os.path.join(sigdir, "b.yaml"), "w") as f:
            f.write(SIG_B)
        d.signal(signal.SIGHUP)
        wait_for(lambda: d.metric("tapwatch_signature_reloads_total", {"result": "success"}) == 2,
                 what="successful reload")
        assert d.metric("tapwatch_signatures_loaded") == 2
        time.sleep(0.5)  # workers pick the set up at their next batch boundary
        send_split(sink.port, [b"You must send 1", b"5 BTC to this address"])
        wait_for(lambda: any(a["alert"]["signature_id"] == 9100002 for a in d.alerts()),
                 what="alert from the signature added by SIGHUP")

        # 4. A broken file on SIGHUP: old set keeps working, failure counted.
        with open(os.path.join(sigdir, "c.yaml"), "w") as f:
            f.write("signatures:\n  - id: 9100003\n    name: broken\n    patterns:\n      - regex: '(unclosed'\n")
        d.signal(signal.SIGHUP)
        wait_for(lambda: d.metric("tapwatch_signature_reloads_total", {"result": "failure"}) == 1,
                 what="failed reload counted")
        assert "c.yaml:5" in d.output(), "reload error should name file:line:\n" + d.output()
        before = len([a for a in d.alerts() if a["alert"]["signature_id"] == 9100001])
        send_split(sink.port, [b"I recorded you through your webcam"])
        wait_for(lambda: len([a for a in d.alerts() if a["alert"]["signature_id"] == 9100001]) == before + 1,
                 what="old set still alerting after a failed reload")
        assert d.metric("tapwatch_signatures_loaded") == 2

        # 5. SIGTERM drains and exits 0.
        rc = d.stop()
        assert rc == 0, f"exit code {rc}:\n{d.output()}"
    except Exception:
        print(d.output())
        raise
    finally:
        if d.proc.poll() is None:
            d.proc.kill()
        sink.close()
    print("daemon_live_test: all checks passed")


if __name__ == "__main__":
    main()
