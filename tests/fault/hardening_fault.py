#!/usr/bin/env python3
"""Hardening: `run` with hardening.seccomp and hardening.no_new_privs on
proves the filter is active (/proc/PID/status of every thread: Seccomp: 2,
NoNewPrivs: 1) and still does all of its work under it: replays a capture,
writes EVE, sends alerts as syslog over TCP (to a receiver in this script),
serves /metrics, reloads signatures on SIGHUP (cold compile, cache written),
and exits 0 on SIGTERM. With both keys off the same daemon shows Seccomp: 0
and NoNewPrivs: 0 (the check can fail).
Usage: hardening_fault.py TAPWATCH SOURCE_DIR
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fault_util import daemon_args, free_port, scrape, workdir  # noqa: E402

SMALL_SET = """signatures:
  - id: 9600201
    name: "Hardening: demo scam domain"
    category: test
    fields: [dns.query]
    patterns: [{literal: "luxury-watches-90off"}]
"""
RELOADED_SET = SMALL_SET + """  - id: 9600202
    name: "Hardening: added by the reload"
    category: test
    fields: [dns.query]
    patterns: [{literal: "added-by-the-reload"}]
"""


class SyslogReceiver:
    """Accepts TCP connections and keeps every byte received."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.data = b""
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn):
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                return
            with self.lock:
                self.data += chunk

    def received(self):
        with self.lock:
            return self.data


def status_fields(path):
    fields = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def thread_statuses(pid):
    out = []
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            out.append(status_fields(f"/proc/{pid}/task/{tid}/status"))
        except FileNotFoundError:
            pass  # a thread that just ended
    return out


def wait_for_log(path, proc, needle, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        with open(path, errors="replace") as f:
            if needle in f.read():
                return
        if proc.poll() is not None:
            raise AssertionError(f"the daemon exited ({proc.returncode}) before logging {needle!r}")
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for the log line {needle!r}")


def start(binary, source_dir, work, hardened, receiver):
    port = free_port()
    sigs = os.path.join(work, "sigs.yaml")
    extra = ["--set", f"hardening.seccomp={'true' if hardened else 'false'}",
             "--set", f"hardening.no_new_privs={'true' if hardened else 'false'}",
             "--set", "outputs.syslog.enabled=true",
             "--set", f"outputs.syslog.target=127.0.0.1:{receiver.port}",
             "--set", "outputs.syslog.transport=tcp",
             "--set", f"outputs.syslog.spool_dir={work}/spool",
             "-r", os.path.join(source_dir, "demo", "demo.pcap"), "--linger"]
    log_path = os.path.join(work, "daemon.log")
    log = open(log_path, "w")
    # A private cache: the reload below must compile cold and write cache files under the filter.
    proc = subprocess.Popen(daemon_args(binary, work, port, signatures=sigs, extra=extra, private_cache=True),
                            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    return proc, port, log_path


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=60)


def check_hardened(binary, source_dir):
    work = workdir("tapwatch-hardening-")
    with open(os.path.join(work, "sigs.yaml"), "w") as f:
        f.write(SMALL_SET)
    receiver = SyslogReceiver()
    proc, port, log_path = start(binary, source_dir, work, True, receiver)
    try:
        wait_for_log(log_path, proc, "replay finished", 60)
        wait_for_log(log_path, proc, "seccomp filter active", 5)
        threads = thread_statuses(proc.pid)
        seccomp = sorted({t.get("Seccomp") for t in threads})
        nnp = sorted({t.get("NoNewPrivs") for t in threads})
        print(f"hardened daemon: {len(threads)} threads, Seccomp {seccomp}, NoNewPrivs {nnp}")
        assert seccomp == ["2"], f"Seccomp {seccomp}: the filter is not on every thread"
        assert nnp == ["1"], f"NoNewPrivs {nnp}"
        status, body = scrape(port)
        assert status.endswith("200 OK"), status
        assert "tapwatch_packets_total" in body
        # A reload under the filter: cold compile (the cache is emptied) and cache files written.
        shutil.rmtree(os.path.join(work, "cache"), ignore_errors=True)
        with open(os.path.join(work, "sigs.yaml"), "w") as f:
            f.write(RELOADED_SET)
        proc.send_signal(signal.SIGHUP)
        wait_for_log(log_path, proc, "signatures reloaded", 60)
        status, body = scrape(port)
        loaded = [line for line in body.splitlines() if line.startswith("tapwatch_signatures_loaded")]
        assert loaded and float(loaded[0].split()[-1]) == 2, f"after the reload: {loaded}"
        deadline = time.time() + 10
        while b"9600201" not in receiver.received() and time.time() < deadline:
            time.sleep(0.05)
        assert b"9600201" in receiver.received(), "no alert reached the syslog receiver over TCP"
        rc = stop(proc)
        assert rc == 0, f"exit {rc}"
        with open(os.path.join(work, "eve.json")) as f:
            records = [json.loads(line) for line in f]
        alerts = [r for r in records if r.get("event_type") == "alert"]
        print(f"hardened daemon: reload ok, {len(receiver.received())} syslog bytes, {len(records)} EVE records "
              f"({len(alerts)} alerts), exit {rc}")
        assert alerts, "no alert in the EVE file"
        with open(log_path) as f:
            log = f.read()
        assert "Operation not permitted" not in log, "something the daemon does was refused:\n" + log[-3000:]
    except Exception:
        with open(log_path, errors="replace") as f:
            print(f.read()[-4000:], file=sys.stderr)
        raise
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


def check_off(binary, source_dir):
    work = workdir("tapwatch-hardening-off-")
    with open(os.path.join(work, "sigs.yaml"), "w") as f:
        f.write(SMALL_SET)
    receiver = SyslogReceiver()
    proc, _, log_path = start(binary, source_dir, work, False, receiver)
    try:
        wait_for_log(log_path, proc, "replay finished", 60)
        fields = status_fields(f"/proc/{proc.pid}/status")
        print(f"daemon with hardening off: Seccomp {fields.get('Seccomp')}, NoNewPrivs {fields.get('NoNewPrivs')}")
        assert fields.get("Seccomp") == "0" and fields.get("NoNewPrivs") == "0", fields
        assert stop(proc) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


def main():
    binary, source_dir = sys.argv[1:3]
    if status_fields("/proc/self/status").get("Seccomp") != "0":
        print("this test already runs under a seccomp filter (a container?): the check of 0 would fail; "
              "checking the hardened daemon only")
    else:
        check_off(binary, source_dir)
    check_hardened(binary, source_dir)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as e:
        print(f"FAIL: {e}", file=sys.stderr)
        sys.exit(1)
