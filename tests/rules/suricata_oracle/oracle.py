#!/usr/bin/env python3
"""The Suricata oracle for the rule cases (tests/rules/suricata_oracle/README.md).

  oracle.py record                        run the real Suricata on every case, write verdicts.json
  oracle.py check --tapwatch BIN          tapwatch vs the recorded verdicts (no Suricata needed)
  oracle.py check --tapwatch BIN --live   the same against a fresh Suricata run (exit 77 = skipped
                                          when Suricata 7 is not installed); also fails when the
                                          fresh verdicts differ from verdicts.json
  Suricata: --suricata PATH, else $TAPWATCH_SURICATA, else suricata from PATH.
  oracle.py check ... --report            print every disagreement and the agreement figures

Two comparisons per case, each per sid:
  expectation  expected.json's count (and alert_fields) vs Suricata's
  tapwatch     tapwatch's alerts vs Suricata's: the count per sid, every alert's direction
               and flow (`sid direction proto client:port>server:port`), and the category,
               severity and metadata of each sid's first alert
A disagreement listed in known_differences.json (case, kind, and the exact values on both
sides, with the reason) is accepted; any other one fails `check`, and so does a listed one
that no longer occurs (the list must not keep stale excuses).

Exit: 0 agree (known differences aside); 1 a disagreement or stale entry; 2 usage error;
77 --live without Suricata 7 (ctest SKIP_RETURN_CODE).
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.dirname(HERE)
sys.path.insert(0, RULES)
sys.path.insert(0, HERE)
import run_cases  # noqa: E402  (tests/rules/run_cases.py: case loading and the tapwatch scan command)
import suricata_run  # noqa: E402

VERDICTS = os.path.join(HERE, "verdicts.json")
KNOWN = os.path.join(HERE, "known_differences.json")
SKIP = 77


def caseKey(split, name):
    return f"{split}/{name}"


def loadAll(cases_root, name_filter=""):
    return run_cases.loadCases(cases_root, run_cases.SPLITS, name_filter)


def runSuricata(binary, cases, jobs):
    def one(c):
        split, name, case_dir, expected = c
        return caseKey(split, name), suricata_run.runCase(binary, case_dir, expected)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(jobs, 2))) as pool:
        return dict(pool.map(one, cases))


def runTapwatch(binary, cases, jobs, timeout=120):
    def one(c):
        split, name, case_dir, expected = c
        cmd = run_cases.scanCommand(binary, case_dir, expected)
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, errors="replace")
        except subprocess.TimeoutExpired:
            return caseKey(split, name), {"alerts": {}, "events": [], "error": f"scan did not finish in {timeout}s"}
        if proc.returncode != 0:
            return caseKey(split, name), {"alerts": {}, "events": [],
                                          "error": f"exit {proc.returncode}: {run_cases.firstLine(proc.stderr)}"}
        try:
            return caseKey(split, name), suricata_run.readAlerts(proc.stdout.splitlines())
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            return caseKey(split, name), {"alerts": {}, "events": [], "error": f"unreadable EVE output: {e}"}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, min(jobs, 2))) as pool:
        return dict(pool.map(one, cases))


def sidCounts(expected):
    return {str(s): int(n) for s, n in expected["alerts"].items()}


def countsDiff(want, got, sids):
    """Per sid (all of `sids` plus any that alerted) -> {sid: [want, got]} where they differ."""
    return {s: [want.get(s, 0), got.get(s, 0)] for s in sorted(set(sids) | set(want) | set(got), key=int)
            if want.get(s, 0) != got.get(s, 0)}


def disagreements(cases, verdicts, tapwatch):
    """-> [{"case", "kind", ...values}] for every case: kind "expectation" (expected.json vs
    Suricata), "tapwatch" (counts or per-alert direction/flow vs Suricata), "missing" (no verdict)."""
    out = []
    for split, name, _case_dir, expected in cases:
        key = caseKey(split, name)
        sids = list(sidCounts(expected))
        v = verdicts.get(key)
        if v is None:
            out.append({"case": key, "kind": "missing", "detail": "no Suricata verdict: run `oracle.py record`"})
            continue
        if v.get("error"):
            out.append({"case": key, "kind": "suricata_error", "suricata": v["error"]})
            continue
        diff = countsDiff(sidCounts(expected), v["alerts"], sids)
        if diff:
            out.append({"case": key, "kind": "expectation", "sids": {s: {"expected": a, "suricata": b}
                                                                      for s, (a, b) in diff.items()}})
        for sid, want in expected.get("alert_fields", {}).items():
            got = v["fields"].get(sid, {})
            wrong = {k: {"expected": w, "suricata": got.get(k)} for k, w in sorted(want.items()) if got.get(k) != w}
            if wrong:
                out.append({"case": key, "kind": "expectation_fields", "sid": sid, "fields": wrong})
        if tapwatch is None:
            continue
        t = tapwatch[key]
        if t.get("error"):
            out.append({"case": key, "kind": "tapwatch_error", "tapwatch": t["error"]})
            continue
        diff = countsDiff(v["alerts"], t["alerts"], sids)
        if diff:
            out.append({"case": key, "kind": "tapwatch", "sids": {s: {"suricata": a, "tapwatch": b}
                                                                   for s, (a, b) in diff.items()}})
        fields = {sid: {"suricata": f, "tapwatch": t["fields"][sid]} for sid, f in sorted(v["fields"].items())
                  if sid in t.get("fields", {}) and t["fields"][sid] != f}
        if fields:
            out.append({"case": key, "kind": "tapwatch_fields", "sids": fields})
        if not diff and v["events"] != t["events"]:  # same counts: do direction and flow agree?
            only_s = sorted(set(v["events"]) - set(t["events"]))
            only_t = sorted(set(t["events"]) - set(v["events"]))
            out.append({"case": key, "kind": "tapwatch_flow", "suricata_only": only_s, "tapwatch_only": only_t})
    return out


def signature(d):
    """What must match for a known-difference entry to cover a disagreement."""
    return json.dumps({k: v for k, v in d.items() if k not in ("reason", "category")}, sort_keys=True)


def loadKnown(path):
    with open(path) as fh:
        doc = json.load(fh)
    for n, entry in enumerate(doc["differences"]):
        for key in ("case", "kind", "reason", "category"):
            if key not in entry:
                raise SystemExit(f"oracle: {path}: differences[{n}] has no \"{key}\"")
    return doc["differences"]


def figures(cases, found, known_sigs):
    total = len(cases)
    by_kind = {}
    for d in found:
        by_kind.setdefault(d["kind"], set()).add(d["case"])
    bad_cases = {d["case"] for d in found}
    known_cases = {d["case"] for d in found if signature(d) in known_sigs}
    lines = [f"cases: {total}",
             f"all three agree (expected.json, Suricata, tapwatch): {total - len(bad_cases)}",
             f"cases with a disagreement: {len(bad_cases)} (covered by known_differences.json: {len(known_cases)})"]
    for kind in sorted(by_kind):
        lines.append(f"  {kind}: {len(by_kind[kind])}")
    return "\n".join(lines)


def sortedDeep(value):
    if isinstance(value, dict):
        return {k: sortedDeep(value[k]) for k in sorted(value)}
    return [sortedDeep(v) for v in value] if isinstance(value, list) else value


def writeVerdicts(path, doc):
    """The header (about, suricata, package) first, then the cases, each sorted: a stable diff."""
    head = {k: doc[k] for k in ("about", "suricata", "package")}
    with open(path, "w") as fh:
        json.dump(dict(head, cases=sortedDeep(doc["cases"])), fh, indent=1)
        fh.write("\n")


def cmdRecord(args):
    binary = args.suricata or suricata_run.suricataBinary()
    if not binary:
        print("oracle: suricata not found (deploy/install-suricata.sh installs it)", file=sys.stderr)
        return 2
    cases = loadAll(args.cases, args.case)
    verdicts = runSuricata(binary, cases, args.jobs)
    if args.case and os.path.exists(args.out):  # a partial re-record keeps the other cases
        with open(args.out) as fh:
            old = json.load(fh)["cases"]
        old.update(verdicts)
        verdicts = old
    doc = {"about": "Suricata's alerts on every case of tests/rules/cases, recorded by the real Suricata. "
                    "Regenerate: tests/rules/suricata_oracle/oracle.py record (needs deploy/install-suricata.sh).",
           "suricata": suricata_run.suricataVersion(binary),
           "package": suricata_run.packageVersion(),
           "cases": dict(sorted(verdicts.items()))}
    writeVerdicts(args.out, doc)
    errors = sum(1 for v in verdicts.values() if v.get("error"))
    print(f"oracle: {len(verdicts)} verdicts written to {args.out} ({doc['suricata']}; {errors} with a Suricata error)")
    return 0


def cmdCheck(args):
    if not (os.path.isfile(args.tapwatch) and os.access(args.tapwatch, os.X_OK)):
        print(f"oracle: {args.tapwatch}: not an executable file", file=sys.stderr)
        return 2
    cases = loadAll(args.cases, args.case)
    if not cases:
        print(f"oracle: no cases under {args.cases}", file=sys.stderr)
        return 2
    with open(args.verdicts) as fh:
        recorded = json.load(fh)
    problems = []
    if args.live:
        binary = args.suricata or suricata_run.suricataBinary()
        if not binary or "version 7." not in suricata_run.suricataVersion(binary):
            print(f"oracle: SKIP: Suricata 7 is not installed ({binary or 'no suricata in PATH or $TAPWATCH_SURICATA'}"
                  "; deploy/install-suricata.sh installs it)")
            return SKIP
        version = suricata_run.suricataVersion(binary)
        verdicts = runSuricata(binary, cases, args.jobs)
        if version == recorded["suricata"]:
            for key in sorted(verdicts):
                if recorded["cases"].get(key) != verdicts[key]:
                    problems.append(f"STALE {key}: live Suricata differs from verdicts.json "
                                    f"(live {verdicts[key]['alerts']}, recorded "
                                    f"{recorded['cases'].get(key, {}).get('alerts')}): run `oracle.py record`")
        else:
            print(f"oracle: live {version} differs from the recorder's {recorded['suricata']}: "
                  "not comparing with verdicts.json")
    else:
        verdicts = recorded["cases"]
    tapwatch = runTapwatch(args.tapwatch, cases, args.jobs)
    found = disagreements(cases, verdicts, tapwatch)
    known = loadKnown(args.known)
    known_sigs = {signature(k) for k in known}
    found_sigs = {signature(d) for d in found}
    for d in found:
        if signature(d) not in known_sigs:
            problems.append("NEW   " + json.dumps(d, sort_keys=True))
    in_scope = {caseKey(s, n) for s, n, _, _ in cases}
    for k in known:
        if k["case"] in in_scope and signature(k) not in found_sigs:
            problems.append("GONE  known difference no longer occurs (remove it from known_differences.json): "
                            + signature(k))
    if args.report:
        for d in found:
            mark = "known" if signature(d) in known_sigs else "NEW  "
            print(mark, json.dumps(d, sort_keys=True))
    for p in problems:
        print(p)
    print(figures(cases, found, known_sigs))
    print(f"oracle: {'live ' + suricata_run.suricataVersion(args.suricata or suricata_run.suricataBinary()) if args.live else 'recorded ' + recorded['suricata']}"
          f"; {len(problems)} problem(s)")
    return 1 if problems else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("record", "check"):
        p = sub.add_parser(name)
        p.add_argument("--cases", default=os.path.join(RULES, "cases"), help="cases root (default: tests/rules/cases)")
        p.add_argument("--case", default="", help="only cases whose name contains this")
        p.add_argument("--suricata", help="the suricata binary (default: from PATH)")
        p.add_argument("--jobs", type=int, default=2, help="runs in parallel (at most 2; default 2)")
    sub.choices["record"].add_argument("--out", default=VERDICTS)
    c = sub.choices["check"]
    c.add_argument("--tapwatch", required=True)
    c.add_argument("--verdicts", default=VERDICTS)
    c.add_argument("--known", default=KNOWN)
    c.add_argument("--live", action="store_true", help="run Suricata now instead of reading verdicts.json")
    c.add_argument("--report", action="store_true", help="print every disagreement, known or not")
    args = ap.parse_args()
    return cmdRecord(args) if args.cmd == "record" else cmdCheck(args)


if __name__ == "__main__":
    sys.exit(main())
