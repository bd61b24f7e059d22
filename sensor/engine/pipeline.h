#pragma once
// Pipeline: the capture-side hand-off and the worker threads.
// The capture thread calls dispatch() for every packet; the symmetric address
// hash picks the worker, so both directions of a flow (and all fragments)
// meet in one worker. Offline input waits for ring space (lossless); live
// input never blocks: a full ring drops and counts (reason ring_full).
//
// With AF_PACKET fanout there are several capture threads: capture thread i
// is the only producer of worker i's ring and calls dispatchTo(i, ...). The kernel's
// fanout hash then picks the worker, and it does not follow VXLAN/Geneve or
// ERSPAN into the inner flow the way dispatchHash() does.
//
// Offline input with one worker and one capture thread runs inline: no ring
// and no worker thread; the capture thread handles each packet where the
// source holds it (for `scan`, the mapped file itself: capture/pcap_file_map.h),
// so no packet is copied, and the second core is left to other work.
//
// File fanout (offline, several workers; engine/file_fanout.h): no capture
// thread and no rings either. Every worker reads the whole file itself and
// handles, in place, the packets whose dispatch hash is its own; it is then
// producer i and counts its own packets in captureStats(i).
//
// Thread use: construct, start() and finish() from the main thread;
// setSignatureSet() and migrateAllFlows() from any thread (the reload
// thread); dispatch() from the single capture thread, or dispatchTo(i)
// from capture thread i.
#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "capture/dispatch_hash.h"
#include "capture/packet_ring.h"
#include "capture/pcap_source.h"
#include "engine/capture_stats.h"
#include "engine/worker.h"
#include "flow/fast_divisor.h"

namespace tapwatch {

class Pipeline {
 public:
  // `producers`: capture threads (1, or one per worker with fanout).
  Pipeline(const Config& config, const WorkerContext& context, std::shared_ptr<const DetectionSet> set,
           uint32_t workers, bool live, uint32_t producers = 1);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  void start();
  // True when packets are handled on the capture thread (see above).
  bool isInline() const { return inline_; }
  // Workers mode (capture.mode afpacket): worker thread i runs `body(i,
  // worker, stop)` and reads its own packets; no rings, no dispatch. Each
  // worker thread is then producer i and counts in captureStats(i).
  using WorkerBody = std::function<void(size_t, Worker&, const std::atomic<bool>&)>;
  void startWith(const WorkerBody& body);
  // File fanout (instead of start()): construct with producers = workers;
  // then runOnEachWorker() once per file. Main thread.
  void startFileFanout();
  bool isFileFanout() const { return file_fanout_; }
  // File fanout: runs `body(i, worker, stop)` on one thread per worker and
  // returns when all have returned. Main thread.
  void runOnEachWorker(const WorkerBody& body);
  // The worker dispatch() sends this packet to (a seeded hash: the same for
  // every caller in this process).
  size_t workerOf(int datalink, const uint8_t* data, uint32_t caplen) const {
    if (workers_.size() == 1) return 0;
    const uint32_t hash = dispatchHash(datalink, data, caplen, tunnel_ports_, dispatch_seed_);
    return worker_divisor_.remainder(hash, worker_divisor_.quotient(hash));
  }
  // Capture thread. Returns false if the packet was dropped (live, ring full).
  bool dispatch(int datalink, const RawPacket& packet);
  // Capture thread `worker` (fanout): its packets all go to that worker.
  bool dispatchTo(size_t worker, int datalink, const RawPacket& packet);
  // Capture thread: the source whose packets were dispatched is about to
  // close; inline mode handles the packets it still holds (look-ahead).
  void sourceDone();
  // Stop accepting packets, let the workers drain their rings and close all flows, join.
  void finish();
  // New flows on every worker use `set` from their next batch on.
  void setSignatureSet(std::shared_ptr<const DetectionSet> set);
  // Every worker moves all its open flows to its newest set at its next batch
  // boundary, so older sets can be freed (signatures.max_live_sets). Any thread.
  void migrateAllFlows();

  size_t workerCount() const { return workers_.size(); }
  const WorkerStats& workerStats(size_t i) const { return *stats_[i]; }
  // One per capture thread (single writer each); captureTotals() sums them.
  size_t producerCount() const { return capture_stats_.size(); }
  CaptureStats& captureStats(size_t producer = 0) { return *capture_stats_[producer]; }
  const CaptureStats& captureStats(size_t producer = 0) const { return *capture_stats_[producer]; }
  CaptureTotals captureTotals() const;

 private:
  bool live_;
  bool inline_ = false;
  bool file_fanout_ = false;
  DecodeConfig tunnel_ports_;  // the dispatch hash follows the tunnels the decoders open
  uint64_t dispatch_seed_;     // random per process (dispatch_hash.h)
  // hash % workers without a div: a file fanout worker takes the remainder
  // of every packet of the file (a third of its loop's own samples with div).
  FastDivisor worker_divisor_;
  bool push(PacketRing& ring, CaptureStats& stats, int datalink, const RawPacket& packet);
  bool handleInline(CaptureStats& stats, int datalink, const RawPacket& packet);

  std::vector<std::unique_ptr<CaptureStats>> capture_stats_;
  std::vector<std::unique_ptr<WorkerStats>> stats_;
  std::vector<std::unique_ptr<PacketRing>> rings_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<std::thread> threads_;
  std::atomic<bool> stop_{false};
  bool finished_ = false;
};

}  // namespace tapwatch
