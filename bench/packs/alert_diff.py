#!/usr/bin/env python3
"""Compare the alerts of two EVE files, ignoring only what differs between runs.

usage: alert_diff.py BEFORE.json AFTER.json

Every `alert` event is reduced to its content (addresses, ports, signature,
score, indicators, excerpt, field...): `timestamp`, `flow_id`, `pcap_cnt` and
`flow.start`/`flow.end` are dropped, since they differ between runs of the
same capture. Prints the counts and every alert present in only one file;
exit 1 when any differs. Used to show that an engine change altered no alert
(bench/README.md, "Packs").
"""
import collections
import json
import sys

VOLATILE = {"timestamp", "flow_id", "pcap_cnt"}


def normalise(value):
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items() if k not in VOLATILE and k not in ("start", "end")}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


def alerts(path):
    out = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            ev = json.loads(line)
            if ev.get("event_type") == "alert":
                out[json.dumps(normalise(ev), sort_keys=True, ensure_ascii=False)] += 1
    return out


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    before, after = alerts(sys.argv[1]), alerts(sys.argv[2])
    only_before, only_after = before - after, after - before
    print(f"alerts: before {sum(before.values())}, after {sum(after.values())}; "
          f"only before {sum(only_before.values())}, only after {sum(only_after.values())}")
    for name, diff in (("only before", only_before), ("only after", only_after)):
        for text, n in sorted(diff.items()):
            print(f"{name} x{n}: {text}")
    return 1 if only_before or only_after else 0


if __name__ == "__main__":
    sys.exit(main())
