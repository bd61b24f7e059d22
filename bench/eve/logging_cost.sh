#!/bin/sh
# The throughput cost of full EVE logging: the same generated capture scanned
# with alerts only (`--types alert`) and with every event type, one after the
# other in one run. Prints one JSON line per mode (pipeline seconds from
# --stats-json, records written by type).
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
for types in alert all; do
  set -- --types alert
  [ "$types" = all ] && set -- --types alert,anomaly,flow,http,dns,tls,quic,smtp,fileinfo,stats
  "$BUILD/sensor/main/tapwatch" scan "$CAPTURE" -s "$HERE/signatures" --workers 1 --no-progress \
    --set "signatures.cache_dir=$WORK/cache" "$@" -o "$WORK/eve-$types.json" --stats-json "$WORK/stats-$types.json" \
    2>/dev/null
  python3 - "$types" "$WORK/eve-$types.json" "$WORK/stats-$types.json" <<'PY'
import collections, json, sys
mode, eve, stats = sys.argv[1:]
by = collections.Counter()
for line in open(eve, encoding="utf-8"):
    by[json.loads(line)["event_type"]] += 1
s = json.load(open(stats))
print(json.dumps({"types": mode, "pipeline_seconds": round(s["elapsed_seconds"], 3), "packets": s["packets"],
                  "records": sum(by.values()), "by_type": dict(sorted(by.items()))}))
PY
done
