#!/usr/bin/env bash
# Checks every tracked C++ file in sensor/, tests/ and bench/ against .clang-format.
#   tools/check-format.sh         list the files that differ and exit 1 if any does
#   tools/check-format.sh --fix   rewrite them in place
# CLANG_FORMAT picks the binary (default clang-format). Versions format slightly
# differently, so the tree is kept clean with Debian 12's, which CI installs (14).
set -euo pipefail
cd "$(dirname "$0")/.."

fix=false
case "${1:-}" in
  "") ;;
  --fix) fix=true ;;
  -h | --help)
    sed -n '2,6p' "$0"
    exit 0
    ;;
  *)
    echo "usage: $0 [--fix]" >&2
    exit 2
    ;;
esac

clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null; then
  echo "check-format: $clang_format not found (Debian: apt-get install clang-format)" >&2
  exit 2
fi

mapfile -t files < <(git ls-files -- 'sensor/*.h' 'sensor/*.cc' 'tests/*.h' 'tests/*.cc' 'bench/*.h' 'bench/*.cc')
if ((${#files[@]} == 0)); then
  echo "check-format: no files found (not a git checkout?)" >&2
  exit 2
fi

if $fix; then
  "$clang_format" -i "${files[@]}"
  echo "check-format: formatted ${#files[@]} files with $("$clang_format" --version)"
  exit 0
fi

rc=0
out=$("$clang_format" --dry-run --Werror "${files[@]}" 2>&1) || rc=$?
if ((rc == 0)); then
  echo "check-format: ${#files[@]} files clean"
  exit 0
fi
# One line per file instead of clang-format's excerpt per difference, which can
# run to thousands of lines. Anything else it said (a bad .clang-format, an
# unreadable file) is shown as is.
violations=$(grep -E '^[^ ]+:[0-9]+:[0-9]+: error: .*\[-Wclang-format-violations\]$' <<<"$out" || true)
if [[ -z "$violations" ]]; then
  echo "$out" >&2
  echo "check-format: $clang_format failed (exit $rc)" >&2
  exit 2
fi
cut -d: -f1 <<<"$violations" | uniq -c | awk '{ printf "  %s: %d place(s)\n", $2, $1 }' >&2
echo "check-format: $(cut -d: -f1 <<<"$violations" | sort -u | wc -l) of ${#files[@]} files differ from .clang-format;" \
  "run tools/check-format.sh --fix" >&2
exit 1
