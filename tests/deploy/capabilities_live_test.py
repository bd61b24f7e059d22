#!/usr/bin/env python3
"""Live capture on lo with exactly the privileges the shipped deployments
grant, and nothing else:
  unit       - user nobody with ambient CAP_NET_RAW only (what
               deploy/systemd/tapwatch.service gives the tapwatch user);
  container  - uid 0 with only NET_RAW, SETUID, SETGID and SETPCAP and
               privileges.user set (deploy/k8s/daemonset.yaml).
Each must capture packets (promiscuous mode included: no CAP_NET_ADMIN), and
once running no thread may hold a capability (or, in container mode, run as
root): the threads that parse hostile traffic must not keep CAP_NET_RAW.
  capabilities_live_test.py TAPWATCH"""
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from deploy_common import SKIP
from tapwatch_harness import free_port, wait_for

BINARY = sys.argv[1]
SIGNATURES = """signatures:
  - id: 9400001
    name: "Deploy test: capability probe"
    category: scam
    patterns:
      - literal: "tapwatch capability probe"
"""
UNIT = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--inh-caps=-all,+net_raw",
        "--ambient-caps=-all,+net_raw", "--bounding-set=-all,+net_raw", "--no-new-privs"]
CONTAINER = ["--inh-caps=-all", "--bounding-set=-all,+net_raw,+setuid,+setgid,+setpcap"]


def promiscuity(iface):
    out = subprocess.run(["ip", "-d", "link", "show", iface], capture_output=True, text=True).stdout
    m = re.search(r"promiscuity (\d+)", out)
    return int(m.group(1)) if m else None


def thread_status(pid):
    out = []
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                comm = f.read().strip()
        except FileNotFoundError:
            continue
        out.append((comm, {k: v.strip() for k, v in fields.items()}))
    return out


def metric(port, name):
    import urllib.request
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as r:
        text = r.read().decode()
    m = re.search(rf"^{name}(?:{{[^}}]*}})? (\S+)$", text, re.M)
    return float(m.group(1)) if m else None


def run_mode(name, setpriv_args, sets, work):
    port = free_port()
    log_path = os.path.join(work, f"{name}.log")
    args = ["setpriv", *setpriv_args, BINARY, "run", "-i", "lo",
            "--set", f"outputs.eve.path={work}/{name}-eve.json",
            "--set", f"outputs.prometheus.listen=127.0.0.1:{port}",
            "--set", f"signatures.paths=[{work}/sigs.yaml]", "--set", "signatures.watch=false",
            "--set", "capture.promiscuous=true", "--set", f"signatures.cache_dir={work}/{name}-cache"]
    for s in sets:
        args += ["--set", s]
    before = promiscuity("lo")
    with open(log_path, "w") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    problems = []
    try:
        def running():
            if proc.poll() is not None:
                return True
            with open(log_path) as f:
                return " running: " in f.read()
        wait_for(running, 300, what=f"{name}: daemon start")
        if proc.poll() is not None:
            with open(log_path) as f:
                return [f"{name}: daemon exited {proc.returncode}:\n{f.read()}"]
        during = promiscuity("lo")
        if before is not None and not (during and during > before):
            problems.append(f"{name}: lo promiscuity {before} -> {during}: promiscuous mode was not set")
        dst = free_port()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            for _ in range(20):
                s.sendto(b"tapwatch capability probe", ("127.0.0.1", dst))
        try:
            wait_for(lambda: (metric(port, "tapwatch_packets_total") or 0) >= 20, 30, what="packets counted")
        except AssertionError:
            problems.append(f"{name}: captured {metric(port, 'tapwatch_packets_total')} of 20 packets")
        for comm, st in thread_status(proc.pid):
            if int(st["CapEff"], 16) or int(st["CapPrm"], 16) or int(st["CapAmb"], 16):
                problems.append(f"{name}: thread {comm} still holds capabilities "
                                f"(CapEff {st['CapEff']}, CapPrm {st['CapPrm']}, CapAmb {st['CapAmb']})")
            if st["Uid"].split()[1] == "0":
                problems.append(f"{name}: thread {comm} still runs as root")
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            problems.append(f"{name}: no exit within 30 s of SIGTERM")
    if problems:
        with open(log_path) as f:
            problems.append(f"{name} daemon log:\n{f.read()}")
    return problems


def main():
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        print("needs root and setpriv (util-linux) to start the daemon with chosen capabilities")
        return SKIP
    pwd.getpwnam("nobody")
    work = tempfile.mkdtemp(prefix="tapwatch-caps-test-")
    os.chmod(work, 0o777)  # written by nobody
    try:
        with open(os.path.join(work, "sigs.yaml"), "w") as f:
            f.write(SIGNATURES)
        os.chmod(os.path.join(work, "sigs.yaml"), 0o644)
        problems = run_mode("unit", UNIT, [], work)
        problems += run_mode("container", CONTAINER, ["privileges.user=nobody", "privileges.group=nogroup"], work)
        assert not problems, "\n".join(problems)
        print("ok: capture with CAP_NET_RAW only, no capability left once running")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
