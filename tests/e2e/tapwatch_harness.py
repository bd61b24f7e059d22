"""Shared helpers for Tapwatch end-to-end tests: start the real daemon,
talk real TCP on loopback, scrape real metrics. Test traffic goes only to
127.0.0.1."""
import json
import os
import re
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def signature_cache(private_dir):
    """signatures.cache_dir for a test: the build tree's shared cache (TAPWATCH_TEST_SIG_CACHE,
    set by CMake on every test), so the shipped packs are compiled once per build tree instead
    of once per test; `private_dir` when the test runs by hand without it."""
    return os.environ.get("TAPWATCH_TEST_SIG_CACHE") or private_dir


def wait_for(predicate, timeout=15.0, interval=0.1, what="condition"):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class Daemon:
    """`tapwatch run` with its own temp dir, EVE file and metrics port. Compiled signatures go
    to the shared test cache (signature_cache()); private_cache=True keeps them in the temp dir,
    for a test that needs a cold compile or looks at the cache."""

    def __init__(self, binary, signatures, extra_args=(), sets=(), private_cache=False):
        self.dir = tempfile.mkdtemp(prefix="tapwatch-e2e-")
        self.eve = os.path.join(self.dir, "eve.json")
        self.port = free_port()
        self.log_path = os.path.join(self.dir, "daemon.log")
        self.binary = binary
        self.socket = os.path.join(self.dir, "tapwatch.sock")
        args = [binary, "run",
                "--set", f"control.socket={self.socket}",
                "--set", f"outputs.eve.path={self.eve}",
                "--set", f"outputs.prometheus.listen=127.0.0.1:{self.port}",
                "--set", f"signatures.paths=[{signatures}]",
                "--set", "signatures.watch=false",
                "--set", "signatures.cache_dir=" + (f"{self.dir}/cache" if private_cache
                                                     else signature_cache(f"{self.dir}/cache"))]
        for s in sets:
            args += ["--set", s]
        args += list(extra_args)
        self.log = open(self.log_path, "w")
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)

    def metrics_text(self):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=5) as r:
            return r.read().decode()

    def metric(self, name, labels=None):
        """Sum of samples of `name` whose labels include `labels`."""
        total, found = 0.0, False
        for line in self.metrics_text().splitlines():
            if line.startswith("#"):
                continue
            m = re.match(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)", line)
            if not m or m.group(1) != name:
                continue
            got = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2) or ""))
            if labels and any(got.get(k) != v for k, v in labels.items()):
                continue
            total += float(m.group(3))
            found = True
        return total if found else None

    def wait_ready(self, timeout=20):
        def ready():
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited early ({self.proc.returncode}):\n{self.output()}")
            try:
                return self.metric("tapwatch_build_info") is not None
            except OSError:
                return False
        wait_for(ready, timeout, what="metrics endpoint")

    def ctl(self, *command):
        """`tapwatch ctl -S SOCKET COMMAND...`: (exit code, reply JSON or None, stderr)."""
        r = subprocess.run([self.binary, "ctl", "-S", self.socket, *command],
                           capture_output=True, text=True, timeout=120)
        try:
            reply = json.loads(r.stdout) if r.stdout.strip() else None
        except ValueError:
            reply = None
        return r.returncode, reply, r.stderr

    def events(self):
        """Every EVE record written so far (alerts, flows, transactions, anomalies, stats)."""
        if not os.path.exists(self.eve):
            return []
        out = []
        with open(self.eve) as f:
            for line in f:
                # The sensor appends whole lines, but a reader can catch a write half way
                # (the kernel copies a large write page by page): a last line without its
                # newline is still being written and is read on the next call.
                if not line.endswith("\n"):
                    break
                if line.strip():
                    out.append(json.loads(line))
        return out

    def alerts(self):
        return [e for e in self.events() if e.get("event_type") == "alert"]

    def signal(self, sig):
        self.proc.send_signal(sig)

    def stop(self, timeout=20):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            rc = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise AssertionError("daemon did not exit within %ss of SIGTERM" % timeout)
        self.log.close()
        return rc

    def output(self):
        self.log.flush()
        with open(self.log_path) as f:
            return f.read()


class SinkServer:
    """A TCP listener on 127.0.0.1 that reads and discards what clients send."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._drain, args=(conn,), daemon=True).start()

    @staticmethod
    def _drain(conn):
        with conn:
            while conn.recv(65536):
                pass

    def close(self):
        self.sock.close()


def send_split(port, pieces, pause=0.05):
    """One TCP connection; each piece is its own write (and segment)."""
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for piece in pieces:
            c.sendall(piece)
            time.sleep(pause)
        c.shutdown(socket.SHUT_WR)
        time.sleep(pause)
