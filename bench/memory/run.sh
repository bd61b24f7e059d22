#!/usr/bin/env bash
# bench/memory/run.sh — where the sensor's memory goes (issue 21): peak RSS of
# `tapwatch scan` (--workers 1 and 2) and `tapwatch run -r` on bench/small's
# capture and 50 content signatures, the resident split at the peak (file-backed
# code, the capture file's mmap window and anonymous memory, from /proc/PID/smaps sampled every 0.1 s),
# and, with heaptrack, the heap at its peak by component (flow table, per-flow
# inspection state, stream scans, Hyperscan streams and scratch, reassembly,
# rings, signature databases, outputs).
#   bench/memory/run.sh [--build-dir build] [--tapwatch BIN] [--data DIR] [--workers "1 2"]
#                       [--no-heaptrack] [--no-run] [--out FILE.md] [--revision TEXT]
# --data: where bench/small/run.sh left small-1500000.pcap and sigs/content-50.yaml
# (default ${TMPDIR:-/tmp}/tapwatch-small; the script generates the signatures if missing,
# never the capture: run bench/small/run.sh once). heaptrack (Debian package `heaptrack`)
# is a bench-only tool: without it the breakdown is skipped.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=$ROOT/build
DATA=${TMPDIR:-/tmp}/tapwatch-small
WORKERS="1 2"
HEAPTRACK=1
RUN_R=1
OUT=
REVISION=
while (($#)); do
  case "$1" in
    --build-dir) BUILD_DIR=$2; shift 2 ;;
    --tapwatch) TAPWATCH_BIN=$2; shift 2 ;;
    --data) DATA=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --no-heaptrack) HEAPTRACK=0; shift ;;
    --no-run) RUN_R=0; shift ;;
    --out) OUT=$2; shift 2 ;;
    --revision) REVISION=$2; shift 2 ;;  # what --tapwatch was built from (default: this checkout's)
    -h|--help) sed -n 2,14p "$0"; exit 0 ;;
    *) echo "bench/memory/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
TAPWATCH=${TAPWATCH_BIN:-$BUILD_DIR/sensor/main/tapwatch}
[[ -x $TAPWATCH ]] || { echo "missing $TAPWATCH (build it)" >&2; exit 1; }
CAPTURE=$DATA/small-1500000.pcap
[[ -s $CAPTURE ]] || { echo "missing $CAPTURE: run bench/small/run.sh --data $DATA once" >&2; exit 1; }
CAPTURE=$(realpath "$CAPTURE")  # as /proc/PID/smaps names it
SIGS=$DATA/sigs/content-50.yaml
[[ -s $SIGS ]] || python3 "$ROOT/bench/small/signatures_50.py" --out "$DATA/sigs"
if ((HEAPTRACK)) && ! command -v heaptrack >/dev/null; then
  echo "bench/memory: heaptrack not installed (apt-get install heaptrack): no heap breakdown" >&2
  HEAPTRACK=0
fi
say() { echo "bench/memory: $*" >&2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tapwatch-memory.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# measured NAME CMD...: /usr/bin/time -v around CMD, /proc/PID/smaps sampled while it runs.
measured() {
  local name=$1; shift
  /usr/bin/time -v -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
  local timer=$! pid=
  for _ in $(seq 50); do pid=$(pgrep -P "$timer" || true); [[ -n $pid ]] && break; sleep 0.02; done
  : >"$WORK/$name.smaps"
  # One line per sample: Rss KiB of anonymous memory, of the capture file's
  # mapping (scan reads it mmap'd), and of other files (binary, libraries).
  while [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; do
    awk -v cap="$CAPTURE" '
      /^[0-9a-f]+-[0-9a-f]+ / { path = (NF >= 6) ? $6 : ""; kind = (path == "" || path ~ /^\[/) ? "anon" : (path == cap ? "capture" : "file"); next }
      /^Rss:/ { rss[kind] += $2 }
      END { printf "%d %d %d\n", rss["anon"], rss["capture"], rss["file"] }' "/proc/$pid/smaps" >>"$WORK/$name.smaps" 2>/dev/null || true
    sleep 0.1
  done
  wait "$timer" || { say "$name failed"; tail -5 "$WORK/$name.err" >&2; exit 1; }
}
scan_args() {  # scan_args NAME WORKERS
  echo scan "$CAPTURE" -s "$SIGS" --workers "$2" --no-progress --types alert \
    --set "signatures.cache_dir=$WORK/cache" --set stream.depth_bytes=0 -o "$WORK/$1.eve" --stats-json "$WORK/$1.json"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# shellcheck disable=SC2046
"$TAPWATCH" $(scan_args warmup 1) >/dev/null 2>&1  # fills the database cache, as a deployed sensor's is
cat "$CAPTURE" >/dev/null
for w in $WORKERS; do
  say "scan --workers $w"
  # shellcheck disable=SC2046
  measured "scan_w$w" "$TAPWATCH" $(scan_args "scan_w$w" "$w")
done
if ((RUN_R)); then
  cat >"$WORK/run.yaml" <<EOF
signatures:
  paths: [$SIGS]
  cache_dir: $WORK/cache
stream:
  depth_bytes: 0
outputs:
  eve:
    path: $WORK/run.eve
    types: [alert]
  prometheus:
    enabled: false
control:
  socket: $WORK/tapwatch.sock
EOF
  for w in $WORKERS; do
    say "run -r --workers $w"
    measured "run_w$w" "$TAPWATCH" run -c "$WORK/run.yaml" -r "$CAPTURE" --workers "$w"
  done
fi
if ((HEAPTRACK)); then
  say "heaptrack: scan --workers 1"
  # shellcheck disable=SC2046
  heaptrack -o "$WORK/heap" "$TAPWATCH" $(scan_args heap 1) >"$WORK/heaptrack.out" 2>&1
  heaptrack_print -f "$WORK"/heap.*zst --flamegraph-cost-type peak -F "$WORK/heap.stacks" >/dev/null 2>&1
  heaptrack_print -f "$WORK"/heap.*zst 2>/dev/null | grep -E '^peak heap memory' >"$WORK/heap.summary" || true
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
report=$(python3 "$ROOT/bench/memory/report.py" --work "$WORK" --workers "$WORKERS" --capture "$CAPTURE" \
  --load-before "$LOAD_BEFORE" --load-after "$LOAD_AFTER" \
  --revision "${REVISION:-$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)}")
echo "$report"
[[ -z $OUT ]] || echo "$report" >"$OUT"
