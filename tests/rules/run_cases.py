#!/usr/bin/env python3
"""Runs `tapwatch scan` on every Suricata rule semantics case and compares the alerts
per sid with expected.json (tests/rules/README.md).

For each case directory cases/<split>/<case>/ it runs
  tapwatch scan traffic.pcap -s case.rules --types alert -o - --no-progress
           [--set vars.NAME=VALUE ...]      (VALUE: the expected.json value as JSON)
and counts EVE alert records by alert.signature_id. A case passes when every sid
alerts exactly as often as expected.json says, no other sid alerts, and every alert
of a sid listed in "alert_fields" carries those alert.<key> values (category,
severity, metadata ...).

A case whose scan exits non-zero (a rule refused, a keyword not supported yet)
just fails. A crash (killed by a signal, a sanitizer report, a hang past
--timeout) or output that is not EVE JSON makes the whole run fail whatever
--min says: the yardstick must never hide a broken sensor.

  run_cases.py --tapwatch build/sensor/main/tapwatch                  dev split, bar 1.0
  run_cases.py --tapwatch BIN --split heldout --min 0.9
  run_cases.py --tapwatch BIN --split all -v                          list every failure
  run_cases.py --tapwatch BIN --case flowbits -v                      cases whose name contains this
  run_cases.py --tapwatch BIN --json results.json                     per-case results

Exit: 0 pass ratio >= --min and no crash; 1 below --min or a crash / unreadable output;
2 usage error (binary or cases missing).
"""
import argparse
import collections
import concurrent.futures
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLITS = ("dev", "heldout")
SANITIZER_MARKS = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer", "runtime error:")

Result = collections.namedtuple("Result", "split name cls status expected got detail")
# status: pass | fail (wrong counts or scan refused the rules) | crash (signal, sanitizer, hang, unreadable output)


def loadCases(root, splits, name_filter):
    cases = []
    for split in splits:
        base = os.path.join(root, split)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            d = os.path.join(base, name)
            if name_filter and name_filter not in name:
                continue
            if os.path.isfile(os.path.join(d, "expected.json")):
                with open(os.path.join(d, "expected.json")) as fh:
                    cases.append((split, name, d, json.load(fh)))
    return cases


def scanCommand(binary, case_dir, expected):
    cmd = [binary, "scan", os.path.join(case_dir, "traffic.pcap"), "-s", os.path.join(case_dir, "case.rules"),
           "--types", "alert", "-o", "-", "--no-progress"]
    for name, value in sorted(expected.get("vars", {}).items()):
        # JSON is YAML: a list stays a list, a string like "!$HOME_NET" stays a quoted string.
        cmd += ["--set", f"vars.{name}={json.dumps(value)}"]
    if expected.get("workers"):
        cmd += ["--workers", str(int(expected["workers"]))]
    return cmd


def countAlerts(stdout, fields=None, wrong_fields=None):
    """-> (Counter sid -> alerts, None) or (None, why the output is unreadable).
    fields: {sid: {key: value}} the alert records of that sid must carry; each
    mismatch is appended to wrong_fields."""
    counts = collections.Counter()
    for n, line in enumerate(stdout.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            return None, f"stdout line {n} is not JSON ({e.msg}): {line[:120]!r}"
        if not isinstance(record, dict):
            return None, f"stdout line {n} is not a JSON object"
        if record.get("event_type") != "alert":
            continue
        sid = record.get("alert", {}).get("signature_id")
        if not isinstance(sid, int):
            return None, f"stdout line {n}: alert without an integer alert.signature_id"
        counts[sid] += 1
        for key, value in (fields or {}).get(sid, {}).items():
            if record["alert"].get(key) != value:
                wrong_fields.append(f"sid {sid}: alert.{key} is {record['alert'].get(key)!r}, expected {value!r}")
    return counts, None


def firstLine(text):
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return lines[0][:200] if lines else ""


def runCase(args, split, name, case_dir, expected):
    want = {int(sid): n for sid, n in expected["alerts"].items()}
    cls = expected.get("class", "?")
    cmd = scanCommand(args.tapwatch, case_dir, expected)
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, errors="replace")
    except subprocess.TimeoutExpired:
        return Result(split, name, cls, "crash", want, {}, f"scan did not finish in {args.timeout}s")
    if proc.returncode < 0:
        return Result(split, name, cls, "crash", want, {}, f"killed by signal {-proc.returncode}")
    if any(mark in proc.stderr for mark in SANITIZER_MARKS):
        return Result(split, name, cls, "crash", want, {}, "sanitizer report: " + firstLine(
            "\n".join(ln for ln in proc.stderr.splitlines() if any(m in ln for m in SANITIZER_MARKS))))
    if proc.returncode != 0:
        return Result(split, name, cls, "fail", want, {}, f"exit {proc.returncode}: {firstLine(proc.stderr)}")
    fields = {int(sid): f for sid, f in expected.get("alert_fields", {}).items()}
    wrong_fields = []
    got, unreadable = countAlerts(proc.stdout, fields, wrong_fields)
    if unreadable:
        return Result(split, name, cls, "crash", want, {}, unreadable)
    got = dict(got)
    wrong = {sid for sid in set(want) | set(got) if want.get(sid, 0) != got.get(sid, 0)}
    if not wrong and not wrong_fields:
        return Result(split, name, cls, "pass", want, got, "")
    detail = [f"sid {sid}: expected {want.get(sid, 0)}, got {got.get(sid, 0)}" for sid in sorted(wrong)]
    detail += sorted(set(wrong_fields))
    return Result(split, name, cls, "fail", want, got, ", ".join(detail))


def classTable(results):
    """Per-class pass counts, one column per split present."""
    splits = [s for s in SPLITS if any(r.split == s for r in results)]
    by = collections.defaultdict(lambda: collections.Counter())
    for r in results:
        by[r.cls][(r.split, "n")] += 1
        by[r.cls][(r.split, "pass")] += r.status == "pass"
    width = max([len("class")] + [len(c) for c in by])
    lines = [f"{'class':{width}}  " + "  ".join(f"{s:>9}" for s in splits)]
    for cls in sorted(by):
        cells = []
        for s in splits:
            n = by[cls][(s, "n")]
            cells.append(f"{by[cls][(s, 'pass')]:>4}/{n:<4}" if n else f"{'-':>9}")
        lines.append(f"{cls:{width}}  " + "  ".join(cells))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tapwatch", required=True, help="the tapwatch binary")
    ap.add_argument("--split", choices=SPLITS + ("all",), default="dev")
    ap.add_argument("--min", type=float, default=1.0, help="lowest pass ratio that exits 0 (default 1.0)")
    ap.add_argument("--cases", default=os.path.join(HERE, "cases"), help="cases root (default: cases/ here)")
    ap.add_argument("--case", default="", help="only cases whose name contains this")
    ap.add_argument("--jobs", type=int, default=2, help="scans run in parallel (default 2)")
    ap.add_argument("--timeout", type=float, default=120, help="seconds one scan may take (default 120)")
    ap.add_argument("--json", help="write per-case results to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every case that did not pass")
    args = ap.parse_args()

    if not (os.path.isfile(args.tapwatch) and os.access(args.tapwatch, os.X_OK)):
        print(f"run_cases: {args.tapwatch}: not an executable file", file=sys.stderr)
        return 2
    splits = SPLITS if args.split == "all" else (args.split,)
    cases = loadCases(args.cases, splits, args.case)
    if not cases:
        print(f"run_cases: no cases under {args.cases} for split {args.split}"
              + (f" matching '{args.case}'" if args.case else ""), file=sys.stderr)
        return 2

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda c: runCase(args, *c), cases))

    for r in results:
        if r.status == "crash" or (args.verbose and r.status != "pass"):
            print(f"{r.status.upper():5} {r.split}/{r.name}: {r.detail}")
    print(classTable(results))
    for s in splits:
        mine = [r for r in results if r.split == s]
        if mine:
            print(f"rules.{s}: {sum(r.status == 'pass' for r in mine)}/{len(mine)} passed")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump([r._asdict() for r in results], fh, indent=1, sort_keys=True)

    crashes = [r for r in results if r.status == "crash"]
    ratio = sum(r.status == "pass" for r in results) / len(results)
    if crashes:
        print(f"run_cases: {len(crashes)} case(s) crashed the sensor or gave unreadable output", file=sys.stderr)
        return 1
    if ratio < args.min:
        print(f"run_cases: pass ratio {ratio:.3f} is below --min {args.min}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
