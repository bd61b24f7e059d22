#!/usr/bin/env python3
"""Attack-traffic test: replays one generated attack capture (make_attacks.py)
through the real daemon (`tapwatch run -r FILE --linger`, one worker, small
caps) and checks, from its Prometheus metrics, EVE alerts and /proc:

  - the caps were hit and counted (the case's counters are > 0),
  - gauges stayed within the configured caps,
  - peak RSS (VmHWM) stayed within a budget over the same daemon replaying
    only the normal conversations (so memory is bounded by the caps, not by
    the attack's size),
  - every canary signature of the normal conversations alerted,
  - the daemon exits 0 on SIGTERM afterwards.

  attack_test.py TAPWATCH CASE [--workdir DIR]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))
from tapwatch_harness import Daemon, wait_for  # noqa: E402

SIGNATURES = os.path.join(HERE, "signatures.yaml")
STREAM = 9100001

# Settings every run shares: one worker and a small capture ring, so the
# memory a run needs beyond the baseline is what the attack made it hold.
# Alerts only: these budgets are for the packet path; a flood logged as one flow or
# anomaly record per packet holds the output queue's events too (bounded, but larger).
COMMON = ["capture.ring_mb=2", "outputs.syslog.enabled=false", "outputs.eve.types=[alert]"]

# case -> sets, counters that must be > 0 (metric, labels), gauges with a
# maximum (metric, labels, max), RSS budget over the baseline (MiB), canaries.
CASES = {
    "syn_flood": dict(
        sets=["flow.max_flows=1000"],
        counters=[("tapwatch_flows_evicted_total", {"reason": "cap"})],
        min_counts={("tapwatch_flows_evicted_total", "cap"): 990_000, ("tapwatch_flows_total", ""): 1_000_000},
        gauges=[],
        budget_mb=48, canaries=[STREAM]),
    "frag_flood": dict(
        sets=["defrag.memcap_mb=1"],
        counters=[("tapwatch_memcap_drops_total", {"pool": "defrag"}), ("tapwatch_defrag_overlaps_total", None),
                  ("tapwatch_defrag_too_many_fragments_total", None)],
        min_counts={},
        gauges=[("tapwatch_defrag_memory_bytes", None, 1 << 20)],
        budget_mb=48, canaries=[STREAM]),
    "reorder_buffering": dict(
        sets=["stream.memcap_mb=4"],
        counters=[("tapwatch_memcap_drops_total", {"pool": "stream"}), ("tapwatch_stream_gaps_total", None)],
        min_counts={},
        gauges=[("tapwatch_stream_ooo_buffer_bytes", None, 4 << 20)],
        budget_mb=48, canaries=[STREAM]),
    "decompression_bomb": dict(
        sets=[],
        counters=[("tapwatch_protocol_decompression_bombs_total", {"proto": "http"})],
        min_counts={("tapwatch_protocol_decompression_bombs_total", "http"): 2},
        gauges=[],
        budget_mb=64, canaries=[STREAM, 9100002]),
    "deep_mime": dict(
        sets=[],
        counters=[("tapwatch_protocol_anomalies_total", {"reason": "mime_depth_exceeded"}),
                  ("tapwatch_protocol_anomalies_total", {"reason": "mime_too_many_parts"})],
        min_counts={},
        gauges=[],
        budget_mb=48, canaries=[STREAM, 9100003]),
    "dns_loops": dict(
        sets=["flow.max_flows=2000"],  # 30,000 sources: bound the flow table, measure the parser
        counters=[("tapwatch_protocol_anomalies_total", {"reason": "dns_bad_pointer"})],
        min_counts={("tapwatch_protocol_anomalies_total", "dns_bad_pointer"): 20_000},
        gauges=[],
        budget_mb=48, canaries=[STREAM, 9100004]),
    "giant_headers": dict(
        sets=[],
        counters=[("tapwatch_protocol_anomalies_total", {"reason": "http_header_too_long"}),
                  ("tapwatch_protocol_anomalies_total", {"reason": "http_too_many_headers"}),
                  ("tapwatch_protocol_anomalies_total", {"reason": "smtp_line_too_long"}),
                  ("tapwatch_protocol_anomalies_total", {"reason": "tls_hello_too_large"})],
        min_counts={},
        gauges=[],
        budget_mb=48, canaries=[STREAM, 9100005]),
}


def vm_hwm_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise AssertionError("no VmHWM for pid %d" % pid)


def replay(binary, pcap, sets):
    """Runs the daemon over `pcap`; returns (daemon, VmHWM KiB) with the daemon still lingering."""
    d = Daemon(binary, SIGNATURES, extra_args=["-r", pcap, "--linger", "--workers", "1"], sets=COMMON + sets)
    try:
        d.wait_ready(timeout=60)
        wait_for(lambda: "replay finished" in d.output() or d.proc.poll() is not None, timeout=900,
                 interval=0.5, what="replay to finish")
        if d.proc.poll() is not None:
            raise AssertionError("daemon exited during replay (%s):\n%s" % (d.proc.returncode, d.output()))
        # "replay finished" means the file was read; the worker may still be
        # draining its ring. Wait until it has handled every packet read.
        wait_for(lambda: metric_value(d, "tapwatch_worker_packets_total", "") ==
                 metric_value(d, "tapwatch_packets_total", ""), timeout=600, interval=0.5,
                 what="the worker to handle every packet")
        return d, vm_hwm_kib(d.proc.pid)
    except BaseException:
        d.stop()
        raise


def metric_value(d, name, label_value):
    """Sum over samples of `name` that have `label_value` as any label's value ('' = all samples)."""
    import re
    total = 0.0
    for line in d.metrics_text().splitlines():
        m = re.match(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)", line)
        if not m or m.group(1) != name:
            continue
        values = re.findall(r'\w+="([^"]*)"', m.group(2) or "")
        if label_value and label_value not in values:
            continue
        total += float(m.group(3))
    return total


def main():
    # Under AddressSanitizer (CI's second pass) freed memory waits in a 256 MB
    # quarantine, which the RSS budgets would count as the sensor's. 16 MB
    # still catches use-after-free of recent frees; without ASan it is ignored.
    os.environ["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS", ""), "quarantine_size_mb=16"]))
    ap = argparse.ArgumentParser()
    ap.add_argument("tapwatch")
    ap.add_argument("case", choices=sorted(CASES))
    ap.add_argument("--workdir")
    args = ap.parse_args()
    spec = CASES[args.case]
    work = args.workdir or tempfile.mkdtemp(prefix="tapwatch-attack-")
    failures = []
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "make_attacks.py"), work, args.case, "normal_only"],
                       check=True)
        base, base_hwm = replay(args.tapwatch, os.path.join(work, "normal_only.pcap"), spec["sets"])
        base.stop()
        base_alerts = {a["alert"]["signature_id"] for a in base.alerts() if a.get("event_type") == "alert"}
        if STREAM not in base_alerts:
            failures.append("baseline run did not alert on the stream canary: the test itself is broken")

        d, hwm = replay(args.tapwatch, os.path.join(work, args.case + ".pcap"), spec["sets"])
        try:
            print("%s: VmHWM %d KiB (baseline %d KiB, budget +%d MiB)" % (args.case, hwm, base_hwm, spec["budget_mb"]))
            if hwm > base_hwm + spec["budget_mb"] * 1024:
                failures.append("peak RSS %d KiB exceeds baseline %d KiB + %d MiB" % (hwm, base_hwm, spec["budget_mb"]))
            for name, labels in spec["counters"]:
                v = d.metric(name, labels)
                print("  %s%s = %s" % (name, labels or "", v))
                if not v:
                    failures.append("counter %s%s is %s, expected > 0" % (name, labels or "", v))
            for (name, label), minimum in spec["min_counts"].items():
                v = metric_value(d, name, label)
                print("  %s{%s} = %d (min %d)" % (name, label, v, minimum))
                if v < minimum:
                    failures.append("%s{%s} = %d, expected >= %d" % (name, label, v, minimum))
            for name, labels, maximum in spec["gauges"]:
                v = d.metric(name, labels)
                print("  %s = %s (max %d)" % (name, v, maximum))
                if v is None or v > maximum:
                    failures.append("gauge %s = %s, cap %d" % (name, v, maximum))
        finally:
            rc = d.stop(timeout=120)
            if rc != 0:
                failures.append("daemon exit code %s after SIGTERM:\n%s" % (rc, d.output()[-3000:]))
        # After the stop: flows still open at the end are flushed and closed then.
        sids = {a["alert"]["signature_id"] for a in d.alerts() if a.get("event_type") == "alert"}
        for sid in spec["canaries"]:
            if sid not in sids:
                failures.append("canary signature %d did not alert (alerts: %s)" % (sid, sorted(sids)))
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("FAIL " + args.case + ":\n  " + "\n  ".join(failures))
        return 1
    print("ok " + args.case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
