#!/usr/bin/env python3
"""Score margins of the scored pack on the DEVELOPMENT half (never the held-out one).

measure.py says which items alert; this says by how much. It evaluates
signatures/scam-scored.yaml in Python (the `regex` module approximates
Hyperscan: caseless, UTF-8; \\b is Unicode here, ASCII in Hyperscan, which the
pack only uses next to ASCII letters) on each dev item's subject + body, and
prints:
  - per family: the scam items' score distribution on their own family's
    signature (items at exactly the threshold are fragile: one indicator fewer
    in a new phrasing and they are missed);
  - the benign items closest to any signature's threshold, with the indicators
    that brought them there (the ham-side risk: which weak indicators add up).
Channel encodings are not reproduced (measure.py does that); this is about words.

usage: margin.py [--pack signatures/scam-scored.yaml] [--ham-top N] [--family F] [--show-scam-below S]
"""
import argparse
import collections
import os
import re
import sys

import regex
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

FAMILY_SIG = {"sextortion": 2112001, "blackmail": 2112002, "advance-fee": 2112003, "lottery": 2112004, "loan": 2112005,
              "crypto": 2112006, "romance": 2112007, "fake-shop": 2112008, "job": 2112009, "parcel": 2112010,
              "tech-support": 2112011}


def toPython(pattern):
    return re.sub(r"\\x\{([0-9a-fA-F]+)\}", lambda m: "\\u%04x" % int(m.group(1), 16), pattern)


class Sig:
    def __init__(self, d):
        self.id = d["id"]
        self.condition = d["condition"]
        self.threshold = int(re.search(r"score\s*>=\s*(\d+)", self.condition).group(1))
        self.patterns = []
        for p in d["patterns"]:
            flags = regex.V0 | (regex.IGNORECASE if "caseless" in p.get("flags", []) else 0)
            self.patterns.append((p["id"], p.get("score", 0), regex.compile(toPython(p["regex"]), flags)))

    def evaluate(self, text):
        hit = {pid: bool(rx.search(text)) for pid, _, rx in self.patterns}
        score = sum(w for pid, w, _ in self.patterns if hit[pid])
        env = dict(hit)
        env["score"] = score
        fires = eval(self.condition.replace("!", " not "), {"__builtins__": {}}, env)  # noqa: S307 (our own pack)
        return score, fires, [pid for pid, w, _ in self.patterns if hit[pid] and w], hit.get("warning", False)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pack", default=os.path.join(HERE, "..", "..", "..", "signatures", "scam-scored.yaml"))
    ap.add_argument("--ham-top", type=int, default=25)
    ap.add_argument("--family")
    ap.add_argument("--show-scam-below", type=int, default=0, help="print dev scam items scoring below this")
    a = ap.parse_args()
    with open(a.pack, encoding="utf-8") as f:
        sigs = {d["id"]: Sig(d) for d in yaml.safe_load(f)["signatures"]}
    items = [it for it in generate.generate() if it["split"] == "dev"]  # the dev half only, by construction
    dist = collections.defaultdict(collections.Counter)
    low = []
    for it in items:
        if it["label"] != "scam" or (a.family and it["family"] != a.family):
            continue
        s = sigs[FAMILY_SIG[it["family"]]]
        score, fires, ids, _ = s.evaluate(it["subject"] + "\n" + it["body"])
        dist[it["family"]][min(score - s.threshold, 6)] += 1
        if score < a.show_scam_below:
            low.append((score, it, ids))
    print("dev scam items: score minus threshold on their family's signature (<0 missed, 0 fragile)")
    for fam in sorted(dist):
        print(f"  {fam:<13} " + " ".join(f"{k:+d}:{v}" for k, v in sorted(dist[fam].items())))
    for score, it, ids in sorted(low, key=lambda x: x[0]):
        print(f"\n[{score}] {it['id']} {ids}\n  {it['subject']} | {it['body']}")
    near = []
    for it in items:
        if it["label"] != "benign":
            continue
        text = it["subject"] + "\n" + it["body"]
        for sid, s in sigs.items():
            score, fires, ids, veto = s.evaluate(text)
            if score >= s.threshold - 2:
                near.append((score - s.threshold, fires, veto, sid, it, ids))
    near.sort(key=lambda x: -x[0])
    print(f"\ndev benign items within 2 points of a threshold: {len(near)} "
          f"(at or over it: {sum(1 for n in near if n[0] >= 0)}, of which vetoed by `warning`: "
          f"{sum(1 for n in near if n[0] >= 0 and n[2])})")
    for margin, fires, veto, sid, it, ids in near[:a.ham_top]:
        print(f"\n{margin:+d} {'FIRES' if fires else 'vetoed' if veto else ''} sig {sid} {it['id']} {ids}\n"
              f"  {it['subject']} | {it['body'][:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
