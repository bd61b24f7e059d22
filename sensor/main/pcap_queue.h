#pragma once
// PcapQueue: capture files handed to a running replay daemon over the control
// socket (`tapwatch ctl pcap FILE`, like suricatasc's pcap-file). The replay
// capture thread reads them after its -r files, one at a time, in the order
// they were queued. Bounded: a full queue refuses the file.
//
// push()/counts(): control thread. next()/finished(): the capture thread.
// stop(): main thread; wakes a waiting next() and interrupts the file being read.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>

#include "capture/pcap_source.h"
#include "common/result.h"

namespace tapwatch {

class PcapQueue {
 public:
  static constexpr size_t kMaxQueued = 1024;

  // capture.bpf, applied to queued files as to -r files. Before the capture thread starts.
  void setFilter(std::string bpf) { bpf_ = std::move(bpf); }

  struct Counts {
    uint64_t waiting = 0;  // queued, not started
    uint64_t done = 0;     // read to the end
    uint64_t failed = 0;   // could not be opened
    std::string current;   // being read now; empty when idle
  };

  // The file's place in the queue (1 = next), or an error when full or stopped.
  Result<size_t> push(std::string path);
  // The next file, opened (owned by the queue until finished()); waits while
  // the queue is empty if `wait`, else returns nullptr. nullptr after stop().
  // A file that cannot be opened is logged, counted and skipped.
  PcapSource* next(bool wait);
  // The capture thread is done with the source next() returned.
  void finished();
  // True while next(wait=true) waits on an empty queue.
  bool idle() const { return idle_.load(); }
  void stop();
  Counts counts() const;

 private:
  std::string bpf_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> files_;
  Counts counts_;
  std::optional<PcapSource> reading_;  // guarded by mutex_: stop() interrupts it
  bool stopped_ = false;
  std::atomic<bool> idle_{false};
};

}  // namespace tapwatch
