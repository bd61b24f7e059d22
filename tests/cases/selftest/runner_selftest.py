#!/usr/bin/env python3
"""Proves the golden-case runner can fail: run_case.py must pass a sensor that
answers exactly what expected.json asks (selftest/fake_tapwatch.py), and must
fail, naming the defect, for each deliberately wrong answer."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.dirname(HERE)
FAKE = os.path.join(HERE, "fake_tapwatch.py")

GOOD = ["tcp_simple", "vlan_8021q", "malformed_packets_mixed_in", "truncated_file", "corrupt_header", "pcapng",
        "no_match_lookalikes", "ipv4_overlapping_fragments", "http_pipelined_requests", "smtp_rfc2047_subjects",
        "dns_udp_queries", "tls_sni_split_segments"]
# (case, mutation, text the runner's report must contain)
BAD = [
    ("tcp_simple", "drop_alert", "MISSING alert"),
    ("tcp_simple", "extra_alert", "UNEXPECTED alert"),
    ("tcp_simple", "wrong_direction", "MISSING alert"),
    ("tcp_simple", "excerpt", "does not contain"),
    ("tcp_simple", "timestamp_wallclock", "outside the capture window"),
    ("tcp_simple", "severity", "alert.severity"),
    ("tcp_simple", "no_flow_id", "flow_id"),
    ("tcp_simple", "bad_json", "not UTF-8 JSON"),
    ("tcp_simple", "stats_packets", "stats packets"),
    ("tcp_simple", "no_stats", "no --stats-json"),
    ("tcp_simple", "exit_code", "exit code 3"),
    ("vlan_8021q", "vlan_missing", "MISSING alert"),
    ("vlan_8021q", "flow_id_shared", "shared by different flows"),
    ("malformed_packets_mixed_in", "decode_errors_missing", "stats decode_errors"),
    ("truncated_file", "quiet", "stderr does not match"),
    ("http_pipelined_requests", "context_swap", "http.url is"),
    ("smtp_rfc2047_subjects", "context_swap", "email.subject is"),
    ("http_pipelined_requests", "field", "alert.context.field is"),
    ("tls_sni_split_segments", "app_proto", "app_proto is"),
    ("dns_udp_queries", "context_missing", "dns.rrname is '<absent>'"),
    ("smtp_base64_multipart_nested", "context_missing", "smtp.rcpt_to is '<absent>'"),
    ("http_decompression_bomb", "protocols_missing", "stats protocols.protocol_decompression_bombs_total{http}"),
]


def run(case, mutation):
    env = dict(os.environ, FAKE_TAPWATCH_MUTATION=mutation)
    p = subprocess.run([sys.executable, os.path.join(CASES, "run_case.py"), "--tapwatch", FAKE,
                        os.path.join(CASES, case)], capture_output=True, text=True, env=env, timeout=120)
    return p.returncode, p.stdout + p.stderr


def main():
    failures = 0
    for case in GOOD:
        code, out = run(case, "")
        if code != 0:
            failures += 1
            print(f"FAIL: a perfect answer to {case} was rejected:\n{out}")
    for case, mutation, text in BAD:
        code, out = run(case, mutation)
        if code == 0 or text not in out:
            failures += 1
            print(f"FAIL: {case} with defect {mutation!r}: exit {code}, report lacks {text!r}:\n{out}")
    total = len(GOOD) + len(BAD)
    print(f"{total - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
