#!/usr/bin/env bash
# bench/small/ab_taskclock.sh — bench/small/ab.sh with millisecond CPU: the two binaries alternate round by
# round, each round's CPU is perf stat's task-clock (ab.sh's /usr/bin/time prints 10 ms steps, as coarse as
# the 1-3 % changes left to measure on this capture), and it counts the rounds where AFTER used less.
#   bench/small/ab_taskclock.sh BEFORE AFTER [ROUNDS=9] [WORKERS=1] [DATA=$TMPDIR/tapwatch-small]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/empty_pcap.sh"
source "$(dirname "${BASH_SOURCE[0]}")/ab_medians.sh"
(($# >= 2)) || { sed -n 2,5p "$0" >&2; exit 2; }
BEFORE=$1 AFTER=$2 ROUNDS=${3:-9} WORKERS=${4:-1} DATA=${5:-${TMPDIR:-/tmp}/tapwatch-small}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tapwatch-ab.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ab_warm "$DATA/small-1500000.pcap" "$DATA/sigs/content-50.yaml"
for r in $(seq 1 "$ROUNDS"); do
  for name in before after; do
    bin=$BEFORE; [[ $name == after ]] && bin=$AFTER
    perf stat -x, -e task-clock -o "$WORK/stat" "$bin" scan "$DATA/small-1500000.pcap" -s "$DATA/sigs/content-50.yaml" \
      --workers "$WORKERS" --no-progress --types alert --set "signatures.cache_dir=$WORK/cache-$name" \
      --set stream.depth_bytes=0 -o "$WORK/$name.eve" >/dev/null 2>&1
    ms=$(awk -F, '/task-clock/ {printf "%.0f", $1}' "$WORK/stat")
    echo "r$r $name cpu_ms=$ms alerts=$(wc -l <"$WORK/$name.eve") load=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$WORK/log"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in before after; do
  grep " $name " "$WORK/log" | sed 's/.*cpu_ms=\([0-9]*\).*/\1/' | sort -n |
    awk -v n="$name" '{v[NR] = $1} END {printf "%-6s median cpu=%d ms (%d-%d)\n", n, v[int((NR + 1) / 2)], v[1], v[NR]}'
done
paste <(grep " before " "$WORK/log" | sed 's/.*cpu_ms=\([0-9]*\).*/\1/') \
  <(grep " after " "$WORK/log" | sed 's/.*cpu_ms=\([0-9]*\).*/\1/') |
  awk '{if ($2 < $1) w++} END {printf "after used less CPU in %d of %d rounds\n", w, NR}'
