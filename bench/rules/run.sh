#!/usr/bin/env bash
# bench/rules/run.sh — the rule-count curve (issues 18, 21): for 1k, 10k and 30k generated
# Suricata-syntax rules (generate_rules.py, an ET-like mix), optionally loaded together with
# signature packs (--packs signatures: the shipped packs), and for N-entry IOC domain lists
# (--domains "100000 1000000", with the packs), measure
#   load:       `tapwatch sig check PACKS RULES`    wall / CPU seconds, peak RSS (no cache: a cold
#               compile; it fills a per-row cache), then the same again from that cache (warm)
#   throughput: `tapwatch scan CAPTURE -s PACKS -s RULES`  with the warm cache: pipeline seconds
#               (--stats-json elapsed_seconds), Gbit/s over frame bytes, peak RSS, alerts
# on the capture bench/run generates (tapwatch-gen; reused from bench/data/ when present).
# Size 0 = the packs alone. Prints a Markdown table. See bench/README.md, "Rule-count curve".
#
# Until the rule engine can load .rules files, it stops with exit 3 and says so.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${TAPWATCH_BUILD_DIR:-$ROOT/build}
SIZES="1000 10000 30000"
DOMAINS=""
PACKS=""
CAPTURE_SIZE=200M
SEED=18
WORKERS=1
CAPTURE=""

usage() {
  cat <<USAGE
usage: bench/rules/run.sh [options]
  --sizes "N ..."    rule-set sizes (default "$SIZES"; 0 = no generated rules, the packs alone)
  --packs DIR        signature packs loaded with every row (e.g. signatures/; default none)
  --domains "N ..."  also rows with an N-entry generated domain IOC list (kind: domain on
                     dns.query, tls.sni, http.host) loaded with the packs (default none)
  --capture FILE     capture to scan (default: bench/data/gen-v1-SIZE-f1000-seed1-scam0.01.pcap, generated if missing)
  --capture-size S   tapwatch-gen --bytes when generating the capture (default $CAPTURE_SIZE)
  --workers N        tapwatch scan --workers (default $WORKERS)
  --seed N           rule generator seed (default $SEED)
  --build-dir DIR    build tree with sensor/main/tapwatch and bench/tapwatch-gen (default build/)
USAGE
}

while (($#)); do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --packs) PACKS=$2; shift 2 ;;
    --domains) DOMAINS=$2; shift 2 ;;
    --capture) CAPTURE=$2; shift 2 ;;
    --capture-size) CAPTURE_SIZE=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --build-dir) BUILD_DIR=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

say() { echo "bench/rules: $*" >&2; }
TAPWATCH=$BUILD_DIR/sensor/main/tapwatch
GEN=$BUILD_DIR/bench/tapwatch-gen
[[ -x $TAPWATCH ]] || { say "no $TAPWATCH: build it first (cmake --build $BUILD_DIR --target tapwatch)"; exit 2; }
[[ -x /usr/bin/time ]] || { say "needs /usr/bin/time (Debian package time)"; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/tapwatch-rules-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# --- does this sensor load Suricata rules at all? ----------------------------
# One ordinary rule; a sensor without the rule engine refuses the file. Say so
# plainly instead of printing a table of failures.
cat > "$WORK/probe.rules" <<'RULES'
alert http any any -> any any (msg:"bench probe"; flow:established,to_server; http.uri; content:"/probe"; sid:1; rev:1;)
RULES
if ! "$TAPWATCH" sig check "$WORK/probe.rules" > "$WORK/probe.out" 2>&1; then
  say "this tapwatch does not load Suricata .rules files yet (issue 18's rule engine is needed):"
  sed -n 1,3p "$WORK/probe.out" >&2
  exit 3
fi

# --- the capture -----------------------------------------------------------------
if [[ -z $CAPTURE ]]; then
  NAME="gen-v1-$CAPTURE_SIZE-f1000-seed1-scam0.01"   # bench/run's name for the same options
  CAPTURE=$ROOT/bench/data/$NAME.pcap
  if [[ ! -s $CAPTURE ]]; then
    [[ -x $GEN ]] || { say "no $GEN to make the capture (cmake --build $BUILD_DIR --target tapwatch-gen)"; exit 2; }
    mkdir -p "$ROOT/bench/data"
    say "generating $CAPTURE"
    "$GEN" --out "$CAPTURE.tmp" --bytes "$CAPTURE_SIZE" --flows 1000 --seed 1 --scam-share 0.01 \
      --summary-json "$ROOT/bench/data/$NAME.summary.json.tmp" --truth "$ROOT/bench/data/$NAME.truth.json" >/dev/null
    mv "$CAPTURE.tmp" "$CAPTURE"
    mv "$ROOT/bench/data/$NAME.summary.json.tmp" "$ROOT/bench/data/$NAME.summary.json"
  fi
fi
[[ -s $CAPTURE ]] || { say "no capture $CAPTURE"; exit 2; }
cat "$CAPTURE" >/dev/null   # page cache warm before the first timed scan

timeField() {  # timeField FILE LABEL -> the value of one /usr/bin/time -v line
  sed -n "s/^[[:space:]]*$2: //p" "$1"
}
cpuSeconds() { echo "$(timeField "$1" 'User time (seconds)') + $(timeField "$1" 'System time (seconds)')" | bc; }
wallSeconds() {  # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23" -> seconds
  timeField "$1" 'Elapsed (wall clock) time (h:mm:ss or m:ss)' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }'
}
rssMiB() { echo "scale=1; $(timeField "$1" 'Maximum resident set size (kbytes)') / 1024" | bc; }

# One row: LABEL then the signature paths to load.
row() {
  local label=$1; shift
  local paths=("$@") sargs=() cache=$WORK/cache-${label// /_}
  for p in "${paths[@]}"; do sargs+=(-s "$p"); done
  if ! /usr/bin/time -v -o "$WORK/load.time" "$TAPWATCH" sig check "${paths[@]}" --cache-dir "$cache" \
      > "$WORK/load.out" 2>&1; then
    say "sig check refused $label:"; sed -n 1,5p "$WORK/load.out" >&2; exit 1
  fi
  /usr/bin/time -v -o "$WORK/warm.time" "$TAPWATCH" sig check "${paths[@]}" --cache-dir "$cache" > /dev/null 2>&1
  if ! /usr/bin/time -v -o "$WORK/scan.time" "$TAPWATCH" scan "$CAPTURE" "${sargs[@]}" --workers "$WORKERS" \
      --set "signatures.cache_dir=$cache" --no-progress --types alert -o "$WORK/scan.eve" \
      --stats-json "$WORK/scan.stats.json" > /dev/null 2> "$WORK/scan.err"; then
    say "scan with $label failed:"; tail -5 "$WORK/scan.err" >&2; exit 1
  fi
  read -r elapsed gbits alerts < <(python3 - "$WORK/scan.stats.json" "$WORK/scan.eve" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))
alerts = sum(1 for line in open(sys.argv[2]) if '"event_type":"alert"' in line.replace(" ", ""))
elapsed = stats["elapsed_seconds"]
print(f"{elapsed:.2f} {stats['bytes'] * 8 / elapsed / 1e9 if elapsed else 0:.3f} {alerts}")
PY
)
  echo "| $label | $(wallSeconds "$WORK/load.time") | $(cpuSeconds "$WORK/load.time") | $(rssMiB "$WORK/load.time") | $(cpuSeconds "$WORK/warm.time") | $elapsed | $gbits | $(rssMiB "$WORK/scan.time") | $alerts |"
  rm -rf "$cache"
}

packs=()
[[ -n $PACKS ]] && packs=("$PACKS")
echo "| set | load wall s | load CPU s | load RSS MiB | cached load CPU s | scan pipeline s | Gbit/s | scan RSS MiB | alerts |"
echo "|---|---|---|---|---|---|---|---|---|"
for n in $SIZES; do
  if [[ $n == 0 ]]; then
    ((${#packs[@]})) || { say "size 0 needs --packs"; exit 2; }
    row "packs" "${packs[@]}"
    continue
  fi
  rules=$WORK/rules-$n.rules
  python3 "$ROOT/bench/rules/generate_rules.py" --count "$n" --seed "$SEED" --out "$rules"
  row "${PACKS:+packs + }$n rules" "${packs[@]}" "$rules"
  rm -f "$rules"
done
for n in $DOMAINS; do
  # Random two/three-label names, deterministic per N; a domain entry also matches its subdomains.
  python3 - "$n" "$SEED" "$WORK/domains-$n.txt" <<'PY'
import random, sys
n, seed, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
letters = "abcdefghijklmnopqrstuvwxyz0123456789"
tlds = ["com", "net", "org", "info", "xyz", "top", "ru", "cn", "online", "site", "shop", "example"]
with open(out, "w") as f:
    for i in range(n):
        label = "".join(rng.choice(letters) for _ in range(rng.randint(6, 14)))
        f.write(f"{label}-{i}.{rng.choice(tlds)}\n")
PY
  cat > "$WORK/domains-$n.yaml" <<YAML
signatures:
  - id: 9900001
    name: "bench: generated $n-entry domain IOC list"
    fields: [dns.query, tls.sni, http.host]
    patterns:
      - {list: domains-$n.txt, kind: domain}
YAML
  row "${PACKS:+packs + }$n domains" "${packs[@]}" "$WORK/domains-$n.yaml"
  rm -f "$WORK/domains-$n.txt" "$WORK/domains-$n.yaml"
done
echo
echo "capture $(basename "$CAPTURE") ($(du -h "$CAPTURE" | cut -f1)), --workers $WORKERS, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $("$TAPWATCH" version 2>/dev/null | head -1)"
