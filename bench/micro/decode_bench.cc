// Decoder::decode over the sample capture's frames (Ethernet, IPv4/IPv6,
// TCP/UDP), one frame per iteration, cycling.
#include <benchmark/benchmark.h>

#include "decode/decoder.h"
#include "sample_capture.h"

namespace tapwatch::bench {
namespace {

void BM_Decode(benchmark::State& state) {
  const auto& frames = sampleCapture();
  DecodeStats stats;
  Decoder decoder(DefragConfig{}, stats);
  DecodedPacket out;
  size_t i = 0;
  uint64_t bytes = 0;
  for (auto _ : state) {
    const SampleFrame& f = frames[i];
    const auto n = static_cast<uint32_t>(f.bytes.size());
    benchmark::DoNotOptimize(decoder.decode(1, Timestamp{f.sec, f.nsec}, f.bytes.data(), n, n, out));
    benchmark::DoNotOptimize(out.payload);
    bytes += n;
    if (++i == frames.size()) i = 0;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Decode);

}  // namespace
}  // namespace tapwatch::bench
