# bench/small/ab_medians.sh — sourced by the A/B scripts (bench/small/ab.sh, bench/mail/ab.sh):
# print_medians LOG prints, for "before" and "after", the median CPU of the rounds logged in LOG (lines
# "rN before cpu=S ..."), with the range: the figure the A/B tables quote.
print_medians() {
  for name in before after; do
    grep -h " $name " "$1" | sed 's/.*cpu=\([0-9.]*\).*/\1/' | sort -n |
      awk -v n="$name" '{v[NR] = $1} END {printf "%-6s median cpu=%.2f (%.2f-%.2f)\n", n, v[int((NR + 1) / 2)], v[1], v[NR]}'
  done
}
