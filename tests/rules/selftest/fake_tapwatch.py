#!/usr/bin/env -S python3 -S
"""A stand-in for `tapwatch scan` that answers from the case's own expected.json, so
run_cases.py can be shown to pass a perfect sensor and to fail each kind of defect.
FAKE_TAPWATCH_DEFECT selects the defect: none | miss (one alert fewer on the first
must-alert case) | extra (an unexpected sid) | refuse (exit 2) | crash (SIGSEGV) |
garbage (non-JSON output) | wrong_field (severity 4 on alerts with alert_fields) | needs_vars (answers a case with vars right only when every
var came as --set vars.NAME=VALUE with the expected value)."""
import json
import os
import signal
import sys


def main():
    argv = sys.argv[1:]
    pcap = argv[argv.index("scan") + 1]
    case_dir = os.path.dirname(pcap)
    with open(os.path.join(case_dir, "expected.json")) as fh:
        expected = json.load(fh)
    defect = os.environ.get("FAKE_TAPWATCH_DEFECT", "none")
    alerts = {int(s): n for s, n in expected["alerts"].items()}
    first_alerting = os.environ.get("FAKE_TAPWATCH_TARGET", "")
    if defect == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if defect == "refuse":
        print("tapwatch error: case.rules:1:1: unsupported keyword", file=sys.stderr)
        return 2
    if defect == "garbage":
        print("this is not EVE")
        return 0
    if defect == "miss" and os.path.basename(case_dir) == first_alerting:
        sid = next(s for s, n in alerts.items() if n > 0)
        alerts[sid] -= 1
    if defect == "extra":
        alerts[999999] = 1
    given = {}
    for i, a in enumerate(argv[:-1]):
        if a == "--set" and argv[i + 1].startswith("vars."):
            name, value = argv[i + 1][len("vars."):].split("=", 1)
            given[name] = json.loads(value)
    if defect == "needs_vars" and given != expected.get("vars", {}):
        alerts = {s: 0 for s in alerts}
    fields = {int(s): f for s, f in expected.get("alert_fields", {}).items()}
    for sid, n in sorted(alerts.items()):
        alert = dict(fields.get(sid, {}), signature_id=sid)
        if defect == "wrong_field" and sid in fields:
            alert["severity"] = 4
        for _ in range(n):
            print(json.dumps({"event_type": "alert", "alert": alert}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
