#!/usr/bin/env python3
"""Fault: SIGTERM must be acted on within a second (two under sanitizers)
whatever the daemon is blocked on.

  idle_stdin  `run -r -` read a few packets from a pipe that then stays open
              and silent: the capture thread is blocked reading stdin.
  no_header   `run -r -` on a pipe that never delivers the capture header:
              start-up itself is blocked reading stdin.
  compile     start-up is compiling the shipped signature packs from a cold
              cache (tens of seconds; Hyperscan cannot be interrupted, so the
              compile is abandoned).
Prints the measured latency. Usage: sigterm_latency_fault.py TAPWATCH SOURCE_DIR PHASE
"""
import os
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fault_util import (daemon_args, free_port, latency_bound, pcap_header, scrape, udp_packet,  # noqa: E402
                        workdir)


def metrics_up(port):
    try:
        status, body = scrape(port, timeout=1)
        return status.endswith("200 OK") and body
    except OSError:
        return None


def wait(predicate, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def packets_read(port):
    body = metrics_up(port) or ""
    for line in body.splitlines():
        if line.startswith("tapwatch_packets_total"):
            return float(line.split()[-1]) >= 3
    return False


def main():
    binary, source_dir, phase = sys.argv[1:4]
    work = workdir(f"tapwatch-sigterm-{phase}-")
    port = free_port()
    log = open(os.path.join(work, "daemon.log"), "w")
    proc = None
    try:
        if phase == "compile":
            # A private cache: SIGTERM must land in a cold compile of the shipped packs.
            args = daemon_args(binary, work, port, signatures=os.path.join(source_dir, "signatures"),
                               private_cache=True,
                               extra=["-r", os.path.join(source_dir, "demo", "demo.pcap"), "--linger"])
            proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
            time.sleep(2.0)  # the cold compile of the shipped packs takes far longer than this
            assert proc.poll() is None, "the daemon exited during start-up"
            assert not metrics_up(port), "the compile was already over: the test proves nothing"
        else:
            args = daemon_args(binary, work, port, extra=["-r", "-"])
            proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT)
            if phase == "idle_stdin":
                proc.stdin.write(pcap_header() + b"".join(udp_packet(i) for i in range(3)))
                proc.stdin.flush()
                wait(lambda: packets_read(port), 60, "the daemon to read the first packets")
                time.sleep(0.3)  # now blocked reading the idle pipe
            else:
                time.sleep(1.5)  # the tiny pack is compiled; start-up waits for the header
                assert proc.poll() is None, "the daemon exited while stdin was silent"
                assert not metrics_up(port), "the daemon got past start-up without a header"
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError("no exit within 30 s of SIGTERM")
        took = time.monotonic() - started
        bound = latency_bound(binary)
        print(f"sigterm during {phase}: exited {rc} after {took * 1000:.0f} ms (bound {bound:.0f} s)")
        assert rc == 0, f"exit {rc}"
        assert took < bound, f"SIGTERM took {took:.2f} s"
        return 0
    except Exception as e:  # noqa: BLE001 - report with the daemon's log
        print(f"FAIL ({phase}): {e}", file=sys.stderr)
        log.flush()
        print(open(os.path.join(work, "daemon.log")).read()[-4000:], file=sys.stderr)
        return 1
    finally:
        if proc and proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc and proc.stdin:
            proc.stdin.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
