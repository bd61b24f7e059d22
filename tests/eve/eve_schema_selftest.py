#!/usr/bin/env python3
"""The schema check can fail: records Suricata's schema rejects are reported.

Among them the alert records Tapwatch wrote before the event model (alert.field
and alert.excerpt, dns without version), so the check would have caught them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eve_schema import recordProblems  # noqa: E402

GOOD = {"timestamp": "2020-05-26T10:00:00.000500+0000", "event_type": "alert", "flow_id": 12, "src_ip": "10.0.0.1",
        "src_port": 1, "dest_ip": "10.0.0.2", "dest_port": 2, "proto": "TCP", "direction": "to_server",
        "community_id": "1:LQU9qZlK+B5F3KDmev6m5PMibrg=",
        "alert": {"action": "allowed", "gid": 1, "signature_id": 5, "rev": 1, "signature": "s", "category": "c",
                  "severity": 1, "metadata": {"tag": ["x"]}},
        "payload_printable": "I recorded you"}

BAD = [
    ("old alert.field/excerpt", {"alert": dict(GOOD["alert"], field="smtp.body", excerpt="x")}),
    ("alert.context without --allow-alert-context", {"alert": dict(GOOD["alert"], context={"field": "x"})}),
    ("unknown top-level key", {"tapwatch": {}}),
    ("dns without version", {"event_type": "dns", "dns": {"rrname": "a.example"}}),
    ("string where integer", {"src_port": "80"}),
    ("bool is no integer", {"flow_id": True}),
    ("flow_id beyond 2^53", {"flow_id": 2 ** 60}),
    ("bad timestamp", {"timestamp": "2020-05-26 10:00:00"}),
    ("unknown stats key", {"event_type": "stats", "stats": {"tapwatch": {"x": 1}}}),
    ("metadata key the schema lacks", {"alert": dict(GOOD["alert"], metadata={"score": ["7"]})}),
    ("fileinfo content type", {"event_type": "fileinfo", "fileinfo": {"filename": "a", "content_type": "x"}}),
    ("bad community id", {"community_id": "LQU9qZlK"}),
    ("missing event object", {"event_type": "http"}),
]


def main():
    failures = []
    if recordProblems(GOOD):
        failures.append(f"the good record is rejected: {recordProblems(GOOD)}")
    ctx = dict(GOOD, alert=dict(GOOD["alert"], context={"field": "smtp.body", "excerpt": "x"}))
    if recordProblems(ctx, allow_alert_context=True):
        failures.append("alert.context rejected even with allow_alert_context")
    for name, change in BAD:
        record = dict(GOOD, **change)
        if not recordProblems(record):
            failures.append(f"not rejected: {name}")
    for f in failures:
        print(f)
    print("OK" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
