#include "engine/capture_loop.h"

#include <chrono>
#include <string>

#include "common/log.h"

namespace tapwatch {

CaptureLoop::CaptureLoop(Pipeline& pipeline, int worker, const std::atomic<bool>& stop)
    : pipeline_(pipeline),
      worker_(worker),
      stop_(stop),
      stats_(pipeline.captureStats(worker < 0 ? 0 : static_cast<size_t>(worker))) {}

uint64_t CaptureLoop::run(PcapSource& source, const Progress& progress) {
  RawPacket packet;
  uint64_t packets = 0;
  auto next_stats = std::chrono::steady_clock::now();
  while (!stop_.load(std::memory_order_relaxed)) {
    const ReadStatus status = source.next(packet);
    if (status == ReadStatus::Packet) {
      ++packets;
      if (worker_ < 0) pipeline_.dispatch(source.datalink(), packet);
      else pipeline_.dispatchTo(static_cast<size_t>(worker_), source.datalink(), packet);
      if (progress && packets % kProgressEvery == 0) progress(source, packets);
    } else if (status == ReadStatus::Error) {
      logWarning(source.name() + ": stopped after " + std::to_string(packets) + " packets: " + source.lastError());
      stats_.file_errors.add();
      break;
    } else if (status == ReadStatus::End) {
      break;
    }
    if (source.isLive() && std::chrono::steady_clock::now() >= next_stats) {
      next_stats = std::chrono::steady_clock::now() + std::chrono::seconds(1);
      publishKernelStats(source);
    }
  }
  pipeline_.sourceDone();  // before the caller closes the source: packets still queued point into it
  return packets;
}

void CaptureLoop::publishKernelStats(PcapSource& source) {
  PcapKernelStats ks;
  if (!source.kernelStats(ks)) return;
  stats_.kernel_drops.mirrorTotal(ks.kernel_drops);
  stats_.interface_drops.mirrorTotal(ks.interface_drops);
}

}  // namespace tapwatch
