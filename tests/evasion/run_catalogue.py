#!/usr/bin/env python3
"""Runs `tapwatch scan` on every case of the HTTP evasion catalogue and measures
what the sensor shows signatures.

Each case is one TCP connection of its class's pcap (catalogue.json names it by
client address and port). The runner cuts that connection out into its own
pcap and scans it alone, so alerts and counters belong to that case. A case
passes when
  body seen:        exactly one alert, from the signature of the case's field
                    (http.response_body or http.request_body), on that field, and
  anomaly counted:  every reason the case lists has
                    tapwatch_protocol_anomalies_total{reason} >= 1.
It prints a table per class and exits 1 when the pass ratio is below
--min-pass-ratio (2 when the sensor could not be run at all). The last column,
"extra anomalies", counts cases where an HTTP reason the case does not list was
counted too: information for the parser's author, not a failure.

  run_catalogue.py --tapwatch build/sensor/main/tapwatch
  run_catalogue.py --tapwatch BIN --class chunk_lines -v     one class, list its failures
  run_catalogue.py --tapwatch BIN --json results.json       per-case results for a report
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ANOMALY_KEY = re.compile(r'^(?:tapwatch_)?protocol_anomalies_total\{(?:reason=)?"?([A-Za-z0-9_]+)"?\}$')


# ------------------------------------------------------------------ pcap cutting

def readPcap(path):
    """-> (global header bytes, endianness prefix, [(record header, frame)])"""
    data = open(path, "rb").read()
    magic = struct.unpack("<I", data[:4])[0]
    if magic in (0xA1B2C3D4, 0xA1B23C4D):
        e = "<"
    elif magic in (0xD4C3B2A1, 0x4D3CB2A1):
        e = ">"
    else:
        raise ValueError(f"{path}: not a classic pcap")
    records, pos = [], 24
    while pos + 16 <= len(data):
        incl = struct.unpack(e + "I", data[pos + 8:pos + 12])[0]
        records.append((data[pos:pos + 16], data[pos + 16:pos + 16 + incl]))
        pos += 16 + incl
    return data[:24], records


def endpoints(frame):
    """((src ip, port), (dst ip, port)) of an Ethernet/IPv4/TCP frame, else None."""
    if len(frame) < 34 or frame[12:14] != b"\x08\x00" or frame[23] != 6:
        return None
    ihl = (frame[14] & 0x0F) * 4
    sport, dport = struct.unpack("!HH", frame[14 + ihl:18 + ihl])
    ip = lambda b: ".".join(str(x) for x in b)  # noqa: E731
    return (ip(frame[26:30]), sport), (ip(frame[30:34]), dport)


def cutCase(pcap_cache, root, case):
    header, records = pcap_cache(os.path.join(root, case["pcap"]))
    want = {(tuple(case["client"]), tuple(case["server"])), (tuple(case["server"]), tuple(case["client"]))}
    out = bytearray(header)
    n = 0
    for rh, frame in records:
        if endpoints(frame) in want:
            out += rh + frame
            n += 1
    if n != case["frames"]:
        raise ValueError(f"{case['id']}: found {n} frames of its connection, the catalogue says {case['frames']}")
    return bytes(out)


# ------------------------------------------------------------------ one case

def anomalyCounts(stats):
    counts = {}
    for key, value in (stats.get("protocols") or {}).items():
        m = ANOMALY_KEY.match(key)
        if m:
            counts[m.group(1)] = counts.get(m.group(1), 0) + int(value)
    return counts


def alertField(alert):
    return alert.get("field") or (alert.get("context") or {}).get("field")


def runCase(args, signatures, pcap_cache, root, case, tmp):
    base = os.path.join(tmp, case["id"].replace("/", "__"))
    pcap, eve, stats_path = base + ".pcap", base + ".eve.json", base + ".stats.json"
    with open(pcap, "wb") as fh:
        fh.write(cutCase(pcap_cache, root, case))
    # alert.context carries the matched field (off by default: Suricata's schema has no such key).
    cmd = [args.tapwatch, "scan", "--no-progress", "--workers", "1", "-s", signatures, "-o", eve,
           "--stats-json", stats_path, "--types", "alert", "--set", "outputs.eve.alert_context=true", pcap]
    r = {"id": case["id"], "class": case["class"], "problems": []}
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        r.update(body_seen=False, anomaly_counted=False, passed=False, problems=[f"could not run the sensor: {e}"])
        return r
    if p.returncode != 0:
        r["problems"].append(f"tapwatch scan exited {p.returncode}: {p.stderr.strip()[:200]}")
    if not os.path.exists(stats_path):
        r["problems"].append("no --stats-json written")
    alerts = []
    if os.path.exists(eve):
        for line in open(eve, encoding="utf-8", errors="replace"):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                r["problems"].append("EVE line is not JSON")
                continue
            if rec.get("event_type") == "alert":
                alerts.append(rec)
    stats = {}
    if os.path.exists(stats_path):
        try:
            stats = json.load(open(stats_path))
        except ValueError:
            r["problems"].append("--stats-json is not JSON")
    counts = anomalyCounts(stats)
    broken = list(r["problems"])  # the run itself went wrong: exit code, missing or broken output
    # Body seen: one alert, the case's signature on the case's field, in the right direction.
    want_src = case["server"] if case["field"] == "http.response_body" else case["client"]
    good = [a for a in alerts if a.get("alert", {}).get("signature_id") == case["signature_id"] and
            alertField(a.get("alert", {})) == case["field"] and
            [a.get("src_ip"), a.get("src_port")] == list(want_src)]
    r["alerts"] = len(alerts)
    r["body_seen"] = len(alerts) == 1 and len(good) == 1
    if not r["body_seen"]:
        seen = ", ".join(f"{a.get('alert', {}).get('signature_id')}@{alertField(a.get('alert', {}))}"
                         for a in alerts) or "none"
        r["problems"].append(f"expected one {case['field']} alert, got {len(alerts)} ({seen})")
    missing = [x for x in case["anomalies"] if counts.get(x, 0) < 1]
    r["anomaly_counted"] = not missing
    if missing:
        r["problems"].append("not counted: " + ", ".join(missing))
    r["http_anomalies"] = {k: v for k, v in counts.items() if k.startswith("http_")}
    # Informational, not part of passing: HTTP reasons counted that the case does not list.
    r["extra_anomalies"] = sorted(set(r["http_anomalies"]) - set(case["anomalies"]))
    # A run that exited badly or wrote broken output fails whatever it alerted.
    r["passed"] = r["body_seen"] and r["anomaly_counted"] and not broken
    return r


# ------------------------------------------------------------------ report

def table(results, classes):
    by = collections.OrderedDict((c, []) for c in classes)
    for r in results:
        by.setdefault(r["class"], []).append(r)
    rows = [("class", "cases", "body seen", "anomaly counted", "passed", "ratio", "extra anomalies")]
    tot = [0, 0, 0, 0, 0]
    for cls, rs in by.items():
        if not rs:
            continue
        n, b, a, p = len(rs), sum(r["body_seen"] for r in rs), sum(r["anomaly_counted"] for r in rs), \
            sum(r["passed"] for r in rs)
        x = sum(bool(r["extra_anomalies"]) for r in rs)
        tot = [tot[0] + n, tot[1] + b, tot[2] + a, tot[3] + p, tot[4] + x]
        rows.append((cls, str(n), str(b), str(a), str(p), f"{p / n:.3f}", str(x)))
    rows.append(("total", str(tot[0]), str(tot[1]), str(tot[2]), str(tot[3]),
                 f"{tot[3] / tot[0]:.3f}" if tot[0] else "-", str(tot[4])))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for i, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(row, widths))))
        if i == 0 or i == len(rows) - 2:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines), tot


def reasonTable(results, cases):
    listed, counted = collections.Counter(), collections.Counter()
    for r, c in zip(results, cases):
        for reason in c["anomalies"]:
            listed[reason] += 1
            counted[reason] += r["http_anomalies"].get(reason, 0) > 0
    width = max([len("reason")] + [len(x) for x in listed])
    lines = [f"{'reason'.ljust(width)}  listed  counted", f"{'-' * width}  ------  -------"]
    lines += [f"{x.ljust(width)}  {listed[x]:6}  {counted[x]:7}" for x in sorted(listed)]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tapwatch", required=True, help="the tapwatch binary")
    ap.add_argument("--catalogue", default=os.path.join(HERE, "catalogue.json"))
    ap.add_argument("--signatures", help="signature file (default: the catalogue's signatures.yaml)")
    ap.add_argument("--min-pass-ratio", type=float, default=1.0,
                    help="fail below this share of passing cases (default 1.0: every case)")
    ap.add_argument("--class", dest="classes", action="append", help="only this class (repeatable)")
    ap.add_argument("--case", action="append", help="only case ids containing this text (repeatable)")
    ap.add_argument("--jobs", type=int, default=2, help="scans in parallel (default 2)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failing case and why")
    ap.add_argument("--json", help="write per-case results here")
    ap.add_argument("--by-reason", action="store_true",
                    help="also print, per anomaly reason, how many cases list it and how many counted it")
    args = ap.parse_args()

    if not os.access(args.tapwatch, os.X_OK):
        print(f"run_catalogue: {args.tapwatch} is not an executable", file=sys.stderr)
        return 2
    manifest = json.load(open(args.catalogue, encoding="utf-8"))
    root = os.path.dirname(os.path.abspath(args.catalogue))
    signatures = args.signatures or os.path.join(root, manifest["signatures"])
    cases = [c for c in manifest["cases"] if (not args.classes or c["class"] in args.classes) and
             (not args.case or any(t in c["id"] for t in args.case))]
    if not cases:
        print("run_catalogue: no case selected", file=sys.stderr)
        return 2
    cache = {}

    def pcapCache(path):
        if path not in cache:
            cache[path] = readPcap(path)
        return cache[path]

    for c in cases:  # read each pcap once, before the threads
        pcapCache(os.path.join(root, c["pcap"]))
    with tempfile.TemporaryDirectory(prefix="tapwatch-evasion-run-") as tmp:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(lambda c: runCase(args, signatures, pcapCache, root, c, tmp), cases))
    if any(all("could not run the sensor" in p for p in r["problems"]) and r["problems"] for r in results):
        print("run_catalogue: the sensor could not be run:", file=sys.stderr)
        print("  " + next(r["problems"][0] for r in results if r["problems"]), file=sys.stderr)
        return 2

    text, tot = table(results, [c["name"] for c in manifest["classes"]])
    print(text)
    if args.by_reason:
        print("\n" + reasonTable(results, cases))
    failing = [r for r in results if not r["passed"]]
    shown = failing if args.verbose else failing[:25]
    if shown:
        print(f"\nfailing cases{'' if args.verbose else ' (first 25; -v for all)'}:")
        for r in shown:
            print(f"  {r['id']}: {'; '.join(r['problems'])}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=1, ensure_ascii=False)
    ratio = tot[3] / tot[0]
    verdict = "PASS" if ratio >= args.min_pass_ratio else "FAIL"
    print(f"\n{verdict}: {tot[3]}/{tot[0]} cases pass (ratio {ratio:.4f}, required {args.min_pass_ratio})")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
