#pragma once
// Counters of the capture side (the thread that reads libpcap and dispatches).
#include <cstdint>

#include "common/counter.h"

namespace tapwatch {

struct CaptureStats {
  Counter packets;           // read from the source
  Counter bytes;             // wire bytes read
  Counter ring_full_drops;   // live only: a worker's ring was full
  Counter oversize_drops;    // a packet larger than half a ring (raise capture.ring_mb)
  Counter kernel_drops;      // pcap_stats ps_drop (gauge of a monotonic total)
  Counter interface_drops;   // pcap_stats ps_ifdrop
  Counter file_errors;       // capture files that ended in a read error (e.g. truncated)
};

// The sum over all capture threads, for metrics and summaries.
struct CaptureTotals {
  uint64_t packets = 0, bytes = 0, ring_full_drops = 0, oversize_drops = 0;
  uint64_t kernel_drops = 0, interface_drops = 0, file_errors = 0;

  void add(const CaptureStats& s) {
    packets += s.packets.value();
    bytes += s.bytes.value();
    ring_full_drops += s.ring_full_drops.value();
    oversize_drops += s.oversize_drops.value();
    kernel_drops += s.kernel_drops.value();
    interface_drops += s.interface_drops.value();
    file_errors += s.file_errors.value();
  }
};

}  // namespace tapwatch
