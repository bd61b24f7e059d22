#!/usr/bin/env python3
"""Generates the HTTP evasion catalogue: tests/evasion/pcaps/<class>.pcap (one TCP
connection per case), catalogue.json (what a browser-like reading of each case
must show and count) and signatures.yaml (one signature per body field).

Expectations come from the generator, never from sensor output. Output is
byte-deterministic (hand-built frames, fixed ISNs, IP ids and timestamps), so
the committed files can be checked against a fresh run:

  generate.py            regenerate next to this script
  generate.py --out DIR  write somewhere else
  generate.py --check    regenerate into a temporary directory and diff (exit 1 on differences)
  generate.py --list     print the case ids

Needs only Python 3 (no scapy).
"""
import argparse
import filecmp
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from evgen import classes_coding, classes_combined, classes_exchange, classes_framing, classes_lines  # noqa: E402
from evgen import classes_status  # noqa: E402
from evgen import reference, texts, wire  # noqa: E402
from evgen.case import SPLIT, WHOLE  # noqa: E402

# (class, what it covers, builder). The order fixes addresses and ports: append, do not reorder.
CLASSES = [
    ("clean", "well-formed controls over every body carrier", classes_exchange.clean),
    ("line_ends", "CRLF, bare LF, bare CR and LF CR line ends, whole messages or single lines", classes_lines.lineEnds),
    ("control_chars", "NUL, VT, FF and other C0 bytes in header names and values", classes_lines.controlChars),
    ("folding", "obs-fold continuation lines", classes_lines.folding),
    ("junk_before", "empty lines or junk before the status/request line", classes_lines.junkBefore),
    ("no_colon", "header lines without a colon", classes_lines.noColon),
    ("status_line", "odd versions, separators and status codes; odd request-line versions", classes_status.statusLine),
    ("http09", "HTTP/0.9-style responses: no status line, no headers", classes_status.http09),
    ("content_length", "Content-Length duplicated, conflicting, invalid, or next to Transfer-Encoding",
     classes_framing.contentLength),
    ("transfer_encoding", "Transfer-Encoding values other than exactly 'chunked'", classes_framing.transferEncoding),
    ("chunk_lines", "chunk-size lines: extensions, whitespace, junk, line ends, oversized sizes",
     classes_framing.chunkLines),
    ("until_close", "bodies delimited by the connection close", classes_framing.untilClose),
    ("content_coding", "coding lists and stacks, legacy names, raw deflate, gzip flags and trailers, decode "
     "failures, unknown codings", classes_coding.contentCoding),
    ("interim_nobody", "1xx before the final response; HEAD, 204 and 304 before the marked response",
     classes_exchange.interimNoBody),
    ("persistent", "keep-alive and pipelined exchanges, the marker in one of them", classes_exchange.persistent),
    ("combined", "several oddities from different groups in one message", classes_combined.combined),
]

CASE_SPACING_NS = 10**9        # one second between cases' first frames
FRAME_SPACING_NS = 1_000_000   # one millisecond between frames


def buildAll():
    """-> (manifest dict, {relative path: bytes})"""
    files, cases, port, problems = {}, [], 20000, []
    markers = texts.RESPONSE_MARKERS + texts.REQUEST_MARKERS
    for ci, (cls, about, builder) in enumerate(CLASSES):
        records, ids = [], set()
        client_ip = "198.51.100.%d" % (10 + ci)
        for i, c in enumerate(builder()):
            c.cls, c.id = cls, f"{cls}/{c.name}"
            assert c.id not in ids, f"duplicate case id {c.id}"
            ids.add(c.id)
            problems += [f"{c.id}: {p}" for p in reference.check(c, markers)]
            port += 1
            sizes = c.sizes or (WHOLE if i % 2 == 0 else SPLIT)
            conv = wire.Conversation((client_ip, port), seed=port)
            conv.handshake()
            for step in c.steps:
                if step[0] in ("c", "s"):
                    conv.send(wire.TO_SERVER if step[0] == "c" else wire.TO_CLIENT, step[1], sizes)
                else:
                    conv.close(wire.TO_SERVER if step[0] == "c_fin" else wire.TO_CLIENT)
            start = wire.BASE_TS_NS + len(cases) * CASE_SPACING_NS
            records += [(start + k * FRAME_SPACING_NS, f) for k, f in enumerate(conv.frames)]
            sent = b"".join(s[1] for s in c.steps if s[0] == ("s" if c.field == "http.response_body" else "c"))
            cases.append({
                "id": c.id, "class": cls, "description": c.description, "field": c.field,
                "signature_id": texts.SIGNATURE_IDS[c.field], "marker": c.marker, "anomalies": c.anomalies,
                "pcap": f"pcaps/{cls}.pcap", "client": [client_ip, port], "server": list(wire.SERVER),
                "segments": "whole" if sizes == WHOLE else "split", "frames": len(conv.frames),
                "marker_in_raw_stream": c.marker.encode() in sent,
            })
        files[f"pcaps/{cls}.pcap"] = wire.pcapFile(records)
    if problems:
        raise SystemExit("cases the reference reading disagrees with (fix the case or the reading):\n  " +
                         "\n  ".join(problems))
    manifest = {
        "about": "Generated by tests/evasion/generate.py: do not edit. Each case is one TCP connection in its "
                 "class's pcap; a browser-like reading must alert once on `field` with `signature_id` and count "
                 "every reason in `anomalies` (tapwatch_protocol_anomalies_total{reason}).",
        "signatures": "signatures.yaml",
        "classes": [{"name": n, "about": a} for n, a, _ in CLASSES],
        "cases": cases,
    }
    files["catalogue.json"] = (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode()
    files["signatures.yaml"] = texts.signaturesYaml().encode()
    return manifest, files


def write(out, files):
    for rel, data in files.items():
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)


def check(files):
    problems = []
    with tempfile.TemporaryDirectory(prefix="tapwatch-evasion-") as tmp:
        write(tmp, files)
        for rel in sorted(files):
            here = os.path.join(HERE, rel)
            if not os.path.exists(here):
                problems.append(f"{rel}: missing from the committed catalogue")
            elif not filecmp.cmp(here, os.path.join(tmp, rel), shallow=False):
                problems.append(f"{rel}: differs from the generator's output")
    pcaps = os.path.join(HERE, "pcaps")
    for name in sorted(os.listdir(pcaps)) if os.path.isdir(pcaps) else []:
        if f"pcaps/{name}" not in files:
            problems.append(f"pcaps/{name}: committed but no longer generated")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} difference(s): run tests/evasion/generate.py and commit the result")
        return 1
    print(f"{len(files)} files match the generator's output")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=HERE, help="output directory (default: next to this script)")
    ap.add_argument("--check", action="store_true", help="diff a fresh generation against the committed files")
    ap.add_argument("--list", action="store_true", help="list case ids")
    args = ap.parse_args()
    manifest, files = buildAll()
    if args.list:
        print("\n".join(c["id"] for c in manifest["cases"]))
        return 0
    if args.check:
        return check(files)
    write(args.out, files)
    counts = {}
    for c in manifest["cases"]:
        counts[c["class"]] = counts.get(c["class"], 0) + 1
    for cls, n in counts.items():
        print(f"{cls:18} {n:4} cases  pcaps/{cls}.pcap ({len(files['pcaps/' + cls + '.pcap'])} bytes)")
    print(f"{'total':18} {len(manifest['cases']):4} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
