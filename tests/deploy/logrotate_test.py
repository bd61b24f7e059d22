#!/usr/bin/env python3
"""deploy/logrotate/tapwatch with the real logrotate against a running
daemon: the EVE log is rotated with the alerts in it, and after the
postrotate signal the daemon writes to a fresh eve.json (its open file is the
new one, not the rotated one). The copy used here only swaps the paths, the
service user and `systemctl reload` (= kill -HUP, see the unit's
ExecReload) for ones a test can use.
  logrotate_test.py TAPWATCH SOURCE_DIR"""
import glob
import json
import os
import re
import shutil
import sys
import tempfile

from deploy_common import SKIP, run
from tapwatch_harness import Daemon, wait_for

BINARY, SOURCE_DIR = sys.argv[1:3]
SIGNATURES = """signatures:
  - id: 9500001
    name: "Deploy test: demo wallet"
    category: sextortion
    fields: [smtp.body]
    patterns:
      - literal: "1hvq3JffyZja4zUaKa9AJ66pnqK14EJ"
"""


def main():
    if shutil.which("logrotate") is None:
        print("logrotate not installed (deploy/install-deps.sh)")
        return SKIP
    with open(os.path.join(SOURCE_DIR, "deploy", "logrotate", "tapwatch")) as f:
        shipped = f.read()
    assert "/var/log/tapwatch/eve.json {" in shipped
    post = re.search(r"postrotate\n(.*?)\n\s*endscript", shipped, re.S).group(1)
    assert "systemctl reload tapwatch.service" in post, "postrotate must reload (SIGHUP) the service"

    work = tempfile.mkdtemp(prefix="tapwatch-logrotate-test-")
    sigs = os.path.join(work, "sigs.yaml")
    with open(sigs, "w") as f:
        f.write(SIGNATURES)
    d = Daemon(BINARY, sigs, extra_args=["-r", os.path.join(SOURCE_DIR, "demo", "demo.pcap"), "--linger"],
               sets=[f"signatures.cache_dir={work}/cache"])
    try:
        wait_for(lambda: "replay finished" in d.output() or d.proc.poll() is not None, 600, what="replay")
        assert d.proc.poll() is None, d.output()
        wait_for(lambda: d.alerts(), 30, what="alerts in the EVE file")
        alerts_before = len(d.alerts())
        user = "root" if os.geteuid() == 0 else os.environ.get("USER", "nobody")
        conf = (shipped.replace("/var/log/tapwatch/eve.json", d.eve)
                .replace("su tapwatch tapwatch", f"su {user} {user}")
                .replace("create 0640 tapwatch tapwatch", "create 0640")
                .replace(post, f"        kill -HUP {d.proc.pid}"))
        conf_path = os.path.join(work, "logrotate.conf")
        with open(conf_path, "w") as f:
            f.write(conf)
        os.chmod(conf_path, 0o644)
        run(["logrotate", "--force", "--state", os.path.join(work, "state"), conf_path])
        rotated = [p for p in glob.glob(d.eve + "-*")]
        assert len(rotated) == 1, f"expected one rotated file, got {rotated}"
        with open(rotated[0]) as f:
            rotated_alerts = sum(1 for line in f if line.strip() and json.loads(line).get("event_type") == "alert")
            assert rotated_alerts == alerts_before, "rotated file lost alerts"
        real = lambda: {os.path.realpath(os.path.join(f"/proc/{d.proc.pid}/fd", fd))
                        for fd in os.listdir(f"/proc/{d.proc.pid}/fd")}
        wait_for(lambda: d.eve in real() and rotated[0] not in real(), 60,
                 what="the daemon to reopen eve.json after SIGHUP")
        assert d.stop() == 0
        print("ok: rotated", rotated[0], "and reopened", d.eve)
        return 0
    except Exception:
        print(d.output())
        raise
    finally:
        if d.proc.poll() is None:
            d.proc.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
