#!/usr/bin/env python3
"""Fault: a frozen syslog receiver, then the sensor is stopped (SIGTERM path).

A real rsyslog (TCP) receives a first batch, is frozen with SIGSTOP, and the
forwarder keeps sending until the kernel buffers on both sides are full. The
forwarder is then stopped with a short drain deadline (what SIGTERM does): what
the receiver's kernel acknowledged counts as delivered, everything else must
stay in the spool. The receiver is thawed, a new forwarder process sends the
spool, and every alert must arrive, with as few duplicates as TCP allows:

    raised = delivered (distinct) + dropped-and-counted, duplicates reported.

Plain TCP has no application acknowledgement: the spool commits only bytes the
peer's TCP acknowledged (SIOCOUTQ), and a stop with unacknowledged bytes still
queued resets the connection so the kernel does not deliver them after the
sensor has put them back in its spool (the source of the duplicates).
Usage: frozen_receiver_fault.py --driver BIN --rsyslogd PATH [--max-dup-percent P]
"""
import argparse
import json
import os
import shutil
import signal
import socket
import sys
import tempfile
import time
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "output"))
from syslog_e2e import Driver, Rsyslog, free_port, parse  # noqa: E402

FIRST = 500      # delivered while the receiver is alive
FROZEN = 20000   # sent while it is frozen: far more than both kernels buffer


def wait_delivered(rx, want, timeout):
    deadline = time.time() + timeout
    seen = Counter()
    while time.time() < deadline:
        seen = Counter(parse(line) for line in rx.lines())
        if len(seen) >= want:
            break
        time.sleep(0.2)
    return seen


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", required=True)
    ap.add_argument("--rsyslogd", default="rsyslogd")
    ap.add_argument("--max-dup-percent", type=float, default=1.0)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="tapwatch-frozen-")
    rx = None
    keep = False
    try:
        port = free_port()
        spool = f"{work}/spool"
        args = ["--transport", "tcp", "--target", f"127.0.0.1:{port}", "--spool", spool]
        rx = Rsyslog(a.rsyslogd, work, "tcp", port)
        rx.start()
        log = open(f"{work}/driver.log", "a")
        d = Driver(a.driver, args, log)
        assert d.cmd(f"send 0 {FIRST}").startswith("sent")
        assert len(wait_delivered(rx, FIRST, 20)) == FIRST, "the live receiver did not get the first batch"

        rx.proc.send_signal(signal.SIGSTOP)
        assert d.cmd(f"send {FIRST} {FROZEN}").startswith("sent")
        time.sleep(1.0)  # let the forwarder fill the socket buffers
        stopped = d.stop(500)  # SIGTERM's drain gives up on a frozen receiver
        rx.proc.send_signal(signal.SIGCONT)

        # The next runs send what was spooled. A reset connection is retried
        # with backoff, so a run that has not finished in time is stopped
        # (its rest stays spooled) and another one started.
        raised = FIRST + FROZEN
        dropped = stopped["tapwatch_syslog_messages_total{dropped}"]
        for _ in range(3):
            d = Driver(a.driver, args, log)
            seen = wait_delivered(rx, raised, 15)
            final = d.stop(3000)
            dropped += final["tapwatch_syslog_messages_total{dropped}"]
            if final["tapwatch_syslog_queue_depth"] == 0:
                break
        seen = Counter(parse(line) for line in rx.lines())
        dups = sum(n - 1 for n in seen.values())
        dup_pct = 100.0 * dups / raised
        print(f"frozen receiver + stop over TCP: raised {raised}, delivered {len(seen)} distinct, "
              f"dropped and counted {dropped}, duplicates {dups} ({dup_pct:.2f}%), "
              f"spooled at stop {stopped['tapwatch_syslog_messages_total{spooled}']}")
        assert set(seen) <= set(range(raised)), "delivered an alert that was never raised"
        assert len(seen) + dropped == raised, "an alert was lost without being counted"
        assert stopped["tapwatch_syslog_messages_total{spooled}"] > 0, "the receiver never froze the sender"
        assert dup_pct <= a.max_dup_percent, f"{dup_pct:.2f}% duplicates (allowed {a.max_dup_percent}%)"
        return 0
    except Exception as e:  # noqa: BLE001 - report everything with the logs
        print(f"FAIL: {e!r}", file=sys.stderr)
        for name in ("driver.log", "rsyslogd.err"):
            p = os.path.join(work, name)
            if os.path.exists(p):
                print(f"--- {name}\n" + open(p).read()[-4000:], file=sys.stderr)
        keep = True
        return 1
    finally:
        if rx and rx.proc:
            rx.proc.send_signal(signal.SIGCONT)
            rx.stop()
        if keep:
            print(f"work dir kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    socket.setdefaulttimeout(30)
    sys.exit(main())
