#!/usr/bin/env python3
"""Fault: idle TCP connections to the Prometheus port must not starve a scrape.

Two idle connections used to hold both of civetweb's threads for its 30 s
request timeout. With the daemon serving (basic auth on), 100 connections are
opened and left silent, then /metrics is scraped three times, each timed:
every scrape must be answered (200, with the metrics) within a second. Then
the idle clients are replaced by fresh ones (a monitor that reconnects) and
a scrape is timed again. Prints the figures.
With --tls the endpoint serves HTTPS (a self-signed certificate made by the
openssl CLI) and the idle connections never start the TLS handshake: the
handshake counts against the header timeout, so they must not delay a TLS
scrape either.
Usage: metrics_starvation_fault.py TAPWATCH SOURCE_DIR [--tls]
"""
import base64
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fault_util import daemon_args, free_port, workdir  # noqa: E402

IDLE = 100
AUTH = "Authorization: Basic " + base64.b64encode(b"prom:fault-pass").decode() + "\r\n"


TLS = None  # an ssl.SSLContext trusting the test's certificate, with --tls


def timed_scrape(port, auth=AUTH):
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
        c = TLS.wrap_socket(raw, server_hostname="127.0.0.1") if TLS else raw
        c.sendall(("GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n" + auth + "\r\n").encode())
        data = b""
        while True:
            try:
                chunk = c.recv(65536)
            except ssl.SSLError:  # a peer that closes without close_notify
                break
            if not chunk:
                break
            data += chunk
    return time.monotonic() - started, data.decode(errors="replace")


def open_idle(port, n):
    return [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(n)]


def main():
    global TLS
    binary, source_dir = sys.argv[1:3]
    tls = "--tls" in sys.argv[3:]
    work = workdir("tapwatch-metrics-idle-")
    port = free_port()
    log = open(os.path.join(work, "daemon.log"), "w")
    extra = ["-r", os.path.join(source_dir, "demo", "demo.pcap"), "--linger",
             "--set", "outputs.prometheus.basic_auth_user=prom",
             "--set", "outputs.prometheus.basic_auth_password=fault-pass"]
    if tls:
        cert, key = os.path.join(work, "cert.pem"), os.path.join(work, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-days", "2", "-subj", "/CN=tapwatch-fault", "-addext",
                        "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], check=True, capture_output=True)
        extra += ["--set", f"outputs.prometheus.tls.cert_file={cert}", "--set", f"outputs.prometheus.tls.key_file={key}"]
        TLS = ssl.create_default_context(cafile=cert)
    args = daemon_args(binary, work, port, extra=extra)
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    idle = []
    try:
        deadline = time.time() + 60
        while True:
            try:
                _, body = timed_scrape(port)
                if "tapwatch_build_info" in body:
                    break
            except OSError:
                pass
            assert proc.poll() is None and time.time() < deadline, "the daemon did not come up"
            time.sleep(0.1)
        took, body = timed_scrape(port, auth="")
        assert " 401 " in body.split("\r\n")[0], "a scrape without credentials was not refused"

        idle = open_idle(port, IDLE)
        times = []
        for _ in range(3):
            took, body = timed_scrape(port)
            assert body.startswith("HTTP/1.1 200"), body[:200]
            assert "tapwatch_packets_total" in body, "the scrape did not carry the metrics"
            times.append(took)
        for s in idle:
            s.close()
        idle = open_idle(port, IDLE)  # a monitor that reconnects its idle clients
        took, body = timed_scrape(port)
        assert body.startswith("HTTP/1.1 200"), body[:200]
        times.append(took)
        worst = max(times)
        print(f"{IDLE} idle connections{' (no TLS handshake), HTTPS' if tls else ''}: scrape latencies "
              + ", ".join(f"{t * 1000:.0f} ms" for t in times) + f" (worst {worst * 1000:.0f} ms, bound 1000 ms)")
        assert worst < 1.0, f"a scrape took {worst:.2f} s with {IDLE} idle connections open"
        return 0
    except Exception as e:  # noqa: BLE001
        print(f"FAIL: {e}", file=sys.stderr)
        log.flush()
        print(open(os.path.join(work, "daemon.log")).read()[-4000:], file=sys.stderr)
        return 1
    finally:
        for s in idle:
            s.close()
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
