#!/usr/bin/env python3
"""Turns the raw outputs of bench/run into the Markdown result table.

Inputs in --work: NAME.time (/usr/bin/time -v), NAME.out/.err, baseline.json
(tapwatch-hs-baseline --json), sensor_wN.json (tapwatch scan --stats-json),
sensor_wN.eve (alerts). Every throughput is computed from the generator's own
byte and packet counts, so all tools are divided by the same numbers.
"""
import argparse
import json
import os
import platform
import re
import sys
from datetime import datetime, timezone

GB = 1e9


def parse_time(path):
    """User, system, wall seconds and peak RSS (MiB) from /usr/bin/time -v."""
    text = open(path).read()

    def field(name):
        m = re.search(r"^\s*" + re.escape(name) + r": (.*)$", text, re.M)
        if not m:
            raise ValueError(f"{path}: no '{name}'")
        return m.group(1).strip()

    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    return {
        "user": float(field("User time (seconds)")),
        "sys": float(field("System time (seconds)")),
        "wall": wall,
        "rss_mib": int(field("Maximum resident set size (kbytes)")) / 1024,
    }


def machine():
    model = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({model}), {mem} RAM, Linux {platform.release()}"


def fmt(v, digits=2):
    if v is None:
        return "–"
    if isinstance(v, str):
        return v
    if abs(v) >= 1e6:
        return f"{v / 1e6:.2f} M"
    if abs(v) >= 1e4:
        return f"{v / 1e3:.1f} k"
    return f"{v:.{digits}f}"


def ratio_line(name, value, target, good_when_above=True):
    if value is None:
        return f"| {name} | – | {target} | not measured |"
    ok = value >= target if good_when_above else value <= target
    return f"| {name} | {value:.2f} | ≥ {target} | {'met' if ok else 'NOT met'} |"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--capture", required=True)
    ap.add_argument("--summary", required=True)
    ap.add_argument("--command", required=True)
    ap.add_argument("--signatures", required=True)
    ap.add_argument("--have-sensor", type=int, default=0)
    ap.add_argument("--have-ngrep", type=int, default=0)
    ap.add_argument("--load-before", default="?")
    ap.add_argument("--load-after", default="?")
    ap.add_argument("--revision", default="unknown")
    a = ap.parse_args()
    w = a.work
    gen = json.load(open(a.summary))
    base = json.load(open(os.path.join(w, "baseline.json")))
    packets = gen["packets"]
    wire = gen["wire_bytes"]
    payload = gen["payload_bytes"]
    if base["payload_bytes"] != payload:
        print(f"warning: baseline payload bytes {base['payload_bytes']} != generator {payload}", file=sys.stderr)

    rows = []  # (tool, wall, cpu, rss, elapsed_for_rate, matches, note)

    def row(tool, wall, cpu, rss, rate_seconds, matches, note):
        rows.append(dict(tool=tool, wall=wall, cpu=cpu, rss=rss, rate=rate_seconds, matches=matches, note=note))

    startup = None
    sensors = {}
    if a.have_sensor:
        st_path = os.path.join(w, "sensor_startup.time")
        if os.path.exists(st_path) and os.path.getsize(st_path):
            startup = parse_time(st_path)
        for n in (1, 2):
            t = parse_time(os.path.join(w, f"sensor_w{n}.time"))
            stats = json.load(open(os.path.join(w, f"sensor_w{n}.json")))
            alerts = sum(1 for line in open(os.path.join(w, f"sensor_w{n}.eve")) if '"event_type":"alert"' in line)
            cpu = t["user"] + t["sys"]
            net_cpu = cpu - (startup["user"] + startup["sys"]) if startup else None
            if net_cpu is not None and net_cpu <= 0.05 * cpu:
                net_cpu = None  # startup noise swamps the scan: use a bigger capture
            sensors[n] = dict(t=t, stats=stats, cpu=cpu, net_cpu=net_cpu, alerts=alerts)
            note = f"pipeline {stats['elapsed_seconds']:.2f} s"
            if stats.get("packets") != packets:
                note += f"; saw {stats.get('packets')} packets"
            row(f"`tapwatch scan --workers {n}`", t["wall"], cpu, t["rss_mib"], stats["elapsed_seconds"],
                f"{alerts} alerts", note)
        cold_path = os.path.join(w, "sensor_startup_cold.time")
        if os.path.exists(cold_path) and os.path.getsize(cold_path):
            cold = parse_time(cold_path)
            row("`tapwatch scan` startup, empty database cache", cold["wall"], cold["user"] + cold["sys"],
                cold["rss_mib"], None, "–", "signature compile (parallel) + setup; fills the cache the runs above use")
        if startup:
            row("`tapwatch scan` startup, warm cache (empty capture)", startup["wall"], startup["user"] + startup["sys"],
                startup["rss_mib"], None, "–", "cached databases + setup; subtracted in CPU s/GB (net)")

    bt = parse_time(os.path.join(w, "baseline.time"))
    for mode, label in (("block", "raw Hyperscan `hs_scan` (block)"), ("stream", "raw Hyperscan `hs_scan_stream`")):
        m = base[mode]
        row(label, m["wall_seconds"], m["cpu_seconds"], bt["rss_mib"], m["wall_seconds"], f"{m['matches']} matches",
            f"scan loop only, best of {len(m['all_wall_seconds'])}; RSS includes the preloaded payloads")

    ngrep = None
    if a.have_ngrep:
        ngrep = parse_time(os.path.join(w, "ngrep.time"))
        hits = sum(1 for line in open(os.path.join(w, "ngrep.out")) if line[:2] in ("T ", "U "))
        row("`ngrep -q -I FILE -t REGEX` (the baseline field's patterns)", ngrep["wall"], ngrep["user"] + ngrep["sys"], ngrep["rss_mib"], ngrep["wall"],
            f"{hits} packets", "per packet, no reassembly; stops at the first match per packet")

    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = []
    out.append(f"## Benchmark {now}")
    out.append("")
    out.append(f"- Command: `{a.command}` (revision {a.revision})")
    out.append(f"- Machine: {machine()}; load average before {a.load_before}, after {a.load_after}")
    out.append(f"- Capture: `{os.path.basename(a.capture)}`: {gen['file_bytes'] / 2**30:.2f} GiB, "
               f"{packets:,} packets, {gen['flows']:,} flows ({gen['options']['flows']} concurrent), "
               f"{payload:,} TCP/UDP payload bytes, {gen['scam_flows']} scam flows")
    field = base.get("field", "stream")
    out.append(f"- Signatures: `{a.signatures}`; raw Hyperscan scans every payload with the database of "
               f"`{field}` ({base['signatures']} signatures, {base['expressions']} expressions)")
    out.append("")
    out.append("| Tool | Wall s | CPU s | Peak RSS MiB | Packets/s | Gbit/s (frames) | Gbit/s (payload) | CPU s/GB | Found | Notes |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for r in rows:
        rate = r["rate"]
        pps = packets / rate if rate else None
        gbps = wire * 8 / rate / 1e9 if rate else None
        pgbps = payload * 8 / rate / 1e9 if rate else None
        cpu_per_gb = r["cpu"] / (payload / GB) if rate else None
        out.append(f"| {r['tool']} | {fmt(r['wall'])} | {fmt(r['cpu'])} | {fmt(r['rss'], 0)} | {fmt(pps)} | "
                   f"{fmt(gbps)} | {fmt(pgbps)} | {fmt(cpu_per_gb)} | {r['matches']} | {r['note']} |")
    out.append("")
    out.append("Rates use the sensor's pipeline time (file read to last alert, without signature compile) and the "
               "baseline's scan-loop time; ngrep's is its whole run. CPU s/GB is per GB (10^9) of TCP/UDP payload.")
    out.append("")

    s1 = sensors.get(1)
    s2 = sensors.get(2)
    hs = base["stream"]
    r_hs = hs["wall_seconds"] / s1["stats"]["elapsed_seconds"] if s1 else None
    r_hs_cpu = hs["cpu_seconds"] / s1["net_cpu"] if s1 and s1["net_cpu"] else None
    bt_whole = parse_time(os.path.join(w, "baseline.time"))
    r_hs_whole_cpu = (bt_whole["user"] + bt_whole["sys"]) / s1["cpu"] if s1 else None
    r_21 = s1["stats"]["elapsed_seconds"] / s2["stats"]["elapsed_seconds"] if s1 and s2 else None
    r_21_wall = s1["t"]["wall"] / s2["t"]["wall"] if s1 and s2 else None
    r_21_cpu = s2["cpu"] / s1["cpu"] if s1 and s2 else None
    r_ng = ngrep["wall"] / s1["t"]["wall"] if s1 and ngrep else None
    r_ng_cpu = (ngrep["user"] + ngrep["sys"]) / s1["cpu"] if s1 and ngrep else None
    r_ng_pipe = ngrep["wall"] / s1["stats"]["elapsed_seconds"] if s1 and ngrep else None
    out.append("| Ratio | Value | Target | |")
    out.append("|---|---:|---:|---|")
    # CPU first: on a shared machine wall time measures the run queue as much as the sensor.
    out.append(ratio_line("sensor 1 worker / raw HS stream (CPU: scan-loop CPU ÷ sensor CPU − startup)", r_hs_cpu, 0.8))
    out.append(ratio_line("sensor 1 worker / raw HS stream (pipeline wall ÷ scan-loop wall)", r_hs, 0.8))
    out.append(ratio_line("sensor 1 worker / raw HS (whole processes, CPU; the baseline's includes its preload)",
                          r_hs_whole_cpu, 0.8))
    out.append(ratio_line("sensor 2 workers / 1 worker (pipeline wall)", r_21, 1.8))
    out.append(ratio_line("sensor 2 workers / 1 worker (whole process wall)", r_21_wall, 1.8))
    out.append(f"| sensor 2 workers CPU ÷ 1 worker CPU (what parallelism costs; 1.00 = nothing) | "
               f"{r_21_cpu:.2f} | – | |" if r_21_cpu else "| sensor 2 workers CPU ÷ 1 worker CPU | – | – | |")
    out.append(ratio_line("sensor 1 worker / ngrep (whole runs, wall)", r_ng, 10))
    out.append(ratio_line("sensor 1 worker / ngrep (whole runs, CPU)", r_ng_cpu, 10))
    out.append(ratio_line("sensor 1 worker / ngrep (sensor pipeline time vs ngrep run)", r_ng_pipe, 10))
    out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
