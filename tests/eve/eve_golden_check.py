#!/usr/bin/env python3
"""Every EVE record of every golden case validates against Suricata's schema.

Runs `tapwatch scan` with every event type on each tests/cases/*/ capture
(twice: 1 and 2 workers), checks every record with eve_schema.py, and checks
what the schema cannot say:
  - each event type Tapwatch raises from these captures appears somewhere
    (alert, anomaly, flow, http, dns, tls, smtp, stats);
  - one flow_id per flow: all records of a flow_id share one community_id and
    one address pair, each flow has one flow record, and the ids do not
    depend on the number of workers;
  - every fileinfo record belongs to a transaction record of its flow (same
    flow_id and tx_id, as Suricata links them), and says CLOSED with a sha256
    or TRUNCATED without one;
  - the stats record matches the scan's own counters (--stats-json), which
    come from the same visitors as Prometheus.
Usage: eve_golden_check.py TAPWATCH CASES_DIR
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eve_schema import recordProblems  # noqa: E402

REQUIRED_TYPES = {"alert", "anomaly", "flow", "http", "dns", "tls", "smtp", "fileinfo", "stats"}


def scan(tapwatch, case_dir, spec, workers, work):
    out = os.path.join(work, f"eve{workers}.json")
    stats = os.path.join(work, f"stats{workers}.json")
    capture = os.path.join(case_dir, spec["capture"])
    cmd = [tapwatch, "scan", capture, "-s", os.path.join(case_dir, spec["signatures"]), "-o", out, "--workers",
           str(workers), "--no-progress", "--stats-json", stats,
           "--types", "alert,anomaly,flow,http,dns,tls,quic,smtp,fileinfo,stats"]
    proc = subprocess.run(cmd, capture_output=True, timeout=300)
    records = []
    if os.path.exists(out):
        with open(out, encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
    summary = None
    if os.path.exists(stats):
        with open(stats, encoding="utf-8") as fh:
            summary = json.load(fh)
    return proc.returncode, records, summary


def flowProblems(records):
    problems = []
    by_id = {}
    flow_records = {}
    for r in records:
        if "flow_id" not in r:
            continue
        ends = tuple(sorted([(r.get("src_ip"), r.get("src_port")), (r.get("dest_ip"), r.get("dest_port"))]))
        key = (r.get("community_id"), ends, r.get("proto"))
        by_id.setdefault(r["flow_id"], set()).add(key)
        if r["event_type"] == "flow":
            flow_records[r["flow_id"]] = flow_records.get(r["flow_id"], 0) + 1
    for fid, keys in by_id.items():
        if len(keys) > 1:
            problems.append(f"flow_id {fid} is shared by different flows or community ids: {sorted(map(str, keys))}")
    for fid, n in flow_records.items():
        if n != 1:
            problems.append(f"flow_id {fid} has {n} flow records")
    return problems


def fileinfoProblems(records):
    problems = []
    txs = {(r.get("flow_id"), r.get("tx_id")) for r in records if r.get("event_type") in ("http", "smtp")}
    for r in records:
        if r.get("event_type") != "fileinfo":
            continue
        f = r.get("fileinfo", {})
        if (r.get("flow_id"), r.get("tx_id")) not in txs:
            problems.append(f"fileinfo {f.get('filename')!r}: no http/smtp record with flow_id {r.get('flow_id')} "
                            f"tx_id {r.get('tx_id')}")
        if f.get("tx_id") != r.get("tx_id"):
            problems.append(f"fileinfo {f.get('filename')!r}: fileinfo.tx_id differs from the record's")
        if (f.get("state") == "CLOSED") != ("sha256" in f):
            problems.append(f"fileinfo {f.get('filename')!r}: state {f.get('state')} with sha256 {'sha256' in f}")
    return problems


def statsProblems(records, summary):
    stats = [r for r in records if r.get("event_type") == "stats"]
    if not stats or summary is None:
        return ["no stats record" if not stats else "no --stats-json summary"]
    s = stats[-1]["stats"]
    want = {
        ("decoder", "pkts"): summary.get("packets", 0),
        ("decoder", "bytes"): summary.get("bytes", 0),
        ("decoder", "invalid"): sum(summary.get("decode_errors", {}).values()),
        ("flow", "total"): summary.get("flows", 0),
        ("detect", "alert"): summary.get("alerts", 0),
        ("tcp", "reassembly_gap"): summary.get("stream_gaps", 0),
        ("app_layer", "tx", "http"): summary.get("protocols", {}).get("protocol_transactions_total{http}", 0),
        ("app_layer", "tx", "smtp"): summary.get("protocols", {}).get("protocol_transactions_total{smtp}", 0),
    }
    problems = []
    for path, value in want.items():
        got = s
        for p in path:
            got = got.get(p, {}) if isinstance(got, dict) else {}
        if got != value:
            problems.append(f"stats.{'.'.join(path)} = {got!r}, the scan counted {value}")
    return problems


def main():
    tapwatch, cases_dir = sys.argv[1], sys.argv[2]
    problems = []
    seen = {}
    total = 0
    with tempfile.TemporaryDirectory(prefix="tw-eve-") as work:
        for expected in sorted(glob.glob(os.path.join(cases_dir, "*", "expected.json"))):
            case_dir = os.path.dirname(expected)
            name = os.path.basename(case_dir)
            with open(expected, encoding="utf-8") as fh:
                spec = json.load(fh)
            if 0 not in spec["exit"]["codes"]:
                continue  # cases about refusing input
            ids = {}
            for workers in (1, 2):
                rc, records, summary = scan(tapwatch, case_dir, spec, workers, work)
                if rc != 0:
                    problems.append(f"{name}: scan exited {rc}")
                    continue
                total += len(records)
                for n, r in enumerate(records, 1):
                    problems += [f"{name} (workers={workers}) record {n} ({r.get('event_type')}): {p}"
                                 for p in recordProblems(r)]
                    seen[r.get("event_type")] = seen.get(r.get("event_type"), 0) + 1
                problems += [f"{name} (workers={workers}): {p}" for p in flowProblems(records)]
                problems += [f"{name} (workers={workers}): {p}" for p in fileinfoProblems(records)]
                problems += [f"{name} (workers={workers}): {p}" for p in statsProblems(records, summary)]
                ids[workers] = sorted(r["flow_id"] for r in records if r.get("event_type") == "flow")
            if len(ids) == 2 and ids[1] != ids[2]:
                problems.append(f"{name}: flow ids differ between 1 and 2 workers")
    for t in sorted(REQUIRED_TYPES - set(seen)):
        problems.append(f"no {t} record in any golden case")
    print(f"{total} records checked; by type: {json.dumps(dict(sorted(seen.items())))}")
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
