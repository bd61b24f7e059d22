#pragma once
// CaptureLoop: what a capture thread does, for `run` and `scan` alike — read
// packets from a source and hand them to the pipeline until the source ends,
// fails, or stop is set. A read error (truncated or corrupt file) keeps what
// was read, is logged with where it stopped, and is counted as a file error.
// Live sources also publish the kernel's drop counters about once a second.
//
// Thread use: one CaptureLoop per capture thread; `stop` may be set from any
// thread (pair it with PcapSource::breakLoop() to wake a blocking read).
#include <atomic>
#include <cstdint>
#include <functional>

#include "capture/pcap_source.h"
#include "engine/pipeline.h"

namespace tapwatch {

class CaptureLoop {
 public:
  static constexpr int kHashDispatch = -1;

  // `worker` = kHashDispatch: spread packets over the workers by flow hash
  // (the single capture thread); otherwise this is fanout capture thread
  // `worker`, whose packets all go to that worker.
  CaptureLoop(Pipeline& pipeline, int worker, const std::atomic<bool>& stop);

  // Called every kProgressEvery packets with the packets read from the source so far.
  using Progress = std::function<void(const PcapSource& source, uint64_t packets)>;
  static constexpr uint64_t kProgressEvery = 16384;

  // Reads `source` to its end. Returns the packets read from it.
  uint64_t run(PcapSource& source, const Progress& progress = {});

 private:
  void publishKernelStats(PcapSource& source);

  Pipeline& pipeline_;
  const int worker_;
  const std::atomic<bool>& stop_;
  CaptureStats& stats_;
};

}  // namespace tapwatch
