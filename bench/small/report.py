#!/usr/bin/env python3
"""Markdown report of bench/small/run.sh: medians over alternating rounds."""
import argparse
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from report import parse_time, machine  # noqa: E402  (bench/report.py)


def med(values):
    return statistics.median(values) if values else None


def main():
    ap = argparse.ArgumentParser()
    for a in ("--work", "--capture", "--summary", "--load-before", "--load-after", "--revision"):
        ap.add_argument(a, required=True)
    ap.add_argument("--rounds", type=int, required=True)
    a = ap.parse_args()
    w = a.work
    summary = json.load(open(a.summary))
    packets = summary.get("packets")
    rounds = range(1, a.rounds + 1)

    def t(name):
        x = parse_time(os.path.join(w, name + ".time"))
        x["cpu"] = x["user"] + x["sys"]
        return x

    base = [(t(f"baseline_{r}"), json.load(open(os.path.join(w, f"baseline_{r}.json")))) for r in rounds]
    s1 = [(t(f"w1_{r}"), json.load(open(os.path.join(w, f"w1_{r}.json")))) for r in rounds]
    s2 = [(t(f"w2_{r}"), json.load(open(os.path.join(w, f"w2_{r}.json")))) for r in rounds]
    s2d = [(t(f"w2d_{r}"), json.load(open(os.path.join(w, f"w2d_{r}.json")))) for r in rounds]
    st = [t(f"startup_{r}") for r in rounds]

    rows = []

    def row(name, wall, cpu, rss, pipe, notes):
        ns = f"{cpu / packets * 1e9:.0f}" if cpu and packets else "–"
        rows.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {ns} | {rss:.0f} | "
                    f"{pipe if isinstance(pipe, str) else f'{pipe:.3f}'} | {notes} |")

    b_scan_cpu = med([j["stream"]["cpu_seconds"] for _, j in base])
    b_scan_wall = med([j["stream"]["wall_seconds"] for _, j in base])
    row("raw Hyperscan `hs_scan_stream` (scan loop)", b_scan_wall, b_scan_cpu, med([x["rss_mib"] for x, _ in base]),
        b_scan_wall, f"{base[0][1]['payloads']} payloads, {base[0][1]['payload_bytes']} bytes, "
        f"{base[0][1]['expressions']} expressions; RSS includes the preloaded payloads")
    row("raw Hyperscan, whole process", med([x["wall"] for x, _ in base]), med([x["cpu"] for x, _ in base]),
        med([x["rss_mib"] for x, _ in base]), "–", "reads and preloads the capture, compiles, block + stream runs")
    startup_cpu = med([x["cpu"] for x in st])
    for label, runs in (("`tapwatch scan --workers 1`", s1), ("`tapwatch scan --workers 2` (file fanout)", s2),
                        ("`tapwatch scan --workers 2 --set capture.offline_mode=dispatch`", s2d)):
        row(label, med([x["wall"] for x, _ in runs]), med([x["cpu"] for x, _ in runs]),
            med([x["rss_mib"] for x, _ in runs]), med([j["elapsed_seconds"] for _, j in runs]),
            f"{runs[0][1].get('alerts', '?')} alerts; net CPU (startup subtracted) "
            f"{med([x['cpu'] for x, _ in runs]) - startup_cpu:.2f} s")
    row("`tapwatch scan` startup (empty capture, warm cache)", med([x["wall"] for x in st]), startup_cpu,
        med([x["rss_mib"] for x in st]), "–", "subtracted for the net CPU")
    ngrep = None
    if os.path.exists(os.path.join(w, "ngrep.time")):
        ngrep = t("ngrep")
        row("`ngrep -q -i -I CAPTURE -t '<the 50 literals>'`", ngrep["wall"], ngrep["cpu"], ngrep["rss_mib"], "–",
            "one run; same literals, caseless, per packet")

    w1_cpu = med([x["cpu"] for x, _ in s1])
    w2_cpu = med([x["cpu"] for x, _ in s2])
    w1_wall = med([x["wall"] for x, _ in s1])
    w2_wall = med([x["wall"] for x, _ in s2])
    w1_pipe = med([j["elapsed_seconds"] for _, j in s1])
    w2_pipe = med([j["elapsed_seconds"] for _, j in s2])
    w2d_cpu = med([x["cpu"] for x, _ in s2d])
    w2d_wall = med([x["wall"] for x, _ in s2d])
    w2d_pipe = med([j["elapsed_seconds"] for _, j in s2d])
    ratios = [
        ("sensor 1 worker / raw HS stream, CPU (scan-loop CPU ÷ sensor CPU − startup)", b_scan_cpu / (w1_cpu - startup_cpu), "≥ 0.8"),
        ("sensor 1 worker / raw HS stream, pipeline wall (scan loop ÷ pipeline elapsed)", b_scan_wall / w1_pipe, ""),
        ("sensor 1 worker / raw HS, whole process CPU", med([x["cpu"] for x, _ in base]) / w1_cpu, ""),
        ("sensor 1 worker / raw HS, whole process wall", med([x["wall"] for x, _ in base]) / w1_wall, ""),
        ("2 workers / 1 worker, pipeline wall (elapsed 1 ÷ elapsed 2)", w1_pipe / w2_pipe, "≥ 1.8"),
        ("2 workers / 1 worker, whole process wall", w1_wall / w2_wall, "≥ 1.8"),
        ("2 workers / 1 worker, CPU spent (CPU 2 ÷ CPU 1; 1.0 = parallelism costs nothing)", w2_cpu / w1_cpu, ""),
        ("2 workers dispatch / 1 worker, pipeline wall", w1_pipe / w2d_pipe, ""),
        ("2 workers dispatch / 1 worker, whole process wall", w1_wall / w2d_wall, ""),
        ("2 workers dispatch / 1 worker, CPU spent", w2d_cpu / w1_cpu, ""),
        ("fanout / dispatch (2 workers), pipeline wall (elapsed dispatch ÷ elapsed fanout)", w2d_pipe / w2_pipe, ""),
    ]
    if ngrep:
        ratios.append(("sensor 1 worker / ngrep, whole process wall", ngrep["wall"] / w1_wall, ""))
        ratios.append(("sensor 1 worker / ngrep, whole process CPU", ngrep["cpu"] / w1_cpu, ""))

    print(f"### Small packets, revision {a.revision}\n")
    print(f"- Capture: `{os.path.basename(a.capture)}`: {packets} packets, {summary.get('file_bytes', '?')} file bytes, "
          f"{summary.get('small_packets', '?')} of at most 128 bytes, {summary.get('flows', '?')} flows")
    print(f"- Machine: {machine()}; load average before {a.load_before}, after {a.load_after}")
    print(f"- Medians of {a.rounds} alternating rounds (baseline, w1, w2, w2d, startup); CPU = user + sys of the process\n")
    print("| Tool | Wall s | CPU s | CPU ns/packet | Peak RSS MiB | Pipeline / scan s | Notes |")
    print("|---|---:|---:|---:|---:|---:|---|")
    print("\n".join(rows))
    same = {json.dumps(j.get("alerts")) for _, j in s1 + s2 + s2d}
    print(f"\nAlerts per run: {', '.join(sorted(same))} ({'the same' if len(same) == 1 else 'DIFFERENT'} "
          "for 1 worker, fanout and dispatch)")
    print("\n| Ratio | Value | Target |\n|---|---:|---|")
    for name, v, target in ratios:
        print(f"| {name} | {v:.2f} | {target} |")
    print("\nPer round (wall/CPU s): " + "; ".join(
        f"r{r}: HS scan {base[r-1][1]['stream']['cpu_seconds']:.2f}, w1 {s1[r-1][0]['wall']:.2f}/{s1[r-1][0]['cpu']:.2f}, "
        f"w2 {s2[r-1][0]['wall']:.2f}/{s2[r-1][0]['cpu']:.2f}, w2d {s2d[r-1][0]['wall']:.2f}/{s2d[r-1][0]['cpu']:.2f}"
        for r in rounds))


if __name__ == "__main__":
    main()
