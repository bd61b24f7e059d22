#!/usr/bin/env bash
# bench/mail/ab.sh — two tapwatch binaries side by side on bench/run's 1 GiB mail-heavy capture with the
# shipped packs, alternating round by round so a loaded machine disturbs both alike: CPU (user + sys),
# wall, peak RSS, alerts; at the end, whether both wrote the same alerts (EVE alert lines, sorted).
#   bench/mail/ab.sh BEFORE AFTER [ROUNDS=5] [PCAP=bench/data/gen-v1-1G-f1000-seed1-scam0.01.pcap] [SIGS=signatures]
#                    [SIGS_AFTER=SIGS]
# The capture is the one `bench/run --size 1G --flows 1000 --seed 1 --scam-share 0.01` writes. Two packs with
# one binary: BEFORE = AFTER, SIGS the before packs, SIGS_AFTER the after packs (e.g. a `git archive` of a revision).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../small/empty_pcap.sh"
source "$(dirname "${BASH_SOURCE[0]}")/../small/ab_medians.sh"
(($# >= 2)) || { sed -n 2,8p "$0" >&2; exit 2; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BEFORE=$1 AFTER=$2 ROUNDS=${3:-5}
PCAP=${4:-$HERE/bench/data/gen-v1-1G-f1000-seed1-scam0.01.pcap} SIGS=${5:-$HERE/signatures}
SIGS_AFTER=${6:-$SIGS}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/tapwatch-mail-ab.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ab_warm "$PCAP" "$SIGS" "$SIGS_AFTER"  # the packs compile for ~15 s, which no round should pay
for r in $(seq 1 "$ROUNDS"); do
  for name in before after; do
    bin=$BEFORE sigs=$SIGS; [[ $name == after ]] && bin=$AFTER sigs=$SIGS_AFTER
    /usr/bin/time -f "%U %S %e %M" -o "$WORK/time" "$bin" scan "$PCAP" -s "$sigs" --workers 1 --no-progress \
      --set "signatures.cache_dir=$WORK/cache-$name" -o "$WORK/$name.eve" >/dev/null 2>&1
    grep '"event_type":"alert"' "$WORK/$name.eve" | sort >"$WORK/$name.alerts"
    ab_log "$r" "$name" "$(wc -l <"$WORK/$name.alerts")"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
print_medians "$WORK/log"
# The last round's alerts of each binary, sorted: an optimisation must not change a single one.
if cmp -s "$WORK/before.alerts" "$WORK/after.alerts"; then echo "alerts: identical ($(wc -l <"$WORK/after.alerts") lines)"
else echo "alerts: DIFFERENT"; diff "$WORK/before.alerts" "$WORK/after.alerts" | head -20; exit 1; fi
