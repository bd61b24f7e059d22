#!/usr/bin/env bash
# bench/packs/same_alerts.sh — does a rewrite of the packs (or an engine change) keep every alert? Runs the
# four checks of a cost rewrite with a BEFORE and an AFTER (binary, packs) pair and compares them:
#   1. `tapwatch scan` of bench/run's 1 GiB capture: alert lines (sid, src, dst), sorted;
#   2. the same over every corpus item, both halves (measure.py --pcap-only; compared only, never read);
#   3. `tapwatch sig test` of the AFTER packs;
#   4. tests/corpus/gen/probes.py counts.
#   bench/packs/same_alerts.sh BEFORE_BIN BEFORE_SIGS AFTER_BIN AFTER_SIGS [PCAP=bench/data/gen-v1-1G-...pcap]
# Exit 0 when all four agree. Each side keeps its own database cache under the scratch folder.
set -euo pipefail
(($# >= 4)) || { sed -n 2,8p "$0" >&2; exit 2; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PCAP=${5:-$HERE/bench/data/gen-v1-1G-f1000-seed1-scam0.01.pcap}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tapwatch-same-alerts.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
python3 "$HERE/tests/corpus/gen/measure.py" --batch all --split all --pcap-only "$WORK/corpus.pcap" >/dev/null

# alerts NAME BIN SIGS CAPTURE: the capture's alerts as "sid src dst" lines, sorted, in $WORK/NAME.
alerts() {
  "$2" scan "$4" -s "$3" --workers 1 --no-progress --types alert --set "signatures.cache_dir=$WORK/cache-${1%%.*}" \
    -o "$WORK/$1.eve" >/dev/null 2>&1
  jq -r 'select(.event_type == "alert") | "\(.alert.signature_id) \(.src_ip):\(.src_port) \(.dest_ip):\(.dest_port)"' \
    "$WORK/$1.eve" | sort >"$WORK/$1"
}

status=0
for capture in capture corpus; do
  file=$PCAP; [[ $capture == corpus ]] && file=$WORK/corpus.pcap
  alerts "before.$capture" "$1" "$2" "$file"
  alerts "after.$capture" "$3" "$4" "$file"
  if cmp -s "$WORK/before.$capture" "$WORK/after.$capture"; then
    echo "$capture: identical alerts ($(wc -l <"$WORK/after.$capture"))"
  else
    echo "$capture: DIFFERENT alerts (before $(wc -l <"$WORK/before.$capture"), after $(wc -l <"$WORK/after.$capture"))"
    status=1
  fi
done
if "$3" sig test "$4" >"$WORK/sigtest" 2>&1; then echo "sig test: $(tail -1 "$WORK/sigtest")"
else echo "sig test: FAILED"; tail -5 "$WORK/sigtest"; status=1; fi
for side in before after; do
  bin=$1 sigs=$2; [[ $side == after ]] && bin=$3 sigs=$4
  python3 "$HERE/tests/corpus/gen/probes.py" --tapwatch "$bin" --signatures "$sigs" \
    --cache-dir "$WORK/cache-$side" >"$WORK/probes.$side" 2>&1 || true
done
if cmp -s "$WORK/probes.before" "$WORK/probes.after"; then echo "probes: identical ($(grep -m1 -i 'caught' "$WORK/probes.after" || tail -1 "$WORK/probes.after"))"
else echo "probes: DIFFERENT"; diff "$WORK/probes.before" "$WORK/probes.after" | head -10; status=1; fi
exit $status
