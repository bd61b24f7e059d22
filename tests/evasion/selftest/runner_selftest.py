#!/usr/bin/env python3
"""Proves the evasion runner can fail.

1. Against selftest/fake_tapwatch.py: a perfect answer passes (ratio 1.0), and
   each single defect (a missing, doubled, misplaced or foreign alert, an
   uncounted anomaly, a bad exit code, broken EVE) makes the runner fail.
2. With --tapwatch BIN, against the real sensor: the catalogue's signatures
   pass their examples (`tapwatch sig test`), the clean controls pass with them,
   and fail with signatures whose markers no case carries.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(os.path.dirname(HERE), "run_catalogue.py")
FAKE = os.path.join(HERE, "fake_tapwatch.py")
# Response and request cases without anomalies, and with one listed.
SAMPLE = ["--case", "clean/plain.resp.g", "--case", "clean/plain.req.c", "--case", "chunk_lines/ext."]
MUTATIONS = ["no_alert", "double_alert", "wrong_field", "wrong_signature", "wrong_direction", "no_anomaly",
             "other_flow_alert", "exit_code", "bad_eve"]

NEVER_MATCH = """signatures:
  - id: 2300001
    rev: 1
    name: 'selftest: a response marker no case carries'
    category: scam
    severity: high
    fields: [http.response_body]
    patterns:
      - literal: 'this sentence is in no catalogue case'
  - id: 2300002
    rev: 1
    name: 'selftest: a request marker no case carries'
    category: scam
    severity: high
    fields: [http.request_body]
    patterns:
      - literal: 'neither is this one'
"""


def run(tapwatch, extra, env=None):
    p = subprocess.run([sys.executable, RUNNER, "--tapwatch", tapwatch] + extra, capture_output=True, text=True,
                       env=dict(os.environ, **(env or {})), timeout=600)
    return p.returncode, p.stdout + p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tapwatch", help="also check against this real sensor")
    args = ap.parse_args()
    failures = 0

    def expect(ok, what, out):
        nonlocal failures
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures += 1
            print(out)

    code, out = run(FAKE, SAMPLE)
    expect(code == 0 and "PASS: 6/6 cases pass" in out, "a perfect fake sensor passes (6 sample cases)", out)
    for m in MUTATIONS:
        code, out = run(FAKE, SAMPLE + ["--min-pass-ratio", "1.0"], {"FAKE_TAPWATCH_MUTATION": m})
        expect(code == 1, f"mutation {m} fails the runner", out)
    code, out = run(FAKE, SAMPLE + ["--min-pass-ratio", "0.0"], {"FAKE_TAPWATCH_MUTATION": "no_alert"})
    expect(code == 0, "--min-pass-ratio 0 accepts even a blind sensor (the threshold is what decides)", out)
    code, out = run("/nonexistent/tapwatch", SAMPLE)
    expect(code == 2, "a missing binary is an error, not a measurement", out)

    if args.tapwatch:
        p = subprocess.run([args.tapwatch, "sig", "test", os.path.join(os.path.dirname(HERE), "signatures.yaml")],
                           capture_output=True, text=True, timeout=120)
        expect(p.returncode == 0, "the catalogue's signatures pass their own examples", p.stdout + p.stderr)
        code, out = run(args.tapwatch, ["--class", "clean"])
        expect(code == 0, "the real sensor passes the clean controls", out)
        with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as fh:
            fh.write(NEVER_MATCH)
        try:
            code, out = run(args.tapwatch, ["--class", "clean", "--signatures", fh.name, "--min-pass-ratio", "0.01"])
            expect(code == 1 and "0/10" in out, "signatures that never match fail the real run", out)
        finally:
            os.unlink(fh.name)
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
