#!/usr/bin/env python3
"""Corrupted-capture test: `tapwatch scan` over many damaged copies of real
capture files must never crash or hang. Each copy gets one deterministic
mutation (random byte flips, a record header made to lie, a cut at a random
offset, inserted or deleted bytes, a damaged file header); scan must exit
0, 1 or 2 within the time limit, never by a signal, never with a sanitizer
report, and a non-zero exit must come with an error message on stderr.

  corrupt_capture_test.py TAPWATCH SIGNATURES CAPTURE... [--iterations N] [--seed S]
"""
import argparse
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile


def mutate(data, rng):
    b = bytearray(data)
    kind = rng.choice(["flip", "flip", "record_header", "cut", "insert", "delete", "file_header", "splice"])
    if kind == "flip":
        for _ in range(rng.randint(1, 32)):
            pos = rng.randrange(len(b))
            b[pos] = rng.randrange(256)
    elif kind == "record_header" and data[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        # Walk to a random record and make its lengths lie.
        pos, records = 24, []
        while pos + 16 <= len(b) and len(records) < 5000:
            records.append(pos)
            pos += 16 + struct.unpack_from("<I", b, pos + 8)[0]
        at = rng.choice(records)
        field = rng.choice([8, 12])
        value = rng.choice([0, 1, 0xFFFF, 0x40000, 0x7FFFFFFF, 0xFFFFFFFF, rng.randrange(1 << 32)])
        struct.pack_into("<I", b, at + field, value)
        kind += "@%d+%d=%#x" % (at, field, value)
    elif kind == "cut":
        del b[rng.randrange(len(b)):]
    elif kind == "insert":
        pos = rng.randrange(len(b))
        b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    elif kind == "delete":
        pos = rng.randrange(len(b))
        del b[pos:pos + rng.randint(1, 64)]
    elif kind == "file_header":
        pos = rng.randrange(min(32, len(b)))
        b[pos] = rng.randrange(256)
    else:  # splice: a chunk of the file copied over another place
        a, c = rng.randrange(len(b)), rng.randrange(len(b))
        n = rng.randint(1, 4096)
        b[c:c + n] = b[a:a + n]
    return bytes(b), kind


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tapwatch")
    ap.add_argument("signatures")
    ap.add_argument("captures", nargs="+")
    ap.add_argument("--iterations", type=int, default=40, help="mutations per capture")
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="tapwatch-corrupt-")
    failures = []
    counts = {0: 0, 1: 0, 2: 0}
    try:
        for capture in args.captures:
            original = open(capture, "rb").read()
            ext = os.path.splitext(capture)[1]
            for i in range(args.iterations):
                data, kind = mutate(original, rng)
                path = os.path.join(work, "mutant%s" % ext)
                with open(path, "wb") as f:
                    f.write(data)
                cmd = [args.tapwatch, "scan", path, "-s", args.signatures, "-o", os.devnull, "--no-progress",
                       "--workers", "1"]
                label = "%s #%d (%s)" % (os.path.basename(capture), i, kind)
                try:
                    r = subprocess.run(cmd, capture_output=True, timeout=args.timeout)
                except subprocess.TimeoutExpired:
                    failures.append("%s: hung (> %ss)" % (label, args.timeout))
                    keep = os.path.join(work, "..", "tapwatch-corrupt-hang%s" % ext)
                    shutil.copy(path, keep)
                    continue
                err = r.stderr.decode(errors="replace")
                if r.returncode not in (0, 1, 2):
                    keep = tempfile.mktemp(prefix="tapwatch-corrupt-crash-", suffix=ext)
                    shutil.copy(path, keep)
                    failures.append("%s: exit %d (kept as %s)\n%s" % (label, r.returncode, keep, err[-2000:]))
                    continue
                counts[r.returncode] += 1
                if "Sanitizer" in err or "runtime error:" in err:
                    failures.append("%s: sanitizer report\n%s" % (label, err[-2000:]))
                if r.returncode != 0 and not err.strip():
                    failures.append("%s: exit %d without an error message" % (label, r.returncode))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("corrupt captures: exit 0: %d, exit 1: %d, exit 2: %d" % (counts[0], counts[1], counts[2]))
    if failures:
        print("FAIL:\n  " + "\n  ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
