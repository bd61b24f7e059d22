#!/usr/bin/env python3
"""Load time and per-packet cost of ET-style IP-reputation rules.

    bench/rules/iplist_bench.py --tapwatch build/sensor/main/tapwatch --capture CAPTURE.pcap \
        [--rules "0 300 1000 3000"] [--addresses 30]

ET Open's IP-list files (compromised, drop, dshield, ciarmy, tor, botcc, 3coresec,
threatview) are hundreds of content-free rules of the form

    alert ip [a1,...,a30] any -> $HOME_NET any (msg:"..."; threshold: type limit,
        track by_src, seconds 60, count 1; classtype:misc-attack; sid:N; rev:1;)

This writes N such rules (deterministic random public IPv4 addresses and /24s;
the first rule also lists the capture's busiest source, so the set alerts),
then for each N measures
  load:  `tapwatch sig check RULES`           CPU seconds (user+sys), peak RSS;
  scan:  `tapwatch scan CAPTURE -s RULES`     CPU seconds, pipeline seconds, alerts;
and the same N rules made unindexable (each list gets a negated item, which
keeps the meaning for these addresses but stops the address index from taking
the rule: every packet then tries every rule, the linear cost an index avoids).
Prints a Markdown table. Keep captures small (tens of MB): this is a CPU-time
comparison, not a throughput record.
"""
import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile


def parseArgs():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tapwatch", default="build/sensor/main/tapwatch")
    p.add_argument("--capture", required=True, help="a pcap to scan (e.g. tapwatch-gen --bytes 40M)")
    p.add_argument("--rules", default="0 300 1000 3000", help="rule counts (0 = one unrelated rule)")
    p.add_argument("--addresses", type=int, default=30, help="list items per rule (ET uses 10-50)")
    p.add_argument("--hit", default="", help="an address to list in the first rule (default: the capture's busiest source)")
    p.add_argument("--no-linear", action="store_true", help="skip the unindexed comparison rows")
    return p.parse_args()


def randomPublicItem(rng):
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127) or (a == 172) or (a == 192) or (a == 100) or (a == 169):
            continue
        item = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
        return f"{item}.0/24" if rng.random() < 0.2 else f"{item}.{rng.randint(1, 254)}"


def writeRules(path, count, addresses, hit, negate):
    rng = random.Random(18)
    with open(path, "w") as fh:
        if count == 0:
            fh.write('alert tcp any any -> any 1 (msg:"unrelated"; flags:S; sid:1; rev:1;)\n')
            return
        for i in range(count):
            items = [randomPublicItem(rng) for _ in range(addresses)]
            if i == 0 and hit:
                items[0] = hit
            if negate:
                items.append("!192.0.2.1")
            fh.write(f'alert ip [{",".join(items)}] any -> $HOME_NET any (msg:"bench IP reputation group {i + 1}"; '
                     f'threshold: type limit, track by_src, seconds 60, count 1; classtype:misc-attack; '
                     f'sid:{2500000 + i}; rev:1;)\n')


def timed(cmd):
    """(returncode, CPU seconds of the child, peak RSS MiB, stdout, stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result.returncode, cpu, after.ru_maxrss / 1024.0, result.stdout, result.stderr


def busiestSource(tapwatch, capture):
    """The most frequent IPv4 source of the capture's first packets (via tcpdump when present)."""
    try:
        out = subprocess.run(["tcpdump", "-nr", capture, "-c", "20000", "ip"], capture_output=True, text=True).stdout
    except OSError:
        return ""
    counts = {}
    for line in out.splitlines():
        words = line.split()
        if len(words) > 2 and words[1] == "IP":
            src = ".".join(words[2].split(".")[:4])
            counts[src] = counts.get(src, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def main():
    args = parseArgs()
    if not os.access(args.tapwatch, os.X_OK):
        print(f"{args.tapwatch}: not an executable tapwatch", file=sys.stderr)
        return 2
    hit = args.hit or busiestSource(args.tapwatch, args.capture)
    print(f"capture {args.capture} ({os.path.getsize(args.capture) / 1e6:.0f} MB); {args.addresses} items a rule; "
          f"first rule lists {hit or '(nothing from the capture)'}\n")
    print("| rules | addresses | indexed | load CPU s | load RSS MiB | scan CPU s | scan pipeline s | alerts |")
    print("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory(prefix="iplist_bench.") as tmp:
        for count in (int(n) for n in args.rules.split()):
            for negate in ((False, True) if count and not args.no_linear else (False,)):
                rules = os.path.join(tmp, f"ip-{count}-{int(negate)}.rules")
                writeRules(rules, count, args.addresses, hit, negate)
                rc, load_cpu, load_rss, out, err = timed([args.tapwatch, "sig", "check", rules])
                if rc != 0:
                    print(f"sig check refused {rules}:\n{out}{err}", file=sys.stderr)
                    return 1
                eve = os.path.join(tmp, "scan.eve")
                stats = os.path.join(tmp, "scan.stats.json")
                rc, scan_cpu, _rss, out, err = timed([args.tapwatch, "scan", args.capture, "-s", rules, "--workers", "1",
                                                      "--no-progress", "--types", "alert", "-o", eve,
                                                      "--stats-json", stats])
                if rc != 0:
                    print(f"scan failed:\n{err[-2000:]}", file=sys.stderr)
                    return 1
                elapsed = json.load(open(stats)).get("elapsed_seconds", 0.0)
                alerts = sum(1 for line in open(eve) if '"event_type":"alert"' in line.replace(" ", ""))
                label = "-" if count == 0 else ("no (linear)" if negate else "yes")
                print(f"| {count} | {count * args.addresses} | {label} | {load_cpu:.2f} | {load_rss:.0f} | "
                      f"{scan_cpu:.2f} | {elapsed:.2f} | {alerts} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
