#!/usr/bin/env python3
"""The control socket with the real daemon (`tapwatch run --pcap-queue`):
every `tapwatch ctl` command, malformed requests answered with an error
object, a broken reload answered with its file:line:col errors while the
running set stays, and a capture queued with `ctl pcap` producing alerts.
  daemon_ctl_test.py TAPWATCH PCAP   (PCAP contains the word "webcam")"""
import json
import os
import socket
import stat
import subprocess
import sys
import tempfile
import time

from tapwatch_harness import Daemon, wait_for

BINARY, PCAP = sys.argv[1:3]

SIG = """signatures:
  - id: 9600001
    name: "E2E ctl: webcam"
    category: test
    severity: high
    patterns: [{literal: "webcam", flags: [caseless]}]
"""
SIG2 = SIG + """  - id: 9600002
    name: "E2E ctl: second"
    category: test
    severity: low
    patterns: [{literal: "never in the capture 9600002"}]
"""
BROKEN = SIG + """  - id: 9600003
    name: "E2E ctl: broken"
    category: test
    patterns: [{regex: "unclosed("}]
"""


def raw(path, payload):
    """One request written straight to the socket, the parsed reply."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        s.connect(path)
        s.sendall(payload)
        s.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return json.loads(data)


def series(stats, name, sid):
    return [s["value"] for s in stats["metrics"].get(name, []) if s["labels"].get("signature_id") == sid]


def main():
    work = tempfile.mkdtemp(prefix="tw-ctl-")
    sigfile = os.path.join(work, "ctl.yaml")
    with open(sigfile, "w") as f:
        f.write(SIG)
    started = time.time()
    d = Daemon(BINARY, sigfile, extra_args=["--pcap-queue"])
    try:
        wait_for(lambda: os.path.exists(d.socket) or d.proc.poll() is not None, 30, what="control socket")
        d.wait_ready()
        mode = stat.S_IMODE(os.stat(d.socket).st_mode)
        assert mode == 0o660, f"control socket mode {oct(mode)}, want 0660"

        rc, reply, _ = d.ctl("version")
        expected = subprocess.run([BINARY, "version"], capture_output=True, text=True).stdout.split()[1]
        assert rc == 0 and reply["version"] == expected, (rc, reply, expected)

        rc, reply, _ = d.ctl("ruleset")
        assert rc == 0 and reply["loaded"] == 1 and reply["reloads"] == {"success": 1, "failure": 0}, reply
        assert reply["last_reload_ok"] is True and reply["last_success_unix"] > 0, reply

        # The signature's alert series exists at 0 before any alert (first alert = a visible step).
        rc, stats, _ = d.ctl("stats")
        assert rc == 0 and series(stats, "tapwatch_alerts_total", "9600001") == [0], stats["metrics"].get(
            "tapwatch_alerts_total")
        m = stats["metrics"]
        assert abs(m["process_start_time_seconds"] - started) < 120, (m["process_start_time_seconds"], started)
        assert m["process_resident_memory_bytes"] > 1 << 20, m["process_resident_memory_bytes"]
        fds = len(os.listdir(f"/proc/{d.proc.pid}/fd"))
        assert abs(m["process_open_fds"] - fds) <= 3, (m["process_open_fds"], fds)
        assert d.metric("tapwatch_alerts_total", {"signature_id": "9600001"}) == 0

        # A capture handed to the running sensor is read and alerts.
        rc, reply, err = d.ctl("pcap", PCAP)
        assert rc == 0 and reply["ok"] and reply["queued"] == os.path.abspath(PCAP), (rc, reply, err)
        wait_for(lambda: d.ctl("iface")[1]["pcap_queue"]["done"] == 1, 60, what="queued capture to be read")
        rc, iface, _ = d.ctl("iface")
        assert iface["interfaces"][0]["name"] == "replay" and iface["interfaces"][0]["packets"] > 0, iface
        wait_for(lambda: any(a["alert"]["signature_id"] == 9600001 for a in d.alerts()), 30,
                 what="an alert from the queued capture")
        alerts = sum(1 for a in d.alerts() if a["alert"]["signature_id"] == 9600001)
        wait_for(lambda: series(d.ctl("stats")[1], "tapwatch_alerts_total", "9600001") == [alerts], 10,
                 what="stats to count the alerts written")

        assert d.ctl("stats")[1]["metrics"]["process_cpu_seconds_total"] > 0  # reading the capture took CPU

        rc, reply, err = d.ctl("pcap", os.path.join(work, "missing.pcap"))
        assert rc == 1 and "no such file" in reply["error"], (rc, reply, err)

        # A broken reload: the errors come back with file:line:col, the set stays.
        with open(sigfile, "w") as f:
            f.write(BROKEN)
        rc, reply, err = d.ctl("reload")
        assert rc == 1 and "error" in reply, (rc, reply)
        assert any(e.startswith(sigfile + ":") and e.split(":")[1].isdigit() for e in reply["errors"]), reply
        assert sigfile + ":" in err, err
        rc, reply, _ = d.ctl("ruleset")
        assert reply["loaded"] == 1 and reply["reloads"]["failure"] == 1 and not reply["last_reload_ok"], reply
        assert reply["last_error"].startswith(sigfile + ":"), reply

        # A good reload waits for the compile and reports it; the new signature's series starts at 0.
        with open(sigfile, "w") as f:
            f.write(SIG2)
        rc, reply, err = d.ctl("reload")
        assert rc == 0 and reply["ok"] and reply["loaded"] == 2, (rc, reply, err)
        rc, stats, _ = d.ctl("stats")
        assert series(stats, "tapwatch_alerts_total", "9600002") == [0], stats["metrics"]["tapwatch_alerts_total"]
        assert d.ctl("ruleset")[1]["last_reload_ok"] is True

        # Malformed requests get an error object and the daemon keeps serving.
        for payload in (b"not json\n", b"[1, 2]\n", b'{"command": 5}\n', b'{"command": "nope"}\n',
                        b'{"command": "pcap", "arguments": "x"}\n', b'{"command": "pcap"}\n'):
            reply = raw(d.socket, payload)
            assert set(reply) == {"error"}, (payload, reply)
        assert d.ctl("version")[0] == 0

        rc, reply, _ = d.ctl("shutdown")
        assert rc == 0 and reply["ok"], reply
        assert d.proc.wait(30) == 0, d.output()
        assert not os.path.exists(d.socket), "socket file left behind"
        rc, _, err = d.ctl("version")
        assert rc == 1 and "cannot reach" in err, (rc, err)
        print("daemon_ctl_test: every ctl command, bad requests, broken and good reloads, pcap queue")
    except Exception:
        print(d.output())
        raise
    finally:
        if d.proc.poll() is None:
            d.proc.kill()


if __name__ == "__main__":
    main()
