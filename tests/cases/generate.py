#!/usr/bin/env python3
"""Generates the pcap golden cases: tests/cases/<name>/{capture.pcap|capture.pcapng,
signatures.yaml, expected.json}.

The generator is the oracle: expected.json is computed from what each case put
into its capture (casegen/oracle.py), never copied from sensor output. Output is
byte-deterministic (fixed seeds, timestamps, IP ids; hand-written file formats),
so the committed files can be checked against a fresh run:

  generate.py                 regenerate every case next to this script
  generate.py NAME...         only these cases
  generate.py --out DIR       write somewhere else
  generate.py --check         regenerate into a temporary directory and diff against
                              the committed cases (exit 1 and list the differences)
  generate.py --list          print the case names

Needs Python 3 and scapy (Debian: python3-scapy).
"""
import argparse
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from casegen import case as casemod  # noqa: E402
from casegen import cases_ip, cases_link, cases_lists, cases_proto, cases_tcp, packets, sigs  # noqa: E402

ALL = cases_tcp.CASES + cases_ip.CASES + cases_link.CASES + cases_proto.CASES + cases_lists.CASES
CASE_FILES = ("capture.pcap", "capture.pcapng", "signatures.yaml", "expected.json")


def buildCase(fn):
    packets.Flow.counter = 0     # IP ids depend on it: each case starts from the same state
    c = fn()
    assert c.name == fn.__name__, f"{fn.__name__} builds a case named {c.name}"
    return c


def writeCase(out_dir, c):
    files = casemod.render(c)
    d = os.path.join(out_dir, c.name)
    os.makedirs(d, exist_ok=True)
    for stale in CASE_FILES:
        if stale not in files and os.path.exists(os.path.join(d, stale)):
            os.remove(os.path.join(d, stale))
    for name, data in files.items():
        with open(os.path.join(d, name), "wb") as fh:
            fh.write(data)
    return files


def committedCases(root):
    return sorted(n for n in os.listdir(root)
                  if os.path.isfile(os.path.join(root, n, "expected.json")))


def check(selected):
    problems = []
    with tempfile.TemporaryDirectory(prefix="tapwatch-cases-") as tmp:
        for fn in selected:
            c = buildCase(fn)
            fresh = writeCase(tmp, c)
            here = os.path.join(HERE, c.name)
            for name, data in fresh.items():
                path = os.path.join(here, name)
                if not os.path.exists(path):
                    problems.append(f"{c.name}/{name}: missing from the committed cases")
                elif open(path, "rb").read() != data:
                    problems.append(f"{c.name}/{name}: differs from the generator's output")
            for name in CASE_FILES:
                if name not in fresh and os.path.exists(os.path.join(here, name)):
                    problems.append(f"{c.name}/{name}: committed but no longer generated")
    if len(selected) == len(ALL):
        generated = {fn.__name__ for fn in ALL}
        problems += [f"{n}/: committed case the generator does not make" for n in committedCases(HERE)
                     if n not in generated]
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} difference(s): run tests/cases/generate.py and commit the result")
        return 1
    print(f"{len(selected)} cases match the generator's output")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="cases to generate (default: all)")
    ap.add_argument("--out", default=HERE, help="output directory (default: next to this script)")
    ap.add_argument("--check", action="store_true", help="diff a fresh generation against the committed cases")
    ap.add_argument("--list", action="store_true", help="list case names")
    args = ap.parse_args()

    if args.list:
        print("\n".join(fn.__name__ for fn in ALL))
        return 0
    unknown = set(args.names) - {fn.__name__ for fn in ALL}
    if unknown:
        ap.error(f"unknown case(s): {', '.join(sorted(unknown))}")
    sigs.checkExamples(sigs.PACK)
    sigs.checkExamples(sigs.PROTO_PACK)
    selected = [fn for fn in ALL if not args.names or fn.__name__ in args.names]
    if args.check:
        return check(selected)
    for fn in selected:
        c = buildCase(fn)
        writeCase(args.out, c)
        print(f"{c.name}: {len(c.capture.frames)} frames, {len(c.expect)} alerts")
    if args.out == HERE and not args.names:
        for n in committedCases(HERE):
            if n not in {fn.__name__ for fn in ALL}:
                shutil.rmtree(os.path.join(HERE, n))
                print(f"{n}: removed (no longer generated)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
