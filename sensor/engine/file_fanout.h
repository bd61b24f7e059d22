#pragma once
// FileFanout: offline input with several workers and no capture thread
// (capture.offline_mode fanout, the default). Every worker thread reads the
// whole capture file itself — worker 0 from the caller's source, the others
// each with a reader of their own over the same mapping — computes for every
// record the dispatch hash the capture thread would (Pipeline::workerOf: same
// function, seed and tunnel ports), and handles in place only the packets that
// hash to it; a packet of another share costs its record header, the hash
// and a look at its timestamp (the worker's clock follows every packet:
// Worker::passOver). No ring, no copy, no extra thread: on two cores, two
// workers instead of two workers and a capture thread.
//
// Counting: each worker counts the packets and bytes of its share in its own
// producer counters (captureStats(i)), so the totals count each packet once;
// worker 0 alone logs and counts a read error (every worker meets it at the
// same record) and reports progress.
//
// Used by `scan` when suits() says every input is a classic pcap file the
// mapping reads (capture/pcap_file_map.h); pcapng, stdin, a BPF filter,
// --follow and one worker keep the capture loop (engine/capture_loop.h).
//
// Thread use: main thread; run() returns when every worker has read the file.
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/capture_loop.h"
#include "engine/pipeline.h"

namespace tapwatch {

class FileFanout {
 public:
  // `pipeline`: built with producers = workers and started with startFileFanout().
  FileFanout(Pipeline& pipeline, const std::atomic<bool>& stop) : pipeline_(pipeline), stop_(stop) {}

  // True when fanout can read all of `paths` (opened with `bpf` as scan does):
  // every file that opens is a classic pcap the mapping reads. Files that do
  // not open are left to the reader's own error.
  static bool suits(const std::vector<std::string>& paths, const std::string& bpf);

  // Reads `source` (opened with FileRead::Mapped) on every worker; returns
  // the packets read from it (each once). `progress` runs on worker 0's
  // thread with `source` and the packets read so far.
  uint64_t run(PcapSource& source, const CaptureLoop::Progress& progress = {});

 private:
  class ShareReader;
  // Worker `i`'s pass over the file. Returns the records read.
  uint64_t readShare(size_t i, Worker& worker, int datalink, ShareReader& reader,
                     const CaptureLoop::Progress& progress);

  Pipeline& pipeline_;
  const std::atomic<bool>& stop_;
};

}  // namespace tapwatch
