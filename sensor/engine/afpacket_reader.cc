#include "engine/afpacket_reader.h"

#include <algorithm>
#include <chrono>

namespace tapwatch {
namespace {

// How long one wait for a block may take: bounds the stop latency and how
// stale an idle link's flow timeouts get.
constexpr int kPollMs = 100;
constexpr auto kStatsInterval = std::chrono::seconds(1);
constexpr auto kIdleTick = std::chrono::milliseconds(200);

Timestamp wallClock() {
  const auto ns =
      std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  return Timestamp{ns / 1000000000, static_cast<uint32_t>(ns % 1000000000)};
}

}  // namespace

AfPacketReader::AfPacketReader(AfPacketSocket& socket, Worker& worker, CaptureStats& stats)
    : socket_(socket), worker_(worker), stats_(stats) {}

void AfPacketReader::run(const std::atomic<bool>& stop) {
  const int datalink = socket_.datalink();
  auto next_stats = std::chrono::steady_clock::now() + kStatsInterval;
  auto last_packet = std::chrono::steady_clock::now();
  while (!stop.load(std::memory_order_acquire)) {
    // One block is one batch: counters are bumped once per block.
    uint64_t bytes = 0;
    const uint32_t packets = socket_.readBlock(kPollMs, [&](const AfPacketFrame& frame) {
      bytes += frame.wire_length;
      if (latest_ < frame.ts) latest_ = frame.ts;
      worker_.handlePacket(datalink, frame.ts, frame.data, frame.caplen, frame.wire_length);
    });
    const auto now = std::chrono::steady_clock::now();
    if (packets != 0) {
      stats_.packets.add(packets);
      stats_.bytes.add(bytes);
      worker_.batchDone();
      last_packet = now;
    } else if (now - last_packet > kIdleTick) {
      // A quiet link still needs time to pass so its flows time out.
      last_packet = now;
      worker_.tick(std::max(latest_, wallClock()));
    }
    if (now >= next_stats) {
      next_stats = now + kStatsInterval;
      publishKernelStats();
    }
  }
  publishKernelStats();
  worker_.batchDone();
  worker_.closeAllFlows();
}

void AfPacketReader::publishKernelStats() {
  AfPacketKernelStats kernel;
  if (!socket_.kernelStats(kernel)) return;
  stats_.kernel_drops.mirrorTotal(kernel.drops);
}

}  // namespace tapwatch
