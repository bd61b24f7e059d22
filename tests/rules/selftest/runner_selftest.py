#!/usr/bin/env python3
"""run_cases.py must be able to fail: against a fake sensor (fake_tapwatch.py) that
answers every case right it passes at --min 1.0, and each single defect makes it
fail (a crash or garbage output even at --min 0.0)."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUNNER = os.path.join(HERE, "..", "run_cases.py")
FAKE = os.path.join(HERE, "fake_tapwatch.py")
CASES = os.path.join(HERE, "..", "cases")
# A slice of the cases keeps the self-test quick (every scan starts a Python process, and
# the checks below make ~60 scans of it): the header_vars_ cases are must-alert and
# must-not-alert, with and without vars, in both splits (4 each) — what every check needs.
SLICE = "header_vars_"


def firstAlertingCase(slice_):
    base = os.path.join(CASES, "dev")
    for name in sorted(n for n in os.listdir(base) if slice_ in n):
        with open(os.path.join(base, name, "expected.json")) as fh:
            if any(n > 0 for n in json.load(fh)["alerts"].values()):
                return name
    raise SystemExit("no must-alert case in dev")


def run(defect, minimum, split, slice_):
    env = dict(os.environ, FAKE_TAPWATCH_DEFECT=defect, FAKE_TAPWATCH_TARGET=firstAlertingCase(slice_))
    proc = subprocess.run([sys.executable, RUNNER, "--tapwatch", FAKE, "--split", split, "--min", str(minimum),
                           "--case", slice_],
                          env=env, capture_output=True, text=True)
    return proc.returncode


def main():
    checks = [  # (defect, --min, split, expected exit)
        ("none", 1.0, "all", 0),
        ("miss", 1.0, "dev", 1),
        ("miss", 0.0, "dev", 0),
        ("extra", 1.0, "dev", 1),
        ("refuse", 1.0, "dev", 1),
        ("refuse", 0.0, "dev", 0),
        ("crash", 0.0, "dev", 1),
        ("garbage", 0.0, "dev", 1),
        ("needs_vars", 1.0, "all", 0),    # passes only if the runner hands every var to the sensor
        ("none", 1.0, "all", 0, "rule_meta_eve"),
        ("wrong_field", 1.0, "all", 1, "rule_meta_eve"),
    ]
    failed = 0
    for defect, minimum, split, want, *slice_ in checks:
        got = run(defect, minimum, split, slice_[0] if slice_ else SLICE)
        ok = got == want
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} defect={defect} --min {minimum} --split {split}: exit {got} (want {want})")
    if failed:
        print(f"{failed} self-test check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
