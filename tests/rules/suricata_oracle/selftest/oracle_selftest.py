#!/usr/bin/env python3
"""oracle.py check must be able to fail: against a fake sensor (fake_tapwatch.py) that
answers every case with Suricata's recorded alerts it passes, and each single
disagreement (one alert missing, an extra sid, an alert in the other direction, rules
refused, another severity) makes it fail; a known_differences.json entry that covers the disagreement
exactly makes it pass again, and an entry for a disagreement that does not occur fails."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = os.path.join(HERE, "..", "oracle.py")
FAKE = os.path.join(HERE, "fake_tapwatch.py")
VERDICTS = os.path.join(HERE, "..", "verdicts.json")
# flowbits cases: must-alert and must-not-alert in both splits, all on TCP with a direction,
# where expected.json and Suricata agree (so an empty known list is right for a perfect sensor).
SLICE = "flowbits_"


def target():
    with open(VERDICTS) as fh:
        cases = json.load(fh)["cases"]
    return next(k for k in sorted(cases) if SLICE in k and k.startswith("dev/") and cases[k]["events"])


def run(defect, known):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump({"differences": known}, fh)
    env = dict(os.environ, FAKE_ORACLE_DEFECT=defect, FAKE_ORACLE_TARGET=target(), FAKE_ORACLE_VERDICTS=VERDICTS)
    try:
        proc = subprocess.run([sys.executable, ORACLE, "check", "--tapwatch", FAKE, "--case", SLICE, "--known",
                               fh.name], env=env, capture_output=True, text=True)
    finally:
        os.unlink(fh.name)
    return proc.returncode, proc.stdout


def main():
    case = target()
    with open(VERDICTS) as fh:
        alerts = json.load(fh)["cases"][case]["alerts"]
    sid, count = next(iter(alerts.items()))
    covering_miss = {"case": case, "kind": "tapwatch", "sids": {sid: {"suricata": count, "tapwatch": count - 1}},
                     "category": "selftest", "reason": "the fake drops one alert"}
    stale = {"case": case, "kind": "tapwatch", "sids": {sid: {"suricata": count, "tapwatch": count + 5}},
             "category": "selftest", "reason": "does not occur"}
    checks = [  # (defect, known entries, expected exit)
        ("none", [], 0),
        ("miss", [], 1),
        ("extra", [], 1),
        ("flip", [], 1),
        ("refuse", [], 1),
        ("severity", [], 1),
        ("miss", [covering_miss], 0),
        ("none", [stale], 1),
    ]
    failed = 0
    for defect, known, want in checks:
        got, out = run(defect, known)
        ok = got == want
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} defect={defect} known={len(known)} on {case}: exit {got} (want {want})")
        if not ok:
            print(out)
    if failed:
        print(f"{failed} self-test check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
