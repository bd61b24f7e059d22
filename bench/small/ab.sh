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
# Fill each binary's database cache first (an empty capture), so no round pays a signature compile
# (a binary that compiles more databases would otherwise lose its first round), and read the capture
# once, so the first round does not pay for bringing it back into the page cache (a busy machine
# evicts it: 1.8 s instead of 0.6 s of CPU for whichever binary runs first).
cat "$DATA/small-1500000.pcap" >/dev/null
EMPTY=$WORK/empty.pcap
write_empty_pcap "$EMPTY"
for name in before after; do
  bin=$BEFORE; [[ $name == after ]] && bin=$AFTER
  "$bin" scan "$EMPTY" -s "$DATA/sigs/content-50.yaml" --allow-empty --no-progress --types alert \
    --set "signatures.cache_dir=$WORK/cache-$name" -o /dev/null >/dev/null 2>&1
done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$ROUNDS"); do
  for name in before after; do
    bin=$BEFORE; [[ $name == after ]] && bin=$AFTER
    /usr/bin/time -f "%U %S %e %M" -o "$WORK/time" "$bin" scan "$DATA/small-1500000.pcap" -s "$DATA/sigs/content-50.yaml" \
      --workers "$WORKERS" --no-progress --types alert --set "signatures.cache_dir=$WORK/cache-$name" \
      --set stream.depth_bytes=0 -o "$WORK/$name.eve" >/dev/null 2>&1
    read -r user sys wall rss <"$WORK/time"
    printf 'r%s %-6s cpu=%.2f wall=%s rss=%dMiB alerts=%s load=%s\n' "$r" "$name" "$(echo "$user + $sys" | bc)" "$wall" \
      $((rss / 1024)) "$(wc -l <"$WORK/$name.eve")" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$WORK/log"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
print_medians "$WORK/log"
