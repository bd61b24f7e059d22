#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build, run every test.
#   deploy/test.sh [extra ctest arguments, e.g. -L unit]
# BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo) and CMAKE_ARGS
# (e.g. -DTAPWATCH_SANITIZERS=address,undefined or -DTAPWATCH_WERROR=ON) adjust the build.
set -euo pipefail
cd "$(dirname "$0")/.."
deploy/install-deps.sh
build_dir=${BUILD_DIR:-build}
# shellcheck disable=SC2086
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j"$(nproc)" "$@"
