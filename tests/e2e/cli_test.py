#!/usr/bin/env python3
"""The command line as people expect it: a mistyped command is named with the
nearest one (exit 2), --version prints the version, and `scan` and `run -r`
read a directory of captures (recursive, sorted) like the files themselves; the
progress line (bar, rate, ETA, alerts) shows on a terminal only; `sig test`
names the patterns an example matched and those it did not, and with
--cache-dir stores the compiled databases once and loads them after.
  cli_test.py TAPWATCH PCAP   (PCAP contains the word "webcam")"""
import json
import os
import pty
import re
import select
import shutil
import struct
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


def many_packets_pcap(path, count):
    """`count` small UDP datagrams on 127.0.0.0/8 (no checksums needed to decode)."""
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i in range(count):
            payload = b"progress line test %06d" % i
            udp = struct.pack("!HHHH", 40000 + i % 1000, 5353, 8 + len(payload), 0) + payload
            ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), i & 0xFFFF, 0, 64, 17, 0,
                             bytes([127, 0, 0, 1]), bytes([127, 0, 0, 2]))
            frame = b"\x02\0\0\0\0\x02\x02\0\0\0\0\x01\x08\x00" + ip + udp
            f.write(struct.pack("<IIII", 1700000000 + i // 1000, (i % 1000) * 1000, len(frame), len(frame)) + frame)


def stderr_on_a_terminal(args):
    """Runs tapwatch with stderr on a pseudo-terminal; returns (exit code, what it wrote there)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([BINARY, *args], stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            raise AssertionError("no output on the terminal for 120 s")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the process closed its side
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return proc.wait(60), out.decode(errors="replace")


def check_progress_line():
    """The bar, rate, ETA, packets and alerts on a terminal; nothing of it otherwise."""
    pcap = os.path.join(WORK, "many.pcap")
    many_packets_pcap(pcap, 40000)
    args = ["scan", pcap, PCAP, "-s", SIG, "-o", os.devnull, "--workers", "1", "--set", "signatures.cache_dir="]
    rc, text = stderr_on_a_terminal(args)
    assert rc == 0, text
    lines = re.findall(r"\r\x1b\[K(\[[#.]{24}\][^\r\n]*)", text)
    assert lines, repr(text[:2000])
    assert re.search(r"\[[#.]{24}\] +\d+\.\d% +\d+\.\d MB/s ETA (\d+:\d\d|--:--)  \d+ packets  \d+ alerts  \S+many\.pcap",
                     lines[0]), lines[0]
    assert "tapwatch scan:" in text and "\r\x1b[K" in text.split("tapwatch scan:")[0][-10:], \
        "the line is cleared before the summary"
    rc, text = stderr_on_a_terminal(args + ["--no-progress"])
    assert rc == 0 and "MB/s ETA" not in text, text
    r = tapwatch(*args)  # stderr is a pipe here, not a terminal
    assert r.returncode == 0 and "MB/s ETA" not in r.stderr and "\x1b[K" not in r.stderr, r.stderr


def check_sig_test_names_patterns():
    """`sig test` says which patterns an example matched and which it did not."""
    pack = os.path.join(WORK, "examples.yaml")
    with open(pack, "w") as f:
        f.write('signatures:\n  - id: 9800002\n    name: "cli: two patterns"\n    category: test\n'
                '    patterns:\n      - {id: cam, literal: webcam}\n      - {id: pay, literal: bitcoin}\n'
                '    condition: "cam and pay"\n'
                '    examples:\n      match: ["your webcam, send bitcoin", "only the webcam"]\n')
    r = tapwatch("sig", "test", pack)
    assert r.returncode == 1, (r.stdout, r.stderr)
    assert "match example #2 did not alert (matched: cam; not matched: pay)" in r.stderr, r.stderr
    assert "1 signatures, 2 examples: 1 passed, 1 failed" in r.stdout, r.stdout
    r = tapwatch("sig", "test", "-v", pack)
    assert "match example #1 alerted (ok; matched: cam, pay; not matched: none)" in r.stdout, r.stdout

    # --cache-dir: the first run compiles and stores the databases, the second loads them; the
    # examples give the same results either way, and without the flag nothing is said of a cache.
    assert "cache " not in r.stdout, r.stdout
    cache = os.path.join(WORK, "sig-test-cache")
    runs = [tapwatch("sig", "test", pack, "--cache-dir", cache) for _ in range(2)]
    for r in runs:
        assert r.returncode == 1, (r.stdout, r.stderr)
        assert "1 signatures, 2 examples: 1 passed, 1 failed" in r.stdout, r.stdout
        assert "match example #2 did not alert (matched: cam; not matched: pay)" in r.stderr, r.stderr
    first = re.search(r"cache \S+: 0 of (\d+) databases loaded, (\d+) compiled", runs[0].stdout)
    assert first and first.group(1) == first.group(2) != "0", runs[0].stdout
    second = re.search(r"cache \S+: (\d+) of (\d+) databases loaded, 0 compiled", runs[1].stdout)
    assert second and second.group(1) == second.group(2) == first.group(1), runs[1].stdout
    assert os.listdir(cache), "the compiled databases are stored in the cache directory"


def main():
    r = tapwatch("scna", PCAP)
    assert r.returncode == 2 and "unknown command 'scna'; did you mean 'scan'?" in r.stderr, r.stderr
    r = tapwatch("sig", "chekc", SIG)
    assert r.returncode == 2 and "did you mean 'check'?" in r.stderr, r.stderr
    r = tapwatch("ctl", "-S", os.path.join(WORK, "none.sock"), "relaod")
    assert r.returncode == 2 and "did you mean 'reload'?" in r.stderr, r.stderr
    r = tapwatch("--version")
    version = tapwatch("version").stdout.split()[1]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), version
    assert r.returncode == 0 and re.match(rf"tapwatch {re.escape(version)} \(\w+\)\n", r.stdout), (r.stdout, version)
    check_sig_test_names_patterns()
    check_progress_line()

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
    print("cli_test: typo suggestions, --version, sig test patterns, the progress line on a terminal, "
          "directories for scan and run -r")


if __name__ == "__main__":
    main()
