#pragma once
// SampleCapture: a tapwatch-gen capture (fixed seed) loaded into memory once
// per benchmark process, so every micro-benchmark runs over the same realistic
// frames. Main thread, before the benchmarks run.
#include <cstdint>
#include <vector>

namespace tapwatch::bench {

struct SampleFrame {
  std::vector<uint8_t> bytes;
  int64_t sec = 0;
  uint32_t nsec = 0;
};

// About `bytes` of capture (default 64 MiB) with `flows` concurrent flows.
const std::vector<SampleFrame>& sampleCapture(uint64_t bytes = 64u << 20, uint32_t flows = 1000);

}  // namespace tapwatch::bench
