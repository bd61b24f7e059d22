#!/usr/bin/env bash
# bench/small/ab.sh — two tapwatch binaries side by side on the small-packet capture, alternating
# round by round so a loaded machine disturbs both alike: CPU (user + sys), wall, peak RSS, alerts.
#   bench/small/ab.sh BEFORE AFTER [ROUNDS=5] [WORKERS=1] [DATA=$TMPDIR/tapwatch-small]
# DATA must hold small-1500000.pcap and sigs/content-50.yaml (bench/small/run.sh makes both).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/empty_pcap.sh"
source "$(dirname "${BASH_SOURCE[0]}")/ab_medians.sh"
(($# >= 2)) || { sed -n 2,5p "$0" >&2; exit 2; }
BEFORE=$1 AFTER=$2 ROUNDS=${3:-5} WORKERS=${4:-1} DATA=${5:-${TMPDIR:-/tmp}/tapwatch-small}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tapwatch-ab.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ab_warm "$DATA/small-1500000.pcap" "$DATA/sigs/content-50.yaml"
for r in $(seq 1 "$ROUNDS"); do
  for name in before after; do
    bin=$BEFORE; [[ $name == after ]] && bin=$AFTER
    /usr/bin/time -f "%U %S %e %M" -o "$WORK/time" "$bin" scan "$DATA/small-1500000.pcap" -s "$DATA/sigs/content-50.yaml" \
      --workers "$WORKERS" --no-progress --types alert --set "signatures.cache_dir=$WORK/cache-$name" \
      --set stream.depth_bytes=0 -o "$WORK/$name.eve" >/dev/null 2>&1
    ab_log "$r" "$name" "$(wc -l <"$WORK/$name.eve")"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
print_medians "$WORK/log"
