#!/usr/bin/env python3
"""Fault: a damaged syslog spool, delivered to a real rsyslog.

Alerts are raised while the receiver is down (they go to the on-disk spool),
the forwarder stops, the spool is damaged as a disk or a crash would damage it
(--damage flip: bits flipped in the middle of segments; torn: the last segment
cut in the middle of a record), then a new forwarder process starts with the
receiver up. Every alert must be delivered or counted as dropped:

    raised = delivered (distinct) + tapwatch_syslog_messages_total{dropped}

and what is delivered must be intact (each line parses, in order).
Usage: spool_fault_e2e.py --driver BIN --rsyslogd PATH --damage flip|torn
"""
import argparse
import json
import os
import random
import shutil
import socket
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from syslog_e2e import Driver, Rsyslog, free_port, parse  # noqa: E402

RAISED = 2000


def segments(spool):
    return sorted(os.path.join(spool, n) for n in os.listdir(spool) if n.startswith("seg-"))


def flip_bits(spool, count, rng):
    segs = segments(spool)
    for _ in range(count):
        path = rng.choice(segs)
        with open(path, "r+b") as f:
            size = os.path.getsize(path)
            off = rng.randrange(size)
            f.seek(off)
            b = f.read(1)[0]
            f.seek(off)
            f.write(bytes([b ^ (1 << rng.randrange(8))]))


def tear_tail(spool):
    last = segments(spool)[-1]
    os.truncate(last, os.path.getsize(last) - 7)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", required=True)
    ap.add_argument("--rsyslogd", default="rsyslogd")
    ap.add_argument("--damage", required=True, choices=["flip", "torn"])
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix=f"tapwatch-spool-{a.damage}-")
    rx = None
    keep = False
    try:
        port = free_port()
        spool = f"{work}/spool"
        args = ["--transport", "tcp", "--target", f"127.0.0.1:{port}", "--spool", spool]
        rx = Rsyslog(a.rsyslogd, work, "tcp", port)
        log = open(f"{work}/driver.log", "a")

        d = Driver(a.driver, args, log)  # receiver down: everything is spooled
        assert d.cmd(f"send 0 {RAISED}").startswith("sent")
        stats = d.stop(300)
        assert stats["tapwatch_syslog_messages_total{spooled}"] == RAISED, stats

        if a.damage == "flip":
            flip_bits(spool, 5, random.Random(7))
        else:
            tear_tail(spool)

        rx.start()
        d = Driver(a.driver, args, log)
        deadline = time.time() + 30
        delivered, dropped = set(), 0
        while time.time() < deadline:
            delivered = {parse(line) for line in rx.lines()}
            stats = d.cmd("stats")
            dropped = json.loads(stats)["tapwatch_syslog_messages_total{dropped}"]
            if len(delivered) + dropped >= RAISED:
                break
            time.sleep(0.2)
        final = d.stop(3000)
        dropped = final["tapwatch_syslog_messages_total{dropped}"]
        delivered = {parse(line) for line in rx.lines()}
        print(f"{a.damage}: raised {RAISED}, delivered {len(delivered)}, dropped and counted {dropped}")
        assert delivered <= set(range(RAISED)), "delivered an alert that was never raised"
        assert len(delivered) + dropped == RAISED, "an alert was lost without being counted"
        assert dropped >= 1, "the damage went unnoticed"
        assert len(delivered) >= RAISED - 50, "damage lost far more than it touched"
        return 0
    except Exception as e:  # noqa: BLE001 - report everything with the logs
        print(f"FAIL ({a.damage}): {e!r}", file=sys.stderr)
        for name in ("driver.log", "rsyslogd.err"):
            p = os.path.join(work, name)
            if os.path.exists(p):
                print(f"--- {name}\n" + open(p).read()[-4000:], file=sys.stderr)
        keep = True
        return 1
    finally:
        if rx:
            rx.stop()
        if keep:
            print(f"work dir kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    socket.setdefaulttimeout(30)
    sys.exit(main())
