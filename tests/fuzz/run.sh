#!/usr/bin/env bash
# Runs libFuzzer targets from a TAPWATCH_BUILD_FUZZERS=ON clang build.
#   tests/fuzz/run.sh BUILD_DIR SECONDS TARGET...
# e.g. cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DTAPWATCH_BUILD_FUZZERS=ON
#      cmake --build build-fuzz -j2 --target fuzz_http && tests/fuzz/run.sh build-fuzz 600 http
# Each target starts from its committed seeds and regressions (copied, so the
# committed corpus is not flooded) and runs one process per target, all in
# parallel. Findings land in $FUZZ_OUT/<target>/ (default /tmp/tapwatch-fuzz):
# copy a crash-* file to tests/fuzz/regressions/<target>/ once it is fixed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$1 seconds=$2
shift 2
out=${FUZZ_OUT:-/tmp/tapwatch-fuzz}
pids=()
for target in "$@"; do
  bin=$build/tests/fuzz/fuzz_$target
  [[ -x $bin ]] || { echo "run.sh: $bin not built" >&2; exit 2; }
  dir=$out/$target
  mkdir -p "$dir/corpus" "$dir/artifacts"
  cp -n "$here/corpus/$target/"* "$dir/corpus/" 2>/dev/null || true
  [[ -d $here/regressions/$target ]] && cp -n "$here/regressions/$target/"* "$dir/corpus/" 2>/dev/null || true
  # -rss_limit_mb: a target that needs more than this is itself a finding.
  "$bin" "$dir/corpus" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/" >"$dir/log.txt" 2>&1 &
  pids+=($!)
  echo "run.sh: $target pid $! -> $dir"
done
status=0
for i in "${!pids[@]}"; do wait "${pids[$i]}" || status=1; done
for target in "$@"; do
  echo "== $target: $(grep -E '^#[0-9]+.*(DONE|pulse|NEW)' "$out/$target/log.txt" | tail -1)"
  ls "$out/$target/artifacts" 2>/dev/null | sed 's/^/   finding: /'
done
exit $status
