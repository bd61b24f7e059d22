#!/usr/bin/env python3
"""HTTPS on the metrics endpoint, end to end: the real daemon with a
self-signed certificate (made here by the openssl CLI) and basic auth, scraped
by a REAL Prometheus (scheme https, tls_config.ca_file, basic_auth); its HTTP
API must report up == 1 and a tapwatch_ series for the sensor, and up == 0
(401) for a second job with the wrong password. curl: plain HTTP to the TLS
port fails, a wrong password gets 401, TLS 1.1 is refused. `config check`
names outputs.prometheus.tls.key_file for a key of another certificate, and
SIGHUP makes the daemon serve a renewed certificate.
Usage: prometheus_tls_e2e_test.py TAPWATCH DEMO_PCAP   (exit 77: no prometheus/openssl/curl)"""
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

BINARY, PCAP = sys.argv[1:3]
USER, PASSWORD = "prom", "e2e tls pass"
SIGNATURES = """signatures:
  - id: 9800001
    name: "TLS metrics e2e marker"
    category: test
    patterns: [{literal: "tls metrics e2e marker"}]
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_cert(work, name, cn):
    cert, key = os.path.join(work, f"{name}.pem"), os.path.join(work, f"{name}.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-days", "2", "-subj", f"/CN={cn}", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    return cert, key


def serves(port, cert_file):
    """True when the endpoint presents exactly the certificate in cert_file (not verified: compared)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with open(cert_file) as f:
        want = ssl.PEM_cert_to_DER_cert(f.read())
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        with ctx.wrap_socket(raw) as s:
            return s.getpeercert(binary_form=True) == want


def curl(*args):
    r = subprocess.run(["curl", "-sS", "--max-time", "10", *args], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def wait_for(predicate, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def prom_query(port, query):
    url = f"http://127.0.0.1:{port}/api/v1/query?" + urllib.parse.urlencode({"query": query})
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            data = json.load(r)
    except OSError:
        return None
    return data["data"]["result"] if data.get("status") == "success" else None


def prom_targets(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/targets", timeout=5) as r:
            return json.load(r)["data"]["activeTargets"]
    except OSError:
        return []


def stop(proc):
    if proc is not None and proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main():
    for tool in ("prometheus", "openssl", "curl"):
        if shutil.which(tool) is None:
            print(f"SKIP: {tool} is not installed (deploy/install-deps.sh)")
            return 77
    work = tempfile.mkdtemp(prefix="tw-prom-tls-")
    daemon = prometheus = None
    try:
        cert, key = make_cert(work, "sensor", "tapwatch-e2e-a")
        _, other_key = make_cert(work, "other", "someone-else")
        sigs = os.path.join(work, "sigs.yaml")
        with open(sigs, "w") as f:
            f.write(SIGNATURES)
        port = free_port()
        config = os.path.join(work, "tapwatch.yaml")

        def write_config(key_file):
            with open(config, "w") as f:
                f.write(f"""signatures: {{paths: ["{sigs}"], watch: false, cache_dir: "{work}/cache"}}
outputs:
  eve: {{path: "{work}/eve.json"}}
  prometheus:
    listen: "127.0.0.1:{port}"
    basic_auth_user: "{USER}"
    basic_auth_password: "{PASSWORD}"
    tls: {{cert_file: "{cert}", key_file: "{key_file}"}}
control: {{socket: ""}}
""")

        # config check: the key of another certificate is named; the right pair passes.
        write_config(other_key)
        r = subprocess.run([BINARY, "config", "check", config, "--replay"], capture_output=True, text=True, timeout=120)
        out = r.stdout + r.stderr
        assert r.returncode == 2, f"config check with a mismatched key: exit {r.returncode}\n{out}"
        assert "outputs.prometheus.tls.key_file" in out and "does not match" in out, out
        write_config(key)
        r = subprocess.run([BINARY, "config", "check", config, "--replay"], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, f"config check with a good certificate: exit {r.returncode}\n{r.stdout}{r.stderr}"
        assert f"prometheus: https://127.0.0.1:{port}/metrics (basic auth)" in r.stdout, r.stdout
        print("config check: mismatched key named (outputs.prometheus.tls.key_file), good pair OK")

        log = open(os.path.join(work, "daemon.log"), "w")
        daemon = subprocess.Popen([BINARY, "run", "--config", config, "-r", PCAP, "--linger"],
                                  stdout=log, stderr=subprocess.STDOUT)
        wait_for(lambda: daemon.poll() is not None or curl("--cacert", cert, "-u", f"{USER}:{PASSWORD}",
                                                           f"https://127.0.0.1:{port}/metrics")[0] == 0,
                 60, "the daemon's HTTPS endpoint")
        assert daemon.poll() is None, "the daemon exited:\n" + open(os.path.join(work, "daemon.log")).read()

        # curl: the right password over TLS, a wrong one, plain HTTP, TLS 1.1.
        rc, body, err = curl("--cacert", cert, "-u", f"{USER}:{PASSWORD}", f"https://127.0.0.1:{port}/metrics")
        assert rc == 0 and "tapwatch_packets_total" in body, (rc, err, body[:300])
        rc, code, err = curl("--cacert", cert, "-u", f"{USER}:wrong", "-o", "/dev/null", "-w", "%{http_code}",
                             f"https://127.0.0.1:{port}/metrics")
        assert code == "401", f"wrong password: HTTP {code} (curl {rc}: {err})"
        rc, body, err = curl("-u", f"{USER}:{PASSWORD}", f"http://127.0.0.1:{port}/metrics")
        assert rc != 0 and "tapwatch_" not in body, f"plain HTTP to the TLS port answered: curl {rc} {body[:200]}"
        rc, body, err = curl("--cacert", cert, "-u", f"{USER}:{PASSWORD}", "--tlsv1.1", "--tls-max", "1.1",
                             "--ciphers", "DEFAULT:@SECLEVEL=0", f"https://127.0.0.1:{port}/metrics")
        assert rc != 0 and "tapwatch_" not in body, "TLS 1.1 was accepted"
        print("curl: 200 with the password over TLS; 401 with a wrong one; plain HTTP and TLS 1.1 refused")

        # A real Prometheus scrapes it over HTTPS with basic auth.
        prom_port = free_port()
        password_file = os.path.join(work, "password")
        with open(password_file, "w") as f:
            f.write(PASSWORD)
        prom_config = os.path.join(work, "prometheus.yml")
        with open(prom_config, "w") as f:
            f.write(f"""global: {{scrape_interval: 1s, evaluation_interval: 1s}}
scrape_configs:
  - job_name: tapwatch
    scheme: https
    scrape_interval: 1s
    scrape_timeout: 1s
    tls_config: {{ca_file: "{cert}"}}
    basic_auth: {{username: "{USER}", password_file: "{password_file}"}}
    static_configs: [{{targets: ["127.0.0.1:{port}"]}}]
  - job_name: tapwatch_wrong_password
    scheme: https
    scrape_interval: 1s
    scrape_timeout: 1s
    tls_config: {{ca_file: "{cert}"}}
    basic_auth: {{username: "{USER}", password: "wrong"}}
    static_configs: [{{targets: ["127.0.0.1:{port}"]}}]
""")
        prom_log = open(os.path.join(work, "prometheus.log"), "w")
        prometheus = subprocess.Popen(["prometheus", f"--config.file={prom_config}",
                                       f"--storage.tsdb.path={work}/prom-data",
                                       f"--web.listen-address=127.0.0.1:{prom_port}"],
                                      stdout=prom_log, stderr=subprocess.STDOUT)

        def up(job):
            result = prom_query(prom_port, f'up{{job="{job}"}}')
            return result[0]["value"][1] if result else None

        wait_for(lambda: up("tapwatch") == "1", 60, "Prometheus to report up == 1 for the sensor")
        series = wait_for(lambda: prom_query(prom_port, 'tapwatch_packets_total{job="tapwatch"}'), 30,
                          "a tapwatch_ series in Prometheus")
        wait_for(lambda: up("tapwatch_wrong_password") == "0", 30, "up == 0 for the wrong password")
        wrong = [t for t in prom_targets(prom_port) if t["labels"].get("job") == "tapwatch_wrong_password"]
        assert wrong and "401" in wrong[0].get("lastError", ""), wrong
        print(f"prometheus {prom_port}: up{{job=tapwatch}} == 1, tapwatch_packets_total = "
              f"{series[0]['value'][1]}; wrong password: up == 0 ({wrong[0]['lastError']})")

        # SIGHUP: the renewed certificate (same file names) is served to new connections.
        assert serves(port, cert)
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-days", "2", "-subj", "/CN=tapwatch-e2e-b", "-addext",
                        "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], check=True, capture_output=True)
        assert not serves(port, cert), "the renewed certificate is served before SIGHUP"
        daemon.send_signal(signal.SIGHUP)
        wait_for(lambda: serves(port, cert), 30, "the renewed certificate after SIGHUP")
        print("SIGHUP: the renewed certificate (CN tapwatch-e2e-b) is served")
        return 0
    except Exception as e:  # noqa: BLE001
        print(f"FAIL: {e}", file=sys.stderr)
        for name in ("daemon.log", "prometheus.log"):
            path = os.path.join(work, name)
            if os.path.exists(path):
                print(f"--- {name}", file=sys.stderr)
                print(open(path).read()[-3000:], file=sys.stderr)
        return 1
    finally:
        stop(prometheus)
        stop(daemon)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
