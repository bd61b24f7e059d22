#!/usr/bin/env python3
"""Runs `tapwatch scan` on one golden case and compares the result with expected.json.

  run_case.py --tapwatch build/sensor/main/tapwatch tests/cases/tcp_simple [--workers 1,2] [--keep DIR]

For each worker count (default 1 and 2), and once more reading the capture from
stdin when the case asks for it, it checks:
  - the exit code (and stderr text when the case names one);
  (with the case's "set" list passed as `--set KEY=VALUE` config overrides)
  - the multiset of alerts on (signature_id, src_ip, src_port, dest_ip, dest_port,
    proto, direction, vlan): nothing missing, nothing extra;
  - every alert line has the EVE alert keys and types, the signature's
    rev/name/category/severity, an excerpt containing the end of the match, a
    timestamp inside the capture-time window where the match became possible,
    and flow_ids that are equal within a flow and distinct between flows;
  - for protocol alerts (expected entries that name them): alert.context.field (the run turns
    outputs.eve.alert_context on), app_proto
    and the alert's context objects (http.hostname/url/http_method/
    status, smtp.mail_from/rcpt_to, email.subject, dns.rrname, tls.sni), each
    listed key equal to the expected value;
  - the --stats-json counters (eq/min/max; absent keys count as 0; "_sum" adds
    up an object such as decode_errors). Required when the exit code is 0,
    checked when present otherwise.
Prints a clear diff on failure and exits 1. Python 3 standard library only.
"""
import argparse
import datetime
import ipaddress
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from collections import Counter as Multiset

EVE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}[+-]\d{4}$")
KEY_FIELDS = ("signature_id", "src_ip", "src_port", "dest_ip", "dest_port", "proto", "direction", "vlan")


def normIp(text):
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return f"<invalid {text!r}>"


def alertKey(a):
    return (a["signature_id"], normIp(a["src_ip"]), a["src_port"], normIp(a["dest_ip"]), a["dest_port"],
            a["proto"], a["direction"], tuple(a.get("vlan") or ()))


def showKey(k):
    sid, sip, sport, dip, dport, proto, direction, vlan = k
    vl = f" vlan={list(vlan)}" if vlan else ""
    return f"sid {sid} {proto} {sip}:{sport} -> {dip}:{dport} {direction}{vl}"


def parseTime(text):
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%f%z")


def eveProblems(a, meta):
    """Structural checks of one EVE alert line: required keys, their types, the alert object."""
    out = []
    for k, t in (("timestamp", str), ("event_type", str), ("flow_id", int), ("src_ip", str), ("src_port", int),
                 ("dest_ip", str), ("dest_port", int), ("proto", str), ("direction", str), ("alert", dict)):
        if not isinstance(a.get(k), t) or isinstance(a.get(k), bool):
            out.append(f"key {k!r} missing or not a {t.__name__}: {a.get(k)!r}")
    if out:
        return out
    if not EVE_TIME.match(a["timestamp"]):
        out.append(f"timestamp {a['timestamp']!r} is not like 2020-05-26T10:00:00.000500+0000")
    if a["direction"] not in ("to_server", "to_client"):
        out.append(f"direction {a['direction']!r}")
    if "vlan" in a and not (isinstance(a["vlan"], list) and all(isinstance(v, int) for v in a["vlan"])):
        out.append(f"vlan {a['vlan']!r} is not a list of ids")
    al = a["alert"]
    for k, t in (("signature_id", int), ("rev", int), ("signature", str), ("category", str), ("severity", int)):
        if not isinstance(al.get(k), t):
            out.append(f"key 'alert.{k}' missing or not a {t.__name__}: {al.get(k)!r}")
    # The run sets outputs.eve.alert_context, so the matched field and excerpt are in alert.context.
    ctx = al.get("context")
    for k in ("field", "excerpt"):
        if not isinstance(ctx, dict) or not isinstance(ctx.get(k), str):
            out.append(f"key 'alert.context.{k}' missing or not a str: {ctx!r}")
    m = meta.get(str(al.get("signature_id")))
    if m:
        for k in ("rev", "signature", "category", "severity"):
            if al.get(k) != m[k]:
                out.append(f"alert.{k} is {al.get(k)!r}, the signature says {m[k]!r}")
    return out


def contextProblems(expected, alert):
    """The protocol keys an expected alert lists: alert.field, app_proto and the context objects."""
    out = []
    field = alert["alert"]["context"].get("field")
    if "field" in expected and field != expected["field"]:
        out.append(f"alert.context.field is {field!r}, expected {expected['field']!r}")
    if "app_proto" in expected and alert.get("app_proto") != expected["app_proto"]:
        out.append(f"app_proto is {alert.get('app_proto')!r}, expected {expected['app_proto']!r}")
    for obj, keys in (expected.get("context") or {}).items():
        have = alert.get(obj)
        if obj == "dns" and isinstance(have, dict):
            # EVE dns version 3 keeps the question name under queries.
            have = dict(have, rrname=(have.get("queries") or [{}])[0].get("rrname", "<absent>"))
        for key, want in keys.items():
            got = have.get(key, "<absent>") if isinstance(have, dict) else "<absent>"
            if got != want:
                out.append(f"{obj}.{key} is {got!r}, expected {want!r}")
    return out


def checkStats(expect, actual, path, problems):
    for key, want in expect.items():
        where = f"{path}.{key}" if path else key
        if key == "_sum":
            value = sum(v for v in actual.values() if isinstance(v, int)) if isinstance(actual, dict) else 0
        else:
            value = actual.get(key, 0) if isinstance(actual, dict) else 0
        if isinstance(want, dict) and want and set(want) <= {"eq", "min", "max"}:
            if not isinstance(value, int) or isinstance(value, bool):
                problems.append(f"stats {where}: expected a number, got {value!r}")
                continue
            if "eq" in want and value != want["eq"]:
                problems.append(f"stats {where} = {value}, expected {want['eq']}")
            if "min" in want and value < want["min"]:
                problems.append(f"stats {where} = {value}, expected at least {want['min']}")
            if "max" in want and value > want["max"]:
                problems.append(f"stats {where} = {value}, expected at most {want['max']}")
        else:
            checkStats(want, value if isinstance(value, dict) else {}, where, problems)


def runOnce(tapwatch, case_dir, expected, workers, stdin, work, timeout):
    capture = os.path.join(case_dir, expected["capture"])
    out_path = os.path.join(work, "eve.json")
    stats_path = os.path.join(work, "stats.json")
    for p in (out_path, stats_path):
        if os.path.exists(p):
            os.remove(p)
    cmd = [tapwatch, "scan", "-" if stdin else capture, "-s", os.path.join(case_dir, expected["signatures"]),
           "-o", out_path, "--workers", str(workers), "--no-progress", "--stats-json", stats_path,
           "--set", "outputs.eve.alert_context=true"]
    for override in expected.get("set", []):   # per-case config, e.g. host_os_policy networks
        cmd += ["--set", override]
    problems = []
    try:
        with open(capture, "rb") if stdin else open(os.devnull, "rb") as fin:
            proc = subprocess.run(cmd, stdin=fin, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [f"timed out after {timeout}s: {' '.join(cmd)}"], cmd, ""
    except OSError as e:
        return [f"cannot run {tapwatch}: {e}"], cmd, ""
    stderr = proc.stderr.decode("utf-8", "replace")

    ex = expected["exit"]
    if proc.returncode < 0:
        try:
            sig = signal.Signals(-proc.returncode).name
        except ValueError:
            sig = f"signal {-proc.returncode}"
        problems.append(f"CRASHED: killed by {sig}; expected exit code one of {ex['codes']}")
    elif proc.returncode not in ex["codes"]:
        problems.append(f"exit code {proc.returncode}, expected one of {ex['codes']}")
    if ex.get("stderr_regex") and not re.search(ex["stderr_regex"], stderr):
        problems.append(f"stderr does not match /{ex['stderr_regex']}/")

    # Alerts.
    got = []
    if os.path.exists(out_path):
        with open(out_path, "rb") as fh:
            for n, raw in enumerate(fh.read().splitlines(), 1):
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError) as e:
                    problems.append(f"output line {n} is not UTF-8 JSON ({e}): {raw[:200]!r}")
                    continue
                if not isinstance(obj, dict):
                    problems.append(f"output line {n} is not a JSON object")
                elif obj.get("event_type") == "alert":
                    got.append((n, obj))
    elif expected["alerts"] or proc.returncode == 0:
        problems.append("no output file written (-o)")

    meta = expected["signature_meta"]
    usable = []
    for n, a in got:
        bad = eveProblems(a, meta)
        if bad:
            problems += [f"output line {n}: {b}" for b in bad]
        else:
            flat = dict(a)
            flat["signature_id"] = a["alert"]["signature_id"]
            usable.append((n, flat))

    want = Multiset(alertKey(e) for e in expected["alerts"])
    have = Multiset(alertKey(a) for _, a in usable)
    for k in sorted((want - have).elements()):
        problems.append(f"MISSING alert    {showKey(k)}")
    for k in sorted((have - want).elements()):
        lines = [n for n, a in usable if alertKey(a) == k]
        problems.append(f"UNEXPECTED alert {showKey(k)} (output line {lines[0]})")

    # Details of the alerts that matched an expectation. Alerts with the same key (two
    # flows on one 5-tuple, one after the other) are paired in time order.
    by_key = {}
    for n, a in usable:
        by_key.setdefault(alertKey(a), []).append((n, a))
    for group in by_key.values():
        group.sort(key=lambda na: na[1]["timestamp"])
    flow_ids = {}
    for e in sorted(expected["alerts"], key=lambda e: e["time_window"][0]):
        k = alertKey(e)
        if not by_key.get(k):
            continue
        n, a = by_key[k].pop(0)
        excerpt = a["alert"]["context"]["excerpt"]
        if e["excerpt_contains"] not in excerpt:
            problems.append(f"output line {n} ({showKey(k)}): excerpt {excerpt!r} does not contain "
                            f"{e['excerpt_contains']!r}")
        problems += [f"output line {n} ({showKey(k)}): {p}" for p in contextProblems(e, a)]
        lo, hi = (parseTime(t) for t in e["time_window"])
        if EVE_TIME.match(a["timestamp"]) and not lo <= parseTime(a["timestamp"]) <= hi:
            problems.append(f"output line {n} ({showKey(k)}): timestamp {a['timestamp']} outside the capture "
                            f"window {e['time_window'][0]} .. {e['time_window'][1]}")
        flow_ids.setdefault(e["flow"], set()).add(a["flow_id"])
    owners = {}
    for flow, ids in flow_ids.items():
        if len(ids) > 1:
            problems.append(f"alerts of one flow ({flow}) carry different flow_ids {sorted(ids)}")
        for i in ids:
            owners.setdefault(i, set()).add(flow)
    for i, flows in owners.items():
        if len(flows) > 1:
            problems.append(f"flow_id {i} is shared by different flows: {sorted(flows)}")

    # Statistics.
    if os.path.exists(stats_path):
        try:
            with open(stats_path, encoding="utf-8") as fh:
                stats = json.load(fh)
            checkStats(expected["stats"], stats, "", problems)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            problems.append(f"--stats-json file is not JSON: {e}")
    elif proc.returncode == 0 and expected["stats"]:
        problems.append("no --stats-json file written")
    return problems, cmd, stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("case_dir")
    ap.add_argument("--tapwatch", required=True, help="path to the tapwatch binary")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per scan")
    ap.add_argument("--keep", help="keep outputs in this directory instead of a temporary one")
    ap.add_argument("--skip-if-missing", action="store_true",
                    help="exit 77 (ctest SKIP_RETURN_CODE) when the binary does not exist yet")
    args = ap.parse_args()

    case_dir = os.path.abspath(args.case_dir)
    name = os.path.basename(case_dir.rstrip("/"))
    with open(os.path.join(case_dir, "expected.json"), encoding="utf-8") as fh:
        expected = json.load(fh)
    if args.skip_if_missing and not os.path.exists(args.tapwatch):
        print(f"{name}: skipped, {args.tapwatch} is not built")
        return 77
    if not os.access(args.tapwatch, os.X_OK):
        print(f"{name}: tapwatch binary not found or not executable: {args.tapwatch}")
        return 1

    runs = [(int(w), False) for w in args.workers.split(",")]
    if expected.get("also_stdin"):
        runs.append((1, True))
    failed = 0
    for workers, stdin in runs:
        label = f"workers={workers}" + (", capture on stdin" if stdin else "")
        if args.keep:
            work = os.path.join(args.keep, name, f"w{workers}{'-stdin' if stdin else ''}")
            os.makedirs(work, exist_ok=True)
            problems, cmd, stderr = runOnce(args.tapwatch, case_dir, expected, workers, stdin, work, args.timeout)
        else:
            with tempfile.TemporaryDirectory(prefix=f"tapwatch-case-{name}-") as work:
                problems, cmd, stderr = runOnce(args.tapwatch, case_dir, expected, workers, stdin, work, args.timeout)
        if problems:
            failed += 1
            print(f"FAIL {name} [{label}]")
            print(f"  case: {expected['description']}")
            print(f"  command: {' '.join(cmd)}{' < capture' if stdin else ''}")
            for p in problems:
                print(f"  - {p}")
            tail = stderr.strip().splitlines()[-15:]
            if tail:
                print("  stderr (last lines):")
                print("\n".join(f"    | {line}" for line in tail))
        else:
            print(f"ok   {name} [{label}]: {len(expected['alerts'])} alert(s) as expected")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
