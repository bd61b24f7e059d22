// tapwatch-microbench: Google Benchmark entry point.
//   tapwatch-microbench --benchmark_filter=Flow
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
