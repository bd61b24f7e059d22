#!/usr/bin/env python3
"""Fit the weights of signatures/scam-scored.yaml from the sensor's own hits (issue 17).

SpamAssassin fits its rule scores with a perceptron over mass-check hits
instead of setting them by hand; this does the same for the scored pack:

1. A probe copy of the pack alerts on every scope with any weighted hit and
   reports all matched indicators (condition `score >= 1 and not (warning and
   reporting)`, decided at the scope's end; patterns unchanged, so the
   compiled databases come from the cache). `tapwatch scan` runs it, with
   alert context, over the generated corpus's tuning sets
   (tests/corpus/gen, the same capture measure.py builds).
2. Each signature's real condition is evaluated in Python on those hits with
   any weights. Coordinate ascent on whole-number weights (one step up or
   down at a time, 1..threshold-1: no single indicator decides) maximises, on the FIT sets, the
   family's detected scam items minus --fp-cost x the benign items the
   signature alerts on; a change that adds a false positive on the fit sets
   is never taken. Patterns shared between signatures (YAML anchors) and
   vetoes keep their weights; thresholds, vetoes and required terms stay.
3. The CHECK sets (default: the fifth batch, which the fit does not see)
   show whether the fitted weights generalise; --write rewrites the `score:`
   lines only when asked.

  tools/fit_scores.py --tapwatch build-release/sensor/main/tapwatch \\
      [--fit base:dev extra:dev third:all fourth:all] [--check fifth:all] [--write]

Needs python3-yaml. Sets are BATCH:SPLIT (base|extra|third|fourth|fifth : dev|heldout|all).
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(ROOT, "tests", "corpus", "gen")
sys.path.insert(0, GEN)
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import measure  # noqa: E402

PACK = "scam-scored.yaml"
FAMILY = {2112001: "sextortion", 2112002: "blackmail", 2112003: "advance-fee", 2112004: "lottery", 2112005: "loan",
          2112006: "crypto", 2112007: "romance", 2112008: "fake-shop", 2112009: "job", 2112010: "parcel",
          2112011: "tech-support", 2112012: "gov-refund", 2112013: "account-phish"}
ID_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
SCORE_RE = re.compile(r"score\s*(>=|>)\s*(\d+)")


def items_of(sets):
    base = generate.generate()
    extra = {"fourth": fourth_batch.generate(generate.SEED), "fifth": fifth_batch.generate(generate.SEED)}
    out = []
    for s in sets:
        batch, split = s.split(":")
        pool = extra.get(batch, base)
        out += [it for it in pool if it["batch"] == batch and (split == "all" or it["split"] == split)]
    return out


class Condition:
    """A signature's condition as a Python expression over S (the score) and M (the matched ids)."""

    def __init__(self, text):
        self.text = text
        m = SCORE_RE.search(text)
        self.threshold = int(m.group(2)) + (1 if m.group(1) == ">" else 0)
        expr = SCORE_RE.sub("(S >= %d)" % self.threshold, text)
        expr = ID_RE.sub(lambda t: t.group(0) if t.group(0) in ("and", "or", "not", "S") else f"({t.group(0)!r} in M)", expr)
        self.code = compile(expr, "<condition>", "eval")

    def holds(self, score, matched):
        return eval(self.code, {}, {"S": score, "M": matched})  # noqa: S307 - our own pack's conditions


def shared_ids(text):
    """Pattern ids defined with an anchor (`- &x`) or used through an alias: their weight is not per signature."""
    return set(re.findall(r"^\s+- &([A-Za-z_]\w*)\s*$", text, re.M))


def probe_pack(src, dst):
    shutil.copytree(src, dst)
    path = os.path.join(dst, PACK)
    text = open(path, encoding="utf-8").read()
    text = re.sub(r'^    condition: ".*"$', '    condition: "score >= 1 and not (warning and reporting)"', text, flags=re.M)
    open(path, "w", encoding="utf-8").write(text)


def scan(tapwatch, sigdir, items, work, cache_dir):
    pcap, eve = os.path.join(work, "fit.pcap"), os.path.join(work, "fit.json")
    measure.buildPcap(items, pcap)
    cmd = [tapwatch, "scan", pcap, "-s", sigdir, "-o", eve, "--no-progress", "--workers", "1",
           "--set", "outputs.eve.alert_context=true"]
    if cache_dir:
        cmd += ["--set", f"signatures.cache_dir={cache_dir}"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=3600)
    by_ip = {measure.clientIp(i): i for i in range(len(items))}
    hits = [dict() for _ in items]  # signature id -> matched ids (probe signatures)
    other = [False] * len(items)  # alerted by a signature outside the scored pack
    with open(eve, encoding="utf-8") as f:
        for line in f:
            ev = json.loads(line) if line.strip() else {}
            if ev.get("event_type") != "alert":
                continue
            i = by_ip.get(ev.get("src_ip"), by_ip.get(ev.get("dest_ip")))
            if i is None:
                continue
            sid = ev["alert"]["signature_id"]
            if sid in FAMILY:
                hits[i].setdefault(sid, set()).update(ev["alert"].get("context", {}).get("indicators", []))
            elif ev["alert"]["category"] in measure.SCAM_CATEGORIES or items[i]["label"] == "benign":
                other[i] = True
    return hits, other


class Fit:
    def __init__(self, sig, text_shared, items, hits):
        self.id = sig["id"]
        self.cond = Condition(sig["condition"])
        self.weights = {p["id"]: p["score"] for p in sig["patterns"] if "score" in p}
        self.free = [p for p in self.weights if p not in text_shared]
        self.family = FAMILY[self.id]
        # Only items where the probe saw something can change; the rest never alert.
        self.rows = [(it["label"] == "scam" and it["family"] == self.family, it["label"] == "benign", frozenset(h[self.id]))
                     for it, h in zip(items, hits) if self.id in h]

    def fires(self, weights, matched, bonus=0):
        return self.cond.holds(sum(weights.get(m, 0) for m in matched) + bonus, matched)

    def counts(self, weights, margin=0):
        """Detected family items, benign items that alert, and benign items within `margin` points of alerting."""
        tp = fp = near = 0
        for pos, neg, m in self.rows:
            if pos and self.fires(weights, m):
                tp += 1
            if neg and self.fires(weights, m, margin):
                near += 1
                fp += self.fires(weights, m)
        return tp, fp, near

    def run(self, fp_cost, rounds, margin):
        w = dict(self.weights)
        tp0, fp0, near0 = self.counts(w, margin)
        best = tp0 - fp_cost * fp0
        top = self.cond.threshold - 1  # no single indicator decides (as the pack's own rule says)
        for _ in range(rounds):
            improved = False
            for p in self.free:
                for step in (1, -1):
                    v = w[p] + step
                    if not 1 <= v <= top:
                        continue
                    trial = dict(w, **{p: v})
                    tp, fp, near = self.counts(trial, margin)
                    obj = tp - fp_cost * fp
                    if fp <= fp0 and near <= near0 and obj > best:
                        w, best, improved = trial, obj, True
            if not improved:
                break
        return w


def write_back(path, changes):
    """Rewrites `score: N` of pattern P inside signature S for every (S, P) -> N in changes."""
    lines = open(path, encoding="utf-8").read().split("\n")
    sig, pat = None, None
    for k, line in enumerate(lines):
        m = re.match(r"^  - id: (\d+)$", line)
        if m:
            sig, pat = int(m.group(1)), None
            continue
        m = re.match(r"^      - id: (\w+)$", line) or re.match(r"^        id: (\w+)$", line)
        if m:
            pat = m.group(1)
            continue
        m = re.match(r"^(        score: )(\d+)$", line)
        if m and (sig, pat) in changes:
            lines[k] = m.group(1) + str(changes[(sig, pat)])
    open(path, "w", encoding="utf-8").write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tapwatch", required=True)
    ap.add_argument("--signatures", default=os.path.join(ROOT, "signatures"))
    ap.add_argument("--fit", nargs="+", default=["base:dev", "extra:dev", "third:all", "fourth:all"])
    ap.add_argument("--check", nargs="*", default=["fifth:all"])
    ap.add_argument("--fp-cost", type=float, default=20.0, help="a benign alert costs this many detected scams")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--margin", type=int, default=2,
                    help="a change may not bring any more benign fit item within this many points of alerting")
    ap.add_argument("--hits", help="keep the probe scans' hits in this file and reuse them (same pack, same sets)")
    ap.add_argument("--cache-dir")
    ap.add_argument("--only", nargs="+", type=int, help="fit (and write) only these signature ids")
    ap.add_argument("--write", action="store_true", help="rewrite the score: lines of the pack")
    a = ap.parse_args()

    path = os.path.join(a.signatures, PACK)
    text = open(path, encoding="utf-8").read()
    shared = shared_ids(text)
    sigs = [s for s in yaml.safe_load(text)["signatures"] if s["id"] in FAMILY and (not a.only or s["id"] in a.only)]
    fit_items, check_items = items_of(a.fit), items_of(a.check)
    if a.hits and os.path.exists(a.hits):
        saved = json.load(open(a.hits, encoding="utf-8"))
        fit_hits, check_hits = ([{int(k): set(v) for k, v in h.items()} for h in saved[n]] for n in ("fit", "check"))
    else:
        with tempfile.TemporaryDirectory(prefix="tapwatch-fit-") as tmp:
            probe = os.path.join(tmp, "signatures")
            probe_pack(a.signatures, probe)
            fit_hits, _ = scan(a.tapwatch, probe, fit_items, tmp, a.cache_dir)
            check_hits, _ = scan(a.tapwatch, probe, check_items, tmp, a.cache_dir) if check_items else ([], [])
        if a.hits:
            json.dump({n: [{k: sorted(v) for k, v in h.items()} for h in hs] for n, hs in (("fit", fit_hits), ("check", check_hits))},
                      open(a.hits, "w", encoding="utf-8"))

    changes = {}
    totals = collections.Counter()
    print(f"fit on {' '.join(a.fit)} ({len(fit_items)} items), check on {' '.join(a.check)} ({len(check_items)} items)")
    print(f"{'signature':>10} {'family':>14}  fit tp/fp before -> after   check tp/fp before -> after   changed weights")
    for sig in sigs:
        f = Fit(sig, shared, fit_items, fit_hits)
        w = f.run(a.fp_cost, a.rounds, a.margin)
        c = Fit(sig, shared, check_items, check_hits) if check_items else None
        b_fit, a_fit = f.counts(f.weights), f.counts(w)
        b_chk, a_chk = (c.counts(c.weights), c.counts(w)) if c else ((0, 0, 0), (0, 0, 0))
        diff = {p: (f.weights[p], w[p]) for p in w if w[p] != f.weights[p]}
        for p, (_, new) in diff.items():
            changes[(sig["id"], p)] = new
        for k, v in (("fit_tp0", b_fit[0]), ("fit_fp0", b_fit[1]), ("fit_tp1", a_fit[0]), ("fit_fp1", a_fit[1]),
                     ("chk_tp0", b_chk[0]), ("chk_fp0", b_chk[1]), ("chk_tp1", a_chk[0]), ("chk_fp1", a_chk[1])):
            totals[k] += v
        print(f"{sig['id']:>10} {f.family:>14}  {b_fit[0]:>5}/{b_fit[1]:<3} -> {a_fit[0]:>5}/{a_fit[1]:<3}"
              f"         {b_chk[0]:>5}/{b_chk[1]:<3} -> {a_chk[0]:>5}/{a_chk[1]:<3}   "
              + ", ".join(f"{p} {o}->{n}" for p, (o, n) in sorted(diff.items())))
    print(f"{'all':>10} {'':>14}  {totals['fit_tp0']:>5}/{totals['fit_fp0']:<3} -> {totals['fit_tp1']:>5}/{totals['fit_fp1']:<3}"
          f"         {totals['chk_tp0']:>5}/{totals['chk_fp0']:<3} -> {totals['chk_tp1']:>5}/{totals['chk_fp1']:<3}")
    print("(tp: the signature's own family's scam items it alerts on; fp: benign items it alerts on; "
          "an item caught by two signatures counts for each)")
    if a.write and changes:
        write_back(path, changes)
        print(f"wrote {len(changes)} weights to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
