#!/usr/bin/env python3
"""Burst of N alerts through the syslog forwarder (tcp by default) into a real
rsyslog on loopback: checks none is lost or reordered and reports throughput.

  python3 bench/syslog/run_bench.py --driver BUILD/tests/alert/syslog_driver [--count 100000] [--transport tcp]
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "alert"))
import syslog_e2e as e2e  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", required=True)
    ap.add_argument("--rsyslogd", default="/usr/sbin/rsyslogd")
    ap.add_argument("--transport", default="tcp", choices=["tcp", "tls", "relp"])
    ap.add_argument("--count", type=int, default=100000)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="tapwatch-syslog-bench-")
    rx = None
    try:
        port = e2e.free_port()
        args = ["--transport", a.transport, "--target", f"127.0.0.1:{port}", "--spool", f"{work}/spool"]
        if a.transport == "tls":
            e2e.make_certs(work)
            args += ["--ca", f"{work}/ca.pem", "--cert", f"{work}/client.pem", "--key", f"{work}/client.key"]
        rx = e2e.Rsyslog(a.rsyslogd, work, a.transport, port)
        rx.start()
        d = e2e.Driver(a.driver, args, open(f"{work}/driver.log", "a"))
        time.sleep(0.5)  # connected before the clock starts
        t0 = time.time()
        submit = d.cmd(f"send 0 {a.count}").split()
        waited = d.cmd(f"wait_sent {a.count} 120000")
        t_sent = time.time() - t0
        deadline = time.time() + 120
        n = 0
        while time.time() < deadline:
            with open(rx.out, "rb") as f:
                n = f.read().count(b"\n")
            if n >= a.count:
                break
            time.sleep(0.05)
        t_all = time.time() - t0
        stats = d.stop(5000)
        lines = rx.lines()
        seqs = [e2e.parse(l) for l in lines]
        lost = a.count - len(set(seqs))
        dups = len(seqs) - len(set(seqs))
        in_order = seqs == sorted(seqs)
        print(f"transport={a.transport} alerts={a.count} received={len(seqs)} lost={lost} duplicates={dups} "
              f"in_order={in_order}")
        print(f"hand-off of {a.count} alerts: {float(submit[2]):.3f}s; all written to the socket: {t_sent:.3f}s; "
              f"all in rsyslog's file: {t_all:.3f}s => {a.count / t_all:,.0f} alerts/s end to end")
        print(f"forwarder counters: {stats}")
        print(f"driver: {waited[:60]}")
        return 0 if lost == 0 and in_order else 1
    finally:
        if rx:
            rx.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
