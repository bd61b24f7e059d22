#!/usr/bin/env python3
"""Where a `perf record --call-graph dwarf` of `tapwatch scan` on bench/run's
mail-heavy capture spent its time, summed by the groups bench/README.md uses
("Stop 34"): Hyperscan by the parser whose field it scanned (the call stack
names it), the text stages, decoders, packet path, EVE and the rest.

  perf record -F 300 --call-graph dwarf,16384 -o DATA tapwatch scan ...
  perf_groups.py DATA [--hz 300]    prints one markdown row per group
"""
import argparse
import collections
import importlib.util
import pathlib
import re
import subprocess

FRAME = re.compile(r"^\s*[0-9a-f]+ (.*?)(?:\+0x[0-9a-f]+)? \((.*)\)\s*$")

# First match wins: (group, test on the leaf frame's symbol and dso, and the whole stack's symbols).
GROUPS = [
    ("start-up (signature load, YAML, database cache)",
     lambda sym, dso, stack: "DetectionSet::load" in stack or "loadSignatureSet" in stack or "yaml" in dso),
    ("Hyperscan: HTTP bodies and their text",
     lambda sym, dso, stack: "libhs" in dso and "HttpAppParser" in stack),
    ("Hyperscan: SMTP (body, text, own text, headers)",
     lambda sym, dso, stack: "libhs" in dso and "SmtpAppParser" in stack),
    ("Hyperscan: other fields (stream, DNS, TLS, ...)", lambda sym, dso, stack: "libhs" in dso),
    ("gzip (libz)", lambda sym, dso, stack: "libz" in dso),
    ("SHA-256 of files (libcrypto)", lambda sym, dso, stack: "libcrypto" in dso),
    ("kernel", lambda sym, dso, stack: "kernel" in dso),
    ("case fold for Hyperscan (foldText)", lambda sym, dso, stack: "foldText" in sym),
    ("HtmlText", lambda sym, dso, stack: "HtmlText::" in sym),
    ("LetterJoiner", lambda sym, dso, stack: "LetterJoiner::" in sym),
    ("LeetFold", lambda sym, dso, stack: "LeetFold::" in sym),
    ("OwnText", lambda sym, dso, stack: "OwnText::" in sym),
    ("MIME, base64, QP, charsets",
     lambda sym, dso, stack: re.search(r"MimeParser|Base64Decoder|QuotedPrintable|CharsetConverter|Rfc2047", sym)
     is not None),
    ("URL extraction", lambda sym, dso, stack: re.search(r"UrlExtractor|findUrl", sym) is not None),
    ("HTTP / SMTP parsers", lambda sym, dso, stack: re.search(r"HttpAppParser|HttpHeader|SmtpAppParser", sym)
     is not None),
    ("detection glue (ScopeScan, Worker::fieldData)",
     lambda sym, dso, stack: re.search(r"ScopeScan|fieldData|Condition::", sym) is not None),
    ("EVE output (JSON)", lambda sym, dso, stack: re.search(r"nlohmann|Eve|eve", sym) is not None),
    ("anomaly events (AnomalyWatch)", lambda sym, dso, stack: "AnomalyWatch" in sym),
    ("packet path (read, decode, flows, reassembly, checksums)",
     lambda sym, dso, stack: re.search(r"PcapFileMap|Decoder::|peekFlowHash|peekIp|[cC]hecksum|FlowTable|Tcp|"
                                       r"queuePacket|onStreamData|inspectApp|Worker::", sym) is not None),
    ("libc (memcpy, malloc, ...)", lambda sym, dso, stack: "libc" in dso),
    ("tapwatch: everything else", lambda sym, dso, stack: "tapwatch" in dso),
]
OTHER = "other"


def small_groups():
    """bench/small/perf_groups.py, for its table printer (both scripts are named perf_groups)."""
    path = pathlib.Path(__file__).resolve().parent.parent / "small" / "perf_groups.py"
    spec = importlib.util.spec_from_file_location("small_perf_groups", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def samples(data):
    out = subprocess.run(["perf", "script", "-i", data], capture_output=True, text=True, check=True).stdout
    for block in out.split("\n\n"):
        frames = [m.groups() for m in map(FRAME.match, block.strip().splitlines()[1:]) if m]
        if frames:
            yield frames[0][0], frames[0][1], " ".join(sym for sym, _ in frames)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data")
    ap.add_argument("--hz", type=float, default=300, help="perf record -F (samples a second)")
    a = ap.parse_args()
    total = 0
    by_group = collections.Counter()
    for sym, dso, stack in samples(a.data):
        total += 1
        by_group[next((name for name, test in GROUPS if test(sym, dso, stack)), OTHER)] += 1
    small_groups().print_groups(by_group, total, a.hz, [g for g, _ in GROUPS] + [OTHER])


if __name__ == "__main__":
    main()
