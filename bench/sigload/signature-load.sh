#!/bin/sh
# Signature load time, cold (empty compiled-database cache) and warm (cache
# filled by the cold run): `tapwatch sig check` of the shipped packs plus a
# 100,000-entry IOC list; targets: < 5 s cold, < 0.5 s cached.
#   bench/sigload/signature-load.sh [TAPWATCH] [SIGNATURES_DIR]
# The IOC list is synthetic (random names, fixed seed) and is matched as a
# `kind: literal` list, i.e. compiled into Hyperscan — the expensive case;
# `kind: domain` lists go into a hash set and load in a fraction of a second.
set -eu
TAPWATCH=${1:-build/sensor/main/tapwatch}
SIGS=${2:-signatures}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/ioc"
python3 - "$WORK/ioc/ioc-100k.txt" <<'PY'
import random, sys
random.seed(8)
letters = "abcdefghijklmnopqrstuvwxyz0123456789"
with open(sys.argv[1], "w") as f:
    f.write("# synthetic IOC list for the signature load benchmark\n")
    for i in range(100000):
        name = "".join(random.choice(letters) for _ in range(random.randint(6, 14)))
        f.write(f"{name}-{i}.{random.choice(['com', 'net', 'org', 'info', 'xyz'])}\n")
PY
cat > "$WORK/ioc/ioc.yaml" <<'YAML'
signatures:
  - id: 2199001
    name: "IOC benchmark: 100k literal indicators"
    category: scam
    severity: medium
    fields: [http.host, dns.query, tls.sni]
    patterns:
      - {list: ioc-100k.txt, kind: literal}
YAML
CACHE="$WORK/cache"
measure() {
  label=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$TAPWATCH" sig check "$@" > "$WORK/out"
  read -r wall user sys < "$WORK/t"
  printf '| %s | %s | %s | %s |\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$(tail -1 "$WORK/out")"
}
echo "| run | wall s | CPU s | tapwatch says |"
echo "|---|---|---|---|"
measure "packs, no cache" "$SIGS"
measure "packs, cold cache" "$SIGS" --cache-dir "$CACHE/packs"
measure "packs, warm cache" "$SIGS" --cache-dir "$CACHE/packs"
measure "packs + 100k IOC, no cache" "$SIGS" "$WORK/ioc"
measure "packs + 100k IOC, cold cache" "$SIGS" "$WORK/ioc" --cache-dir "$CACHE/all"
measure "packs + 100k IOC, warm cache" "$SIGS" "$WORK/ioc" --cache-dir "$CACHE/all"
echo
echo "cache size: $(du -sh "$CACHE/all" | cut -f1) for $(ls "$CACHE/all" | wc -l) databases; $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
