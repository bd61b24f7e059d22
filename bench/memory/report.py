#!/usr/bin/env python3
"""bench/memory/report.py: turns bench/memory/run.sh's work directory into Markdown.

Peak RSS comes from /usr/bin/time -v; the resident split at the peak from the
/proc/PID/smaps sample (run.sh sums it per kind) with the highest Rss; the heap breakdown from heaptrack's
collapsed stacks at the heap peak (--flamegraph-cost-type peak), each stack
given to the component of its innermost frame that names one (so an
hs_open_stream called from a ScopeScan counts as Hyperscan stream state).
"""
import argparse
import json
import os
import re
import sys

# (component, frame patterns), innermost frame matched first. Order decides
# ties within one frame only.
COMPONENTS = [
    ("Hyperscan stream state", [r"hs_open_stream", r"hs_copy_stream"]),
    ("Hyperscan scratch", [r"hs_alloc_scratch", r"hs_clone_scratch", r"ScanScratch::"]),
    ("signature databases and sets", [r"hs_deserialize", r"hs_compile", r"DatabaseCache", r"PatternCompiler",
                                      r"DetectionSet::", r"loadSignature", r"SignatureLoader", r"DomainMatcher",
                                      r"IocList", r"IpList", r"RuleLoader", r"compileSet"]),
    ("stream scans (per-flow detection: stream slots, excerpt tails, match states)",
     [r"ScopeScan::", r"takeScopeScan"]),
    ("reassembly buffers (out-of-order)", [r"OooBuffer"]),
    ("defragmenter (tracker pool reserved, mostly not resident)", [r"Defragmenter::"]),
    ("protocol parser state", [r"makeAppParser", r"AppParser", r"Parser::", r"PendingBytes", r"inspectApp",
                               r"attachParser"]),
    ("flow table (Flow pool + hash index)", [r"FlowTable::allocate", r"FlowTable::growIndex",
                                             r"FlowTable::FlowTable"]),
    ("per-flow inspection state (FlowInspection)", [r"Worker::onFlowOpen"]),
    ("rings (capture -> worker)", [r"PacketRing"]),
    ("alerts and EVE events in flight", [r"Alert>", r"EveEvent", r"emitFlowEnd", r"Worker::onHit"]),
    ("outputs (queues, writers)", [r"HandOffQueue", r"OutputThread", r"EveWriter", r"SyslogForwarder", r"Redis"]),
    ("capture file reading (libpcap)", [r"PcapSource", r"pcap_"]),
]


def classify(stack):
    frames = stack.split(";")
    for frame in reversed(frames):
        for name, patterns in COMPONENTS:
            if any(re.search(p, frame) for p in patterns):
                return name
    return "other (startup, config, libraries' own heap)"


def time_fields(path):
    out = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.strip().partition(": ")
            out[key] = value
    kib = int(out.get("Maximum resident set size (kbytes)", "0"))
    wall = out.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "0:0")
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    cpu = float(out.get("User time (seconds)", 0)) + float(out.get("System time (seconds)", 0))
    return kib, seconds, cpu


def smaps_peak(path):
    """The /proc/PID/smaps sample with the highest total: (anonymous, capture file, other files) in KiB."""
    best = (0, 0, 0)
    if not os.path.exists(path):
        return best
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3 or not all(p.isdigit() for p in parts):
                continue
            sample = tuple(int(p) for p in parts)
            if sum(sample) > sum(best):
                best = sample
    return best


def mib(kib):
    return f"{kib / 1024:.1f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--workers", default="1 2")
    ap.add_argument("--capture", required=True)
    ap.add_argument("--load-before", default="?")
    ap.add_argument("--load-after", default="?")
    ap.add_argument("--revision", default="unknown")
    a = ap.parse_args()
    w = a.work
    print(f"### Memory, revision {a.revision}\n")
    print(f"- Capture: `{os.path.basename(a.capture)}`, 50 content signatures on `stream` "
          f"(bench/small/signatures_50.py), `stream.depth_bytes=0`, EVE alerts only")
    print(f"- Load average before {a.load_before}, after {a.load_after}\n")
    print("| Command | Workers | Peak RSS MiB | At the sampled peak: anonymous MiB | capture file window MiB "
          "| binary and libraries MiB | Wall s | CPU s | Flows |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind in ("scan", "run"):
        for n in a.workers.split():
            name = f"{kind}_w{n}"
            if not os.path.exists(f"{w}/{name}.time"):
                continue
            kib, wall, cpu = time_fields(f"{w}/{name}.time")
            anon, capture, filed = smaps_peak(f"{w}/{name}.smaps")
            flows = "–"
            if os.path.exists(f"{w}/{name}.json"):
                with open(f"{w}/{name}.json") as f:
                    flows = json.load(f).get("flows", "–")
            cmd = "`tapwatch scan`" if kind == "scan" else "`tapwatch run -r`"
            print(f"| {cmd} | {n} | {mib(kib)} | {mib(anon)} | {mib(capture)} | {mib(filed)} | {wall:.2f} | {cpu:.2f} | {flows} |")
    stacks = f"{w}/heap.stacks"
    if not os.path.exists(stacks):
        return 0
    totals = {}
    with open(stacks) as f:
        for line in f:
            stack, _, value = line.rstrip("\n").rpartition(" ")
            if not value.isdigit():
                continue
            name = classify(stack)
            totals[name] = totals.get(name, 0) + int(value)
    heap = sum(totals.values())
    print("\nHeap at its peak, `tapwatch scan --workers 1` under heaptrack (bytes requested; malloc adds "
          "an 8-byte header and rounds blocks up to 16 bytes; reserved-but-untouched blocks count here but not in "
          "RSS):\n")
    print("| Component | MiB | Share |")
    print("|---|---:|---:|")
    for name, value in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {value / 2**20:.1f} | {100 * value / heap:.0f}% |")
    print(f"| **heap total** | **{heap / 2**20:.1f}** | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
