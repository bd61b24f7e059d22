#!/usr/bin/env python3
"""Protocol fields on generator traffic: runs `tapwatch scan` over demo/demo.pcap
(written by bench/gen, tapwatch-gen) with a small signature file built from the
generator's ground truth (demo/demo-truth.json), and checks that SMTP, DNS, TLS
and HTTP fields fire on exactly the scam flows the generator planted, with the
alert context naming them.

  demo_check.py --tapwatch build/sensor/main/tapwatch [--demo demo] [--workers 1,2]

Signatures (ids 2900001..):
  smtp.body   the English / Russian sextortion claim and the planted bitcoin addresses
  dns.query   each planted scam domain (and its subdomains)
  tls.sni     each planted SNI domain
  http.host   each planted scam-shop host (when the capture has one)
  http.method / smtp.mail_from  sanity: fire on ordinary traffic too (HTTP and SMTP are parsed at all)
Exit 0 when everything holds, 1 with a list of problems, 77 when the binary or the demo is missing.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

BODY_EN, BODY_RU, BODY_BTC, DNS, SNI, HOST, METHOD, MAIL_FROM = range(2900001, 2900009)


def q(s):
    return "'" + s.replace("'", "''") + "'"


def signatureYaml(truth):
    flows = truth["scam_flows"]
    btc = sorted({f["btc"] for f in flows if f.get("btc")})
    by_kind = lambda kind: sorted({f["domain"] for f in flows if f.get("kind") == kind and f.get("domain")})  # noqa: E731
    sigs = [
        (BODY_EN, "smtp.body", [("regex", r"recorded\s+you\s+with\s+your\s+webcam", "[caseless]")]),
        (BODY_RU, "smtp.body", [("regex", r"записал\s+видео\s+с\s+вашей\s+веб-камеры", "[caseless, utf8, ucp]")]),
        (BODY_BTC, "smtp.body", [("literal", a, None) for a in btc]),
        (DNS, "dns.query", [("regex", r"(^|\.)" + re.escape(d) + "$", None) for d in by_kind("dns")]),
        (SNI, "tls.sni", [("regex", r"(^|\.)" + re.escape(d) + "$", None) for d in by_kind("tls")]),
        (HOST, "http.host", [("regex", r"(^|\.)" + re.escape(d) + "$", None) for d in by_kind("http")]),
        (METHOD, "http.method", [("regex", "^(GET|POST)$", None)]),
        (MAIL_FROM, "smtp.mail_from", [("literal", "@", None)]),
    ]
    lines = ["signatures:"]
    for sid, field, patterns in sigs:
        if not patterns:
            continue
        lines += [f"  - id: {sid}", "    rev: 1", f"    name: 'demo check {sid}'", "    category: scam",
                  "    severity: low", f"    fields: [{field}]", "    patterns:"]
        for kind, value, flags in patterns:
            lines.append(f"      - {kind}: {q(value)}")
            if flags:
                lines.append(f"        flags: {flags}")
    return "\n".join(lines) + "\n"


def tuple4(a):
    return (a["src_ip"], a["src_port"], a["dest_ip"], a["dest_port"])


def check(tapwatch, demo, workers, truth):
    problems = []
    with tempfile.TemporaryDirectory(prefix="tapwatch-demo-check-") as tmp:
        sig_path = os.path.join(tmp, "demo-fields.yaml")
        with open(sig_path, "w", encoding="utf-8") as fh:
            fh.write(signatureYaml(truth))
        out = os.path.join(tmp, "eve.json")
        cmd = [tapwatch, "scan", os.path.join(demo, "demo.pcap"), "-s", sig_path, "-o", out, "--workers",
               str(workers), "--no-progress", "--types", "alert"]
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        if p.returncode != 0:
            return [f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.strip()[-500:]}"]
        alerts = [json.loads(line) for line in open(out, encoding="utf-8") if line.strip()]

    planted = {}
    for f in truth["scam_flows"]:
        planted[tuple4(f)] = f
    by_sid = {}
    for a in alerts:
        by_sid.setdefault(a["alert"]["signature_id"], []).append(a)

    def find(sid, f):
        return [a for a in by_sid.get(sid, []) if tuple4(a) == tuple4(f)]

    for f in truth["scam_flows"]:
        label = f"flow {f.get('flow')} {f['kind']}/{f['scam']} {f['src_ip']}:{f['src_port']}->{f['dest_ip']}:{f['dest_port']}"
        want = []
        if f["kind"] == "smtp":
            want.append(BODY_EN if f["scam"] == "sextortion_en" else BODY_RU)
            if f.get("btc"):
                want.append(BODY_BTC)
        elif f["kind"] in ("dns", "tls", "http") and f.get("domain"):
            want.append({"dns": DNS, "tls": SNI, "http": HOST}[f["kind"]])
        for sid in want:
            got = find(sid, f)
            if not got:
                problems.append(f"{label}: no alert of {sid}")
                continue
            a = got[0]
            if a.get("app_proto") != f["kind"]:
                problems.append(f"{label}: alert {sid} has app_proto {a.get('app_proto')!r}")
            ctx = {DNS: ("dns", "rrname"), SNI: ("tls", "sni"), HOST: ("http", "hostname")}.get(sid)
            obj = dict(a.get(ctx[0]) or {}) if ctx else {}
            if ctx == ("dns", "rrname"):  # EVE dns version 3: the question name is under queries
                obj["rrname"] = (obj.get("queries") or [{}])[0].get("rrname")
            if ctx and obj.get(ctx[1]) != f["domain"].lower():
                problems.append(f"{label}: alert {sid} context {ctx[0]}.{ctx[1]} = "
                                f"{obj.get(ctx[1])!r}, expected {f['domain']!r}")
            if f["kind"] == "smtp" and not (a.get("smtp") or {}).get("mail_from"):
                problems.append(f"{label}: alert {sid} lacks smtp.mail_from")
    for sid in (BODY_EN, BODY_RU, BODY_BTC, DNS, SNI, HOST):
        for a in by_sid.get(sid, []):
            if tuple4(a) not in planted:
                problems.append(f"alert {sid} on a flow the generator did not plant: {tuple4(a)}")
    http_flows = truth["options"]["mix"].get("http", 0) > 0
    if http_flows and not by_sid.get(METHOD):
        problems.append("no http.method alert at all: HTTP requests are not parsed")
    if any(a.get("app_proto") != "http" for a in by_sid.get(METHOD, [])):
        problems.append("an http.method alert without app_proto http")
    smtp_planted = sum(1 for f in truth["scam_flows"] if f["kind"] == "smtp")
    if len(by_sid.get(MAIL_FROM, [])) < smtp_planted:
        problems.append(f"{len(by_sid.get(MAIL_FROM, []))} smtp.mail_from alerts, fewer than the "
                        f"{smtp_planted} planted SMTP flows")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tapwatch", required=True)
    ap.add_argument("--demo", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "demo"))
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    truth_path = os.path.join(args.demo, "demo-truth.json")
    if not os.access(args.tapwatch, os.X_OK) or not os.path.exists(truth_path):
        print(f"skipped: {args.tapwatch} or {truth_path} missing")
        return 77
    truth = json.load(open(truth_path, encoding="utf-8"))
    failed = 0
    for w in args.workers.split(","):
        problems = check(args.tapwatch, args.demo, int(w), truth)
        if problems:
            failed += 1
            print(f"FAIL demo protocol fields [workers={w}]")
            for p in problems:
                print(f"  - {p}")
        else:
            print(f"ok   demo protocol fields [workers={w}]: {len(truth['scam_flows'])} planted flows found")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
