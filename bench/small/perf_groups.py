#!/usr/bin/env python3
"""Where a `perf record` of `tapwatch scan` spent its time, summed by the
groups bench/README.md uses ("Stop 32"): Hyperscan, kernel, libc, the
look-ahead prefetch chain, header peek, checksums, decode, flow table, file
reader, ScopeScan, onStreamData, TCP reassembly, the rest of tapwatch.

  perf_groups.py PERF_DATA [--hz 4999]    prints one markdown row per group
"""
import argparse
import collections
import re
import subprocess

# First match wins: (group, test on the sample's dso and symbol).
GROUPS = [
    ("Hyperscan (libhs)", lambda dso, sym: "libhs" in dso),
    ("kernel", lambda dso, sym: "kernel" in dso),
    ("libc (malloc/free/memcpy)", lambda dso, sym: "libc" in dso),
    ("look-ahead: queuePacket + prefetchFlow/Neighbours",
     lambda dso, sym: re.search(r"queuePacket|prefetchFlow|prefetchNeighbours", sym)),
    ("header peek (peekFlowHash, peekIp)", lambda dso, sym: re.search(r"peekFlowHash|peekIp", sym)),
    ("checksums", lambda dso, sym: re.search(r"[cC]hecksum", sym)),
    ("decode (Decoder::*)", lambda dso, sym: "Decoder::" in sym),
    ("flow table (FlowTable::*)", lambda dso, sym: "FlowTable::" in sym),
    ("PcapFileMap::next", lambda dso, sym: "PcapFileMap" in sym),
    ("ScopeScan", lambda dso, sym: "ScopeScan" in sym),
    ("Worker::onStreamData", lambda dso, sym: "onStreamData" in sym),
    ("TCP reassembly (Tcp*)", lambda dso, sym: "Tcp" in sym),
    ("tapwatch: everything else", lambda dso, sym: "tapwatch" in dso),
]
OTHER = "other"


def samples(data):
    out = subprocess.run(["perf", "report", "-i", data, "--no-children", "--sort", "dso,sym", "-g", "none",
                          "--stdio", "-F", "sample,dso,sym"], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        m = re.match(r"\s+(\d+)\s+(\S+)\s+\[.\]\s+(.*)", line)
        if m:
            yield int(m.group(1)), m.group(2), m.group(3)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data")
    ap.add_argument("--hz", type=float, default=4999, help="perf record -F (samples a second)")
    a = ap.parse_args()
    total = 0
    by_group = collections.Counter()
    for n, dso, sym in samples(a.data):
        total += n
        by_group[next((name for name, test in GROUPS if test(dso, sym)), OTHER)] += n
    print_groups(by_group, total, a.hz, [g for g, _ in GROUPS] + [OTHER])


def print_groups(by_group, total, hz, names):
    """One markdown row for the sampled CPU, then one per group in `names` (ms of samples, share)."""
    print(f"| CPU sampled | {total / hz * 1000:.0f} ms |")
    for name in names:
        print(f"| {name} | {by_group[name] / hz * 1000:.0f} ms ({100 * by_group[name] / max(total, 1):.1f} %) |")


if __name__ == "__main__":
    main()
