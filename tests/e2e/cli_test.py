#!/usr/bin/env python3
"""The command line as people expect it: a mistyped command is named with the
nearest one (exit 2), --version prints the version, and `scan` and `run -r`
read a directory of captures (recursive, sorted) like the files themselves.
  cli_test.py TAPWATCH PCAP   (PCAP contains the word "webcam")"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from tapwatch_harness import Daemon, wait_for

BINARY, PCAP = sys.argv[1:3]
WORK = tempfile.mkdtemp(prefix="tw-cli-")
SIG = os.path.join(WORK, "sig.yaml")
with open(SIG, "w") as f:
    f.write('signatures:\n  - id: 9800001\n    name: "cli: webcam"\n    category: test\n'
            '    patterns: [{literal: "webcam", flags: [caseless]}]\n')


def tapwatch(*args):
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=300)


def scan_alerts(*inputs):
    out = os.path.join(WORK, "scan.json")
    r = tapwatch("scan", *inputs, "-s", SIG, "-o", out, "--types", "alert", "--set", "signatures.cache_dir=")
    assert r.returncode == 0, r.stderr
    with open(out) as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    r = tapwatch("scna", PCAP)
    assert r.returncode == 2 and "unknown command 'scna'; did you mean 'scan'?" in r.stderr, r.stderr
    r = tapwatch("sig", "chekc", SIG)
    assert r.returncode == 2 and "did you mean 'check'?" in r.stderr, r.stderr
    r = tapwatch("ctl", "-S", os.path.join(WORK, "none.sock"), "relaod")
    assert r.returncode == 2 and "did you mean 'reload'?" in r.stderr, r.stderr
    r = tapwatch("--version")
    version = tapwatch("version").stdout.split()[1]
    assert r.returncode == 0 and r.stdout.startswith(f"tapwatch {version}"), (r.stdout, version)

    # A directory: every capture below it, recursively, in sorted order.
    day = os.path.join(WORK, "day")
    os.makedirs(os.path.join(day, "late"))
    shutil.copy(PCAP, os.path.join(day, "1.pcap"))
    shutil.copy(PCAP, os.path.join(day, "late", "2.pcap"))
    one = scan_alerts(PCAP)
    assert one, "the capture must alert for this test to mean anything"
    assert len(scan_alerts(day)) == 2 * len(one)
    empty = os.path.join(WORK, "empty")
    os.makedirs(empty)
    r = tapwatch("scan", empty, "-s", SIG, "-o", os.devnull)
    assert r.returncode == 2 and "no capture files" in r.stderr, r.stderr

    d = Daemon(BINARY, SIG, extra_args=["-r", day])
    try:
        assert d.proc.wait(120) == 0, d.output()
        assert len(d.alerts()) == 2 * len(one), (len(d.alerts()), len(one))
    except Exception:
        print(d.output())
        raise
    print("cli_test: typo suggestions, --version, directories for scan and run -r")


if __name__ == "__main__":
    main()
