#!/usr/bin/env python3
"""The installed systemd files: `systemd-analyze verify` finds nothing wrong
with the unit as installed (binary present, in a staged root), the exposure
score of `systemd-analyze security --offline` stays low, the unit has the
settings deploy/README.md promises, and systemd-sysusers / systemd-tmpfiles
create the tapwatch user and its directories in the staged root.
  systemd_unit_test.py BINARY_DIR"""
import os
import pwd
import re
import shutil
import sys

from deploy_common import SKIP, run, stage_install, unit_settings

BINARY_DIR = sys.argv[1]
UNIT = "usr/lib/systemd/system/tapwatch.service"
MAX_EXPOSURE = 2.5  # systemd's scale: 0 (locked down) .. 10 (UNSAFE); "OK" is below 3


def check_settings(unit):
    want = {
        "Type": ["notify"], "NotifyAccess": ["main"], "User": ["tapwatch"], "Group": ["tapwatch"],
        "AmbientCapabilities": ["CAP_NET_RAW"], "CapabilityBoundingSet": ["CAP_NET_RAW"],
        "NoNewPrivileges": ["yes"], "ProtectSystem": ["strict"], "ProtectHome": ["yes"], "PrivateTmp": ["yes"],
        "ProtectKernelTunables": ["yes"], "ProtectKernelModules": ["yes"], "ProtectKernelLogs": ["yes"],
        "ProtectControlGroups": ["yes"], "MemoryDenyWriteExecute": ["yes"], "Restart": ["on-failure"],
        "StateDirectory": ["tapwatch"], "LogsDirectory": ["tapwatch"], "CacheDirectory": ["tapwatch"],
        "RestrictAddressFamilies": ["AF_PACKET AF_INET AF_INET6 AF_UNIX AF_NETLINK"],
    }
    wrong = {k: unit.get(k) for k, v in want.items() if unit.get(k) != v}
    assert not wrong, f"unit settings differ from the contract: {wrong}"
    assert re.fullmatch(r"\S*kill -HUP \$MAINPID", unit["ExecReload"][0]), unit["ExecReload"]
    assert unit["SystemCallFilter"][0] == "@system-service", unit["SystemCallFilter"]
    # The daemon calls capset() to drop CAP_NET_RAW; a filter that denies it kills the start.
    assert "capset" in unit["SystemCallFilter"][-1].split(), "capset must stay allowed after ~@privileged"
    # hardening.seccomp (default on) loads the daemon's own filter with seccomp(2), in no systemd group.
    assert "seccomp" in unit["SystemCallFilter"][-1].split(), "seccomp must stay allowed after @system-service"


def main():
    for tool in ("systemd-analyze", "systemd-sysusers", "systemd-tmpfiles"):
        if shutil.which(tool) is None:
            print(f"{tool} not installed (package systemd)")
            return SKIP
    root = stage_install(BINARY_DIR)
    try:
        unit_path = os.path.join(root, UNIT)
        check_settings(unit_settings(unit_path))

        # verify resolves ExecStart and the default dependencies (sysinit.target,
        # /bin/kill) on this host, so check a copy whose ExecStart is the staged binary.
        copy_dir = os.path.join(root, "verify")
        os.makedirs(copy_dir)
        copy = os.path.join(copy_dir, "tapwatch.service")
        with open(unit_path) as f, open(copy, "w") as out:
            text = f.read()
            assert text.count("/usr/bin/tapwatch ") == 1
            out.write(text.replace("/usr/bin/tapwatch ", f"{root}/usr/bin/tapwatch "))
        p = run(["systemd-analyze", "verify", copy], check=False)
        assert p.returncode == 0 and not p.stdout.strip() and not p.stderr.strip(), \
            f"systemd-analyze verify (exit {p.returncode}):\n{p.stdout}{p.stderr}"
        # --threshold is on a 0..100 scale (exposure x 10).
        p = run(["systemd-analyze", "security", "--offline=yes", f"--threshold={round(MAX_EXPOSURE * 10)}", copy],
                check=False)
        m = re.search(r"Overall exposure level for \S+: ([0-9.]+)", p.stdout + p.stderr)
        assert m, "no exposure score:\n" + p.stdout + p.stderr
        assert p.returncode == 0 and float(m.group(1)) <= MAX_EXPOSURE, \
            f"exposure {m.group(1)} above {MAX_EXPOSURE}:\n{p.stdout}"

        # A copy with a missing binary must be caught, or the verify step proves nothing.
        broken = os.path.join(copy_dir, "tapwatch-broken.service")
        with open(broken, "w") as out:
            out.write(text.replace("/usr/bin/tapwatch ", f"{root}/usr/bin/tapwatch-missing "))
        p = run(["systemd-analyze", "verify", broken], check=False)
        assert p.returncode != 0 and "tapwatch-missing" in p.stdout + p.stderr, "verify missed a missing binary"

        run(["systemd-sysusers", f"--root={root}"])
        with open(os.path.join(root, "etc/passwd")) as f:
            entry = next((line.split(":") for line in f if line.startswith("tapwatch:")), None)
        assert entry, "systemd-sysusers did not create the tapwatch user"
        uid, gid, home, shell = int(entry[2]), int(entry[3]), entry[5], entry[6].strip()
        assert 0 < uid < 1000 and home == "/var/lib/tapwatch" and shell.endswith("nologin"), entry
        if os.geteuid() == 0:
            run(["systemd-tmpfiles", "--create", f"--root={root}", "tapwatch.conf"])
            for d in ["var/lib/tapwatch", "var/lib/tapwatch/spool", "var/log/tapwatch", "var/cache/tapwatch"]:
                st = os.stat(os.path.join(root, d))
                assert (st.st_uid, st.st_gid) == (uid, gid), f"{d} owned by {st.st_uid}:{st.st_gid}, not tapwatch"
                assert st.st_mode & 0o777 == 0o750, f"{d} mode {oct(st.st_mode & 0o777)}"
        print("ok: unit verified, exposure", m.group(1))
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
