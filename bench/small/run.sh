#!/usr/bin/env bash
# bench/small/run.sh — per-packet cost on small packets (issue 21), side by side:
#   raw Hyperscan hs_scan_stream over the capture's payloads (tapwatch-hs-baseline --field stream),
#   tapwatch scan --workers 1, --workers 2 (file fanout, the default capture.offline_mode) and
#   --workers 2 with capture.offline_mode=dispatch (capture thread + rings), tapwatch startup alone (empty capture),
#   and once, ngrep with the same 50 literals (-i).
# 50 caseless literal content signatures on `stream` (signatures_50.py), so all tools scan the
# same bytes with the same expressions. Rounds alternate the tools (baseline, w1, w2, w2d, startup) so
# a busy machine disturbs them alike; medians of --rounds. Data stays in $TMPDIR (not in git).
#   bench/small/run.sh [--build-dir build] [--tapwatch BIN] [--packets 1500000] [--rounds 3] [--skip-ngrep] [--data DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/empty_pcap.sh"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=$ROOT/build
PACKETS=1500000
ROUNDS=3
SKIP_NGREP=0
# Mostly small packets: DNS transactions, TLS handshakes and short HTTP exchanges.
MIX=dns=90,http=5,tls=5
DATA=${TMPDIR:-/tmp}/tapwatch-small
while (($#)); do
  case "$1" in
    --build-dir) BUILD_DIR=$2; shift 2 ;;
    --tapwatch) TAPWATCH_BIN=$2; shift 2 ;;
    --packets) PACKETS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --skip-ngrep) SKIP_NGREP=1; shift ;;
    --data) DATA=$2; shift 2 ;;
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    *) echo "bench/small/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
TAPWATCH=${TAPWATCH_BIN:-$BUILD_DIR/sensor/main/tapwatch}
GEN=$BUILD_DIR/bench/tapwatch-gen
BASELINE=$BUILD_DIR/bench/tapwatch-hs-baseline
for b in "$TAPWATCH" "$GEN" "$BASELINE"; do [[ -x $b ]] || { echo "missing $b (build it)" >&2; exit 1; }; done
say() { echo "bench/small: $*" >&2; }

mkdir -p "$DATA"
CAPTURE=$DATA/small-$PACKETS.pcap
if [[ ! -s $CAPTURE ]]; then
  say "generating $CAPTURE"
  "$GEN" --out "$CAPTURE.tmp" --packets "$PACKETS" --flows 1000 --seed 7 --scam-share 0.01 --mix "$MIX" \
    --summary-json "$DATA/small-$PACKETS.summary.json" -q
  mv "$CAPTURE.tmp" "$CAPTURE"
fi
python3 "$ROOT/bench/small/signatures_50.py" --out "$DATA/sigs"
SIGS=$DATA/sigs/content-50.yaml
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tapwatch-small-run.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cat "$CAPTURE" >/dev/null
EMPTY=$WORK/empty.pcap
write_empty_pcap "$EMPTY"

timed() {  # timed NAME CMD...
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" ||
    { say "$name failed"; tail -5 "$WORK/$name.err" >&2; exit 1; }
}
sensor() {  # sensor NAME CAPTURE WORKERS [--set KEY=VALUE...] (--allow-empty: the startup rows scan a bare header)
  local name=$1 capture=$2 workers=$3; shift 3
  timed "$name" "$TAPWATCH" scan "$capture" -s "$SIGS" --workers "$workers" --no-progress --types alert --allow-empty \
    --set "signatures.cache_dir=$WORK/cache" --set stream.depth_bytes=0 "$@" -o "$WORK/$name.eve" \
    --stats-json "$WORK/$name.json"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
sensor warmup "$EMPTY" 1  # fills the database cache: the runs below load it, as a deployed sensor does
for r in $(seq 1 "$ROUNDS"); do
  say "round $r/$ROUNDS"
  timed "baseline_$r" "$BASELINE" "$CAPTURE" -s "$SIGS" --field stream --repeat 1 --json "$WORK/baseline_$r.json"
  sensor "w1_$r" "$CAPTURE" 1
  sensor "w2_$r" "$CAPTURE" 2
  sensor "w2d_$r" "$CAPTURE" 2 --set capture.offline_mode=dispatch
  sensor "startup_$r" "$EMPTY" 1
done
if [[ $SKIP_NGREP == 0 ]] && command -v ngrep >/dev/null; then
  say "ngrep (same 50 literals, caseless)"
  timed ngrep ngrep -q -i -I "$CAPTURE" -t "$(cat "$DATA/sigs/ngrep.regex")"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
python3 "$ROOT/bench/small/report.py" --work "$WORK" --rounds "$ROUNDS" --capture "$CAPTURE" \
  --summary "$DATA/small-$PACKETS.summary.json" --load-before "$LOAD_BEFORE" --load-after "$LOAD_AFTER" \
  --revision "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
