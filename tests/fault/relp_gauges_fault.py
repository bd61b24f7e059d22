#!/usr/bin/env python3
"""Fault: after delivery over RELP the queue-depth and spool-bytes gauges
return to zero.

RELP confirms in windows and librelp reads the receiver's responses only while
it sends, so after a burst the last window stayed unconfirmed: the gauges
stuck at 128 messages / ~90 KB with everything delivered. A real rsyslog
receives a burst that goes through the spool (it is down at first), then the
gauges must reach zero within a few seconds of the last delivery.
Usage: relp_gauges_fault.py --driver BIN --rsyslogd PATH
"""
import argparse
import json
import os
import shutil
import socket
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "output"))
from syslog_e2e import Driver, Rsyslog, free_port, parse  # noqa: E402

RAISED = 300


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", required=True)
    ap.add_argument("--rsyslogd", default="rsyslogd")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="tapwatch-relp-gauges-")
    rx = None
    try:
        port = free_port()
        rx = Rsyslog(a.rsyslogd, work, "relp", port)
        d = Driver(a.driver, ["--transport", "relp", "--target", f"127.0.0.1:{port}", "--spool", f"{work}/spool"],
                   open(f"{work}/driver.log", "a"))
        assert d.cmd(f"send 0 {RAISED // 2}").startswith("sent")  # receiver down: spooled
        rx.start()
        assert d.cmd(f"send {RAISED // 2} {RAISED - RAISED // 2}").startswith("sent")
        deadline = time.time() + 30
        while time.time() < deadline and len({parse(line) for line in rx.lines()}) < RAISED:
            time.sleep(0.1)
        delivered_at = time.time()
        delivered = len({parse(line) for line in rx.lines()})
        gauges = {}
        while time.time() < delivered_at + 10:
            stats = json.loads(d.cmd("stats"))
            gauges = {"queue_depth": stats["tapwatch_syslog_queue_depth"],
                      "spool_bytes": stats["tapwatch_syslog_spool_bytes"]}
            if not any(gauges.values()):
                break
            time.sleep(0.1)
        settled = time.time() - delivered_at
        final = d.stop(3000)
        dropped = final["tapwatch_syslog_messages_total{dropped}"]
        print(f"relp: raised {RAISED}, delivered {delivered}, dropped and counted {dropped}; gauges {gauges} "
              f"{settled:.1f} s after the last delivery")
        assert delivered + dropped == RAISED and dropped == 0, "alerts lost"
        assert not any(gauges.values()), f"gauges did not return to zero: {gauges}"
        return 0
    except Exception as e:  # noqa: BLE001
        print(f"FAIL: {e!r}", file=sys.stderr)
        for name in ("driver.log", "rsyslogd.err"):
            p = os.path.join(work, name)
            if os.path.exists(p):
                print(f"--- {name}\n" + open(p).read()[-4000:], file=sys.stderr)
        return 1
    finally:
        if rx:
            rx.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    socket.setdefaulttimeout(30)
    sys.exit(main())
