#!/usr/bin/env -S python3 -S
"""A stand-in for `tapwatch scan` used only to test run_case.py: it answers a case
perfectly from its expected.json (found next to the -s signatures file), or with
one deliberate defect named by $FAKE_TAPWATCH_MUTATION, so the self-test can
prove the runner passes a correct sensor and catches each kind of wrong one."""
import argparse
import json
import os
import sys


def statsFrom(expect):
    """A stats object that satisfies eq/min/max/_sum constraints."""
    out = {}
    for key, want in expect.items():
        if key == "_sum":
            continue
        if set(want) <= {"eq", "min", "max"}:
            out[key] = want.get("eq", want.get("min", 0))
        else:
            out[key] = statsFrom(want)
    if "_sum" in expect:
        total = sum(v for v in out.values() if isinstance(v, int))
        need = expect["_sum"].get("eq", expect["_sum"].get("min", 0))
        if need > total:
            out["other_reason"] = need - total
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command")
    ap.add_argument("capture")
    ap.add_argument("-s", dest="sigs")
    ap.add_argument("-o", dest="out")
    ap.add_argument("--workers")
    ap.add_argument("--no-progress", action="store_true")
    ap.add_argument("--stats-json")
    ap.add_argument("--set", action="append", default=[])
    a = ap.parse_args()
    case_dir = os.path.dirname(a.sigs)
    expected = json.load(open(os.path.join(case_dir, "expected.json"), encoding="utf-8"))
    # The runner always turns alert.context on (its field and excerpt checks read it).
    if "outputs.eve.alert_context=true" not in a.set:
        print("fake_tapwatch.py: the runner did not set outputs.eve.alert_context=true", file=sys.stderr)
        return 2
    case_sets = [x for x in a.set if x != "outputs.eve.alert_context=true"]
    if case_sets != expected.get("set", []):   # the runner must hand the case's config overrides on
        print(f"fake_tapwatch.py: --set {case_sets} but the case asks for {expected.get('set', [])}", file=sys.stderr)
        return 2
    m = os.environ.get("FAKE_TAPWATCH_MUTATION", "")
    if a.capture == "-":
        sys.stdin.buffer.read()

    flow_ids = {}
    lines = []
    for e in expected["alerts"]:
        meta = expected["signature_meta"][str(e["signature_id"])]
        fid = flow_ids.setdefault(e["flow"], 1000 + len(flow_ids))
        rec = {"timestamp": e["time_window"][0], "event_type": "alert", "host": "tap-01",
               "flow_id": 1 if m == "flow_id_shared" else fid,
               "src_ip": e["src_ip"], "src_port": e["src_port"], "dest_ip": e["dest_ip"], "dest_port": e["dest_port"],
               "proto": e["proto"], "direction": e["direction"],
               "alert": {"action": "allowed", "gid": 1, "signature_id": e["signature_id"], "rev": meta["rev"],
                         "signature": meta["signature"], "category": meta["category"],
                         "severity": meta["severity"],
                         "context": {"field": e.get("field", "stream"), "excerpt": "..." + e["excerpt_contains"]}},
               "payload_printable": "..." + e["excerpt_contains"]}
        if e["vlan"]:
            rec["vlan"] = e["vlan"]
        if "app_proto" in e:
            rec["app_proto"] = e["app_proto"]
        for obj, keys in (e.get("context") or {}).items():
            rec[obj] = json.loads(json.dumps(keys))
        if "dns" in rec:  # EVE dns version 3: the question name is under queries
            rec["dns"] = {"version": 3, "type": "request", "queries": [{"rrname": rec["dns"].get("rrname")}]}
        lines.append(rec)
    if lines:
        first = lines[0]
        if m == "drop_alert":
            lines.pop(0)
        elif m == "extra_alert":
            lines.append(dict(first, alert=dict(first["alert"], signature_id=2100007)))
        elif m == "wrong_direction":
            first["direction"] = "to_client" if first["direction"] == "to_server" else "to_server"
        elif m == "excerpt":
            first["alert"]["context"]["excerpt"] = "something else"
        elif m == "timestamp_wallclock":
            first["timestamp"] = "2031-01-01T00:00:00.000000+0000"
        elif m == "severity":
            first["alert"]["severity"] += 1
        elif m == "vlan_missing":
            first.pop("vlan", None)
        elif m == "no_flow_id":
            del first["flow_id"]
        elif m == "field":
            first["alert"]["context"]["field"] = "stream"
        elif m == "app_proto":
            first.pop("app_proto", None)
        elif m == "context_swap":
            # Two alerts of one signature on one connection trade their protocol context
            # (a parser that paired responses with the wrong request).
            key = lambda r: (r["alert"]["signature_id"], r["src_port"])  # noqa: E731
            same = next(g for g in ([r for r in lines if key(r) == key(x)] for x in lines) if len(g) > 1)
            for k in ("http", "smtp", "email", "dns", "tls"):
                if k in same[0] or k in same[1]:
                    same[0][k], same[1][k] = same[1].get(k), same[0].get(k)
        elif m == "context_missing":
            for k in ("http", "smtp", "email", "dns", "tls"):
                first.pop(k, None)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines)
    if m == "bad_json":
        text += "{not json\n"
    if expected["exit"]["codes"][0] == 0 or lines:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(text)

    stats = statsFrom(expected["stats"])
    if m == "stats_packets":
        stats["packets"] += 1
    if m == "decode_errors_missing":
        stats["decode_errors"] = {}
    if m == "protocols_missing":
        stats["protocols"] = {}
    if m != "no_stats" and expected["stats"]:
        with open(a.stats_json, "w") as fh:
            json.dump(stats, fh)
    if expected["exit"].get("stderr_regex") and m != "quiet":
        print(f"tapwatch: {a.capture}: truncated dump file; capture.pcap", file=sys.stderr)
    return 3 if m == "exit_code" else expected["exit"]["codes"][0]


if __name__ == "__main__":
    sys.exit(main())
