#!/usr/bin/env python3
"""Generates the Suricata rule semantics cases:
tests/rules/cases/<split>/<case>/{case.rules, traffic.pcap, expected.json}.

Each case's expected alerts are written next to its rules, from Suricata's
documented semantics (rulegen/cases_*.py; "why" in expected.json quotes the
documentation it follows). Output is byte-deterministic, so the committed files
can be checked against a fresh run:

  generate.py                 regenerate every case next to this script
  generate.py --out DIR       write somewhere else
  generate.py --check         regenerate into a temporary directory and diff against
                              the committed cases (exit 1 and list the differences)
  generate.py --list          print split, class and name of every case

The split: within each class, must-alert cases (some sid expected to alert) and
must-not-alert cases are counted separately in definition order; the 1st, 3rd, 5th
... of each go to `dev`, the 2nd, 4th ... to `heldout` (every other class, in
order of first appearance, starts with `heldout` instead, so an odd case out
does not always land in dev). So both halves get both kinds of every class. Engine authors tune on dev only.

Needs Python 3 and scapy (Debian: python3-scapy).
"""
import argparse
import collections
import filecmp
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from rulegen import (cases_backoff, cases_base64, cases_buffers, cases_flowint, cases_flow, cases_header, cases_packet, cases_payload,  # noqa: E402
                     cases_state, cases_stream_size, cases_tls_state, cases_transforms, cases_xbits,
                     cases_http_start, cases_ja3_string, cases_tls_certs, cases_et_forms,
                     cases_ja3_hash, cases_tls_cert_issuer, cases_app_raw)
from rulegen import cases_stream_lookback  # noqa: E402

ALL = (cases_header.CASES + cases_flow.CASES + cases_payload.CASES + cases_buffers.CASES
       + cases_transforms.CASES + cases_state.CASES + cases_packet.CASES + cases_base64.CASES
       + cases_flowint.CASES + cases_backoff.CASES + cases_tls_state.CASES + cases_stream_size.CASES
       + cases_xbits.CASES + cases_http_start.CASES + cases_ja3_string.CASES + cases_tls_certs.CASES
       + cases_et_forms.CASES + cases_ja3_hash.CASES + cases_tls_cert_issuer.CASES
       + cases_app_raw.CASES + cases_stream_lookback.CASES)
SPLITS = ("dev", "heldout")


def assignSplits(cases):
    """-> [(split, case)] in definition order (see the module docstring)."""
    seen = collections.Counter()
    first = {}   # class -> 0 or 1: classes alternate which half gets an odd case out
    out = []
    for c in cases:
        first.setdefault(c.cls, len(first) % 2)
        key = (c.cls, mustAlert(c))
        out.append(("dev" if (seen[key] + first[c.cls]) % 2 == 0 else "heldout", c))
        seen[key] += 1
    return out


def mustAlert(case):
    return any(count > 0 for count in case.alerts.values())


def checkCoverage(cases):
    """Every class needs must-alert and must-not-alert cases in both halves (so at least
    two of each kind): a class one half lacks cannot be measured there."""
    kinds = collections.defaultdict(set)
    for split, c in assignSplits(cases):
        kinds[(c.cls, split)].add(mustAlert(c))
    short = sorted(f"{cls} ({split})" for cls in {c.cls for c in cases} for split in SPLITS
                   if kinds[(cls, split)] != {True, False})
    if short:
        sys.exit("classes without both must-alert and must-not-alert cases in a split: " + ", ".join(short))


def checkUnique(cases):
    names = collections.Counter(c.name for c in cases)
    dup = [n for n, k in names.items() if k > 1]
    if dup:
        sys.exit(f"duplicate case names: {', '.join(sorted(dup))}")


def writeAll(root):
    for split, c in assignSplits(ALL):
        d = os.path.join(root, split, c.name)
        os.makedirs(d, exist_ok=True)
        for name, data in c.render().items():
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data)


def removeStale(root):
    """Drops case directories the generator no longer makes."""
    wanted = {(split, c.name) for split, c in assignSplits(ALL)}
    for split in SPLITS:
        base = os.path.join(root, split)
        if not os.path.isdir(base):
            continue
        for name in sorted(os.listdir(base)):
            if (split, name) not in wanted:
                shutil.rmtree(os.path.join(base, name))
                print(f"{split}/{name}: removed (no longer generated)")


def diffTrees(fresh, committed):
    problems = []
    for split in SPLITS:
        a, b = os.path.join(fresh, split), os.path.join(committed, split)
        names = set(os.listdir(a)) | (set(os.listdir(b)) if os.path.isdir(b) else set())
        for name in sorted(names):
            fa, fb = os.path.join(a, name), os.path.join(b, name)
            if not os.path.isdir(fb):
                problems.append(f"{split}/{name}: missing from the committed cases")
                continue
            if not os.path.isdir(fa):
                problems.append(f"{split}/{name}: committed case the generator does not make")
                continue
            files = set(os.listdir(fa)) | set(os.listdir(fb))
            for f in sorted(files):
                if not (os.path.exists(os.path.join(fa, f)) and os.path.exists(os.path.join(fb, f))):
                    problems.append(f"{split}/{name}/{f}: present on one side only")
                elif not filecmp.cmp(os.path.join(fa, f), os.path.join(fb, f), shallow=False):
                    problems.append(f"{split}/{name}/{f}: differs from the generator's output")
    return problems


def check():
    with tempfile.TemporaryDirectory(prefix="tapwatch-rules-") as tmp:
        writeAll(tmp)
        problems = diffTrees(tmp, os.path.join(HERE, "cases"))
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} difference(s): run tests/rules/generate.py and commit the result")
        return 1
    print(f"{len(ALL)} rule cases match the generator's output")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(HERE, "cases"), help="output directory (default: cases/)")
    ap.add_argument("--check", action="store_true", help="diff a fresh generation against the committed cases")
    ap.add_argument("--list", action="store_true", help="list split, class and name of every case")
    args = ap.parse_args()
    checkUnique(ALL)
    checkCoverage(ALL)
    if args.list:
        for split, c in assignSplits(ALL):
            print(f"{split:8} {c.cls:24} {c.name}")
        return 0
    if args.check:
        return check()
    writeAll(args.out)
    removeStale(args.out)
    counts = collections.Counter(split for split, _ in assignSplits(ALL))
    print(f"{len(ALL)} cases: " + ", ".join(f"{s} {counts[s]}" for s in SPLITS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
