#!/usr/bin/env python3
"""`scan --follow` and `run -r --follow`: after the given directory, every new
capture that appears below it is read once it is complete, each once, until
SIGTERM (scan) or SIGINT (run), which ends the run within a second with exit 0
and a final summary.

Captures are written here in pure Python (one HTTP conversation on
127.0.0.0/8 per file, each carrying its own token; one signature per token).
What each file alerts is measured first with a plain `scan` of that file, so
the follow run must show exactly that, once.
  follow_test.py TAPWATCH"""
import json
import os
import re
import signal
import struct
import subprocess
import sys
import tempfile
import time

from tapwatch_harness import Daemon, wait_for

BINARY = sys.argv[1]
WORK = tempfile.mkdtemp(prefix="tw-follow-")
SIG = os.path.join(WORK, "sig.yaml")
TOKENS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot"]
SID = {t: 9810001 + i for i, t in enumerate(TOKENS)}


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def frame(src, sport, dst, dport, seq, ack, flags, payload=b""):
    a, b = bytes(map(int, src.split("."))), bytes(map(int, dst.split(".")))
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0) + payload
    tcp = tcp[:16] + struct.pack("!H", checksum(a + b + struct.pack("!BBH", 0, 6, len(tcp)) + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 1, 0, 64, 6, 0, a, b)
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return b"\x02\0\0\0\0\x02\x02\0\0\0\0\x01\x08\x00" + ip + tcp


def capture_bytes(token, index):
    """A pcap with one HTTP POST whose body carries `token`; timestamps grow with `index`."""
    c, s, cp = "127.0.0.1", "127.0.0.2", 41000 + index
    body = f"note for the follow test: token-{token}-end".encode()
    req = (b"POST /follow HTTP/1.1\r\nHost: follow.test\r\nContent-Length: " + str(len(body)).encode() +
           b"\r\n\r\n" + body)
    resp = b"HTTP/1.1 204 No Content\r\n\r\n"
    cs, ss = 1000, 5000
    frames = [frame(c, cp, s, 80, cs, 0, 0x02), frame(s, 80, c, cp, ss, cs + 1, 0x12),
              frame(c, cp, s, 80, cs + 1, ss + 1, 0x10), frame(c, cp, s, 80, cs + 1, ss + 1, 0x18, req),
              frame(s, 80, c, cp, ss + 1, cs + 1 + len(req), 0x18, resp)]
    cs, ss = cs + 1 + len(req), ss + 1 + len(resp)
    frames += [frame(c, cp, s, 80, cs, ss, 0x11), frame(s, 80, c, cp, ss, cs + 1, 0x11),
               frame(c, cp, s, 80, cs + 1, ss + 1, 0x10)]
    out = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)
    for i, f in enumerate(frames):
        out += struct.pack("<IIII", 1700000000 + 100 * index, i * 1000, len(f), len(f)) + f
    return out


def write_signatures():
    with open(SIG, "w") as f:
        f.write("signatures:\n")
        for t in TOKENS:
            f.write(f'  - id: {SID[t]}\n    name: "follow: {t}"\n    category: test\n'
                    f'    patterns: [{{literal: "token-{t}-end"}}]\n')


def alerts_in(path):
    if not os.path.exists(path):
        return []
    out = []
    with open(path) as f:
        for line in f:
            if line.strip() and line.endswith("\n"):
                e = json.loads(line)
                if e.get("event_type") == "alert":
                    out.append(e["alert"]["signature_id"])
    return out


def baseline():
    """Alerts per token from a plain scan of that token's file alone."""
    want = {}
    for i, t in enumerate(TOKENS):
        p = os.path.join(WORK, f"base-{t}.pcap")
        with open(p, "wb") as f:
            f.write(capture_bytes(t, i))
        out = os.path.join(WORK, f"base-{t}.json")
        r = subprocess.run([BINARY, "scan", p, "-s", SIG, "-o", out, "--types", "alert", "--no-progress",
                            "--set", "signatures.cache_dir="], capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        want[t] = alerts_in(out).count(SID[t])
        assert want[t] > 0, f"{t}: the capture must alert for this test to mean anything"
    return want


def drop_renamed(directory, name, data):
    """Written under a temporary name, then renamed into place (how capture tools should do it)."""
    tmp = os.path.join(directory, "." + name + ".part")
    with open(tmp, "wb") as f:
        f.write(data)
    os.rename(tmp, os.path.join(directory, name))


def stop_and_time(proc, sig=signal.SIGTERM):
    start = time.monotonic()
    proc.send_signal(sig)
    rc = proc.wait(10)
    return rc, time.monotonic() - start


def check_scan_follow(want):
    d = os.path.join(WORK, "scan-dir")
    os.makedirs(d)
    with open(os.path.join(d, "0-alpha.pcap"), "wb") as f:
        f.write(capture_bytes("alpha", 0))
    with open(os.path.join(d, "README.txt"), "w") as f:
        f.write("captures land here\n")
    out = os.path.join(WORK, "scan-follow.json")
    err_path = os.path.join(WORK, "scan-follow.err")
    err = open(err_path, "w")
    proc = subprocess.Popen([BINARY, "scan", "--follow", d, "-s", SIG, "-o", out, "--types", "alert",
                             "--follow-settle", "2", "--no-progress", "--set", "signatures.cache_dir=",
                             "--workers", "2"], stderr=err)

    def stderr_text():
        with open(err_path) as f:
            return f.read()

    def count(token):
        return alerts_in(out).count(SID[token])

    try:
        wait_for(lambda: count("alpha") == want["alpha"], 60, what="the file present at start")
        wait_for(lambda: "following" in stderr_text(), 10, what="the follow log line")

        # Renamed into place: read at once (IN_MOVED_TO), the temporary name never.
        drop_renamed(d, "1-bravo.pcap", capture_bytes("bravo", 1))
        t0 = time.monotonic()
        wait_for(lambda: count("bravo") == want["bravo"], 10, 0.05, what="bravo after the rename")
        print(f"renamed file: alerts after {time.monotonic() - t0:.2f} s")

        # Written slowly in chunks into a new subdirectory, one open file:
        # nothing may be read before it is complete.
        sub = os.path.join(d, "late")
        os.makedirs(sub)
        data = capture_bytes("charlie", 2)
        path = os.path.join(sub, "2-charlie.pcap")
        with open(path, "wb") as f:
            step = max(1, len(data) // 5)
            for at in range(0, len(data), step):
                f.write(data[at:at + step])
                f.flush()
                time.sleep(0.4)  # 5 chunks over 2 s: as long as the 2 s settle, each gap far shorter
                assert count("charlie") == 0, "read before the writer finished"
        t0 = time.monotonic()
        wait_for(lambda: count("charlie") == want["charlie"], 10, 0.05, what="charlie after the close")
        print(f"chunked file: alerts {time.monotonic() - t0:.2f} s after the close")

        # Not a capture: one log line, not an error; a truncated capture: logged and counted, the run goes on.
        with open(os.path.join(d, "notes.txt"), "w") as f:
            f.write("not a capture at all\n")
        bad = capture_bytes("delta", 3)
        drop_renamed(d, "3-delta-cut.pcap", bad[:24 + 16 + 20])  # header, one record header, part of its data
        drop_renamed(d, "4-echo.pcap", capture_bytes("echo", 4))
        wait_for(lambda: count("echo") == want["echo"], 10, 0.05, what="echo after a cut-short file")
        wait_for(lambda: "notes.txt: skipped" in stderr_text(), 10, what="the skip line for notes.txt")

        # A read file that grows: a warning, and it is not read again.
        with open(os.path.join(d, "1-bravo.pcap"), "ab") as f:
            f.write(capture_bytes("bravo", 5)[24:])
        wait_for(lambda: "1-bravo.pcap: changed after it was read" in stderr_text(), 10, what="the growth warning")
        # Files that arrive together (a directory moved into place, written in
        # the opposite order) are read in path order.
        batch = os.path.join(d, ".incoming")
        os.makedirs(batch)
        for name, token, index in (("6-foxtrot.pcap", "foxtrot", 7), ("5-delta.pcap", "delta", 6)):
            with open(os.path.join(batch, name), "wb") as f:
                f.write(capture_bytes(token, index))
        os.rename(batch, os.path.join(d, "batch"))
        wait_for(lambda: count("foxtrot") == want["foxtrot"] and count("delta") == want["delta"], 10, 0.05,
                 what="foxtrot and delta")
        time.sleep(2.5)  # longer than the settle: anything read twice would show now
    except Exception:
        proc.kill()
        print(stderr_text())
        raise
    rc, took = stop_and_time(proc)
    err.close()
    text = stderr_text()
    print(f"scan --follow: SIGTERM to exit {took:.3f} s, exit {rc}")
    assert rc == 0, text
    assert took < 1.0, f"took {took:.3f} s to stop"
    for t in TOKENS:
        assert count(t) == want[t], (t, count(t), want[t], text)
    assert text.count("notes.txt: skipped") == 1 and text.count("README.txt: skipped") == 1, text
    assert ".part" not in text, text  # temporary names are never looked at
    reads = re.findall(r"reading new capture (\S+)", text)
    assert [os.path.basename(p) for p in reads] == ["1-bravo.pcap", "2-charlie.pcap", "3-delta-cut.pcap",
                                                   "4-echo.pcap", "5-delta.pcap", "6-foxtrot.pcap"], reads
    assert reads[-2].endswith("/batch/5-delta.pcap"), reads
    assert "3-delta-cut.pcap" in text and "tapwatch scan:" in text, text
    m = re.search(r"capture files: (\d+) read, (\d+) failed", text)
    assert m and m.groups() == ("6", "1"), text
    # Records land as they come, not at the end: every line is complete JSON.
    with open(out) as f:
        for line in f:
            json.loads(line)


def check_run_follow(want):
    d = os.path.join(WORK, "run-dir")
    os.makedirs(d)
    daemon = Daemon(BINARY, SIG, extra_args=["-r", d, "--follow", "--follow-settle", "1"])
    try:
        daemon.wait_ready()
        assert daemon.metric("tapwatch_capture_files_total", {"result": "done"}) == 0
        drop_renamed(d, "a.pcap", capture_bytes("alpha", 0))
        wait_for(lambda: daemon.alerts() and len(daemon.alerts()) == want["alpha"], 20, what="alpha in the EVE file")
        wait_for(lambda: daemon.metric("tapwatch_capture_files_total", {"result": "done"}) == 1, 10,
                 what="files done = 1 on /metrics")
        drop_renamed(d, "b.pcap", b"\xa1\xb2\xc3\xd4 but not really a capture" * 3)  # big-endian magic, garbage
        drop_renamed(d, "c.pcap", capture_bytes("bravo", 1))
        wait_for(lambda: daemon.metric("tapwatch_capture_files_total", {"result": "done"}) == 2, 10,
                 what="files done = 2")
        assert daemon.metric("tapwatch_capture_files_total", {"result": "failed"}) == 1, daemon.output()
        # `ctl pcap` still queues captures for a following daemon.
        rc, reply, err = daemon.ctl("pcap", os.path.join(WORK, "base-charlie.pcap"))
        assert rc == 0 and reply and reply.get("ok"), (rc, reply, err)
        wait_for(lambda: daemon.metric("tapwatch_capture_files_total", {"result": "done"}) == 3, 10,
                 what="files done = 3 after ctl pcap")
        assert daemon.proc.poll() is None, "a followed replay keeps running"
    except Exception:
        daemon.proc.kill()
        print(daemon.output())
        raise
    rc, took = stop_and_time(daemon.proc, signal.SIGINT)
    print(f"run -r --follow: SIGINT to exit {took:.3f} s, exit {rc}")
    assert rc == 0 and took < 1.0, (rc, took, daemon.output())
    ids = [a["alert"]["signature_id"] for a in daemon.alerts()]
    assert all(ids.count(SID[t]) == want[t] for t in ("alpha", "bravo", "charlie")), ids
    assert "3 capture files read, 1 failed" in daemon.output(), daemon.output()


def main():
    write_signatures()
    want = baseline()
    check_scan_follow(want)
    check_run_follow(want)
    # Usage errors: nothing to follow, or stdin.
    r = subprocess.run([BINARY, "scan", "--follow", os.path.join(WORK, "base-alpha.pcap"), "-s", SIG],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "needs a directory" in r.stderr, r.stderr
    r = subprocess.run([BINARY, "run", "--follow"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "requires" in r.stderr.lower(), r.stderr
    print("follow_test: scan --follow and run -r --follow read each new capture once, stop cleanly")


if __name__ == "__main__":
    main()
