# bench/small/ab_medians.sh — sourced by the A/B scripts (bench/small/ab.sh, bench/mail/ab.sh), which set
# BEFORE, AFTER (the two binaries) and WORK (a scratch folder).
#
# ab_warm PCAP SIGS [SIGS_AFTER=SIGS]: read the capture once, so no round pays for bringing it back into the page cache (a
# busy machine evicts it: 1.8 s instead of 0.6 s of CPU for whichever binary runs first), and fill each
# binary's database cache with an empty capture, so no round pays a signature compile (a binary that
# compiles more databases would otherwise lose its first round). Prints the load average.
ab_warm() {
  cat "$1" >/dev/null
  write_empty_pcap "$WORK/empty.pcap"
  local name bin sigs
  for name in before after; do
    bin=$BEFORE sigs=$2; [[ $name == after ]] && bin=$AFTER sigs=${3:-$2}
    "$bin" scan "$WORK/empty.pcap" -s "$sigs" --allow-empty --no-progress --types alert \
      --set "signatures.cache_dir=$WORK/cache-$name" -o /dev/null >/dev/null 2>&1
  done
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# ab_log ROUND NAME ALERTS: one round's line from $WORK/time (/usr/bin/time -f "%U %S %e %M"), printed and
# appended to $WORK/log.
ab_log() {
  local user sys wall rss
  read -r user sys wall rss <"$WORK/time"
  printf 'r%s %-6s cpu=%.2f wall=%s rss=%dMiB alerts=%s load=%s\n' "$1" "$2" "$(echo "$user + $sys" | bc)" "$wall" \
    $((rss / 1024)) "$3" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$WORK/log"
}

# print_medians LOG prints, for "before" and "after", the median CPU of the rounds logged in LOG (lines
# "rN before cpu=S ..."), with the range: the figure the A/B tables quote.
print_medians() {
  for name in before after; do
    grep -h " $name " "$1" | sed 's/.*cpu=\([0-9.]*\).*/\1/' | sort -n |
      awk -v n="$name" '{v[NR] = $1} END {printf "%-6s median cpu=%.2f (%.2f-%.2f)\n", n, v[int((NR + 1) / 2)], v[1], v[NR]}'
  done
}
