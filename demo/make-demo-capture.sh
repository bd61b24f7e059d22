#!/usr/bin/env bash
# Rebuilds demo/demo.pcap with the project's traffic generator (bench/gen):
# ~2,700 packets of HTTP, SMTP, DNS, TLS and bulk TCP, 15% of flows carrying
# sextortion or scam content. Deterministic: same seed, same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
gen=$(find build -name tapwatch-gen -type f -perm -u+x | head -1)
[[ -n "$gen" ]] || { echo "build tapwatch-gen first (cmake --build build --target tapwatch-gen)" >&2; exit 1; }
"$gen" --out demo/demo.pcap --packets 2500 --seed 2026 --scam-share 0.15 --flows 40 --truth demo/demo-truth.json
