// FlowTable: lookup of established flows, and the full per-packet path
// (lookup/create, TCP state, in-order reassembly delivery) over the sample
// capture's decoded packets.
#include <benchmark/benchmark.h>

#include "decode/decoder.h"
#include "flow/flow_table.h"
#include "sample_capture.h"

namespace tapwatch::bench {
namespace {

// Counts what the table delivers, so the work cannot be optimised away.
class CountingEvents : public FlowEvents {
 public:
  void onFlowOpen(Flow&) override { ++opened; }
  void onStreamData(Flow&, Direction, ByteSpan data, const DecodedPacket&) override { bytes += data.size(); }
  void onStreamGap(Flow&, Direction, uint64_t) override { ++gaps; }
  void onFlowClose(Flow&, FlowEndReason) override { ++closed; }
  uint64_t opened = 0, bytes = 0, gaps = 0, closed = 0;
};

// Decoded packets of the sample capture; payload pointers point into its frames.
const std::vector<DecodedPacket>& decodedSample(uint64_t bytes, uint32_t flows) {
  static std::vector<DecodedPacket> packets;
  static std::pair<uint64_t, uint32_t> key{0, 0};
  if (key == std::make_pair(bytes, flows)) return packets;
  packets.clear();
  key = {bytes, flows};
  DecodeStats stats;
  Decoder decoder(DefragConfig{}, stats);
  for (const SampleFrame& f : sampleCapture(bytes, flows)) {
    DecodedPacket p;
    const auto n = static_cast<uint32_t>(f.bytes.size());
    if (decoder.decode(1, Timestamp{f.sec, f.nsec}, f.bytes.data(), n, n, p) == DecodeStatus::Ok) packets.push_back(p);
  }
  return packets;
}

void BM_FlowProcess(benchmark::State& state) {
  const auto& packets = decodedSample(64u << 20, 1000);
  FlowStats stats;
  StreamConfig stream;
  stream.depth_bytes = 0;
  CountingEvents events;
  uint64_t bytes = 0;
  for (auto _ : state) {
    // One full pass per iteration: flows open, carry data and close as captured.
    state.PauseTiming();
    auto table = std::make_unique<FlowTable>(FlowConfig{}, stream, stats, 0);
    state.ResumeTiming();
    for (const DecodedPacket& p : packets) {
      table->process(p, events);
      bytes += p.payload_length;
    }
    table->closeAll(events);
    state.PauseTiming();
    table.reset();
    state.ResumeTiming();
  }
  benchmark::DoNotOptimize(events.bytes);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * packets.size()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["delivered_MB"] = static_cast<double>(events.bytes) / 1e6 / static_cast<double>(state.iterations());
}
BENCHMARK(BM_FlowProcess)->Unit(benchmark::kMillisecond);

// Lookup only: `range(0)` flows are opened with a SYN each, then find() is
// timed for random ones of them (a hash probe and a key compare).
void BM_FlowLookup(benchmark::State& state) {
  const auto n = static_cast<uint32_t>(state.range(0));
  FlowStats stats;
  FlowConfig config;
  config.max_flows = n + 16;
  FlowTable table(config, StreamConfig{}, stats, 0);
  CountingEvents events;
  std::vector<DecodedPacket> syns(n);
  for (uint32_t i = 0; i < n; ++i) {
    DecodedPacket& p = syns[i];
    p.ts = Timestamp{1704067200, 0};
    p.ip_version = 4;
    p.ip_protocol = kIpProtoTcp;
    const uint8_t src[4] = {10, static_cast<uint8_t>(i >> 16), static_cast<uint8_t>(i >> 8), static_cast<uint8_t>(i)};
    const uint8_t dst[4] = {10, 200, 0, static_cast<uint8_t>(i % 64)};
    p.src = IpAddress::v4(src);
    p.dst = IpAddress::v4(dst);
    p.src_port = static_cast<uint16_t>(32768 + i % 28000);
    p.dst_port = 443;
    p.tcp_seq = i;
    p.tcp_flags = tcp_flags::Syn;
    table.process(p, events);
  }
  if (table.activeFlows() != n) state.SkipWithError("the table did not keep every flow");
  uint64_t x = 88172645463325252ULL;
  for (auto _ : state) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    benchmark::DoNotOptimize(table.find(syns[x % n]));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_FlowLookup)->Arg(1000)->Arg(100000)->Arg(1000000);

}  // namespace
}  // namespace tapwatch::bench
