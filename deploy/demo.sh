#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and run the sensor
# daemon on the bundled demo capture with the default config and signatures.
# Alerts print as EVE JSON on stdout; metrics are served on
# http://127.0.0.1:9917/metrics until you press Ctrl-C (or for DEMO_LINGER
# seconds when not on a terminal).
set -euo pipefail
cd "$(dirname "$0")/.."
deploy/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build build -j"$(nproc)" --target tapwatch >&2

listen=${DEMO_LISTEN:-127.0.0.1:9917}
build/sensor/main/tapwatch run -c config/tapwatch.yaml -r demo/demo.pcap --linger \
  --set outputs.eve.path=- --set outputs.prometheus.listen="$listen" \
  --set signatures.paths=["$PWD/signatures"] --set signatures.watch=false &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid' EXIT INT TERM

# Wait for the replay to finish, then show what the metrics endpoint says.
for _ in $(seq 1 100); do
  curl -sf "http://$listen/metrics" | grep -q '^tapwatch_packets_total' && break
  sleep 0.1
done
sleep 1
echo "--- a few metrics from http://$listen/metrics ---" >&2
curl -sf "http://$listen/metrics" | grep -E '^tapwatch_(packets_total|flows_total|alerts_total|signatures_loaded)' >&2 || true
if [[ -t 0 ]]; then
  echo "--- serving metrics on http://$listen/metrics; Ctrl-C to stop ---" >&2
  wait $pid
else
  sleep "${DEMO_LINGER:-2}"
fi
