#pragma once
// Pipeline: the capture-side hand-off and the worker threads (DESIGN.md §1).
// The capture thread calls dispatch() for every packet; the symmetric address
// hash picks the worker, so both directions of a flow (and all fragments)
// meet in one worker. Offline input waits for ring space (lossless); live
// input never blocks: a full ring drops and counts (reason ring_full).
//
// Thread use: construct, start(), finish() and setSignatureSet() from the
// main thread; dispatch() from the single capture thread.
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "capture/packet_ring.h"
#include "capture/pcap_source.h"
#include "engine/capture_stats.h"
#include "engine/worker.h"

namespace tapwatch {

class Pipeline {
 public:
  Pipeline(const Config& config, const WorkerContext& context, std::shared_ptr<const DetectionSet> set,
           uint32_t workers, bool live);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  void start();
  // Capture thread. Returns false if the packet was dropped (live, ring full).
  bool dispatch(int datalink, const RawPacket& packet);
  // Stop accepting packets, let the workers drain their rings and close all flows, join.
  void finish();
  // New flows on every worker use `set` from their next batch on.
  void setSignatureSet(std::shared_ptr<const DetectionSet> set);

  size_t workerCount() const { return workers_.size(); }
  const WorkerStats& workerStats(size_t i) const { return *stats_[i]; }
  CaptureStats& captureStats() { return capture_stats_; }
  const CaptureStats& captureStats() const { return capture_stats_; }

 private:
  bool live_;
  CaptureStats capture_stats_;
  std::vector<std::unique_ptr<WorkerStats>> stats_;
  std::vector<std::unique_ptr<PacketRing>> rings_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::thread> threads_;
  std::atomic<bool> stop_{false};
  bool finished_ = false;
};

}  // namespace tapwatch
