#pragma once
// AfPacketReader: the capture side of the "workers" run mode (capture.mode
// afpacket, Suricata's workers mode). Each worker thread owns one
// AF_PACKET socket in a fanout group and hands the packets straight from
// the socket's mapped ring to its Worker: no capture thread, no dispatch,
// no copy. The kernel's fanout hash has already put both directions of a
// flow (and, defragmenting, all fragments of a datagram) on one socket.
//
// It also keeps what the capture thread keeps in the libpcap mode: packet
// and byte counts and the kernel's drop counters (published about once a
// second), in this worker's CaptureStats.
//
// Thread use: run() on the worker's own thread; stop may be set from any thread.
#include <atomic>

#include "capture/afpacket_socket.h"
#include "engine/capture_stats.h"
#include "engine/worker.h"

namespace tapwatch {

class AfPacketReader {
 public:
  AfPacketReader(AfPacketSocket& socket, Worker& worker, CaptureStats& stats);

  // Reads until `stop` is set, then closes every flow of the worker.
  void run(const std::atomic<bool>& stop);

 private:
  void publishKernelStats();

  AfPacketSocket& socket_;
  Worker& worker_;
  CaptureStats& stats_;
  Timestamp latest_;  // newest packet time seen; idle ticks never go back before it
};

}  // namespace tapwatch
