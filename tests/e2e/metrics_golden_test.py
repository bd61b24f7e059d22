#!/usr/bin/env python3
"""Golden test of the metric contract: replays a capture through
the daemon, scrapes /metrics and compares every family's name, type and label
names with metrics_golden.txt. A renamed metric or label breaks dashboards, so
it must break this test first. The scrape must also be exactly the metric
catalogue that CATALOGUE prints (the modules' declarations): same names, types,
help and label names. Regenerate the golden file only on purpose:
  metrics_golden_test.py TAPWATCH PCAP SIGS CATALOGUE --update"""
import os
import re
import subprocess
import sys

from tapwatch_harness import Daemon, wait_for

BINARY, PCAP, SIGS, CATALOGUE = sys.argv[1:5]
UPDATE = "--update" in sys.argv
GOLDEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "metrics_golden.txt")


def families(text):
    types, labels = {}, {}
    for line in text.splitlines():
        m = re.match(r"^# TYPE (\S+) (\S+)", line)
        if m:
            types[m.group(1)] = m.group(2)
            labels.setdefault(m.group(1), set())
            continue
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s", line)
        if m:
            labels.setdefault(m.group(1), set()).add(
                ",".join(sorted(re.findall(r'(\w+)="', m.group(2) or ""))))
    out = []
    for name in sorted(types):
        for label_set in sorted(labels.get(name) or {""}):
            out.append(f"{name} {types[name]} {{{label_set}}}")
    return out


def helps(text):
    return dict(re.findall(r"^# HELP (\S+) (.*)$", text, re.M))


def catalogue():
    """{name: (type, label names, help)} as the sensor declares them."""
    out = subprocess.run([CATALOGUE], check=True, capture_output=True, text=True).stdout
    metrics = {}
    for line in out.splitlines():
        name, kind, labels, help_text = line.split("\t")
        metrics[name] = (kind, ",".join(sorted(filter(None, labels.split(",")))), help_text)
    return metrics


def check_catalogue(got, help_by_name):
    declared = catalogue()
    assert len(declared) > 50, f"suspiciously small catalogue: {sorted(declared)}"
    scraped = {}
    for line in got:
        name, kind, labels = line.split(" ", 2)
        if name.startswith(("tapwatch_", "process_")):  # not the exposer_* of prometheus-cpp
            scraped.setdefault(name, (kind, set()))[1].add(labels.strip("{}"))
    problems = [f"declared, not exposed: {n}" for n in sorted(set(declared) - set(scraped))]
    problems += [f"exposed, not declared: {n}" for n in sorted(set(scraped) - set(declared))]
    for name in sorted(set(declared) & set(scraped)):
        kind, labels, help_text = declared[name]
        if scraped[name][0] != kind:
            problems.append(f"{name}: type {scraped[name][0]}, declared {kind}")
        if scraped[name][1] != {labels}:
            problems.append(f"{name}: labels {sorted(scraped[name][1])}, declared {{{labels}}}")
        if help_by_name.get(name) != help_text:
            problems.append(f"{name}: help {help_by_name.get(name)!r}, declared {help_text!r}")
    assert not problems, "scrape differs from the metric catalogue:\n  " + "\n  ".join(problems)
    return len(declared)


def main():
    d = Daemon(BINARY, SIGS, extra_args=["-r", PCAP, "--linger"])
    try:
        # Generous bounds: the shipped packs compile uncached, and under the
        # sanitizers on a loaded 2-core machine that alone can take 15 s.
        d.wait_ready(timeout=400)  # a cold compile of the shipped packs, slower under sanitizers
        wait_for(lambda: "replay finished" in d.output(), timeout=120, what="replay to finish")
        text = d.metrics_text()
        check = subprocess.run(["promtool", "check", "metrics"], input=text, text=True, capture_output=True)
        assert check.returncode == 0, "promtool check metrics:\n" + check.stdout + check.stderr
        got = families(text)
        help_by_name = helps(text)
        assert d.stop() == 0
    except Exception:
        print(d.output())
        raise
    if UPDATE:
        with open(GOLDEN, "w") as f:
            f.write("\n".join(got) + "\n")
        print(f"wrote {GOLDEN}")
        return
    with open(GOLDEN) as f:
        want = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    missing = sorted(set(want) - set(got))
    extra = sorted(set(got) - set(want))
    if missing or extra:
        print("metric contract changed:")
        for m in missing:
            print("  missing:", m)
        for e in extra:
            print("  new:    ", e)
        sys.exit(1)
    # The metric names operators' dashboards and alert rules rely on, checked
    # independently of the golden file.
    required = ["tapwatch_build_info", "tapwatch_packets_total", "tapwatch_bytes_total",
                "tapwatch_capture_drops_total", "tapwatch_decode_errors_total", "tapwatch_flows_active",
                "tapwatch_flows_total", "tapwatch_flows_evicted_total", "tapwatch_stream_gaps_total",
                "tapwatch_memcap_drops_total", "tapwatch_scanned_bytes_total", "tapwatch_alerts_total",
                "tapwatch_alerts_suppressed_total", "tapwatch_signatures_loaded",
                "tapwatch_signature_reloads_total", "tapwatch_signature_last_reload_success_timestamp_seconds",
                "tapwatch_syslog_messages_total", "tapwatch_syslog_queue_depth", "tapwatch_syslog_connected",
                "tapwatch_worker_packets_total", "process_cpu_seconds_total", "process_resident_memory_bytes",
                "process_open_fds", "process_start_time_seconds"]
    names = {line.split()[0] for line in got}
    absent = [n for n in required if n not in names]
    assert not absent, f"required metrics absent from the scrape: {absent}"
    declared = check_catalogue(got, help_by_name)
    print(f"metrics_golden_test: {len(got)} families/label sets match, {declared} declared metrics exposed")


if __name__ == "__main__":
    main()
