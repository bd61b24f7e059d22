#!/usr/bin/env python3
"""Fault: SIGTERM during a signature RELOAD compile is acted on within a
second (two under sanitizers).

The daemon replays demo/demo.pcap (`run -r ... --linger`) with a one-signature
set that alerts on it. Then the shipped packs are copied in beside it, with an
empty database cache, so the SIGHUP reload is a cold Hyperscan compile of many
seconds that cannot be interrupted. Once the log says the compile started,
SIGTERM: the daemon must exit 0 within the bound, say "reload abandoned:
shutting down", not finish the reload, and leave a complete EVE file (every
line valid JSON, the alerts raised before the SIGTERM present, the final
stats record written).
Prints the measured latency. Usage: reload_abandon_fault.py TAPWATCH SOURCE_DIR
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fault_util import daemon_args, free_port, latency_bound, workdir  # noqa: E402

SIGNATURE_ID = 9600101
SMALL_SET = f"""signatures:
  - id: {SIGNATURE_ID}
    name: "Fault suite: demo scam domain"
    category: test
    fields: [dns.query]
    patterns: [{{literal: "luxury-watches-90off"}}]
"""


def log_text(work):
    with open(os.path.join(work, "daemon.log"), errors="replace") as f:
        return f.read()


def wait_for_log(work, proc, needle, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if needle in log_text(work):
            return
        if proc.poll() is not None:
            raise AssertionError(f"the daemon exited ({proc.returncode}) before logging {needle!r}")
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for the log line {needle!r}")


def main():
    binary, source_dir = sys.argv[1:3]
    work = workdir("tapwatch-reload-abandon-")
    sigdir = os.path.join(work, "signatures")
    os.makedirs(sigdir)
    with open(os.path.join(sigdir, "small.yaml"), "w") as f:
        f.write(SMALL_SET)
    port = free_port()
    log = open(os.path.join(work, "daemon.log"), "w")
    proc = None
    try:
        # A private cache: the reload must be a cold compile of the shipped packs.
        args = daemon_args(binary, work, port, signatures=sigdir, private_cache=True,
                           extra=["-r", os.path.join(source_dir, "demo", "demo.pcap"), "--linger"])
        proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        wait_for_log(work, proc, "replay finished", 60)
        # The big cold set: every shipped pack (and its lists) beside the small one, empty cache.
        for name in os.listdir(os.path.join(source_dir, "signatures")):
            src = os.path.join(source_dir, "signatures", name)
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(sigdir, name))
            elif name.endswith(".yaml"):
                shutil.copy(src, sigdir)
        shutil.rmtree(os.path.join(work, "cache"), ignore_errors=True)
        proc.send_signal(signal.SIGHUP)
        wait_for_log(work, proc, "signature reload: compile started", 30)
        time.sleep(0.5)  # well inside the Hyperscan compile (it takes many seconds)
        assert "signatures reloaded" not in log_text(work), "the reload compile was already over: proves nothing"
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            rc = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError("no exit within 60 s of SIGTERM")
        took = time.monotonic() - started
        bound = latency_bound(binary)
        print(f"sigterm during a reload compile: exited {rc} after {took * 1000:.0f} ms (bound {bound:.0f} s)")
        text = log_text(work)
        assert rc == 0, f"exit {rc}"
        assert took < bound, f"SIGTERM took {took:.2f} s"
        assert "reload abandoned: shutting down" in text, "no 'reload abandoned' in the log"
        print(next(line for line in text.splitlines() if "reload abandoned" in line))
        assert "signatures reloaded" not in text, "the reload finished: the compile was waited for"

        alerts = stats = 0
        with open(os.path.join(work, "eve.json"), "rb") as f:
            raw = f.read()
        assert raw.endswith(b"\n"), "the EVE file ends in a torn line"
        for n, line in enumerate(raw.decode().splitlines(), 1):
            record = json.loads(line)  # raises on an invalid line
            if record.get("event_type") == "alert" and record["alert"]["signature_id"] == SIGNATURE_ID:
                alerts += 1
            stats += record.get("event_type") == "stats"
        print(f"EVE: {n} valid lines, {alerts} alerts of {SIGNATURE_ID}, {stats} stats records")
        assert alerts >= 1, "the alerts raised before the SIGTERM are missing"
        assert stats >= 1, "no final stats record"
        return 0
    except Exception as e:  # noqa: BLE001 - report with the daemon's log
        print(f"FAIL: {e}", file=sys.stderr)
        log.flush()
        print(log_text(work)[-4000:], file=sys.stderr)
        return 1
    finally:
        if proc and proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
