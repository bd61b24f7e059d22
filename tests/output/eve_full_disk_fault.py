#!/usr/bin/env python3
"""Fault: EVE output on a full disk.

In a private mount namespace (unshare -m) a small tmpfs stands in for a disk
that fills up while `tapwatch scan` writes every event type of a capture to
it. What must hold: the file holds only whole, valid JSON lines (no torn
line, no two records merged), the summary's eve.written equals the lines in
the file, written + errors equals the records a run on a roomy disk writes,
the error names its errno, and the exit code says records were lost.
Usage: eve_full_disk_fault.py TAPWATCH PCAP SIGNATURES   (root; skipped otherwise)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def scan(tapwatch, pcap, sigs, out, stats, wrap=()):
    cmd = list(wrap) + [tapwatch, "scan", pcap, "-s", sigs, "--no-progress", "--workers", "1",
                        "-o", out, "--stats-json", stats]
    # The build tree's shared compiled-signature cache (set by CMake): the shipped packs load
    # instead of compiling; by hand, the default cache_dir as before.
    if os.environ.get("TAPWATCH_TEST_SIG_CACHE"):
        cmd += ["--set", f"signatures.cache_dir={os.environ['TAPWATCH_TEST_SIG_CACHE']}"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def main():
    tapwatch, pcap, sigs = sys.argv[1:4]
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True) if shutil.which("unshare") else None
    if os.geteuid() != 0 or probe is None or probe.returncode != 0:
        print("skipped: needs root and a private mount namespace (unshare -m) for a small tmpfs")
        return SKIP
    work = tempfile.mkdtemp(prefix="tapwatch-eve-full-")
    try:
        ref = scan(tapwatch, pcap, sigs, f"{work}/ref.json", f"{work}/ref-stats.json")
        assert ref.returncode == 0, ref.stderr
        total = sum(1 for _ in open(f"{work}/ref.json"))
        size = os.path.getsize(f"{work}/ref.json")
        mnt = f"{work}/mnt"
        os.makedirs(mnt)
        # Room for about a third of the records, and never a whole number of them.
        limit_kib = max(8, size // 3 // 1024)
        script = (f"mount -t tmpfs -o size={limit_kib}k tapwatch-full {mnt} && "
                  f'"$0" "$@"; rc=$?; cp {mnt}/eve.json {work}/full.json; exit $rc')
        full = scan(tapwatch, pcap, sigs, f"{mnt}/eve.json", f"{work}/full-stats.json",
                    wrap=("unshare", "-m", "sh", "-c", script))
        lines = open(f"{work}/full.json", encoding="utf-8").read().split("\n")
        assert lines[-1] == "", "the file does not end with a whole line"
        lines = lines[:-1]
        for i, line in enumerate(lines):
            json.loads(line)  # raises on a torn or merged line
        stats = json.load(open(f"{work}/full-stats.json"))["eve"]
        print(f"full disk ({limit_kib} KiB): records {total}, written {stats['written']} "
              f"(lines in file {len(lines)}), errors {stats['errors']}, exit {full.returncode}")
        assert 0 < len(lines) < total, "the disk never filled: the test proves nothing"
        assert stats["written"] == len(lines), "eve.written disagrees with the file"
        assert stats["written"] + stats["errors"] == total, "records neither written nor counted"
        assert full.returncode == 1, "a scan that lost records must say so in its exit code"
        assert "No space left on device" in full.stderr, full.stderr[-2000:]
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
