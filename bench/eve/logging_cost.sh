#!/bin/sh
# The throughput cost of full EVE logging: the same generated capture scanned
# with alerts only (`--types alert`) and with every event type, one after the
# other in one run, twice each (alert, all, alert, all) after a warm-up run
# that fills the signature cache. Prints one JSON line per run (pipeline
# seconds from --stats-json, process CPU seconds, records written by type).
#   bench/eve/logging_cost.sh BUILD_DIR SIZE   (e.g. build 100M)
set -eu
BUILD=${1:-build}
SIZE=${2:-100M}
HERE=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/tw-eve-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
CAPTURE=$HERE/bench/data/gen-eve-$SIZE-f1000-seed1.pcap
mkdir -p "$HERE/bench/data"
[ -s "$CAPTURE" ] || "$BUILD/bench/tapwatch-gen" --out "$CAPTURE" --bytes "$SIZE" --flows 1000 --seed 1 -q
# Warm-up: compiles the signatures into the cache, so no timed run pays for it.
"$BUILD/sensor/main/tapwatch" scan "$CAPTURE" -s "$HERE/signatures" --workers 1 --no-progress \
  --set "signatures.cache_dir=$WORK/cache" --types alert -o /dev/null 2>/dev/null
for types in alert all alert all; do
  set -- --types alert
  [ "$types" = all ] && set -- --types alert,anomaly,flow,http,dns,tls,quic,smtp,fileinfo,stats
  /usr/bin/time -f "%U %S" -o "$WORK/time-$types" "$BUILD/sensor/main/tapwatch" scan "$CAPTURE" \
    -s "$HERE/signatures" --workers 1 --no-progress --set "signatures.cache_dir=$WORK/cache" "$@" \
    -o "$WORK/eve-$types.json" --stats-json "$WORK/stats-$types.json" 2>/dev/null
  python3 - "$types" "$WORK/eve-$types.json" "$WORK/stats-$types.json" "$WORK/time-$types" <<'PY'
import collections, json, sys
mode, eve, stats, times = sys.argv[1:]
user, system = (float(x) for x in open(times).read().split()[-2:])
by = collections.Counter()
for line in open(eve, encoding="utf-8"):
    by[json.loads(line)["event_type"]] += 1
s = json.load(open(stats))
print(json.dumps({"types": mode, "pipeline_seconds": round(s["elapsed_seconds"], 3), "cpu_seconds": round(user + system, 2),
                  "packets": s["packets"],
                  "records": sum(by.values()), "by_type": dict(sorted(by.items()))}))
PY
done
