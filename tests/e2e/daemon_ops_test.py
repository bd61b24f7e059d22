#!/usr/bin/env python3
"""Operations: the daemon tells systemd when it is ready, reloading (with
MONOTONIC_USEC) and stopping, and pings the watchdog (sd_notify over a real
NOTIFY_SOCKET, WATCHDOG_USEC set as systemd does); `ctl iface` names the
live interface; after opening the capture
handle it runs as privileges.user with no capabilities; with
signatures.watch=true an edited signature file is reloaded without SIGHUP."""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

from tapwatch_harness import Daemon, wait_for

BINARY = sys.argv[1]

SIG = """signatures:
  - id: 9400001
    name: "E2E ops: first"
    category: test
    patterns: [{literal: "first marker"}]
"""
SIG2 = SIG + """  - id: 9400002
    name: "E2E ops: second"
    category: test
    patterns: [{literal: "second marker"}]
"""


def proc_status(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def main():
    work = tempfile.mkdtemp(prefix="tw-ops-")
    os.chmod(work, 0o777)  # the EVE file is opened after the drop to nobody
    sigfile = os.path.join(work, "ops.yaml")
    with open(sigfile, "w") as f:
        f.write(SIG)
    os.chmod(sigfile, 0o644)

    notify_path = os.path.join(work, "notify.sock")
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(notify_path)
    os.chmod(notify_path, 0o777)  # the daemon writes to it after dropping to nobody
    notify.settimeout(0.2)
    messages = []

    def drain():
        try:
            while True:
                messages.append(notify.recv(4096).decode())
        except socket.timeout:
            pass
        return messages

    os.environ["NOTIFY_SOCKET"] = notify_path
    os.environ["WATCHDOG_USEC"] = "1000000"  # WatchdogSec=1: pings every 0.5 s
    d = Daemon(BINARY, sigfile, extra_args=["-i", "lo"],
               sets=["privileges.user=nobody", "capture.bpf=tcp port 9", "signatures.watch=true",
                     f"outputs.eve.path={work}/eve.json"])
    del os.environ["NOTIFY_SOCKET"]
    del os.environ["WATCHDOG_USEC"]
    try:
        d.wait_ready()
        wait_for(lambda: any("READY=1" in m for m in drain()), what="READY=1 on NOTIFY_SOCKET")
        wait_for(lambda: sum("WATCHDOG=1" in m for m in drain()) >= 3, timeout=10, what="watchdog pings")

        rc, iface, _ = d.ctl("iface")
        assert rc == 0 and iface["interfaces"][0]["name"] == "lo" and "pcap_queue" not in iface, iface
        rc, reply, _ = d.ctl("pcap", "/dev/null")
        assert rc == 1 and "replay" in reply["error"], reply  # a live sensor takes no capture files

        status = proc_status(d.proc.pid)
        nobody_uid = subprocess.run(["id", "-u", "nobody"], capture_output=True, text=True).stdout.strip()
        assert status["Uid"].split()[1] == nobody_uid, f"effective uid {status['Uid']} (want nobody={nobody_uid})"
        assert int(status["CapEff"], 16) == 0, f"effective capabilities left: {status['CapEff']}"
        assert int(status["CapPrm"], 16) == 0, f"permitted capabilities left: {status['CapPrm']}"

        # File watch: edit the file, no signal; the set grows to two.
        time.sleep(1.1)  # make sure the mtime changes
        with open(sigfile, "w") as f:
            f.write(SIG2)
        wait_for(lambda: d.metric("tapwatch_signatures_loaded") == 2, timeout=20,
                 what="file watch to reload the edited signatures")

        # SIGHUP: RELOADING=1 then READY=1 again.
        d.signal(signal.SIGHUP)
        reloading = wait_for(lambda: [m for m in drain() if "RELOADING=1" in m], what="RELOADING=1")
        stamp = [line for line in reloading[-1].splitlines() if line.startswith("MONOTONIC_USEC=")]
        assert stamp and abs(int(stamp[0].split("=")[1]) / 1e6 - time.monotonic()) < 30, reloading
        def ready_after_reload():
            got = drain()
            last = max(i for i, m in enumerate(got) if "RELOADING=1" in m)
            return any("READY=1" in m for m in got[last + 1:])
        wait_for(ready_after_reload, what="READY=1 after the reload")
        assert d.stop() == 0
        assert any("STOPPING=1" in m for m in drain()), messages
        print("daemon_ops_test: sd_notify, privilege drop and file watch work")
    except Exception:
        print(d.output())
        raise
    finally:
        if d.proc.poll() is None:
            d.proc.kill()
        notify.close()


if __name__ == "__main__":
    main()
